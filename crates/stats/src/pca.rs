//! Principal component analysis on the correlation matrix, as scikit-learn's `PCA` on data
//! standardised by `StandardScaler` (population standard deviation, ddof = 0).
//!
//! Sign rule (sklearn ≥ 1.5, `svd_flip(u_based_decision=False)`): each component is turned so
//! that its weight of largest absolute value is positive (the first such weight on a tie).

use faer::{Mat, Side};
use serde::Serialize;

use crate::var::{need, not_constant};
use crate::{Complete, Error, Missing, Var, listwise};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pca {
    pub n: usize,
    pub items: Vec<String>,
    /// Every eigenvalue of the correlation matrix, largest first.
    pub eigenvalues: Vec<f64>,
    /// Each eigenvalue's share of the total (the number of items).
    pub explained_variance_ratio: Vec<f64>,
    /// The first component's weights, one per item.
    pub weights: Vec<f64>,
    /// Each complete row's score on the first component, in row order.
    pub scores: Vec<f64>,
    pub missing: Missing,
}

pub fn first_component(items: &[Var]) -> Result<Pca, Error> {
    if items.len() < 2 {
        return Err(Error::TooFew { what: "a PCA (items)", need: 2, have: items.len() });
    }
    let Complete { numbers: cols, missing, .. } = listwise(items, &[])?;
    let n = cols[0].len();
    need("a PCA", 2, n)?;
    for (v, c) in items.iter().zip(&cols) {
        not_constant(v.name, c, "its correlation with the other items")?;
    }
    let z = standardise(&cols);
    let corr = correlation(z.as_ref());
    let (eigenvalues, weights) = leading_eigen(&corr)?;
    let p = cols.len() as f64;
    let scores = (0..n).map(|i| (0..cols.len()).map(|j| z[(i, j)] * weights[j]).sum()).collect();
    Ok(Pca {
        n,
        items: items.iter().map(|v| v.name.to_owned()).collect(),
        explained_variance_ratio: eigenvalues.iter().map(|l| l / p).collect(),
        eigenvalues,
        weights,
        scores,
        missing,
    })
}

/// Columns centred and divided by their population standard deviation, as an n × p matrix.
pub fn standardise(cols: &[Vec<f64>]) -> Mat<f64> {
    let n = cols[0].len();
    let mut z = Mat::<f64>::zeros(n, cols.len());
    for (j, c) in cols.iter().enumerate() {
        let mean = c.iter().sum::<f64>() / n as f64;
        let sd = (c.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n as f64).sqrt();
        for (i, x) in c.iter().enumerate() {
            z[(i, j)] = (x - mean) / sd;
        }
    }
    z
}

/// ZᵀZ / n for standardised Z: the correlation matrix.
pub fn correlation(z: faer::MatRef<'_, f64>) -> Mat<f64> {
    let n = z.nrows() as f64;
    let mut c = z.transpose() * z;
    for j in 0..c.ncols() {
        for i in 0..c.nrows() {
            c[(i, j)] /= n;
        }
    }
    c
}

/// Eigenvalues (largest first) and the leading eigenvector under sklearn's sign rule.
pub fn leading_eigen(corr: &Mat<f64>) -> Result<(Vec<f64>, Vec<f64>), Error> {
    let evd = corr
        .self_adjoint_eigen(Side::Lower)
        .map_err(|e| Error::Undefined { what: "a PCA", why: format!("the eigen-decomposition did not converge ({e:?})") })?;
    let p = corr.nrows();
    let values: Vec<f64> = (0..p).rev().map(|i| evd.S()[i]).collect();
    let mut weights: Vec<f64> = (0..p).map(|i| evd.U()[(i, p - 1)]).collect();
    let largest = weights.iter().enumerate().fold(0, |best, (i, w)| if w.abs() > weights[best].abs() { i } else { best });
    if weights[largest] < 0.0 {
        weights.iter_mut().for_each(|w| *w = -*w);
    }
    Ok((values, weights))
}
