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

/// Spearman's ρ between every pair of columns of a row-major table (`names.len()` values per
/// row, `NaN` for missing), as one ZᵀZ / n of the standardised ranks: the same ρ as
/// [`correlate`] pair by pair. Rows missing any column are left out (listwise). The table is
/// overwritten with the standardised ranks.
///
/// Survey answers are small integers, so each column's ranks come from a histogram: one pass
/// counts, a second replaces each answer by its rank's z-score. Other columns are sorted.
pub fn spearman_matrix(names: &[String], data: &mut Vec<f64>) -> Result<(faer::Mat<f64>, Missing), Error> {
    let width = names.len();
    if width == 0 || !data.len().is_multiple_of(width) {
        return Err(Error::Undefined {
            what: "a correlation matrix",
            why: format!("{} values do not fill rows of {width} columns", data.len()),
        });
    }
    let rows = data.len() / width;
    if data.iter().any(|v| v.is_nan()) {
        let kept: Vec<f64> = data.chunks_exact(width).filter(|row| row.iter().all(|v| !v.is_nan())).flatten().copied().collect();
        *data = kept;
    }
    let n = data.len() / width;
    need("a correlation matrix", 3, n)?;
    // Per column: integral, and its range.
    let mut lo = vec![f64::INFINITY; width];
    let mut hi = vec![f64::NEG_INFINITY; width];
    let mut integral = vec![true; width];
    for row in data.chunks_exact(width) {
        for (((&v, lo), hi), integral) in row.iter().zip(&mut lo).zip(&mut hi).zip(&mut integral) {
            *lo = if v < *lo { v } else { *lo };
            *hi = if v > *hi { v } else { *hi };
            // A cast, not `fract` (a libm call without SSE4.1): integral below 2^53 in size.
            *integral &= (v as i64) as f64 == v;
        }
    }
    for c in 0..width {
        if lo[c] == hi[c] {
            return Err(Error::Constant { column: names[c].clone(), value: lo[c], what: "a correlation" });
        }
    }
    let counted: Vec<bool> = (0..width).map(|c| integral[c] && hi[c] - lo[c] <= 4096.0).collect();
    let offsets: Vec<usize> = (0..width)
        .scan(0, |at, c| {
            let here = *at;
            *at += if counted[c] { (hi[c] - lo[c]) as usize + 1 } else { 0 };
            Some(here)
        })
        .collect();
    let bins = offsets.last().copied().unwrap_or(0) + if counted[width - 1] { (hi[width - 1] - lo[width - 1]) as usize + 1 } else { 0 };
    let mut counts = vec![0usize; bins];
    for row in data.chunks_exact(width) {
        for c in (0..width).filter(|&c| counted[c]) {
            counts[offsets[c] + (row[c] - lo[c]) as usize] += 1;
        }
    }
    // Each bin's z-score: the mean rank of its tie group, centred on (n + 1)/2 and scaled.
    let mean = (n as f64 + 1.0) / 2.0;
    let mut z = vec![0.0; bins];
    for c in (0..width).filter(|&c| counted[c]) {
        let bins = offsets[c]..offsets[c] + (hi[c] - lo[c]) as usize + 1;
        let mut below = 0usize;
        let mut ss = 0.0;
        for b in bins.clone() {
            let k = counts[b];
            let rank = (2 * below + k + 1) as f64 / 2.0;
            z[b] = rank - mean;
            ss += k as f64 * (rank - mean) * (rank - mean);
            below += k;
        }
        let sd = (ss / n as f64).sqrt();
        z[bins].iter_mut().for_each(|v| *v /= sd);
    }
    for row in data.chunks_exact_mut(width) {
        for c in (0..width).filter(|&c| counted[c]) {
            row[c] = z[offsets[c] + (row[c] - lo[c]) as usize];
        }
    }
    for c in (0..width).filter(|&c| !counted[c]) {
        let column: Vec<f64> = data.iter().skip(c).step_by(width).copied().collect();
        let (ranks, _) = rank::average(&column);
        let sd = (ranks.iter().map(|r| (r - mean) * (r - mean)).sum::<f64>() / n as f64).sqrt();
        for (row, r) in data.chunks_exact_mut(width).zip(ranks) {
            row[c] = (r - mean) / sd;
        }
    }
    let corr = crate::pca::correlation(faer::MatRef::from_row_major_slice(data.as_slice(), n, width));
    Ok((corr, Missing::listwise(rows - n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_gives_each_pair_s_rho() {
        // Likert columns (counted), one continuous column (sorted), a missing value.
        let names: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let rows: Vec<[f64; 3]> = (0..40).map(|i| [((i * 7) % 5) as f64 + 1.0, ((i * 3) % 4) as f64, (i as f64 * 0.37).sin()]).collect();
        let mut data: Vec<f64> = rows.iter().flatten().copied().collect();
        data[3 * 5 + 1] = f64::NAN;
        // Listwise: row 5 leaves every column, not only b.
        let complete: Vec<f64> = data.chunks_exact(3).filter(|r| r.iter().all(|v| !v.is_nan())).flatten().copied().collect();
        let cols: Vec<Vec<Option<f64>>> = (0..3).map(|c| complete.iter().skip(c).step_by(3).map(|v| Some(*v)).collect()).collect();
        let (m, missing) = spearman_matrix(&names, &mut data).unwrap();
        assert_eq!(missing.dropped, 1);
        for i in 0..3 {
            for j in 0..3 {
                let pair = correlate(Method::Spearman, Var::new("x", &cols[i]), Var::new("y", &cols[j])).unwrap().statistic;
                assert!((m[(i, j)] - pair).abs() < 1e-13, "{i},{j}: {} vs {pair}", m[(i, j)]);
            }
        }
    }

    #[test]
    fn a_constant_column_is_named() {
        let names: Vec<String> = ["a", "k"].map(String::from).to_vec();
        let mut data = vec![1.0, 4.0, 2.0, 4.0, 3.0, 4.0];
        assert_eq!(
            spearman_matrix(&names, &mut data).unwrap_err().to_string(),
            "column 'k' is constant (every value is 4), so a correlation is not defined"
        );
    }
}
