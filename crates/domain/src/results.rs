//! A school's exam results: how many candidates sat a subject in a year and how many passed.
//! Seed 002's PLCs discuss them ("What makes school A's pass rate 70 per cent, and the other 30
//! per cent?"). Counts are kept, not rates, so a sector's or a PLC's rate is its schools'
//! passes over their candidates, and a small school weighs as little as it should.

use crate::person::{parse_subjects, parse_year};
use crate::{Code, FieldErrors, Why, why};

/// The earliest exam year Pamoja takes: before any programme it serves.
pub const EARLIEST_YEAR: i32 = 2000;

/// Most candidates one school puts in for one subject: far above any school's roll.
pub const MAX_CANDIDATES: u32 = 100_000;

/// One school's result in one subject and year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewResult {
    pub school: Code,
    pub year: i32,
    /// A subject slug (`english`, `maths`), or the whole exam's result under any slug the
    /// ministry uses for it (`overall`).
    pub subject: String,
    /// Candidates who sat the exam, at least one.
    pub candidates: u32,
    /// Of them, those who passed.
    pub passed: u32,
}

/// The cells of a result as given (a file's row, a form's fields).
pub struct ResultFields<'a> {
    pub school: &'a str,
    pub year: &'a str,
    pub subject: &'a str,
    pub candidates: &'a str,
    pub passed: &'a str,
}

fn parse_count(raw: &str, least: u32) -> Result<u32, Why> {
    let n: u32 = raw.trim().parse().map_err(|_| why("why-not-a-number").arg("value", format!("{raw:?}")))?;
    if (least..=MAX_CANDIDATES).contains(&n) {
        Ok(n)
    } else {
        Err(why("why-out-of-range").arg("value", n).arg("min", least).arg("max", MAX_CANDIDATES))
    }
}

impl NewResult {
    /// Parses every field, reporting each bad one. `this_year` is the latest exam year.
    pub fn parse(f: &ResultFields<'_>, this_year: i32) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let school = errors.take("school", Code::parse(f.school));
        let year = errors.take("year", parse_year(f.year.trim(), EARLIEST_YEAR, this_year));
        let subject = match errors.take("subject", parse_subjects(f.subject)) {
            Some(s) if s.len() == 1 => s.into_iter().next(),
            Some(_) => {
                errors.add("subject", why("why-one-subject").arg("value", format!("{:?}", f.subject)));
                None
            }
            None => None,
        };
        let candidates = errors.take("candidates", parse_count(f.candidates, 1));
        let passed = errors.take("passed", parse_count(f.passed, 0));
        if let (Some(c), Some(p)) = (candidates, passed)
            && p > c
        {
            errors.add("passed", why("why-passed-over-candidates").arg("passed", p).arg("candidates", c));
        }
        errors.finish(|| NewResult {
            school: school.unwrap(),
            year: year.unwrap(),
            subject: subject.unwrap(),
            candidates: candidates.unwrap(),
            passed: passed.unwrap(),
        })
    }

    /// What makes two results the same: the school, the year and the subject.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.school, self.year, self.subject)
    }
}

/// Whether an exam year's results are known on `day`: from the first of January after it.
/// National exams sit in the second half of the year and are marked over the holidays, so a
/// selection opened in July looks at the years before (it cannot know that July's results).
pub fn known_on(year: i64, day: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    i64::from(day.year()) > year
}

/// A pass rate, from 0 to 1: passes over candidates, `None` with no candidates.
pub fn pass_rate(passed: u64, candidates: u64) -> Option<f64> {
    (candidates > 0).then(|| passed as f64 / candidates as f64)
}

/// Which end of a comparison a place is at (seed 002's "the best help the rest").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Among the best: a school the others can learn from.
    BrightSpot,
    /// Among the furthest behind: a school to help first.
    FurthestBehind,
}

/// Marks the bright spots and the places furthest behind among `values` (a pass rate each,
/// `None` for a place without one): the top and the bottom quarter of the places with a value,
/// at least one each, once there are three to compare; a place tied with the last one marked
/// is marked too, and when the ends meet (all alike) nobody is. Places without a value are
/// never marked.
pub fn ends(values: &[Option<f64>]) -> Vec<Option<End>> {
    let mut known: Vec<f64> = values.iter().flatten().copied().collect();
    let mut marks = vec![None; values.len()];
    if known.len() < 3 {
        return marks;
    }
    known.sort_by(f64::total_cmp);
    let k = (known.len() / 4).max(1);
    let (low, high) = (known[k - 1], known[known.len() - k]);
    // Where the ends meet, nobody stands out.
    if low >= high {
        return marks;
    }
    for (mark, value) in marks.iter_mut().zip(values) {
        *mark = match value {
            Some(v) if *v >= high => Some(End::BrightSpot),
            Some(v) if *v <= low => Some(End::FurthestBehind),
            _ => None,
        };
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_s_results_are_known_from_the_first_of_january_after_it() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(!known_on(2025, day(2025, 12, 31)));
        assert!(known_on(2025, day(2026, 1, 1)));
        assert!(known_on(2024, day(2025, 7, 14)) && !known_on(2025, day(2025, 7, 14)));
    }

    fn fields<'a>(year: &'a str, subject: &'a str, candidates: &'a str, passed: &'a str) -> ResultFields<'a> {
        ResultFields { school: "RW-S1", year, subject, candidates, passed }
    }

    #[test]
    fn a_result_parses_with_its_subject_lower_cased() {
        let r = NewResult::parse(&fields("2025", "English", "40", "28"), 2026).unwrap();
        assert_eq!((r.year, r.subject.as_str(), r.candidates, r.passed), (2025, "english", 40, 28));
        assert_eq!(r.key(), "RW-S1:2025:english");
    }

    #[test]
    fn more_passes_than_candidates_is_refused_at_passed() {
        let e = NewResult::parse(&fields("2025", "maths", "40", "41"), 2026).unwrap_err();
        assert_eq!(e.0.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["passed"]);
        // Exactly as many passes as candidates is a school where everyone passed.
        assert!(NewResult::parse(&fields("2025", "maths", "40", "40"), 2026).is_ok());
    }

    #[test]
    fn no_candidates_a_future_year_and_two_subjects_are_each_named() {
        let e = NewResult::parse(&fields("2027", "maths;english", "0", "x"), 2026).unwrap_err();
        assert_eq!(e.0.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["year", "subject", "candidates", "passed"]);
        assert!(NewResult::parse(&fields("2026", "maths", "1", "0"), 2026).is_ok(), "this year and one candidate are taken");
        assert!(NewResult::parse(&fields("1999", "maths", "1", "0"), 2026).is_err(), "before {EARLIEST_YEAR}");
    }

    #[test]
    fn the_top_and_bottom_quarter_are_marked_once_there_are_three() {
        use End::*;
        assert_eq!(ends(&[Some(0.7), Some(0.3)]), [None, None], "two schools are not compared");
        assert_eq!(ends(&[Some(0.7), Some(0.3), Some(0.5)]), [Some(BrightSpot), Some(FurthestBehind), None]);
        // Eight with results: a quarter is two at each end; the one without is never marked.
        let values = [0.9, 0.2, 0.5, 0.6, 0.8, 0.1, 0.55, 0.4].map(Some);
        let mut with_none = values.to_vec();
        with_none.push(None);
        let marks = ends(&with_none);
        assert_eq!(marks, [Some(BrightSpot), Some(FurthestBehind), None, None, Some(BrightSpot), Some(FurthestBehind), None, None, None]);
        // A school tied with the last bright spot is one too.
        assert_eq!(ends(&[Some(0.9), Some(0.9), Some(0.5), Some(0.1)]), [Some(BrightSpot), Some(BrightSpot), None, Some(FurthestBehind)]);
        assert_eq!(ends(&[Some(0.5); 3]), [None; 3], "all alike: nobody stands out");
    }

    #[test]
    fn a_pass_rate_is_passes_over_candidates() {
        assert_eq!(pass_rate(7, 10), Some(0.7));
        assert_eq!(pass_rate(0, 0), None);
    }
}
