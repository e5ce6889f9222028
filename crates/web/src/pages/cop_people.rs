//! Changing who is in a CoP from its page: add a member (from its school's staff, or its
//! cluster's), a member leaves (today), and registered guests added or removed. For those who
//! write the registry where the CoP is; each change is audited by the store. After a change the
//! page says so; a problem is said at the top of the page.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::vocab::GuestRole;
use store::programmes::{communities, membership};
use uuid::Uuid;

use super::form::Fields;
use super::{Viewer, refusal, refused};
use crate::AppState;

/// After a change: back to the CoP's members, saying it was saved; or the page again with what
/// was wrong.
async fn back(s: &AppState, viewer: &Viewer, id: Uuid, result: store::Result<()>) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/cops/{id}?saved=people#members")).into_response(),
        Err(store::Error::Invalid(errors)) => {
            let problem = super::form::Problems::all(viewer.t, &errors);
            super::cop::with_problem(s, viewer, id, problem).await
        }
        Err(e) => refusal(viewer.t, &e),
    }
}

/// `POST /cops/{id}/members`: `person` joins as `role` today.
pub async fn add_member(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let today = chrono::Utc::now().date_naive();
    let role = Some(f.one("role")).filter(|r| !r.is_empty()).unwrap_or_else(|| "member".into());
    let person = f.one("person");
    let done = async {
        let cop = communities::get(&s.db, &viewer.access, id).await?;
        if !viewer.access.write.covers(&cop.at.place()) {
            return Err(store::Error::out_of_scope("CoP", id));
        }
        // One membership a person: re-adding would overwrite when they joined and left, and the
        // meetings they attended would no longer find them a member on the day.
        if let Some(m) = communities::members(&s.db, &viewer.access, id).await?.into_iter().find(|m| m.person == person) {
            return Err(store::Error::invalid(
                "person",
                match m.left_on {
                    Some(left) => domain::why("why-membership-ended").arg("person", &m.name).arg("left", left),
                    None => domain::why("why-already-member").arg("person", &m.name),
                },
            ));
        }
        communities::set_member(&s.db, &viewer.access, id, &person, &role, today, None).await.map(|_| ())
    };
    back(&s, &viewer, id, done.await).await
}

/// `POST /cops/{id}/members/{person}/leave`: the member leaves today (their past meetings stay).
pub async fn leave(
    State(s): State<AppState>,
    viewer: Viewer,
    Path((id, person)): Path<(Uuid, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    if !Fields(pairs).sent_by(&viewer) {
        return refused(viewer.t);
    }
    let today = chrono::Utc::now().date_naive();
    let done = async {
        let members = communities::members(&s.db, &viewer.access, id).await?;
        let m = members
            .iter()
            .find(|m| m.person == person)
            .ok_or_else(|| store::Error::invalid("person", domain::why("why-not-member").arg("person", &person)))?;
        // Sent again (a retry, a page left open): the day they left stays.
        if m.left_on.is_some() {
            return Ok(());
        }
        // Leaving on the day one joined is leaving before any meeting: the same day, not before.
        let left = today.max(m.joined_on);
        communities::set_member(&s.db, &viewer.access, id, &person, &m.role, m.joined_on, Some(left)).await.map(|_| ())
    };
    back(&s, &viewer, id, done.await).await
}

/// `POST /cops/{id}/guests`: `person` is a registered guest as `guest_role`; `remove` takes them off.
pub async fn guest(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let person = f.one("person").trim().to_owned();
    let done = if f.one("remove").is_empty() {
        match f.one("guest_role").parse::<GuestRole>() {
            Ok(role) => membership::set_guest(&s.db, &viewer.access, id, &person, Some(role)).await,
            Err(e) => Err(store::Error::invalid("guest_role", e)),
        }
    } else {
        membership::set_guest(&s.db, &viewer.access, id, &person, None).await
    };
    back(&s, &viewer, id, done).await
}
