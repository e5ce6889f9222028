//! `/api/v1/schools`.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::NewSchool;
use serde::Deserialize;
use store::batch::{Mode, Policy};
use store::list::Page;
use store::registry::{schools, schools::School};

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct SchoolBody {
    /// The official school code. Required on create; on update, taken from the path.
    #[serde(default)]
    #[schema(max_length = 40)]
    pub code: String,
    #[schema(max_length = 200)]
    pub name: String,
    /// The code of the unit the school is in.
    #[schema(max_length = 40)]
    pub unit: String,
    #[schema(value_type = domain::Ownership)]
    pub ownership: String,
    #[schema(value_type = domain::Locality)]
    pub locality: String,
}

#[utoipa::path(operation_id = "list_schools", get, path = "/schools", tag = "schools", params(ListParams),
    responses((status = 200, description = "Done", body = Page<School>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(s): State<AppState>, caller: Caller, Query(p): Query<ListParams>) -> ApiResult<Page<School>> {
    Ok(Json(schools::list(&s.db, &caller.access, &p.filter()?).await?))
}

#[utoipa::path(operation_id = "get_schools", get, path = "/schools/{code}", tag = "schools", params(("code" = String, Path, description = "The school's code")),
    responses((status = 200, description = "Done", body = School), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(code): Path<String>) -> ApiResult<School> {
    Ok(Json(schools::get(&s.db, &caller.access, &code).await?))
}

async fn write(s: &AppState, caller: &Caller, b: &SchoolBody, mode: Mode) -> Result<School, ApiError> {
    let school = NewSchool::parse(&b.code, &b.name, &b.unit, &b.ownership, &b.locality)?;
    schools::write(&s.db, &caller.access, std::slice::from_ref(&school), mode, Policy::AllOrNothing).await?;
    Ok(schools::get(&s.db, &caller.access, school.code.as_str()).await?)
}

#[utoipa::path(operation_id = "create_schools", post, path = "/schools", tag = "schools", request_body = SchoolBody,
    responses((status = 200, description = "Done", body = School), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create(State(s): State<AppState>, caller: Caller, Json(body): Json<SchoolBody>) -> ApiResult<School> {
    Ok(Json(write(&s, &caller, &body, Mode::Create).await?))
}

#[utoipa::path(operation_id = "update_schools", put, path = "/schools/{code}", tag = "schools", request_body = SchoolBody, params(("code" = String, Path, description = "The school's code")),
    responses((status = 200, description = "Done", body = School), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update(
    State(s): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    Json(body): Json<SchoolBody>,
) -> ApiResult<School> {
    schools::get(&s.db, &caller.access, &code).await?;
    super::same_key("code", &body.code, &code)?;
    Ok(Json(write(&s, &caller, &SchoolBody { code, ..body }, Mode::Update).await?))
}
