//! `/api/v1/clusters`.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::NewCluster;
use serde::Deserialize;
use store::batch::{Mode, Policy};
use store::list::Page;
use store::registry::{clusters, clusters::Cluster};

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ClusterBody {
    /// Required on create; on update, taken from the path.
    #[serde(default)]
    #[schema(max_length = 40)]
    pub code: String,
    #[schema(max_length = 200)]
    pub name: String,
    /// The code of the programme that formed the cluster.
    #[schema(max_length = 40)]
    pub programme: String,
    /// The unit all the cluster's schools lie under.
    #[schema(max_length = 40)]
    pub unit: String,
    /// The member schools' codes (the seeds' clusters have 4-5).
    pub schools: Vec<String>,
}

#[utoipa::path(operation_id = "list_clusters", get, path = "/clusters", tag = "clusters", params(ListParams),
    responses((status = 200, description = "Done", body = Page<Cluster>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(s): State<AppState>, caller: Caller, Query(p): Query<ListParams>) -> ApiResult<Page<Cluster>> {
    Ok(Json(clusters::list(&s.db, &caller.access, &p.filter()?).await?))
}

#[utoipa::path(operation_id = "get_clusters", get, path = "/clusters/{code}", tag = "clusters", params(("code" = String, Path, description = "The cluster's code")),
    responses((status = 200, description = "Done", body = Cluster), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(code): Path<String>) -> ApiResult<Cluster> {
    Ok(Json(clusters::get(&s.db, &caller.access, &code).await?))
}

async fn write(s: &AppState, caller: &Caller, b: &ClusterBody, mode: Mode) -> Result<Cluster, ApiError> {
    let schools: Vec<&str> = b.schools.iter().map(String::as_str).collect();
    let cluster = NewCluster::parse(&b.code, &b.name, &b.programme, &b.unit, &schools)?;
    clusters::write(&s.db, &caller.access, std::slice::from_ref(&cluster), mode, Policy::AllOrNothing).await?;
    Ok(clusters::get(&s.db, &caller.access, cluster.code.as_str()).await?)
}

#[utoipa::path(operation_id = "create_clusters", post, path = "/clusters", tag = "clusters", request_body = ClusterBody,
    responses((status = 200, description = "Done", body = Cluster), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create(State(s): State<AppState>, caller: Caller, Json(body): Json<ClusterBody>) -> ApiResult<Cluster> {
    Ok(Json(write(&s, &caller, &body, Mode::Create).await?))
}

/// Renames a cluster or changes its schools.
#[utoipa::path(operation_id = "update_clusters", put, path = "/clusters/{code}", tag = "clusters", request_body = ClusterBody, params(("code" = String, Path, description = "The cluster's code")),
    responses((status = 200, description = "Done", body = Cluster), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update(
    State(s): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    Json(body): Json<ClusterBody>,
) -> ApiResult<Cluster> {
    clusters::get(&s.db, &caller.access, &code).await?;
    super::same_key("code", &body.code, &code)?;
    Ok(Json(write(&s, &caller, &ClusterBody { code, ..body }, Mode::Update).await?))
}
