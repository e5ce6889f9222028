//! The Teachers Learning Together analyses (seed 000, Tables 3–10; seed 001's closure tests;
//! the endline impact designs), from survey respondents to a [`Report`] of tables. Each table
//! states its n, its test, its method and its missing-data rule.
//!
//! This crate composes `domain` (instruments, scoring) and `stats` (the tests); it reads no
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

/// Why a figure could not be computed, in the report's language.
pub(crate) fn not_computed(t: Tr, e: &stats::Error) -> String {
    match e {
        stats::Error::TooFew { need, have, .. } => say(t, "tlt-too-few", &[("need", &need.to_string()), ("have", &have.to_string())]),
        stats::Error::Constant { column, value, .. } => say(t, "tlt-constant", &[("column", column), ("value", &value.to_string())]),
        other => say(t, "tlt-undefined", &[("detail", &other.to_string())]),
    }
}
