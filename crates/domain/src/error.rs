//! Validation errors that name the field and say why, so a form or an import can point at
//! exactly what to fix. The reason is a [`Why`]: its English is the `message` the API and the
//! command line show; a page says it in the reader's language.

use serde::Serialize;
pub use words::{Why, why};

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    /// Why, in English.
    pub message: String,
    #[serde(skip)]
    pub why: Why,
}

/// Every problem found in one record. Empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &str, why: impl Into<Why>) -> Self {
        let mut errors = Self::new();
        errors.add(field, why);
        errors
    }

    pub fn add(&mut self, field: &str, why: impl Into<Why>) {
        let why = why.into();
        self.0.push(FieldError { field: field.to_owned(), message: why.english(), why });
    }

    /// Keeps the value when it parsed, records the error under `field` when it did not.
    pub fn take<T, E: Into<Why>>(&mut self, field: &str, value: Result<T, E>) -> Option<T> {
        match value {
            Ok(value) => Some(value),
            Err(error) => {
                self.add(field, error);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when no error was recorded.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() { Ok(value()) } else { Err(self) }
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for FieldErrors {}
