//! The to-do list of open action points (`/action-points`): every one the viewer may see, soonest
//! due first, 50 a page, with an "overdue" mark, and filters by words, school (its code), CoP
//! and overdue only. The home page shows its first lines and links here.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use serde::Deserialize;
use store::life::meetings::{self, ActionPoint, PointFilter};
use store::list::Filter;
use uuid::Uuid;

use super::pager::Pager;
use super::{Layout, Viewer, failure, render};
use crate::AppState;
use crate::i18n::Tr;

const PER_PAGE: u64 = 50;

/// One open action point as a to-do list shows it.
pub struct PointLine {
    pub due: String,
    pub overdue: bool,
    pub link: String,
    pub description: String,
    pub owner: String,
    pub cop: String,
}

pub fn lines(t: Tr, points: &[ActionPoint], today: NaiveDate) -> Vec<PointLine> {
    points
        .iter()
        .map(|p| PointLine {
            due: t.date(p.due_on),
            overdue: p.due_on < today,
            link: format!("/action-points/{}", p.id),
            description: p.description.clone(),
            owner: p.owner_name.clone(),
            cop: p.cop_name.clone(),
        })
        .collect()
}

/// The list's filters, as typed: anything unreadable is dropped rather than refused.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Wanted {
    q: String,
    school: String,
    cop: String,
    overdue: String,
    page: String,
}

#[derive(Template)]
#[template(path = "action_points.html")]
struct List {
    layout: Layout,
    heading: String,
    q: String,
    school: String,
    cop: String,
    /// The CoP the list keeps, by name, when one is chosen.
    cop_name: String,
    overdue: bool,
    points: Vec<PointLine>,
    pager: Pager,
}

pub async fn list(State(s): State<AppState>, viewer: Viewer, Query(w): Query<Wanted>) -> Response {
    let t = viewer.t;
    let today = chrono::Utc::now().date_naive();
    let page = w.page.parse::<u64>().ok().filter(|p| (1..=crate::api::MAX_PAGE).contains(p)).unwrap_or(1);
    let cop = w.cop.parse::<Uuid>().ok();
    let (q, school) = (w.q.trim().chars().take(200).collect::<String>(), w.school.trim().chars().take(40).collect::<String>());
    let overdue = !w.overdue.is_empty();
    let filter = Filter { text: Some(q.clone()).filter(|q| !q.is_empty()), page, per_page: PER_PAGE, ..Filter::default() };
    let points = PointFilter { cop, school: Some(school.clone()).filter(|s| !s.is_empty()), overdue_on: overdue.then_some(today) };
    let found = match meetings::open_action_points(&s.db, &viewer.access, &filter, &points).await {
        Ok(found) => found,
        Err(e) => return failure(t, &e.to_string()),
    };
    // A CoP out of scope or unknown keeps nothing, and is not named.
    let cop_name = match cop {
        Some(id) => store::programmes::communities::get(&s.db, &viewer.access, id).await.map(|c| c.name).unwrap_or_default(),
        None => String::new(),
    };
    let cop = cop.map(|c| c.to_string()).unwrap_or_default();
    let query =
        [("q", q.clone()), ("school", school.clone()), ("cop", cop.clone()), ("overdue", if overdue { "1".into() } else { String::new() })];
    let heading = t.n("points-to-follow", found.total as usize);
    render(
        StatusCode::OK,
        &List {
            layout: Layout::new(heading.clone(), &viewer),
            heading,
            pager: Pager::new(t, "/action-points", &query, page, PER_PAGE, found.total),
            points: lines(t, &found.items, today),
            q,
            school,
            cop,
            cop_name,
            overdue,
        },
    )
}
