//! Who is calling: the bearer token resolved to a user and the [`Access`] their posts give.
//! Every handler takes a [`Caller`], so no route can forget to authenticate.

use crate::AppState;
use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use domain::Access;

/// The token of an `Authorization: Bearer TOKEN` header. The scheme is case-insensitive
/// (RFC 9110 §11.1): `bearer` and `BEARER` are `Bearer`.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    let header = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = header.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

pub struct Caller {
    /// The person the user is: who records, acknowledges and visits.
    pub person: uuid::Uuid,
    pub access: Access,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = bearer(&parts.headers).ok_or(ApiError::Unauthenticated)?;
        let user = store::auth::token_user(&state.db, token).await?.ok_or(ApiError::Unauthenticated)?;
        let today = chrono::Utc::now().date_naive();
        let access = store::auth::access(&state.db, user.person_id, today).await?;
        tracing::debug!(user = %user.username, roles = ?access.roles, "authenticated");
        Ok(Caller { person: user.person_id, access })
    }
}
