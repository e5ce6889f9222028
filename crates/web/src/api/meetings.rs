//! `/api/v1/meetings`, `/api/v1/cops/{id}/meetings` and the accountability loop: recording a
//! held meeting, the HT acknowledging its report, and following action points up.

use super::ListParams;
use super::extract::{Json, Path, Query};
use crate::AppState;
use crate::caller::Caller;
use crate::error::{ApiResult, ErrorBody};
use axum::extract::State;
use chrono::NaiveDate;
use domain::meeting::{MeetingFields, NewMeeting};
use domain::post::parse_date;
use domain::vocab::Finding;
use serde::{Deserialize, Serialize};
use store::life::meetings::{self, ActionPoint, Meeting, MeetingDetail, MeetingFilter, PointFilter};
use store::life::{group, reports};
use store::list::Page;
use uuid::Uuid;

/// Records a held meeting of a CoP: attendance, formats, roles, decisions, topics, summary and
/// action points. Its report goes to the HT of the CoP's school (for a cluster, of each member
/// present). Members left out of `attendance` are recorded absent.
#[utoipa::path(post, path = "/cops/{id}/meetings", operation_id = "record_meeting", tag = "meetings", request_body = MeetingFields,
    params(("id" = Uuid, Path, description = "The CoP's id")),
    responses((status = 200, description = "Recorded; the full report is at /meetings/{id}", body = Meeting),
        (status = 409, description = "The CoP already has a meeting that day: `id` is the one kept (a retry of a meeting already saved)", body = ErrorBody),
        (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody),
        (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn record_meeting(
    State(s): State<AppState>,
    caller: Caller,
    Path(cop): Path<Uuid>,
    Json(body): Json<MeetingFields>,
) -> ApiResult<Meeting> {
    let meeting = NewMeeting::parse(&body)?;
    let id = group::record_one(&s.db, &caller.access, caller.person, cop, meeting).await?;
    Ok(Json(meetings::get(&s.db, &caller.access, id).await?))
}

/// Corrects a meeting: the whole record is sent again, as when it was recorded. Within 30 days
/// of recording it, its recorder or the head teacher of the CoP's school; after that, a national
/// M&E officer. Action points already followed up must be sent unchanged. Audited with before
/// and after; the KPIs follow.
#[utoipa::path(put, path = "/meetings/{id}", operation_id = "edit_meeting", tag = "meetings", request_body = MeetingFields,
    params(("id" = Uuid, Path, description = "The meeting's id")),
    responses((status = 200, description = "Corrected", body = Meeting),
        (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope, or not theirs to correct now", body = ErrorBody),
        (status = 404, description = "No such record", body = ErrorBody),
        (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn edit(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>, Json(body): Json<MeetingFields>) -> ApiResult<Meeting> {
    let meeting = NewMeeting::parse(&body)?;
    store::life::edit::edit(&s.db, &caller.access, caller.person, id, meeting).await?;
    Ok(Json(meetings::get(&s.db, &caller.access, id).await?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MeetingParams {
    /// Only this CoP's meetings.
    pub cop: Option<Uuid>,
    /// Held on or after (YYYY-MM-DD).
    pub from: Option<NaiveDate>,
    /// Held on or before (YYYY-MM-DD).
    pub to: Option<NaiveDate>,
}

/// Meetings the caller may see, newest first within the page.
#[utoipa::path(get, path = "/meetings", operation_id = "list_meetings", tag = "meetings", params(ListParams, MeetingParams),
    responses((status = 200, description = "Done", body = Page<Meeting>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(s): State<AppState>,
    caller: Caller,
    Query(p): Query<ListParams>,
    Query(m): Query<MeetingParams>,
) -> ApiResult<Page<Meeting>> {
    let filter = MeetingFilter { cop: m.cop, from: m.from, to: m.to };
    Ok(Json(meetings::list(&s.db, &caller.access, &p.filter()?, &filter).await?))
}

/// A meeting whole: the report its head teachers receive.
#[utoipa::path(get, path = "/meetings/{id}", operation_id = "get_meeting", tag = "meetings", params(("id" = Uuid, Path, description = "The meeting's id")),
    responses((status = 200, description = "Done", body = MeetingDetail), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn get(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<MeetingDetail> {
    Ok(Json(meetings::detail(&s.db, &caller.access, id).await?))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Acknowledged {
    /// Reports acknowledged now (0 if they already were).
    pub acknowledged: u64,
}

/// The head teacher acknowledges a meeting's report, for each school of theirs it went to.
#[utoipa::path(post, path = "/meetings/{id}/acknowledge", operation_id = "acknowledge_report", tag = "meetings", params(("id" = Uuid, Path, description = "The meeting's id")),
    responses((status = 200, description = "Done", body = Acknowledged), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Not the head teacher of a school the report went to", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn acknowledge(State(s): State<AppState>, caller: Caller, Path(id): Path<Uuid>) -> ApiResult<Acknowledged> {
    Ok(Json(Acknowledged { acknowledged: reports::acknowledge(&s.db, &caller.access, caller.person, id).await? }))
}

/// Reports waiting for the caller to acknowledge them, as head teacher.
#[utoipa::path(get, path = "/reports/pending", operation_id = "pending_reports", tag = "meetings",
    responses((status = 200, description = "Done", body = Vec<Meeting>), (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn pending(State(s): State<AppState>, caller: Caller) -> ApiResult<Vec<Meeting>> {
    Ok(Json(meetings::pending_reports(&s.db, &caller.access).await?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActionPointParams {
    /// Only this CoP's.
    pub cop: Option<Uuid>,
    /// Only this school's (its code): its CoPs' and those its staff own in a cluster's CoP.
    #[param(max_length = 40)]
    pub school: Option<String>,
    /// Only those past their due date today.
    pub overdue: Option<bool>,
}

/// Open action points the caller may see, soonest due first; `q` finds words of the point or
/// its owner's name.
#[utoipa::path(get, path = "/action-points", operation_id = "open_action_points", tag = "meetings", params(ListParams, ActionPointParams),
    responses((status = 200, description = "Done", body = Page<ActionPoint>), (status = 400, description = "A parameter out of range", body = ErrorBody),
        (status = 401, description = "No token, or an unknown one", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn open_points(
    State(s): State<AppState>,
    caller: Caller,
    Query(l): Query<ListParams>,
    Query(p): Query<ActionPointParams>,
) -> ApiResult<Page<ActionPoint>> {
    let points = PointFilter {
        cop: p.cop,
        school: super::bounded("school", p.school.as_deref(), 40)?,
        overdue_on: p.overdue.unwrap_or(false).then(|| chrono::Utc::now().date_naive()),
    };
    Ok(Json(meetings::open_action_points(&s.db, &caller.access, &l.filter()?, &points).await?))
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct FollowUpBody {
    /// Not before the meeting, not in the future.
    #[schema(value_type = String, format = Date)]
    pub visited_on: String,
    #[schema(value_type = domain::vocab::Finding)]
    pub finding: String,
    /// When the finding is not `done`: the new due date, after the visit and within a year.
    #[schema(value_type = Option<String>, format = Date)]
    pub due_on: Option<String>,
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// Records the classroom visit that follows an action point up: found `done`, the point is
/// closed; found otherwise, it stays open until its new `due_on`. Sending the same visit again
/// changes nothing.
#[utoipa::path(post, path = "/action-points/{id}/follow-up", operation_id = "follow_up", tag = "meetings", request_body = FollowUpBody,
    params(("id" = Uuid, Path, description = "The action point's id")),
    responses((status = 200, description = "Done", body = ActionPoint), (status = 401, description = "No token, or an unknown one", body = ErrorBody),
        (status = 403, description = "Outside the caller's scope", body = ErrorBody), (status = 404, description = "No such record", body = ErrorBody),
        (status = 422, description = "Invalid: a message per field", body = ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn follow_up(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<Uuid>,
    Json(b): Json<FollowUpBody>,
) -> ApiResult<ActionPoint> {
    let mut errors = domain::FieldErrors::new();
    let visited_on = errors.take("visited_on", parse_date(&b.visited_on));
    let finding = errors.take("finding", b.finding.parse::<Finding>());
    let due_on = match b.due_on.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => errors.take("due_on", parse_date(d)),
        None => None,
    };
    let (Some(visited_on), Some(finding)) = (visited_on, finding) else { return Err(errors.into()) };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    reports::follow_up(&s.db, &caller.access, caller.person, id, reports::Found { visited_on, finding, due_on }, b.note.as_deref()).await?;
    Ok(Json(meetings::action_point(&s.db, &caller.access, id).await?))
}
