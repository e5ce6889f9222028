//! Choosing leaders of learning (seed 002; seed 003's District Selection Committee):
//! `/selection`, the district's replacement page (the seats open: posts ending within six
//! months, sectors without an LLL, districts short of NLLs; and the selections in progress),
//! and `/selection/{id}`, one selection from nomination to appointment: the committee, the
//! candidates with the evidence of each rule, the committee's visit, interview and scores, and
//! the decision. Every form works without JavaScript; each write is the store's, audited.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use domain::Role;
use domain::selection::{Criterion, Eligibility, SCORES};
use store::leaders::selections::{self, Assessment, Decision, Record};
use store::leaders::vacancies;
use store::list::Filter;
use uuid::Uuid;

use super::form::{Choice, Fields};
use super::{Layout, Viewer, refusal, refused, render};
use crate::AppState;
use words::Tr;

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

pub struct SeatLine {
    pub role: String,
    pub role_slug: String,
    pub place: String,
    pub unit: String,
    pub why: String,
    /// The selection under way, if one is.
    pub selection: String,
    /// Whether the viewer may open a selection for it.
    pub opens: bool,
}

#[derive(Template)]
#[template(path = "selections.html")]
struct Seats {
    layout: Layout,
    seats: Vec<SeatLine>,
    selections: Vec<super::place::Row>,
    problem: String,
}

/// Whether the viewer sees the replacement page: those who read a whole unit.
pub fn sees(viewer: &Viewer) -> bool {
    viewer.access.read.all || !viewer.access.read.unit_paths.is_empty()
}

/// Why a seat is open, in words: its vacancy's slug and the day the post ended or ends.
fn vacancy_words(t: Tr, slug: &str, on: Option<NaiveDate>) -> String {
    match on {
        Some(on) if slug != "none-in-post" => t.a1(&format!("vacancy-{slug}"), "on", &t.date(on)),
        _ => t.s("vacancy-none-in-post"),
    }
}

pub async fn list(State(s): State<AppState>, viewer: Viewer) -> Response {
    seats_page(&s, &viewer, String::new(), StatusCode::OK).await
}

async fn seats_page(s: &AppState, viewer: &Viewer, problem: String, status: StatusCode) -> Response {
    let t = viewer.t;
    let built = async {
        let open = vacancies::open_seats(&s.db, &viewer.access, None, today()).await?;
        let filter = Filter { page: 1, per_page: 50, ..Filter::default() };
        let listed = selections::list(&s.db, &viewer.access, &filter).await?;
        Ok::<_, store::Error>((open, listed))
    };
    let (open, listed) = match built.await {
        Ok(x) => x,
        Err(e) => return refusal(t, &e),
    };
    let seats = open
        .into_iter()
        .map(|x| {
            let opens = viewer.access.write.covers(&domain::Place { unit_path: x.unit_path.clone(), school: None, cluster: None });
            SeatLine {
                role: t.word("post", &x.role),
                role_slug: x.role.clone(),
                place: format!("{} ({})", x.unit_name, x.unit),
                unit: x.unit,
                why: vacancy_words(t, x.vacancy.slug(), x.vacancy.on()),
                selection: x.selection.map(|id| format!("/selection/{id}")).unwrap_or_default(),
                opens,
            }
        })
        .collect();
    let selections = listed
        .items
        .into_iter()
        .map(|x| super::place::Row {
            cells: vec![t.date(x.opened_on), t.word("post", &x.role), format!("{} ({})", x.unit_name, x.unit), status_words(t, &x)],
            link: format!("/selection/{}", x.id),
        })
        .collect();
    render(status, &Seats { layout: Layout::new(t.s("selection-title"), viewer), seats, selections, problem })
}

fn status_words(t: Tr, x: &selections::Selection) -> String {
    match (x.decided_on, &x.appointed_name) {
        (None, _) => t.s("selection-in-progress"),
        (Some(on), Some(who)) => t.a("selection-appointed", &[("person", who.clone().into()), ("on", t.date(on).into())]),
        (Some(on), None) => t.a1("selection-none-appointed", "on", &t.date(on)),
    }
}

/// `POST /selection`: opens the selection for a seat (or finds the one open) and goes to it.
pub async fn open(State(s): State<AppState>, viewer: Viewer, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let role = match f.one("role").as_str() {
        "nll" => Role::Nll,
        _ => Role::Lll,
    };
    match selections::open(&s.db, &viewer.access, role, &f.one("unit"), today()).await {
        Ok(r) => Redirect::to(&format!("/selection/{}", r.selection.id)).into_response(),
        Err(store::Error::Invalid(errors)) => {
            seats_page(&s, &viewer, super::form::Problems::all(viewer.t, &errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => refusal(viewer.t, &e),
    }
}

pub struct CandidateLine {
    pub person: String,
    pub name: String,
    pub school: String,
    pub evidence: Vec<String>,
    pub eligible: String,
    pub nominate: bool,
}

pub struct NomineeLine {
    pub person: String,
    pub name: String,
    pub evidence: Vec<String>,
    pub visited_on: String,
    pub visit_notes: String,
    pub interviewed_on: String,
    pub interview_notes: String,
    pub scores: Vec<(String, String, Vec<Choice>)>,
}

#[derive(Template)]
#[template(path = "selection.html")]
struct SelectionPage {
    layout: Layout,
    id: Uuid,
    heading: String,
    facts: Vec<(String, String)>,
    committee: Vec<(String, String)>,
    nominees: Vec<NomineeLine>,
    candidates: Vec<CandidateLine>,
    /// Whether the viewer records the committee's work (nominates, assesses).
    acts: bool,
    /// Whether the viewer decides (writes where the seat is), and whom they may appoint.
    decides: bool,
    appointable: Vec<Choice>,
    today: String,
    open: bool,
    status: String,
    problem: String,
    csrf: String,
}

fn evidence(t: Tr, e: &Eligibility) -> Vec<String> {
    let years = e.head_days as f64 / 365.25;
    let mark = |met: bool| if met { "✓" } else { "✗" };
    let rates: Vec<String> = e.results.years.iter().map(|(y, r)| format!("{y}: {}", t.pct(*r))).collect();
    vec![
        format!("{} {}", mark(e.head_years_met), t.a1("selection-head-years", "years", &t.dec(years))),
        format!("{} {}", mark(e.results.high), t.a1("selection-high", "rate", &t.pct(e.results.overall))),
        format!("{} {}", mark(e.results.improving), t.a1("selection-improving", "rates", &rates.join(" · "))),
    ]
}

pub async fn page(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    axum::extract::Query(q): axum::extract::Query<super::form::Saved>,
) -> Response {
    let status = if q.shown() { viewer.t.s("selection-saved") } else { String::new() };
    show(&s, &viewer, id, status, String::new(), StatusCode::OK).await
}

async fn show(s: &AppState, viewer: &Viewer, id: Uuid, status: String, problem: String, code: StatusCode) -> Response {
    let t = viewer.t;
    let r: Record = match selections::get(&s.db, &viewer.access, id, today()).await {
        Ok(r) => r,
        Err(e) => return refusal(t, &e),
    };
    let x = &r.selection;
    let place = domain::Place { unit_path: x.unit_path.clone(), school: None, cluster: None };
    let open = x.decided_on.is_none();
    let decides = open && viewer.access.write.covers(&place);
    let nominated: Vec<&str> = r.nominations.iter().map(|n| n.person.as_str()).collect();
    let mut facts = vec![
        (t.s("selection-opened-on"), t.date(x.opened_on)),
        (t.s("selection-why"), vacancy_words(t, &x.vacancy, x.vacated_on)),
        (t.s("col-status"), status_words(t, x)),
    ];
    if let Some(reason) = &x.reason {
        facts.push((t.s("selection-reason"), reason.clone()));
    }
    let scores = |given: &std::collections::BTreeMap<Criterion, i64>| {
        Criterion::ALL
            .iter()
            .map(|c| {
                let chosen = given.get(c).map(|v| v.to_string()).into_iter().collect::<Vec<_>>();
                let mut choices = vec![Choice { value: String::new(), label: "–".into(), on: chosen.is_empty() }];
                choices.extend(Choice::list(SCORES.map(|v| (v.to_string(), t.word("score", &v.to_string()))), &chosen));
                (c.slug().to_owned(), t.word("criterion", c.slug()), choices)
            })
            .collect()
    };
    let page = SelectionPage {
        layout: Layout::new(
            t.a("selection-heading", &[("role", t.word("post", &x.role).into()), ("place", x.unit_name.clone().into())]),
            viewer,
        ),
        id,
        heading: t
            .a("selection-heading", &[("role", t.word("post", &x.role).into()), ("place", format!("{} ({})", x.unit_name, x.unit).into())]),
        facts,
        committee: r.committee.iter().map(|m| (m.name.clone(), t.word("committee", &m.part))).collect(),
        nominees: r
            .nominations
            .iter()
            .map(|n| NomineeLine {
                person: n.person.clone(),
                name: n.name.clone(),
                evidence: evidence(t, &n.evidence),
                visited_on: n.visited_on.map(|d| d.to_string()).unwrap_or_default(),
                visit_notes: n.visit_notes.clone().unwrap_or_default(),
                interviewed_on: n.interviewed_on.map(|d| d.to_string()).unwrap_or_default(),
                interview_notes: n.interview_notes.clone().unwrap_or_default(),
                scores: scores(&n.scores),
            })
            .collect(),
        candidates: r
            .candidates
            .iter()
            .map(|c| CandidateLine {
                person: c.person.clone(),
                name: c.name.clone(),
                school: c.school_name.clone(),
                evidence: evidence(t, &c.eligibility),
                eligible: t.s(if c.eligibility.eligible { "selection-eligible" } else { "selection-not-eligible" }),
                nominate: r.acts && open && c.eligibility.eligible && !nominated.contains(&c.person.as_str()),
            })
            .collect(),
        acts: r.acts && open,
        decides,
        appointable: Choice::list(
            r.nominations
                .iter()
                .filter(|n| n.visited_on.is_some() && n.interviewed_on.is_some())
                .map(|n| (n.person.clone(), n.name.clone())),
            &[],
        ),
        today: today().to_string(),
        open,
        status,
        problem,
        csrf: viewer.csrf.clone(),
    };
    render(code, &page)
}

/// After a write: the selection again, saying it was saved; or with what was wrong.
async fn back(s: &AppState, viewer: &Viewer, id: Uuid, done: store::Result<Record>, anchor: &str) -> Response {
    match done {
        Ok(_) => Redirect::to(&format!("/selection/{id}?saved=1#{anchor}")).into_response(),
        Err(store::Error::Invalid(errors)) => {
            show(s, viewer, id, String::new(), super::form::Problems::all(viewer.t, &errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => refusal(viewer.t, &e),
    }
}

/// `POST /selection/{id}/nominations`: nominates an eligible candidate.
pub async fn nominate(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let done = selections::nominate(&s.db, &viewer.access, id, &f.one("person"), today()).await;
    back(&s, &viewer, id, done, "nominees").await
}

/// `POST /selection/{id}/nominations/{person}`: the committee's visit, interview and scores.
pub async fn assess(
    State(s): State<AppState>,
    viewer: Viewer,
    Path((id, person)): Path<(Uuid, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let mut errors = domain::FieldErrors::new();
    let mut day = |field: &str| f.text(field).and_then(|d| errors.take(field, domain::post::parse_date(&d)));
    let (visited_on, interviewed_on) = (day("visited_on"), day("interviewed_on"));
    let mut notes = |field: &str| f.text(field).and_then(|v| errors.take(field, domain::text::prose(&v, domain::text::NOTE)).flatten());
    let (visit_notes, interview_notes) = (notes("visit_notes"), notes("interview_notes"));
    let mut scores = std::collections::BTreeMap::new();
    for c in Criterion::ALL {
        if let Some(v) = f.text(&format!("score-{}", c.slug())) {
            match v.parse::<i64>() {
                Ok(v) => {
                    scores.insert(*c, v);
                }
                Err(_) => errors.add(&format!("scores.{}", c.slug()), domain::why("why-not-a-number").arg("value", format!("{v:?}"))),
            }
        }
    }
    let done = if errors.is_empty() {
        let a = Assessment { visited_on, visit_notes, interviewed_on, interview_notes, scores };
        selections::assess(&s.db, &viewer.access, id, &person, &a, today()).await
    } else {
        Err(store::Error::Invalid(errors))
    };
    back(&s, &viewer, id, done, "nominees").await
}

/// `POST /selection/{id}/decision`: appoints a nominee from a day, or nobody, with the reason.
pub async fn decide(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let starts = match f.text("starts_on").map(|d| domain::post::parse_date(&d)) {
        Some(Err(why)) => return back(&s, &viewer, id, Err(store::Error::invalid("starts_on", why)), "decision").await,
        Some(Ok(d)) => d,
        None => today(),
    };
    let d = Decision { appoint: f.text("appoint").map(|p| (p, starts)), reason: f.one("reason") };
    let done = selections::decide(&s.db, &viewer.access, id, &d, today()).await;
    back(&s, &viewer, id, done, "decision").await
}
