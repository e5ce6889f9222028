//! The demo's past selections of leaders of learning (seed 003: "A District Selection
//! Committee chaired by the District Director of Education plans for the replacement of
//! NLLs and LLLs"). In every district but the pilot's, one NLL left in the autumn before the
//! school year; the committee opened the seat after the year's exams, before they went,
//! visited and interviewed two head teachers, and appointed one from the day after. The generator writes the days and what the committee wrote; the
//! demo takes the selection through the store as the committee would, with the candidates
//! the rules find eligible.

use crate::builder::date;
use crate::rng::Rng;
use chrono::{Days, NaiveDate};
use domain::Role;

/// One selection, decided before the demo's day.
#[derive(Debug, Clone, PartialEq)]
pub struct PastSelection {
    pub role: Role,
    /// The leader who left (a person's code).
    pub leaver: String,
    /// The seat's unit (a district for an NLL).
    pub unit: String,
    /// The day the leader's post ended: the seat opened within six months of it.
    pub vacated_on: NaiveDate,
    pub opened_on: NaiveDate,
    pub visited_on: NaiveDate,
    pub interviewed_on: NaiveDate,
    pub decided_on: NaiveDate,
    /// The appointee's first day: the day after the leader left.
    pub starts_on: NaiveDate,
    /// The committee's scores for its two nominees (1 to 4, one per criterion in the order
    /// of `domain::selection::Criterion::ALL`); the higher total is appointed.
    pub scores: [[i64; 4]; 2],
    pub visit_notes: &'static str,
    pub interview_notes: &'static str,
    pub reason: &'static str,
}

/// What committees wrote after visiting a nominee's school.
const VISIT_NOTES: [&str; 4] = [
    "Lesson observed in P4; the school's data board is kept up to date",
    "Teachers meet weekly in their CoP; the head teacher joins and listens",
    "Reading corner in every class; attendance followed up with parents",
    "Clear improvement plan built from last year's exam results",
];

/// What committees wrote after an interview.
const INTERVIEW_NOTES: [&str; 4] = [
    "Explained how the school raised its pass rate and what other schools could take from it",
    "Ready to lead a PLC; asked how to support head teachers who are new",
    "Uses data to choose the school's priorities; open about what did not work",
    "Spoke well about coaching teachers and visiting other schools",
];

/// Why the committee chose as it did.
const REASONS: [&str; 3] = [
    "The strongest scores after the visit and the interview",
    "Results improving for three years and a clear wish to help other schools",
    "The committee's choice: practice seen in the school and ready to lead",
];

/// A committee's reason when no nominee was eligible.
pub const NO_ONE: &str = "No head teacher of the district met the rules";

impl PastSelection {
    /// Every day of the selection moved by `f` (the demo's calendar moves whole years).
    pub fn shift(&mut self, f: impl Fn(NaiveDate) -> NaiveDate) {
        for day in [
            &mut self.vacated_on,
            &mut self.opened_on,
            &mut self.visited_on,
            &mut self.interviewed_on,
            &mut self.decided_on,
            &mut self.starts_on,
        ] {
            *day = f(*day);
        }
    }
}

/// A past NLL selection in the district `unit`, the seat of `leaver`: opened between mid-July
/// and mid-August 2025 (the year's exams sat), decided some five weeks later, the NLL leaving
/// eleven weeks after the opening, before the school year's first term ends.
pub fn nll(rng: &mut Rng, unit: &str, leaver: &str) -> PastSelection {
    let opened_on = date(2025, 7, 14) + Days::new(rng.between(0, 30));
    let visited_on = opened_on + Days::new(rng.between(14, 21));
    let interviewed_on = visited_on + Days::new(rng.between(3, 7));
    let decided_on = interviewed_on + Days::new(rng.between(5, 10));
    let vacated_on = opened_on + Days::new(77);
    let mut score = || std::array::from_fn(|_| rng.between(2, 4) as i64);
    let scores = [score(), score()];
    PastSelection {
        role: Role::Nll,
        leaver: leaver.to_owned(),
        unit: unit.to_owned(),
        vacated_on,
        opened_on,
        visited_on,
        interviewed_on,
        decided_on,
        starts_on: vacated_on + Days::new(1),
        scores,
        visit_notes: rng.pick::<&str>(&VISIT_NOTES),
        interview_notes: rng.pick::<&str>(&INTERVIEW_NOTES),
        reason: rng.pick::<&str>(&REASONS),
    }
}
