//! Schools' exam results through the API: "School results: exam pass rates by subject and year
//! (and candidates sat) ... audited", read where the caller reads the school and written where
//! they write it.

use crate::helpers::spawn_app;
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_result_put_twice_is_written_and_audited_once() {
    let app = spawn_app().await;
    let token = app.token("deo").await;
    let path = "/api/v1/schools/RW-110101/results/2025/library";
    let (status, body) = app.put(&token, path, json!({"candidates": 40, "passed": 28})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!({"school": "RW-110101", "year": 2025, "subject": "library", "candidates": 40, "passed": 28}));
    let audited = app.count("audit_log").await;
    let (status, again) = app.put(&token, path, json!({"candidates": 40, "passed": 28})).await;
    assert_eq!((status, again), (StatusCode::OK, body), "the same result again is the same answer");
    assert_eq!(app.count("audit_log").await, audited, "and nothing new in the audit trail");
    let (_, page) = app.get(&token, "/api/v1/results?school=RW-110101&subject=library").await;
    assert_eq!(page["total"], 1);
}

#[tokio::test]
async fn a_head_teacher_writes_their_school_s_results_and_no_other_s() {
    let app = spawn_app().await;
    let token = app.token("ht").await;
    let own = app.school_of("ht");
    let body = json!({"candidates": 30, "passed": 12});
    let (status, _) = app.put(&token, &format!("/api/v1/schools/{own}/results/2025/library"), body.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let other = app.data.schools.iter().find(|s| s.code.as_str() != own).unwrap().code.to_string();
    let (status, refusal) = app.put(&token, &format!("/api/v1/schools/{other}/results/2025/library"), body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refusal}");
    let (status, _) = app.put(&token, "/api/v1/schools/RW-999999/results/2025/library", body).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The lists are scoped the same way: only the head teacher's own school.
    let (_, page) = app.get(&token, "/api/v1/results?per_page=1000").await;
    let schools: std::collections::BTreeSet<&str> =
        page["items"].as_array().unwrap().iter().map(|r| r["school"].as_str().unwrap()).collect();
    assert_eq!(schools.into_iter().collect::<Vec<_>>(), [own.as_str()]);
}

#[tokio::test]
async fn more_passes_than_candidates_or_a_bad_year_is_refused_naming_the_field() {
    let app = spawn_app().await;
    let token = app.token("deo").await;
    let before = app.count("school_results").await;
    let (status, body) = app.put(&token, "/api/v1/schools/RW-110101/results/2025/maths", json!({"candidates": 40, "passed": 41})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "passed", "{body}");
    assert_eq!(body["fields"][0]["message"], "41 passed but only 40 sat the exam");
    let (status, body) = app.put(&token, "/api/v1/schools/RW-110101/results/1999/maths", json!({"candidates": 40, "passed": 4})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "year", "{body}");
    assert_eq!(app.count("school_results").await, before, "nothing was written");
}
