use thiserror::Error;

/// Why a statistic could not be computed. Each variant names the column it is about, so a
/// researcher can find the cell to fix.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum Error {
    #[error("too few rows: {what} needs at least {need} complete rows, and {have} remain after dropping missing values")]
    TooFew { what: &'static str, need: usize, have: usize },
    #[error("column '{column}' is constant (every value is {value}), so {what} is not defined")]
    Constant { column: String, value: f64, what: &'static str },
    #[error("column '{column}' has {len} values but '{other}' has {other_len}: columns must be the same length")]
    Length { column: String, len: usize, other: String, other_len: usize },
    #[error("column '{column}', row {row}: {value} is not a finite number")]
    NotFinite { column: String, row: usize, value: f64 },
    #[error("{what}: {why}")]
    Undefined { what: &'static str, why: String },
}
