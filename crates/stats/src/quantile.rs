//! Quantiles by linear interpolation between order statistics: Hyndman & Fan's type 7, numpy's
//! default `quantile(method="linear")`.

use crate::{Complete, Error, Missing, Var, listwise};

/// The q-quantile (0 ≤ q ≤ 1) of sorted, non-empty values.
fn linear(sorted: &[f64], q: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * q;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    let frac = h - lo as f64;
    // numpy's lerp: a + (b − a)·t, switched to b − (b − a)·(1 − t) for t ≥ 0.5.
    let (a, b) = (sorted[lo], sorted[hi]);
    if frac >= 0.5 { b - (b - a) * (1.0 - frac) } else { a + (b - a) * frac }
}

/// The two cut points that split the values into thirds.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Terciles {
    pub n: usize,
    pub q1: f64,
    pub q2: f64,
    pub missing: Missing,
}

impl Terciles {
    /// 0 for the bottom third (≤ q1), 1 for the middle, 2 for the top third (> q2).
    pub fn tier(&self, x: f64) -> usize {
        if x <= self.q1 {
            0
        } else if x <= self.q2 {
            1
        } else {
            2
        }
    }
}

pub fn terciles(v: Var) -> Result<Terciles, Error> {
    let Complete { numbers: cols, missing, .. } = listwise(&[v], &[])?;
    let mut sorted = cols.into_iter().next().unwrap_or_default();
    crate::var::need("terciles", 1, sorted.len())?;
    sorted.sort_by(f64::total_cmp);
    Ok(Terciles { n: sorted.len(), q1: linear(&sorted, 1.0 / 3.0), q2: linear(&sorted, 2.0 / 3.0), missing })
}
