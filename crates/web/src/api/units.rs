//! `/api/v1/units`: the administrative hierarchy.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::NewUnit;
use serde::Deserialize;
use store::batch::{Mode, Policy};
use store::list::Page;
use store::registry::{units, units::Unit};

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct UnitBody {
    /// Required on create; on update, taken from the path.
    #[serde(default)]
    #[schema(max_length = 40)]
    pub code: String,
    #[schema(max_length = 200)]
    pub name: String,
    /// The level's slug, e.g. `district`.
    #[schema(max_length = 200)]
    pub level: String,
    /// The parent unit's code; empty only for the country.
    #[serde(default)]
    #[schema(max_length = 40)]
    pub parent: String,
}

/// Units the caller can see: their subtree, and the units above their posts.
#[utoipa::path(operation_id = "list_units", get, path = "/units", tag = "units", params(ListParams),
    responses((status = 200, description = "Done", body = Page<Unit>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(s): State<AppState>, caller: Caller, Query(p): Query<ListParams>) -> ApiResult<Page<Unit>> {
    Ok(Json(units::list(&s.db, &caller.access, &p.filter()?).await?))
}

#[utoipa::path(operation_id = "get_units", get, path = "/units/{code}", tag = "units", params(("code" = String, Path, description = "The unit's code")),
    responses((status = 200, description = "Done", body = Unit), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(code): Path<String>) -> ApiResult<Unit> {
    Ok(Json(units::get(&s.db, &caller.access, &code).await?))
}

async fn write(s: &AppState, caller: &Caller, body: &UnitBody, mode: Mode) -> Result<Unit, ApiError> {
    let unit = NewUnit::parse(&body.code, &body.name, &body.level, &body.parent)?;
    units::write(&s.db, &caller.access, std::slice::from_ref(&unit), mode, Policy::AllOrNothing).await?;
    Ok(units::get(&s.db, &caller.access, unit.code.as_str()).await?)
}

#[utoipa::path(operation_id = "create_units", post, path = "/units", tag = "units", request_body = UnitBody,
    responses((status = 200, description = "Done", body = Unit), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create(State(s): State<AppState>, caller: Caller, Json(body): Json<UnitBody>) -> ApiResult<Unit> {
    Ok(Json(write(&s, &caller, &body, Mode::Create).await?))
}

/// Renames a unit. Its level and parent cannot change.
#[utoipa::path(operation_id = "update_units", put, path = "/units/{code}", tag = "units", request_body = UnitBody, params(("code" = String, Path, description = "The unit's code")),
    responses((status = 200, description = "Done", body = Unit), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update(State(s): State<AppState>, caller: Caller, Path(code): Path<String>, Json(body): Json<UnitBody>) -> ApiResult<Unit> {
    units::get(&s.db, &caller.access, &code).await?;
    super::same_key("code", &body.code, &code)?;
    Ok(Json(write(&s, &caller, &UnitBody { code, ..body }, Mode::Update).await?))
}
