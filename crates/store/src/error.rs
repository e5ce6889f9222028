//! The store's one error type. Database facts become domain errors here, at the edge:
//! a unique violation on `schools.code` becomes "code: S-014 already exists".

use domain::{FieldErrors, Why};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Nothing with this key exists.
    #[error("no {what} {key}")]
    NotFound { what: &'static str, key: String },
    /// It exists, but lies outside what the caller's posts cover (or they may only read it).
    #[error("{what} {key} is outside your scope")]
    OutOfScope { what: &'static str, key: String },
    /// The record is already there (a meeting sent twice): `id` is the one kept, so a client
    /// that lost the first answer knows its write is safe.
    #[error("{why}")]
    Duplicate { why: Why, id: uuid::Uuid },
    /// A rule of who may do what forbids it (granting a role): the reason says which rule.
    #[error("{0}")]
    Refused(Why),
    /// The record is invalid; each field says why.
    #[error("{0}")]
    Invalid(FieldErrors),
    /// Some rows of a batch are invalid: (index in the batch, what is wrong). Nothing was written.
    #[error("{} rows are invalid", .0.len())]
    Rows(Vec<(usize, FieldErrors)>),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A write shared with other requests failed (see `life::group`).
    #[error("{0}")]
    Failed(String),
}

impl Error {
    pub fn not_found(what: &'static str, key: impl std::fmt::Display) -> Self {
        Error::NotFound { what, key: key.to_string() }
    }
    pub fn out_of_scope(what: &'static str, key: impl std::fmt::Display) -> Self {
        Error::OutOfScope { what, key: key.to_string() }
    }
    pub fn invalid(field: &str, why: impl Into<Why>) -> Self {
        Error::Invalid(FieldErrors::single(field, why))
    }
}

impl From<FieldErrors> for Error {
    fn from(errors: FieldErrors) -> Self {
        Error::Invalid(errors)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
