//! Pearson's r and Spearman's ρ with two-sided p-values, as scipy's `pearsonr` and `spearmanr`.

use serde::Serialize;

use crate::var::{need, not_constant};
use crate::{Complete, Error, Missing, Var, dist, listwise, rank};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    Pearson,
    Spearman,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Correlation {
    pub method: Method,
    pub n: usize,
    /// r or ρ.
    pub statistic: f64,
    /// Two-sided.
    pub p_value: f64,
    pub missing: Missing,
}

pub fn correlate(method: Method, x: Var, y: Var) -> Result<Correlation, Error> {
    let Complete { numbers: cols, missing, .. } = listwise(&[x, y], &[])?;
    let (a, b) = (&cols[0], &cols[1]);
    need("a correlation", 2, a.len())?;
    not_constant(x.name, a, "a correlation")?;
    not_constant(y.name, b, "a correlation")?;
    let n = a.len();
    let (statistic, p_value) = match method {
        Method::Pearson => {
            let r = if n == 2 { pearson_r(a, b).round() } else { pearson_r(a, b) };
            // scipy: under the null, r ~ Beta(n/2 - 1, n/2 - 1) on [-1, 1]; with n = 2 the line
            // through two points is perfect and p is 1.
            let p = if n == 2 { 1.0 } else { (2.0 * dist::symmetric_beta_sf(r.abs(), n as f64 / 2.0 - 1.0)).min(1.0) };
            (r, p)
        }
        Method::Spearman => {
            need("a Spearman p-value", 3, n)?;
            let rho = pearson_r(&rank::average(a).0, &rank::average(b).0);
            (rho, spearman_p(rho, n))
        }
    };
    Ok(Correlation { method, n, statistic, p_value, missing })
}

/// scipy's `spearmanr`: t = ρ·√((n−2)/((1+ρ)(1−ρ))) on n − 2 degrees of freedom.
fn spearman_p(rho: f64, n: usize) -> f64 {
    let df = n as f64 - 2.0;
    let t = rho * (df / ((rho + 1.0) * (1.0 - rho))).sqrt();
    dist::t_two_sided(t, df)
}

/// r from centred, normalised vectors, clipped to [-1, 1] as scipy does.
pub fn pearson_r(x: &[f64], y: &[f64]) -> f64 {
    let (mx, my) = (crate::var::mean(x), crate::var::mean(y));
    let nx = x.iter().map(|v| (v - mx) * (v - mx)).sum::<f64>().sqrt();
    let ny = y.iter().map(|v| (v - my) * (v - my)).sum::<f64>().sqrt();
    let r: f64 = x.iter().zip(y).map(|(a, b)| ((a - mx) / nx) * ((b - my) / ny)).sum();
    r.clamp(-1.0, 1.0)
}
