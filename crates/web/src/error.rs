//! The API's one error type. Each variant says its status; infrastructure errors become an
//! opaque 500 whose cause is logged once, here.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::FieldErrors;
use serde::Serialize;

#[derive(Debug)]
pub enum ApiError {
    /// 400: a query parameter, path segment or body that does not parse; names which.
    BadRequest(FieldErrors),
    /// 401: no token, or an unknown, expired or revoked one.
    Unauthenticated,
    /// 403: the record exists but the caller's posts do not cover it (or only for reading).
    Forbidden(String),
    /// 404: no such record.
    NotFound(String),
    /// 409: the record already exists (a meeting sent twice); `id` is the one kept.
    Conflict { message: String, id: String },
    /// 415: a body not sent as `application/json`.
    UnsupportedMediaType,
    /// 422: the body is invalid; a message per field.
    Invalid(FieldErrors),
    /// 500: logged, never shown.
    Internal(String),
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, in words a head teacher can act on.
    pub error: String,
    /// For 400 and 422: each invalid parameter or field and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<domain::FieldError>,
    /// For 409: the id of the record that already exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl From<store::Error> for ApiError {
    fn from(error: store::Error) -> Self {
        match error {
            store::Error::NotFound { .. } => ApiError::NotFound(error.to_string()),
            store::Error::OutOfScope { .. } | store::Error::Refused(_) => ApiError::Forbidden(error.to_string()),
            store::Error::Invalid(fields) => ApiError::Invalid(fields),
            store::Error::Duplicate { why, id } => ApiError::Conflict { message: why.english(), id: id.to_string() },
            store::Error::Rows(mut rows) if rows.len() == 1 => ApiError::Invalid(rows.remove(0).1),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<FieldErrors> for ApiError {
    fn from(fields: FieldErrors) -> Self {
        ApiError::Invalid(fields)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut id = None;
        let (status, error, fields) = match self {
            ApiError::BadRequest(fields) => (StatusCode::BAD_REQUEST, format!("bad request: {fields}"), fields.0),
            ApiError::Conflict { message, id: existing } => {
                id = Some(existing);
                (StatusCode::CONFLICT, message, vec![])
            }
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "send the body as JSON, with 'Content-Type: application/json'".to_owned(), vec![])
            }
            ApiError::Unauthenticated => {
                (StatusCode::UNAUTHORIZED, "sign in: send an API token as 'Authorization: Bearer TOKEN'".to_owned(), vec![])
            }
            ApiError::Forbidden(why) => (StatusCode::FORBIDDEN, why, vec![]),
            ApiError::NotFound(why) => (StatusCode::NOT_FOUND, why, vec![]),
            ApiError::Invalid(fields) => (StatusCode::UNPROCESSABLE_ENTITY, format!("invalid: {fields}"), fields.0),
            ApiError::Internal(cause) => {
                tracing::error!(%cause, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong on the server; it has been logged".to_owned(), vec![])
            }
        };
        let mut response = (status, Json(ErrorBody { error, fields, id })).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert("www-authenticate", axum::http::HeaderValue::from_static("Bearer"));
        }
        response
    }
}

pub type ApiResult<T> = Result<crate::api::extract::Json<T>, ApiError>;
