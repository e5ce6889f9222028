//! The API's extractors: a query string, a JSON body and a path, each parsed into its type or
//! refused with the API's JSON error naming the parameter or field and why, never with axum's
//! plain-text rejection.
//!
//! - a query parameter that does not parse: 400, `fields: [{"field": "page", ...}]`;
//! - a body that is not JSON, or not sent as `application/json`: 400 or 415;
//! - a JSON body of the wrong shape: 422, with the field's path (`attendance[3].status`);
//! - a path segment that does not parse (an id that is not a UUID): 400.

use crate::error::ApiError;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use domain::{FieldErrors, why};
use serde::de::DeserializeOwned;

/// The query string, parsed into `T`.
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::try_from_uri(&parts.uri).map(|q| Query(q.0)).map_err(|e| {
            // axum's message is "Failed to deserialize query string: {path}: {why}".
            let text = e.body_text();
            let detail = text.split_once(": ").map_or(text.as_str(), |(_, rest)| rest);
            let (field, why) = detail.split_once(": ").unwrap_or(("query", detail));
            // A missing parameter has no path of its own: name it.
            match why.strip_prefix("missing field `").and_then(|w| w.strip_suffix('`')) {
                Some(name) => ApiError::BadRequest(FieldErrors::single(name, domain::why("why-required"))),
                None => ApiError::BadRequest(FieldErrors::single(field, as_given(why))),
            }
        })
    }
}

/// A JSON body, parsed into `T`; also a JSON answer.
pub struct Json<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
        if !json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| ApiError::BadRequest(FieldErrors::single("body", as_given(e.body_text()))))?;
        parse_json(&bytes).map(Json)
    }
}

/// Parses a JSON body: a syntax error is 400, a value of the wrong shape 422 at its path.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let not_json = |e: serde_json::Error| ApiError::BadRequest(FieldErrors::single("body", why("why-not-json").arg("error", e)));
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(value) => de.end().map(|()| value).map_err(not_json),
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            if inner.is_syntax() || inner.is_eof() {
                return Err(not_json(inner));
            }
            let message = without_position(&inner.to_string());
            // serde names a missing field at its parent (`action_points[0]`); name the field.
            if let Some(name) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
                let field = if path == "." { name.to_owned() } else { format!("{path}.{name}") };
                return Err(ApiError::Invalid(FieldErrors::single(&field, why("why-required"))));
            }
            let field = if path == "." { "body".to_owned() } else { path };
            Err(ApiError::Invalid(FieldErrors::single(&field, as_given(message))))
        }
    }
}

/// A parser's own words (serde's, axum's), which only API clients see: passed on as they are.
fn as_given(text: impl std::fmt::Display) -> domain::Why {
    why("why-as-given").arg("text", text)
}

/// serde_json's messages end with " at line 1 column 20": the field's path says where.
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

impl<T: serde::Serialize> axum::response::IntoResponse for Json<T> {
    fn into_response(self) -> axum::response::Response {
        axum::Json(self.0).into_response()
    }
}

/// The path's parameters, parsed into `T`.
pub struct Path<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Path<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        use axum::extract::rejection::PathRejection;
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(p) => Ok(Path(p.0)),
            Err(PathRejection::FailedToDeserializePathParams(e)) => {
                let message = e.body_text();
                let field = match e.into_kind() {
                    axum::extract::path::ErrorKind::ParseErrorAtKey { key, .. }
                    | axum::extract::path::ErrorKind::DeserializeError { key, .. }
                    | axum::extract::path::ErrorKind::InvalidUtf8InPathParam { key } => key,
                    _ => "path".to_owned(),
                };
                Err(ApiError::BadRequest(FieldErrors::single(&field, as_given(message))))
            }
            Err(other) => Err(ApiError::Internal(other.body_text())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        n: u8,
    }

    fn fields(error: ApiError) -> (&'static str, Vec<(String, String)>) {
        match error {
            ApiError::BadRequest(f) => ("400", f.0.into_iter().map(|e| (e.field, e.message)).collect()),
            ApiError::Invalid(f) => ("422", f.0.into_iter().map(|e| (e.field, e.message)).collect()),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_value_of_the_wrong_type_is_422_at_its_path() {
        let (status, f) = fields(parse_json::<Body>(br#"{"name": "x", "items": [{"n": 1}, {"n": 300}]}"#).unwrap_err());
        assert_eq!(status, "422");
        assert_eq!(f[0].0, "items[1].n");
        assert!(f[0].1.starts_with("invalid value: integer `300`"), "{}", f[0].1);
    }

    #[test]
    fn a_body_that_is_not_json_is_400() {
        assert_eq!(fields(parse_json::<Body>(b"{name").unwrap_err()).0, "400");
        assert_eq!(fields(parse_json::<Body>(br#"{"name": "x", "items": []} trailing"#).unwrap_err()).0, "400");
    }

    #[test]
    fn a_missing_field_is_422_naming_it() {
        let (status, f) = fields(parse_json::<Body>(br#"{"items": []}"#).unwrap_err());
        assert_eq!((status, f[0].0.as_str(), f[0].1.as_str()), ("422", "name", "is required"));
        let (_, f) = fields(parse_json::<Body>(br#"{"name": "x", "items": [{}]}"#).unwrap_err());
        assert_eq!((f[0].0.as_str(), f[0].1.as_str()), ("items[0].n", "is required"));
    }
}
