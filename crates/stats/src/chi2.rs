//! Chi-square test of independence on a contingency table, as scipy's `chi2_contingency`, with
//! Cramér's V as scipy's `contingency.association(method="cramer")`.

use serde::Serialize;

use crate::{Complete, Error, Labels, Missing, dist, listwise};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChiSquare {
    pub n: usize,
    pub statistic: f64,
    pub p_value: f64,
    pub dof: usize,
    /// Whether Yates' continuity correction was applied (only ever to a 2×2 table).
    pub yates: bool,
    /// Cramér's V, from the uncorrected statistic (as scipy's `association`).
    pub cramers_v: f64,
    pub rows: Vec<String>,
    pub cols: Vec<String>,
    pub observed: Vec<Vec<f64>>,
    pub expected: Vec<Vec<f64>>,
    pub missing: Missing,
}

/// Cross-tabulates two label columns (categories sorted, so the output is stable)
/// and tests them. Yates applies to 2×2 tables when `yates` is true, as in scipy.
pub fn crosstab(row: Labels, col: Labels, yates: bool) -> Result<ChiSquare, Error> {
    let Complete { labels, missing, .. } = listwise(&[], &[row, col])?;
    let sorted = |v: &[String]| {
        let mut s: Vec<String> = v.to_vec();
        s.sort();
        s.dedup();
        s
    };
    let (rows, cols) = (sorted(&labels[0]), sorted(&labels[1]));
    let mut table = vec![vec![0.0; cols.len()]; rows.len()];
    for (r, c) in labels[0].iter().zip(&labels[1]) {
        let (i, j) = (rows.binary_search(r).unwrap_or(0), cols.binary_search(c).unwrap_or(0));
        table[i][j] += 1.0;
    }
    let mut result = test(&table, yates).map_err(|e| match e {
        Error::Undefined { why, .. } => {
            Error::Undefined { what: "a chi-square test", why: format!("{why} ('{}' by '{}')", row.name, col.name) }
        }
        e => e,
    })?;
    result.rows = rows;
    result.cols = cols;
    result.missing = missing;
    Ok(result)
}

/// Tests a table of counts. Needs at least two rows and two columns, and no empty row or column.
pub fn test(table: &[Vec<f64>], yates: bool) -> Result<ChiSquare, Error> {
    let undefined = |why: String| Error::Undefined { what: "a chi-square test", why };
    let (r, c) = (table.len(), table.first().map_or(0, Vec::len));
    if r < 2 || c < 2 || table.iter().any(|row| row.len() != c) {
        return Err(undefined(format!("needs at least 2 categories each way; the table is {r}×{c}")));
    }
    let row_sums: Vec<f64> = table.iter().map(|row| row.iter().sum()).collect();
    let col_sums: Vec<f64> = (0..c).map(|j| table.iter().map(|row| row[j]).sum()).collect();
    if let Some(i) = row_sums.iter().position(|&s| s == 0.0) {
        return Err(undefined(format!("row {} has no observations", i + 1)));
    }
    if let Some(j) = col_sums.iter().position(|&s| s == 0.0) {
        return Err(undefined(format!("column {} has no observations", j + 1)));
    }
    let n: f64 = row_sums.iter().sum();
    let expected: Vec<Vec<f64>> = row_sums.iter().map(|rs| col_sums.iter().map(|cs| rs * cs / n).collect()).collect();
    let dof = (r - 1) * (c - 1);
    let yates = yates && dof == 1;
    let statistic_with = |correct: bool| -> f64 {
        table
            .iter()
            .flatten()
            .zip(expected.iter().flatten())
            .map(|(o, e)| {
                // scipy shrinks |O − E| by 0.5, but never past zero.
                let d = if correct { (o - e).abs() - (o - e).abs().min(0.5) } else { o - e };
                d * d / e
            })
            .sum()
    };
    let statistic = statistic_with(yates);
    let uncorrected = statistic_with(false);
    let cramers_v = (uncorrected / (n * (r.min(c) - 1) as f64)).sqrt();
    Ok(ChiSquare {
        n: n as usize,
        statistic,
        p_value: dist::chi2_sf(statistic, dof as f64),
        dof,
        yates,
        cramers_v,
        rows: (1..=r).map(|i| i.to_string()).collect(),
        cols: (1..=c).map(|j| j.to_string()).collect(),
        observed: table.to_vec(),
        expected,
        missing: Missing::listwise(0),
    })
}
