//! Correcting a saved meeting (`/meetings/{id}/edit`): the meeting form again, filled with what
//! was recorded. Offered, and taken, only from those who may correct it now (its recorder or the
//! school's head teacher within 30 days, then a national M&E officer). What the form does not
//! show (guests who are not registered, guests by number, decisions on other aspects, further
//! agenda items, who was excused) is kept as recorded; people the record names who are no
//! longer members stay choosable.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::meeting::{AgendaFields, AttendanceFields, GuestFields, MeetingFields, NewMeeting};
use domain::vocab::MeetingRole;
use store::life::edit;
use store::life::meetings::{self, MeetingDetail};
use store::programmes::communities;
use uuid::Uuid;

use super::form::{Fields, Problems};
use super::meeting::{Context, Filled, Target, context, form_page};
use super::{Viewer, refusal, refused, render};
use crate::AppState;

/// The form's values from the saved record.
fn filled(d: &MeetingDetail, c: &Context) -> Filled {
    let m = &d.meeting;
    let registered = |a: &&meetings::Attended| a.guest.is_none();
    Filled {
        held_on: m.held_on.to_string(),
        modality: m.modality.clone(),
        venue: m.venue.clone().unwrap_or_default(),
        duration: m.duration_minutes.map(|d| d.to_string()).unwrap_or_default(),
        facilitator: m.facilitator.clone(),
        present: d.attendance.iter().filter(registered).filter(|a| a.status == "present").map(|a| a.person.clone()).collect(),
        activity: d.agenda.iter().find_map(|a| a.toolkit.clone()).unwrap_or_default(),
        challenge: d.agenda.iter().find_map(|a| a.challenge.clone()).unwrap_or_default(),
        formats: d.formats.clone(),
        roles: MeetingRole::ALL
            .iter()
            .map(|r| (*r, d.roles.iter().find(|x| x.role == r.slug()).map(|x| x.person.clone()).unwrap_or_default()))
            .collect(),
        decided: d.decided_by.get("agenda").cloned().unwrap_or_default(),
        topics: d.topics.clone(),
        summary: m.summary.clone().unwrap_or_default(),
        remote: d.attendance.iter().filter(|a| a.remote).map(|a| a.person.clone()).collect(),
        guests: d
            .attendance
            .iter()
            .filter(|a| a.guest.is_some() && c.guests.iter().any(|g| g.code == a.person))
            .map(|a| a.person.clone())
            .collect(),
        points: d.action_points.iter().map(|p| (p.description.clone(), p.owner.clone(), p.due_on.to_string())).collect(),
    }
}

/// What the form does not show, kept from the saved record: guests who are not (or no longer)
/// the CoP's registered guests among them.
fn keep_unshown(fields: &mut MeetingFields, d: &MeetingDetail, c: &Context) {
    // A member excused, and not ticked as present now, stays excused rather than absent.
    let excused: Vec<AttendanceFields> = d
        .attendance
        .iter()
        .filter(|a| a.guest.is_none() && a.status == "excused" && !fields.attendance.iter().any(|x| x.person == a.person))
        .map(|a| AttendanceFields { person: a.person.clone(), status: a.status.clone(), remote: a.remote, guest: None })
        .collect();
    fields.attendance.extend(excused);
    let shown = |code: &str| c.guests.iter().any(|g| g.code == code);
    fields.attendance.extend(d.attendance.iter().filter(|a| a.guest.is_some() && !shown(&a.person)).map(|a| AttendanceFields {
        person: a.person.clone(),
        status: a.status.clone(),
        remote: a.remote,
        guest: a.guest.clone(),
    }));
    fields.guests = d.guests.iter().map(|(role, count)| GuestFields { role: role.clone(), count: *count }).collect();
    for (aspect, deciders) in d.decided_by.iter().filter(|(aspect, _)| aspect.as_str() != "agenda") {
        fields.decided_by.insert(aspect.clone(), deciders.clone());
    }
    // The form shows the first toolkit activity and the first challenge; the rest stay.
    let first_toolkit = d.agenda.iter().position(|a| a.toolkit.is_some());
    let first_challenge = d.agenda.iter().position(|a| a.toolkit.is_none());
    let rest = d.agenda.iter().enumerate().filter(|(i, _)| Some(*i) != first_toolkit && Some(*i) != first_challenge);
    for (_, a) in rest {
        fields.agenda.push(AgendaFields { toolkit: a.toolkit.clone(), challenge: a.challenge.clone().filter(|_| a.toolkit.is_none()) });
    }
}

/// The record, the form's context, after checking the viewer may correct it now.
async fn load(s: &AppState, viewer: &Viewer, id: Uuid) -> store::Result<(MeetingDetail, Context)> {
    let d = meetings::detail(&s.db, &viewer.access, id).await?;
    if !edit::may_edit(&s.db, &viewer.access, viewer.user.person_id, id).await? {
        return Err(store::Error::Refused(domain::why("why-edit-not-now")));
    }
    let mut c = context(s, viewer, d.meeting.cop).await?;
    // Members since left who were at it stay ticked; everyone else the record names (a guest
    // who facilitated, a role holder) stays choosable.
    for m in communities::members(&s.db, &viewer.access, d.meeting.cop).await? {
        let attended = d.attendance.iter().any(|a| a.person == m.person && a.guest.is_none());
        if m.left_on.is_some() && attended && !c.members.iter().any(|x| x.person == m.person) {
            c.members.push(m);
        }
    }
    let named = d
        .attendance
        .iter()
        .map(|a| (a.person.clone(), a.name.clone()))
        .chain(d.roles.iter().map(|r| (r.person.clone(), r.name.clone())))
        .chain(std::iter::once((d.meeting.facilitator.clone(), d.meeting.facilitator_name.clone())));
    for (code, name) in named {
        if !c.members.iter().any(|m| m.person == code) && !c.others.iter().any(|(o, _)| *o == code) {
            c.others.push((code, name));
        }
    }
    Ok((d, c))
}

pub async fn form(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Response {
    match load(&s, &viewer, id).await {
        Ok((d, c)) => render(StatusCode::OK, &form_page(&viewer, &c, &filled(&d, &c), Problems::default(), &Target::Edit(id))),
        Err(e) => refusal(viewer.t, &e),
    }
}

pub async fn submit(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let posted = Fields(pairs);
    if !posted.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let (d, c) = match load(&s, &viewer, id).await {
        Ok(x) => x,
        Err(e) => return refusal(viewer.t, &e),
    };
    let filled = Filled::posted(&posted);
    let names: Vec<(String, String)> = c.members.iter().map(|m| (m.person.clone(), m.name.clone())).collect();
    let again = |errors: &domain::FieldErrors| {
        render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&viewer, &c, &filled, Problems::from(viewer.t, errors).naming(&names), &Target::Edit(id)),
        )
    };
    if !filled.duration.is_empty() && filled.duration.parse::<i64>().is_err() {
        return again(&domain::FieldErrors::single(
            "duration_minutes",
            domain::why("why-not-minutes").arg("value", format!("{:?}", filled.duration)),
        ));
    }
    let mut fields = filled.fields(&c.members, &c.guests);
    keep_unshown(&mut fields, &d, &c);
    let meeting = match NewMeeting::parse(&fields) {
        Ok(m) => m,
        Err(errors) => return again(&errors),
    };
    match edit::edit(&s.db, &viewer.access, viewer.user.person_id, id, meeting).await {
        Ok(()) => Redirect::to(&format!("/meetings/{id}?corrected=1")).into_response(),
        Err(e) => match super::form::field_problems(e) {
            Ok(errors) => again(&errors),
            Err(e) => refusal(viewer.t, &e),
        },
    }
}
