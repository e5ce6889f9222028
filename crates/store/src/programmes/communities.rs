//! Learning communities: school CoPs, cluster CoPs and PLCs (at a unit), and their members.
//! A programme forms its CoPs (`forming`) and PLCs (`plcs`) in bulk.

use crate::batch::new_id;
use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use chrono::NaiveDate;
use domain::community::CommunityKind;
use domain::{Access, DeliveryModel, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Community {
    pub id: Uuid,
    pub programme: String,
    /// `cop`, `sector-plc` or `district-plc`.
    pub kind: String,
    pub name: String,
    pub unit: String,
    pub school: Option<String>,
    pub cluster: Option<String>,
    /// Empty for a mixed-subject community.
    pub subject: String,
    /// When it starts meeting: its rollout wave's start.
    pub starts_on: Option<NaiveDate>,
    /// The name of its school, cluster or unit (where it sits).
    pub place_name: String,
    #[serde(skip)]
    #[sqlx(flatten)]
    pub at: crate::scope::Located,
}

const COLS: scope::PlaceCols =
    scope::PlaceCols { unit_path: ("u", "path"), school: Some(("m", "school_id")), cluster: Some(("m", "cluster_id")) };

fn select() -> SelectStatement {
    let select = Query::select()
        .columns([("m", "id"), ("m", "kind"), ("m", "name"), ("m", "subject"), ("m", "school_id"), ("m", "cluster_id"), ("m", "starts_on")])
        .expr_as(Expr::col(("g", "code")), "programme")
        .expr_as(Expr::cust("COALESCE(s.name, c.name, u.name)"), "place_name")
        .from_as("communities", "m")
        .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("m", "programme_id")))
        .to_owned();
    crate::registry::with_place(select, "m")
}

pub async fn count(db: &Db, programme_id: Uuid) -> Result<i64> {
    #[derive(sqlx::FromRow)]
    struct N {
        n: i64,
    }
    let q = Query::select()
        .expr_as(Expr::col(sea_query::Asterisk).count(), "n")
        .from("communities")
        .and_where(Expr::col("programme_id").eq(programme_id))
        .and_where(Expr::col("kind").eq(CommunityKind::Cop.slug()))
        .to_owned();
    Ok(db.one::<N>(&q).await?.n)
}

/// The communities the caller reads (by scope or membership), of `programme` and of `kind`
/// when given.
pub async fn list(
    db: &Db,
    access: &Access,
    filter: &Filter,
    programme: Option<&str>,
    kind: Option<CommunityKind>,
) -> Result<Page<Community>> {
    let mut q = select();
    q.cond_where(scope::community_condition(access, &COLS, ("m", "id")));
    if let Some(programme) = programme {
        q.and_where(Expr::col(("g", "code")).eq(programme));
    }
    if let Some(kind) = kind {
        q.and_where(Expr::col(("m", "kind")).eq(kind.slug()));
    }
    crate::list::page(db, q, filter, &[("m", "name")], ("u", "path"), ("m", "name")).await
}

pub async fn get(db: &Db, access: &Access, id: Uuid) -> Result<Community> {
    let c: Community = db.optional(select().and_where(Expr::col(("m", "id")).eq(id))).await?.ok_or_else(|| Error::not_found("CoP", id))?;
    if access.reads_community(c.id, &c.at.place()) { Ok(c) } else { Err(Error::out_of_scope("CoP", id)) }
}

/// Renames a community. Its programme, place and subject are fixed once formed.
pub async fn rename(db: &Db, access: &Access, id: Uuid, name: &str) -> Result<Community> {
    let c = get(db, access, id).await?;
    if !access.write.covers(&c.at.place()) {
        return Err(Error::out_of_scope("CoP", id));
    }
    let name = domain::place::parse_name(name).map_err(|why| Error::invalid("name", why))?;
    let mut tx = db.begin().await?;
    tx.run(Query::update().table("communities").value("name", name.clone()).and_where(Expr::col("id").eq(id))).await?;
    let change = crate::audit::Change {
        actor: access.actor,
        what: "CoP renamed",
        record: id.to_string(),
        place: c.at.place(),
        before: Some(serde_json::json!({ "name": c.name })),
        after: Some(serde_json::json!({ "name": name })),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    tx.commit().await?;
    get(db, access, id).await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Member {
    /// The person's code.
    pub person: String,
    pub name: String,
    /// `member` or `facilitator`.
    pub role: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

pub async fn members(db: &Db, access: &Access, id: Uuid) -> Result<Vec<Member>> {
    get(db, access, id).await?;
    let q = Query::select()
        .expr_as(Expr::col(("p", "code")), "person")
        .columns([("p", "name")])
        .columns([("cm", "role"), ("cm", "joined_on"), ("cm", "left_on")])
        .from_as("community_members", "cm")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("cm", "person_id")))
        .and_where(Expr::col(("cm", "community_id")).eq(id))
        .order_by(("cm", "role"), sea_query::Order::Desc)
        .order_by(("p", "name"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

/// Adds a person to a community or changes their membership (role, leaving date).
pub async fn set_member(
    db: &Db,
    access: &Access,
    id: Uuid,
    person: &str,
    role: &str,
    joined_on: NaiveDate,
    left_on: Option<NaiveDate>,
) -> Result<Member> {
    let c = get(db, access, id).await?;
    if !access.write.covers(&c.at.place()) {
        return Err(Error::out_of_scope("CoP", id));
    }
    let mut errors = domain::FieldErrors::new();
    // A PLC also has officials (its SEI, SLF or DEO); a CoP has none.
    let parts: &[&str] =
        if c.kind == CommunityKind::Cop.slug() { &["member", "facilitator"] } else { &["member", "facilitator", "official"] };
    if !parts.contains(&role) {
        errors.add("role", domain::why("why-not-one-of").arg("value", format!("{role:?}")).arg("allowed", parts.join(", ")));
    }
    if left_on.is_some_and(|l| l < joined_on) {
        errors.add("left_on", domain::why("why-left-before-joined").arg("left", left_on.unwrap()).arg("joined", joined_on));
    }
    // The person must be one the caller could register: a DEO adds from their district, an HT
    // from their school (a cluster CoP's report goes to each member's school).
    let person_id = match crate::registry::people::get(db, &Access { read: access.write.clone(), ..Access::default() }, person).await {
        Ok(found) => Some(found.id),
        Err(Error::NotFound { .. }) => {
            errors.add("person", domain::why("why-not-registered").arg("code", person));
            None
        }
        Err(other) => return Err(other),
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let mut insert = Query::insert();
    insert.into_table("community_members").columns(["community_id", "person_id", "role", "joined_on", "left_on"]).values_panic([
        id.into(),
        person_id.into(),
        role.into(),
        joined_on.into(),
        left_on.into(),
    ]);
    insert.on_conflict(OnConflict::columns(["community_id", "person_id"]).update_columns(["role", "joined_on", "left_on"]).to_owned());
    let before = members(db, access, id).await?.into_iter().find(|m| m.person == person);
    let mut tx = db.begin().await?;
    tx.run(&insert).await?;
    let change = crate::audit::Change {
        actor: access.actor,
        what: "CoP membership written",
        record: id.to_string(),
        place: c.at.place(),
        before: before.map(|m| serde_json::json!({ "person": m.person, "role": m.role, "joined_on": m.joined_on, "left_on": m.left_on })),
        after: Some(serde_json::json!({ "person": person, "role": role, "joined_on": joined_on, "left_on": left_on })),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    crate::life::bump_version(&mut tx, crate::life::Touched::Cops(&[id])).await?;
    tx.commit().await?;
    members(db, access, id).await?.into_iter().find(|m| m.person == person).ok_or_else(|| Error::not_found("member", person))
}

pub(super) fn subject_title(slug: &str) -> String {
    let mut chars = slug.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Where a single community is formed: a school (with a subject) or a cluster.
pub enum Site<'a> {
    School(&'a str, &'a str),
    Cluster(&'a str),
}

/// Forms one CoP by hand (the bulk [`form`] is the usual way). The place must fit the
/// programme's delivery model and lie in the caller's write scope.
pub async fn create(db: &Db, access: &Access, programme: &str, site: Site<'_>, name: Option<&str>) -> Result<Community> {
    let p = super::get(db, programme)
        .await
        .map_err(|_| Error::invalid("programme", domain::why("why-not-registered").arg("code", programme)))?;
    let model = super::model_of(&p);
    #[derive(sqlx::FromRow)]
    struct At {
        id: Uuid,
        name: String,
        unit_id: Uuid,
        path: String,
    }
    let (table, code, subject) = match (&site, model) {
        (Site::School(code, subject), DeliveryModel::SchoolBased) => {
            if !p.subjects.split(';').any(|s| s == *subject) {
                let why = domain::why("why-not-programme-subject").arg("subject", format!("{subject:?}")).arg("programme", programme);
                return Err(Error::invalid("subject", why.arg("allowed", p.subjects.replace(';', ", "))));
            }
            ("schools", *code, *subject)
        }
        (Site::Cluster(code), DeliveryModel::ClusterBased) => ("clusters", *code, ""),
        (Site::School(..), DeliveryModel::ClusterBased) => {
            return Err(Error::invalid("cluster", domain::why("why-give-cluster").arg("programme", programme)));
        }
        (Site::Cluster(_), DeliveryModel::SchoolBased) => {
            return Err(Error::invalid("school", domain::why("why-give-school").arg("programme", programme)));
        }
    };
    let field = if table == "schools" { "school" } else { "cluster" };
    let q = Query::select()
        .columns([("x", "id"), ("x", "name"), ("x", "unit_id")])
        .column(("u", "path"))
        .from_as(table, "x")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("x", "unit_id")))
        .and_where(Expr::col(("x", "code")).eq(code))
        .to_owned();
    let at: At = db.optional(&q).await?.ok_or_else(|| Error::invalid(field, domain::why("why-not-registered").arg("code", code)))?;
    let (school, cluster) = if table == "schools" { (Some(at.id), None) } else { (None, Some(at.id)) };
    if !access.write.covers(&Place { unit_path: at.path.clone(), school, cluster }) {
        return Err(Error::out_of_scope(field, code));
    }
    let name = match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => n.to_owned(),
        None if table == "schools" => format!("{} {} CoP", at.name, subject_title(subject)),
        None => format!("{} cluster CoP", at.name),
    };
    let id = new_id();
    let mut tx = db.begin().await?;
    tx.run(
        Query::insert()
            .into_table("communities")
            .columns(["id", "programme_id", "kind", "name", "unit_id", "school_id", "cluster_id", "place_key", "subject"])
            .values_panic([
                id.into(),
                p.id.into(),
                "cop".into(),
                name.clone().into(),
                at.unit_id.into(),
                school.into(),
                cluster.into(),
                format!("{field}:{code}").into(),
                subject.into(),
            ]),
    )
    .await
    .map_err(|e| {
        let why = match subject {
            "" => domain::why("why-cop-exists").arg("code", code).arg("programme", programme),
            _ => domain::why("why-cop-exists-for").arg("code", code).arg("programme", programme).arg("subject", subject),
        };
        crate::unique_to_field(e, field, why)
    })?;
    let place = Place { unit_path: at.path, school, cluster };
    let formed = Formation { id, name, members: vec![], place };
    crate::audit::log(&mut tx, &crate::audit::diff("CoP formed", access.actor, vec![], vec![formed], Formation::key)).await?;
    crate::life::bump_version(&mut tx, crate::life::Touched::Cops(&[id])).await?;
    tx.commit().await?;
    get(db, access, id).await
}

/// A community as the audit trail records its forming: its name and members.
#[derive(Serialize)]
pub(crate) struct Formation {
    #[serde(skip)]
    id: Uuid,
    name: String,
    /// (person code, role), in code order.
    members: Vec<(String, String)>,
    #[serde(skip)]
    place: Place,
}

impl Formation {
    pub(crate) fn key(&self) -> (String, Place) {
        (self.id.to_string(), self.place.clone())
    }
}

/// Every community of a programme with its current members, read in the forming's transaction.
pub(crate) async fn formations(tx: &mut crate::db::Tx, programme: Uuid) -> Result<Vec<Formation>> {
    #[derive(sqlx::FromRow)]
    struct Joined {
        community_id: Uuid,
        person: String,
        role: String,
    }
    let cops: Vec<Community> = tx.all(&select().and_where(Expr::col(("m", "programme_id")).eq(programme)).to_owned()).await?;
    let q = Query::select()
        .column(("cm", "community_id"))
        .expr_as(Expr::col(("p", "code")), "person")
        .columns([("cm", "role"), ("cm", "joined_on")])
        .from_as("community_members", "cm")
        .join_as(JoinType::InnerJoin, "communities", "m", Expr::col(("m", "id")).equals(("cm", "community_id")))
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("cm", "person_id")))
        .and_where(Expr::col(("m", "programme_id")).eq(programme))
        .and_where(Expr::col(("cm", "left_on")).is_null())
        .order_by(("p", "code"), sea_query::Order::Asc)
        .to_owned();
    let mut members: std::collections::HashMap<Uuid, Vec<(String, String)>> = std::collections::HashMap::new();
    for j in tx.all::<Joined>(&q).await? {
        members.entry(j.community_id).or_default().push((j.person, j.role));
    }
    Ok(cops
        .into_iter()
        .map(|c| Formation { id: c.id, members: members.remove(&c.id).unwrap_or_default(), place: c.at.place(), name: c.name })
        .collect())
}

/// A membership, for reading every community's members at once.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Membership {
    pub community_id: Uuid,
    pub person: String,
    pub role: String,
    pub joined_on: NaiveDate,
}

/// Every current membership, grouped by community (the demo reads them all at once).
pub async fn all_members(db: &Db) -> Result<std::collections::HashMap<Uuid, Vec<Membership>>> {
    let q = Query::select()
        .column(("cm", "community_id"))
        .expr_as(Expr::col(("p", "code")), "person")
        .columns([("cm", "role"), ("cm", "joined_on")])
        .from_as("community_members", "cm")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("cm", "person_id")))
        .and_where(Expr::col(("cm", "left_on")).is_null())
        .order_by(("p", "code"), sea_query::Order::Asc)
        .to_owned();
    let mut grouped: std::collections::HashMap<Uuid, Vec<Membership>> = std::collections::HashMap::new();
    for m in db.all::<Membership>(&q).await? {
        grouped.entry(m.community_id).or_default().push(m);
    }
    Ok(grouped)
}
