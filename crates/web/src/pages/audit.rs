//! The audit trail (`/audit`): the newest changes within what the viewer's posts cover (who,
//! when, what, and the record before and after), as `store::audit` keeps them.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::place::Row;
use super::{Layout, Viewer, failure, render};
use crate::AppState;

const SHOWN: u64 = 100;

#[derive(Template)]
#[template(path = "audit.html")]
struct Audit {
    layout: Layout,
    rows: Vec<Row>,
}

pub async fn page(State(s): State<AppState>, viewer: Viewer) -> Response {
    let t = viewer.t;
    let entries = match store::audit::recent(&s.db, &viewer.access, SHOWN).await {
        Ok(e) => e,
        Err(e) => return failure(t, &e.to_string()),
    };
    let rows = entries
        .into_iter()
        .map(|e| Row {
            cells: vec![
                format!("{} {}", t.date(e.changed_at.date_naive()), e.changed_at.format("%H:%M UTC")),
                e.who.unwrap_or_else(|| t.s("audit-command-line")),
                t.s(&format!("audit-{}", e.what.replace(' ', "-").to_lowercase())),
                e.before_value.unwrap_or_default(),
                e.after_value.unwrap_or_default(),
            ],
            link: match e.what.as_str() {
                "action point followed up" => format!("/action-points/{}", e.record),
                "school written" => format!("/places/{}", e.record),
                "person written" => format!("/registry?kind=people&q={}", e.record),
                "cluster written" => format!("/places/{}", e.record),
                "CoP renamed" | "CoP membership written" | "CoP formed" => format!("/cops/{}", e.record),
                "meeting recorded" | "report acknowledged" => format!("/meetings/{}", e.record),
                _ => String::new(),
            },
        })
        .collect();
    render(StatusCode::OK, &Audit { layout: Layout::new(t.s("audit-title"), &viewer), rows })
}
