//! The study's report (`/study?round=baseline`) with the session: the same report as
//! `/api/v1/analyses/tlt`, over the survey respondents the viewer's posts cover, inside the
//! site's layout. The researcher's and the M&E officer's home pages link here.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::survey::RoundKind;
use serde::Deserialize;

use super::form::Choice;
use super::{Layout, Viewer, failure, render};
use crate::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Wanted {
    round: String,
}

#[derive(Template)]
#[template(path = "study.html")]
struct Study {
    layout: Layout,
    rounds: Vec<Choice>,
    title: String,
    covers: String,
    /// The report's sections, rendered by `analysis::render` (escaped there, no script).
    sections: String,
}

/// Whether the home page links the report: the roles that study the programme.
pub fn studies(viewer: &Viewer) -> bool {
    viewer.access.roles.iter().any(|r| matches!(r, domain::Role::Researcher | domain::Role::MeOfficer))
}

pub async fn page(State(s): State<AppState>, viewer: Viewer, Query(w): Query<Wanted>) -> Response {
    let t = viewer.t;
    if !service::study::may_read(&viewer.access) {
        return super::message(t, StatusCode::FORBIDDEN, "record-forbidden");
    }
    let kind = w.round.parse::<RoundKind>().unwrap_or(RoundKind::Baseline);
    let report = match service::study::tlt(&s.db, &viewer.access, kind, None, t).await {
        Ok(report) => report,
        Err(e) => return failure(t, &e.to_string()),
    };
    let kinds = [RoundKind::Baseline, RoundKind::Midline, RoundKind::Endline];
    let rounds = Choice::list(kinds.iter().map(|k| (k.slug().to_owned(), t.word("round", k.slug()))), &[kind.slug().to_owned()]);
    let (title, covers, sections) = match &report {
        Some(r) => (r.title.clone(), r.covers.clone(), analysis::render::sections_html(t, r)),
        None => (t.s("study-title"), t.a1("study-none", "round", &t.word("round", kind.slug())), String::new()),
    };
    render(StatusCode::OK, &Study { layout: Layout::new(t.s("study-title"), &viewer), rounds, title, covers, sections })
}
