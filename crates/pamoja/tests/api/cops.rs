//! "One command or API call creates a programme's CoPs for all its schools or clusters. It
//! works in bulk and is idempotent."

use crate::helpers::spawn_app;
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn forming_cops_makes_one_per_subject_per_school_and_is_idempotent() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let blf_schools = app.data.programmes[0].rollout.schools.len();
    let (_, listed) = app.get(&admin, "/api/v1/cops?programme=BLF").await;
    assert_eq!(listed["total"], blf_schools * 2, "a maths and an English CoP in each school");
    let (status, again) = app.post(&admin, "/api/v1/programmes/BLF/cops", Value::Null).await;
    assert_eq!((status, again["cops_created"].as_u64(), again["members_added"].as_u64()), (StatusCode::OK, Some(0), Some(0)));
    assert_eq!(again["cops_total"], blf_schools * 2);
}

#[tokio::test]
async fn the_subject_leader_facilitates_and_the_subject_teachers_are_members() {
    let app = spawn_app().await;
    let ssl = app.token("ssl").await;
    let school = app.school_of("ssl");
    let (_, cops) = app.get(&ssl, "/api/v1/cops").await;
    let maths =
        cops["items"].as_array().unwrap().iter().find(|c| c["subject"] == "maths" && c["school"] == school.as_str()).expect("a maths CoP");
    let (_, members) = app.get(&ssl, &format!("/api/v1/cops/{}/members", maths["id"].as_str().unwrap())).await;
    let ssl_person = &app.data.logins.iter().find(|l| l.username == "ssl").unwrap().person;
    let facilitators: Vec<&Value> = members.as_array().unwrap().iter().filter(|m| m["role"] == "facilitator").collect();
    assert_eq!(facilitators.len(), 1);
    assert_eq!(facilitators[0]["person"], ssl_person.as_str());
    let maths_teachers = app
        .data
        .people
        .iter()
        .filter(|p| p.school.as_ref().is_some_and(|s| s.as_str() == school) && p.subjects.contains(&"maths".to_owned()))
        .count();
    assert_eq!(members.as_array().unwrap().len(), maths_teachers, "every maths teacher, the SSL among them");
}

#[tokio::test]
async fn a_cluster_cop_mixes_the_teachers_of_its_schools_under_the_coach() {
    let app = spawn_app().await;
    let coach = app.token("coach").await;
    let (_, cops) = app.get(&coach, "/api/v1/cops?programme=PILOT-CL").await;
    let cop = &cops["items"][0];
    assert_eq!((cop["cluster"].as_str(), cop["subject"].as_str()), (Some(app.data.clusters[0].code.as_str()), Some("")));
    let (_, members) = app.get(&coach, &format!("/api/v1/cops/{}/members", cop["id"].as_str().unwrap())).await;
    let members = members.as_array().unwrap();
    assert_eq!(members.iter().filter(|m| m["role"] == "facilitator").count(), 1);
    let schools: Vec<String> = app.data.clusters[0].schools.iter().map(|s| s.to_string()).collect();
    let teachers =
        app.data.posts.iter().filter(|p| p.role == domain::Role::Teacher && schools.contains(&p.place.code().to_string())).count();
    assert_eq!(members.len(), teachers + 1);
}

#[tokio::test]
async fn a_cop_is_created_renamed_and_given_members_by_hand() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let (status, error) =
        app.post(&admin, "/api/v1/cops", json!({"programme": "BLF", "school": app.school_of("ht"), "subject": "maths"})).await;
    assert_eq!((status, error["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("school")), "{error}");
    let (status, error) =
        app.post(&admin, "/api/v1/cops", json!({"programme": "BLF", "school": app.school_of("ht"), "subject": "science"})).await;
    assert_eq!(
        (status, error["fields"][0]["message"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("\"science\" is not a subject of BLF (maths, english)"))
    );
    let (_, cops) = app.get(&admin, "/api/v1/cops?programme=BLF&per_page=1").await;
    let id = cops["items"][0]["id"].as_str().unwrap().to_owned();
    let (status, renamed) = app.put(&admin, &format!("/api/v1/cops/{id}"), json!({"name": "Maths friends"})).await;
    assert_eq!((status, renamed["name"].as_str()), (StatusCode::OK, Some("Maths friends")));
    let guest = &app.data.logins.iter().find(|l| l.username == "slf").unwrap().person;
    let (status, member) = app
        .post(&admin, &format!("/api/v1/cops/{id}/members"), json!({"person": guest, "role": "member", "joined_on": "2026-02-01"}))
        .await;
    assert_eq!((status, member["role"].as_str()), (StatusCode::OK, Some("member")));
    // Both changes are on the audit trail, newest first, with what they were before.
    let trail = store::audit::recent(&app.db, &domain::Access::everything(), 2).await.unwrap();
    let seen: Vec<(&str, Option<&str>, Option<&str>)> =
        trail.iter().map(|e| (e.what.as_str(), e.before_value.as_deref(), e.after_value.as_deref())).collect();
    let joined = format!(r#"{{"person":"{guest}","role":"member","joined_on":"2026-02-01","left_on":null}}"#);
    assert_eq!(seen[0], ("CoP membership written", None, Some(joined.as_str())));
    assert_eq!((seen[1].0, seen[1].2), ("CoP renamed", Some(r#"{"name":"Maths friends"}"#)));
    assert!(seen[1].1.is_some_and(|b| b.contains("\"name\"")), "the old name is kept");
    let (status, member) = app
        .put(
            &admin,
            &format!("/api/v1/cops/{id}/members/{guest}"),
            json!({"role": "member", "joined_on": "2026-02-01", "left_on": "2026-01-01"}),
        )
        .await;
    assert_eq!((status, member["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("left_on")));
}
