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
    let (_, listed) = app.get(&admin, "/api/v1/cops?programme=BLF&kind=cop").await;
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

/// Issue 11: who is in a CoP changes from its page: a member added from the school's staff, a
/// member leaving today, and a registered guest offered on the meeting form.
#[tokio::test]
async fn the_cop_page_adds_and_removes_members_and_registered_guests() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let (cop, members) = crate::life::cop_of_ht(&app, &ht).await;
    let (cookie, csrf) = app.session("ht").await;
    let page_path = format!("/cops/{cop}");
    let (_, page) = app.page(&cookie, &page_path).await;
    // The first candidate offered: staff of the school not yet in the CoP.
    let offered =
        page.split(r#"<select id="person" name="person" required>"#).nth(1).expect("a member form").split("</select>").next().unwrap();
    let newcomer = offered.split(r#"<option value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    assert!(!members.contains(&newcomer), "{newcomer} is not a member yet");
    let added = app.submit(&cookie, &format!("/cops/{cop}/members"), &[("csrf", &csrf), ("person", &newcomer), ("role", "member")]).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let (_, now) = app.get(&ht, &format!("/api/v1/cops/{cop}/members")).await;
    let joined = now.as_array().unwrap().iter().find(|m| m["person"] == newcomer.as_str()).expect("a member now");
    assert_eq!((joined["role"].as_str(), joined["left_on"].as_str()), (Some("member"), None));
    // The last member leaves today.
    let leaving = members.last().unwrap();
    let left = app.submit(&cookie, &format!("/cops/{cop}/members/{leaving}/leave"), &[("csrf", &csrf)]).await;
    assert_eq!(left.status(), StatusCode::SEE_OTHER);
    let (_, now) = app.get(&ht, &format!("/api/v1/cops/{cop}/members")).await;
    let gone = now.as_array().unwrap().iter().find(|m| m["person"] == leaving.as_str()).unwrap();
    assert_eq!(gone["left_on"].as_str(), Some(chrono::Utc::now().date_naive().to_string().as_str()));
    // One membership a person: neither a member again, nor a former one, is added over it.
    for again in [&newcomer, leaving] {
        let twice = app.submit(&cookie, &format!("/cops/{cop}/members"), &[("csrf", &csrf), ("person", again), ("role", "member")]).await;
        assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // The sector's SLF as a registered guest: offered on the meeting form, counted as a guest.
    let slf = app.data.logins.iter().find(|l| l.username == "slf").unwrap().person.clone();
    let guest = app.submit(&cookie, &format!("/cops/{cop}/guests"), &[("csrf", &csrf), ("person", &slf), ("guest_role", "slf")]).await;
    assert_eq!(guest.status(), StatusCode::SEE_OTHER);
    let (_, form) = app.page(&cookie, &format!("/cops/{cop}/meetings")).await;
    assert!(form.contains(&format!(r#"name="guest" value="{slf}""#)), "the guest is offered on the meeting form");
    // A member cannot also be a guest; an unknown code is named; nothing is half-written.
    let twice =
        app.submit(&cookie, &format!("/cops/{cop}/guests"), &[("csrf", &csrf), ("person", &newcomer), ("guest_role", "other")]).await;
    assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.text().await.unwrap().contains("is a member of this CoP, not a guest"));
    let unknown =
        app.submit(&cookie, &format!("/cops/{cop}/guests"), &[("csrf", &csrf), ("person", "NOBODY-1"), ("guest_role", "other")]).await;
    assert!(unknown.text().await.unwrap().contains("NOBODY-1 is not registered"));
    assert_eq!(app.count("community_guests").await, 1);
    let removed = app.submit(&cookie, &format!("/cops/{cop}/guests"), &[("csrf", &csrf), ("person", &slf), ("remove", "1")]).await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("community_guests").await, 0);
    // A teacher is offered none of it, and cannot post it.
    let (teacher, teacher_csrf) = app.session("teacher").await;
    let (_, seen) = app.page(&teacher, &page_path).await;
    assert!(!seen.contains(&format!(r#"action="/cops/{cop}/members""#)), "no member forms for a teacher");
    let refused = app.submit(&teacher, &format!("/cops/{cop}/members"), &[("csrf", &teacher_csrf), ("person", &newcomer)]).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}
