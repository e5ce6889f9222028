//! Following an action point up (`/action-points/{id}`): the date of the classroom visit, what
//! it found, a note, and for a point not found done its new due date. A visit that finds it done
//! closes the point; the page shows every visit made, with its note.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::post::parse_date;
use domain::vocab::Finding;
use store::life::meetings::{self, ActionPoint};
use store::life::reports::{self, VisitMade};
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
    /// The visits made so far: date, visitor, finding, note, new due date.
    visits: Vec<Vec<String>>,
    problems: Problems,
    visited_on: String,
    visited_on_max: String,
    findings: Vec<Choice>,
    due_on: String,
    note: String,
    /// Whether the viewer records this CoP's meetings, and so its follow-ups: only they see the form.
    may: bool,
}

/// What the form was sent with, to show again.
#[derive(Default)]
struct Sent {
    visited_on: String,
    finding: String,
    due_on: String,
    note: String,
}

fn page(viewer: &Viewer, p: &ActionPoint, visits: &[VisitMade], sent: Sent, problems: Problems, may: bool) -> FollowUp {
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
        visits: visits
            .iter()
            .map(|v| {
                vec![
                    t.date(v.visited_on),
                    v.visitor_name.clone(),
                    t.word("finding", &v.finding),
                    // A note may speak of a teacher: it is for those who follow the point up.
                    if may { v.note.clone().unwrap_or_default() } else { String::new() },
                    v.due_on.map(|d| t.date(d)).unwrap_or_default(),
                ]
            })
            .collect(),
        problems,
        visited_on: sent.visited_on,
        visited_on_max: chrono::Utc::now().date_naive().to_string(),
        findings: Choice::list(Finding::ALL.iter().map(|f| (f.slug().to_owned(), t.word("finding", f.slug()))), &[sent.finding]),
        due_on: sent.due_on,
        note: sent.note,
        may,
    }
}

/// The point, its visits, and whether the viewer may record one.
async fn read(s: &AppState, viewer: &Viewer, id: Uuid) -> store::Result<(ActionPoint, Vec<VisitMade>, bool)> {
    let point = meetings::action_point(&s.db, &viewer.access, id).await?;
    let visits = reports::visits(&s.db, &viewer.access, id).await?;
    Ok((point, visits, reports::may_follow_up(&s.db, &viewer.access, id).await?))
}

pub async fn form(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Response {
    let (point, visits, may) = match read(&s, &viewer, id).await {
        Ok(x) => x,
        Err(e) => return refusal(viewer.t, &e),
    };
    let sent = Sent { visited_on: chrono::Utc::now().date_naive().to_string(), ..Sent::default() };
    render(StatusCode::OK, &page(&viewer, &point, &visits, sent, Problems::default(), may))
}

pub async fn submit(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let (point, visits) = match read(&s, &viewer, id).await {
        Ok((point, visits, true)) => (point, visits),
        Ok((_, _, false)) => return refusal(viewer.t, &store::Error::out_of_scope("action point", id)),
        Err(e) => return refusal(viewer.t, &e),
    };
    let sent = Sent { visited_on: f.one("visited_on"), finding: f.one("finding"), due_on: f.one("due_on"), note: f.one("note") };
    let mut errors = domain::FieldErrors::new();
    let visited_on = errors.take("visited_on", parse_date(&sent.visited_on));
    let finding = errors.take("finding", sent.finding.parse::<Finding>());
    let due_on = match sent.due_on.trim() {
        "" => None,
        d => errors.take("due_on", parse_date(d)),
    };
    let again = |errors: &domain::FieldErrors, sent: Sent| {
        render(StatusCode::UNPROCESSABLE_ENTITY, &page(&viewer, &point, &visits, sent, Problems::from(viewer.t, errors), true))
    };
    let (Some(visited_on), Some(finding), true) = (visited_on, finding, errors.is_empty()) else { return again(&errors, sent) };
    let note = f.text("note");
    let found = reports::Found { visited_on, finding, due_on };
    match reports::follow_up(&s.db, &viewer.access, viewer.user.person_id, id, found, note.as_deref()).await {
        Ok(()) => Redirect::to(&format!("/action-points/{id}")).into_response(),
        Err(e) => match super::form::field_problems(e) {
            Ok(errors) => again(&errors, sent),
            Err(e) => refusal(viewer.t, &e),
        },
    }
}
