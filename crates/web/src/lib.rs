//! The only crate that speaks HTTP: the JSON API under `/api/v1/`, its OpenAPI document at
//! `/api/openapi.json` with browsable docs at `/api/docs`, a plain home page at `/`, and
//! `/healthz`.
//!
//! Routes and the OpenAPI document are built together (utoipa-axum), so a route cannot exist
//! without being documented.

mod api;
mod caller;
mod error;
pub mod i18n;
pub mod pages;
pub mod registry_files;
pub mod reports;
pub mod security;

use axum::Router;
use axum::routing::get;
use store::Db;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_swagger_ui::SwaggerUi;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// Imports started from the pages, while they run and for a while after.
    pub imports: pages::imports::Jobs,
    pub config: std::sync::Arc<security::Config>,
    /// Signs the sign-in form's CSRF token, with a key every server on this database shares.
    pub signer: security::Signer,
}

impl AppState {
    pub async fn new(db: Db, config: security::Config) -> Result<AppState, store::Error> {
        let key = store::sessions::server_key(&db, "csrf").await?;
        Ok(AppState { db, imports: Default::default(), config: std::sync::Arc::new(config), signer: security::Signer::new(key) })
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Pamoja API", description = "Teacher collaborative learning at national scale: the registry, programmes and CoPs. \
        Every call needs 'Authorization: Bearer TOKEN' (make one with `pamoja token create --user NAME`); \
        every list and record is scoped to what the caller's posts cover."),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

/// The API's routes with their OpenAPI document.
pub fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api/v1", api::routes()).split_for_parts()
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    let (api, openapi) = api();
    let config = state.config.clone();
    api.route("/healthz", get(|| async { "ok" }))
        .merge(pages::routes())
        .layer(axum::middleware::from_fn_with_state(config.clone(), security::same_origin))
        .with_state(state)
        .merge(SwaggerUi::new("/api/docs").url("/api/openapi.json", openapi))
        .layer(axum::middleware::from_fn_with_state(config, security::headers))
        .layer(tower_http::compression::CompressionLayer::new())
}

/// Serves until `shutdown` resolves. Tests bind port 0 and pass the listener in.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The peer's address reaches handlers (failed sign-ins are counted by it).
    let app = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
