//! The Teachers Learning Together analyses (seed 000, Tables 3–10; seed 001's closure tests;
//! the endline impact designs), from survey respondents to a [`Report`] of tables. Each table
//! states its n, its test, its method and its missing-data rule.
//!
//! This crate composes `domain` (instruments, scoring) and `stats` (the tests); it reads no
//! database and writes no file. `render` turns a report into Markdown, HTML or JSON.

mod cell;
mod endline;
mod indices;
mod profile;
pub mod render;
mod study;

pub use cell::Cell;
pub use study::{Input, Instruments, tlt};

use serde::Serialize;

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
pub fn model_label(model: &str) -> &'static str {
    if model == "cluster-based" { "Cluster-based CoPs (Kenya)" } else { "School-based CoPs (Rwanda)" }
}
