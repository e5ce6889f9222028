//! `/account/tokens`: the viewer's own API tokens (when made, when they end, whether they still
//! work), each with a button that revokes it at once. The tokens themselves are never shown
//! again; `pamoja token create` shows a new one once.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use super::sign_in::CsrfOnly;
use super::{Layout, Viewer, failure, refusal, refused, render};
use crate::AppState;

struct Line {
    made: String,
    ends: String,
    state: String,
    revoke: String,
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct Tokens {
    layout: Layout,
    lines: Vec<Line>,
}

pub async fn page(State(s): State<AppState>, viewer: Viewer) -> Response {
    let t = viewer.t;
    let now = chrono::Utc::now();
    match store::auth::list_tokens(&s.db, Some(&viewer.user.username)).await {
        Ok(tokens) => {
            let lines = tokens
                .iter()
                .map(|token| Line {
                    made: t.date(token.created_at.date_naive()),
                    ends: t.date(token.ends().date_naive()),
                    state: t.s(match (token.revoked_at, token.works(now)) {
                        (Some(_), _) => "tokens-revoked",
                        (None, true) => "tokens-works",
                        (None, false) => "tokens-expired",
                    }),
                    revoke: if token.works(now) { format!("/account/tokens/{}/revoke", token.id) } else { String::new() },
                })
                .collect();
            render(StatusCode::OK, &Tokens { layout: Layout::new(t.s("tokens-title"), &viewer), lines })
        }
        Err(e) => failure(t, &e.to_string()),
    }
}

pub async fn revoke(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>, Form(f): Form<CsrfOnly>) -> Response {
    if !viewer.sent_back(&f.csrf) {
        return refused(viewer.t);
    }
    match store::auth::revoke_token(&s.db, id, Some(&viewer.user)).await {
        Ok(()) => Redirect::to("/account/tokens").into_response(),
        Err(e @ store::Error::NotFound { .. }) => refusal(viewer.t, &e),
        Err(e) => failure(viewer.t, &e.to_string()),
    }
}
