//! `/api/v1/programmes`: programmes and their delivery models, and forming their CoPs and PLCs.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::NewProgramme;
use domain::programme::PlcSettings;
use serde::Deserialize;
use store::list::Page;
use store::programmes::{self, Programme, forming, forming::Formed, plcs, plcs::PlcsFormed};

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct ProgrammeBody {
    /// Required on create; on update, taken from the path.
    #[serde(default)]
    #[schema(max_length = 40)]
    pub code: String,
    #[schema(max_length = 200)]
    pub name: String,
    #[schema(value_type = domain::DeliveryModel)]
    pub model: String,
    /// Defaults to the model's: 3 (school-based) or 1 (cluster-based).
    #[schema(minimum = 1, maximum = 12)]
    pub meetings_per_term: Option<i64>,
    /// Subject slugs, e.g. `["maths", "english"]`.
    #[serde(default)]
    pub subjects: Vec<String>,
    #[schema(max_length = 40)]
    pub toolkit: Option<String>,
    /// Whether CoPs keep meeting remotely through school closures (default false).
    #[serde(default)]
    pub continues_remotely: bool,
    /// How often its PLCs meet: default 1 a term (seed 002: "termly").
    #[schema(minimum = 1, maximum = 12)]
    pub plc_meetings_per_term: Option<i64>,
    /// Whether a sector PLC holds the deputy head teachers beside the heads (default false).
    #[serde(default)]
    pub plc_deputies: bool,
}

#[utoipa::path(operation_id = "list_programmes", get, path = "/programmes", tag = "programmes", params(ListParams),
    responses((status = 200, description = "Done", body = Page<Programme>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(s): State<AppState>, _caller: Caller, Query(p): Query<ListParams>) -> ApiResult<Page<Programme>> {
    Ok(Json(programmes::list(&s.db, &p.filter()?).await?))
}

#[utoipa::path(operation_id = "get_programmes", get, path = "/programmes/{code}", tag = "programmes", params(("code" = String, Path, description = "The programme's code")),
    responses((status = 200, description = "Done", body = Programme), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, _caller: Caller, Path(code): Path<String>) -> ApiResult<Programme> {
    Ok(Json(programmes::get(&s.db, &code).await?))
}

async fn write(s: &AppState, caller: &Caller, b: &ProgrammeBody, exists: bool) -> Result<Programme, ApiError> {
    let p = NewProgramme::parse(
        &b.code,
        &b.name,
        &b.model,
        b.meetings_per_term,
        &b.subjects.join(";"),
        b.toolkit.as_deref(),
        b.continues_remotely,
    );
    // Every field's problem at once, the PLCs' beside the rest.
    let p = match (p, PlcSettings::parse(b.plc_meetings_per_term, b.plc_deputies)) {
        (Ok(p), Ok(plcs)) => NewProgramme { plcs, ..p },
        (Err(mut errors), Err(why)) => {
            errors.add("plc_meetings_per_term", why);
            return Err(errors.into());
        }
        (Err(errors), Ok(_)) => return Err(errors.into()),
        (Ok(_), Err(why)) => return Err(domain::FieldErrors::single("plc_meetings_per_term", why).into()),
    };
    Ok(programmes::write(&s.db, &caller.access, &p, exists).await?)
}

/// Creates a programme. National admins and M&E officers only.
#[utoipa::path(operation_id = "create_programmes", post, path = "/programmes", tag = "programmes", request_body = ProgrammeBody,
    responses((status = 200, description = "Done", body = Programme), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create(State(s): State<AppState>, caller: Caller, Json(body): Json<ProgrammeBody>) -> ApiResult<Programme> {
    Ok(Json(write(&s, &caller, &body, false).await?))
}

#[utoipa::path(operation_id = "update_programmes", put, path = "/programmes/{code}", tag = "programmes", request_body = ProgrammeBody, params(("code" = String, Path, description = "The programme's code")),
    responses((status = 200, description = "Done", body = Programme), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update(
    State(s): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    Json(body): Json<ProgrammeBody>,
) -> ApiResult<Programme> {
    super::same_key("code", &body.code, &code)?;
    Ok(Json(write(&s, &caller, &ProgrammeBody { code, ..body }, true).await?))
}

/// Forms the programme's CoPs for every school or cluster in the caller's write scope, and
/// enrols teachers and facilitators. Idempotent: calling again adds only what is missing.
#[utoipa::path(operation_id = "form_cops_programmes", post, path = "/programmes/{code}/cops", tag = "programmes", params(("code" = String, Path, description = "The programme's code")),
    responses((status = 200, description = "Done", body = Formed), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn form_cops(State(s): State<AppState>, caller: Caller, Path(code): Path<String>) -> ApiResult<Formed> {
    let today = chrono::Utc::now().date_naive();
    Ok(Json(forming::form(&s.db, &caller.access, &code, today).await?))
}

/// Forms the programme's PLCs for every sector and district in the caller's write scope, with
/// the people whose posts are current today: head teachers, led by the sector's LLL, with the
/// SEI and SLF; the district's LLLs, led by its NLLs, with the DEO. Calling again follows the
/// posts: new holders join, those whose post ended leave (their membership kept, with the day).
#[utoipa::path(operation_id = "form_plcs_programmes", post, path = "/programmes/{code}/plcs", tag = "programmes", params(("code" = String, Path, description = "The programme's code")),
    responses((status = 200, description = "Done", body = PlcsFormed), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn form_plcs(State(s): State<AppState>, caller: Caller, Path(code): Path<String>) -> ApiResult<PlcsFormed> {
    let today = chrono::Utc::now().date_naive();
    Ok(Json(plcs::form(&s.db, &caller.access, &code, today).await?))
}
