//! Ordinary least squares with controls, absorbed fixed effects and cluster-robust standard
//! errors, matching statsmodels' `OLS` (fixed effects entered as dummy columns).
//!
//! Conventions, stated so a statistician can check them:
//! - Without fixed effects the model has a constant, reported as `const`.
//! - Fixed effects are absorbed by demeaning within each level (Frisch–Waugh–Lovell), which gives
//!   the same slopes and residuals as dummies. K counts each level, as the dummies would.
//! - A regressor that is an exact linear combination of the constant, the fixed effects and the
//!   regressors before it is dropped and named in `dropped` (statsmodels would keep it and return
//!   a minimum-norm solution instead).
//! - Classical standard errors: σ² = e'e / (N − K); p from t(N − K).
//! - Cluster-robust (CR1, statsmodels' `cov_type="cluster"`): V = c·(X'X)⁻¹ (Σ_g X_g'e_g e_g'X_g)
//!   (X'X)⁻¹ with c = G/(G − 1) · (N − 1)/(N − K); p from t(G − 1), as statsmodels does with
//!   `use_t=True` and as Stata does.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{Complete, Error, Labels, Missing, Var, dist, listwise};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coefficient {
    pub name: String,
    pub estimate: f64,
    pub std_error: f64,
    pub t: f64,
    pub p_value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ols {
    pub n: usize,
    /// Parameters estimated, counting the constant or each fixed-effect level.
    pub k: usize,
    pub dof_resid: usize,
    /// R² (centred), when there are no fixed effects.
    pub r2: Option<f64>,
    pub coefficients: Vec<Coefficient>,
    /// Regressors left out because they were collinear with earlier ones.
    pub dropped: Vec<String>,
    /// "classical" or "cluster-robust (CR1)".
    pub std_errors: &'static str,
    /// Clusters, when standard errors are clustered.
    pub clusters: Option<usize>,
    /// Degrees of freedom of the t distribution the p-values use.
    pub p_dof: usize,
    pub missing: Missing,
}

/// A regression of `y` on `x`, optionally absorbing `fe` and clustering by `cluster`.
#[derive(Debug, Clone, Copy)]
pub struct Spec<'a> {
    pub y: Var<'a>,
    pub x: &'a [Var<'a>],
    pub fe: Option<Labels<'a>>,
    pub cluster: Option<Labels<'a>>,
}

pub fn fit(spec: Spec) -> Result<Ols, Error> {
    let vars: Vec<Var> = std::iter::once(spec.y).chain(spec.x.iter().copied()).collect();
    let labels: Vec<Labels> = spec.fe.into_iter().chain(spec.cluster).collect();
    let Complete { numbers: cols, labels: groups, missing } = listwise(&vars, &labels)?;
    let n = cols[0].len();
    let fe = spec.fe.map(|_| &groups[0]);
    let cluster = spec.cluster.map(|_| &groups[labels.len() - 1]);

    let (mut y, mut design, mut names, absorbed) = (cols[0].clone(), Vec::new(), Vec::new(), fe.map_or(0, |g| levels(g).1));
    if fe.is_none() {
        design.push(vec![1.0; n]);
        names.push("const".to_owned());
    }
    design.extend(cols[1..].iter().cloned());
    names.extend(spec.x.iter().map(|v| v.name.to_owned()));
    // Collinearity is judged against each column's size before demeaning: a regressor constant
    // within every group demeans to rounding noise, which must not pass for a signal.
    let sizes: Vec<f64> = design.iter().map(|c| dot(c, c).sqrt()).collect();
    if let Some(g) = fe {
        demean(&mut y, g);
        design.iter_mut().for_each(|c| demean(c, g));
    }
    let centred = if fe.is_some() {
        y.clone()
    } else {
        let m = y.iter().sum::<f64>() / n as f64;
        y.iter().map(|v| v - m).collect()
    };
    let tss = dot(&centred, &centred);
    if tss <= 1e-24 * dot(&cols[0], &cols[0]).max(f64::MIN_POSITIVE) {
        let within = if fe.is_some() { " within every fixed-effect group" } else { "" };
        return Err(Error::Undefined { what: "a regression", why: format!("the outcome '{}' does not vary{within}", spec.y.name) });
    }

    let Qr { q, r, kept, dropped } = qr(&design, &sizes);
    let x: Vec<&Vec<f64>> = kept.iter().map(|&j| &design[j]).collect();
    let k = x.len() + absorbed;
    if n <= k {
        return Err(Error::TooFew { what: "this regression (more rows than parameters)", need: k + 1, have: n });
    }
    let qty: Vec<f64> = q.iter().map(|qj| dot(qj, &y)).collect();
    let beta = back_substitute(&r, &qty);
    let resid: Vec<f64> = (0..n).map(|i| y[i] - x.iter().zip(&beta).map(|(c, b)| c[i] * b).sum::<f64>()).collect();
    if dot(&resid, &resid) <= 1e-20 * tss {
        return Err(Error::Undefined {
            what: "a regression",
            why: format!("the regressors explain '{}' exactly (no residual variance), so there are no standard errors", spec.y.name),
        });
    }
    let bread = inverse_gram(&r);

    let dof_resid = n - k;
    let (cov, std_errors, clusters, p_dof) = match cluster {
        None => {
            let sigma2 = dot(&resid, &resid) / dof_resid as f64;
            (scale(&bread, sigma2), "classical", None, dof_resid)
        }
        Some(g) => {
            let (ids, count) = levels(g);
            if count < 2 {
                return Err(Error::Undefined {
                    what: "cluster-robust standard errors",
                    why: format!("column '{}' has {count} cluster; at least 2 are needed", spec.cluster.map_or("", |c| c.name)),
                });
            }
            let c = count as f64 / (count as f64 - 1.0) * (n as f64 - 1.0) / dof_resid as f64;
            (scale(&sandwich(&bread, &x, &resid, &ids, count), c), "cluster-robust (CR1)", Some(count), count - 1)
        }
    };
    let coefficients: Vec<Coefficient> = kept
        .iter()
        .zip(&beta)
        .enumerate()
        .map(|(i, (&j, &estimate))| {
            let std_error = cov[i][i].sqrt();
            let t = estimate / std_error;
            Coefficient { name: names[j].clone(), estimate, std_error, t, p_value: dist::t_two_sided(t, p_dof as f64) }
        })
        .collect();
    if let Some(c) = coefficients.iter().find(|c| !(c.std_error > 0.0 && c.t.is_finite() && c.p_value.is_finite())) {
        return Err(Error::Undefined { what: "a regression", why: format!("the standard error of '{}' is not defined", c.name) });
    }
    let r2 = fe.is_none().then(|| {
        let mean = y.iter().sum::<f64>() / n as f64;
        1.0 - dot(&resid, &resid) / y.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>()
    });
    let dropped = dropped.into_iter().map(|j| names[j].clone()).collect();
    Ok(Ols { n, k, dof_resid, r2, coefficients, dropped, std_errors, clusters, p_dof, missing })
}

/// Each row's level index and the number of levels.
fn levels(g: &[String]) -> (Vec<usize>, usize) {
    let mut index = BTreeMap::new();
    let ids = g
        .iter()
        .map(|s| {
            let next = index.len();
            *index.entry(s.as_str()).or_insert(next)
        })
        .collect();
    (ids, index.len())
}

fn demean(values: &mut [f64], groups: &[String]) {
    let (ids, count) = levels(groups);
    let (mut sum, mut n) = (vec![0.0; count], vec![0.0; count]);
    for (v, &g) in values.iter().zip(&ids) {
        sum[g] += v;
        n[g] += 1.0;
    }
    for (v, &g) in values.iter_mut().zip(&ids) {
        *v -= sum[g] / n[g];
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Thin QR of the design by modified Gram–Schmidt, re-orthogonalised ("twice is enough"), that
/// drops a column when less than 1e-9 of its size (before any demeaning) is left after removing
/// what the kept columns before it explain. Q as columns, R upper, and the indices kept and dropped.
struct Qr {
    q: Vec<Vec<f64>>,
    r: Vec<Vec<f64>>,
    kept: Vec<usize>,
    dropped: Vec<usize>,
}

fn qr(design: &[Vec<f64>], sizes: &[f64]) -> Qr {
    let mut qr = Qr { q: Vec::new(), r: Vec::new(), kept: Vec::new(), dropped: Vec::new() };
    let mut rows = Vec::new(); // column j of R, as the coefficients on the kept q's
    for (j, col) in design.iter().enumerate() {
        let norm = sizes[j];
        let mut v = col.clone();
        let mut coef = vec![0.0; qr.q.len()];
        for _ in 0..2 {
            for (i, qi) in qr.q.iter().enumerate() {
                let c = dot(qi, &v);
                coef[i] += c;
                v.iter_mut().zip(qi).for_each(|(a, b)| *a -= c * b);
            }
        }
        let left = dot(&v, &v).sqrt();
        if norm == 0.0 || left <= 1e-9 * norm {
            qr.dropped.push(j);
            continue;
        }
        coef.push(left);
        rows.push(coef);
        qr.q.push(v.iter().map(|a| a / left).collect());
        qr.kept.push(j);
    }
    let k = qr.kept.len();
    qr.r = (0..k).map(|i| (0..k).map(|j| rows[j].get(i).copied().unwrap_or(0.0)).collect()).collect();
    qr
}

fn back_substitute(r: &[Vec<f64>], b: &[f64]) -> Vec<f64> {
    let k = b.len();
    let mut x = vec![0.0; k];
    for i in (0..k).rev() {
        let s: f64 = (i + 1..k).map(|j| r[i][j] * x[j]).sum();
        x[i] = (b[i] - s) / r[i][i];
    }
    x
}

/// (X'X)⁻¹ = R⁻¹R⁻ᵀ.
fn inverse_gram(r: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let k = r.len();
    let rinv: Vec<Vec<f64>> =
        (0..k).map(|c| back_substitute(r, &(0..k).map(|i| f64::from(u8::from(i == c))).collect::<Vec<_>>())).collect(); // rinv[c] is column c of R⁻¹
    (0..k).map(|i| (0..k).map(|j| (0..k).map(|m| rinv[m][i] * rinv[m][j]).sum()).collect()).collect()
}

fn sandwich(bread: &[Vec<f64>], x: &[&Vec<f64>], resid: &[f64], ids: &[usize], count: usize) -> Vec<Vec<f64>> {
    let k = x.len();
    let mut scores = vec![vec![0.0; k]; count];
    for (i, &g) in ids.iter().enumerate() {
        for (j, col) in x.iter().enumerate() {
            scores[g][j] += col[i] * resid[i];
        }
    }
    let mut meat = vec![vec![0.0; k]; k];
    for s in &scores {
        for a in 0..k {
            for b in 0..k {
                meat[a][b] += s[a] * s[b];
            }
        }
    }
    let bm: Vec<Vec<f64>> = (0..k).map(|i| (0..k).map(|j| (0..k).map(|m| bread[i][m] * meat[m][j]).sum()).collect()).collect();
    (0..k).map(|i| (0..k).map(|j| (0..k).map(|m| bm[i][m] * bread[m][j]).sum()).collect()).collect()
}

fn scale(m: &[Vec<f64>], c: f64) -> Vec<Vec<f64>> {
    m.iter().map(|row| row.iter().map(|v| v * c).collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(v: &[f64]) -> Vec<Option<f64>> {
        v.iter().copied().map(Some).collect()
    }

    #[test]
    fn a_perfect_fit_and_a_constant_outcome_are_refused_by_name() {
        let (y, x) = (some(&[1.0, 2.0, 3.0, 4.0]), some(&[1.0, 2.0, 3.0, 4.0]));
        let xs = [Var::new("x", &x)];
        let err = fit(Spec { y: Var::new("score", &y), x: &xs, fe: None, cluster: None }).unwrap_err();
        assert!(err.to_string().contains("explain 'score' exactly"), "{err}");
        let flat = some(&[2.0; 4]);
        let err = fit(Spec { y: Var::new("score", &flat), x: &xs, fe: None, cluster: None }).unwrap_err();
        assert_eq!(err.to_string(), "a regression: the outcome 'score' does not vary");
    }

    #[test]
    fn a_regressor_constant_within_each_group_is_dropped_not_fitted_to_noise() {
        let y = some(&[1.0, 2.0, 4.0, 3.0, 5.0, 9.0]);
        let (x, z) = (some(&[0.1, 0.1, 0.1, 0.7, 0.7, 0.7]), some(&[1.0, 3.0, 2.0, 5.0, 4.0, 6.0]));
        let g: Vec<Option<&str>> = ["A", "A", "A", "B", "B", "B"].map(Some).to_vec();
        let xs = [Var::new("x", &x), Var::new("z", &z)];
        let r = fit(Spec { y: Var::new("y", &y), x: &xs, fe: Some(Labels { name: "school", values: &g }), cluster: None }).unwrap();
        assert_eq!(r.dropped, ["x"]);
        assert_eq!(r.coefficients.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["z"]);
    }
}
