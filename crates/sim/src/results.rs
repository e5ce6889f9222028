//! Schools' exam results for four years, with the variation a PLC discusses planted in them
//! (seed 002: "What makes school A's pass rate 70 per cent, and the other 30 per cent?"): a
//! third of schools improving, a fifth declining, the rest steady, with the leaders of
//! learning's schools among the better ones (they are chosen for their results). Drawn from
//! their own generator, so adding them changes nothing else in the country.

use crate::builder::{Dataset, code};
use crate::rng::Rng;
use domain::Role;
use domain::results::NewResult;
use std::collections::HashSet;

/// How a school's pass rate moves from year to year.
#[derive(Clone, Copy)]
enum Course {
    Improving,
    Declining,
    Steady,
}

/// Results in `subjects` for every school, for the four exam years before `this_year`: a PLC
/// compares the latest two, and a selection opened before the latest year's results are known
/// still looks at three.
pub fn four_years(data: &Dataset, seed: u64, this_year: i32, subjects: &[(&str, f64)]) -> Vec<NewResult> {
    let mut rng = Rng::new(seed ^ 0xE8A4_2E5B);
    let leaders: HashSet<&str> = data.posts.iter().filter(|p| matches!(p.role, Role::Lll | Role::Nll)).map(|p| p.person.as_str()).collect();
    let led: HashSet<&str> =
        data.people.iter().filter(|p| leaders.contains(p.code.as_str())).filter_map(|p| p.school.as_ref().map(|s| s.as_str())).collect();
    let mut results = Vec::new();
    for school in &data.schools {
        let leader = led.contains(school.code.as_str());
        let course = match rng.unit() {
            _ if leader => Course::Improving,
            u if u < 0.33 => Course::Improving,
            u if u < 0.53 => Course::Declining,
            _ => Course::Steady,
        };
        let base = (0.58 + 0.14 * rng.normal() + if leader { 0.12 } else { 0.0 }).clamp(0.15, 0.92);
        let candidates = rng.between(18, 90) as u32;
        for (n, year) in (this_year - 4..this_year).enumerate() {
            let step = match course {
                Course::Improving => 0.07,
                Course::Declining => -0.06,
                Course::Steady => 0.0,
            } * n as f64;
            for (subject, offset) in subjects {
                let rate = (base + step + offset + 0.03 * rng.normal()).clamp(0.02, 1.0);
                let sat = (candidates as i64 + rng.between(0, 8) as i64 - 4).max(1) as u32;
                let passed = ((rate * sat as f64).round() as u32).min(sat);
                results.push(NewResult {
                    school: code(school.code.as_str()),
                    year,
                    subject: (*subject).to_owned(),
                    candidates: sat,
                    passed,
                });
            }
        }
    }
    results
}
