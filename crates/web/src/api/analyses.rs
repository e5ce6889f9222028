//! `/api/v1/analyses/tlt`: the study's report on a survey round, over the respondents the
//! caller's posts cover, as a page (HTML, no script) or JSON.

use super::extract::Query;
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ErrorBody};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use domain::survey::RoundKind;
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TltParams {
    /// Which round (default `baseline`).
    #[param(value_type = Option<RoundParam>, inline)]
    pub round: Option<String>,
    /// Only schools in this country (its root unit's code, e.g. `rw`).
    #[param(max_length = 40)]
    pub country: Option<String>,
    /// `html` (default) or `json`.
    #[param(inline)]
    pub format: Option<ReportFormat>,
}

/// The rounds a report can be made for.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
pub enum RoundParam {
    Baseline,
    Midline,
    Endline,
}

#[derive(Debug, Clone, Copy, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Html,
    Json,
}

/// The Teachers Learning Together analysis: Tables 3–10 of seed 000, each index's reliability,
/// seed 001's closure tests and, with an endline, the impact designs. Every table states its n,
/// test, method and missing-data rule.
#[utoipa::path(operation_id = "tlt_report", get, path = "/analyses/tlt", tag = "analyses", params(TltParams),
    responses((status = 200, description = "The report: a page (`format=html`, the default) or JSON (`format=json`)",
        content((String = "text/html"), (Object = "application/json"))),
        (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Not a researcher, M&E officer or registry writer", body = ErrorBody), (status = 404, description = "No responses in the caller's scope for that round", body = ErrorBody), (status = 422, description = "Invalid parameters", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn tlt(State(s): State<AppState>, caller: Caller, Query(p): Query<TltParams>) -> Result<Response, ApiError> {
    if !service::study::may_read(&caller.access) {
        return Err(ApiError::Forbidden("the study's report is for researchers, M&E officers and those who write the registry".into()));
    }
    let kind: RoundKind = p
        .round
        .as_deref()
        .unwrap_or("baseline")
        .parse()
        .map_err(|e: domain::Why| ApiError::Invalid(domain::FieldErrors::single("round", e)))?;
    let report = service::study::tlt(&s.db, &caller.access, kind, p.country.as_deref(), words::Tr::default())
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no {} survey responses from schools you can see", kind.slug())))?;
    Ok(match p.format.unwrap_or(ReportFormat::Html) {
        ReportFormat::Json => ([(axum::http::header::CONTENT_TYPE, "application/json")], analysis::render::json(&report)).into_response(),
        ReportFormat::Html => Html(analysis::render::html(words::Tr::default(), &report)).into_response(),
    })
}
