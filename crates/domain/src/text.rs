//! Text as people type it: a name, a line, a paragraph. Every text a request carries has a
//! maximum length (DESIGN.md §3: "every text has a length limit"), and none may hide what it
//! says: NUL and other control characters, and the bidirectional overrides and isolates that
//! make "EP Kigali" display as something else in a list, a CSV or a page, are refused.

/// A name (a school, a person, a CoP, a programme): one line.
pub const NAME: usize = 200;
/// A short line: a venue, an emerging challenge on the agenda, an action point.
pub const LINE: usize = 500;
/// A paragraph: a follow-up visit's note.
pub const NOTE: usize = 2_000;
/// A meeting's summary.
pub const SUMMARY: usize = 5_000;

use crate::{Why, why};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    Empty,
    /// (length, maximum)
    TooLong(usize, usize),
    Control(u32),
    Direction(u32),
}

impl From<TextError> for Why {
    fn from(error: TextError) -> Why {
        match error {
            TextError::Empty => why("why-empty"),
            TextError::TooLong(length, max) => why("why-too-long").num("length", length).num("max", max),
            TextError::Control(c) => why("why-control-character").arg("character", format!("U+{c:04X}")),
            TextError::Direction(c) => why("why-direction-character").arg("character", format!("U+{c:04X}")),
        }
    }
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Why::from(self.clone()).fmt(f)
    }
}

impl std::error::Error for TextError {}

/// Characters that reorder how the text around them is displayed (Unicode's explicit
/// embeddings, overrides and isolates: "Trojan Source", CVE-2021-42574).
fn reorders(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn check(text: &str, max: usize, line_breaks: bool) -> Result<(), TextError> {
    let length = text.chars().count();
    if length > max {
        return Err(TextError::TooLong(length, max));
    }
    for c in text.chars() {
        if c.is_control() && !(line_breaks && matches!(c, '\n' | '\r' | '\t')) {
            return Err(TextError::Control(c as u32));
        }
        if reorders(c) {
            return Err(TextError::Direction(c as u32));
        }
    }
    Ok(())
}

/// One line of at most `max` characters, trimmed; not empty.
pub fn line(raw: &str, max: usize) -> Result<String, TextError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(TextError::Empty);
    }
    check(text, max, false)?;
    Ok(text.to_owned())
}

/// Free text of at most `max` characters, trimmed, line breaks kept; `None` when blank.
pub fn prose(raw: &str, max: usize) -> Result<Option<String>, TextError> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    check(text, max, true)?;
    Ok(Some(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_refuses_nul_controls_and_direction_overrides() {
        assert_eq!(line("  EP Kigali ", NAME), Ok("EP Kigali".into()));
        assert_eq!(line("EP\u{0}Kigali", NAME), Err(TextError::Control(0)));
        assert_eq!(line("EP\nKigali", NAME), Err(TextError::Control(10)));
        // "EP ilagiK" shown right to left: a name that reads as another.
        assert_eq!(line("EP \u{202E}Kigali", NAME), Err(TextError::Direction(0x202E)));
        assert_eq!(line("EP \u{2067}Kigali\u{2069}", NAME), Err(TextError::Direction(0x2067)));
        assert_eq!(line(" ", NAME), Err(TextError::Empty));
        assert_eq!(line(&"é".repeat(201), NAME), Err(TextError::TooLong(201, 200)));
        // Kinyarwanda's and French's letters are letters.
        assert_eq!(line("Ishuri ribanza rya Nyarugenge – École", NAME), Ok("Ishuri ribanza rya Nyarugenge – École".into()));
    }

    #[test]
    fn prose_keeps_line_breaks_and_refuses_the_rest() {
        assert_eq!(prose("Two points:\n- reading\n- maths\t(P4)", SUMMARY), Ok(Some("Two points:\n- reading\n- maths\t(P4)".into())));
        assert_eq!(prose("   ", SUMMARY), Ok(None));
        assert_eq!(prose(&"a".repeat(50_000), SUMMARY), Err(TextError::TooLong(50_000, 5_000)));
        assert_eq!(prose("bell\u{7}", NOTE), Err(TextError::Control(7)));
        assert_eq!(prose("\u{202D}x", NOTE), Err(TextError::Direction(0x202D)));
    }
}
