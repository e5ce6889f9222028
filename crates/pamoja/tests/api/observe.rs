//! Issue 10: "There are no request ids, no `#[instrument]`, no request tracing layer, no
//! metrics." A request id on every answer, `/metrics` in Prometheus text for this machine or a
//! national admin, and logs as JSON lines on request.

use crate::helpers::spawn_app;
use reqwest::StatusCode;

#[tokio::test]
async fn every_answer_carries_its_own_request_id() {
    let app = spawn_app().await;
    let mut seen = std::collections::HashSet::new();
    for path in ["/healthz", "/sign-in", "/api/v1/schools", "/no-such-page", "/api/openapi.json"] {
        let response = app.raw_get(path).await;
        let id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert!(uuid::Uuid::parse_str(&id).is_ok(), "{path}: {id}");
        assert!(seen.insert(id), "each request has its own id");
    }
    // A client's own id is not taken (it would be written into the logs as it came).
    let response = reqwest::Client::new().get(app.url("/healthz")).header("x-request-id", "forged-id").send().await.unwrap();
    assert_ne!(response.headers()["x-request-id"], "forged-id");
}

#[tokio::test]
async fn metrics_count_requests_group_commits_and_kpi_reads_for_this_machine_or_a_national_admin() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    assert_eq!(app.get(&admin, "/api/v1/kpis?unit=RW").await.0, StatusCode::OK);
    let ht = app.token("ht").await;
    let (_, cops) = app.get(&ht, "/api/v1/cops?per_page=10").await;
    let cop = cops["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, members) = app.get(&ht, &format!("/api/v1/cops/{cop}/members")).await;
    let f = members[0]["person"].as_str().unwrap();
    let body = serde_json::json!({"held_on": "2025-10-03", "modality": "in-person", "facilitator": f,
        "agenda": [{"challenge": "Reading"}], "formats": ["whole-group"], "attendance": [{"person": f, "status": "present"}]});
    assert_eq!(app.post(&ht, &format!("/api/v1/cops/{cop}/meetings"), body).await.0, StatusCode::OK);

    let local = app.raw_get("/metrics").await;
    assert_eq!(local.status(), StatusCode::OK);
    assert!(local.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let text = local.text().await.unwrap();
    assert!(text.contains("pamoja_http_requests_total{method=\"GET\",route=\"/api/v1/kpis\",status=\"200\"}"), "{text}");
    assert!(text.contains("pamoja_http_request_duration_seconds_bucket{route=\"/api/v1/kpis\",le=\"+Inf\"}"), "{text}");
    assert!(text.contains("# TYPE pamoja_group_commit_meetings histogram") && text.contains("pamoja_group_commit_meetings_count"));
    assert!(text.contains("pamoja_kpi_facts_reads_total{kind=\"whole\"}"), "{text}");

    // Through a proxy every visitor looks local: then only a national admin's token reads them.
    let proxied = |token: Option<&str>| {
        let mut request = reqwest::Client::new().get(app.url("/metrics")).header("x-forwarded-for", "203.0.113.9");
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    assert_eq!(proxied(None).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(proxied(Some(&app.token("deo").await)).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(proxied(Some(&admin)).await.unwrap().status(), StatusCode::OK);
}

#[test]
fn pamoja_log_format_json_writes_one_json_object_a_line() {
    // A new SQLite file: migrating it logs what it applied.
    let url = std::env::temp_dir().join(format!("pamoja-log-{}.sqlite", uuid::Uuid::now_v7())).display().to_string();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pamoja"))
        .args(["migrate", "--db", &url, "--levels", "country,province"])
        .env("PAMOJA_LOG", "info")
        .env("PAMOJA_LOG_FORMAT", "json")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(!lines.is_empty(), "something was logged");
    for line in lines {
        let value: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(value["level"].is_string() && value["fields"].is_object(), "{line}");
    }
}
