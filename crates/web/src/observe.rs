//! What the server is doing (STYLE.md 10, issue 10 "no one can see what the server is doing"):
//! - [`request_id`]: a fresh id on every request, in the `x-request-id` answer header and in the
//!   span every log line of that request is written in (a client's own id is not trusted);
//! - [`observe`]: one span and one log line per answered request (method, route, status, time),
//!   and the counts behind `/metrics`;
//! - [`metrics`]: Prometheus text, readable from the machine itself or by a national admin.

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;
use store::metrics::Histogram;
use tracing::Instrument;

pub async fn request_id(request: Request, next: Next) -> Response {
    let id = uuid::Uuid::now_v7().to_string();
    let span = tracing::info_span!("request", request_id = %id);
    let mut response = next.run(request).instrument(span).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// Requests answered, by (method, route, status).
static ANSWERED: Mutex<BTreeMap<(String, String, u16), u64>> = Mutex::new(BTreeMap::new());
/// Seconds taken, by route.
static LATENCY: Mutex<BTreeMap<String, Histogram>> = Mutex::new(BTreeMap::new());
const SECONDS: &[f64] = &[0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

pub async fn observe(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or("unmatched", |p| p.as_str()).to_owned();
    // A client may send any method name: unknown ones are counted together, so the counts stay bounded.
    let method = match request.method().as_str() {
        m @ ("GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS") => m.to_owned(),
        _ => "other".to_owned(),
    };
    let started = Instant::now();
    let span = tracing::info_span!("handle", %method, %route);
    let response = next.run(request).instrument(span.clone()).await;
    let seconds = started.elapsed().as_secs_f64();
    let status = response.status().as_u16();
    span.in_scope(|| tracing::info!(status, ms = seconds * 1000.0, "answered"));
    *ANSWERED.lock().expect("the metrics lock is never poisoned").entry((method, route.clone(), status)).or_default() += 1;
    LATENCY
        .lock()
        .expect("the metrics lock is never poisoned")
        .entry(route)
        .or_insert_with(|| Histogram::new(SECONDS, 1e6))
        .observe(seconds);
    response
}

fn render() -> String {
    use std::fmt::Write;
    let mut out = String::new();
    out.push_str("# HELP pamoja_http_requests_total Requests answered, by method, route and status.\n");
    out.push_str("# TYPE pamoja_http_requests_total counter\n");
    for ((method, route, status), n) in ANSWERED.lock().expect("the metrics lock is never poisoned").iter() {
        let _ = writeln!(out, "pamoja_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {n}");
    }
    out.push_str("# HELP pamoja_http_request_duration_seconds Time to answer, by route.\n");
    out.push_str("# TYPE pamoja_http_request_duration_seconds histogram\n");
    for (route, histogram) in LATENCY.lock().expect("the metrics lock is never poisoned").iter() {
        histogram.render("pamoja_http_request_duration_seconds", &format!("route=\"{route}\""), &mut out);
    }
    store::metrics::render(&mut out);
    out
}

/// `/metrics`: from this machine when the server is not behind a proxy (a scraper beside it),
/// or with a national admin's token.
pub async fn metrics(State(s): State<crate::AppState>, client: crate::pages::session::ClientAddr, headers: HeaderMap) -> Response {
    // Behind a proxy (a public URL is set) every visitor may arrive from loopback: only a token.
    let local = s.config.public_url.is_none()
        && client.ip.is_some_and(|ip| ip.is_loopback())
        && !headers.contains_key("x-forwarded-for")
        && !headers.contains_key("forwarded");
    if !local && !national_admin(&s, &headers).await {
        return (StatusCode::FORBIDDEN, "metrics are for this machine or a national admin's token").into_response();
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], render()).into_response()
}

async fn national_admin(s: &crate::AppState, headers: &HeaderMap) -> bool {
    let Some(token) = crate::caller::bearer(headers) else { return false };
    let Ok(Some(user)) = store::auth::token_user(&s.db, token).await else { return false };
    let today = chrono::Utc::now().date_naive();
    store::auth::access(&s.db, user.person_id, today).await.is_ok_and(|a| a.read.all && a.roles.contains(&domain::Role::NationalAdmin))
}
