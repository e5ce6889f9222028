//! From answers to numbers: item scores (reverse-coded as the instrument says), simple-average
//! indices, PCA indices and school means.

use std::collections::BTreeMap;

use domain::survey::{Instrument, Respondent};
use stats::Var;

/// A respondent's score on one item.
pub fn item(ins: &Instrument, r: &Respondent, name: &str) -> Option<f64> {
    let item = ins.item(name)?;
    ins.score(item, r.answer(&ins.code, name)?)
}

/// The items feeding `index`, by name.
pub fn names(ins: &Instrument, index: &str) -> Vec<String> {
    ins.index_items(index).iter().map(|i| i.name.clone()).collect()
}

/// The simple average of an index's items; missing when any item is (listwise within the index).
pub fn average(ins: &Instrument, r: &Respondent, index: &str) -> Option<f64> {
    let items = names(ins, index);
    let scores: Option<Vec<f64>> = items.iter().map(|n| item(ins, r, n)).collect();
    scores.filter(|s| !s.is_empty()).map(|s| s.iter().sum::<f64>() / s.len() as f64)
}

/// Each item of an index as a column over the respondents.
pub fn columns(ins: &Instrument, rs: &[&Respondent], index: &str) -> (Vec<String>, Vec<Vec<Option<f64>>>) {
    let items = names(ins, index);
    let cols = items.iter().map(|n| rs.iter().map(|r| item(ins, r, n)).collect()).collect();
    (items, cols)
}

pub fn vars<'a>(names: &'a [String], cols: &'a [Vec<Option<f64>>]) -> Vec<Var<'a>> {
    names.iter().zip(cols).map(|(n, c)| Var::new(n, c)).collect()
}

/// The first principal component's score of each respondent with every item answered.
pub fn pca(ins: &Instrument, rs: &[&Respondent], index: &str) -> Result<(Vec<Option<f64>>, stats::pca::Pca), stats::Error> {
    let (items, cols) = columns(ins, rs, index);
    let result = stats::pca::first_component(&vars(&items, &cols))?;
    let mut scores = result.scores.iter().copied();
    let complete = (0..rs.len()).map(|i| cols.iter().all(|c| c[i].is_some()));
    let per_row = complete.map(|ok| if ok { scores.next() } else { None }).collect();
    Ok((per_row, result))
}

/// Means by school of several per-respondent variables, over the respondents who have all of
/// them (listwise): (school codes, one column per variable).
pub fn school_means(rs: &[&Respondent], values: &[Vec<Option<f64>>]) -> (Vec<String>, Vec<Vec<Option<f64>>>) {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in rs.iter().enumerate() {
        groups.entry(r.school.as_str()).or_default().push(i);
    }
    let schools = groups.keys().map(|s| (*s).to_owned()).collect();
    let means = values
        .iter()
        .map(|v| {
            groups
                .values()
                .map(|rows| {
                    let complete = rows.iter().filter(|&&i| values.iter().all(|w| w[i].is_some()));
                    let xs: Vec<f64> = complete.filter_map(|&i| v[i]).collect();
                    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
                })
                .collect()
        })
        .collect();
    (schools, means)
}
