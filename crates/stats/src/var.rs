use serde::Serialize;

use crate::Error;

/// A named column of numbers; `None` is a missing value.
#[derive(Debug, Clone, Copy)]
pub struct Var<'a> {
    pub name: &'a str,
    pub values: &'a [Option<f64>],
}

impl<'a> Var<'a> {
    pub fn new(name: &'a str, values: &'a [Option<f64>]) -> Self {
        Self { name, values }
    }
}

/// A named column of category labels (groups, clusters, fixed effects); `None` is missing.
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    pub name: &'a str,
    pub values: &'a [Option<&'a str>],
}

/// How missing values were handled, stated in every result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// Always "listwise": a row missing any variable the test uses is left out.
    pub rule: &'static str,
    /// Rows left out.
    pub dropped: usize,
}

impl Missing {
    pub fn listwise(dropped: usize) -> Self {
        Self { rule: "listwise", dropped }
    }
}

/// The complete rows of some columns, and how many rows were left out.
#[derive(Debug, Clone)]
pub struct Complete {
    pub numbers: Vec<Vec<f64>>,
    pub labels: Vec<Vec<String>>,
    pub missing: Missing,
}

/// The complete rows of `vars` (and of `labels`), listwise: each returned column holds only the
/// rows where every variable is present. Refuses unequal lengths and non-finite numbers.
pub fn listwise(vars: &[Var], labels: &[Labels]) -> Result<Complete, Error> {
    let len = vars.first().map(|v| v.values.len()).or(labels.first().map(|l| l.values.len())).unwrap_or(0);
    let first = vars.first().map(|v| v.name).or(labels.first().map(|l| l.name)).unwrap_or("");
    for (name, n) in vars.iter().map(|v| (v.name, v.values.len())).chain(labels.iter().map(|l| (l.name, l.values.len()))) {
        if n != len {
            return Err(Error::Length { column: name.into(), len: n, other: first.into(), other_len: len });
        }
    }
    for v in vars {
        if let Some((row, x)) = v.values.iter().enumerate().find_map(|(i, x)| x.filter(|x| !x.is_finite()).map(|x| (i, x))) {
            return Err(Error::NotFinite { column: v.name.into(), row: row + 1, value: x });
        }
    }
    let complete: Vec<usize> =
        (0..len).filter(|&i| vars.iter().all(|v| v.values[i].is_some()) && labels.iter().all(|l| l.values[i].is_some())).collect();
    let numbers = vars.iter().map(|v| complete.iter().map(|&i| v.values[i].unwrap_or_default()).collect()).collect();
    let names = labels.iter().map(|l| complete.iter().map(|&i| l.values[i].unwrap_or_default().to_owned()).collect()).collect();
    Ok(Complete { numbers, labels: names, missing: Missing::listwise(len - complete.len()) })
}

/// Refuses a column whose values are all equal.
pub(crate) fn not_constant(name: &str, values: &[f64], what: &'static str) -> Result<(), Error> {
    match values.first() {
        Some(&first) if values.iter().all(|&x| x == first) => Err(Error::Constant { column: name.into(), value: first, what }),
        _ => Ok(()),
    }
}

pub(crate) fn need(what: &'static str, need: usize, have: usize) -> Result<(), Error> {
    if have < need { Err(Error::TooFew { what, need, have }) } else { Ok(()) }
}

pub(crate) fn mean(x: &[f64]) -> f64 {
    x.iter().sum::<f64>() / x.len() as f64
}

/// Sample variance (ddof = 1), two-pass.
pub(crate) fn variance(x: &[f64]) -> f64 {
    let m = mean(x);
    x.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (x.len() as f64 - 1.0)
}
