//! The school calendar (`/calendar`), for those who set programmes up (a national admin): the
//! academic years with their terms and closures, a form to add a closure to each, and a form to
//! add a year. "This term", the
//! planned meetings and every KPI's period follow from it. The write is the store's
//! `add_year`: checked whole (terms inside the year, in order, closures inside it), audited,
//! and a year sent twice is refused by its name, so a retry cannot add it twice.

use askama::Template;
use axum::Form;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::FieldErrors;
use domain::post::parse_date;
use domain::programme::NewYear;

use super::form::{Fields, Problems};
use super::place::period;
use super::{Layout, Viewer, message, refusal, refused, render};
use crate::AppState;

/// Term rows on the form (Rwanda and Kenya have three; a fourth for a calendar that has it).
const TERMS: usize = 4;
/// Closure rows on the form; more are added with the year's next edit.
const CLOSURES: usize = 2;

/// A year as the page lists it, with its form for a closure.
struct Shown {
    label: String,
    /// The closure form as sent back for this year, with what was wrong; empty otherwise.
    closure: ClosureSent,
    heading: String,
    terms: Vec<String>,
    closures: Vec<String>,
}

/// A closure sent for a year already set up, with what was wrong.
#[derive(Default, Clone)]
struct ClosureSent {
    year: String,
    name: String,
    from: String,
    to: String,
    problem: String,
}

/// What the form holds, sent back with its problems.
#[derive(Default)]
struct Sent {
    label: String,
    starts_on: String,
    ends_on: String,
    terms: Vec<(String, String)>,
    closures: Vec<(String, String, String)>,
}

/// A row of dates on the form (a term, or a closure with its name), with its problems.
struct DateRow {
    /// The field names' stem: `term2`, `closure1`.
    stem: String,
    legend: String,
    /// A closure's row has a name (why schools close); a term's has none.
    named: bool,
    name: String,
    from: String,
    to: String,
    name_error: String,
    from_error: String,
    to_error: String,
}

#[derive(Template)]
#[template(path = "calendar.html")]
struct Calendar {
    layout: Layout,
    years: Vec<Shown>,
    sent: Sent,
    /// The terms' rows, then the closures'.
    rows: Vec<DateRow>,
    problems: Problems,
    added: String,
}

async fn page(s: &AppState, viewer: &Viewer, status: StatusCode, sent: Sent, problems: Problems, added: String) -> Response {
    page_with(s, viewer, status, sent, problems, added, ClosureSent::default()).await
}

async fn page_with(
    s: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    sent: Sent,
    problems: Problems,
    added: String,
    closure: ClosureSent,
) -> Response {
    let t = viewer.t;
    let years = match store::programmes::years(&s.db).await {
        Ok(years) => years,
        Err(e) => return refusal(t, &e),
    };
    let years = years
        .into_iter()
        .map(|y| Shown {
            closure: if closure.year == y.label {
                closure.clone()
            } else {
                ClosureSent { year: y.label.clone(), ..ClosureSent::default() }
            },
            label: y.label.clone(),
            heading: t.a("calendar-year", &[("label", y.label.clone().into()), ("period", period(t, y.starts_on, y.ends_on).into())]),
            terms: y
                .terms
                .iter()
                .map(|(n, from, to)| t.a("calendar-term", &[("number", t.num(*n as u64).into()), ("period", period(t, *from, *to).into())]))
                .collect(),
            closures: y
                .closures
                .iter()
                .map(|(name, from, to)| t.a("calendar-closure", &[("name", name.clone().into()), ("period", period(t, *from, *to).into())]))
                .collect(),
        })
        .collect();
    let mut sent = sent;
    sent.terms.resize(TERMS, Default::default());
    sent.closures.resize(CLOSURES, Default::default());
    let row = |stem: String, legend: String, named: bool, (name, from, to): (String, String, String)| DateRow {
        name_error: problems.at(&format!("{stem}_name")),
        from_error: problems.at(&format!("{stem}_from")),
        to_error: problems.at(&format!("{stem}_to")),
        stem,
        legend,
        named,
        name,
        from,
        to,
    };
    let number = |n: usize| t.num(n as u64);
    let terms = (sent.terms.iter().cloned().enumerate()).map(|(i, (from, to))| {
        row(format!("term{}", i + 1), t.a1("calendar-term-n", "number", &number(i + 1)), false, (String::new(), from, to))
    });
    let closures = (sent.closures.iter().cloned().enumerate())
        .map(|(i, c)| row(format!("closure{}", i + 1), t.a1("calendar-closure-n", "number", &number(i + 1)), true, c));
    let rows = terms.chain(closures).collect();
    render(status, &Calendar { layout: Layout::new(t.s("calendar-title"), viewer), years, sent, rows, problems, added })
}

pub async fn show(State(s): State<AppState>, viewer: Viewer, RawQuery(query): RawQuery) -> Response {
    if !viewer.access.configures_programmes {
        return message(viewer.t, StatusCode::FORBIDDEN, "record-forbidden");
    }
    // After a year or a closure is added, the page says so (the redirect's `?added=…`).
    let added = match query.as_deref() {
        Some("added=1") => viewer.t.s("calendar-added"),
        Some("added=closure") => viewer.t.s("calendar-closure-added"),
        _ => String::new(),
    };
    page(&s, &viewer, StatusCode::OK, Sent::default(), Problems::default(), added).await
}

/// Reads the form into a year, with every field's problem at once.
fn parse(f: &Fields) -> (Sent, Result<NewYear, FieldErrors>) {
    let sent = Sent {
        label: f.one("label"),
        starts_on: f.one("starts_on"),
        ends_on: f.one("ends_on"),
        terms: (1..=TERMS).map(|n| (f.one(&format!("term{n}_from")), f.one(&format!("term{n}_to")))).collect(),
        closures: (1..=CLOSURES)
            .map(|n| (f.one(&format!("closure{n}_name")), f.one(&format!("closure{n}_from")), f.one(&format!("closure{n}_to"))))
            .collect(),
    };
    let mut errors = FieldErrors::new();
    let label = errors.take("label", domain::text::line(&sent.label, 40)).unwrap_or_default();
    if label.is_empty() && errors.is_empty() {
        errors.add("label", domain::why("why-year-name"));
    }
    let starts_on = errors.take("starts_on", parse_date(&sent.starts_on));
    let ends_on = errors.take("ends_on", parse_date(&sent.ends_on));
    let mut terms = Vec::new();
    for (n, (from, to)) in sent.terms.iter().enumerate().filter(|(_, (a, b))| !a.is_empty() || !b.is_empty()) {
        let from = errors.take(&format!("term{}_from", n + 1), parse_date(from));
        let to = errors.take(&format!("term{}_to", n + 1), parse_date(to));
        if let (Some(from), Some(to)) = (from, to) {
            terms.push((from, to));
        }
    }
    if terms.is_empty() && sent.terms.iter().all(|(a, b)| a.is_empty() && b.is_empty()) {
        errors.add("term1_from", domain::why("why-first-term"));
    }
    let mut closures = Vec::new();
    for (n, (name, from, to)) in sent.closures.iter().enumerate().filter(|(_, (a, b, c))| !a.is_empty() || !b.is_empty() || !c.is_empty()) {
        let key = |part: &str| format!("closure{}_{part}", n + 1);
        let name = errors.take(&key("name"), domain::text::line(name, domain::text::NAME)).unwrap_or_default();
        if name.is_empty() {
            errors.add(&key("name"), domain::why("why-closure-name"));
        }
        let from = errors.take(&key("from"), parse_date(from));
        let to = errors.take(&key("to"), parse_date(to));
        if let (Some(from), Some(to)) = (from, to) {
            closures.push((name, from, to));
        }
    }
    let year = match (starts_on, ends_on) {
        (Some(starts_on), Some(ends_on)) if errors.is_empty() => Ok(NewYear { label, starts_on, ends_on, terms, closures }),
        _ => Err(errors),
    };
    (sent, year)
}

pub async fn add(State(s): State<AppState>, viewer: Viewer, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    if !viewer.access.configures_programmes {
        return message(viewer.t, StatusCode::FORBIDDEN, "record-forbidden");
    }
    let (sent, year) = parse(&f);
    let year = match year {
        Ok(year) => year,
        Err(errors) => {
            return page(&s, &viewer, StatusCode::UNPROCESSABLE_ENTITY, sent, Problems::from(viewer.t, &errors), String::new()).await;
        }
    };
    match store::programmes::add_year(&s.db, &viewer.access, &year).await {
        Ok(()) => Redirect::to("/calendar?added=1").into_response(),
        Err(e) => match super::form::field_problems(e) {
            Ok(errors) => page(&s, &viewer, StatusCode::UNPROCESSABLE_ENTITY, sent, Problems::from(viewer.t, &errors), String::new()).await,
            Err(e) => refusal(viewer.t, &e),
        },
    }
}

/// `POST /calendar/closures`: a closure added to a year already set up.
pub async fn add_closure(State(s): State<AppState>, viewer: Viewer, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    if !viewer.access.configures_programmes {
        return message(viewer.t, StatusCode::FORBIDDEN, "record-forbidden");
    }
    let mut sent = ClosureSent { year: f.one("year"), name: f.one("name"), from: f.one("from"), to: f.one("to"), problem: String::new() };
    let mut errors = FieldErrors::new();
    let from = errors.take("from", parse_date(&sent.from));
    let to = errors.take("to", parse_date(&sent.to));
    let done = match (from, to) {
        (Some(from), Some(to)) => store::programmes::add_closure(&s.db, &viewer.access, &sent.year, &sent.name, from, to).await,
        _ => Err(errors.into()),
    };
    match done {
        Ok(()) => Redirect::to("/calendar?added=closure").into_response(),
        Err(store::Error::Invalid(errors)) => {
            sent.problem = Problems::all(viewer.t, &errors);
            page_with(&s, &viewer, StatusCode::UNPROCESSABLE_ENTITY, Sent::default(), Problems::default(), String::new(), sent).await
        }
        Err(e) => refusal(viewer.t, &e),
    }
}
