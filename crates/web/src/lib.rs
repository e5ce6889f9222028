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
mod observe;
pub mod pages;
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
        pages::imports::sweep_uploads();
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

/// The answers every operation can give besides its own, each with the JSON error body: a
/// parameter that does not parse (400), no token (401), outside the caller's scope (403), a
/// record or a `unit` filter that names nothing (404), an invalid value (422), and for an
/// operation with a body, one not sent as JSON (415). An operation's own description of a
/// status is kept.
struct Contract;

impl utoipa::Modify for Contract {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = |description: &str| {
            let body = ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build();
            ResponseBuilder::new().description(description).content("application/json", body).build()
        };
        let always = [
            ("400", "A parameter, path segment or body that does not parse: `fields` names which"),
            ("401", "No token, or an unknown, expired or revoked one"),
            ("403", "Outside the caller's scope, or a rule of who may grant what"),
            ("404", "No such record, or a `unit` that names nothing"),
            ("422", "Invalid: a message per field"),
        ];
        for item in openapi.paths.paths.values_mut() {
            let operations = [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch];
            for operation in operations.into_iter().flatten() {
                let body = operation.request_body.is_some().then_some(("415", "The body was not sent as 'Content-Type: application/json'"));
                for (status, description) in always.into_iter().chain(body) {
                    operation.responses.responses.entry(status.to_owned()).or_insert_with(|| error(description).into());
                }
            }
        }
    }
}

/// The API's routes with their OpenAPI document.
pub fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut openapi) = OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api/v1", api::routes()).split_for_parts();
    // After the routes are in: a modifier on `ApiDoc` runs before there are any paths.
    utoipa::Modify::modify(&Contract, &mut openapi);
    (router, openapi)
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    let (api, openapi) = api();
    let config = state.config.clone();
    api.route("/healthz", get(|| async { "ok" }))
        .route("/metrics", get(observe::metrics))
        .merge(pages::routes())
        .fallback(pages::missing)
        .route_layer(axum::middleware::from_fn(observe::observe))
        .layer(axum::middleware::from_fn_with_state(config.clone(), security::same_origin))
        .with_state(state)
        .merge(SwaggerUi::new("/api/docs").url("/api/openapi.json", openapi))
        .layer(axum::middleware::from_fn_with_state(config, security::headers))
        .layer(axum::middleware::from_fn(observe::request_id))
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
