//! `/api/v1/cops`: communities of practice and their members.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::post::parse_date;
use serde::Deserialize;
use store::list::Page;
use store::programmes::communities::{self, Community, Member, Site};
use uuid::Uuid;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CopParams {
    /// Only CoPs of this programme (its code).
    #[param(max_length = 40)]
    pub programme: Option<String>,
    /// Only communities of this kind: teachers' CoPs, sector PLCs of head teachers or
    /// district PLCs of leaders of learning.
    #[param(value_type = Option<domain::community::CommunityKind>, inline)]
    pub kind: Option<String>,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct CopBody {
    #[schema(max_length = 40)]
    pub programme: String,
    /// For a school-based programme: the school and the subject.
    #[schema(max_length = 40)]
    pub school: Option<String>,
    #[schema(max_length = 40)]
    pub subject: Option<String>,
    /// For a cluster-based programme: the cluster.
    #[schema(max_length = 40)]
    pub cluster: Option<String>,
    /// Defaults to e.g. "EP Kigarama Maths CoP".
    #[schema(max_length = 200)]
    pub name: Option<String>,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct RenameBody {
    #[schema(max_length = 200)]
    pub name: String,
}

/// How a person belongs to a CoP (documentation of `MemberBody::role`).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
pub enum MembershipRole {
    Member,
    Facilitator,
    /// A PLC's SEI, SLF or DEO: reads it, is not expected at its meetings.
    Official,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct MemberBody {
    /// The person's code (required to add a member; on update, taken from the path).
    #[serde(default)]
    #[schema(max_length = 40)]
    pub person: String,
    /// `member`, `facilitator` or (in a PLC) `official`.
    #[schema(value_type = MembershipRole)]
    pub role: String,
    #[schema(value_type = String, format = Date)]
    pub joined_on: String,
    /// When the person left.
    #[schema(value_type = Option<String>, format = Date)]
    pub left_on: Option<String>,
}

#[utoipa::path(operation_id = "list_cops", get, path = "/cops", tag = "cops", params(ListParams, CopParams),
    responses((status = 200, description = "Done", body = Page<Community>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(s): State<AppState>,
    caller: Caller,
    Query(p): Query<ListParams>,
    Query(c): Query<CopParams>,
) -> ApiResult<Page<Community>> {
    let kind = c.kind.as_deref().map(str::parse).transpose().map_err(|e| ApiError::BadRequest(domain::FieldErrors::single("kind", e)))?;
    let programme = super::bounded("programme", c.programme.as_deref(), 40)?;
    Ok(Json(communities::list(&s.db, &caller.access, &p.filter()?, programme.as_deref(), kind).await?))
}

#[utoipa::path(operation_id = "get_cops", get, path = "/cops/{id}", tag = "cops", params(("id" = Uuid, Path, description = "The CoP's id")),
    responses((status = 200, description = "Done", body = Community), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<Community> {
    Ok(Json(communities::get(&s.db, &caller.access, id).await?))
}

#[utoipa::path(operation_id = "create_cops", post, path = "/cops", tag = "cops", request_body = CopBody,
    responses((status = 200, description = "Done", body = Community), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create(State(s): State<AppState>, caller: Caller, Json(b): Json<CopBody>) -> ApiResult<Community> {
    let site = match (&b.school, &b.cluster) {
        (Some(school), None) => Site::School(school, b.subject.as_deref().unwrap_or_default()),
        (None, Some(cluster)) => Site::Cluster(cluster),
        _ => return Err(ApiError::Invalid(domain::FieldErrors::single("place", domain::why("why-cop-place")))),
    };
    Ok(Json(communities::create(&s.db, &caller.access, &b.programme, site, b.name.as_deref()).await?))
}

/// Renames a CoP. Its programme, place and subject are fixed once formed.
#[utoipa::path(operation_id = "update_cops", put, path = "/cops/{id}", tag = "cops", request_body = RenameBody, params(("id" = Uuid, Path, description = "The CoP's id")),
    responses((status = 200, description = "Done", body = Community), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>, Json(b): Json<RenameBody>) -> ApiResult<Community> {
    Ok(Json(communities::rename(&s.db, &caller.access, id, &b.name).await?))
}

#[utoipa::path(operation_id = "members_cops", get, path = "/cops/{id}/members", tag = "cops", params(("id" = Uuid, Path, description = "The CoP's id")),
    responses((status = 200, description = "Done", body = Vec<Member>), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn members(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<Vec<Member>> {
    Ok(Json(communities::members(&s.db, &caller.access, id).await?))
}

async fn set(s: &AppState, caller: &Caller, id: Uuid, b: &MemberBody) -> Result<Member, ApiError> {
    let mut errors = domain::FieldErrors::new();
    let joined = errors.take("joined_on", parse_date(&b.joined_on));
    let left = b.left_on.as_deref().map(|d| errors.take("left_on", parse_date(d)));
    if !errors.is_empty() {
        return Err(errors.into());
    }
    Ok(communities::set_member(&s.db, &caller.access, id, &b.person, &b.role, joined.unwrap(), left.flatten()).await?)
}

#[utoipa::path(operation_id = "add_member_cops", post, path = "/cops/{id}/members", tag = "cops", request_body = MemberBody, params(("id" = Uuid, Path, description = "The CoP's id")),
    responses((status = 200, description = "Done", body = Member), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn add_member(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>, Json(b): Json<MemberBody>) -> ApiResult<Member> {
    Ok(Json(set(&s, &caller, id, &b).await?))
}

/// Changes a membership: the role, or the date the person left.
#[utoipa::path(operation_id = "update_member_cops", put, path = "/cops/{id}/members/{person}", tag = "cops", request_body = MemberBody,
    params(("id" = Uuid, Path, description = "The CoP's id"), ("person" = String, Path, description = "The person's code")),
    responses((status = 200, description = "Done", body = Member), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update_member(
    State(s): State<AppState>,
    caller: Caller,
    Path((id, person)): Path<(Uuid, String)>,
    Json(b): Json<MemberBody>,
) -> ApiResult<Member> {
    super::same_key("person", &b.person, &person)?;
    Ok(Json(set(&s, &caller, id, &MemberBody { person, ..b }).await?))
}
