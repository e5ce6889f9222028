//! `/api/v1/rubrics`: the observation rubrics (issue 14), each version kept whole, so an
//! observation keeps the version it was scored with. Read by anyone signed in; written by
//! national staff (`pamoja rubric import`).

use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiResult, ErrorBody};
use axum::extract::State;
use serde::Deserialize;
use store::rubrics::{Stored, Summary};

/// Every rubric's latest version.
#[utoipa::path(operation_id = "list_rubrics", get, path = "/rubrics", tag = "observations",
    responses((status = 200, description = "Done", body = Vec<Summary>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(s): State<AppState>, _caller: Caller) -> ApiResult<Vec<Summary>> {
    Ok(Json(store::rubrics::list(&s.db).await?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VersionParams {
    /// A version (default: the latest).
    #[param(minimum = 1)]
    pub version: Option<i64>,
}

/// A rubric: its areas, elements and behaviours, scale, segments and benchmark rule.
#[utoipa::path(operation_id = "get_rubric", get, path = "/rubrics/{code}", tag = "observations",
    params(("code" = String, Path, description = "The rubric's code", max_length = 40), VersionParams),
    responses((status = 200, description = "Done", body = Stored), (status = 400, description = "A parameter too long", body = ErrorBody),
        (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 404, description = "No such rubric or version", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(
    State(s): State<AppState>,
    _caller: Caller,
    Path(code): Path<String>,
    Query(p): Query<VersionParams>,
) -> ApiResult<Stored> {
    let code = super::bounded("code", Some(&code), 40)?.unwrap_or_default();
    Ok(Json(store::rubrics::get(&s.db, &code, p.version).await?))
}
