//! Statistics for Pamoja: the tests of the Teachers Learning Together study, matched to scipy,
//! statsmodels, scikit-learn and pingouin on committed fixtures (`tests/fixtures`, made by
//! `scripts/stats-fixtures.py`).
//!
//! This crate knows nothing of teachers or schools: it takes named columns of numbers or labels
//! and returns figures, or an [`Error`] that names the column and says why. It never returns a NaN:
//! where scipy would answer NaN (a constant column, too few rows), it refuses instead.
//!
//! Missing values are `None`. Every test drops incomplete rows listwise and says so in its
//! [`Missing`] note; nothing is imputed.

pub mod alpha;
pub mod chi2;
pub mod corr;
pub mod did;
pub mod dist;
mod error;
pub mod mwu;
pub mod ols;
pub mod pca;
pub mod quantile;
pub mod rank;
mod var;

pub use error::Error;
pub use var::{Complete, Labels, Missing, Var, listwise};
