//! KPIs for any place, and one CoP's schedule, rotation and maturity.

use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use chrono::NaiveDate;
use domain::kpi::Kpi;
use domain::schedule::Span;
use serde::Deserialize;
use store::life::cop::{self, Maturity, Rotation, TermSchedule};
use store::life::dashboard::{self, Dashboard, Drilldown};
use uuid::Uuid;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodParams {
    /// An academic year's label (default: the year of today, or the latest).
    #[param(max_length = 40)]
    pub year: Option<String>,
    /// A term number of that year.
    #[param(minimum = 1, maximum = 12)]
    pub term: Option<i64>,
    /// Start of a custom range (YYYY-MM-DD); overrides year and term.
    pub from: Option<NaiveDate>,
    /// End of a custom range (YYYY-MM-DD).
    pub to: Option<NaiveDate>,
}

/// Where the KPIs are for.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlaceParams {
    /// A unit's, school's or cluster's code, or a CoP's id.
    #[param(max_length = 40)]
    pub unit: String,
}

impl PeriodParams {
    pub(crate) async fn span(&self, s: &AppState) -> Result<Span, ApiError> {
        if let Some(term) = self.term {
            super::in_range("term", term, 1, 12)?;
        }
        super::bounded("year", self.year.as_deref(), 40)?;
        let today = chrono::Utc::now().date_naive();
        Ok(dashboard::period(&s.db, self.year.as_deref(), self.term, self.from, self.to, today).await?)
    }
}

/// Every KPI for a place (numerator, denominator, value), and the same for each child below it.
#[utoipa::path(get, path = "/kpis", operation_id = "kpis", tag = "kpis", params(PlaceParams, PeriodParams),
    responses((status = 200, description = "Done", body = Dashboard), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody),
        (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn kpis(
    State(s): State<AppState>,
    caller: Caller,
    Query(place): Query<PlaceParams>,
    Query(p): Query<PeriodParams>,
) -> ApiResult<Dashboard> {
    let span = p.span(&s).await?;
    super::bounded("unit", Some(&place.unit), 40)?;
    Ok(Json(dashboard::dashboard(&s.db, &caller.access, &place.unit, span).await?))
}

/// The middle tier's KPIs for a unit (PLC meetings held of planned, head teachers' attendance
/// at their sector PLC, head teachers collaborating regularly, sectors with an LLL in post,
/// days to fill a leader's seat), and the same for each unit below it.
#[utoipa::path(get, path = "/middle-tier", operation_id = "middle_tier", tag = "kpis", params(PlaceParams, PeriodParams),
    responses((status = 200, description = "Done", body = store::leaders::kpis::MiddleTier), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such unit", body = ErrorBody),
        (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn middle_tier(
    State(s): State<AppState>,
    caller: Caller,
    Query(place): Query<PlaceParams>,
    Query(p): Query<PeriodParams>,
) -> ApiResult<store::leaders::kpis::MiddleTier> {
    let span = p.span(&s).await?;
    super::bounded("unit", Some(&place.unit), 40)?;
    Ok(Json(store::leaders::kpis::middle_tier(&s.db, &caller.access, &place.unit, span).await?))
}

/// One KPI for a place, with its children ranked best first: the bright spots and the laggards.
#[utoipa::path(get, path = "/kpis/{kpi}", operation_id = "kpi_drilldown", tag = "kpis",
    params(("kpi" = inline(Kpi), Path, description = "meetings-held, cops-on-frequency, attendance-rate, teachers-at-90, reports-acknowledged, action-points-closed, modality-mix, format-mix, teacher-decisions, facilitators or maturity"), PlaceParams, PeriodParams),
    responses((status = 200, description = "Done", body = Drilldown), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody),
        (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn drilldown(
    State(s): State<AppState>,
    caller: Caller,
    Path(kpi): Path<String>,
    Query(place): Query<PlaceParams>,
    Query(p): Query<PeriodParams>,
) -> ApiResult<Drilldown> {
    let which: Kpi = kpi.parse().map_err(|e: domain::Why| ApiError::NotFound(e.english()))?;
    let span = p.span(&s).await?;
    super::bounded("unit", Some(&place.unit), 40)?;
    Ok(Json(dashboard::drilldown(&s.db, &caller.access, which, &place.unit, span).await?))
}

/// A CoP's planned meetings and held ones, term by term.
#[utoipa::path(get, path = "/cops/{id}/schedule", operation_id = "cop_schedule", tag = "cops", params(("id" = Uuid, Path, description = "The CoP's id")),
    responses((status = 200, description = "Done", body = Vec<TermSchedule>), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn schedule(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<Vec<TermSchedule>> {
    Ok(Json(cop::schedule(&s.db, &caller.access, id).await?))
}

/// Who held each role, how evenly roles rotate, and whose turn it is next.
#[utoipa::path(get, path = "/cops/{id}/rotation", operation_id = "cop_rotation", tag = "cops", params(("id" = Uuid, Path, description = "The CoP's id")),
    responses((status = 200, description = "Done", body = Rotation), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn rotation(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<Rotation> {
    Ok(Json(cop::rotation(&s.db, &caller.access, id).await?))
}

/// The CoP's maturity stage, with the evidence beside it and what teacher-led takes (a PLC's
/// by the same rule, its members in the teachers' place).
#[utoipa::path(get, path = "/cops/{id}/maturity", operation_id = "cop_maturity", tag = "cops", params(("id" = Uuid, Path, description = "The CoP's id"), PeriodParams),
    responses((status = 200, description = "Done", body = Maturity), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn maturity(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<Uuid>,
    Query(p): Query<PeriodParams>,
) -> ApiResult<Maturity> {
    let span = p.span(&s).await?;
    Ok(Json(cop::maturity(&s.db, &caller.access, id, span).await?))
}
