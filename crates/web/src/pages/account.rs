//! A person's sign-in (`/registry/people/{code}/sign-in`): whether they have one, a form to make
//! one or to reset its password, for those the grant rules let (store::accounts). The new
//! password is shown once, on the answer to the form, to be handed over in person; its owner
//! chooses their own at the first sign-in.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use store::accounts::{self, Account, Refusal};

use super::form::{Fields, Problems};
use super::{Layout, Viewer, refusal, refused, render};
use crate::AppState;

#[derive(Template)]
#[template(path = "account.html")]
struct Page {
    layout: Layout,
    heading: String,
    /// "Signs in as …", or that there is no sign-in yet.
    state: String,
    has_sign_in: bool,
    /// Why the viewer may not make or reset it; empty when they may.
    refused: String,
    username: String,
    problems: Problems,
    /// The password just made, shown this once, and what to do with it.
    handed: String,
    handed_note: String,
    back: String,
}

fn page(viewer: &Viewer, a: &Account, refused: String, username: String, problems: Problems, handed: String) -> Page {
    let t = viewer.t;
    let heading = t.a1("account-title", "name", &a.name);
    Page {
        layout: Layout::new(heading.clone(), viewer),
        heading,
        state: match &a.user {
            Some(u) => t.a1("account-signs-in-as", "username", &u.username),
            None => t.s("account-none"),
        },
        has_sign_in: a.user.is_some(),
        refused,
        username,
        problems,
        handed_note: if handed.is_empty() { String::new() } else { t.a1("account-handed-note", "name", &a.name) },
        handed,
        back: format!("/registry/people/{}", a.code),
    }
}

/// A username to suggest: the person's name, lower case, words joined by dots.
fn suggested(name: &str) -> String {
    name.split_whitespace().map(|w| w.to_lowercase()).collect::<Vec<_>>().join(".").chars().take(store::auth::MAX_USERNAME).collect()
}

/// Why the viewer may not, in their words; empty when they may.
fn said(viewer: &Viewer, why: Option<Refusal>) -> String {
    let t = viewer.t;
    why.map(|why| domain::Why::from(why).say(t)).unwrap_or_default()
}

async fn load(s: &AppState, viewer: &Viewer, code: &str) -> store::Result<(Account, String)> {
    let account = accounts::of(&s.db, &viewer.access, code).await?;
    let why = said(viewer, accounts::refusal(&s.db, &viewer.access, &account).await?);
    Ok((account, why))
}

pub async fn show(State(s): State<AppState>, viewer: Viewer, Path(code): Path<String>) -> Response {
    match load(&s, &viewer, &code).await {
        Ok((a, why)) => {
            let username = suggested(&a.name);
            render(StatusCode::OK, &page(&viewer, &a, why, username, Problems::default(), String::new()))
        }
        Err(e) => refusal(viewer.t, &e),
    }
}

pub async fn submit(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let (a, why) = match load(&s, &viewer, &code).await {
        Ok(x) => x,
        Err(e) => return refusal(viewer.t, &e),
    };
    if !why.is_empty() {
        return render(StatusCode::FORBIDDEN, &page(&viewer, &a, why, String::new(), Problems::default(), String::new()));
    }
    let username = f.one("username");
    let made = if a.user.is_some() {
        accounts::reset(&s.db, &viewer.access, &code).await
    } else {
        accounts::create(&s.db, &viewer.access, &code, &username).await
    };
    match made {
        Ok(password) => {
            // Read again: the page now shows the sign-in it made.
            let a = accounts::of(&s.db, &viewer.access, &code).await.unwrap_or(a);
            render(StatusCode::OK, &page(&viewer, &a, String::new(), String::new(), Problems::default(), password))
        }
        Err(e) => match super::form::field_problems(e) {
            Ok(errors) => render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&viewer, &a, String::new(), username, Problems::from(viewer.t, &errors), String::new()),
            ),
            Err(e) => refusal(viewer.t, &e),
        },
    }
}
