//! Forming a programme's professional learning communities from posts (seeds 002 and 003): a
//! sector PLC for each sector that holds the programme's schools, of every head teacher in the
//! sector with the LLL as facilitator and the SEI and SLF as officials; a district PLC for
//! each of their districts, of the district's LLLs with the NLLs as facilitators and the DEO
//! as official (`domain::community`). Forming again follows the posts: a new head teacher
//! joins, one whose post ended leaves (`left_on`, the row kept), one who comes back rejoins.

use crate::batch::{BATCH, new_id};
use crate::{Db, Result};
use chrono::NaiveDate;
use domain::community::{CommunityKind, Part};
use domain::{Access, Place, Role};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// What forming a programme's PLCs did.
#[derive(Debug, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PlcsFormed {
    pub plcs_created: u64,
    /// People who joined a PLC (or came back to one).
    pub members_added: u64,
    /// People who left one: their post ended or moved.
    pub members_left: u64,
    /// People whose part changed (a head teacher who became the sector's LLL).
    pub parts_changed: u64,
    pub plcs_total: u64,
}

#[derive(sqlx::FromRow)]
struct UnitRow {
    id: Uuid,
    code: String,
    name: String,
    path: String,
    parent_id: Option<Uuid>,
}

#[derive(sqlx::FromRow)]
struct Holder {
    person_id: Uuid,
    role: String,
    path: String,
    starts_on: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct Existing {
    community_id: Uuid,
    person_id: Uuid,
    role: String,
    joined_on: NaiveDate,
    left_on: Option<NaiveDate>,
}

/// The units whose PLCs `programme` has: the units its schools sit in (sectors) and their
/// parents (districts), each with its kind.
async fn sites(db: &Db, programme: Uuid) -> Result<Vec<(CommunityKind, UnitRow)>> {
    let units = |q: &mut sea_query::SelectStatement| {
        q.columns([("u", "id"), ("u", "code"), ("u", "name"), ("u", "path"), ("u", "parent_id")]).distinct().to_owned()
    };
    let sectors: Vec<UnitRow> = db
        .all(&units(
            Query::select()
                .from_as("programme_schools", "ps")
                .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("ps", "school_id")))
                .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
                .and_where(Expr::col(("ps", "programme_id")).eq(programme)),
        ))
        .await?;
    let parents: Vec<Uuid> = sectors.iter().filter_map(|s| s.parent_id).collect();
    let mut districts = Vec::new();
    for chunk in parents.chunks(BATCH) {
        let q = units(Query::select().from_as("units", "u").and_where(Expr::col(("u", "id")).is_in(chunk.iter().copied())));
        districts.extend(db.all::<UnitRow>(&q).await?);
    }
    districts.sort_by_key(|d| d.id);
    districts.dedup_by_key(|d| d.id);
    let mut sites: Vec<(CommunityKind, UnitRow)> = sectors.into_iter().map(|s| (CommunityKind::SectorPlc, s)).collect();
    sites.extend(districts.into_iter().map(|d| (CommunityKind::DistrictPlc, d)));
    Ok(sites)
}

/// Forms the PLCs of `programme` at every sector and district in the caller's write scope,
/// with the people whose posts are current on `on`. Idempotent: forming again on the same
/// day changes nothing.
pub async fn form(db: &Db, access: &Access, programme: &str, on: NaiveDate) -> Result<PlcsFormed> {
    let p = super::get(db, programme).await?;
    let sites: Vec<(CommunityKind, UnitRow)> = sites(db, p.id)
        .await?
        .into_iter()
        .filter(|(_, u)| access.write.covers(&Place { unit_path: u.path.clone(), school: None, cluster: None }))
        .collect();
    let roles: Vec<&str> = Role::ALL
        .iter()
        .filter(|r| [CommunityKind::SectorPlc, CommunityKind::DistrictPlc].iter().any(|k| k.part_of(**r, true).is_some()))
        .map(|r| r.slug())
        .collect();
    let holders: Vec<Holder> = db
        .all(
            &Query::select()
                .columns([("h", "person_id"), ("h", "role"), ("h", "starts_on")])
                .column(("u", "path"))
                .from_as("posts", "h")
                .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("h", "unit_id")))
                .and_where(Expr::col(("h", "role")).is_in(roles))
                .and_where(Expr::col(("h", "starts_on")).lte(on))
                .and_where(Expr::col(("h", "ends_on")).is_null().or(Expr::col(("h", "ends_on")).gte(on)))
                .to_owned(),
        )
        .await?;

    let mut formed = PlcsFormed::default();
    let mut tx = db.begin().await?;
    let before = super::communities::formations(&mut tx, p.id).await?;
    for chunk in sites.chunks(BATCH) {
        let mut insert = Query::insert();
        insert.into_table("communities").columns(["id", "programme_id", "kind", "name", "unit_id", "place_key", "subject"]);
        for (kind, unit) in chunk {
            let name = match kind {
                CommunityKind::DistrictPlc => format!("{} district PLC", unit.name),
                _ => format!("{} sector PLC", unit.name),
            };
            let key = place_key(*kind, unit);
            insert.values_panic([new_id().into(), p.id.into(), kind.slug().into(), name.into(), unit.id.into(), key.into(), "".into()]);
        }
        insert.on_conflict(OnConflict::columns(["programme_id", "place_key", "subject"]).do_nothing().to_owned());
        formed.plcs_created += tx.run(&insert).await?;
    }
    #[derive(sqlx::FromRow)]
    struct Plc {
        id: Uuid,
        place_key: String,
    }
    let plcs: Vec<Plc> = tx
        .all(
            &Query::select()
                .columns(["id", "place_key"])
                .from("communities")
                .and_where(Expr::col("programme_id").eq(p.id))
                .and_where(Expr::col("kind").ne(CommunityKind::Cop.slug()))
                .to_owned(),
        )
        .await?;
    formed.plcs_total = plcs.len() as u64;
    let ids: HashMap<&str, Uuid> = plcs.iter().map(|c| (c.place_key.as_str(), c.id)).collect();

    // Who should be in each PLC in scope, in which part (a facilitator who is also a member,
    // an LLL who heads a school, takes part once, as facilitator), and since when: the day
    // their post began, so the meetings they were at since are theirs.
    let mut wanted: BTreeMap<(Uuid, Uuid), (Part, NaiveDate)> = BTreeMap::new();
    for (kind, unit) in &sites {
        let Some(&community) = ids.get(place_key(*kind, unit).as_str()) else { continue };
        for h in holders.iter().filter(|h| h.path.starts_with(unit.path.as_str())) {
            let Some(part) = h.role.parse::<Role>().ok().and_then(|r| kind.part_of(r, p.plc_deputies)) else { continue };
            let entry = wanted.entry((community, h.person_id)).or_insert((part, h.starts_on));
            *entry = (Ord::min(entry.0, part), Ord::min(entry.1, h.starts_on));
        }
    }
    let in_scope: Vec<Uuid> = sites.iter().filter_map(|(kind, u)| ids.get(place_key(*kind, u).as_str()).copied()).collect();
    let mut existing: HashMap<(Uuid, Uuid), Existing> = HashMap::new();
    for chunk in in_scope.chunks(BATCH) {
        let q = Query::select()
            .columns(["community_id", "person_id", "role", "joined_on", "left_on"])
            .from("community_members")
            .and_where(Expr::col("community_id").is_in(chunk.iter().copied()))
            .to_owned();
        existing.extend(tx.all::<Existing>(&q).await?.into_iter().map(|e| ((e.community_id, e.person_id), e)));
    }
    let mut joining = Vec::new();
    for (&(community, person), &(part, since)) in &wanted {
        match existing.get(&(community, person)) {
            None => joining.push((community, person, part, since)),
            // Left, and back: a new spell from when their post began (not before they left).
            Some(e) if e.left_on.is_some_and(|left| left <= on) => {
                let joined = Ord::max(since, e.left_on.unwrap_or(since));
                let back = Query::update()
                    .table("community_members")
                    .values([("role", part.slug().into()), ("joined_on", joined.into()), ("left_on", Option::<NaiveDate>::None.into())])
                    .and_where(Expr::col("community_id").eq(community))
                    .and_where(Expr::col("person_id").eq(person))
                    .and_where(Expr::col("left_on").is_not_null())
                    .to_owned();
                formed.members_added += tx.run(&back).await?;
            }
            // Due to leave, but their post goes on: they stay.
            Some(e) if e.left_on.is_some() => {
                let stays = Query::update()
                    .table("community_members")
                    .values([("role", part.slug().into()), ("left_on", Option::<NaiveDate>::None.into())])
                    .and_where(Expr::col("community_id").eq(community))
                    .and_where(Expr::col("person_id").eq(person))
                    .and_where(Expr::col("left_on").is_not_null())
                    .to_owned();
                formed.parts_changed += tx.run(&stays).await?;
            }
            Some(e) if e.role != part.slug() => {
                let changed = Query::update()
                    .table("community_members")
                    .value("role", part.slug())
                    .and_where(Expr::col("community_id").eq(community))
                    .and_where(Expr::col("person_id").eq(person))
                    .and_where(Expr::col("role").ne(part.slug()))
                    .to_owned();
                formed.parts_changed += tx.run(&changed).await?;
            }
            Some(_) => {}
        }
    }
    for chunk in joining.chunks(BATCH) {
        let mut insert = Query::insert();
        insert.into_table("community_members").columns(["community_id", "person_id", "role", "joined_on"]);
        for (community, person, part, since) in chunk {
            insert.values_panic([(*community).into(), (*person).into(), part.slug().into(), (*since).into()]);
        }
        // Two formings at once: the second finds the first's rows, not a broken key.
        insert.on_conflict(OnConflict::columns(["community_id", "person_id"]).do_nothing().to_owned());
        formed.members_added += tx.run(&insert).await?;
    }
    for e in existing.values().filter(|e| e.left_on.is_none() && !wanted.contains_key(&(e.community_id, e.person_id))) {
        let leave = Query::update()
            .table("community_members")
            .value("left_on", Ord::max(on, e.joined_on))
            .and_where(Expr::col("community_id").eq(e.community_id))
            .and_where(Expr::col("person_id").eq(e.person_id))
            .and_where(Expr::col("left_on").is_null())
            .to_owned();
        formed.members_left += tx.run(&leave).await?;
    }
    let after = super::communities::formations(&mut tx, p.id).await?;
    let key = super::communities::Formation::key;
    let changes = crate::audit::diff("PLC formed", access.actor, before, after, key);
    if !changes.is_empty() {
        crate::audit::log(&mut tx, &changes).await?;
        // Who is expected at a PLC's meetings changed; the teachers' KPIs did not.
        crate::life::bump_version(&mut tx, crate::life::Touched::Cops(&in_scope)).await?;
    }
    tx.commit().await?;
    Ok(formed)
}

/// A PLC's natural key: its kind and unit (`sector-plc:RW-1101`), so a unit that is both a
/// sector of schools and a parent of sectors holds one of each.
fn place_key(kind: CommunityKind, unit: &UnitRow) -> String {
    format!("{}:{}", kind.slug(), unit.code)
}

/// For a summary: each kind of learning community with how many there are, their current
/// memberships and their meetings held.
pub async fn counts(db: &Db) -> Result<Vec<(String, i64, i64, i64)>> {
    #[derive(sqlx::FromRow)]
    struct N {
        kind: String,
        n: i64,
    }
    let by_kind = |table: &'static str, on: &'static str, current: bool| {
        let mut q = Query::select()
            .column(("m", "kind"))
            .expr_as(Expr::col((table, on)).count(), "n")
            .from_as("communities", "m")
            .join_as(JoinType::InnerJoin, table, table, Expr::col((table, "community_id")).equals(("m", "id")))
            .group_by_col(("m", "kind"))
            .to_owned();
        if current {
            q.and_where(Expr::col((table, "left_on")).is_null());
        }
        q
    };
    let communities: Vec<N> = db
        .all(
            &Query::select()
                .column("kind")
                .expr_as(Expr::col("id").count(), "n")
                .from("communities")
                .group_by_col("kind")
                .order_by("kind", sea_query::Order::Asc)
                .to_owned(),
        )
        .await?;
    let members: Vec<N> = db.all(&by_kind("community_members", "person_id", true)).await?;
    let meetings: Vec<N> = db.all(&by_kind("meetings", "id", false)).await?;
    let of = |rows: &[N], kind: &str| rows.iter().find(|r| r.kind == kind).map_or(0, |r| r.n);
    Ok(communities.iter().map(|c| (c.kind.clone(), c.n, of(&members, &c.kind), of(&meetings, &c.kind))).collect())
}
