//! The Teachers Learning Together analyses (seed 000, Tables 3–10; seed 001's closure tests;
//! the endline impact designs), from survey respondents to a [`Report`] of tables. Each table
//! states its n, its test, its method and its missing-data rule.
//!
//! This crate composes `domain` (instruments, scoring) and `stats` (the tests), with `words`
//! for its sentences; it reads no
//! database and writes no file. `render` turns a report into Markdown, HTML or JSON. Every
//! sentence and heading is a `tlt-…` message of `words`, said in the language the report is
//! built in (English for the command line and the API, the reader's on the study page).

mod cell;
mod endline;
mod indices;
mod profile;
pub mod render;
mod study;

pub use cell::Cell;
pub use study::{Input, Instruments, tlt};

use serde::Serialize;
use words::{FluentValue, Tr};

/// A whole report: its title, what it covers, and its sections in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub title: String,
    /// Which round, programmes and places it covers.
    pub covers: String,
    pub sections: Vec<Section>,
}

/// One table with what a statistician needs to read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Short and stable, e.g. "table-6"; also the XLSX sheet name.
    pub id: String,
    pub title: String,
    /// The test, e.g. "Spearman's rank correlation, two-sided".
    pub test: String,
    /// How the figures were built (indices, aggregation, cut points).
    pub method: String,
    /// The missing-data rule and what it left out.
    pub missing: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub notes: Vec<String>,
}

/// The label the seeds use for each delivery model's CoPs.
pub fn model_label(t: Tr, model: &str) -> String {
    t.s(if model == "cluster-based" { "tlt-model-cluster" } else { "tlt-model-school" })
}

/// A message with text arguments, each shown as it is.
pub(crate) fn say(t: Tr, key: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, FluentValue)> = args.iter().map(|(name, value)| (*name, FluentValue::from((*value).to_owned()))).collect();
    t.a(key, &args)
}

/// What a statistics error says it was computing ("a correlation"), in the report's language:
/// the message `tlt-what-{its words, dashed}`, or its own English where the catalogue has none.
fn statistic(t: Tr, what: &str) -> String {
    let mut key = String::from("tlt-what");
    for word in what.to_lowercase().split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        key.push('-');
        key.push_str(word);
    }
    if t.has(&key) { t.s(&key) } else { what.to_owned() }
}

/// Why a figure could not be computed, in the report's language; in English, word for word
/// what `stats` says.
pub(crate) fn not_computed(t: Tr, e: &stats::Error) -> String {
    match e {
        stats::Error::TooFew { what, need, have } => {
            say(t, "tlt-too-few", &[("what", &statistic(t, what)), ("need", &need.to_string()), ("have", &have.to_string())])
        }
        stats::Error::Constant { column, value, what } => {
            say(t, "tlt-constant", &[("column", column), ("value", &value.to_string()), ("what", &statistic(t, what))])
        }
        stats::Error::Undefined { what, why } => say(t, "tlt-undefined", &[("what", &statistic(t, what)), ("detail", why)]),
        other => say(t, "tlt-failed", &[("detail", &other.to_string())]),
    }
}
