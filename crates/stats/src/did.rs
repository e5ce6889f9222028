//! Difference-in-differences by two-way fixed effects, for programmes rolled out in waves.
//!
//! y_it = α_i + γ_t + β·D_it + ε_it, where D_it = 1 once unit i's wave has started
//! (t ≥ first_treated_i). Unit effects are absorbed, period effects are dummies, and standard
//! errors are clustered by unit (CR1, p from t(G − 1)); see [`crate::ols`].
//!
//! **Caveat on staggered adoption.** With waves starting at different times, β is a weighted
//! average of every 2×2 comparison in the data, including ones that use already-treated units as
//! controls for later waves (Goodman-Bacon 2021). If the effect grows or fades with time since
//! adoption, those weights can be negative and β can even take the wrong sign. The event-study
//! form below shows the effect by time since adoption (and the leads before it, which should be
//! near zero); read β only alongside it, and prefer comparisons with never-treated units.

use serde::Serialize;

use crate::ols::{self, Coefficient, Spec};
use crate::{Error, Labels, Missing, Var};

pub const CAVEAT: &str = "With staggered waves, the two-way fixed-effects estimate averages every comparison in the data, \
including already-treated units used as controls for later waves; if effects change with time since adoption it can be biased \
(Goodman-Bacon 2021). Read it with the event study.";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Did {
    pub n: usize,
    pub units: usize,
    pub periods: usize,
    /// β, the average effect of being treated.
    pub att: Coefficient,
    /// The event study: one coefficient per period relative to adoption, −1 being the reference;
    /// empty when it is not identified (see `dropped`).
    pub event: Vec<EventCoefficient>,
    /// Relative periods that the unit and period effects already explain. When there is one,
    /// the event study is not identified (no unit untreated at the period a term needs, as in
    /// two rounds where every unit has begun by the second), and none of its terms is reported:
    /// dropping a term instead would make the others mix time with exposure.
    pub dropped: Vec<String>,
    pub caveat: &'static str,
    pub missing: Missing,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventCoefficient {
    pub rel: i64,
    #[serde(flatten)]
    pub coefficient: Coefficient,
}

/// A panel: for each row its unit, period and outcome, and the period its unit's treatment
/// starts (`None`: never treated).
#[derive(Debug, Clone, Copy)]
pub struct Panel<'a> {
    pub y: Var<'a>,
    pub unit: Labels<'a>,
    pub period: &'a [i64],
    pub first_treated: &'a [Option<i64>],
}

pub fn twfe(panel: Panel) -> Result<Did, Error> {
    let len = panel.y.values.len();
    if panel.period.len() != len || panel.first_treated.len() != len {
        return Err(Error::Length { column: "period".into(), len: panel.period.len(), other: panel.y.name.into(), other_len: len });
    }
    // A unit's treatment starts once: the same first period on every one of its rows.
    let mut start: std::collections::BTreeMap<&str, (usize, Option<i64>)> = Default::default();
    for (row, (unit, first)) in panel.unit.values.iter().zip(panel.first_treated).enumerate() {
        let Some(unit) = unit else { continue };
        let (seen_at, seen) = *start.entry(unit).or_insert((row, *first));
        if seen != *first {
            return Err(Error::Undefined {
                what: "a difference-in-differences",
                why: format!("unit {unit} starts treatment in period {seen:?} on row {} but {first:?} on row {}", seen_at + 1, row + 1),
            });
        }
    }
    // Periods and relative periods of the rows that will be used (complete y and unit).
    let used: Vec<usize> = (0..len).filter(|&i| panel.y.values[i].is_some() && panel.unit.values[i].is_some()).collect();
    let mut periods: Vec<i64> = used.iter().map(|&i| panel.period[i]).collect();
    periods.sort_unstable();
    periods.dedup();
    if periods.len() < 2 {
        return Err(Error::TooFew { what: "a difference-in-differences (periods)", need: 2, have: periods.len() });
    }
    let dummies: Vec<(String, Vec<Option<f64>>)> = periods[1..]
        .iter()
        .map(|p| (format!("period={p}"), panel.period.iter().map(|t| Some(f64::from(u8::from(t == p)))).collect()))
        .collect();
    let treated: Vec<Option<f64>> =
        panel.period.iter().zip(panel.first_treated).map(|(t, f)| Some(f64::from(u8::from(f.is_some_and(|f| t >= &f))))).collect();
    // The period effects come first, so a term the fit must drop is a relative period's.
    let fit = |terms: &[(String, Vec<Option<f64>>)]| {
        let x: Vec<Var> = dummies.iter().chain(terms).map(|(name, v)| Var::new(name, v)).collect();
        ols::fit(Spec { y: panel.y, x: &x, fe: Some(panel.unit), cluster: Some(panel.unit) })
    };
    let att_fit = fit(&[("treated".to_owned(), treated)])?;
    let att = att_fit.coefficients.iter().find(|c| c.name == "treated").cloned().ok_or_else(|| Error::Undefined {
        what: "a difference-in-differences",
        why: "treatment is collinear with the unit and period effects: no unit changes status within the data".into(),
    })?;

    let mut rels: Vec<i64> = used.iter().filter_map(|&i| panel.first_treated[i].map(|f| panel.period[i] - f)).collect();
    rels.sort_unstable();
    rels.dedup();
    rels.retain(|&r| r != -1);
    let leads_lags: Vec<(String, Vec<Option<f64>>)> = rels
        .iter()
        .map(|r| {
            let v = panel.period.iter().zip(panel.first_treated).map(|(t, f)| Some(f64::from(u8::from(f.is_some_and(|f| t - f == *r)))));
            (format!("rel={r}"), v.collect())
        })
        .collect();
    let event_fit = fit(&leads_lags)?;
    let dropped: Vec<String> = event_fit.dropped.iter().filter(|d| d.starts_with("rel=")).cloned().collect();
    let event = if dropped.is_empty() {
        rels.iter()
            .filter_map(|r| {
                let name = format!("rel={r}");
                event_fit.coefficients.iter().find(|c| c.name == name).map(|c| EventCoefficient { rel: *r, coefficient: c.clone() })
            })
            .collect()
    } else {
        Vec::new()
    };
    let units = att_fit.clusters.unwrap_or(0);
    Ok(Did { n: att_fit.n, units, periods: periods.len(), att, event, dropped, caveat: CAVEAT, missing: att_fit.missing })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_two_periods_and_every_unit_begun_by_the_second_the_event_study_is_not_reported() {
        // Units a and b begin before period 0, c and d at period 1, and none is never treated:
        // rel=0 + 2·rel=1 equals the period-1 effect within each unit, so the relative periods
        // cannot be told from time. The average effect is still the late units' change less
        // the early ones': ((2 + 2.2)/2 − (1 + 1.5)/2) = 0.85.
        let y = [Some(1.0), Some(2.0), Some(2.0), Some(3.5), Some(1.0), Some(3.0), Some(0.5), Some(2.7)];
        let unit = ["a", "a", "b", "b", "c", "c", "d", "d"].map(Some);
        let period = [0, 1, 0, 1, 0, 1, 0, 1];
        let first = [Some(0), Some(0), Some(0), Some(0), Some(1), Some(1), Some(1), Some(1)];
        let d = twfe(Panel { y: Var::new("y", &y), unit: Labels { name: "unit", values: &unit }, period: &period, first_treated: &first })
            .unwrap();
        assert!((d.att.estimate - 0.85).abs() < 1e-12, "{}", d.att.estimate);
        assert_eq!(d.dropped, ["rel=1"]);
        assert!(d.event.is_empty(), "{:?}", d.event);
    }

    #[test]
    fn a_unit_whose_start_changes_between_rows_is_named() {
        let y = [Some(1.0), Some(2.0), Some(1.5), Some(2.5)];
        let unit: Vec<Option<&str>> = ["A", "A", "B", "B"].map(Some).to_vec();
        let panel = Panel {
            y: Var::new("y", &y),
            unit: Labels { name: "unit", values: &unit },
            period: &[0, 1, 0, 1],
            first_treated: &[Some(1), Some(0), None, None],
        };
        let err = twfe(panel).unwrap_err().to_string();
        assert!(err.contains("unit A starts treatment in period Some(1) on row 1 but Some(0) on row 2"), "{err}");
    }
}
