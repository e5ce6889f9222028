//! The web pages: server-rendered HTML (askama templates in `templates/`), Pico CSS, no script
//! needed. A page takes a [`Viewer`] (the session), so no page can skip signing in, and asks
//! the store with the viewer's [`Access`](domain::Access), as the API does.

pub mod assets;
mod home;
mod place;
mod session;
mod sign_in;

use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
pub use session::Viewer;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::page))
        .route("/places/{code}", get(place::page))
        .route("/sign-in", get(sign_in::form).post(sign_in::submit))
        .route("/sign-out", axum::routing::post(sign_in::sign_out))
        .route("/account/password", get(sign_in::password_form).post(sign_in::change_password))
        .route("/static/{name}", get(assets::serve))
}

/// What every page's layout needs.
pub struct Layout {
    pub title: String,
    /// The signed-in user's name, for the top bar; empty on the sign-in page.
    pub user: String,
    pub csrf: String,
    pub pico: String,
    pub css: String,
}

impl Layout {
    pub fn new(title: impl Into<String>, viewer: Option<&Viewer>) -> Self {
        Layout {
            title: title.into(),
            user: viewer.map(|v| v.user.name.clone()).unwrap_or_default(),
            csrf: viewer.map(|v| v.csrf.clone()).unwrap_or_default(),
            pico: assets::url("pico.css"),
            css: assets::url("pamoja.css"),
        }
    }
}

pub fn render(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "a template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "The page could not be shown.").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "message.html")]
struct Message {
    layout: Layout,
    heading: String,
    text: String,
}

/// A plain page that says what happened and what to do.
pub fn message(status: StatusCode, heading: &str, text: &str) -> Response {
    render(status, &Message { layout: Layout::new(heading, None), heading: heading.into(), text: text.into() })
}

/// A form without this session's CSRF token (forged, or from an expired session).
pub fn refused() -> Response {
    message(StatusCode::FORBIDDEN, "This form has expired", "Go back, reload the page, and send the form again.")
}

/// Something failed on our side; the cause is logged once, here.
pub fn failure(cause: &str) -> Response {
    tracing::error!(cause, "a page failed");
    message(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "Please try again in a moment. If it keeps happening, tell your system administrator.",
    )
}
