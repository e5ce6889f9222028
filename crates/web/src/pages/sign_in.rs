//! Signing in and out, and changing one's password.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::session::{COOKIE, ClientAddr, PRE_COOKIE, cookie, same, set_cookie};
use super::{Layout, Viewer, failure, refused, render};
use crate::AppState;
use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignIn {
    layout: Layout,
    username: String,
    error: String,
}

/// How long the sign-in form may be left open before it must be loaded again.
const FORM_SECONDS: i64 = 3600;

fn sign_in_page(s: &AppState, headers: &HeaderMap, status: StatusCode, username: &str, error: &str) -> Response {
    let now = chrono::Utc::now().timestamp();
    // Keep a token the server made that is still good; else make a new one.
    let token = cookie(headers, PRE_COOKIE)
        .filter(|t| s.signer.check(t, now + 60))
        .unwrap_or_else(|| s.signer.make(&store::sessions::new_token(), now + FORM_SECONDS));
    let t = Tr(crate::i18n::lang_of(headers));
    let mut layout = Layout::anonymous(t, t.s("sign-in-title"));
    layout.csrf = token.clone();
    let mut response = render(status, &SignIn { layout, username: username.into(), error: error.into() });
    if let Ok(v) = set_cookie(&s.config, PRE_COOKIE, &token, FORM_SECONDS).parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

pub async fn form(State(s): State<AppState>, headers: HeaderMap) -> Response {
    sign_in_page(&s, &headers, StatusCode::OK, "", "")
}

#[derive(Deserialize)]
pub struct Credentials {
    username: String,
    password: String,
    #[serde(default)]
    csrf: String,
}

/// The lock one username's sign-ins take turns on (64 stripes, by a hash of the username).
fn turn(username: &str) -> &'static tokio::sync::Mutex<()> {
    static STRIPES: [tokio::sync::Mutex<()>; 64] = [const { tokio::sync::Mutex::const_new(()) }; 64];
    let hash = username.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    &STRIPES[(hash % 64) as usize]
}

pub async fn submit(State(s): State<AppState>, client: ClientAddr, headers: HeaderMap, Form(c): Form<Credentials>) -> Response {
    let t = Tr(crate::i18n::lang_of(&headers));
    let now = chrono::Utc::now().timestamp();
    if !cookie(&headers, PRE_COOKIE).is_some_and(|token| same(&token, &c.csrf) && s.signer.check(&token, now)) {
        return refused(t);
    }
    // No sign-in has a longer username: what was typed is counted, and shown back, cut.
    let username: String = c.username.trim().chars().take(store::auth::MAX_USERNAME).collect();
    let username = username.as_str();
    // One attempt at a time per username (striped): a burst of simultaneous guesses cannot all
    // pass the wait before any of them is counted.
    let _turn = turn(username).lock().await;
    match store::sessions::wait(&s.db, username, &client.counted, chrono::Utc::now()).await {
        Ok(Some(wait)) => {
            let seconds = wait.num_seconds().max(1);
            let mut page = sign_in_page(
                &s,
                &headers,
                StatusCode::TOO_MANY_REQUESTS,
                username,
                &t.a("sign-in-wait", &[("minutes", ((seconds + 59) / 60).into())]),
            );
            if let Ok(v) = seconds.to_string().parse() {
                page.headers_mut().insert(header::RETRY_AFTER, v);
            }
            return page;
        }
        Ok(None) => {}
        Err(e) => return failure(t, &e.to_string()),
    }
    // A password past the longest a sign-in can have is wrong without hashing it.
    let checked = if c.password.chars().count() > store::auth::MAX_PASSWORD {
        Ok(None)
    } else {
        store::auth::check_password(&s.db, username, &c.password).await
    };
    let user = match checked {
        Ok(Some(user)) => user,
        Ok(None) => {
            if let Err(e) = store::sessions::record_failure(&s.db, username, &client.counted).await {
                return failure(t, &e.to_string());
            }
            return sign_in_page(&s, &headers, StatusCode::UNAUTHORIZED, username, &t.s("sign-in-wrong"));
        }
        Err(e) => return failure(t, &e.to_string()),
    };
    match store::sessions::create(&s.db, &user).await {
        Ok((token, _)) => {
            let max_age = store::sessions::LIFETIME.num_seconds();
            let mut response = Redirect::to("/").into_response();
            for value in [set_cookie(&s.config, COOKIE, &token, max_age), set_cookie(&s.config, PRE_COOKIE, "", 0)] {
                if let Ok(v) = value.parse() {
                    response.headers_mut().append(header::SET_COOKIE, v);
                }
            }
            response
        }
        Err(e) => failure(t, &e.to_string()),
    }
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}

pub async fn sign_out(State(s): State<AppState>, viewer: Viewer, Form(f): Form<CsrfOnly>) -> Response {
    if !viewer.sent_back(&f.csrf) {
        return refused(viewer.t);
    }
    if let Err(e) = store::sessions::end(&s.db, &viewer.token).await {
        return failure(viewer.t, &e.to_string());
    }
    let mut response = Redirect::to("/sign-in").into_response();
    if let Ok(v) = set_cookie(&s.config, COOKIE, "", 0).parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

#[derive(Template)]
#[template(path = "password.html")]
struct Password {
    layout: Layout,
    error: String,
    done: bool,
    /// The password was handed over by someone else: their own is chosen now.
    first: bool,
}

pub async fn password_form(viewer: Viewer) -> Response {
    let first = viewer.user.must_change;
    render(
        StatusCode::OK,
        &Password { layout: Layout::new(viewer.t.s("password-title"), &viewer), error: String::new(), done: false, first },
    )
}

#[derive(Deserialize)]
pub struct NewPassword {
    current: String,
    new: String,
    repeat: String,
    #[serde(default)]
    csrf: String,
}

pub async fn change_password(State(s): State<AppState>, viewer: Viewer, Form(p): Form<NewPassword>) -> Response {
    let t = viewer.t;
    if !viewer.sent_back(&p.csrf) {
        return refused(t);
    }
    let page = |status, error: &str, done| {
        render(
            status,
            &Password {
                layout: Layout::new(t.s("password-title"), &viewer),
                error: if error.is_empty() { String::new() } else { t.s(error) },
                done,
                first: viewer.user.must_change && !done,
            },
        )
    };
    match store::auth::check_password(&s.db, &viewer.user.username, &p.current).await {
        Ok(Some(_)) => {}
        Ok(None) => return page(StatusCode::UNPROCESSABLE_ENTITY, "password-wrong-current", false),
        Err(e) => return failure(t, &e.to_string()),
    }
    if p.new != p.repeat {
        return page(StatusCode::UNPROCESSABLE_ENTITY, "password-not-same", false);
    }
    if p.new == p.current {
        return page(StatusCode::UNPROCESSABLE_ENTITY, "password-not-new", false);
    }
    if let Err(weak) = store::auth::check_new_password(&p.new, &[&viewer.user.username, &viewer.user.name]) {
        return page(StatusCode::UNPROCESSABLE_ENTITY, weak.key(), false);
    }
    match store::sessions::set_password(&s.db, &viewer.user, &p.new, &viewer.token).await {
        Ok(()) => page(StatusCode::OK, "", true),
        Err(e) => failure(t, &e.to_string()),
    }
}
