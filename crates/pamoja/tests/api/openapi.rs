//! "The OpenAPI document is at /api/openapi.json, with browsable docs at /api/docs (vendored,
//! no CDN). /healthz answers when the server is up." The document must be valid and cover
//! every route.

use crate::helpers::spawn_app;
use reqwest::StatusCode;
use serde_json::Value;
use std::collections::BTreeSet;

/// Every API route, as the issue lists the resources and operations.
const ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/units"),
    ("post", "/api/v1/units"),
    ("get", "/api/v1/units/{code}"),
    ("put", "/api/v1/units/{code}"),
    ("get", "/api/v1/schools"),
    ("post", "/api/v1/schools"),
    ("get", "/api/v1/schools/{code}"),
    ("put", "/api/v1/schools/{code}"),
    ("get", "/api/v1/clusters"),
    ("post", "/api/v1/clusters"),
    ("get", "/api/v1/clusters/{code}"),
    ("put", "/api/v1/clusters/{code}"),
    ("get", "/api/v1/people"),
    ("post", "/api/v1/people"),
    ("get", "/api/v1/people/{code}"),
    ("put", "/api/v1/people/{code}"),
    ("get", "/api/v1/posts"),
    ("post", "/api/v1/posts"),
    ("get", "/api/v1/posts/{id}"),
    ("put", "/api/v1/posts/{id}"),
    ("get", "/api/v1/results"),
    ("put", "/api/v1/schools/{code}/results/{year}/{subject}"),
    ("get", "/api/v1/vacancies"),
    ("get", "/api/v1/selections"),
    ("post", "/api/v1/selections"),
    ("get", "/api/v1/selections/{id}"),
    ("post", "/api/v1/selections/{id}/nominations"),
    ("put", "/api/v1/selections/{id}/nominations/{person}"),
    ("post", "/api/v1/selections/{id}/decision"),
    ("get", "/api/v1/selection-rules"),
    ("put", "/api/v1/selection-rules"),
    ("get", "/api/v1/rubrics"),
    ("get", "/api/v1/rubrics/{code}"),
    ("get", "/api/v1/programmes"),
    ("post", "/api/v1/programmes"),
    ("get", "/api/v1/programmes/{code}"),
    ("put", "/api/v1/programmes/{code}"),
    ("post", "/api/v1/programmes/{code}/cops"),
    ("post", "/api/v1/programmes/{code}/plcs"),
    ("get", "/api/v1/cops"),
    ("post", "/api/v1/cops"),
    ("get", "/api/v1/cops/{id}"),
    ("put", "/api/v1/cops/{id}"),
    ("get", "/api/v1/cops/{id}/members"),
    ("post", "/api/v1/cops/{id}/members"),
    ("put", "/api/v1/cops/{id}/members/{person}"),
    ("post", "/api/v1/cops/{id}/meetings"),
    ("get", "/api/v1/cops/{id}/schedule"),
    ("get", "/api/v1/cops/{id}/rotation"),
    ("get", "/api/v1/cops/{id}/maturity"),
    ("get", "/api/v1/meetings"),
    ("get", "/api/v1/meetings/{id}"),
    ("put", "/api/v1/meetings/{id}"),
    ("post", "/api/v1/meetings/{id}/acknowledge"),
    ("get", "/api/v1/reports/pending"),
    ("get", "/api/v1/action-points"),
    ("post", "/api/v1/action-points/{id}/follow-up"),
    ("get", "/api/v1/kpis"),
    ("get", "/api/v1/kpis/{kpi}"),
    ("get", "/api/v1/middle-tier"),
    ("get", "/api/v1/analyses/tlt"),
];

async fn document(app: &crate::helpers::TestApp) -> Value {
    let response = app.raw_get("/api/openapi.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_document_lists_exactly_the_api_routes() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |method| (method.clone(), path.clone())))
        .collect();
    let expected: BTreeSet<(String, String)> = ROUTES.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
    assert_eq!(documented, expected);
}

#[tokio::test]
async fn every_documented_route_is_served_and_asks_for_a_token() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let client = reqwest::Client::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let concrete = path
            .replace("{code}", "X")
            .replace("{id}", "0195f2a0-0000-7000-8000-000000000000")
            .replace("{person}", "X")
            .replace("{kpi}", "meetings-held");
        for method in item.as_object().unwrap().keys() {
            let method: reqwest::Method = method.to_uppercase().parse().unwrap();
            let status = client.request(method.clone(), app.url(&concrete)).json(&Value::Null).send().await.unwrap().status();
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {concrete}");
        }
    }
}

#[tokio::test]
async fn the_document_is_valid_openapi() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let file = std::env::temp_dir().join(format!("pamoja-openapi-{}.json", uuid::Uuid::now_v7()));
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    let check = "import json, sys\nfrom openapi_spec_validator import validate\nvalidate(json.load(open(sys.argv[1])))\nprint('valid')";
    let output = std::process::Command::new("python3").args(["-c", check]).arg(&file).output().expect("python3 runs");
    assert!(
        output.status.success(),
        "openapi-spec-validator rejected the document (scripts/test installs it with pip):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn the_docs_and_their_assets_come_from_this_server() {
    let app = spawn_app().await;
    let page = app.raw_get("/api/docs/").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("swagger-ui"), "{html}");
    assert!(!html.contains("://"), "the docs page names no other host:\n{html}");
    let assets: Vec<&str> = html.split(['"', '\'']).filter(|s| s.ends_with(".js") || s.ends_with(".css")).collect();
    assert!(!assets.is_empty());
    for asset in assets {
        let path = format!("/api/docs/{}", asset.trim_start_matches("./"));
        let response = app.raw_get(&path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let body = response.text().await.unwrap();
        if asset.contains("initializer") {
            assert!(body.contains("/api/openapi.json"), "the docs load our document: {body}");
        }
    }
    assert_eq!(app.raw_get("/healthz").await.text().await.unwrap(), "ok");
}

/// Issue 10: "enum schemas carry Rust names (`MeetingsHeld`, `Chair`, `Supported`) where the
/// wire carries `meetings-held`, `chair`, `supported`; no request body marks its fields
/// `required`; `/analyses/tlt` is documented as `text/plain` and returns HTML."
#[tokio::test]
async fn the_document_says_what_the_wire_carries() {
    let app = spawn_app().await;
    let doc: Value = app.raw_get("/api/openapi.json").await.json().await.unwrap();
    let schemas = &doc["components"]["schemas"];
    let values = |name: &str| schemas[name]["enum"].as_array().unwrap_or_else(|| panic!("{name} is an enum")).clone();
    assert!(values("MeetingRole").contains(&"chair".into()) && !values("MeetingRole").contains(&"Chair".into()));
    assert!(values("Stage").contains(&"supported".into()));
    assert!(values("Kpi").contains(&"meetings-held".into()));
    assert!(values("Role").contains(&"national-admin".into()));
    let required = |name: &str| -> Vec<String> {
        schemas[name]["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(required("PostBody"), ["person", "role", "from"]);
    assert_eq!(required("MeetingFields"), ["held_on", "modality", "facilitator", "agenda", "formats", "attendance"]);
    assert_eq!(schemas["PostBody"]["properties"]["role"]["$ref"], "#/components/schemas/Role");
    let tlt = &doc["paths"]["/api/v1/analyses/tlt"]["get"]["responses"]["200"]["content"];
    assert!(tlt["text/html"].is_object() && tlt["application/json"].is_object() && tlt.get("text/plain").is_none(), "{tlt}");
    // Every operation documents the JSON errors it can give; a body-taking one, 415 too.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            for status in ["400", "401", "403", "404", "422"] {
                assert!(responses.contains_key(status), "{method} {path} lacks {status}");
            }
            assert_eq!(op.get("requestBody").is_some(), responses.contains_key("415"), "{method} {path}");
        }
    }
}
