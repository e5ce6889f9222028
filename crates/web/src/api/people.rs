//! `/api/v1/people`.

use super::extract::{Json, Path, Query};
use super::{ListParams, this_year};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult, ErrorBody};
use axum::extract::State;
use domain::NewPerson;
use domain::person::PersonFields;
use serde::Deserialize;
use store::batch::{Mode, Policy};
use store::list::Page;
use store::registry::{people, people::Person};

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct PersonBody {
    /// The ministry's staff number. Required on create; on update, taken from the path.
    #[serde(default)]
    #[schema(max_length = 40)]
    pub code: String,
    #[schema(max_length = 200)]
    pub name: String,
    #[schema(value_type = domain::Gender)]
    pub gender: String,
    /// From 1930 to 15 years before this one.
    #[schema(minimum = 1930, maximum = 2100)]
    pub birth_year: Option<i32>,
    /// When the birth year is unknown.
    #[schema(value_type = Option<domain::AgeBand>)]
    pub age_band: Option<String>,
    /// Subject slugs, e.g. `["maths", "english"]`.
    #[serde(default)]
    pub subjects: Vec<String>,
    #[schema(max_length = 200)]
    pub qualification: Option<String>,
    /// From 1950 to this year.
    #[schema(minimum = 1950, maximum = 2100)]
    pub started_teaching: Option<i32>,
    #[schema(max_length = 40)]
    pub phone: Option<String>,
    /// The unit the person is registered under.
    #[schema(max_length = 40)]
    pub unit: String,
    /// Their school, if they work at one.
    #[schema(max_length = 40)]
    pub school: Option<String>,
}

#[utoipa::path(operation_id = "list_people", get, path = "/people", tag = "people", params(ListParams),
    responses((status = 200, description = "Done", body = Page<Person>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(s): State<AppState>, caller: Caller, Query(p): Query<ListParams>) -> ApiResult<Page<Person>> {
    Ok(Json(people::list(&s.db, &caller.access, &p.filter()?).await?))
}

#[utoipa::path(operation_id = "get_people", get, path = "/people/{code}", tag = "people", params(("code" = String, Path, description = "The person's code")),
    responses((status = 200, description = "Done", body = Person), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(code): Path<String>) -> ApiResult<Person> {
    Ok(Json(people::get(&s.db, &caller.access, &code).await?))
}

async fn write(s: &AppState, caller: &Caller, b: &PersonBody, mode: Mode) -> Result<Person, ApiError> {
    let text = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
    let (birth_year, started, subjects) = (text(b.birth_year), text(b.started_teaching), b.subjects.join(";"));
    let fields = PersonFields {
        code: &b.code,
        name: &b.name,
        gender: &b.gender,
        birth_year: &birth_year,
        age_band: b.age_band.as_deref().unwrap_or_default(),
        subjects: &subjects,
        qualification: b.qualification.as_deref().unwrap_or_default(),
        started_teaching: &started,
        phone: b.phone.as_deref().unwrap_or_default(),
        unit: &b.unit,
        school: b.school.as_deref().unwrap_or_default(),
    };
    let person = NewPerson::parse(&fields, this_year())?;
    people::write(&s.db, &caller.access, std::slice::from_ref(&person), mode, Policy::AllOrNothing).await?;
    Ok(people::get(&s.db, &caller.access, person.code.as_str()).await?)
}

#[utoipa::path(operation_id = "create_people", post, path = "/people", tag = "people", request_body = PersonBody,
    responses((status = 200, description = "Done", body = Person), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create(State(s): State<AppState>, caller: Caller, Json(body): Json<PersonBody>) -> ApiResult<Person> {
    Ok(Json(write(&s, &caller, &body, Mode::Create).await?))
}

#[utoipa::path(operation_id = "update_people", put, path = "/people/{code}", tag = "people", request_body = PersonBody, params(("code" = String, Path, description = "The person's code")),
    responses((status = 200, description = "Done", body = Person), (status = 401, description = "No token, or an unknown one", body = ErrorBody), (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody), (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn update(
    State(s): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    Json(body): Json<PersonBody>,
) -> ApiResult<Person> {
    people::get(&s.db, &caller.access, &code).await?;
    super::same_key("code", &body.code, &code)?;
    Ok(Json(write(&s, &caller, &PersonBody { code, ..body }, Mode::Update).await?))
}
