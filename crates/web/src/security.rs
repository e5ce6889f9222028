//! What every response and every state-changing request passes through, beside the session
//! and the token (OWASP ASVS 3.4, 4.2.2, 14.4):
//! - [`headers`]: a Content-Security-Policy with no inline script and `frame-ancestors 'none'`,
//!   `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin`, and `Cache-Control:
//!   no-store` on everything but the hashed static files (pages and answers carry personal
//!   data); HSTS when the public URL is HTTPS.
//! - [`same_origin`]: a page form sent from another site is refused, by `Sec-Fetch-Site` or
//!   else `Origin`, before any handler runs.
//! - [`Signer`]: the sign-in form's CSRF token is one the server made (an HMAC of a random value
//!   and its expiry), so a value a browser is made to send twice is not enough.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// How the server is reached from outside, from the command line or `PAMOJA_PUBLIC_URL`.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// `https://pamoja.example.org`: cookies are `Secure` and HSTS is sent only when this says
    /// HTTPS (never because a request header claims it), and a form's `Origin` must be it.
    pub public_url: Option<String>,
}

impl Config {
    /// Checks and keeps a public URL: `http://` or `https://`, a host, no path.
    pub fn with_public_url(url: Option<&str>) -> Result<Config, String> {
        let Some(url) = url.map(|u| u.trim().trim_end_matches('/')).filter(|u| !u.is_empty()) else {
            return Ok(Config::default());
        };
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        match rest {
            Some(host) if !host.is_empty() && !host.contains('/') && !host.chars().any(|c| c.is_whitespace() || c.is_control()) => {
                Ok(Config { public_url: Some(url.to_owned()) })
            }
            _ => Err(format!("the public URL {url:?} must be http:// or https:// and a host, with no path")),
        }
    }

    /// Whether cookies are marked `Secure`: the server is reached over HTTPS.
    pub fn https(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }
}

const PAGE_POLICY: &str =
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// Swagger UI styles its elements inline; it still runs no inline script.
const DOCS_POLICY: &str = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Adds the security headers to every response.
pub async fn headers(State(config): State<std::sync::Arc<Config>>, request: Request, next: Next) -> Response {
    let docs = request.uri().path().starts_with("/api/docs");
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    let policy = if docs { DOCS_POLICY } else { PAGE_POLICY };
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    // The hashed static files say how long to keep them; nothing else is kept.
    h.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    if config.https() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}

/// Refuses a state-changing request to a page that a browser says came from another site.
/// The API is left alone: it is called with a bearer token, which a browser never sends by
/// itself. A request with neither header is not from a browser form, and goes on.
pub async fn same_origin(State(config): State<std::sync::Arc<Config>>, request: Request, next: Next) -> Response {
    let changes = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes && !request.uri().path().starts_with("/api/") && !from_this_site(&config, request.headers()) {
        return (StatusCode::FORBIDDEN, "This form was sent from another site, and was not accepted.").into_response();
    }
    next.run(request).await
}

fn from_this_site(config: &Config, headers: &axum::http::HeaderMap) -> bool {
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    let Some(origin) = text("origin") else { return true };
    match &config.public_url {
        Some(url) => origin.eq_ignore_ascii_case(url),
        // Without a public URL, the origin must name the host the request was sent to.
        None => text("host").is_some_and(|host| {
            origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://")).is_some_and(|o| o.eq_ignore_ascii_case(host))
        }),
    }
}

/// HMAC-SHA-256 (RFC 2104) over `sha2`, which the tree already has.
fn hmac(key: &[u8; 32], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key);
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new().chain_update(pad(0x36)).chain_update(message).finalize();
    Sha256::new().chain_update(pad(0x5c)).chain_update(inner).finalize().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Makes and checks tokens only this server (or another sharing its database's key) made.
#[derive(Clone)]
pub struct Signer {
    key: [u8; 32],
}

impl Signer {
    pub fn new(key: [u8; 32]) -> Self {
        Signer { key }
    }

    /// A token good until `expires` (seconds since 1970): `random.expires.mac`.
    pub fn make(&self, random: &str, expires: i64) -> String {
        let body = format!("{random}.{expires}");
        let mac = hex(&hmac(&self.key, body.as_bytes()));
        format!("{body}.{mac}")
    }

    /// Whether `token` is one [`Signer::make`] made and has not expired at `now`.
    pub fn check(&self, token: &str, now: i64) -> bool {
        let Some((body, mac)) = token.rsplit_once('.') else { return false };
        let Some((_, expires)) = body.rsplit_once('.') else { return false };
        let fresh = expires.parse::<i64>().is_ok_and(|e| e >= now);
        fresh && crate::pages::session::same(&hex(&hmac(&self.key, body.as_bytes())), mac)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_test_case_2_padded_key() {
        // RFC 4231 §4.3 uses the 4-byte key "Jefe"; HMAC pads a short key with zeros to the
        // block, so "Jefe" and "Jefe" followed by 28 zero bytes give the same MAC.
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(b"Jefe");
        assert_eq!(hex(&hmac(&key, b"what do ya want for nothing?")), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    #[test]
    fn a_signed_token_checks_until_it_expires_and_not_when_changed() {
        let signer = Signer::new([7; 32]);
        let token = signer.make("abc123", 1_000);
        assert!(signer.check(&token, 999) && signer.check(&token, 1_000));
        assert!(!signer.check(&token, 1_001), "expired");
        assert!(!signer.check(&token.replace("abc123", "abc124"), 999), "another value");
        assert!(!signer.check(&token.replace(".1000.", ".9999."), 999), "a later expiry");
        assert!(!Signer::new([8; 32]).check(&token, 999), "another server's key");
        assert!(!signer.check("attacker-chosen", 0) && !signer.check("", 0));
    }

    #[test]
    fn a_public_url_is_http_or_https_and_a_host() {
        assert!(Config::with_public_url(Some("https://pamoja.example.org/")).unwrap().https());
        assert!(!Config::with_public_url(Some("http://10.0.0.5:8080")).unwrap().https());
        assert!(!Config::with_public_url(None).unwrap().https());
        for bad in ["pamoja.example.org", "https://", "https://a.org/path", "ftp://a.org"] {
            assert!(Config::with_public_url(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_form_from_another_site_is_told_apart_from_ours() {
        let config = Config::with_public_url(Some("https://pamoja.example.org")).unwrap();
        let with = |pairs: &[(&'static str, &'static str)]| {
            let mut h = axum::http::HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_static(v));
            }
            h
        };
        assert!(from_this_site(&config, &with(&[("sec-fetch-site", "same-origin")])));
        assert!(!from_this_site(&config, &with(&[("sec-fetch-site", "cross-site"), ("origin", "https://pamoja.example.org")])));
        assert!(!from_this_site(&config, &with(&[("sec-fetch-site", "same-site")])));
        assert!(from_this_site(&config, &with(&[("origin", "https://pamoja.example.org")])));
        assert!(!from_this_site(&config, &with(&[("origin", "https://evil.example")])));
        assert!(from_this_site(&config, &with(&[])), "not a browser form");
        let local = Config::default();
        assert!(from_this_site(&local, &with(&[("origin", "http://127.0.0.1:8080"), ("host", "127.0.0.1:8080")])));
        assert!(!from_this_site(&local, &with(&[("origin", "http://evil.example"), ("host", "127.0.0.1:8080")])));
    }
}
