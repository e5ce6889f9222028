//! The KPI buckets held in memory: for each CoP, its meetings' bucket rows in date order and
//! its people's rows beside them, read once and then patched for the CoPs each change of CoP
//! life touched (`life_changes`). A period is then two binary searches per CoP and a sum over
//! the meetings between them, with no query; a unit is the CoPs it covers.
//!
//! What each fact sums (see ARCHITECTURE.md, "KPI buckets"):
//! - meetings held, members expected and present, reports and action points with those
//!   acknowledged and closed, how meetings were held and facilitated, their formats and what
//!   teachers decided: sums over the period's meeting rows (bit sets counted bit by bit);
//! - teachers at 90%: each person's expected and present rows summed over the period, then
//!   counted against 90% (a ratio of sums, not a sum of ratios);
//! - rotation: per role, the times held (role bits summed) and the distinct holders (people
//!   whose rows carry the bit), against the CoP's current members;
//! - meetings planned: the CoP's planned days (from its programme's schedule and the
//!   calendar, made once per kind of plan) counted in the period;
//! - maturity: the stage of the evidence above, as `recount` makes it.

use super::kpis::{CopInfo, CopRow, changed_since, cop_infos, finish, members_now, plan, rotation_of};
use crate::{Db, Result};
use chrono::NaiveDate;
use domain::community::CommunityKind;
use domain::kpi::CopFacts;
use domain::schedule::Span;
use domain::vocab::{Counts, FacilitatorKind, Listed, MeetingRole, Modality};
use sea_query::{Expr, ExprTrait, Order, Query};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

/// Past this many changed CoPs, the buckets are read again whole rather than patched.
const PATCHED: usize = 500;
/// Read whole, the buckets come this many CoPs at a time, so the rows as read (wider than the
/// buckets they become) are held for a few thousand CoPs, not a country's.
const READ_AT_ONCE: usize = 4_000;

/// Every CoP's buckets, as of `version` of CoP life.
pub(crate) struct Tally {
    pub version: i64,
    cops: Vec<Arc<CopTally>>,
    index: HashMap<Uuid, usize>,
}

/// One CoP's buckets.
struct CopTally {
    info: CopInfo,
    members_now: usize,
    /// The days it planned to meet, in order (shared by CoPs with the same plan).
    plan: Arc<Vec<NaiveDate>>,
    /// Its meetings' days, in order; `meetings[i]` is the meeting held on `days[i]`.
    days: Vec<NaiveDate>,
    meetings: Vec<Held>,
    /// The people rows of meeting `i` are `seats[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    seats: Vec<Seat>,
    /// How many people have rows (seats' `person` is below it).
    people: usize,
}

/// One meeting's bucket row.
#[derive(Clone, Copy)]
struct Held {
    expected: u32,
    present: u32,
    /// Index in `Modality::ALL`, or `u8::MAX` for a value it does not list.
    modality: u8,
    facilitator: u8,
    formats: u64,
    decided: u64,
    reports: u32,
    acknowledged: u32,
    action_points: u32,
    closed: u32,
}

/// One person's bucket row for a meeting.
#[derive(Clone, Copy)]
struct Seat {
    person: u32,
    expected: u32,
    present: u32,
    roles: u64,
}

#[derive(sqlx::FromRow)]
struct MeetingBucket {
    meeting_id: Uuid,
    community_id: Uuid,
    held_on: NaiveDate,
    expected: i64,
    present: i64,
    modality: String,
    facilitator_kind: String,
    formats: i64,
    teacher_decided: i64,
    reports: i64,
    reports_acknowledged: i64,
    action_points: i64,
    action_points_closed: i64,
}

#[derive(sqlx::FromRow)]
struct PersonBucket {
    meeting_id: Uuid,
    person_id: Uuid,
    expected: i64,
    present: i64,
    roles: i64,
}

fn small(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn position<T: PartialEq>(all: &[T], value: Option<T>) -> u8 {
    value.and_then(|v| all.iter().position(|x| *x == v)).map_or(u8::MAX, |i| i as u8)
}

/// The buckets as of `version`: those held, patched or read whole as needed.
pub(crate) async fn at(db: &Db, version: i64) -> Result<Arc<Tally>> {
    let held = db.kpi_cache.lock().expect("the KPI cache lock is never poisoned").tally.clone();
    let tally = match held {
        Some(t) if t.version >= version => return Ok(t),
        Some(t) => match changed_since(db, t.version).await? {
            Some(changed) if changed.len() <= PATCHED => {
                crate::metrics::KPI_PATCHES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let fresh = load(db, &changed).await?;
                let mut cops = t.cops.clone();
                let mut index = t.index.clone();
                for cop in fresh {
                    match index.get(&cop.info.id) {
                        Some(i) => cops[*i] = Arc::new(cop),
                        None => {
                            index.insert(cop.info.id, cops.len());
                            cops.push(Arc::new(cop));
                        }
                    }
                }
                Tally { version, cops, index }
            }
            _ => whole(db, version).await?,
        },
        None => whole(db, version).await?,
    };
    let tally = Arc::new(tally);
    let mut cache = db.kpi_cache.lock().expect("the KPI cache lock is never poisoned");
    if cache.tally.as_ref().is_none_or(|t| t.version < tally.version) {
        cache.tally = Some(tally.clone());
    }
    Ok(tally)
}

async fn whole(db: &Db, version: i64) -> Result<Tally> {
    crate::metrics::KPI_WHOLE_READS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let started = std::time::Instant::now();
    #[derive(sqlx::FromRow)]
    struct Id {
        id: Uuid,
    }
    let cops = Query::select().column("id").from("communities").and_where(Expr::col("kind").eq(CommunityKind::Cop.slug())).to_owned();
    let ids: Vec<Uuid> = db.all::<Id>(&cops).await?.into_iter().map(|c| c.id).collect();
    let mut cops: Vec<Arc<CopTally>> = Vec::with_capacity(ids.len());
    for some in ids.chunks(READ_AT_ONCE) {
        cops.extend(load(db, some).await?.into_iter().map(Arc::new));
    }
    let index = cops.iter().enumerate().map(|(i, c)| (c.info.id, i)).collect();
    tracing::info!(cops = cops.len(), ms = started.elapsed().as_millis() as u64, "KPI buckets read whole");
    Ok(Tally { version, cops, index })
}

/// Reads the buckets of `only` these CoPs. Read after the version it
/// is tagged with, so it holds at least what that version says; a later change is patched in
/// again, which is harmless.
async fn load(db: &Db, only: &[Uuid]) -> Result<Vec<CopTally>> {
    let infos = cop_infos(db, Some(only)).await?;
    let members = members_now(db, Some(only)).await?;
    let terms = super::spans(db, "terms").await?;
    let closures = super::spans(db, "closures").await?;
    let mut meetings = Query::select();
    meetings
        .columns(["meeting_id", "community_id", "held_on", "expected", "present", "modality", "facilitator_kind", "formats"])
        .columns(["teacher_decided", "reports", "reports_acknowledged", "action_points", "action_points_closed"])
        .from("kpi_meetings")
        .order_by("community_id", Order::Asc)
        .order_by("held_on", Order::Asc)
        .order_by("meeting_id", Order::Asc);
    let mut seats = Query::select();
    seats.columns(["meeting_id", "person_id", "expected", "present", "roles"]).from("kpi_people");
    meetings.and_where(Expr::col("community_id").is_in(only.iter().copied()));
    seats.and_where(Expr::col("community_id").is_in(only.iter().copied()));
    let meetings: Vec<MeetingBucket> = db.all(&meetings).await?;
    let seats: Vec<PersonBucket> = db.all(&seats).await?;

    let mut plans: HashMap<(i64, bool, Option<NaiveDate>), Arc<Vec<NaiveDate>>> = HashMap::new();
    let mut cops: Vec<CopTally> = infos
        .into_iter()
        .map(|info| {
            let key = (info.meetings_per_term, info.continues_remotely, info.starts_on);
            let plan = plans.entry(key).or_insert_with(|| Arc::new(plan(&terms, &closures, &info))).clone();
            let members_now = members.get(&info.id).copied().unwrap_or(0);
            CopTally { info, members_now, plan, days: Vec::new(), meetings: Vec::new(), starts: Vec::new(), seats: Vec::new(), people: 0 }
        })
        .collect();
    let index: HashMap<Uuid, usize> = cops.iter().enumerate().map(|(i, c)| (c.info.id, i)).collect();
    let mut meeting_at: HashMap<Uuid, (usize, u32)> = HashMap::with_capacity(meetings.len());
    for m in meetings {
        let Some(&c) = index.get(&m.community_id) else { continue };
        let cop = &mut cops[c];
        meeting_at.insert(m.meeting_id, (c, cop.meetings.len() as u32));
        cop.days.push(m.held_on);
        cop.meetings.push(Held {
            expected: small(m.expected),
            present: small(m.present),
            modality: position(Modality::ALL, m.modality.parse().ok()),
            facilitator: position(FacilitatorKind::ALL, m.facilitator_kind.parse().ok()),
            formats: m.formats as u64,
            decided: m.teacher_decided as u64,
            reports: small(m.reports),
            acknowledged: small(m.reports_acknowledged),
            action_points: small(m.action_points),
            closed: small(m.action_points_closed),
        });
    }
    // Each CoP's people rows, grouped by meeting in the meetings' order.
    let mut by_cop: Vec<Vec<(u32, Uuid, Seat)>> = vec![Vec::new(); cops.len()];
    for s in seats {
        let Some(&(c, i)) = meeting_at.get(&s.meeting_id) else { continue };
        let seat = Seat { person: 0, expected: small(s.expected), present: small(s.present), roles: s.roles as u64 };
        by_cop[c].push((i, s.person_id, seat));
    }
    for (cop, mut rows) in cops.iter_mut().zip(by_cop) {
        rows.sort_by_key(|(i, person, _)| (*i, *person));
        let mut people: HashMap<Uuid, u32> = HashMap::new();
        cop.starts = Vec::with_capacity(cop.meetings.len() + 1);
        let mut next = 0;
        for i in 0..=cop.meetings.len() as u32 {
            while next < rows.len() && rows[next].0 < i {
                next += 1;
            }
            cop.starts.push(next as u32);
        }
        cop.seats = rows
            .into_iter()
            .map(|(_, person, seat)| {
                let n = people.len() as u32;
                Seat { person: *people.entry(person).or_insert(n), ..seat }
            })
            .collect();
        cop.people = people.len();
    }
    Ok(cops)
}

impl Tally {
    /// Every CoP's facts for `period`.
    pub(crate) fn rows(&self, period: Span) -> Vec<CopRow> {
        self.cops.iter().map(|cop| cop.row(period)).collect()
    }
}

impl CopTally {
    fn row(&self, period: Span) -> CopRow {
        let from = self.days.partition_point(|d| *d < period.from);
        let to = self.days.partition_point(|d| *d <= period.to).max(from);
        let mut f = CopFacts::default();
        for m in &self.meetings[from..to] {
            f.held += 1;
            f.member_slots += m.expected;
            f.members_present += m.present;
            f.reports += m.reports;
            f.reports_acknowledged += m.acknowledged;
            f.action_points += m.action_points;
            f.action_points_closed += m.closed;
            if let Some(modality) = Modality::ALL.get(usize::from(m.modality)) {
                f.modality.add(*modality, 1);
            }
            if let Some(kind) = FacilitatorKind::ALL.get(usize::from(m.facilitator)) {
                f.facilitators.add(*kind, 1);
            }
            count_bits(&mut f.formats, m.formats);
            count_bits(&mut f.teacher_decided, m.decided);
        }
        // Each person's rows over the period: expected, present, and the roles they held.
        let mut expected = vec![0u32; self.people];
        let mut present = vec![0u32; self.people];
        let mut held = vec![0u64; self.people];
        let mut times = [0usize; MeetingRole::ALL.len()];
        let seats = self.starts[from] as usize..self.starts[to] as usize;
        for s in &self.seats[seats] {
            let p = s.person as usize;
            expected[p] += s.expected;
            present[p] += s.present;
            held[p] |= s.roles;
            for (i, t) in times.iter_mut().enumerate() {
                *t += usize::from(s.roles >> i & 1 == 1);
            }
        }
        for (e, p) in expected.iter().zip(&present).filter(|(e, _)| **e > 0) {
            f.members += 1;
            f.members_at_90 += u32::from(p * 10 >= e * 9);
        }
        let per_role = times.iter().enumerate().map(|(i, t)| (*t, held.iter().filter(|h| *h >> i & 1 == 1).count()));
        let rotation = rotation_of(per_role, self.members_now);
        let planned = self.plan.partition_point(|d| *d <= period.to).saturating_sub(self.plan.partition_point(|d| *d < period.from));
        finish(self.info.clone(), f, planned as u32, rotation)
    }
}

/// Adds one to each value whose bit (its index in the vocabulary) is set.
fn count_bits<K: Listed>(counts: &mut Counts<K>, bits: u64) {
    for k in K::ALL {
        if bits >> k.index() & 1 == 1 {
            counts.add(*k, 1);
        }
    }
}
