//! A place's page (`/places/{code}`: the country, a province, district or sector, a school, a
//! cluster or a CoP): every KPI with its numerator and denominator, and the places under it,
//! each a link one level down. Out of the viewer's scope: 403; unknown: 404.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use store::life::dashboard;

use super::home::{Figure, Row, place_tables};
use super::{Layout, Viewer, failure, message, render};
use crate::AppState;

#[derive(Template)]
#[template(path = "place.html")]
struct Place {
    layout: Layout,
    place: String,
    period: String,
    figures: Vec<Figure>,
    child_header: Vec<String>,
    children: Vec<Row>,
}

pub async fn page(State(s): State<AppState>, viewer: Viewer, Path(code): Path<String>) -> Response {
    let today = chrono::Utc::now().date_naive();
    let shown = async {
        let period = dashboard::period(&s.db, None, None, None, None, today).await?;
        let d = dashboard::dashboard(&s.db, &viewer.access, &code, period).await?;
        Ok::<_, store::Error>((period, d))
    };
    match shown.await {
        Ok((period, d)) => {
            let (place, figures, child_header, children) = place_tables(&d);
            let layout = Layout::new(place.clone(), Some(&viewer));
            render(
                StatusCode::OK,
                &Place { layout, place, period: format!("{} to {}", period.from, period.to), figures, child_header, children },
            )
        }
        Err(store::Error::OutOfScope { .. }) => message(
            StatusCode::FORBIDDEN,
            "Not yours to see",
            "This place is outside what your posts cover. Ask your district office if you need it.",
        ),
        Err(store::Error::NotFound { .. }) => {
            message(StatusCode::NOT_FOUND, "No such place", "Check the address, or start again from your home page.")
        }
        Err(e) => failure(&e.to_string()),
    }
}
