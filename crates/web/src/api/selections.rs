//! `/api/v1/vacancies`, `/api/v1/selections` and `/api/v1/selection-rules`: choosing leaders
//! of learning (seed 002), from an open seat to an appointment. Every write is safe to retry:
//! opening a seat's selection again finds it, nominating again changes nothing, recording the
//! same visit and interview again changes nothing, deciding again answers the decision made.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use chrono::NaiveDate;
use domain::selection::{Criterion, Rules};
use domain::{FieldErrors, Role};
use serde::Deserialize;
use std::collections::BTreeMap;
use store::leaders::selections::{self, Assessment, Decision, Record, Selection};
use store::leaders::vacancies::{self, Seat};
use store::list::Page;
use uuid::Uuid;

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SeatParams {
    /// Only seats under this unit (its code), e.g. a district.
    #[param(max_length = 40)]
    pub unit: Option<String>,
}

/// The open seats of leaders of learning the caller reads: an LLL's sector or an NLL's
/// district whose leader's post has ended or ends within six months, or that nobody holds.
#[utoipa::path(operation_id = "list_vacancies", get, path = "/vacancies", tag = "selections", params(SeatParams),
    responses((status = 200, description = "Done", body = Vec<Seat>), (status = 400, description = "A parameter too long", body = ErrorBody), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 404, description = "No such unit", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn seats(State(s): State<AppState>, caller: Caller, Query(p): Query<SeatParams>) -> ApiResult<Vec<Seat>> {
    let unit = super::bounded("unit", p.unit.as_deref(), 40)?;
    Ok(Json(vacancies::open_seats(&s.db, &caller.access, unit.as_deref(), today()).await?))
}

#[utoipa::path(operation_id = "list_selections", get, path = "/selections", tag = "selections", params(ListParams),
    responses((status = 200, description = "Done", body = Page<Selection>), (status = 400, description = "A parameter out of range", body = ErrorBody), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 404, description = "No such unit", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(s): State<AppState>, caller: Caller, Query(p): Query<ListParams>) -> ApiResult<Page<Selection>> {
    Ok(Json(selections::list(&s.db, &caller.access, &p.filter()?).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct OpenBody {
    /// `lll` (a sector's seat) or `nll` (a district's).
    #[schema(value_type = String, pattern = "^(lll|nll)$")]
    pub role: String,
    /// The sector or district (its code).
    #[schema(max_length = 40)]
    pub unit: String,
}

/// Opens the selection for an open seat, its committee taken from posts; or answers the one open.
#[utoipa::path(operation_id = "open_selections", post, path = "/selections", tag = "selections", request_body = OpenBody,
    responses((status = 200, description = "Done", body = Record), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such unit", body = ErrorBody), (status = 422, description = "The seat is not open, or the role is not a leader of learning's", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn open(State(s): State<AppState>, caller: Caller, Json(b): Json<OpenBody>) -> ApiResult<Record> {
    let role = match b.role.parse::<Role>() {
        Ok(r @ (Role::Lll | Role::Nll)) => r,
        _ => {
            return Err(ApiError::Invalid(FieldErrors::single(
                "role",
                domain::why("why-not-one-of").arg("value", format!("{:?}", b.role)).arg("allowed", "lll, nll"),
            )));
        }
    };
    let unit = super::bounded("unit", Some(&b.unit), 40)?.unwrap_or_default();
    Ok(Json(selections::open(&s.db, &caller.access, role, &unit, today()).await?))
}

/// A selection with its committee, nominations and (while open) candidates with their evidence.
#[utoipa::path(operation_id = "get_selections", get, path = "/selections/{id}", tag = "selections", params(("id" = Uuid, Path, description = "The selection's id")),
    responses((status = 200, description = "Done", body = Record), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<Record> {
    Ok(Json(selections::get(&s.db, &caller.access, id, today()).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NominationBody {
    /// The candidate (their code): an eligible head teacher in post where the seat is.
    #[schema(max_length = 40)]
    pub person: String,
}

#[utoipa::path(operation_id = "nominate_selections", post, path = "/selections/{id}/nominations", tag = "selections", request_body = NominationBody, params(("id" = Uuid, Path, description = "The selection's id")),
    responses((status = 200, description = "Done", body = Record), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Not on the committee nor writing where the seat is", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Not a candidate, not eligible, or the selection decided", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn nominate(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>, Json(b): Json<NominationBody>) -> ApiResult<Record> {
    let person = super::bounded("person", Some(&b.person), 40)?.unwrap_or_default();
    Ok(Json(selections::nominate(&s.db, &caller.access, id, &person, today()).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct AssessmentBody {
    /// The day of the committee's school visit.
    #[schema(value_type = Option<String>, format = Date)]
    pub visited_on: Option<NaiveDate>,
    #[schema(max_length = 2000)]
    pub visit_notes: Option<String>,
    /// The day of the interview.
    #[schema(value_type = Option<String>, format = Date)]
    pub interviewed_on: Option<NaiveDate>,
    #[schema(max_length = 2000)]
    pub interview_notes: Option<String>,
    /// A score from 1 to 4 for each criterion scored: `school-practice`,
    /// `collaborative-leadership`, `appetite-to-learn`, `use-of-data`.
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, i64>)]
    pub scores: BTreeMap<Criterion, i64>,
}

/// Records the committee's visit, interview and scores for a nominee (replacing what was recorded).
#[utoipa::path(operation_id = "assess_selections", put, path = "/selections/{id}/nominations/{person}", tag = "selections", request_body = AssessmentBody,
    params(("id" = Uuid, Path, description = "The selection's id"), ("person" = String, Path, description = "The nominee's code")),
    responses((status = 200, description = "Done", body = Record), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Not on the committee nor writing where the seat is", body = ErrorBody), (status = 404, description = "No such selection or nomination", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn assess(
    State(s): State<AppState>,
    caller: Caller,
    Path((id, person)): Path<(Uuid, String)>,
    Json(b): Json<AssessmentBody>,
) -> ApiResult<Record> {
    let mut errors = FieldErrors::new();
    let mut notes = |field: &str, v: &Option<String>| match v.as_deref().map(|v| domain::text::prose(v, domain::text::NOTE)) {
        Some(Ok(v)) => v,
        Some(Err(e)) => {
            errors.add(field, e);
            None
        }
        None => None,
    };
    let a = Assessment {
        visited_on: b.visited_on,
        visit_notes: notes("visit_notes", &b.visit_notes),
        interviewed_on: b.interviewed_on,
        interview_notes: notes("interview_notes", &b.interview_notes),
        scores: b.scores,
    };
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    Ok(Json(selections::assess(&s.db, &caller.access, id, &person, &a, today()).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct DecisionBody {
    /// The nominee appointed (their code), visited and interviewed; absent to appoint nobody.
    #[schema(max_length = 40)]
    pub appoint: Option<String>,
    /// The appointee's first day in post (default today).
    #[schema(value_type = Option<String>, format = Date)]
    pub starts_on: Option<NaiveDate>,
    /// Why: the committee's reason, said to the candidates.
    #[schema(min_length = 1, max_length = 500)]
    pub reason: String,
}

/// Decides a selection; an appointment creates the post under the rules of granting it.
#[utoipa::path(operation_id = "decide_selections", post, path = "/selections/{id}/decision", tag = "selections", request_body = DecisionBody, params(("id" = Uuid, Path, description = "The selection's id")),
    responses((status = 200, description = "Done", body = Record), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope, or a rule of granting forbids the post", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn decide(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>, Json(b): Json<DecisionBody>) -> ApiResult<Record> {
    let appoint = super::bounded("appoint", b.appoint.as_deref(), 40)?;
    let d = Decision { appoint: appoint.map(|p| (p, b.starts_on.unwrap_or_else(today))), reason: b.reason };
    Ok(Json(selections::decide(&s.db, &caller.access, id, &d, today()).await?))
}

#[utoipa::path(operation_id = "get_selection_rules", get, path = "/selection-rules", tag = "selections",
    responses((status = 200, description = "Done", body = Rules), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn rules(State(s): State<AppState>, _caller: Caller) -> ApiResult<Rules> {
    Ok(Json(store::leaders::rules(&s.db).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct RulesBody {
    /// Years as a head teacher, at least (0 to 40).
    #[schema(minimum = 0, maximum = 40)]
    pub head_years: i64,
    /// Exam years looked at (2 to 10).
    #[schema(minimum = 2, maximum = 10)]
    pub results_years: i64,
    /// "High": the pass rate over those years at least this percentage.
    #[schema(minimum = 0, maximum = 100)]
    pub high_pct: i64,
    /// "Improving": no year lower than the one before, the last this many points above the first.
    #[schema(minimum = 0, maximum = 100)]
    pub gain_pts: i64,
}

/// Sets the country's eligibility rules (national configuration).
#[utoipa::path(operation_id = "set_selection_rules", put, path = "/selection-rules", tag = "selections", request_body = RulesBody,
    responses((status = 200, description = "Done", body = Rules), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Only national staff set them", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_rules(State(s): State<AppState>, caller: Caller, Json(b): Json<RulesBody>) -> ApiResult<Rules> {
    let rules = Rules::parse(b.head_years, b.results_years, b.high_pct, b.gain_pts).map_err(ApiError::Invalid)?;
    Ok(Json(store::leaders::set_rules(&s.db, &caller.access, &rules).await?))
}
