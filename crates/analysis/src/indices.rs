//! From answers to numbers: item scores (reverse-coded as the instrument says), simple-average
//! indices, PCA indices and school means.
//!
//! Equal values are equal: a simple average and a school mean are rounded to 9 decimals
//! (`round(x · 10⁹) / 10⁹`) as they are made, so two schools whose means are the same fraction
//! hold the same number whatever order their teachers were summed in, and a rank test sees them
//! tied, as exact arithmetic would. Why that holds for the report's school means: they average
//! indices of 1, 2 or 10 whole-number items, so a teacher's average is a number of tenths, which
//! the rounding leaves as it is, and a school's mean is an exact fraction k/(10·m) for m
//! teachers. Two such fractions that differ, differ by far more than 10⁻⁹, and none lies within
//! float noise of a rounding edge (it is at least 1/(2·10⁹·10m) from one), so the rounding merges
//! nothing that differs and splits nothing that is equal. (An index of 3 items would not keep
//! this: a third rounded to 9 decimals, averaged, can land on an edge.) PCA scores are left as
//! computed.

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

/// `x` rounded to 9 decimals, the one rounding every average and school mean gets.
pub fn nine(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

/// The simple average of an index's items; missing when any item is (listwise within the index).
pub fn average(ins: &Instrument, r: &Respondent, index: &str) -> Option<f64> {
    let items = names(ins, index);
    let scores: Option<Vec<f64>> = items.iter().map(|n| item(ins, r, n)).collect();
    scores.filter(|s| !s.is_empty()).map(|s| nine(s.iter().sum::<f64>() / s.len() as f64))
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
                    (!xs.is_empty()).then(|| nine(xs.iter().sum::<f64>() / xs.len() as f64))
                })
                .collect()
        })
        .collect();
    (schools, means)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(school: &str, teacher: &str) -> Respondent {
        Respondent {
            teacher: teacher.into(),
            school: school.into(),
            unit_path: "/RW/".into(),
            programme: "BLF".into(),
            model: "school-based".into(),
            arm: None,
            wave: None,
            wave_starts: None,
            held_on: chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
            answers: BTreeMap::new(),
        }
    }

    #[test]
    fn two_schools_with_the_same_mean_hold_the_same_number_whatever_the_order_of_their_teachers() {
        // In floats 0.1 + 0.2 + 0.3 = 0.6000000000000001 but 0.3 + 0.2 + 0.1 = 0.6, so the two
        // schools' means, both 0.2 exactly, would differ in the last bit and a rank test would
        // break their tie by that noise.
        assert_ne!((0.1 + 0.2 + 0.3) / 3.0, (0.3 + 0.2 + 0.1) / 3.0);
        let rs = [at("A", "a1"), at("A", "a2"), at("A", "a3"), at("B", "b1"), at("B", "b2"), at("B", "b3")];
        let refs: Vec<&Respondent> = rs.iter().collect();
        let values = vec![Some(0.1), Some(0.2), Some(0.3), Some(0.3), Some(0.2), Some(0.1)];
        let (schools, means) = school_means(&refs, &[values]);
        assert_eq!(schools, ["A", "B"]);
        assert_eq!(means[0], [Some(0.2), Some(0.2)]);
        assert_eq!(means[0][0].map(f64::to_bits), means[0][1].map(f64::to_bits));
    }

    #[test]
    fn rounding_to_nine_decimals_keeps_what_differs_apart() {
        // Means of whole scores over n answers are multiples of 1/n: for n = 700, neighbours
        // 1/700 apart stay apart, and 2/3 keeps its first nine decimals.
        assert_ne!(nine(1.0 / 700.0), nine(2.0 / 700.0));
        assert_eq!(nine(2.0 / 3.0), 0.666_666_667);
        assert_eq!(nine(3.5), 3.5);
    }
}
