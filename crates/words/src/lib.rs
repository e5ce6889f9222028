//! Pamoja's words and how numbers and dates are written, per language.
//!
//! Every piece of text a person reads (a page, a refusal, the study's report) is a message in
//! `locales/LANG.ftl` (Fluent). The four catalogues hold the same messages (a test checks);
//! should one lack a message at run time, English stands in, message by message. Numbers and
//! dates are written as each language writes them (`1,234` / `1 234` / `1.234`).
//!
//! A crate that refuses something (a field that does not parse, a rule that forbids a write)
//! gives a [`Why`]: a message name and its arguments. Its English is what the API, the command
//! line and the logs show; a page says it in the reader's language.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

mod why;
pub use fluent_bundle::FluentValue;
pub use why::{Value, Why, why};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Rw,
    Fr,
    Sw,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Rw, Lang::Fr, Lang::Sw];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Rw => "rw",
            Lang::Fr => "fr",
            Lang::Sw => "sw",
        }
    }

    /// The language's own name, for the language menu.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Rw => "Ikinyarwanda",
            Lang::Fr => "Français",
            Lang::Sw => "Kiswahili",
        }
    }

    pub fn parse(raw: &str) -> Option<Lang> {
        let primary = raw.trim().split(['-', '_', ';']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The catalogue's Fluent source.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::Rw => include_str!("../locales/rw.ftl"),
            Lang::Fr => include_str!("../locales/fr.ftl"),
            Lang::Sw => include_str!("../locales/sw.ftl"),
        }
    }

    /// Digit grouping and the decimal mark, as CLDR gives them.
    fn marks(self) -> (&'static str, char) {
        match self {
            Lang::En | Lang::Sw => (",", '.'),
            Lang::Fr => ("\u{202f}", ','),
            Lang::Rw => (".", ','),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("the four codes are valid language identifiers");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks: the pages are left-to-right and the marks would be bytes on the wire.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(lang.source().to_owned())
        .unwrap_or_else(|(_, errors)| panic!("locales/{}.ftl does not parse: {errors:?}", lang.code()));
    bundle.add_resource(resource).unwrap_or_else(|errors| panic!("locales/{}.ftl repeats a message: {errors:?}", lang.code()));
    bundle
}

static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| Lang::ALL.into_iter().map(bundle).collect());

/// A page's translator: its language's messages, with English for any message not yet translated.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Lang);

impl Default for Tr {
    fn default() -> Self {
        Tr(Lang::En)
    }
}

impl Tr {
    pub fn lang(&self) -> &'static str {
        self.0.code()
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let index = Lang::ALL.iter().position(|l| *l == self.0).unwrap_or(0);
        for bundle in [&BUNDLES[index], &BUNDLES[0]] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                tracing::warn!(key, ?errors, "a message did not format");
            }
        }
        tracing::warn!(key, "no such message");
        key.to_owned()
    }

    /// Whether the catalogue has a message `key` (in this language or in English).
    pub fn has(&self, key: &str) -> bool {
        let index = Lang::ALL.iter().position(|l| *l == self.0).unwrap_or(0);
        [&BUNDLES[index], &BUNDLES[0]].iter().any(|b| b.has_message(key))
    }

    /// A message without arguments.
    pub fn s(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A message with named arguments (text, or numbers for plural forms).
    pub fn a<'a>(&self, key: &str, args: &[(&str, FluentValue<'a>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.format(key, Some(&fluent))
    }

    /// A message with one text argument.
    pub fn a1(&self, key: &str, name: &str, value: &str) -> String {
        self.a(key, &[(name, FluentValue::from(value.to_owned()))])
    }

    /// A message with a count: `n` chooses the plural form and is shown as this language writes it.
    pub fn n(&self, key: &str, n: usize) -> String {
        self.a(key, &[("n", FluentValue::from(n)), ("shown", FluentValue::from(self.num(n as u64)))])
    }

    /// How many members came of those expected at a meeting: "11 of 12".
    pub fn present_of(&self, present: i64, expected: i64) -> String {
        let n = |v: i64| FluentValue::from(self.num(v.max(0) as u64));
        self.a("present-of", &[("present", n(present)), ("expected", n(expected))])
    }

    /// A vocabulary word (`modality-in-person`), or the slug itself if it has no message yet.
    pub fn word(&self, kind: &str, slug: &str) -> String {
        self.s(&format!("{kind}-{slug}"))
    }

    /// A whole number with this language's digit grouping: 12,345 · 12 345 · 12.345.
    pub fn num(&self, n: u64) -> String {
        let (group, _) = self.0.marks();
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + 4);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(group);
            }
            out.push(c);
        }
        out
    }

    /// A number with one decimal (evenness, a mean), with this language's decimal mark.
    pub fn dec(&self, v: f64) -> String {
        let (_, mark) = self.0.marks();
        format!("{v:.1}").replace('.', &mark.to_string())
    }

    /// A share as a whole percentage, or a dash when there is nothing to divide.
    pub fn pct(&self, v: Option<f64>) -> String {
        v.map_or_else(|| "–".to_owned(), |v| self.a("percent", &[("value", FluentValue::from(self.num((100.0 * v).round() as u64)))]))
    }

    /// A date as this language writes it: "22 Nov 2026", "22 nov. 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        let month = self.s(&format!("month-{}", d.month()));
        self.a(
            "date",
            &[
                ("day", FluentValue::from(d.day().to_string())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(d.year().to_string())),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(Tr(Lang::En).num(1_234_567), "1,234,567");
        assert_eq!(Tr(Lang::Fr).num(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(Tr(Lang::Rw).num(12_345), "12.345");
        assert_eq!(Tr(Lang::En).num(999), "999");
        assert_eq!(Tr(Lang::Fr).dec(0.75), "0,8");
        assert_eq!(Tr(Lang::En).pct(Some(0.456)), "46%");
        assert_eq!(Tr(Lang::Fr).pct(Some(0.456)), "46\u{202f}%");
        assert_eq!(Tr(Lang::En).pct(None), "–");
        assert_eq!(Tr(Lang::Fr).present_of(1200, 1500), "1\u{202f}200 sur 1\u{202f}500", "French words, French digits");
    }

    #[test]
    fn dates_use_each_language_s_month_names() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(Tr(Lang::En).date(d), "22 Nov 2026");
        assert_eq!(Tr(Lang::Fr).date(d), "22 nov. 2026");
        assert_eq!(Tr(Lang::Sw).date(d), "22 Nov 2026");
    }

    #[test]
    fn plural_forms_follow_the_count() {
        assert_eq!(Tr(Lang::En).n("cop-members-count", 1), "1 member");
        assert_eq!(Tr(Lang::En).n("cop-members-count", 1200), "1,200 members");
        // Counts passed as numbers beside their written form: "1 line", never "1 lines".
        let rejected = |lang: Lang, n: usize| {
            let t = Tr(lang);
            t.a("import-rejected", &[("file", "a.csv".into()), ("lines", t.num(n as u64).into()), ("count", FluentValue::from(n))])
        };
        assert!(rejected(Lang::En, 1).contains("on 1 line."), "{}", rejected(Lang::En, 1));
        assert!(rejected(Lang::En, 2).contains("on 2 lines."), "{}", rejected(Lang::En, 2));
        assert!(rejected(Lang::Fr, 1).contains("concernent 1 ligne."), "{}", rejected(Lang::Fr, 1));
        assert!(rejected(Lang::Fr, 1200).contains("concernent 1\u{202f}200 lignes."), "{}", rejected(Lang::Fr, 1200));
    }

    /// The names of a catalogue's messages, from its source: a message starts a line with its
    /// name and " =".
    fn names(lang: Lang) -> Vec<&'static str> {
        lang.source()
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(name, _)| name))
            .filter(|n| {
                n.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            .collect()
    }

    /// Messages a language writes as English does, and why: names, acronyms the programmes
    /// use as they are, and words the language spells the same.
    const SAME_AS_ENGLISH: &[(Lang, &str)] = &[
        (Lang::Fr, "app-name"),          // a name
        (Lang::Fr, "col-cop"),           // the programmes' acronym
        (Lang::Fr, "modality-whatsapp"), // a name
        (Lang::Fr, "status-absent"),     // the same word in French
        (Lang::Fr, "col-code"),          // the same word in French
        (Lang::Fr, "pages"),             // the same word in French
        (Lang::Fr, "audit-field-cop"),   // the programmes' acronym
        (Lang::Sw, "audit-field-cop"),
        (Lang::Sw, "col-plc"), // the programmes' acronyms
        (Lang::Fr, "col-lll"),
        (Lang::Sw, "col-lll"),
        (Lang::Fr, "audit-field-code"),             // the same word in French
        (Lang::Fr, "audit-field-duration-minutes"), // the same word in French
        (Lang::Fr, "audit-field-phases"),           // the same word in French
        (Lang::Fr, "audit-field-programme"),        // the same word in French
        (Lang::Fr, "audit-field-qualification"),    // the same word in French
        (Lang::Sw, "app-name"),
        (Lang::Sw, "col-cop"),
        (Lang::Sw, "modality-whatsapp"),
        // Kiswahili's short month names (CLDR sw) are spelled as English's.
        (Lang::Sw, "month-1"),
        (Lang::Sw, "month-2"),
        (Lang::Sw, "month-4"),
        (Lang::Sw, "month-6"),
        (Lang::Sw, "month-7"),
        (Lang::Sw, "month-9"),
        (Lang::Sw, "month-11"),
        (Lang::Rw, "app-name"),
        (Lang::Rw, "modality-whatsapp"),
        (Lang::Fr, "level-province"), // the same word in French
        (Lang::Fr, "level-district"),
        (Lang::Fr, "subject-kinyarwanda"), // a language's own name
        (Lang::Fr, "subject-kiswahili"),
        (Lang::Sw, "subject-kinyarwanda"),
        (Lang::Sw, "subject-kiswahili"),
        (Lang::Sw, "tlt-col-df"), // a statistics symbol (degrees of freedom)
        (Lang::Rw, "tlt-col-df"),
    ];

    #[test]
    fn every_catalogue_has_every_english_message_and_no_other_each_in_its_own_words() {
        let english: std::collections::BTreeSet<&str> = names(Lang::En).into_iter().collect();
        for lang in [Lang::Rw, Lang::Fr, Lang::Sw] {
            let theirs: std::collections::BTreeSet<&str> = names(lang).into_iter().collect();
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(missing.is_empty(), "locales/{}.ftl lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "locales/{}.ftl has {extra:?}, which English lacks", lang.code());
            let index = Lang::ALL.iter().position(|l| *l == lang).unwrap();
            let text = |bundle: &Bundle, key: &str| {
                let pattern = bundle.get_message(key).and_then(|m| m.value()).expect("every message has a value");
                bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned()
            };
            let same: Vec<&str> = english
                .iter()
                .copied()
                .filter(|key| text(&BUNDLES[index], key) == text(&BUNDLES[0], key))
                // Only placeholders and punctuation: nothing to translate.
                .filter(|key| {
                    let value = text(&BUNDLES[0], key);
                    let words = value.split(['{', '}']).enumerate().filter(|(i, _)| i % 2 == 0).map(|(_, part)| part).collect::<String>();
                    words.chars().any(char::is_alphabetic)
                })
                .filter(|key| !SAME_AS_ENGLISH.contains(&(lang, *key)))
                .collect();
            assert!(same.is_empty(), "locales/{}.ftl leaves these as English: {same:?}", lang.code());
        }
    }

    #[test]
    fn every_translation_names_only_messages_english_has() {
        let english = &BUNDLES[0];
        for lang in [Lang::Rw, Lang::Fr, Lang::Sw] {
            for name in names(lang) {
                assert!(english.has_message(name), "locales/{}.ftl has {name}, which English lacks", lang.code());
            }
            // And it parses, with no name twice.
            let _ = bundle(lang);
        }
    }

    /// Every reason the code gives (`why("why-…")` in any crate's source) is a message of the
    /// English catalogue, so no page shows a message's bare name.
    #[test]
    fn every_reason_the_code_gives_is_in_the_catalogue() {
        let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("crates/");
        let mut missing = Vec::new();
        let mut found = 0;
        let mut stack = vec![crates.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("a readable source tree").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("a readable source file");
                    for (at, _) in source.match_indices("why(\"why-") {
                        let rest = &source[at + 5..];
                        let key = &rest[..rest.find('"').expect("a closed string")];
                        // A comment's example (`why-…`) names no message.
                        if !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                            continue;
                        }
                        found += 1;
                        if !Tr(Lang::En).has(key) {
                            missing.push(format!("{key} ({})", path.display()));
                        }
                    }
                }
            }
        }
        assert!(found > 100, "the reasons were not found in the sources ({found})");
        assert!(missing.is_empty(), "locales/en.ftl lacks {missing:?}");
    }
}
