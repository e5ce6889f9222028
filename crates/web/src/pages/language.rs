//! `/language?to=fr`: remembers the chosen language in a cookie for a year and goes back to
//! the page the choice was made on (the footer's form; no script needed).

use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::session::set_cookie;
use crate::i18n::{COOKIE, Lang};

#[derive(Deserialize)]
pub struct Choice {
    #[serde(default)]
    to: String,
}

/// The path of the page the form was sent from, if it was this site's; else home.
fn back(headers: &HeaderMap) -> String {
    let referer = headers.get(header::REFERER).and_then(|v| v.to_str().ok()).unwrap_or("");
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
    let path = referer.split_once("://").and_then(|(_, rest)| rest.strip_prefix(host)).unwrap_or("/");
    // Only a path on this site: not `//host` nor `/\\host` (which browsers read as `//host`).
    let local = path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && !path.chars().any(char::is_control);
    if local { path.to_owned() } else { "/".to_owned() }
}

pub async fn choose(State(s): State<crate::AppState>, headers: HeaderMap, Query(c): Query<Choice>) -> Response {
    let lang = Lang::parse(&c.to).unwrap_or(Lang::En);
    let mut response = Redirect::to(&back(&headers)).into_response();
    if let Ok(v) = set_cookie(&s.config, COOKIE, lang.code(), 365 * 24 * 3600).parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}
