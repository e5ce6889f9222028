//! Signing in and out, and changing one's password.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::session::{COOKIE, PRE_COOKIE, cookie, same, set_cookie};
use super::{Layout, Viewer, failure, refused, render};
use crate::AppState;
use crate::i18n::{Lang, Tr};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignIn {
    layout: Layout,
    username: String,
    error: String,
}

fn sign_in_page(headers: &HeaderMap, status: StatusCode, username: &str, error: &str) -> Response {
    let token = cookie(headers, PRE_COOKIE).unwrap_or_else(store::sessions::new_token);
    let t = Tr(Lang::of(headers));
    let mut layout = Layout::anonymous(t, t.s("sign-in-title"));
    layout.csrf = token.clone();
    let mut response = render(status, &SignIn { layout, username: username.into(), error: error.into() });
    if let Ok(v) = set_cookie(headers, PRE_COOKIE, &token, 3600).parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

pub async fn form(headers: HeaderMap) -> Response {
    sign_in_page(&headers, StatusCode::OK, "", "")
}

#[derive(Deserialize)]
pub struct Credentials {
    username: String,
    password: String,
    #[serde(default)]
    csrf: String,
}

pub async fn submit(State(s): State<AppState>, headers: HeaderMap, Form(c): Form<Credentials>) -> Response {
    let t = Tr(Lang::of(&headers));
    if !cookie(&headers, PRE_COOKIE).is_some_and(|token| same(&token, &c.csrf)) {
        return refused(t);
    }
    let username = c.username.trim();
    let since = chrono::Utc::now() - store::sessions::WINDOW;
    match store::sessions::failures_since(&s.db, username, since).await {
        Ok(n) if n >= store::sessions::MAX_FAILURES => {
            let wait = store::sessions::WINDOW.num_minutes();
            return sign_in_page(
                &headers,
                StatusCode::TOO_MANY_REQUESTS,
                username,
                &t.a("sign-in-wait", &[("user", username.to_owned().into()), ("minutes", wait.to_string().into())]),
            );
        }
        Ok(_) => {}
        Err(e) => return failure(t, &e.to_string()),
    }
    let user = match store::auth::check_password(&s.db, username, &c.password).await {
        Ok(Some(user)) => user,
        Ok(None) => {
            if let Err(e) = store::sessions::record_failure(&s.db, username).await {
                return failure(t, &e.to_string());
            }
            return sign_in_page(&headers, StatusCode::UNAUTHORIZED, username, &t.s("sign-in-wrong"));
        }
        Err(e) => return failure(t, &e.to_string()),
    };
    match store::sessions::create(&s.db, &user).await {
        Ok((token, _)) => {
            let max_age = store::sessions::LIFETIME.num_seconds();
            let mut response = Redirect::to("/").into_response();
            for value in [set_cookie(&headers, COOKIE, &token, max_age), set_cookie(&headers, PRE_COOKIE, "", 0)] {
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
    csrf: String,
}

pub async fn sign_out(State(s): State<AppState>, headers: HeaderMap, viewer: Viewer, Form(f): Form<CsrfOnly>) -> Response {
    if !viewer.sent_back(&f.csrf) {
        return refused(viewer.t);
    }
    if let Err(e) = store::sessions::end(&s.db, &viewer.token).await {
        return failure(viewer.t, &e.to_string());
    }
    let mut response = Redirect::to("/sign-in").into_response();
    if let Ok(v) = set_cookie(&headers, COOKIE, "", 0).parse() {
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
}

pub async fn password_form(viewer: Viewer) -> Response {
    render(StatusCode::OK, &Password { layout: Layout::new(viewer.t.s("password-title"), &viewer), error: String::new(), done: false })
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
            },
        )
    };
    match store::auth::check_password(&s.db, &viewer.user.username, &p.current).await {
        Ok(Some(_)) => {}
        Ok(None) => return page(StatusCode::UNPROCESSABLE_ENTITY, "password-wrong-current", false),
        Err(e) => return failure(t, &e.to_string()),
    }
    if p.new.chars().count() < 8 {
        return page(StatusCode::UNPROCESSABLE_ENTITY, "password-too-short", false);
    }
    if p.new != p.repeat {
        return page(StatusCode::UNPROCESSABLE_ENTITY, "password-not-same", false);
    }
    let saved = async {
        store::sessions::set_password(&s.db, &viewer.user, &p.new).await?;
        store::sessions::end_others(&s.db, &viewer.user, &viewer.token).await
    };
    match saved.await {
        Ok(()) => page(StatusCode::OK, "", true),
        Err(e) => failure(t, &e.to_string()),
    }
}
