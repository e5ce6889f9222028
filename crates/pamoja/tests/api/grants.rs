//! Granting rights is itself scoped (DESIGN.md §3): "a head teacher grants teacher, deputy and
//! subject leader at their school; a DEO the school and sector roles of their district;
//! national roles only a national admin", never for themselves, and only for people inside
//! their write scope. The whole ladder (15 × 15) is checked in `domain::grant`; these are the
//! defects issue 10 found, through the API.

use crate::helpers::{TestApp, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn person_of(app: &TestApp, username: &str) -> String {
    app.data.logins.iter().find(|l| l.username == username).expect("a demo login").person.clone()
}

/// A teacher registered at a school whose code starts with `prefix`, other than `not`.
fn teacher_at(app: &TestApp, prefix: &str, not: &[String]) -> String {
    app.data
        .people
        .iter()
        .find(|p| p.school.as_ref().is_some_and(|s| s.as_str().starts_with(prefix)) && !not.contains(&p.code.to_string()))
        .expect("a teacher there")
        .code
        .to_string()
}

fn post(person: &str, role: &str, place: (&str, &str)) -> Value {
    let mut body = json!({"person": person, "role": role, "from": "2026-01-05"});
    body[place.0] = json!(place.1);
    body
}

#[tokio::test]
async fn a_deo_cannot_make_themselves_or_anyone_a_national_admin() {
    let app = spawn_app().await;
    let deo = app.token("deo").await;
    let posts = app.count("posts").await;
    let me = person_of(&app, "deo");
    let (status, error) = app.post(&deo, "/api/v1/posts", post(&me, "national-admin", ("unit", "RW-11"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{error}");
    assert_eq!(error["error"], "you cannot grant or change your own posts; ask someone above you");
    let colleague = teacher_at(&app, "RW-11", &[]);
    let (status, error) = app.post(&deo, "/api/v1/posts", post(&colleague, "national-admin", ("unit", "RW-11"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{error}");
    assert_eq!(error["error"], "you cannot grant National admin: none of your posts may grant it");
    let (status, error) = app.post(&deo, "/api/v1/posts", post(&colleague, "deo", ("unit", "RW-11"))).await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("you cannot grant District education officer: none of your posts may grant it"))
    );
    assert_eq!(app.count("posts").await, posts, "nothing was written");
    let user = store::auth::user(&app.db, "deo").await.unwrap();
    let access = store::auth::access(&app.db, user.person_id, chrono::Utc::now().date_naive()).await.unwrap();
    assert!(!access.configures_programmes && !access.read.all, "the DEO is still a DEO");

    // Not at the district itself: that SEI would write the whole district.
    let (status, error) = app.post(&deo, "/api/v1/posts", post(&colleague, "sei", ("unit", "RW-11"))).await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("a Sector education inspector post is held below the place of your own post, not at it"))
    );
    // A sector role in their district, for someone in their district: theirs to grant.
    let (_, sectors) = app.get(&deo, "/api/v1/units?unit=RW-11&per_page=100").await;
    let sector = sectors["items"].as_array().unwrap().iter().find(|u| u["level"] == "sector").expect("a sector")["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, made) = app.post(&deo, "/api/v1/posts", post(&colleague, "sei", ("unit", &sector))).await;
    assert_eq!((status, made["role"].as_str()), (StatusCode::OK, Some("sei")), "{made}");
}

#[tokio::test]
async fn a_head_teacher_grants_staff_roles_at_their_school_to_its_own_people_only() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let school = app.school_of("ht");
    let me = person_of(&app, "ht");
    let posts = app.count("posts").await;

    let (status, error) = app.post(&ht, "/api/v1/posts", post(&me, "deputy-head-teacher", ("school", &school))).await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("you cannot grant or change your own posts; ask someone above you"))
    );

    // Someone outside their scope (the national admin's person, a teacher of another district)
    // is answered exactly as a staff number that does not exist: nothing is revealed.
    let admin = person_of(&app, "admin");
    let elsewhere = teacher_at(&app, "RW-12", &[]);
    for (person, shown) in [(admin.as_str(), admin.as_str()), (elsewhere.as_str(), elsewhere.as_str()), ("RW-T-NOBODY", "RW-T-NOBODY")] {
        let (status, error) = app.post(&ht, "/api/v1/posts", post(person, "teacher", ("school", &school))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{person}: {error}");
        assert_eq!(error["fields"], json!([{"field": "person", "message": format!("no person {shown} in your scope")}]), "{person}");
    }

    let own_teacher = teacher_at(&app, &school, &[me.clone(), person_of(&app, "ssl")]);
    let (status, error) = app.post(&ht, "/api/v1/posts", post(&own_teacher, "head-teacher", ("school", &school))).await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("you cannot grant Head teacher: none of your posts may grant it"))
    );
    assert_eq!(app.count("posts").await, posts, "nothing was written");

    let mut ssl = post(&own_teacher, "subject-leader", ("school", &school));
    ssl["subject"] = json!("english");
    let (status, made) = app.post(&ht, "/api/v1/posts", ssl.clone()).await;
    assert_eq!((status, made["role"].as_str()), (StatusCode::OK, Some("subject-leader")), "{made}");
    // Ending that post is theirs too.
    ssl["to"] = json!("2026-07-17");
    let (status, ended) = app.put(&ht, &format!("/api/v1/posts/{}", made["id"].as_str().unwrap()), ssl).await;
    assert_eq!((status, ended["to"].as_str()), (StatusCode::OK, Some("2026-07-17")), "{ended}");
}

#[tokio::test]
async fn no_one_ends_their_own_post_not_even_a_national_admin() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let me = person_of(&app, "admin");
    let (_, mine) = app.get(&admin, &format!("/api/v1/posts?person={me}")).await;
    let own = &mine["items"][0];
    let mut end = post(&me, "national-admin", ("unit", own["unit"].as_str().unwrap()));
    end["from"] = own["from"].clone();
    end["to"] = json!("2026-07-17");
    let (status, error) = app.put(&admin, &format!("/api/v1/posts/{}", own["id"].as_str().unwrap()), end).await;
    assert_eq!(
        (status, error["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("you cannot grant or change your own posts; ask someone above you"))
    );
    let (_, after) = app.get(&admin, &format!("/api/v1/posts/{}", own["id"].as_str().unwrap())).await;
    assert!(after["to"].is_null(), "the post still runs: {after}");
}

#[tokio::test]
async fn a_teacher_grants_nothing() {
    let app = spawn_app().await;
    let teacher = app.token("teacher").await;
    let school = app.school_of("teacher");
    let colleague = teacher_at(&app, &school, &[person_of(&app, "teacher")]);
    let (status, _) = app.post(&teacher, "/api/v1/posts", post(&colleague, "teacher", ("school", &school))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
