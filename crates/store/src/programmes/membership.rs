//! A CoP's people beyond its member list, for its page: who could join it (staff of its school,
//! or of its cluster's schools, not already members), its registered guests (people invited
//! by role, offered on the meeting form), and a PLC's officials (offered there by the role of
//! the post that makes them one). Written by those who write the registry where the CoP
//! is, as memberships are.

use super::communities::{self, Community};
use crate::{Db, Error, Result};
use domain::Access;
use domain::vocab::GuestRole;
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query};
use serde::Serialize;
use uuid::Uuid;

/// The most candidates a CoP's page offers: a large school's staff.
pub const CANDIDATES: u64 = 300;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Candidate {
    pub code: String,
    pub name: String,
}

/// People who could join the CoP: current staff (people registered) at its school or its
/// cluster's schools, in the caller's write scope, never members of it before, by name.
pub async fn candidates(db: &Db, access: &Access, id: Uuid) -> Result<Vec<Candidate>> {
    let c = writable(db, access, id).await?;
    let schools = match c.at.cluster_id {
        Some(cluster) => {
            Query::select().column("school_id").from("cluster_schools").and_where(Expr::col("cluster_id").eq(cluster)).to_owned()
        }
        None => Query::select().column("id").from("schools").and_where(Expr::col("id").eq(c.at.school_id)).to_owned(),
    };
    // Anyone with a membership row, current or ended: one membership a person.
    let members = Query::select().column("person_id").from("community_members").and_where(Expr::col("community_id").eq(id)).to_owned();
    let q = Query::select()
        .columns([("p", "code"), ("p", "name")])
        .from_as("people", "p")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("p", "unit_id")))
        .and_where(Expr::col(("p", "school_id")).in_subquery(schools))
        .and_where(Expr::col(("p", "id")).not_in_subquery(members))
        .cond_where(crate::scope::condition(&access.write, &crate::registry::people::COLS))
        .order_by(("p", "name"), sea_query::Order::Asc)
        .limit(CANDIDATES)
        .to_owned();
    Ok(db.all(&q).await?)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Guest {
    pub code: String,
    pub name: String,
    pub guest_role: String,
}

/// The CoP's registered guests, by name.
pub async fn guests(db: &Db, access: &Access, id: Uuid) -> Result<Vec<Guest>> {
    communities::get(db, access, id).await?;
    let q = Query::select()
        .columns([("p", "code"), ("p", "name")])
        .column(("g", "guest_role"))
        .from_as("community_guests", "g")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("g", "person_id")))
        .and_where(Expr::col(("g", "community_id")).eq(id))
        .order_by(("p", "name"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

/// A PLC's officials on `on` (its sector's SEI and SLF, its district's DEO), each with the role
/// of their post as the part they take in a meeting they come to: not expected, so not counted
/// in attendance (`domain::community::Part::Official`). Forming made them officials from their
/// posts; here a current post of an official's role says which part, once per person. None for
/// a CoP.
pub async fn officials(db: &Db, access: &Access, id: Uuid, on: chrono::NaiveDate) -> Result<Vec<Guest>> {
    let c = communities::get(db, access, id).await?;
    let Ok(kind) = c.kind.parse::<domain::community::CommunityKind>() else { return Ok(Vec::new()) };
    let roles: Vec<&str> =
        domain::Role::ALL.iter().filter(|r| kind.part_of(**r, true) == Some(domain::community::Part::Official)).map(|r| r.slug()).collect();
    if roles.is_empty() {
        return Ok(Vec::new());
    }
    let q = Query::select()
        .columns([("p", "code"), ("p", "name")])
        .expr_as(Expr::col(("h", "role")), "guest_role")
        .from_as("community_members", "cm")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("cm", "person_id")))
        .join_as(JoinType::InnerJoin, "posts", "h", Expr::col(("h", "person_id")).equals(("cm", "person_id")))
        .and_where(Expr::col(("cm", "community_id")).eq(id))
        .and_where(Expr::col(("cm", "role")).eq(domain::community::Part::Official.slug()))
        .and_where(Expr::col(("cm", "left_on")).is_null().or(Expr::col(("cm", "left_on")).gt(on)))
        .and_where(Expr::col(("h", "role")).is_in(roles))
        .and_where(Expr::col(("h", "starts_on")).lte(on))
        .and_where(Expr::col(("h", "ends_on")).is_null().or(Expr::col(("h", "ends_on")).gte(on)))
        .order_by(("p", "name"), sea_query::Order::Asc)
        .order_by(("p", "code"), sea_query::Order::Asc)
        .order_by(("h", "role"), sea_query::Order::Asc)
        .to_owned();
    let mut found: Vec<Guest> = db.all(&q).await?;
    // One part each: an SEI who is also the SLF is offered once.
    found.dedup_by(|a, b| a.code == b.code);
    Ok(found)
}

async fn writable(db: &Db, access: &Access, id: Uuid) -> Result<Community> {
    let c = communities::get(db, access, id).await?;
    if !access.write.covers(&c.at.place()) {
        return Err(Error::out_of_scope("CoP", id));
    }
    Ok(c)
}

/// Registers `person` (by code: an SLF or coach from above is a usual guest) as a guest of the CoP in `role`, or changes their role; `None` removes them.
#[tracing::instrument(skip_all)]
pub async fn set_guest(db: &Db, access: &Access, id: Uuid, person: &str, role: Option<GuestRole>) -> Result<()> {
    let c = writable(db, access, id).await?;
    // Guests often come from above the school (an SLF, a coach): found by code alone, since a
    // name and a role are not personal data (DESIGN.md §3); nothing else of theirs is read.
    #[derive(sqlx::FromRow)]
    struct Found {
        id: Uuid,
        code: String,
        name: String,
    }
    let q = Query::select().columns(["id", "code", "name"]).from("people").and_where(Expr::col("code").eq(person)).to_owned();
    let found: Found =
        db.optional(&q).await?.ok_or_else(|| Error::invalid("person", domain::why("why-not-registered").arg("code", person)))?;
    // A PLC's official who comes is a guest: only its expected members cannot be.
    let expected = |m: &communities::Member| m.left_on.is_none() && m.role != domain::community::Part::Official.slug();
    if communities::members(db, access, id).await?.iter().any(|m| m.person == found.code && expected(m)) {
        return Err(Error::invalid("person", domain::why("why-member-not-guest").arg("person", &found.name)));
    }
    let before = guests(db, access, id).await?.into_iter().find(|g| g.code == found.code);
    // Already so (a retry, or removing someone who is no guest): nothing to write or audit.
    if before.as_ref().map(|g| g.guest_role.as_str()) == role.map(|r| r.slug()) {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    match role {
        Some(role) => {
            let mut insert = Query::insert();
            insert
                .into_table("community_guests")
                .columns(["community_id", "person_id", "guest_role"])
                .values_panic([id.into(), found.id.into(), role.slug().into()])
                .on_conflict(OnConflict::columns(["community_id", "person_id"]).update_column("guest_role").to_owned());
            tx.run(&insert).await?;
        }
        None => {
            tx.run(
                Query::delete()
                    .from_table("community_guests")
                    .and_where(Expr::col("community_id").eq(id))
                    .and_where(Expr::col("person_id").eq(found.id)),
            )
            .await?;
        }
    }
    let change = crate::audit::Change {
        actor: access.actor,
        what: "CoP guest written",
        record: id.to_string(),
        place: c.at.place(),
        before: before.map(|g| serde_json::json!({ "person": g.code, "guest_role": g.guest_role })),
        after: role.map(|r| serde_json::json!({ "person": found.code, "guest_role": r.slug() })),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    tx.commit().await?;
    Ok(())
}
