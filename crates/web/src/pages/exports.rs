//! Downloads (`/exports/{kind}.csv` or `.xlsx`): the registry's records the viewer may see
//! (schools, people, posts), and CoP life within their scope (meetings, attendance, action
//! points) for a period (`?year=&term=` or `?from=&to=`, the current school year by default)
//! under a unit (`?unit=`). The same tables as `pamoja export`.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use formats::Table;
use formats::life::LifeKind;
use formats::registry::Kind;
use serde::Deserialize;

use super::{Viewer, failure, message};
use crate::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Wanted {
    #[serde(flatten)]
    period: super::period::Asked,
    unit: String,
}

enum What {
    Registry(Kind),
    Life(LifeKind),
}

/// A file's download: CSV as UTF-8, XLSX as a workbook of text cells.
fn download(table: &Table, name: &str, xlsx: bool) -> Response {
    let (kind, body) = if xlsx {
        match table.to_xlsx(name) {
            Ok(bytes) => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes),
            Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
        }
    } else {
        ("text/csv; charset=utf-8", table.to_csv())
    };
    let file = format!("{name}.{}", if xlsx { "xlsx" } else { "csv" });
    ([(header::CONTENT_TYPE, kind.to_owned()), (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\""))], body)
        .into_response()
}

pub async fn export(State(s): State<AppState>, viewer: Viewer, Path(file): Path<String>, Query(w): Query<Wanted>) -> Response {
    let t = viewer.t;
    let (name, xlsx) = match (file.strip_suffix(".csv"), file.strip_suffix(".xlsx")) {
        (Some(name), _) => (name, false),
        (_, Some(name)) => (name, true),
        _ => return message(t, StatusCode::NOT_FOUND, "record-missing"),
    };
    let what = match (name.parse::<Kind>(), name.parse::<LifeKind>()) {
        (Ok(kind), _) => What::Registry(kind),
        (_, Ok(kind)) => What::Life(kind),
        _ => return message(t, StatusCode::NOT_FOUND, "record-missing"),
    };
    // A period that cannot be read is said, not replaced by the default one.
    let today = chrono::Utc::now().date_naive();
    let asked = match what {
        What::Life(_) => match w.period.span(&s.db, today, t).await {
            Ok(asked) => asked,
            Err(problem) => return super::said(t, StatusCode::UNPROCESSABLE_ENTITY, "period-unreadable", problem),
        },
        What::Registry(_) => None,
    };
    let made = async {
        match what {
            What::Registry(kind) => service::registry_files::export(&s.db, &viewer.access, kind, &file, None).await,
            What::Life(kind) => {
                let period = match asked {
                    Some(span) => span,
                    None => store::life::dashboard::period(&s.db, None, None, None, None, today).await?,
                };
                let path = match w.unit.trim() {
                    "" => None,
                    code => Some(store::registry::units::path_of(&s.db, code).await?),
                };
                service::life_files::table(&s.db, &viewer.access, kind, &file, path.as_deref(), period).await
            }
        }
    };
    match made.await {
        Ok(table) => download(&table, name, xlsx),
        Err(store::Error::NotFound { .. } | store::Error::Invalid(_)) => message(t, StatusCode::NOT_FOUND, "record-missing"),
        Err(e) => failure(t, &e.to_string()),
    }
}
