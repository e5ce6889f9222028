//! Cronbach's α with its confidence interval, as pingouin's `cronbach_alpha` (listwise).
//!
//! The interval is Feldt's: with df1 = n − 1 and df2 = (n − 1)(k − 1),
//! [1 − (1 − α)·F(0.025; df1, df2)⁻¹ᵘᵖᵖᵉʳ, 1 − (1 − α)·F(0.975; df1, df2)⁻¹ᵘᵖᵖᵉʳ], where F⁻¹ᵘᵖᵖᵉʳ
//! is the upper-tail quantile (`f.isf`). pingouin rounds the bounds to 3 decimals; Pamoja
//! reports them unrounded.

use serde::Serialize;

use crate::var::{need, variance};
use crate::{Complete, Error, Missing, Var, dist, listwise};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alpha {
    pub n: usize,
    /// Number of items.
    pub k: usize,
    pub alpha: f64,
    pub ci_low: f64,
    pub ci_high: f64,
    /// Confidence level of the interval.
    pub ci_level: f64,
    pub missing: Missing,
}

pub fn cronbach(items: &[Var]) -> Result<Alpha, Error> {
    if items.len() < 2 {
        return Err(Error::TooFew { what: "Cronbach's alpha (items)", need: 2, have: items.len() });
    }
    let Complete { numbers: cols, missing, .. } = listwise(items, &[])?;
    let n = cols[0].len();
    need("Cronbach's alpha", 2, n)?;
    let k = cols.len() as f64;
    let totals: Vec<f64> = (0..n).map(|i| cols.iter().map(|c| c[i]).sum()).collect();
    let total_var = variance(&totals);
    if total_var == 0.0 {
        let names: Vec<&str> = items.iter().map(|v| v.name).collect();
        return Err(Error::Undefined {
            what: "Cronbach's alpha",
            why: format!("the total of {} is the same for every row, so its variance is 0", names.join(", ")),
        });
    }
    let item_var: f64 = cols.iter().map(|c| variance(c)).sum();
    let alpha = k / (k - 1.0) * (1.0 - item_var / total_var);
    let (df1, df2) = (n as f64 - 1.0, (n as f64 - 1.0) * (k - 1.0));
    let ci_level = 0.95;
    let ci_low = 1.0 - (1.0 - alpha) * dist::f_isf((1.0 - ci_level) / 2.0, df1, df2);
    let ci_high = 1.0 - (1.0 - alpha) * dist::f_isf((1.0 + ci_level) / 2.0, df1, df2);
    Ok(Alpha { n, k: cols.len(), alpha, ci_low, ci_high, ci_level, missing })
}
