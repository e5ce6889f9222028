//! Following an action point up (`/action-points/{id}`): the date of the classroom visit, what
//! it found and a note. Saving closes the point; a closed point shows its finding.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::post::parse_date;
use domain::vocab::Finding;
use store::life::meetings::{self, ActionPoint};
use store::life::reports;
use uuid::Uuid;

use super::form::{Choice, Fields, Problems};
use super::{Layout, Viewer, refusal, refused, render};
use crate::AppState;

#[derive(Template)]
#[template(path = "follow_up.html")]
struct FollowUp {
    layout: Layout,
    heading: String,
    owner: String,
    meeting: String,
    closed: String,
    problems: Problems,
    visited_on: String,
    visited_on_max: String,
    findings: Vec<Choice>,
    note: String,
    /// Whether the viewer records this CoP's meetings, and so its follow-ups: only they see the form.
    may: bool,
}

fn page(viewer: &Viewer, p: &ActionPoint, visited_on: &str, finding: &str, note: &str, problems: Problems, may: bool) -> FollowUp {
    let t = viewer.t;
    let heading = t.a1("follow-up-title", "action", &p.description);
    FollowUp {
        layout: Layout::new(heading.clone(), viewer),
        heading,
        owner: t.a("follow-up-owner", &[("owner", p.owner_name.clone().into()), ("date", t.date(p.due_on).into())]),
        meeting: format!("/meetings/{}", p.meeting),
        closed: match (p.closed_on, &p.finding) {
            (Some(on), Some(f)) => t.a("follow-up-closed", &[("date", t.date(on).into()), ("finding", t.word("finding", f).into())]),
            _ => String::new(),
        },
        problems,
        visited_on: visited_on.to_owned(),
        visited_on_max: chrono::Utc::now().date_naive().to_string(),
        findings: Choice::list(Finding::ALL.iter().map(|f| (f.slug().to_owned(), t.word("finding", f.slug()))), &[finding.to_owned()]),
        note: note.to_owned(),
        may,
    }
}

pub async fn form(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Response {
    let point = match meetings::action_point(&s.db, &viewer.access, id).await {
        Ok(p) => p,
        Err(e) => return refusal(viewer.t, &e),
    };
    let may = match reports::may_follow_up(&s.db, &viewer.access, id).await {
        Ok(may) => may,
        Err(e) => return refusal(viewer.t, &e),
    };
    let today = chrono::Utc::now().date_naive().to_string();
    render(StatusCode::OK, &page(&viewer, &point, &today, "", "", Problems::default(), may))
}

pub async fn submit(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let point = match meetings::action_point(&s.db, &viewer.access, id).await {
        Ok(p) => p,
        Err(e) => return refusal(viewer.t, &e),
    };
    match reports::may_follow_up(&s.db, &viewer.access, id).await {
        Ok(true) => {}
        Ok(false) => return refusal(viewer.t, &store::Error::out_of_scope("action point", id)),
        Err(e) => return refusal(viewer.t, &e),
    }
    let (visited, finding, note) = (f.one("visited_on"), f.one("finding"), f.one("note"));
    let again = |errors: &domain::FieldErrors| {
        render(StatusCode::UNPROCESSABLE_ENTITY, &page(&viewer, &point, &visited, &finding, &note, Problems::from(errors), true))
    };
    let mut errors = domain::FieldErrors::new();
    let visited_on = errors.take("visited_on", parse_date(&visited));
    let found = errors.take("finding", finding.parse::<Finding>());
    let (Some(visited_on), Some(found)) = (visited_on, found) else { return again(&errors) };
    let note = f.text("note");
    match reports::follow_up(&s.db, &viewer.access, viewer.user.person_id, id, visited_on, found, note.as_deref()).await {
        Ok(()) => Redirect::to(&format!("/meetings/{}", point.meeting)).into_response(),
        Err(e) => match super::form::field_problems(e) {
            Ok(errors) => again(&errors),
            Err(e) => refusal(viewer.t, &e),
        },
    }
}
