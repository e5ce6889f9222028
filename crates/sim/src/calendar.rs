//! The demo's school calendar, moved to the day it is generated on (issue 11: "The demo lives
//! in the past"). Each country's generator writes one academic year as its documents describe
//! it (Rwanda's 2025-26, Kenya's 2026); [`around`] moves that year, its rollout and its
//! survey rounds by whole years so that `today` falls inside it, and inside a term: between
//! terms, or after the year's end, the term just ended runs on to `today`. A seed and a day
//! always give the same data; the day the generator was written for (Rwanda's 2026-07-17)
//! gives exactly the year as written. The year before is set up too, a year earlier, with no
//! CoP life in it (the programmes' CoPs begin in this year).

use crate::Dataset;
use chrono::{Datelike, NaiveDate};
use domain::programme::NewYear;

/// A date `years` later (29 February becomes 28 February in a year without it).
pub fn years_later(date: NaiveDate, years: i32) -> NaiveDate {
    let year = date.year() + years;
    date.with_year(year).or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28)).expect("28 is a day of every month")
}

/// Moves the dataset's year to the one `today` falls in (see the module's words).
pub fn around(data: &mut Dataset, today: NaiveDate) {
    data.now = Some(today);
    let Some(year) = &data.year else { return };
    let (starts, ends) = (year.starts_on, year.ends_on);
    // The year that holds today, else the one that ended last before it.
    let base = today.year() - ends.year();
    let moved = [base + 1, base, base - 1]
        .into_iter()
        .find(|&k| years_later(starts, k) <= today)
        .expect("one of three consecutive years starts on or before today");
    let shift = |d: NaiveDate| years_later(d, moved);
    let year = data.year.as_mut().expect("checked above");
    year.starts_on = shift(year.starts_on);
    year.ends_on = shift(year.ends_on);
    for term in &mut year.terms {
        *term = (shift(term.0), shift(term.1));
    }
    for closure in &mut year.closures {
        closure.1 = shift(closure.1);
        closure.2 = shift(closure.2);
    }
    year.label = label(year.starts_on, year.ends_on);
    // The year before, as the calendar sets it up (its terms and closures a year earlier): the
    // ministry's last year, before the programme's CoPs began.
    let back = |d: NaiveDate| years_later(d, -1);
    data.previous_year = Some(NewYear {
        label: label(back(year.starts_on), back(year.ends_on)),
        starts_on: back(year.starts_on),
        ends_on: back(year.ends_on),
        terms: year.terms.iter().map(|(from, to)| (back(*from), back(*to))).collect(),
        closures: year.closures.iter().map(|(name, from, to)| (name.clone(), back(*from), back(*to))).collect(),
    });
    let year = data.year.as_mut().expect("checked above");
    // Between terms (or past the year's end), the term just ended runs on to today.
    if !year.terms.iter().any(|(from, to)| *from <= today && today <= *to)
        && let Some(last) = year.terms.iter_mut().rev().find(|(from, _)| *from <= today)
    {
        last.1 = today;
        year.ends_on = year.ends_on.max(today);
    }
    for setup in &mut data.programmes {
        for wave in &mut setup.rollout.waves {
            *wave = shift(*wave);
        }
        for phase in &mut setup.rollout.phases {
            phase.1 = shift(phase.1);
            phase.2 = phase.2.map(shift);
        }
    }
    // CoPs are formed with the posts current on the generator's day, or on today if that is
    // earlier (a day in the future would find nobody's post begun).
    data.today = data.today.map(|d| shift(d).min(today));
    // The exam results stay the four years before the school year's.
    for result in &mut data.results {
        result.year += moved;
    }
    // So do the committees' past selections, and the posts their leavers left.
    for past in &mut data.selections {
        let left = data
            .posts
            .iter_mut()
            .find(|p| p.person.as_str() == past.leaver && p.role == past.role && p.period.to() == Some(past.vacated_on));
        past.shift(shift);
        if let Some(post) = left {
            post.period =
                domain::Period::new(post.period.from(), Some(past.vacated_on)).expect("a post moved later still ends after it starts");
        }
    }
    data.years_moved = moved;
}

/// "2026-27" for a year over two calendar years, "2026" for one within a calendar year.
fn label(starts: NaiveDate, ends: NaiveDate) -> String {
    if starts.year() == ends.year() { starts.year().to_string() } else { format!("{}-{:02}", starts.year(), ends.year() % 100) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Scale;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn term_of(data: &Dataset, day: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        data.year.as_ref().unwrap().terms.iter().copied().find(|(from, to)| *from <= day && day <= *to)
    }

    #[test]
    fn the_day_the_generator_was_written_for_gives_the_year_as_written() {
        let data = crate::generate(Scale::Small, 7, d(2026, 7, 17));
        let year = data.year.as_ref().unwrap();
        assert_eq!((year.label.as_str(), year.starts_on, year.ends_on), ("2025-26", d(2025, 9, 8), d(2026, 7, 17)));
        assert_eq!(data.today, Some(d(2026, 1, 5)));
        assert_eq!(data.programmes[0].rollout.waves[0], d(2025, 9, 8));
    }

    #[test]
    fn a_december_day_falls_in_the_first_term_of_the_year_that_began_in_september() {
        // Rwanda's first term runs 8 September to 19 December.
        let data = crate::generate(Scale::Small, 7, d(2026, 12, 2));
        let year = data.year.as_ref().unwrap();
        assert_eq!(year.label, "2026-27");
        assert_eq!(term_of(&data, d(2026, 12, 2)), Some((d(2026, 9, 8), d(2026, 12, 19))));
        assert_eq!(data.programmes[0].rollout.waves[0], d(2026, 9, 8));
        assert_eq!(data.today, Some(d(2026, 12, 2)), "posts are read on today, not on a day to come");
    }

    #[test]
    fn the_past_selections_move_with_the_year_and_the_leavers_posts_with_them() {
        let (written, moved) = (crate::generate(Scale::Small, 7, d(2026, 7, 17)), crate::generate(Scale::Small, 7, d(2026, 12, 2)));
        assert_eq!(written.selections.len(), 2, "the two districts but the pilot's");
        for (was, now) in written.selections.iter().zip(&moved.selections) {
            assert_eq!((now.opened_on, now.starts_on), (years_later(was.opened_on, 1), years_later(was.starts_on, 1)));
            let left = moved.posts.iter().find(|p| p.person.as_str() == now.leaver && p.role == now.role).unwrap();
            assert_eq!(left.period.to(), Some(now.vacated_on));
            // Decided before the demo's day, and the appointee starts before it too.
            assert!(now.decided_on < now.starts_on && now.starts_on <= moved.today.unwrap(), "{now:?}");
        }
    }

    #[test]
    fn between_terms_the_term_just_ended_runs_on_to_today() {
        // 25 December: after term 1 (to 19 December), before term 2 (from 5 January).
        let data = crate::generate(Scale::Small, 7, d(2026, 12, 25));
        assert_eq!(term_of(&data, d(2026, 12, 25)), Some((d(2026, 9, 8), d(2026, 12, 25))));
        // Kenya's year is the calendar year (5 January to 30 October): in December the year
        // just ended runs on.
        let kenya = crate::generate(Scale::Kenya, 7, d(2026, 12, 2));
        let year = kenya.year.as_ref().unwrap();
        assert_eq!((year.label.as_str(), year.ends_on), ("2026", d(2026, 12, 2)));
        assert_eq!(term_of(&kenya, d(2026, 12, 2)).map(|t| t.1), Some(d(2026, 12, 2)));
    }

    #[test]
    fn the_same_seed_and_day_give_the_same_calendar() {
        let (a, b) = (crate::generate(Scale::Small, 3, d(2027, 3, 1)), crate::generate(Scale::Small, 3, d(2027, 3, 1)));
        assert_eq!(a.year, b.year);
        assert_eq!(a.today, b.today);
    }
}
