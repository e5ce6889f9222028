//! The middle tier's KPIs for a unit and the units under it (`domain::plc_kpi`), counted from
//! the rows themselves: a country has a few hundred PLCs, not the CoPs' tens of thousands, so
//! one read of its PLCs, meetings, memberships, seats and selections serves a whole page.

use crate::life::dashboard::PlaceRef;
use crate::{Db, Error, Result};
use chrono::NaiveDate;
use domain::Access;
use domain::plc_kpi::{PlcKpiValue, Sums, collaborates};
use domain::schedule::{Span, planned_dates};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

/// A unit's middle-tier KPIs, and each child unit's.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MiddleTier {
    pub place: PlaceRef,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kpis: Vec<PlcKpiValue>,
    pub children: Vec<MiddleTierChild>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MiddleTierChild {
    pub place: PlaceRef,
    pub kpis: Vec<PlcKpiValue>,
}

#[derive(sqlx::FromRow)]
struct Unit {
    id: Uuid,
    code: String,
    name: String,
    path: String,
    level: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Plc {
    id: Uuid,
    kind: String,
    unit_id: Uuid,
    path: String,
    starts_on: Option<NaiveDate>,
    per_term: i64,
    continues_remotely: bool,
}

#[derive(sqlx::FromRow)]
struct Held {
    id: Uuid,
    community_id: Uuid,
    held_on: NaiveDate,
    members_expected: i64,
    members_present: i64,
}

#[derive(sqlx::FromRow)]
struct Present {
    meeting_id: Uuid,
    person_id: Uuid,
}

#[derive(sqlx::FromRow)]
struct Member {
    community_id: Uuid,
    person_id: Uuid,
    joined_on: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct Filled {
    path: String,
    opened_on: NaiveDate,
    starts_on: NaiveDate,
}

fn units(level: bool) -> sea_query::SelectStatement {
    let mut q = Query::select()
        .columns([("x", "id"), ("x", "code"), ("x", "name"), ("x", "path")])
        .from_as("units", "x")
        .join_as(JoinType::LeftJoin, "unit_levels", "l", Expr::col(("l", "depth")).equals(("x", "depth")))
        .to_owned();
    if level {
        q.expr_as(Expr::col(("l", "slug")), "level");
    }
    q
}

fn place(u: &Unit) -> PlaceRef {
    PlaceRef { kind: "unit", code: u.code.clone(), name: u.name.clone(), level: u.level.clone() }
}

/// The KPIs of the unit `code` and of each unit under it, in `period`.
pub async fn middle_tier(db: &Db, access: &Access, code: &str, period: Span) -> Result<MiddleTier> {
    let unit: Unit = db
        .optional(&units(true).and_where(Expr::col(("x", "code")).eq(code)).to_owned())
        .await?
        .ok_or_else(|| Error::not_found("unit", code))?;
    if !access.read.covers_unit(&unit.path) {
        return Err(Error::out_of_scope("unit", code));
    }
    let children: Vec<Unit> = db
        .all(&units(true).and_where(Expr::col(("x", "parent_id")).eq(unit.id)).order_by(("x", "code"), sea_query::Order::Asc).to_owned())
        .await?;
    let facts = Facts::read(db, &unit.path, period).await?;
    let children = children
        .iter()
        .filter(|c| access.read.covers_unit(&c.path))
        .map(|c| MiddleTierChild { place: place(c), kpis: facts.under(&c.path).values() })
        .collect();
    Ok(MiddleTier { place: place(&unit), from: period.from, to: period.to, kpis: facts.under(&unit.path).values(), children })
}

/// The sums of each unit that holds a PLC, a seat or a selection, by its path.
struct Facts(BTreeMap<String, Sums>);

impl Facts {
    fn under(&self, path: &str) -> Sums {
        let mut sums = Sums::default();
        for (_, s) in self.0.range(path.to_owned()..).take_while(|(p, _)| p.starts_with(path)) {
            sums.add(s);
        }
        sums
    }

    async fn read(db: &Db, path: &str, period: Span) -> Result<Facts> {
        let mut by_path: BTreeMap<String, Sums> = BTreeMap::new();
        let plcs: Vec<Plc> = db
            .all(
                &Query::select()
                    .columns([("m", "id"), ("m", "kind"), ("m", "unit_id"), ("m", "starts_on")])
                    .expr_as(Expr::col(("u", "path")), "path")
                    .expr_as(Expr::col(("g", "plc_meetings_per_term")), "per_term")
                    .column(("g", "continues_remotely"))
                    .from_as("communities", "m")
                    .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("m", "unit_id")))
                    .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("m", "programme_id")))
                    .and_where(Expr::col(("m", "kind")).is_in(["sector-plc", "district-plc"]))
                    .and_where(crate::scope::starts_with(("u", "path"), path))
                    .to_owned(),
            )
            .await?;
        let ids: Vec<Uuid> = plcs.iter().map(|p| p.id).collect();
        let mut held: Vec<Held> = Vec::new();
        let mut present: HashSet<(Uuid, Uuid)> = HashSet::new();
        let mut members: Vec<Member> = Vec::new();
        for chunk in ids.chunks(crate::batch::BATCH) {
            let q = Query::select()
                .columns(["id", "community_id", "held_on", "members_expected", "members_present"])
                .from("meetings")
                .and_where(Expr::col("community_id").is_in(chunk.iter().copied()))
                .and_where(Expr::col("held_on").lte(period.to))
                .to_owned();
            held.extend(db.all::<Held>(&q).await?);
            let q = Query::select()
                .columns([("a", "meeting_id"), ("a", "person_id")])
                .from_as("attendance", "a")
                .join_as(JoinType::InnerJoin, "meetings", "x", Expr::col(("x", "id")).equals(("a", "meeting_id")))
                .and_where(Expr::col(("x", "community_id")).is_in(chunk.iter().copied()))
                .and_where(Expr::col(("x", "held_on")).lte(period.to))
                .and_where(Expr::col(("a", "status")).eq("present"))
                .and_where(Expr::col(("a", "guest_role")).is_null())
                .to_owned();
            present.extend(db.all::<Present>(&q).await?.into_iter().map(|p| (p.meeting_id, p.person_id)));
            let q = Query::select()
                .columns(["community_id", "person_id", "joined_on"])
                .from("community_members")
                .and_where(Expr::col("community_id").is_in(chunk.iter().copied()))
                .and_where(Expr::col("role").eq("member"))
                .and_where(Expr::col("joined_on").lte(period.to))
                .cond_where(sea_query::Cond::any().add(Expr::col("left_on").is_null()).add(Expr::col("left_on").gt(period.to)))
                .to_owned();
            members.extend(db.all::<Member>(&q).await?);
        }
        let terms = crate::life::spans(db, "terms").await?;
        let closures = crate::life::spans(db, "closures").await?;
        let mut meetings: HashMap<Uuid, Vec<&Held>> = HashMap::new();
        for m in &held {
            meetings.entry(m.community_id).or_default().push(m);
        }
        let mut heads: HashMap<Uuid, Vec<&Member>> = HashMap::new();
        for m in &members {
            heads.entry(m.community_id).or_default().push(m);
        }
        for plc in &plcs {
            let sums = by_path.entry(plc.path.clone()).or_default();
            let starts = plc.starts_on.unwrap_or(NaiveDate::MIN);
            let per_term = plc.per_term.clamp(1, 12) as u8;
            let plan = |joined: NaiveDate| -> Vec<(usize, NaiveDate)> {
                let mut days = Vec::new();
                for (t, term) in terms.iter().enumerate() {
                    days.extend(
                        planned_dates(*term, per_term, &closures, plc.continues_remotely, Ord::max(joined, starts))
                            .into_iter()
                            .map(|d| (t, d)),
                    );
                }
                days
            };
            let mine = meetings.get(&plc.id).map_or(&[][..], Vec::as_slice);
            let in_period: Vec<&&Held> = mine.iter().filter(|m| period.contains(m.held_on)).collect();
            let planned = plan(starts).iter().filter(|(_, d)| period.contains(*d)).count() as u64;
            sums.planned += planned;
            sums.held_in_plan += Ord::min(in_period.len() as u64, planned);
            if plc.kind != "sector-plc" {
                continue;
            }
            sums.expected += in_period.iter().map(|m| Ord::max(m.members_expected, 0) as u64).sum::<u64>();
            sums.present += in_period.iter().map(|m| Ord::max(m.members_present, 0) as u64).sum::<u64>();
            for head in heads.get(&plc.id).map_or(&[][..], Vec::as_slice) {
                // The last planned meetings up to the period's end; a planned meeting is
                // attended when the head was at as many of its term's meetings as its rank there.
                let planned: Vec<(usize, NaiveDate)> = plan(head.joined_on).into_iter().filter(|(_, d)| *d <= period.to).collect();
                let mut rank: HashMap<usize, usize> = HashMap::new();
                let attended: Vec<bool> = planned
                    .iter()
                    .map(|(t, _)| {
                        let r = rank.entry(*t).or_default();
                        *r += 1;
                        let term = terms[*t];
                        let at = mine.iter().filter(|m| term.contains(m.held_on) && present.contains(&(m.id, head.person_id))).count();
                        at >= *r
                    })
                    .collect();
                if let Some(regular) = collaborates(&attended) {
                    sums.heads += 1;
                    sums.collaborating += u64::from(regular);
                }
            }
        }
        // The seats: each sector PLC's unit, held by an LLL in post on the period's last day.
        let sector_units: HashMap<Uuid, String> =
            plcs.iter().filter(|p| p.kind == "sector-plc").map(|p| (p.unit_id, p.path.clone())).collect();
        let posts = super::vacancies::leader_posts(db, &sector_units.keys().copied().collect::<Vec<_>>()).await?;
        for (unit, path) in &sector_units {
            let held = posts.iter().any(|p| {
                p.unit_id == *unit
                    && p.role == domain::Role::Lll.slug()
                    && p.starts_on <= period.to
                    && p.ends_on.is_none_or(|e| e >= period.to)
            });
            let sums = by_path.entry(path.clone()).or_default();
            sums.sectors += 1;
            sums.with_lll += u64::from(held);
        }
        // The appointments made in the period, and the days each took.
        let q = Query::select()
            .expr_as(Expr::col(("u", "path")), "path")
            .column(("x", "opened_on"))
            .column(("p", "starts_on"))
            .from_as("selections", "x")
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("x", "unit_id")))
            .join_as(JoinType::InnerJoin, "posts", "p", Expr::col(("p", "id")).equals(("x", "post_id")))
            .and_where(Expr::col(("x", "decided_on")).between(period.from, period.to))
            .and_where(crate::scope::starts_with(("u", "path"), path))
            .to_owned();
        for f in db.all::<Filled>(&q).await? {
            let sums = by_path.entry(f.path).or_default();
            sums.filled += 1;
            sums.days += Ord::max((f.starts_on - f.opened_on).num_days(), 0) as u64;
        }
        Ok(Facts(by_path))
    }
}
