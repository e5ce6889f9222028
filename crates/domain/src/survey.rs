//! Survey instruments (the CoP Survey Tool, TSES, KAP) and the answers teachers give in a
//! survey round. An instrument is read from its XLSForm (see `formats::instrument`); here are the
//! rules an answer must meet and how an ordinal answer becomes a score.

use std::collections::BTreeMap;

use crate::{Why, why};

/// When in a study a round is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoundKind {
    Baseline,
    Midline,
    Endline,
}
crate::place::slug_enum!(RoundKind, Baseline = "baseline", Midline = "midline", Endline = "endline");

/// What kind of answer an item takes (the XLSForm `type` column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemType {
    /// One of the named choice list's names.
    SelectOne(String),
    /// Any of the choice list's names, separated by spaces (as ODK and Kobo export them).
    SelectMultiple(String),
    Integer,
    Decimal,
    Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    /// In the form's default language (English).
    pub label: String,
    /// In other languages, by code (`fr`): the XLSForm's `label::Français (fr)` columns.
    pub labels: BTreeMap<String, String>,
    pub kind: ItemType,
    /// Functional area or subscale (the `pamoja_area` column).
    pub area: String,
    /// The index the item feeds (`pamoja_index`), e.g. "facilitation".
    pub index: String,
    /// Scored as (min + max) − value.
    pub reverse: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub name: String,
    pub label: String,
    pub labels: BTreeMap<String, String>,
}

/// A label in the language `code`, or the default one where the form has no translation.
pub fn label_in<'a>(label: &'a str, labels: &'a BTreeMap<String, String>, code: &str) -> &'a str {
    labels.get(code).map_or(label, String::as_str)
}

impl Item {
    /// The question as the form asks it in the language `code` (`en`, `fr`, `sw`, `rw`).
    pub fn label_in(&self, code: &str) -> &str {
        label_in(&self.label, &self.labels, code)
    }
}

impl Choice {
    /// The option as the form shows it in the language `code`.
    pub fn label_in(&self, code: &str) -> &str {
        label_in(&self.label, &self.labels, code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrument {
    /// The folder name, e.g. "cop-survey".
    pub code: String,
    pub title: String,
    pub form_id: String,
    pub version: String,
    pub items: Vec<Item>,
    pub choices: BTreeMap<String, Vec<Choice>>,
}

impl Instrument {
    pub fn item(&self, name: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.name == name)
    }

    /// The items that feed `index`, in form order.
    pub fn index_items(&self, index: &str) -> Vec<&Item> {
        self.items.iter().filter(|i| i.index == index).collect()
    }

    /// Checks one raw answer and returns it as stored (trimmed; select_multiple names sorted
    /// and deduplicated). Empty means not answered and is always accepted.
    pub fn check(&self, item: &Item, raw: &str) -> Result<String, Why> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(String::new());
        }
        let names =
            |list: &str| -> Vec<&str> { self.choices.get(list).map(|c| c.iter().map(|c| c.name.as_str()).collect()).unwrap_or_default() };
        match &item.kind {
            ItemType::SelectOne(list) => {
                let allowed = names(list);
                if allowed.contains(&raw) {
                    Ok(raw.to_owned())
                } else {
                    Err(why("why-not-one-of").arg("value", format!("'{raw}'")).arg("allowed", allowed.join(", ")))
                }
            }
            ItemType::SelectMultiple(list) => {
                let allowed = names(list);
                let mut picked: Vec<&str> = raw.split_whitespace().collect();
                if let Some(bad) = picked.iter().find(|p| !allowed.contains(p)) {
                    return Err(why("why-not-one-of").arg("value", format!("'{bad}'")).arg("allowed", allowed.join(", ")));
                }
                picked.sort_unstable();
                picked.dedup();
                Ok(picked.join(" "))
            }
            ItemType::Integer => {
                raw.parse::<i64>().map(|v| v.to_string()).map_err(|_| why("why-not-whole").arg("value", format!("'{raw}'")))
            }
            ItemType::Decimal => match raw.parse::<f64>() {
                Ok(v) if v.is_finite() => Ok(raw.to_owned()),
                _ => Err(why("why-not-a-number").arg("value", format!("'{raw}'"))),
            },
            ItemType::Text => Ok(raw.to_owned()),
        }
    }

    /// An answer as a number: an ordinal choice's name (reverse-coded items flipped over the
    /// list's range), or an integer or decimal. `None` for anything else or an empty answer.
    pub fn score(&self, item: &Item, value: &str) -> Option<f64> {
        let v: f64 = value.trim().parse().ok()?;
        match &item.kind {
            ItemType::SelectOne(list) if item.reverse => {
                let scale: Vec<f64> = self.choices.get(list)?.iter().filter_map(|c| c.name.parse().ok()).collect();
                let (lo, hi) = scale.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| (a.min(x), b.max(x)));
                Some(lo + hi - v)
            }
            ItemType::SelectOne(_) | ItemType::Integer | ItemType::Decimal => Some(v),
            _ => None,
        }
    }
}

/// A teacher who answered in a round: where they teach, their school's place in the
/// programme, and every answer they gave, keyed by (instrument, item).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Respondent {
    pub teacher: String,
    pub school: String,
    /// The school's unit path (its country is the first step).
    pub unit_path: String,
    pub programme: String,
    /// "school-based" or "cluster-based".
    pub model: String,
    /// "treatment" or "control"; None when the school is not in the programme's rollout.
    pub arm: Option<String>,
    pub wave: Option<i64>,
    /// The day the school's wave started, if it has one.
    pub wave_starts: Option<chrono::NaiveDate>,
    /// The day the round was held.
    pub held_on: chrono::NaiveDate,
    pub answers: BTreeMap<String, BTreeMap<String, String>>,
}

impl Respondent {
    /// The raw answer to an item of an instrument, if given.
    pub fn answer(&self, instrument: &str, item: &str) -> Option<&str> {
        self.answers.get(instrument)?.get(item).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instrument() -> Instrument {
        let agree = (1..=5).map(|i| Choice { name: i.to_string(), label: i.to_string(), labels: BTreeMap::new() }).collect();
        let roles =
            ["ht", "ssl", "coach"].iter().map(|n| Choice { name: (*n).into(), label: (*n).into(), labels: BTreeMap::new() }).collect();
        let item = |name: &str, kind: ItemType, reverse: bool| Item {
            name: name.into(),
            label: name.into(),
            labels: BTreeMap::new(),
            kind,
            area: "culture".into(),
            index: String::new(),
            reverse,
        };
        Instrument {
            code: "t".into(),
            title: "t".into(),
            form_id: "t".into(),
            version: "1".into(),
            items: vec![
                item("trust", ItemType::SelectOne("agree5".into()), false),
                item("feel_isolated", ItemType::SelectOne("agree5".into()), true),
                item("facilitators", ItemType::SelectMultiple("roles".into()), false),
            ],
            choices: BTreeMap::from([("agree5".to_owned(), agree), ("roles".to_owned(), roles)]),
        }
    }

    #[test]
    fn a_reverse_coded_item_scores_from_the_other_end() {
        let i = instrument();
        assert_eq!(i.score(&i.items[1], "1"), Some(5.0));
        assert_eq!(i.score(&i.items[0], "1"), Some(1.0));
    }

    #[test]
    fn answers_outside_the_choice_list_are_refused() {
        let i = instrument();
        assert_eq!(i.check(&i.items[0], "6").unwrap_err().english(), "'6' is not one of: 1, 2, 3, 4, 5");
        assert_eq!(i.check(&i.items[2], "ssl ht ssl").unwrap(), "ht ssl");
        assert_eq!(i.check(&i.items[2], "ssl dean").unwrap_err().english(), "'dean' is not one of: ht, ssl, coach");
    }
}
