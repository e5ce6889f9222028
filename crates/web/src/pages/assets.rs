//! Static files, compiled in and served under names carrying a hash of their content, so
//! browsers may keep them for a year: a new version is a new name.

use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// (logical name, content type, bytes), pinned versions vendored from npm (see static/README.md).
const FILES: [(&str, &str, &[u8]); 4] = [
    ("pico.css", "text/css; charset=utf-8", include_bytes!("../../static/pico-2.1.1.min.css")),
    ("htmx.js", "text/javascript; charset=utf-8", include_bytes!("../../static/htmx-2.0.11.min.js")),
    ("pamoja.css", "text/css; charset=utf-8", include_bytes!("../../static/pamoja.css")),
    ("favicon.svg", "image/svg+xml", include_bytes!("../../static/favicon.svg")),
];

/// Each file's served name: `pico.3f2a9c1e0b.css`.
fn names() -> &'static Vec<String> {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        FILES
            .iter()
            .map(|(name, _, bytes)| {
                let digest = Sha256::digest(bytes);
                let hash: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
                let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
                format!("{stem}.{hash}.{ext}")
            })
            .collect()
    })
}

/// The URL of a logical asset (`pico.css`).
pub fn url(name: &str) -> String {
    let at = FILES.iter().position(|(n, _, _)| *n == name).unwrap_or(0);
    format!("/static/{}", names()[at])
}

pub async fn serve(Path(name): Path<String>) -> Response {
    match names().iter().position(|n| *n == name) {
        Some(at) => {
            let (_, content_type, bytes) = FILES[at];
            ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=31536000, immutable")], bytes).into_response()
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
