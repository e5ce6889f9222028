//! Issue 10, "no request crashes the server": every number a request carries is range-checked
//! and refused with a JSON 400 naming the parameter; every extractor's refusal is JSON; the
//! bearer scheme is case-insensitive; one meeting per CoP per day is held by the database.

use crate::helpers::spawn_app;
use reqwest::StatusCode;
use serde_json::{Value, json};

const LISTS: [&str; 8] = [
    "/api/v1/units",
    "/api/v1/schools",
    "/api/v1/clusters",
    "/api/v1/people",
    "/api/v1/posts",
    "/api/v1/programmes",
    "/api/v1/cops",
    "/api/v1/meetings",
];

/// A GET's status, content type and JSON body.
async fn probe(app: &crate::helpers::TestApp, token: &str, path: &str) -> (StatusCode, String, Value) {
    let response =
        reqwest::Client::new().get(app.url(path)).bearer_auth(token).send().await.expect("the server answers, not a dropped connection");
    let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (response.status(), kind, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn every_list_refuses_extreme_and_malformed_numbers_with_json_naming_the_parameter() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    // i64::MAX as a page overflowed the offset and panicked the driver: the connection dropped.
    let bad = [
        ("page", "9223372036854775807"),
        ("page", "18446744073709551615"),
        ("page", "99999999999999999999999"),
        ("page", "0"),
        ("page", "-1"),
        ("page", "abc"),
        ("page", "1000001"),
        ("per_page", "0"),
        ("per_page", "1001"),
        ("per_page", "9223372036854775807"),
        ("per_page", "1e3"),
    ];
    for list in LISTS {
        for (name, value) in bad {
            let path = format!("{list}?{name}={value}");
            let (status, kind, body) = probe(&app, &admin, &path).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
            assert!(kind.starts_with("application/json"), "{path}: {kind}");
            assert_eq!(body["fields"][0]["field"], name, "{path}: {body}");
        }
        // The largest page there can be is an empty page, not an error.
        let (status, _, body) = probe(&app, &admin, &format!("{list}?page=1000000&per_page=1000")).await;
        assert_eq!((status, body["items"].as_array().map(Vec::len)), (StatusCode::OK, Some(0)), "{list}: {body}");
    }
    // Dates, terms and ids elsewhere.
    for (path, field) in [
        ("/api/v1/kpis?unit=RW&term=abc", "term"),
        ("/api/v1/kpis?unit=RW&term=99999999999999999999", "term"),
        ("/api/v1/kpis?unit=RW&from=2025-13-01", "from"),
        ("/api/v1/meetings?to=yesterday", "to"),
        ("/api/v1/meetings?cop=not-a-uuid", "cop"),
        ("/api/v1/posts/not-a-uuid", "id"),
        ("/api/v1/cops/12/schedule", "id"),
        ("/api/v1/kpis?term=1", "unit"),
    ] {
        let (status, kind, body) = probe(&app, &admin, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
        assert!(kind.starts_with("application/json"), "{path}: {kind}");
        assert_eq!(body["fields"][0]["field"], field, "{path}: {body}");
    }
    // A very long search text is refused, not run.
    let (status, _, body) = probe(&app, &admin, &format!("/api/v1/schools?q={}", "a".repeat(201))).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("q")), "{body}");
}

#[tokio::test]
async fn a_body_that_is_not_json_or_of_the_wrong_shape_gets_the_json_error() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let client = reqwest::Client::new();
    let send = |body: &'static str, kind: &'static str| {
        client.post(app.url("/api/v1/schools")).bearer_auth(&admin).header("content-type", kind).body(body).send()
    };
    let response = send(r#"{"code": "RW-1"}"#, "text/plain").await.unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(response.json::<Value>().await.unwrap()["error"].as_str().unwrap().contains("application/json"));
    let response = send("{not json", "application/json").await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(response.json::<Value>().await.unwrap()["fields"][0]["field"], "body");
    // A wrong type is a 422 at the field's path, as the domain's own checks answer.
    let response = send(r#"{"code": 12, "name": "x"}"#, "application/json; charset=utf-8").await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["fields"][0]["field"], "code", "{body}");
}

#[tokio::test]
async fn the_bearer_scheme_is_read_in_any_case() {
    let app = spawn_app().await;
    let token = app.token("admin").await;
    for scheme in ["Bearer", "bearer", "BEARER"] {
        let response = reqwest::Client::new()
            .get(app.url("/api/v1/units/RW"))
            .header("authorization", format!("{scheme} {token}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{scheme}");
    }
    let response =
        reqwest::Client::new().get(app.url("/api/v1/units/RW")).header("authorization", format!("Basic {token}")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_database_holds_one_meeting_per_cop_per_day_whoever_writes_it() {
    // Two handles on one database are two processes: each has its own writer queue, so both
    // check before either writes. The unique index lets one in; the other answers 409 with it.
    let app = spawn_app().await;
    let other = pamoja::commands::open(&app.url).await.expect("a second handle on the same database");
    let ht = app.token("ht").await;
    let (_, cops) = app.get(&ht, "/api/v1/cops?per_page=100").await;
    let cop = cops["items"][0]["id"].as_str().unwrap().parse::<uuid::Uuid>().unwrap();
    let (_, members) = app.get(&ht, &format!("/api/v1/cops/{cop}/members")).await;
    let facilitator = members[0]["person"].as_str().unwrap();
    let body = json!({"held_on": "2025-10-02", "modality": "in-person", "facilitator": facilitator,
        "agenda": [{"challenge": "Reading"}], "formats": ["whole-group"], "attendance": [{"person": facilitator, "status": "present"}]});
    let fields: domain::meeting::MeetingFields = serde_json::from_value(body).unwrap();
    let meeting = domain::meeting::NewMeeting::parse(&fields).unwrap();
    let user = store::auth::user(&app.db, "ht").await.unwrap();
    let today = chrono::Utc::now().date_naive();
    let access = store::auth::access(&app.db, user.person_id, today).await.unwrap();
    let (a, b) = tokio::join!(
        store::life::group::record_one(&app.db, &access, user.person_id, cop, meeting.clone()),
        store::life::group::record_one(&other, &access, user.person_id, cop, meeting.clone()),
    );
    let (kept, repeat) = match (a, b) {
        (Ok(id), Err(e)) | (Err(e), Ok(id)) => (id, e),
        other => panic!("exactly one of two writers wins: {other:?}"),
    };
    assert!(matches!(repeat, store::Error::Duplicate { id, .. } if id == kept), "{repeat:?}");
    assert_eq!(app.count("meetings").await, 1);
}

#[tokio::test]
async fn texts_have_limits_and_names_refuse_what_would_hide_what_they_say() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let ht = app.token("ht").await;
    // "a 50,000-character meeting summary is stored and shown": now 422, and nothing written.
    let (_, cops) = app.get(&ht, "/api/v1/cops?per_page=100").await;
    let cop = cops["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, members) = app.get(&ht, &format!("/api/v1/cops/{cop}/members")).await;
    let facilitator = members[0]["person"].as_str().unwrap();
    let meeting = json!({"held_on": "2025-10-02", "modality": "in-person", "facilitator": facilitator,
        "agenda": [{"challenge": "Reading"}], "formats": ["whole-group"], "attendance": [{"person": facilitator, "status": "present"}],
        "summary": "a".repeat(50_000)});
    let (status, error) = app.post(&ht, &format!("/api/v1/cops/{cop}/meetings"), meeting).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["fields"], json!([{"field": "summary", "message": "is 50000 characters long; at most 5000 are allowed"}]));
    assert_eq!(app.count("meetings").await, 0);

    // NUL and a right-to-left override in names and codes.
    let school =
        |code: &str, name: &str| json!({"code": code, "name": name, "unit": "RW-1101", "ownership": "public", "locality": "rural"});
    for (body, field, message) in [
        (school("RW-110190", "EP\u{0}Kigali"), "name", "contains the control character U+0000; type it again without it"),
        (
            school("RW-110191", "EP \u{202E}ilagiK"),
            "name",
            "contains U+202E, which changes the direction text is shown in; type it again without it",
        ),
        (school("RW-110192\u{202E}", "EP Kigali"), "code", "contains '\\u{202e}'; use letters, digits, '-', '_', '.' or '/'"),
    ] {
        let (status, error) = app.post(&admin, "/api/v1/schools", body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
        assert_eq!(error["fields"][0], json!({"field": field, "message": message}));
    }
    assert_eq!(app.count("schools").await as usize, app.data.schools.len(), "nothing written");

    // The limits are in the contract.
    let (_, doc) = app.get(&admin, "/api/openapi.json").await;
    let schemas = &doc["components"]["schemas"];
    assert_eq!(schemas["MeetingFields"]["properties"]["summary"]["maxLength"], 5000);
    assert_eq!(schemas["SchoolBody"]["properties"]["name"]["maxLength"], 200);
    assert_eq!(schemas["FollowUpBody"]["properties"]["note"]["maxLength"], 2000);
}
