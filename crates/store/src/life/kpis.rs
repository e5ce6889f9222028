//! KPI facts: what each CoP did in a period, summed from the KPI buckets held in memory
//! (`tally`) and cached until CoP life changes (`life_version`). Any unit's KPIs, and its
//! children's, are then sums over the CoPs it covers: one definition (`domain::kpi`), from a
//! school to the nation. [`recount`] counts the same facts again from the raw tables.

use crate::{Db, Result};
use chrono::NaiveDate;
use domain::community::CommunityKind;
use domain::kpi::{CopFacts, Sums};
use domain::maturity::{self, Evidence};
use domain::schedule::{Span, planned_dates};
use domain::vocab::{DecisionAspect, FacilitatorKind, Format, MeetingRole, Modality};
use domain::{Place, rotation};
use sea_query::{Asterisk, Expr, ExprTrait, Func, JoinType, Query, SelectStatement};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use uuid::Uuid;

/// One CoP's place and what it did in the period.
#[derive(Debug, Clone)]
pub struct CopRow {
    pub id: Uuid,
    pub unit_path: String,
    pub school_id: Option<Uuid>,
    pub cluster_id: Option<Uuid>,
    pub facts: CopFacts,
    pub evidence: Evidence,
}

impl CopRow {
    pub fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: self.school_id, cluster: self.cluster_id }
    }
}

/// Every CoP's facts for a period, in the order of their units' paths (then by id), so a
/// unit's CoPs are one run; and for each unit that has CoPs, the sums of its own CoPs, so a
/// unit's KPIs are the sums of the units under it added (a few thousand at a nation's scale,
/// not tens of thousands of CoPs).
pub struct Facts {
    pub rows: Vec<CopRow>,
    units: Vec<(String, Sums)>,
}

impl Facts {
    fn new(mut rows: Vec<CopRow>) -> Facts {
        in_path_order(&mut rows);
        let units = rows
            .chunk_by(|a, b| a.unit_path == b.unit_path)
            .map(|run| (run[0].unit_path.clone(), Sums::of(run.iter().map(|r| &r.facts))))
            .collect();
        Facts { rows, units }
    }

    /// The sums of every CoP under the unit at `path` (a path ends with `/`).
    pub fn under(&self, path: &str) -> Sums {
        let start = self.units.partition_point(|(p, _)| p.as_str() < path);
        let mut sums = Sums::default();
        for (_, s) in self.units[start..].iter().take_while(|(p, _)| p.starts_with(path)) {
            sums.add(s);
        }
        sums
    }
}

/// Recent periods' facts, tagged with the `life_version` they were read at, and the buckets
/// held in memory (see [`super::tally`]).
#[derive(Default)]
pub struct Cache {
    entries: Vec<(i64, Span, Arc<Facts>)>,
    pub(crate) tally: Option<Arc<super::tally::Tally>>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache").field("periods", &self.entries.len()).field("tally", &self.tally.as_ref().map(|t| t.version)).finish()
    }
}

const CACHED_PERIODS: usize = 8;

#[derive(sqlx::FromRow)]
struct Version {
    version: i64,
}

/// Every CoP's facts for `period`: from the cache when nothing has changed since they were
/// made; otherwise summed from the buckets held in memory, which are first brought up to the
/// current `life_version` (patched for the CoPs changed since, or read whole).
pub async fn facts(db: &Db, period: Span) -> Result<Arc<Facts>> {
    let version = db.one::<Version>(Query::select().column("version").from("life_version")).await?.version;
    {
        let cache = db.kpi_cache.lock().expect("the KPI cache lock is never poisoned");
        if let Some((_, _, rows)) = cache.entries.iter().find(|(v, p, _)| *p == period && *v == version) {
            return Ok(rows.clone());
        }
    }
    let tally = super::tally::at(db, version).await?;
    let rows = Arc::new(Facts::new(tally.rows(period)));
    let mut cache = db.kpi_cache.lock().expect("the KPI cache lock is never poisoned");
    cache.entries.retain(|(_, p, _)| *p != period);
    cache.entries.push((tally.version, period, rows.clone()));
    if cache.entries.len() > CACHED_PERIODS {
        cache.entries.remove(0);
    }
    Ok(rows)
}

/// Rows in the order of their units' paths (then by id), so a unit's CoPs are one run.
fn in_path_order(rows: &mut [CopRow]) {
    rows.sort_unstable_by(|a, b| (&a.unit_path, a.id).cmp(&(&b.unit_path, b.id)));
}

/// The CoPs changed since `version`, or `None` when a change touched everything.
pub(crate) async fn changed_since(db: &Db, version: i64) -> Result<Option<Vec<Uuid>>> {
    #[derive(sqlx::FromRow)]
    struct Changed {
        community_id: Option<Uuid>,
    }
    let q = Query::select().distinct().column("community_id").from("life_changes").and_where(Expr::col("version").gt(version)).to_owned();
    let changed: Vec<Changed> = db.all(&q).await?;
    Ok(changed.into_iter().map(|c| c.community_id).collect())
}

/// A CoP's place and plan, as the facts need them.
#[derive(sqlx::FromRow, Clone)]
pub(crate) struct CopInfo {
    pub id: Uuid,
    pub unit_path: String,
    pub school_id: Option<Uuid>,
    pub cluster_id: Option<Uuid>,
    pub starts_on: Option<NaiveDate>,
    pub meetings_per_term: i64,
    pub continues_remotely: bool,
}

/// The meetings a term a community of `c` plans, from its programme `g`: a CoP's, or a PLC's.
pub(crate) fn meetings_per_term() -> Expr {
    Expr::cust("CASE WHEN c.kind = 'cop' THEN g.meetings_per_term ELSE g.plc_meetings_per_term END")
}

/// Every teacher CoP's place and plan (of `only` these CoPs, if given): the KPIs are theirs.
/// PLCs of head teachers and of leaders of learning are counted apart.
pub(crate) async fn cop_infos(db: &Db, only: Option<&[Uuid]>) -> Result<Vec<CopInfo>> {
    let mut q = Query::select();
    if let Some(ids) = only {
        q.and_where(Expr::col(("c", "id")).is_in(ids.iter().copied()));
    }
    q.and_where(Expr::col(("c", "kind")).eq(CommunityKind::Cop.slug()))
        .columns([("c", "id"), ("c", "school_id"), ("c", "cluster_id"), ("c", "starts_on")])
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .expr_as(meetings_per_term(), "meetings_per_term")
        .column(("g", "continues_remotely"))
        .from_as("communities", "c")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
        .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("c", "programme_id")));
    Ok(db.all(&q).await?)
}

/// The days a CoP planned to meet, over every term, in order.
pub(crate) fn plan(terms: &[Span], closures: &[Span], cop: &CopInfo) -> Vec<NaiveDate> {
    let joined = cop.starts_on.unwrap_or(NaiveDate::MIN);
    let mut days: Vec<NaiveDate> = terms
        .iter()
        .flat_map(|t| planned_dates(*t, cop.meetings_per_term.clamp(1, 12) as u8, closures, cop.continues_remotely, joined))
        .collect();
    days.sort();
    days
}

/// A CoP's row from what it did: its maturity evidence and stage follow from the facts, the
/// meetings it `planned` in the period and its `rotation` evenness.
pub(crate) fn finish(cop: CopInfo, mut f: CopFacts, planned: u32, rotation: f64) -> CopRow {
    f.planned = planned;
    let held = f64::from(Ord::max(f.held, 1));
    let evidence = Evidence {
        meetings_held: f.held,
        teacher_agenda_share: f64::from(f.teacher_decided.get(DecisionAspect::Agenda)) / held,
        rotation,
        teacher_facilitated_share: f64::from(f.facilitators.get(FacilitatorKind::Teacher)) / held,
        regularity: if f.planned == 0 { f64::from(u8::from(f.held > 0)) } else { (f64::from(f.held) / f64::from(f.planned)).min(1.0) },
    };
    f.stage = Some(maturity::stage(&evidence));
    CopRow { id: cop.id, unit_path: cop.unit_path, school_id: cop.school_id, cluster_id: cop.cluster_id, facts: f, evidence }
}

/// One CoP's rotation evenness: the mean over the roles held of each role's evenness against
/// the CoP's current members, taken in `MeetingRole::ALL`'s order (0 when no role was held).
pub(crate) fn rotation_of(per_role: impl Iterator<Item = (usize, usize)>, members: usize) -> f64 {
    let evenness: Vec<Option<f64>> =
        per_role.filter(|(times, _)| *times > 0).map(|(times, distinct)| rotation::evenness_of(distinct, times, members)).collect();
    rotation::cop_rotation(&evenness).unwrap_or(0.0)
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    community_id: Uuid,
    modality: String,
    facilitator_kind: String,
    members_expected: i64,
    members_present: i64,
}

/// (community, key, count) from a GROUP BY.
#[derive(sqlx::FromRow)]
struct Counted {
    community_id: Uuid,
    key: String,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct Pair {
    community_id: Uuid,
    total: i64,
    done: i64,
}

#[derive(sqlx::FromRow)]
struct RoleHeld {
    community_id: Uuid,
    role: String,
    person_id: Uuid,
}

/// Meetings held in the period, aliased `m`, joined to `table` aliased `x` on its meeting_id.
fn in_period(table: &'static str, period: Span) -> SelectStatement {
    Query::select()
        .column(("m", "community_id"))
        .from_as(table, "x")
        .join_as(JoinType::InnerJoin, "meetings", "m", Expr::col(("m", "id")).equals(("x", "meeting_id")))
        .and_where(Expr::col(("m", "held_on")).between(period.from, period.to))
        .to_owned()
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Every CoP's facts for `period` counted again from the raw tables, with grouped queries over
/// meetings, attendance, formats, decisions, roles, reports and action points: what the
/// buckets must always sum to (the property test compares the two), and how the facts were
/// read before there were buckets. In path order, as [`facts`].
pub async fn recount(db: &Db, period: Span) -> Result<Vec<CopRow>> {
    let cops = cop_infos(db, None).await?;
    let terms = super::spans(db, "terms").await?;
    let closures = super::spans(db, "closures").await?;
    let mut facts: HashMap<Uuid, CopFacts> = cops.iter().map(|c| (c.id, CopFacts::default())).collect();

    let meetings_query = Query::select()
        .columns(["community_id", "modality", "facilitator_kind", "members_expected", "members_present"])
        .from("meetings")
        .and_where(Expr::col("held_on").between(period.from, period.to))
        .to_owned();
    let meetings: Vec<MeetingRow> = db.all(&meetings_query).await?;
    for m in &meetings {
        let f = facts.entry(m.community_id).or_default();
        f.held += 1;
        f.member_slots += count(m.members_expected);
        f.members_present += count(m.members_present);
        if let Ok(modality) = m.modality.parse::<Modality>() {
            f.modality.add(modality, 1);
        }
        if let Ok(kind) = m.facilitator_kind.parse::<FacilitatorKind>() {
            f.facilitators.add(kind, 1);
        }
    }
    let grouped = |table: &'static str, key: &'static str, filter: Option<(&'static str, &'static str)>| {
        let mut q = in_period(table, period);
        q.expr_as(Expr::col(("x", key)), "key")
            .expr_as(Expr::col(Asterisk).count(), "n")
            .group_by_col(("m", "community_id"))
            .group_by_col(("x", key));
        if let Some((col, value)) = filter {
            q.and_where(Expr::col(("x", col)).eq(value));
        }
        q
    };
    for c in db.all::<Counted>(&grouped("meeting_formats", "format", None)).await? {
        if let Ok(format) = c.key.parse::<Format>() {
            facts.entry(c.community_id).or_default().formats.add(format, count(c.n));
        }
    }
    for c in db.all::<Counted>(&grouped("meeting_decisions", "aspect", Some(("decider", "teachers")))).await? {
        if let Ok(aspect) = c.key.parse::<DecisionAspect>() {
            facts.entry(c.community_id).or_default().teacher_decided.add(aspect, count(c.n));
        }
    }
    // Members at 90%: each member's meetings present of the meetings they were expected at.
    #[derive(sqlx::FromRow)]
    struct MemberAttendance {
        community_id: Uuid,
        expected: i64,
        present: i64,
    }
    let present = Expr::cust("SUM(CASE WHEN x.status = 'present' THEN 1 ELSE 0 END)");
    let mut q = in_period("attendance", period);
    q.expr_as(Expr::col(Asterisk).count(), "expected")
        .expr_as(present, "present")
        .and_where(Expr::col(("x", "guest_role")).is_null())
        .group_by_col(("m", "community_id"))
        .group_by_col(("x", "person_id"));
    for a in db.all::<MemberAttendance>(&q).await? {
        let f = facts.entry(a.community_id).or_default();
        f.members += 1;
        if a.present * 10 >= a.expected * 9 {
            f.members_at_90 += 1;
        }
    }
    let pairs = |table: &'static str, done: &'static str| {
        let mut q = in_period(table, period);
        q.expr_as(Expr::col(Asterisk).count(), "total")
            .expr_as(Func::count(Expr::col(("x", done))), "done")
            .group_by_col(("m", "community_id"));
        q
    };
    for p in db.all::<Pair>(&pairs("meeting_reports", "acknowledged_at")).await? {
        let f = facts.entry(p.community_id).or_default();
        (f.reports, f.reports_acknowledged) = (count(p.total), count(p.done));
    }
    for p in db.all::<Pair>(&pairs("action_points", "closed_on")).await? {
        let f = facts.entry(p.community_id).or_default();
        (f.action_points, f.action_points_closed) = (count(p.total), count(p.done));
    }
    let rotations = rotation_by_cop(db, period).await?;
    let mut rows: Vec<CopRow> = cops
        .into_iter()
        .map(|cop| {
            let f = facts.remove(&cop.id).unwrap_or_default();
            let planned = plan(&terms, &closures, &cop).into_iter().filter(|d| period.contains(*d)).count() as u32;
            let rotation = rotations.get(&cop.id).copied().unwrap_or(0.0);
            finish(cop, f, planned, rotation)
        })
        .collect();
    in_path_order(&mut rows);
    Ok(rows)
}

/// Each CoP's rotation evenness over the period, against its current member count.
async fn rotation_by_cop(db: &Db, period: Span) -> Result<HashMap<Uuid, f64>> {
    let mut q = in_period("meeting_roles", period);
    q.columns([("x", "role"), ("x", "person_id")]);
    let held: Vec<RoleHeld> = db.all(&q).await?;
    let sizes = members_now(db, None).await?;
    let mut histories: HashMap<Uuid, BTreeMap<MeetingRole, Vec<Uuid>>> = HashMap::new();
    for h in held {
        if let Ok(role) = h.role.parse::<MeetingRole>() {
            histories.entry(h.community_id).or_default().entry(role).or_default().push(h.person_id);
        }
    }
    Ok(histories
        .into_iter()
        .map(|(cop, roles)| {
            let per_role = roles.into_values().map(|mut holders| {
                let times = holders.len();
                holders.sort();
                holders.dedup();
                (times, holders.len())
            });
            (cop, rotation_of(per_role, sizes.get(&cop).copied().unwrap_or(0)))
        })
        .collect())
}

/// Each CoP's current member count (of `only` these CoPs, if given).
pub(crate) async fn members_now(db: &Db, only: Option<&[Uuid]>) -> Result<HashMap<Uuid, usize>> {
    #[derive(sqlx::FromRow)]
    struct Size {
        community_id: Uuid,
        n: i64,
    }
    let mut q = Query::select()
        .column("community_id")
        .expr_as(Expr::col(Asterisk).count(), "n")
        .from("community_members")
        .and_where(Expr::col("left_on").is_null())
        .group_by_col("community_id")
        .to_owned();
    if let Some(ids) = only {
        q.and_where(Expr::col("community_id").is_in(ids.iter().copied()));
    }
    Ok(db.all::<Size>(&q).await?.into_iter().map(|s| (s.community_id, s.n as usize)).collect())
}
