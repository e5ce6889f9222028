//! `/api/v1/posts`: roles held at places. Ending a post is an update that sets `to`.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::NewPost;
use domain::post::PostFields;
use serde::Deserialize;
use store::list::Page;
use store::registry::posts;
use store::registry::posts::{Post, PostFilter};
use uuid::Uuid;

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct PostBody {
    /// The person's code.
    #[schema(max_length = 40)]
    pub person: String,
    /// The role: a school role is held at a school, a coach over a cluster, the rest at a unit.
    #[schema(value_type = domain::Role)]
    pub role: String,
    /// The unit, for roles held at a unit (SLF, SEI, DEO, LLL, NLL, ...).
    #[schema(max_length = 40)]
    pub unit: Option<String>,
    /// The school, for school roles.
    #[schema(max_length = 40)]
    pub school: Option<String>,
    /// The cluster, for a coach.
    #[schema(max_length = 40)]
    pub cluster: Option<String>,
    /// The subject a subject leader leads.
    #[schema(max_length = 40)]
    pub subject: Option<String>,
    /// The first day of the post.
    #[schema(value_type = String, format = Date)]
    pub from: String,
    /// The last day, or absent while the post is held.
    #[schema(value_type = Option<String>, format = Date)]
    pub to: Option<String>,
}

impl PostBody {
    fn parse(&self) -> Result<NewPost, domain::FieldErrors> {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        let (unit, school, cluster, subject, to) = (s(&self.unit), s(&self.school), s(&self.cluster), s(&self.subject), s(&self.to));
        NewPost::parse(&PostFields {
            person: &self.person,
            role: &self.role,
            unit: &unit,
            school: &school,
            cluster: &cluster,
            subject: &subject,
            from: &self.from,
            to: &to,
        })
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PostParams {
    /// Only posts of this role.
    #[param(value_type = Option<domain::Role>, inline)]
    pub role: Option<String>,
    /// Only posts held by this person (their code).
    pub person: Option<String>,
}

#[utoipa::path(operation_id = "list_posts", get, path = "/posts", tag = "posts", params(ListParams, PostParams),
    responses((status = 200, description = "Done", body = Page<Post>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(s): State<AppState>,
    caller: Caller,
    Query(p): Query<ListParams>,
    Query(f): Query<PostParams>,
) -> ApiResult<Page<Post>> {
    if let Some(role) = &f.role {
        role.parse::<domain::Role>().map_err(|e| ApiError::BadRequest(domain::FieldErrors::single("role", e)))?;
    }
    let filter = PostFilter { role: f.role, person: f.person };
    Ok(Json(posts::list(&s.db, &caller.access, &p.filter()?, &filter).await?))
}

#[utoipa::path(operation_id = "get_posts", get, path = "/posts/{id}", tag = "posts", params(("id" = Uuid, Path, description = "The post's id")),
    responses((status = 200, description = "Done", body = Post), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<Post> {
    Ok(Json(posts::get(&s.db, &caller.access, id).await?))
}

/// Creates a post. The same person, role, place, subject and start date is the same post.
#[utoipa::path(operation_id = "create_posts", post, path = "/posts", tag = "posts", request_body = PostBody,
    responses((status = 200, description = "Done", body = Post), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create(State(s): State<AppState>, caller: Caller, Json(body): Json<PostBody>) -> ApiResult<Post> {
    let post = body.parse()?;
    posts::create(&s.db, &caller.access, &post).await?;
    let filter = PostFilter { role: Some(post.role.slug().into()), person: Some(post.person.to_string()) };
    let found = posts::list(&s.db, &caller.access, &store::list::Filter::all(), &filter).await?;
    let place = post.place.code().as_str();
    found
        .items
        .into_iter()
        .find(|p| p.from == post.period.from() && [Some(p.unit.as_str()), p.school.as_deref(), p.cluster.as_deref()].contains(&Some(place)))
        .map(Json)
        .ok_or_else(|| ApiError::Internal("a post just written could not be read back".into()))
}

/// Replaces a post, e.g. to end it by setting `to`. History is kept: posts are never deleted.
#[utoipa::path(operation_id = "update_posts", put, path = "/posts/{id}", tag = "posts", request_body = PostBody, params(("id" = Uuid, Path, description = "The post's id")),
    responses((status = 200, description = "Done", body = Post), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>, Json(body): Json<PostBody>) -> ApiResult<Post> {
    posts::get(&s.db, &caller.access, id).await?;
    let post = body.parse()?;
    Ok(Json(posts::update(&s.db, &caller.access, id, &post).await?))
}
