//! A reason given by any crate, said in any language: the name of a `why-…` message in the
//! catalogues and its arguments. `why("why-code-taken").arg("code", "S-014")` is
//! "S-014 already exists" in English and "S-014 existe déjà" in French.

use fluent_bundle::FluentValue;

use crate::Tr;

/// One argument: text as it is, a number (which also chooses a plural form), a word of the
/// vocabulary (`post` `head-teacher`) or another reason, said in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
    Word(&'static str, String),
    Why(Box<Why>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    key: &'static str,
    args: Vec<(&'static str, Value)>,
}

/// A reason without arguments yet; add them with [`Why::arg`] and [`Why::num`].
pub fn why(key: &'static str) -> Why {
    Why { key, args: Vec::new() }
}

impl Why {
    /// A text argument (a code, a date, a name), shown as it is.
    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, Value::Text(value.to_string())));
        self
    }

    /// A number argument, written as the language writes numbers and choosing plural forms.
    pub fn num(mut self, name: &'static str, value: impl TryInto<i64>) -> Self {
        self.args.push((name, Value::Number(value.try_into().unwrap_or(i64::MAX))));
        self
    }

    /// A word of the vocabulary: `kind` and `slug` name the message `{kind}-{slug}`.
    pub fn word(mut self, name: &'static str, kind: &'static str, slug: &str) -> Self {
        self.args.push((name, Value::Word(kind, slug.to_owned())));
        self
    }

    /// Another reason as an argument, said in the same language: "fac_1: '7' is not one of: 1, 2, 3, 4, 5".
    pub fn because(mut self, name: &'static str, reason: Why) -> Self {
        self.args.push((name, Value::Why(Box::new(reason))));
        self
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The reason in the translator's language.
    pub fn say(&self, t: Tr) -> String {
        let args: Vec<(&str, FluentValue)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Value::Text(text) => FluentValue::from(text.clone()),
                    Value::Number(n) => FluentValue::from(*n),
                    Value::Word(kind, slug) => FluentValue::from(t.word(kind, slug)),
                    Value::Why(reason) => FluentValue::from(reason.say(t)),
                };
                (*name, value)
            })
            .collect();
        t.a(self.key, &args)
    }

    /// The reason in English: what the API, the command line and the logs show.
    pub fn english(&self) -> String {
        self.say(Tr::default())
    }
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

impl std::error::Error for Why {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn a_reason_is_said_in_each_language_with_its_arguments() {
        let taken = why("why-code-taken").arg("code", "S-014");
        assert_eq!(taken.english(), "S-014 already exists");
        assert_eq!(taken.say(Tr(Lang::Fr)), "S-014 existe déjà");
        assert_eq!(taken.to_string(), "S-014 already exists");
        let post = why("why-account-post").word("role", "post", "head-teacher");
        assert!(post.say(Tr(Lang::Fr)).contains("Directeur d'école"), "{}", post.say(Tr(Lang::Fr)));
    }
}
