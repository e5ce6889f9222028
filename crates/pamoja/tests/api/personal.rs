//! Issue 10: "Teachers and researchers read colleagues' phone numbers and birth years (the
//! people export, the audit trail)." DESIGN.md §3: "phone numbers, birth years and survey
//! answers are shown only to those who write the registry (or run the research) for that
//! place; everyone else sees names and roles."

use crate::helpers::{TestApp, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn people(app: &TestApp, username: &str) -> Vec<Value> {
    let token = app.token(username).await;
    let (status, page) = app.get(&token, "/api/v1/people?per_page=1000").await;
    assert_eq!(status, StatusCode::OK);
    page["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn phones_and_birth_years_reach_only_those_who_write_the_registry_there() {
    let app = spawn_app().await;
    assert!(app.data.people.iter().any(|p| p.phone.is_some()) && app.data.people.iter().any(|p| p.birth_year.is_some()));
    // Those whose posts write nothing read people, never their phones or birth years.
    for reader in ["teacher", "ssl", "coach", "slf", "researcher"] {
        let user = store::auth::user(&app.db, reader).await.unwrap();
        let access = store::auth::access(&app.db, user.person_id, chrono::Utc::now().date_naive()).await.unwrap();
        assert!(access.write.is_empty(), "{reader} writes nowhere");
        let seen = people(&app, reader).await;
        assert!(!seen.is_empty(), "{reader} reads some people");
        for p in &seen {
            assert!(p["phone"].is_null() && p["birth_year"].is_null(), "{reader} sees {p}");
            assert!(p["name"].is_string(), "names stay");
        }
        let one = seen[0]["code"].as_str().unwrap();
        let (_, single) = app.get(&app.token(reader).await, &format!("/api/v1/people/{one}")).await;
        assert!(single["phone"].is_null() && single["birth_year"].is_null(), "{reader}: {single}");
    }
    // The LLL and the NLL are also head teachers: they see the phones of their own school's staff, and of
    // no one else in the sector they read.
    for leader in ["lll", "nll"] {
        let own = app.school_of(leader);
        let seen = people(&app, leader).await;
        assert!(seen.iter().any(|p| p["school"] != own.as_str()), "the {leader} reads more than their school");
        for p in seen.iter().filter(|p| p["school"] != own.as_str()) {
            assert!(p["phone"].is_null() && p["birth_year"].is_null(), "{leader} sees {p}");
        }
        assert!(seen.iter().any(|p| p["school"] == own.as_str() && p["phone"].is_string()), "their own staff's phones");
    }
    // Those who write the registry see them for the people they write.
    for writer in ["ht", "sei", "deo", "admin"] {
        let seen = people(&app, writer).await;
        assert!(seen.iter().any(|p| p["phone"].is_string()), "{writer} sees phones");
        assert!(seen.iter().any(|p| p["birth_year"].is_number()), "{writer} sees birth years");
    }
}

#[tokio::test]
async fn the_people_export_and_the_audit_trail_keep_phones_from_readers() {
    let app = spawn_app().await;
    let school = app.school_of("teacher");
    let colleague = app.data.people.iter().find(|p| p.school.as_ref().is_some_and(|s| s.as_str() == school) && p.phone.is_some()).unwrap();
    let phone = colleague.phone.clone().unwrap();
    // The teacher's export of their school's people has no phone numbers; the HT's has.
    let export = |username: &'static str| {
        let app = &app;
        async move {
            let user = store::auth::user(&app.db, username).await.unwrap();
            let (session, _) = store::sessions::create(&app.db, &user).await.unwrap();
            let response = reqwest::Client::new()
                .get(app.url("/exports/people.csv"))
                .header("cookie", format!("pamoja_session={session}"))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            response.text().await.unwrap()
        }
    };
    assert!(!export("teacher").await.contains(&phone), "the teacher's export");
    assert!(export("ht").await.contains(&phone), "the HT's export");

    // The HT changes the colleague's phone: the trail shows the change to the HT, not the teacher.
    let ht = app.token("ht").await;
    let (_, mut record) = app.get(&ht, &format!("/api/v1/people/{}", colleague.code)).await;
    record["phone"] = json!("+250788000111");
    let (status, _) = app.put(&ht, &format!("/api/v1/people/{}", colleague.code), record).await;
    assert_eq!(status, StatusCode::OK);
    let trail = |username: &'static str| {
        let app = &app;
        async move {
            let user = store::auth::user(&app.db, username).await.unwrap();
            let access = store::auth::access(&app.db, user.person_id, chrono::Utc::now().date_naive()).await.unwrap();
            let entries = store::audit::recent(&app.db, &access, 1000).await.unwrap();
            let entry =
                entries.into_iter().find(|e| e.what == "person written" && e.record == colleague.code.as_str()).expect("the change");
            format!("{:?} {:?}", entry.before_value, entry.after_value)
        }
    };
    let seen_by_ht = trail("ht").await;
    assert!(seen_by_ht.contains("+250788000111") && seen_by_ht.contains(&phone), "{seen_by_ht}");
    let seen_by_teacher = trail("teacher").await;
    assert!(!seen_by_teacher.contains("+250788000111") && !seen_by_teacher.contains(&phone), "{seen_by_teacher}");
    assert!(!seen_by_teacher.contains("birth_year") && seen_by_teacher.contains(colleague.name.as_str()), "{seen_by_teacher}");
}
