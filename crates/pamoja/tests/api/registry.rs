//! The registry through the API: create, get, update, list with filters and pages, and 422s
//! that say which field is wrong and why.

use crate::helpers::{codes, spawn_app};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn an_invalid_school_is_422_with_a_message_per_field_and_nothing_written() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let (status, body) = app
        .post(&admin, "/api/v1/schools", json!({"code": "S 1", "name": "", "unit": "RW-1101", "ownership": "state", "locality": "rural"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<(&str, &str)> =
        body["fields"].as_array().unwrap().iter().map(|f| (f["field"].as_str().unwrap(), f["message"].as_str().unwrap())).collect();
    assert_eq!(
        fields,
        [
            ("code", "contains ' '; use letters, digits, '-', '_', '.' or '/'"),
            ("name", "is empty"),
            ("ownership", "\"state\" is not one of: public, private"),
        ]
    );
    let (status, body) = app
        .post(
            &admin,
            "/api/v1/schools",
            json!({"code": "RW-110101", "name": "Again", "unit": "RW-9999", "ownership": "public", "locality": "rural"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["fields"],
        json!([{"field": "code", "message": "RW-110101 already exists"}, {"field": "unit", "message": "RW-9999 is not registered"}])
    );
    assert_eq!(app.count("schools").await as usize, app.data.schools.len());
}

#[tokio::test]
async fn units_schools_and_people_are_created_read_updated_and_listed() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let (status, unit) =
        app.post(&admin, "/api/v1/units", json!({"code": "RW-1103", "name": "Kacyiru", "level": "sector", "parent": "RW-11"})).await;
    assert_eq!((status, unit["path"].as_str()), (StatusCode::OK, Some("/RW/RW-1/RW-11/RW-1103/")));
    let (status, body) =
        app.post(&admin, "/api/v1/units", json!({"code": "RW-110301", "name": "Too deep", "level": "village", "parent": "RW-1103"})).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("level")));
    let (status, renamed) =
        app.put(&admin, "/api/v1/units/RW-1103", json!({"name": "Kacyiru Sector", "level": "sector", "parent": "RW-11"})).await;
    assert_eq!((status, renamed["name"].as_str()), (StatusCode::OK, Some("Kacyiru Sector")));
    let school = json!({"code": "RW-110301", "name": "GS Kacyiru", "unit": "RW-1103", "ownership": "public", "locality": "urban"});
    assert_eq!(app.post(&admin, "/api/v1/schools", school).await.0, StatusCode::OK);
    let person = json!({"code": "RW-T-9", "name": "Grace Mukamana", "gender": "female", "birth_year": 1990, "subjects": ["maths"],
        "started_teaching": 2012, "unit": "RW-1103", "school": "RW-110301", "phone": "+250 788 123 456"});
    let (status, created) = app.post(&admin, "/api/v1/people", person).await;
    assert_eq!((status, created["subjects"].clone()), (StatusCode::OK, json!(["maths"])), "{created}");
    let (_, found) = app.get(&admin, "/api/v1/people?q=mukamana&unit=RW-1103").await;
    assert_eq!(codes(&found), ["RW-T-9"]);
    let (_, schools) = app.get(&admin, "/api/v1/schools?unit=RW-1103").await;
    assert_eq!(codes(&schools), ["RW-110301"]);
    assert_eq!(
        app.put(&admin, "/api/v1/people/RW-NOBODY", json!({"name": "X", "gender": "male", "unit": "RW"})).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn lists_are_paginated_with_a_total() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let (_, first) = app.get(&admin, "/api/v1/schools?per_page=10").await;
    let (_, third) = app.get(&admin, "/api/v1/schools?per_page=10&page=3").await;
    assert_eq!((first["total"].as_u64(), codes(&first).len(), codes(&third).len()), (Some(24), 10, 4));
    let mut all: Vec<String> = app.data.schools.iter().map(|s| s.code.to_string()).collect();
    all.sort();
    assert_eq!(codes(&first), all[..10]);
}

#[tokio::test]
async fn a_cluster_cannot_take_a_school_already_in_another_cluster_of_the_programme() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let taken = app.data.clusters[0].schools[0].to_string();
    let free = app.data.schools.iter().filter(|s| s.code.as_str().starts_with("RW-11")).take(3).map(|s| s.code.to_string());
    let mut schools: Vec<String> = free.collect();
    schools.push(taken.clone());
    let body = json!({"code": "RW-CL-09", "name": "Mixed", "programme": "PILOT-CL", "unit": "RW-1", "schools": schools});
    let (status, error) = app.post(&admin, "/api/v1/clusters", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["message"], format!("{taken} is already in cluster {} of programme PILOT-CL", app.data.clusters[0].code));
    let body = json!({"code": "RW-CL-09", "name": "Mixed", "programme": "PILOT-CL", "unit": "RW-1", "schools": &schools[..3]});
    let (status, cluster) = app.post(&admin, "/api/v1/clusters", body).await;
    assert_eq!((status, cluster["schools"].as_array().map(Vec::len)), (StatusCode::OK, Some(3)));
}

#[tokio::test]
async fn only_national_roles_configure_programmes() {
    let app = spawn_app().await;
    let body = json!({"code": "TPD", "name": "Teacher development", "model": "school-based", "subjects": ["maths"]});
    assert_eq!(app.post(&app.token("deo").await, "/api/v1/programmes", body.clone()).await.0, StatusCode::FORBIDDEN);
    let (status, created) = app.post(&app.token("admin").await, "/api/v1/programmes", body).await;
    assert_eq!((status, created["meetings_per_term"].as_i64()), (StatusCode::OK, Some(3)), "the school-based default");
    let (_, listed) = app.get(&app.token("teacher").await, "/api/v1/programmes").await;
    assert_eq!(codes(&listed), ["BLF", "PILOT-CL", "TPD"]);
}
