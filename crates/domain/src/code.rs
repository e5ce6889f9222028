//! Official codes: of units, schools, clusters, people and programmes.

use serde::{Deserialize, Serialize};

/// A code as ministries write them: 1 to 40 characters of letters, digits, `-`, `_`, `.`
/// or `/`, with no spaces. Case is kept; uniqueness is case-sensitive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Code(String);

use crate::{Why, why};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    TooLong(usize),
    BadCharacter(char),
}

impl From<CodeError> for Why {
    fn from(error: CodeError) -> Why {
        match error {
            CodeError::Empty => why("why-empty"),
            CodeError::TooLong(length) => why("why-too-long").num("length", length).num("max", 40),
            CodeError::BadCharacter(c) => why("why-code-character").arg("character", format!("{c:?}")),
        }
    }
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Why::from(self.clone()).fmt(f)
    }
}

impl std::error::Error for CodeError {}

impl Code {
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let code = raw.trim();
        if code.is_empty() {
            return Err(CodeError::Empty);
        }
        let length = code.chars().count();
        if length > 40 {
            return Err(CodeError::TooLong(length));
        }
        if let Some(bad) = code.chars().find(|c| !(c.is_ascii_alphanumeric() || "-_./".contains(*c))) {
            return Err(CodeError::BadCharacter(bad));
        }
        Ok(Self(code.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Code {
    type Error = CodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Code> for String {
    fn from(code: Code) -> Self {
        code.0
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_code_with_dashes_and_digits_is_accepted_and_trimmed() {
        assert_eq!(Code::parse(" RW-GAS-014 ").unwrap().as_str(), "RW-GAS-014");
    }

    #[test]
    fn a_code_with_a_space_names_the_character() {
        assert_eq!(Code::parse("S 14"), Err(CodeError::BadCharacter(' ')));
        assert_eq!(Code::parse("S 14").unwrap_err().to_string(), "contains ' '; use letters, digits, '-', '_', '.' or '/'");
    }

    #[test]
    fn empty_and_overlong_codes_are_rejected() {
        assert_eq!(Code::parse("  "), Err(CodeError::Empty));
        assert_eq!(Code::parse(&"A".repeat(41)), Err(CodeError::TooLong(41)));
    }
}
