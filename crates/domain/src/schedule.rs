//! Planned meetings: when a CoP should meet, from its delivery model's frequency.
//!
//! The rule: a term of `d` days with `n` meetings plans meeting `k` (from 0) on day
//! `floor((2k + 1) · d / 2n)` after the term starts: evenly spread, none on the first or last
//! day. A date inside a closure period is dropped unless the programme continues remotely
//! (seed 001: CoPs moved to WhatsApp and phone when schools closed). A date before the CoP's
//! rollout wave starts is dropped: a wave-3 school plans nothing in term 1.

use chrono::NaiveDate;

/// A period of dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Span {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

pub fn planned_dates(term: Span, per_term: u8, closures: &[Span], continues_remotely: bool, joined: NaiveDate) -> Vec<NaiveDate> {
    let days = (term.to - term.from).num_days();
    let n = i64::from(per_term.max(1));
    (0..n)
        .map(|k| term.from + chrono::TimeDelta::days((2 * k + 1) * days / (2 * n)))
        .filter(|day| *day >= joined)
        .filter(|day| continues_remotely || !closures.iter().any(|c| c.contains(*day)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn term() -> Span {
        Span { from: d(2026, 1, 5), to: d(2026, 4, 3) } // 88 days
    }

    #[test]
    fn three_meetings_spread_over_an_88_day_term() {
        // Offsets 88/6 = 14, 3·88/6 = 44, 5·88/6 = 73 days.
        assert_eq!(planned_dates(term(), 3, &[], false, d(2025, 9, 1)), [d(2026, 1, 19), d(2026, 2, 18), d(2026, 3, 19)]);
    }

    #[test]
    fn a_closure_drops_the_meeting_it_covers_unless_the_programme_continues_remotely() {
        let closure = [Span { from: d(2026, 2, 9), to: d(2026, 2, 20) }];
        assert_eq!(planned_dates(term(), 3, &closure, false, d(2025, 9, 1)), [d(2026, 1, 19), d(2026, 3, 19)]);
        assert_eq!(planned_dates(term(), 3, &closure, true, d(2025, 9, 1)).len(), 3);
    }

    #[test]
    fn a_cop_plans_nothing_before_its_wave_starts() {
        assert_eq!(planned_dates(term(), 3, &[], false, d(2026, 2, 1)), [d(2026, 2, 18), d(2026, 3, 19)]);
        assert!(planned_dates(term(), 1, &[], false, d(2026, 4, 20)).is_empty());
    }

    #[test]
    fn one_meeting_a_term_falls_mid_term() {
        assert_eq!(planned_dates(term(), 1, &[], false, d(2025, 9, 1)), [d(2026, 2, 18)]);
    }
}
