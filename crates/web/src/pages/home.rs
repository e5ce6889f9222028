//! The home page: what this person must do next, and how their place is doing.
//! - To do: reports to acknowledge (head teachers), action points to follow up.
//! - Their place (the school, sector, district or country their first post covers): every KPI
//!   for this term (or the year) with numerator and denominator, and the places under it
//!   ranked, laggards and bright spots visible at once.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::kpi::KpiValue;
use store::life::dashboard;

use super::{Layout, Viewer, failure, render};
use crate::AppState;

pub struct Row {
    pub cells: Vec<String>,
    /// Where the row's first cell leads (a place's page), if anywhere.
    pub link: String,
}

pub struct Figure {
    pub title: String,
    pub numerator: String,
    pub denominator: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    layout: Layout,
    posts: Vec<String>,
    reports: Vec<Row>,
    points: Vec<Row>,
    place: String,
    period: String,
    figures: Vec<Figure>,
    child_header: Vec<String>,
    children: Vec<Row>,
}

fn percent(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| format!("{:.0}%", 100.0 * v))
}

fn figures(kpis: &[KpiValue]) -> Vec<Figure> {
    kpis.iter()
        .filter_map(|k| {
            let part = k.parts.first()?;
            Some(Figure {
                // A mix shows its first category, named: "How meetings were held: in-person".
                title: part.label.as_ref().map_or_else(|| k.title.to_owned(), |l| format!("{}: {l}", k.title)),
                numerator: part.numerator.to_string(),
                denominator: part.denominator.to_string(),
                value: percent(part.value),
            })
        })
        .collect()
}

pub async fn page(State(s): State<AppState>, viewer: Viewer) -> Response {
    match build(&s, &viewer).await {
        Ok(home) => render(StatusCode::OK, &home),
        Err(e) => failure(&e.to_string()),
    }
}

async fn build(s: &AppState, viewer: &Viewer) -> Result<Home, store::Error> {
    let today = chrono::Utc::now().date_naive();
    let posts = store::auth::posts_of(&s.db, viewer.user.person_id, today).await?;
    let reports = store::life::meetings::pending_reports(&s.db, &viewer.access).await?;
    let points = store::life::meetings::open_action_points(&s.db, &viewer.access, None, 20).await?;
    let period = dashboard::period(&s.db, None, None, None, None, today).await?;
    let mut home = Home {
        layout: Layout::new("Home", Some(viewer)),
        posts: posts.iter().map(|(role, code, name)| format!("{role} — {name} ({code})")).collect(),
        reports: reports
            .iter()
            .map(|m| Row {
                cells: vec![
                    m.held_on.to_string(),
                    m.cop_name.clone(),
                    m.facilitator_name.clone(),
                    format!("{} of {}", m.members_present, m.members_expected),
                ],
                link: String::new(),
            })
            .collect(),
        points: points
            .iter()
            .map(|p| Row { cells: vec![p.due_on.to_string(), p.description.clone(), p.owner_name.clone()], link: String::new() })
            .collect(),
        place: String::new(),
        period: format!("{} to {}", period.from, period.to),
        figures: Vec::new(),
        child_header: Vec::new(),
        children: Vec::new(),
    };
    if let Some((_, code, _)) = posts.first() {
        let d = dashboard::dashboard(&s.db, &viewer.access, code, period).await?;
        (home.place, home.figures, home.child_header, home.children) = place_tables(&d);
    }
    Ok(home)
}

/// A place's KPI figures and its children's first four, each child linked to its own page.
pub fn place_tables(d: &dashboard::Dashboard) -> (String, Vec<Figure>, Vec<String>, Vec<Row>) {
    let figures = figures(&d.kpis);
    let header = std::iter::once("Place".to_owned()).chain(figures.iter().take(4).map(|f| f.title.clone())).collect();
    let children = d
        .children
        .iter()
        .map(|c| {
            let values = self::figures(&c.kpis).into_iter().take(4).map(|f| f.value);
            Row { cells: std::iter::once(c.place.name.clone()).chain(values).collect(), link: format!("/places/{}", c.place.code) }
        })
        .collect();
    (d.place.name.clone(), figures, header, children)
}
