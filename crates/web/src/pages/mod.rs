//! The web pages: server-rendered HTML (askama templates in `templates/`), Pico CSS, no script
//! needed. A page takes a [`Viewer`] (the session), so no page can skip signing in, and asks
//! the store with the viewer's [`Access`](domain::Access), as the API does. Every word on a
//! page comes from the message catalogue ([`crate::i18n`]) in the viewer's language.

mod account;
mod action_points;
pub mod assets;
mod audit;
mod calendar;
mod cop;
mod cop_people;
mod exports;
mod follow_up;
mod form;
mod home;
pub mod imports;
mod language;
mod meeting;
mod meeting_edit;
mod middle_tier;
mod pager;
mod period;
mod place;
mod registry;
mod registry_edit;
mod selection;
pub mod session;
mod side_by_side;
mod sign_in;
mod study;
mod tokens;
mod trend;

use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

use crate::AppState;
use crate::i18n::{Lang, Tr};
pub use session::Viewer;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::page))
        .route("/places/{code}", get(place::page))
        .route("/cops/{id}", get(cop::page))
        .route("/cops/{id}/meetings", get(meeting::form).post(meeting::submit))
        .route("/cops/{id}/members", post(cop_people::add_member))
        .route("/cops/{id}/members/{person}/leave", post(cop_people::leave))
        .route("/cops/{id}/guests", post(cop_people::guest))
        .route("/meetings/{id}", get(meeting::page))
        .route("/meetings/{id}/acknowledge", post(meeting::acknowledge))
        .route("/meetings/{id}/edit", get(meeting_edit::form).post(meeting_edit::submit))
        .route("/action-points", get(action_points::list))
        .route("/action-points/{id}", get(follow_up::form).post(follow_up::submit))
        .route("/registry", get(registry::list))
        .route("/registry/schools/{code}", get(registry_edit::school_form).post(registry_edit::school_submit))
        .route("/registry/people/{code}", get(registry_edit::person_form).post(registry_edit::person_submit))
        .route("/registry/people/{code}/sign-in", get(account::show).post(account::submit))
        .route("/imports", get(imports::page).post(imports::submit).layer(axum::extract::DefaultBodyLimit::max(imports::MAX_BYTES)))
        .route("/imports/{id}", get(imports::progress))
        .route("/exports/{file}", get(exports::export))
        .route("/selection", get(selection::list).post(selection::open))
        .route("/selection/{id}", get(selection::page))
        .route("/selection/{id}/nominations", post(selection::nominate))
        .route("/selection/{id}/nominations/{person}", post(selection::assess))
        .route("/selection/{id}/decision", post(selection::decide))
        .route("/audit", get(audit::page))
        .route("/study", get(study::page))
        .route("/calendar", get(calendar::show).post(calendar::add))
        .route("/calendar/closures", post(calendar::add_closure))
        .route("/language", get(language::choose))
        .route("/sign-in", get(sign_in::form).post(sign_in::submit))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/account/password", get(sign_in::password_form).post(sign_in::change_password))
        .route("/account/tokens", get(tokens::page))
        .route("/account/tokens/{id}/revoke", post(tokens::revoke))
        .route("/static/{name}", get(assets::serve))
}

/// What every page's layout needs.
pub struct Layout {
    pub t: Tr,
    pub title: String,
    /// The signed-in user's name, for the top bar; empty on the sign-in page.
    pub user: String,
    pub csrf: String,
    /// The registry's search: for those who write the registry somewhere, and officials who
    /// read a whole unit.
    pub registry: bool,
    /// Imports and exports: for those who see the registry (exporting needs only reading).
    pub imports: bool,
    /// Whether the viewer writes the registry somewhere (the import form, edit links).
    pub writes: bool,
    /// The school calendar: for those who set programmes up.
    pub calendar: bool,
    /// The print view: no top bar, no forms, no footer.
    pub print: bool,
    pub pico: String,
    pub css: String,
    pub icon: String,
    pub langs: &'static [Lang],
}

impl Layout {
    pub fn new(title: impl Into<String>, viewer: &Viewer) -> Self {
        let mut layout = Layout::anonymous(viewer.t, title);
        layout.user = viewer.user.name.clone();
        layout.csrf = viewer.csrf.clone();
        let (read, write) = (&viewer.access.read, &viewer.access.write);
        layout.writes = !write.is_empty();
        layout.registry = layout.writes || read.all || !read.unit_paths.is_empty();
        // The imports page holds the exports too, which reading is enough for.
        layout.imports = layout.registry;
        layout.calendar = viewer.access.configures_programmes;
        layout
    }

    /// For a page shown before signing in (or when the session could not be read).
    pub fn anonymous(t: Tr, title: impl Into<String>) -> Self {
        Layout {
            t,
            title: title.into(),
            user: String::new(),
            csrf: String::new(),
            registry: false,
            imports: false,
            writes: false,
            calendar: false,
            print: false,
            pico: assets::url("pico.css"),
            css: assets::url("pamoja.css"),
            icon: assets::url("favicon.svg"),
            langs: &Lang::ALL,
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
    /// Where to go next, beside the home link: (address, words); empty for none.
    link: (String, String),
}

/// A plain page that says what happened and what to do: `{key}-title` and `{key}-text`.
pub fn message(t: Tr, status: StatusCode, key: &str) -> Response {
    message_with_link(t, status, key, String::new())
}

/// A page that says why what was asked cannot be done: `{key}-title` above `text`.
pub fn said(t: Tr, status: StatusCode, key: &str, text: String) -> Response {
    let heading = t.s(&format!("{key}-title"));
    render(status, &Message { layout: Layout::anonymous(t, heading.clone()), heading, text, link: (String::new(), String::new()) })
}

/// [`message`] with a link to `href`, in the words of `{key}-link`.
pub fn message_with_link(t: Tr, status: StatusCode, key: &str, href: String) -> Response {
    let heading = t.s(&format!("{key}-title"));
    let link = if href.is_empty() { (href, String::new()) } else { (href, t.s(&format!("{key}-link"))) };
    render(status, &Message { layout: Layout::anonymous(t, heading.clone()), heading, text: t.s(&format!("{key}-text")), link })
}

/// An address that names no page: a page that says so, with a way home; under `/api`, the
/// API's JSON error.
pub async fn missing(headers: axum::http::HeaderMap, uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        let body = crate::error::ErrorBody { error: format!("no route {}", uri.path()), fields: Vec::new(), id: None };
        return (StatusCode::NOT_FOUND, axum::Json(body)).into_response();
    }
    // The message page itself links home.
    message(Tr(crate::i18n::lang_of(&headers)), StatusCode::NOT_FOUND, "page-missing")
}

/// A form without this session's CSRF token (forged, or from an expired session).
pub fn refused(t: Tr) -> Response {
    message(t, StatusCode::FORBIDDEN, "expired")
}

/// Something failed on our side; the cause is logged once, here.
pub fn failure(t: Tr, cause: &str) -> Response {
    tracing::error!(cause, "a page failed");
    message(t, StatusCode::INTERNAL_SERVER_ERROR, "failure")
}

/// The page for a store error on a record page: 403 and 404 say so plainly, the rest is a failure.
pub fn refusal(t: Tr, e: &store::Error) -> Response {
    match e {
        store::Error::OutOfScope { .. } => message(t, StatusCode::FORBIDDEN, "record-forbidden"),
        store::Error::Refused(why) => {
            let heading = t.s("record-forbidden-title");
            let layout = Layout::anonymous(t, heading.clone());
            render(StatusCode::FORBIDDEN, &Message { layout, heading, text: why.say(t), link: (String::new(), String::new()) })
        }
        store::Error::NotFound { .. } => message(t, StatusCode::NOT_FOUND, "record-missing"),
        e => failure(t, &e.to_string()),
    }
}
