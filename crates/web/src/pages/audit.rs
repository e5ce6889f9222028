//! The changes page (`/audit`): the changes within what the viewer's posts cover, the newest
//! first, 50 a page, filtered by kind and by day: who, when, what, and what changed from what to
//! what, in words ("Held on: 30 Oct 2025 → 31 Oct 2025"), as `store::audit` keeps them.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::Value;
use store::audit::Kept;
use store::list::Filter;

use super::form::Choice;
use super::pager::Pager;
use super::{Layout, Viewer, failure, render};
use crate::AppState;
use crate::i18n::Tr;

const PER_PAGE: u64 = 50;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Wanted {
    what: String,
    from: String,
    to: String,
    page: String,
}

pub struct Line {
    pub when: String,
    pub who: String,
    pub what: String,
    pub link: String,
    /// What changed, a line per field.
    pub changes: Vec<String>,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct Audit {
    layout: Layout,
    kinds: Vec<Choice>,
    from: String,
    to: String,
    lines: Vec<Line>,
    pager: Pager,
}

/// A field's name in words, where the catalogue has one (a field named by a selection
/// criterion is the criterion's words); else the key itself, spaced.
fn label(t: Tr, key: &str) -> String {
    let message = format!("audit-field-{}", key.replace('_', "-"));
    let criterion = format!("criterion-{key}");
    if t.has(&message) {
        t.s(&message)
    } else if t.has(&criterion) {
        t.s(&criterion)
    } else {
        key.replace('_', " ")
    }
}

/// The vocabulary a field's values are words of (`{kind}-{slug}` messages), in a change of kind `what`.
fn vocabulary(what: &str, key: &str) -> Option<&'static str> {
    Some(match key {
        "role" if what == "CoP membership written" => "member-role",
        "members" if what == "CoP formed" || what == "PLC formed" => "member-role",
        "vacancy" => "vacancy-kind",
        "role" => "post",
        "modality" => "modality",
        "finding" => "finding",
        "guest_role" => "guest",
        "gender" => "gender",
        "ownership" => "ownership",
        "locality" => "locality",
        "model" => "model",
        "arm" => "arm",
        "kind" if what == "survey round written" => "round",
        "subject" | "subjects" => "subject",
        "level" | "levels" => "level",
        _ => return None,
    })
}

/// A value in words: a day or a time as the language writes it, a word of the vocabulary in the
/// reader's language (a slug the catalogue lacks, such as a subject of the programme's own, as it
/// is), a list joined, nothing as a dash.
fn shown(t: Tr, vocabulary: Option<&str>, v: &Value) -> String {
    match v {
        Value::Null => "–".to_owned(),
        Value::Bool(b) => t.s(if *b { "yes" } else { "no" }),
        Value::String(s) => {
            if let Ok(day) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                t.date(day)
            } else if let Ok(at) = chrono::DateTime::parse_from_rfc3339(s) {
                format!("{} {}", t.date(at.date_naive()), at.format("%H:%M"))
            } else {
                match vocabulary.map(|kind| format!("{kind}-{s}")) {
                    Some(message) if t.has(&message) => t.s(&message),
                    _ => s.clone(),
                }
            }
        }
        Value::Array(items) => items.iter().map(|i| shown(t, vocabulary, i)).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// What changed between the record before and after (a change of kind `what`), a line per
/// field that differs.
pub fn changes(t: Tr, what: &str, before: Option<&str>, after: Option<&str>) -> Vec<String> {
    let parse = |v: Option<&str>| v.and_then(|v| serde_json::from_str::<Value>(v).ok());
    let shown = |key: &str, v: &Value| shown(t, vocabulary(what, key), v);
    match (parse(before), parse(after)) {
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter()
                .filter(|k| b.get(*k) != a.get(*k))
                .map(|k| {
                    let (old, new) = (b.get(k).unwrap_or(&Value::Null), a.get(k).unwrap_or(&Value::Null));
                    format!("{}: {} → {}", label(t, k), shown(k, old), shown(k, new))
                })
                .collect()
        }
        (None | Some(Value::Null), Some(Value::Object(a))) => a.iter().map(|(k, v)| format!("{}: {}", label(t, k), shown(k, v))).collect(),
        (Some(Value::Object(b)), None | Some(Value::Null)) => {
            b.iter().map(|(k, v)| format!("{}: {} → –", label(t, k), shown(k, v))).collect()
        }
        (b, a) => [b, a].into_iter().flatten().map(|v| shown("", &v)).collect(),
    }
}

fn link(what: &str, record: &str) -> String {
    match what {
        "action point followed up" => format!("/action-points/{record}"),
        "school written" | "cluster written" => format!("/places/{record}"),
        "person written" => format!("/registry?kind=people&q={record}"),
        "CoP renamed" | "CoP membership written" | "CoP formed" | "CoP guest written" => format!("/cops/{record}"),
        "meeting recorded" | "meeting edited" | "report acknowledged" => format!("/meetings/{record}"),
        _ => String::new(),
    }
}

fn kind_key(what: &str) -> String {
    format!("audit-{}", what.replace(' ', "-").to_lowercase())
}

pub async fn page(State(s): State<AppState>, viewer: Viewer, Query(w): Query<Wanted>) -> Response {
    let t = viewer.t;
    let page = w.page.parse::<u64>().ok().filter(|p| (1..=crate::api::MAX_PAGE).contains(p)).unwrap_or(1);
    let day = |d: &str| domain::post::parse_date(d).ok();
    let what = store::audit::WHAT.iter().find(|k| **k == w.what).map(|k| (*k).to_owned());
    let kept = Kept { what: what.clone(), from: day(&w.from), to: day(&w.to) };
    let filter = Filter { page, per_page: PER_PAGE, ..Filter::default() };
    let found = match store::audit::page(&s.db, &viewer.access, &kept, &filter).await {
        Ok(found) => found,
        Err(e) => return failure(t, &e.to_string()),
    };
    let lines = found
        .items
        .into_iter()
        .map(|e| Line {
            when: format!("{} {}", t.date(e.changed_at.date_naive()), e.changed_at.format("%H:%M UTC")),
            who: e.who.clone().unwrap_or_else(|| t.s("audit-command-line")),
            what: t.s(&kind_key(&e.what)),
            link: link(&e.what, &e.record),
            changes: changes(t, &e.what, e.before_value.as_deref(), e.after_value.as_deref()),
        })
        .collect();
    let (from, to) = (kept.from.map(|d| d.to_string()).unwrap_or_default(), kept.to.map(|d| d.to_string()).unwrap_or_default());
    let query = [("what", what.clone().unwrap_or_default()), ("from", from.clone()), ("to", to.clone())];
    let all = std::iter::once((String::new(), t.s("audit-every-kind")));
    render(
        StatusCode::OK,
        &Audit {
            layout: Layout::new(t.s("audit-title"), &viewer),
            kinds: Choice::list(
                all.chain(store::audit::WHAT.iter().map(|k| ((*k).to_owned(), t.s(&kind_key(k))))),
                &[what.unwrap_or_default()],
            ),
            pager: Pager::new(t, "/audit", &query, page, PER_PAGE, found.total),
            from,
            to,
            lines,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_change_is_said_field_by_field_from_what_to_what() {
        let t = Tr(Lang::En);
        let lines = changes(
            t,
            "meeting edited",
            Some(r#"{"modality":"whatsapp","present":1,"held_on":"2025-10-30"}"#),
            Some(r#"{"modality":"hybrid","present":2,"held_on":"2025-10-30"}"#),
        );
        assert_eq!(lines, ["How it was held: WhatsApp → Hybrid", "Present: 1 → 2"]);
        let made = changes(t, "action point followed up", None, Some(r#"{"closed_on":"2025-11-04","finding":"done"}"#));
        assert_eq!(made, ["Closed on: 4 Nov 2025", "What the visit found: Done"]);
        let at = changes(
            t,
            "report acknowledged",
            Some(r#"{"acknowledged_at":null}"#),
            Some(r#"{"acknowledged_at":"2026-12-01T20:14:36.966571244Z"}"#),
        );
        assert_eq!(at, ["Acknowledged: – → 1 Dec 2026 20:14"]);
        // Words of the vocabulary in the reader's language; a role is a post's or a member's
        // by the kind of change; a subject the catalogue lacks stays as it is.
        let fr = Tr(Lang::Fr);
        let post = changes(fr, "post written", None, Some(r#"{"role":"head-teacher"}"#));
        assert_eq!(post, ["Rôle: Directeur d'école"]);
        let member = changes(fr, "CoP membership written", None, Some(r#"{"role":"facilitator"}"#));
        assert_eq!(member, ["Rôle: Facilitateur"]);
        let person = changes(fr, "person written", None, Some(r#"{"gender":"female","subjects":["english","woodwork"]}"#));
        assert_eq!(person, ["Sexe: Femme", "Matières: Anglais, woodwork"]);
    }
}
