//! A CoP's page (`/cops/{id}`): its members, this term's planned and held meetings, whose turn
//! it is for each role, its maturity with the evidence beside what teacher-led takes, and its
//! recent meetings. Those who record meetings for it get the "Record a meeting" link.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use store::life::dashboard;
use store::life::{cop, meetings};
use store::list::Filter;
use store::programmes::communities;
use uuid::Uuid;

use super::place::{Row, period};
use super::{Layout, Viewer, refusal, render};
use crate::AppState;

#[derive(Template)]
#[template(path = "cop.html")]
struct CopPage {
    layout: Layout,
    name: String,
    place: String,
    place_link: String,
    record: String,
    saved: bool,
    members: Vec<Row>,
    term: String,
    planned: String,
    held: String,
    evenness: String,
    roles: Vec<Row>,
    stage: String,
    evidence: Vec<Row>,
    recent: Vec<Row>,
}

pub async fn page(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    axum::extract::Query(q): axum::extract::Query<super::form::Saved>,
) -> Response {
    match build(&s, &viewer, id, q.shown()).await {
        Ok(p) => render(StatusCode::OK, &p),
        Err(e) => refusal(viewer.t, &e),
    }
}

async fn build(s: &AppState, viewer: &Viewer, id: Uuid, saved: bool) -> Result<CopPage, store::Error> {
    let t = viewer.t;
    let (db, access) = (&s.db, &viewer.access);
    let c = communities::get(db, access, id).await?;
    let today = chrono::Utc::now().date_naive();
    let terms = dashboard::terms(db).await?;
    let term = dashboard::this_term(&terms, today);
    let span = match term {
        Some(x) => x.span(),
        None => dashboard::period(db, None, None, None, None, today).await?,
    };
    let members = communities::members(db, access, id).await?;
    let schedule = cop::schedule(db, access, id).await?;
    let now = schedule.iter().find(|x| x.from == span.from);
    let dates = |ds: &[chrono::NaiveDate]| ds.iter().map(|d| t.date(*d)).collect::<Vec<_>>().join(", ");
    let rotation = cop::rotation(db, access, id).await?;
    let maturity = cop::maturity(db, access, id, span).await?;
    // This term's meetings, newest first.
    let filter = Filter { page: 1, per_page: 40, ..Filter::default() };
    let recent = meetings::list(db, access, &filter, &meetings::MeetingFilter { cop: Some(id), from: Some(span.from), to: None }).await?;
    let (e, goal) = (maturity.evidence, maturity.teacher_led);
    let evidence_row =
        |key: &str, value: f64, need: f64| Row { cells: vec![t.s(key), t.pct(Some(value)), t.pct(Some(need))], link: String::new() };
    let (place, place_link) = match (&c.school, &c.cluster) {
        (Some(code), _) | (None, Some(code)) => (code.clone(), format!("/places/{code}")),
        _ => (c.unit.clone(), format!("/places/{}", c.unit)),
    };
    Ok(CopPage {
        layout: Layout::new(c.name.clone(), viewer),
        record: if access.record.covers(&c.at.place()) { format!("/cops/{id}/meetings") } else { String::new() },
        saved,
        members: members
            .iter()
            .filter(|m| m.left_on.is_none())
            .map(|m| Row { cells: vec![m.name.clone(), t.word("member-role", &m.role), t.date(m.joined_on)], link: String::new() })
            .collect(),
        term: period(t, span.from, span.to),
        planned: now.map(|x| dates(&x.planned)).unwrap_or_default(),
        held: now.map(|x| dates(&x.held)).unwrap_or_default(),
        evenness: rotation.evenness.map_or_else(|| "–".to_owned(), |v| t.dec(v)),
        roles: rotation
            .roles
            .iter()
            .map(|r| Row {
                cells: vec![t.word("role", r.role.slug()), r.next_name.clone().unwrap_or_default(), t.num(r.history.len() as u64)],
                link: String::new(),
            })
            .collect(),
        stage: t.word("stage", maturity.stage.slug()),
        evidence: vec![
            evidence_row("cop-evidence-teachers-decide", e.teacher_agenda_share, goal.teacher_agenda_share),
            Row { cells: vec![t.s("cop-evidence-rotation"), t.dec(e.rotation), t.dec(goal.rotation)], link: String::new() },
            evidence_row("cop-evidence-teachers-facilitate", e.teacher_facilitated_share, goal.teacher_facilitated_share),
            evidence_row("cop-evidence-held", e.regularity, goal.regularity),
        ],
        recent: recent
            .items
            .iter()
            .map(|m| Row {
                cells: vec![
                    t.date(m.held_on),
                    t.word("modality", &m.modality),
                    m.facilitator_name.clone(),
                    t.present_of(m.members_present, m.members_expected),
                ],
                link: format!("/meetings/{}", m.id),
            })
            .collect(),
        name: c.name,
        place,
        place_link,
    })
}
