//! Choosing leaders of learning (seed 002): "NLLs and LLLs are both recruited from existing
//! experienced head teachers in a selection process that looks at performance and practice in
//! schools. This includes a review of criteria such as student exam scores, holding a position
//! as a head teacher for at least three years, and demonstrated ability and appetite for
//! collaborative leadership. The selection process includes a school visit from a selection
//! committee (which includes the DEO, an existing NLL, and the sector education inspector) who
//! interview the candidate before making an appointment." One LLL serves each sector and two
//! NLLs each district; seed 003's District Selection Committee plans their replacement.
//!
//! Here: where a seat is vacant or soon will be, who is eligible under stated rules (with the
//! evidence for each), and the scores a committee gives. Pure: the caller brings the posts and
//! results, and the day.

use crate::vocab::vocab;
use crate::{FieldErrors, Role, why};
use chrono::{Months, NaiveDate};
use serde::Serialize;

/// How far ahead a post's end makes its seat vacant: replacing a leader takes a term or two.
pub const NOTICE_MONTHS: u32 = 6;

/// The seats of a leader of learning's role at its unit: one LLL per sector, two NLLs per
/// district (seed 002: "Two NLLs are also selected for each district ... one LLL is selected
/// for each sector").
pub fn seats(role: Role) -> usize {
    match role {
        Role::Nll => 2,
        _ => 1,
    }
}

/// A post's first day and, once it ends, its last: a leader's or a head teacher's time in post.
pub type Tenure = (NaiveDate, Option<NaiveDate>);

/// Why a seat is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "why", rename_all = "kebab-case")]
pub enum Vacancy {
    /// A leader's post ended on this day and nobody has taken the seat.
    Ended { on: NaiveDate },
    /// A leader's post ends on this day, within the notice period.
    Ending { on: NaiveDate },
    /// Nobody has held the seat.
    NoneInPost,
}

impl Vacancy {
    pub fn slug(self) -> &'static str {
        match self {
            Vacancy::Ended { .. } => "ended",
            Vacancy::Ending { .. } => "ending",
            Vacancy::NoneInPost => "none-in-post",
        }
    }

    /// The day the post ended or ends, if one did.
    pub fn on(self) -> Option<NaiveDate> {
        match self {
            Vacancy::Ended { on } | Vacancy::Ending { on } => Some(on),
            Vacancy::NoneInPost => None,
        }
    }
}

/// The open seats of a unit, given the periods of its leaders' posts of one role: a seat is
/// held by a post current today that does not end within [`NOTICE_MONTHS`]; each seat not so
/// held is open, said by the posts that ended or are ending (the latest first), then as never
/// held. A post still to begin holds a seat (the replacement is chosen).
pub fn vacancies(seats: usize, posts: &[Tenure], today: NaiveDate) -> Vec<Vacancy> {
    let notice = today.checked_add_months(Months::new(NOTICE_MONTHS)).unwrap_or(NaiveDate::MAX);
    let held = posts.iter().filter(|(_, to)| to.is_none_or(|to| to > notice)).count();
    let mut gone: Vec<Vacancy> = posts
        .iter()
        .filter_map(|(_, to)| *to)
        .filter(|to| *to <= notice)
        .map(|to| if to < today { Vacancy::Ended { on: to } } else { Vacancy::Ending { on: to } })
        .collect();
    gone.sort_by_key(|v| std::cmp::Reverse(v.on()));
    let open = seats.saturating_sub(held);
    gone.into_iter().chain(std::iter::repeat(Vacancy::NoneInPost)).take(open).collect()
}

/// The stated rules a candidate must meet (seed 002's criteria), as a ministry sets them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Rules {
    /// Years as a head teacher, at least.
    pub head_years: u32,
    /// Exam years looked at: the latest with results and those before.
    pub results_years: u32,
    /// "High": the school's pass rate over those years, in percent, at least this.
    pub high_pct: u32,
    /// "Improving": no year below the one before, and the last this many points above the first.
    pub gain_pts: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Rules { head_years: 3, results_years: 3, high_pct: 70, gain_pts: 5 }
    }
}

impl Rules {
    pub fn parse(head_years: i64, results_years: i64, high_pct: i64, gain_pts: i64) -> Result<Rules, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut within = |field: &str, v: i64, min: i64, max: i64| {
            if (min..=max).contains(&v) {
                v as u32
            } else {
                errors.add(field, why("why-out-of-range").arg("value", v).arg("min", min).arg("max", max));
                0
            }
        };
        let rules = Rules {
            head_years: within("head_years", head_years, 0, 40),
            results_years: within("results_years", results_years, 2, 10),
            high_pct: within("high_pct", high_pct, 0, 100),
            gain_pts: within("gain_pts", gain_pts, 0, 100),
        };
        errors.finish(|| rules)
    }
}

/// A head teacher's service: the days of their head-teacher posts up to `today`, and whether
/// they reach `years` (a post begun exactly that many years ago does).
pub fn head_service(posts: &[Tenure], years: u32, today: NaiveDate) -> (i64, bool) {
    let days: i64 = posts
        .iter()
        .filter(|(from, _)| *from <= today)
        .map(|(from, to)| (to.map_or(today, |t| t.min(today)) - *from).num_days() + i64::from(to.is_some_and(|t| t < today)))
        .sum();
    let since = today.checked_sub_months(Months::new(12 * years)).unwrap_or(NaiveDate::MIN);
    (days, days >= (today - since).num_days())
}

/// What a candidate's school results show under the rules: each year's pass rate (oldest
/// first; `None` for a year without results), the rate over them all, and the two tests.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ResultsEvidence {
    pub years: Vec<(i32, Option<f64>)>,
    pub overall: Option<f64>,
    pub high: bool,
    pub improving: bool,
}

/// Tests `years` (each exam year with passes and candidates, oldest first) against the rules.
/// High: passes over candidates across the years at least `high_pct`. Improving: results in
/// every year, none below the year before, the last at least `gain_pts` above the first.
pub fn results_evidence(rules: &Rules, years: &[(i32, u64, u64)]) -> ResultsEvidence {
    let rates: Vec<(i32, Option<f64>)> = years.iter().map(|(y, p, c)| (*y, crate::results::pass_rate(*p, *c))).collect();
    let (passed, sat) = years.iter().fold((0, 0), |(p, c), (_, yp, yc)| (p + yp, c + yc));
    let overall = crate::results::pass_rate(passed, sat);
    // Compared in whole tenths of a point, so 70.0% meets 70% however it was divided.
    let tenths = |v: f64| (v * 1000.0).round() as i64;
    let high = overall.is_some_and(|o| tenths(o) >= i64::from(rules.high_pct) * 10);
    let known: Option<Vec<f64>> = rates.iter().map(|(_, r)| *r).collect();
    let improving = match known {
        Some(r) if r.len() >= 2 => {
            r.windows(2).all(|w| tenths(w[1]) >= tenths(w[0])) && tenths(r[r.len() - 1]) - tenths(r[0]) >= i64::from(rules.gain_pts) * 10
        }
        _ => false,
    };
    ResultsEvidence { years: rates, overall, high, improving }
}

/// Whether a candidate is eligible, and why: the service rule, and the results rule (high or
/// improving).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Eligibility {
    pub head_days: i64,
    pub head_years_met: bool,
    pub results: ResultsEvidence,
    pub eligible: bool,
}

pub fn eligibility(rules: &Rules, head_posts: &[Tenure], results: &[(i32, u64, u64)], today: NaiveDate) -> Eligibility {
    let (head_days, head_years_met) = head_service(head_posts, rules.head_years, today);
    let results = results_evidence(rules, results);
    let eligible = head_years_met && (results.high || results.improving);
    Eligibility { head_days, head_years_met, results, eligible }
}

vocab!(
    /// What a selection committee scores after its visit and interview (seed 002: "performance
    /// and practice in schools ... demonstrated ability and appetite for collaborative
    /// leadership").
    Criterion, "selection criterion" {
        SchoolPractice = "school-practice",
        CollaborativeLeadership = "collaborative-leadership",
        AppetiteToLearn = "appetite-to-learn",
        UseOfData = "use-of-data",
    }
);

/// A committee's scores run from 1 (not shown) to 4 (strongly shown).
pub const SCORES: std::ops::RangeInclusive<i64> = 1..=4;

vocab!(
    /// A committee member's part: the DEO chairs, an NLL and the sector's SEI sit with them.
    CommitteePart, "committee part" {
        Chair = "chair",
        Nll = "nll",
        Sei = "sei",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_seat_is_open_when_its_post_ended_or_ends_within_six_months_or_nobody_holds_it() {
        let today = d(2026, 1, 10);
        assert_eq!(vacancies(1, &[(d(2020, 1, 1), None)], today), [], "held, open-ended");
        // Six months from 10 January is 10 July: a post ending that day is within notice,
        // one ending the day after is not.
        assert_eq!(vacancies(1, &[(d(2020, 1, 1), Some(d(2026, 7, 10)))], today), [Vacancy::Ending { on: d(2026, 7, 10) }]);
        assert_eq!(vacancies(1, &[(d(2020, 1, 1), Some(d(2026, 7, 11)))], today), []);
        assert_eq!(vacancies(1, &[(d(2020, 1, 1), Some(d(2025, 12, 31)))], today), [Vacancy::Ended { on: d(2025, 12, 31) }]);
        assert_eq!(vacancies(1, &[], today), [Vacancy::NoneInPost]);
        // An ended post whose successor is in post: no vacancy.
        assert_eq!(vacancies(1, &[(d(2019, 1, 1), Some(d(2025, 6, 30))), (d(2025, 7, 1), None)], today), []);
        // A district's two NLL seats, one held and one never filled.
        assert_eq!(vacancies(2, &[(d(2021, 1, 1), None)], today), [Vacancy::NoneInPost]);
    }

    #[test]
    fn three_years_as_head_is_met_on_the_day_and_not_the_day_before() {
        let today = d(2026, 3, 1);
        assert!(head_service(&[(d(2023, 3, 1), None)], 3, today).1, "exactly three years");
        assert!(!head_service(&[(d(2023, 3, 2), None)], 3, today).1, "a day short");
        // Two posts at two schools add up: 2021-03-01..2022-02-28 (365 days counted with its
        // last day) and 2024-03-01..today (730 days): 1,095 days, the 1,096 of three years less one.
        let posts = [(d(2021, 3, 1), Some(d(2022, 2, 28))), (d(2024, 3, 1), None)];
        assert_eq!(head_service(&posts, 3, today), (1_095, false));
        let posts = [(d(2021, 3, 1), Some(d(2022, 3, 1))), (d(2024, 3, 1), None)];
        assert_eq!(head_service(&posts, 3, today), (1_096, true));
    }

    #[test]
    fn high_results_are_met_at_the_threshold_and_not_a_tenth_below() {
        let rules = Rules::default();
        // 70 of 100 over three years is 70.0%: high. 699 of 1,000 is 69.9%: not.
        assert!(results_evidence(&rules, &[(2023, 20, 30), (2024, 25, 35), (2025, 25, 35)]).high);
        assert!(!results_evidence(&rules, &[(2023, 233, 333), (2024, 233, 333), (2025, 233, 334)]).high);
    }

    #[test]
    fn improving_needs_every_year_no_lower_and_five_points_gained() {
        let rules = Rules::default();
        let rates = |r: [u64; 3]| results_evidence(&rules, &[(2023, r[0], 100), (2024, r[1], 100), (2025, r[2], 100)]).improving;
        assert!(rates([40, 42, 45]), "five points up");
        assert!(!rates([40, 42, 44]), "four points up");
        assert!(rates([40, 40, 45]), "a flat year is no lower");
        assert!(!rates([40, 47, 45]), "a year lower than the one before");
        let missing = results_evidence(&rules, &[(2023, 40, 100), (2024, 0, 0), (2025, 60, 100)]);
        assert!(!missing.improving, "a year without results cannot show improvement");
    }

    #[test]
    fn a_candidate_is_eligible_with_the_years_and_either_results_rule() {
        let rules = Rules::default();
        let today = d(2026, 3, 1);
        let long = [(d(2020, 1, 1), None)];
        let low_but_rising = [(2023, 40, 100), (2024, 43, 100), (2025, 46, 100)];
        let high_but_falling = [(2023, 90, 100), (2024, 80, 100), (2025, 75, 100)];
        let low_and_flat = [(2023, 40, 100), (2024, 40, 100), (2025, 40, 100)];
        assert!(eligibility(&rules, &long, &low_but_rising, today).eligible);
        assert!(eligibility(&rules, &long, &high_but_falling, today).eligible);
        assert!(!eligibility(&rules, &long, &low_and_flat, today).eligible);
        assert!(!eligibility(&rules, &[(d(2024, 1, 1), None)], &high_but_falling, today).eligible, "two years as head");
    }

    #[test]
    fn rules_out_of_range_are_named() {
        let e = Rules::parse(3, 1, 101, 5).unwrap_err();
        assert_eq!(e.0.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["results_years", "high_pct"]);
        assert_eq!(Rules::parse(3, 3, 70, 5).unwrap(), Rules::default());
    }
}
