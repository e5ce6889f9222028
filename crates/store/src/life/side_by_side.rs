//! A PLC's places side by side (seed 002: head teachers "discuss their schools' data
//! together"): for a sector PLC each of the programme's schools in the sector, for a district
//! PLC each of its sectors; with their exam pass rates in the latest year and the one before,
//! and their teachers' CoPs' meetings held and attendance in the period. A member of the PLC
//! reads it all: that is what the PLC meets for. No person is named.

use super::kpis;
use crate::programmes::communities;
use crate::registry::results;
use crate::{Db, Result};
use domain::community::CommunityKind;
use domain::kpi::{Kpi, Part, Sums};
use domain::schedule::Span;
use domain::{Access, Place};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use uuid::Uuid;

/// Passes and candidates, summed over schools and subjects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub passed: u64,
    pub candidates: u64,
}

impl Tally {
    pub fn rate(self) -> Option<f64> {
        domain::results::pass_rate(self.passed, self.candidates)
    }
}

/// One place of the comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Compared {
    pub code: String,
    pub name: String,
    /// Where it is, for whether the reader may open it.
    #[serde(skip)]
    pub place: Place,
    /// The exam year's results, and the year before's.
    pub latest: Tally,
    pub previous: Tally,
    /// Its teachers' CoPs in the period: meetings held of those planned, and attendance.
    pub meetings: Part,
    pub attendance: Part,
}

impl Compared {
    /// The change in pass rate since the year before, from -1 to 1.
    pub fn change(&self) -> Option<f64> {
        Some(self.latest.rate()? - self.previous.rate()?)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SideBySide {
    /// The latest exam year any of the places has results for.
    pub year: Option<i64>,
    /// The subjects their results hold, for choosing one.
    pub subjects: Vec<String>,
    pub places: Vec<Compared>,
}

#[derive(sqlx::FromRow)]
struct SchoolAt {
    id: Uuid,
    code: String,
    name: String,
    unit_code: String,
    unit_name: String,
    unit_path: String,
}

/// The places of PLC `id` side by side, its schools' results in `subject` (all subjects
/// pooled when `None`), CoP figures over `period`. 404/403 as for reading the PLC.
pub async fn side_by_side(db: &Db, access: &Access, id: Uuid, subject: Option<&str>, period: Span) -> Result<SideBySide> {
    let plc = communities::get(db, access, id).await?;
    let by_sector = plc.kind == CommunityKind::DistrictPlc.slug();
    let q = Query::select()
        .columns([("s", "id"), ("s", "code"), ("s", "name")])
        .expr_as(Expr::col(("u", "code")), "unit_code")
        .expr_as(Expr::col(("u", "name")), "unit_name")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .from_as("programme_schools", "ps")
        .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("ps", "programme_id")))
        .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("ps", "school_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
        .and_where(Expr::col(("g", "code")).eq(plc.programme.as_str()))
        .and_where(crate::scope::starts_with(("u", "path"), &plc.at.unit_path))
        .to_owned();
    let schools: Vec<SchoolAt> = db.all(&q).await?;
    // Each school's place in the comparison: itself, or its sector.
    let place_of = |s: &SchoolAt| {
        let at = Place { unit_path: s.unit_path.clone(), school: (!by_sector).then_some(s.id), cluster: None };
        if by_sector { (s.unit_code.clone(), s.unit_name.clone(), at) } else { (s.code.clone(), s.name.clone(), at) }
    };
    let mut places: BTreeMap<String, (String, Place, Vec<Uuid>)> = BTreeMap::new();
    for s in &schools {
        let (code, name, at) = place_of(s);
        places.entry(code).or_insert_with(|| (name, at, Vec::new())).2.push(s.id);
    }
    let ids: Vec<Uuid> = schools.iter().map(|s| s.id).collect();
    let all = results::of_schools(db, &ids).await?;
    let subjects: BTreeSet<String> = all.iter().map(|r| r.subject.clone()).collect();
    let year = all.iter().filter(|r| subject.is_none_or(|s| r.subject == s)).map(|r| r.year).max();
    let mut tallies: HashMap<(Uuid, i64), Tally> = HashMap::new();
    for r in all.iter().filter(|r| subject.is_none_or(|s| r.subject == s)) {
        let t = tallies.entry((r.school_id, r.year)).or_default();
        t.passed += r.passed as u64;
        t.candidates += r.candidates as u64;
    }
    let facts = kpis::facts(db, period).await?;
    let mut cops: HashMap<Uuid, Vec<&domain::kpi::CopFacts>> = HashMap::new();
    for row in &facts.rows {
        if let Some(school) = row.school_id {
            cops.entry(school).or_default().push(&row.facts);
        }
    }
    let sum_years = |schools: &[Uuid], year: Option<i64>| {
        let mut t = Tally::default();
        for s in schools {
            if let Some(x) = year.and_then(|y| tallies.get(&(*s, y))) {
                t.passed += x.passed;
                t.candidates += x.candidates;
            }
        }
        t
    };
    let compared = places
        .into_iter()
        .map(|(code, (name, place, schools))| {
            let sums = Sums::of(schools.iter().flat_map(|s| cops.get(s).into_iter().flatten().copied()));
            let first = |k: Kpi| sums.kpi(k).parts.into_iter().next().expect("a ratio KPI has one part");
            Compared {
                code,
                name,
                place,
                latest: sum_years(&schools, year),
                previous: sum_years(&schools, year.map(|y| y - 1)),
                meetings: first(Kpi::MeetingsHeld),
                attendance: first(Kpi::AttendanceRate),
            }
        })
        .collect();
    Ok(SideBySide { year, subjects: subjects.into_iter().collect(), places: compared })
}
