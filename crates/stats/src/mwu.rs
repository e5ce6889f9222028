//! Mann–Whitney U, two-sided, as scipy's `mannwhitneyu(use_continuity=True, method="auto")`,
//! with the z that SPSS prints beside it.

use serde::Serialize;

use crate::var::need;
use crate::{Complete, Error, Missing, Var, dist, listwise, rank};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PMethod {
    /// The exact null distribution of U (one sample has at most 8 values and there are no ties).
    Exact,
    /// The normal approximation with tie and continuity corrections.
    Asymptotic,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MannWhitney {
    pub n1: usize,
    pub n2: usize,
    /// U of the first sample, as scipy reports it.
    pub u1: f64,
    /// min(U1, U2), as SPSS reports it.
    pub u_min: f64,
    /// SPSS's z: (U_min − n1·n2/2) / σ with the tie correction and no continuity correction.
    pub z: f64,
    pub p_value: f64,
    pub method: PMethod,
    pub missing: Missing,
}

/// Compares sample `x` with sample `y`. Missing values are dropped from each sample.
pub fn test(x: Var, y: Var) -> Result<MannWhitney, Error> {
    let Complete { numbers: a, missing: ma, .. } = listwise(&[x], &[])?;
    let Complete { numbers: b, missing: mb, .. } = listwise(&[y], &[])?;
    let (a, b) = (&a[0], &b[0]);
    need("each sample of a Mann-Whitney test", 1, a.len().min(b.len()))?;
    let (n1, n2) = (a.len(), b.len());
    let all: Vec<f64> = a.iter().chain(b).copied().collect();
    let (ranks, ties) = rank::average(&all);
    let r1: f64 = ranks[..n1].iter().sum();
    let u1 = r1 - (n1 * (n1 + 1)) as f64 / 2.0;
    let mn = (n1 * n2) as f64;
    let u_max = u1.max(mn - u1);
    let u_min = u1.min(mn - u1);
    let n = (n1 + n2) as f64;
    let tie_term: f64 = ties.iter().map(|&t| (t * t * t - t) as f64).sum();
    let sigma = (mn / 12.0 * ((n + 1.0) - tie_term / (n * (n - 1.0)))).sqrt();
    if sigma == 0.0 || !sigma.is_finite() {
        return Err(Error::Undefined {
            what: "a Mann-Whitney test",
            why: format!("every value of '{}' and '{}' is the same, so there is nothing to rank", x.name, y.name),
        });
    }
    let z = (u_min - mn / 2.0) / sigma;
    let exact = (n1 <= 8 || n2 <= 8) && ties.iter().all(|&t| t == 1);
    let (p, method) = match exact.then(|| exact_sf(u_max as u64, n1, n2)).flatten() {
        Some(sf) => (2.0 * sf, PMethod::Exact),
        None => (2.0 * dist::normal_sf((u_max - mn / 2.0 - 0.5) / sigma), PMethod::Asymptotic),
    };
    let missing = Missing::listwise(ma.dropped + mb.dropped);
    Ok(MannWhitney { n1, n2, u1, u_min, z, p_value: p.clamp(0.0, 1.0), method, missing })
}

/// P(U ≥ u) under the null, from the exact counts of U: the coefficients of the Gaussian
/// binomial [n1+n2 choose m]_q, built as ∏ (1 − q^(n+i)) / (1 − q^i) in exact integers.
/// `None` when the counts overflow 128 bits or U's range passes ten million (then the normal
/// approximation is used).
fn exact_sf(u: u64, n1: usize, n2: usize) -> Option<f64> {
    let (m, n) = (n1.min(n2), n1.max(n2));
    if m * n > 10_000_000 {
        return None; // the table would not fit in memory; scipy's would not either
    }
    let mut counts = vec![0i128; m * n + 1];
    counts[0] = 1;
    for i in 1..=m {
        for k in (n + i..counts.len()).rev() {
            counts[k] = counts[k].checked_sub(counts[k - n - i])?;
        }
        for k in i..counts.len() {
            counts[k] = counts[k].checked_add(counts[k - i])?;
        }
    }
    let total: i128 = counts.iter().try_fold(0i128, |s, &c| s.checked_add(c))?;
    let tail: i128 = counts.iter().skip(u as usize).sum();
    Some(tail as f64 / total as f64)
}

#[cfg(test)]
mod tests {
    #[test]
    fn exact_counts_match_the_small_table() {
        // n1 = 2, n2 = 2: U takes 0,1,2,2,3,4 over the 6 arrangements.
        assert_eq!(super::exact_sf(4, 2, 2), Some(1.0 / 6.0));
        assert_eq!(super::exact_sf(2, 2, 2), Some(4.0 / 6.0));
    }
}
