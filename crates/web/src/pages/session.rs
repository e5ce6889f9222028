//! Who is looking at a page: the session cookie resolved to a user, their [`Access`] and the
//! CSRF token their forms must send back. No session: a redirect to the sign-in page; a
//! password handed over by someone else: a redirect to the page that changes it.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Access;

use crate::AppState;
use crate::i18n::Tr;

pub const COOKIE: &str = "pamoja_session";
/// The sign-in form's CSRF token, before there is a session: a double-submit cookie whose value
/// the server signed ([`crate::security::Signer`]), so only a token it made is accepted.
pub const PRE_COOKIE: &str = "pamoja_csrf";

pub struct Viewer {
    pub user: store::auth::User,
    pub access: Access,
    pub csrf: String,
    pub token: String,
    /// The viewer's language, for every word and number on the page.
    pub t: Tr,
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then(|| v.to_owned())
    })
}

/// A cookie header, `Secure` when the server's public URL is HTTPS (its configuration, never a
/// header a client could send).
pub fn set_cookie(config: &crate::security::Config, name: &str, value: &str, max_age: i64) -> String {
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{}", if config.https() { "; Secure" } else { "" })
}

/// Compares two tokens in time that does not depend on where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let t = Tr(crate::i18n::lang_of(&parts.headers));
        let to_sign_in = || Redirect::to("/sign-in").into_response();
        let token = cookie(&parts.headers, COOKIE).ok_or_else(to_sign_in)?;
        let (user, csrf) =
            store::sessions::get(&state.db, &token).await.map_err(|e| super::failure(t, &e.to_string()))?.ok_or_else(to_sign_in)?;
        // A password someone else gave is changed before anything else is done.
        if user.must_change && !matches!(parts.uri.path(), "/account/password" | "/sign-out") {
            return Err(Redirect::to("/account/password").into_response());
        }
        let today = chrono::Utc::now().date_naive();
        let access = store::auth::access(&state.db, user.person_id, today).await.map_err(|e| super::failure(t, &e.to_string()))?;
        Ok(Viewer { user, access, csrf, token, t })
    }
}

/// Where a request came from, for counting failed sign-ins: the socket's peer, or behind the
/// proxy a public URL implies, the address that proxy appended last to `X-Forwarded-For`. An
/// IPv6 address counts by its /64, which one household or phone is given whole.
pub struct ClientAddr {
    pub ip: Option<std::net::IpAddr>,
    /// The address as it is counted.
    pub counted: String,
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip());
        let forwarded = || {
            let header = parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).next_back()?;
            header.rsplit(',').next()?.trim().parse::<std::net::IpAddr>().ok()
        };
        let ip = if state.config.public_url.is_some() { forwarded().or(peer) } else { peer };
        let counted = match ip {
            Some(std::net::IpAddr::V6(v6)) => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
            Some(v4) => v4.to_string(),
            None => String::new(),
        };
        Ok(ClientAddr { ip, counted })
    }
}

impl Viewer {
    /// Whether a form sent back this session's CSRF token (if not, answer [`super::refused`]).
    pub fn sent_back(&self, sent: &str) -> bool {
        same(sent, &self.csrf)
    }
}
