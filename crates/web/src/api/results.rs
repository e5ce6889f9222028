//! `/api/v1/results` and `/api/v1/schools/{code}/results/{year}/{subject}`: schools' exam
//! results, read where the caller reads the school and written where they write it. A `PUT`
//! is safe to retry: the same result again changes nothing.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::results::{NewResult, ResultFields};
use serde::Deserialize;
use store::list::Page;
use store::registry::results::{self, ResultFilter, SchoolResult};

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResultParams {
    /// Only this school's results (its code).
    #[param(max_length = 40)]
    pub school: Option<String>,
    /// Only this exam year.
    #[param(minimum = 2000, maximum = 2200)]
    pub year: Option<i32>,
    /// Only this subject.
    #[param(max_length = 40)]
    pub subject: Option<String>,
}

#[utoipa::path(operation_id = "list_results", get, path = "/results", tag = "results", params(ListParams, ResultParams),
    responses((status = 200, description = "Done", body = Page<SchoolResult>), (status = 400, description = "A parameter out of range", body = ErrorBody), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(s): State<AppState>,
    caller: Caller,
    Query(p): Query<ListParams>,
    Query(r): Query<ResultParams>,
) -> ApiResult<Page<SchoolResult>> {
    let only = ResultFilter {
        school: super::bounded("school", r.school.as_deref(), 40)?,
        year: r.year.map(|y| super::in_range("year", y, 2000, 2200)).transpose()?,
        subject: super::bounded("subject", r.subject.as_deref(), 40)?,
    };
    Ok(Json(results::list(&s.db, &caller.access, &p.filter()?, &only).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ResultBody {
    /// Candidates who sat the exam in the subject, at least one.
    #[schema(minimum = 1, maximum = 100000)]
    pub candidates: i64,
    /// Of them, those who passed.
    #[schema(minimum = 0, maximum = 100000)]
    pub passed: i64,
}

/// Sets a school's result in one subject and year, replacing the one there was.
#[utoipa::path(operation_id = "put_results", put, path = "/schools/{code}/results/{year}/{subject}", tag = "results", request_body = ResultBody,
    params(("code" = String, Path, description = "The school's code"), ("year" = i32, Path, description = "The exam year"), ("subject" = String, Path, description = "The subject's code, e.g. english")),
    responses((status = 200, description = "Done", body = SchoolResult), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such school", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn put(
    State(s): State<AppState>,
    caller: Caller,
    Path((code, year, subject)): Path<(String, String, String)>,
    Json(body): Json<ResultBody>,
) -> ApiResult<SchoolResult> {
    let (candidates, passed) = (body.candidates.to_string(), body.passed.to_string());
    let fields = ResultFields { school: &code, year: &year, subject: &subject, candidates: &candidates, passed: &passed };
    let result = NewResult::parse(&fields, super::this_year()).map_err(ApiError::Invalid)?;
    Ok(Json(results::put(&s.db, &caller.access, &result).await?))
}
