//! What the pages' forms share: the posted fields (a name may repeat, as ticked boxes do),
//! the CSRF check, choices for selects and boxes, and problems shown beside their fields.

use std::collections::HashMap;

use domain::FieldErrors;

use super::Viewer;
use crate::i18n::Tr;

/// A posted form, as `application/x-www-form-urlencoded` pairs in order.
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// The first value of `name`, trimmed; empty when absent.
    pub fn one(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
    }

    /// Every non-empty value of `name` (ticked boxes, a multiple select).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, v)| k == name && !v.trim().is_empty()).map(|(_, v)| v.trim().to_owned()).collect()
    }

    /// Every value of `name`, empty ones kept, in order: fields repeated by row (an action point's
    /// description, owner and due date) stay in step.
    pub fn each(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).collect()
    }

    /// `Some(text)` for a non-empty field.
    pub fn text(&self, name: &str) -> Option<String> {
        Some(self.one(name)).filter(|v| !v.is_empty())
    }

    /// Whether the form sent back the viewer's CSRF token.
    pub fn sent_by(&self, viewer: &Viewer) -> bool {
        viewer.sent_back(&self.one("csrf"))
    }
}

/// How a record's page is asked for: `?saved=1` on the page a form sends the browser to after
/// saving (the page then says so), `?print=1` for its print view.
#[derive(serde::Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    print: Option<String>,
    #[serde(default)]
    corrected: Option<String>,
}

impl Saved {
    pub fn shown(&self) -> bool {
        self.saved.is_some()
    }

    /// What was saved, where a page tells several apart (`?saved=people`).
    pub fn what(&self) -> Option<&str> {
        self.saved.as_deref()
    }

    pub fn printing(&self) -> bool {
        self.print.is_some()
    }

    /// After a meeting's correction was saved.
    pub fn corrected(&self) -> bool {
        self.corrected.is_some()
    }
}

/// The field problems of a one-record write the store refused (`Invalid`, or a batch of one's
/// `Rows`), to show beside the form's fields; any other error as it is.
pub fn field_problems(e: store::Error) -> Result<FieldErrors, store::Error> {
    match e {
        store::Error::Invalid(errors) => Ok(errors),
        store::Error::Rows(rows) => Ok(FieldErrors(rows.into_iter().flat_map(|(_, e)| e.0).collect())),
        other => Err(other),
    }
}

/// One option of a select, or one box of a group.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub on: bool,
}

impl Choice {
    pub fn list(options: impl IntoIterator<Item = (String, String)>, chosen: &[String]) -> Vec<Choice> {
        options.into_iter().map(|(value, label)| Choice { on: chosen.contains(&value), value, label }).collect()
    }
}

/// Problems by form field: `attendance[3].status` is shown at `attendance`. An empty map is a
/// form without problems.
#[derive(Default)]
pub struct Problems(HashMap<String, Vec<String>>);

impl Problems {
    /// Each problem said in the reader's language.
    pub fn from(t: Tr, errors: &FieldErrors) -> Self {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for e in &errors.0 {
            let field = e.field.split(['[', '.']).next().unwrap_or("").to_owned();
            map.entry(field).or_default().push(e.why.say(t));
        }
        Problems(map)
    }

    /// Every problem in one line, for a form that shows them together.
    pub fn all(t: Tr, errors: &FieldErrors) -> String {
        errors.0.iter().map(|e| e.why.say(t)).collect::<Vec<_>>().join("; ")
    }

    /// What is wrong with `field`, in one line; empty when nothing is.
    pub fn at(&self, field: &str) -> String {
        self.0.get(field).map(|m| m.join("; ")).unwrap_or_default()
    }

    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }

    /// Problems with fields other than `shown` (the form's), as `field: message`.
    pub fn except(&self, shown: &[String]) -> Vec<String> {
        let mut other: Vec<String> =
            self.0.iter().filter(|(f, _)| !shown.contains(f)).flat_map(|(f, ms)| ms.iter().map(move |m| format!("{f}: {m}"))).collect();
        other.sort();
        other
    }

    /// The messages with people's codes replaced by their names, as the form shows them.
    pub fn naming(mut self, people: &[(String, String)]) -> Self {
        for messages in self.0.values_mut() {
            for m in messages.iter_mut() {
                for (code, name) in people {
                    *m = replace_word(m, code, name);
                }
            }
        }
        self
    }
}

/// Replaces `word` where it stands whole (not inside a longer code such as `T-12` in `T-123`).
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let part_of_code = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let (before, after) = (&rest[..at], &rest[at + word.len()..]);
        let whole = !before.ends_with(part_of_code) && !after.starts_with(part_of_code);
        out.push_str(before);
        out.push_str(if whole { with } else { word });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::i18n::Lang;
    use domain::why;

    #[test]
    fn problems_gather_under_the_form_field_in_the_reader_s_language() {
        let mut errors = FieldErrors::new();
        errors.add("attendance[3].person", why("why-not-member").arg("person", "P-9"));
        errors.add("attendance[5].status", why("why-not-one-of").arg("value", "\"late\"").arg("allowed", "present, absent, excused"));
        errors.add("held_on", why("why-no-terms").arg("day", "2026-08-01"));
        let p = Problems::from(Tr(Lang::En), &errors);
        assert_eq!(p.at("attendance"), "P-9 is not a member; \"late\" is not one of: present, absent, excused");
        assert!(p.at("held_on").starts_with("2026-08-01 is not in a term"), "{}", p.at("held_on"));
        assert_eq!(p.at("modality"), "");
        assert!(p.any());
        let fr = Problems::from(Tr(Lang::Fr), &errors);
        assert!(fr.at("attendance").starts_with("P-9 n'est pas membre"), "{}", fr.at("attendance"));
        assert_eq!(errors.0[0].message, "P-9 is not a member", "the API's message stays English");
    }

    #[test]
    fn problems_name_people_rather_than_their_codes() {
        let mut errors = FieldErrors::new();
        errors.add("facilitator", why("why-not-present").arg("person", "T-12"));
        errors.add("roles[0].person", why("why-not-present").arg("person", "T-123"));
        let p = Problems::from(Tr(Lang::En), &errors).naming(&[("T-12".into(), "Sandrine Ingabire".into())]);
        assert_eq!(p.at("facilitator"), "Sandrine Ingabire is not listed as present");
        assert_eq!(p.at("roles"), "T-123 is not listed as present", "a longer code is left alone");
    }

    #[test]
    fn a_refused_write_s_problems_come_back_by_field_and_other_errors_pass_through() {
        let row = FieldErrors::single("name", why("why-empty"));
        let problems = field_problems(store::Error::Rows(vec![(0, row)])).expect("a batch of one's problems");
        assert_eq!(Problems::from(Tr(Lang::Sw), &problems).at("name"), "haina kitu");
        assert!(matches!(field_problems(store::Error::Failed("disk".into())), Err(store::Error::Failed(_))));
    }

    #[test]
    fn repeated_fields_are_all_kept() {
        let f = Fields(vec![("present".into(), "T-1".into()), ("present".into(), " T-2 ".into()), ("present".into(), "".into())]);
        assert_eq!(f.all("present"), ["T-1", "T-2"]);
        assert_eq!(f.one("missing"), "");
    }
}
