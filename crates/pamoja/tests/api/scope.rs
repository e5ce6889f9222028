//! "A head teacher's token cannot read or change another school. A DEO's token covers their
//! district. Without a token: 401. Out of scope: 403. Something that does not exist: 404."

use crate::helpers::{codes, spawn_app};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn without_a_token_or_with_an_unknown_one_every_route_is_401() {
    let app = spawn_app().await;
    for path in
        ["/api/v1/schools", "/api/v1/units/RW", "/api/v1/people", "/api/v1/posts", "/api/v1/programmes", "/api/v1/cops", "/api/v1/clusters"]
    {
        assert_eq!(app.raw_get(path).await.status(), StatusCode::UNAUTHORIZED, "{path} without a token");
        assert_eq!(app.get("pmj_not-a-token", path).await.0, StatusCode::UNAUTHORIZED, "{path} with a bad token");
    }
}

#[tokio::test]
async fn a_head_teacher_reads_and_changes_their_school_and_no_other() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let own = app.school_of("ht");
    let neighbour = format!("{}02", &own[..own.len() - 2]);
    let (status, page) = app.get(&ht, "/api/v1/schools").await;
    assert_eq!((status, codes(&page)), (StatusCode::OK, vec![own.clone()]));
    assert_eq!(app.get(&ht, &format!("/api/v1/schools/{own}")).await.0, StatusCode::OK);
    assert_eq!(app.get(&ht, &format!("/api/v1/schools/{neighbour}")).await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&ht, "/api/v1/schools/RW-999999").await.0, StatusCode::NOT_FOUND);

    let rename = |name: &str| json!({"name": name, "unit": &own[..own.len() - 2], "ownership": "public", "locality": "rural"});
    let (status, school) = app.put(&ht, &format!("/api/v1/schools/{own}"), rename("EP Renamed")).await;
    assert_eq!((status, school["name"].as_str()), (StatusCode::OK, Some("EP Renamed")));
    let (status, _) = app
        .put(
            &ht,
            &format!("/api/v1/schools/{neighbour}"),
            json!({"name": "Taken", "unit": &neighbour[..neighbour.len() - 2], "ownership": "public", "locality": "rural"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, after) = app.get(&app.token("admin").await, &format!("/api/v1/schools/{neighbour}")).await;
    assert_ne!(after["name"], "Taken", "a refused write changes nothing");
    // Their own school stays where it is: no moving it to another district.
    let moved = json!({"name": "EP Renamed", "unit": "RW-1201", "ownership": "public", "locality": "rural"});
    let (status, error) = app.put(&ht, &format!("/api/v1/schools/{own}"), moved).await;
    assert_eq!((status, error["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("unit")), "{error}");

    // People: only the school's own, and none can be registered elsewhere.
    let (_, people) = app.get(&ht, "/api/v1/people?per_page=1000").await;
    assert!(people["items"].as_array().unwrap().iter().all(|p| p["school"] == own.as_str()), "{people}");
    let stranger = json!({"code": "RW-NEW-1", "name": "Aline Uwase", "gender": "female", "unit": &neighbour[..neighbour.len() - 2], "school": neighbour});
    assert_eq!(app.post(&ht, "/api/v1/people", stranger).await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.count("people").await as usize, app.data.people.len());
}

#[tokio::test]
async fn a_deo_covers_their_district_and_nothing_beyond() {
    let app = spawn_app().await;
    let deo = app.token("deo").await;
    let (_, page) = app.get(&deo, "/api/v1/schools?per_page=1000").await;
    let in_district: Vec<String> = app.data.schools.iter().map(|s| s.code.to_string()).filter(|c| c.starts_with("RW-11")).collect();
    assert_eq!(codes(&page), in_district);
    assert_eq!(page["total"], in_district.len());
    let outside = app.school_outside("RW-11");
    assert_eq!(app.get(&deo, &format!("/api/v1/schools/{outside}")).await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&deo, "/api/v1/units/RW-12").await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&deo, "/api/v1/units/RW").await.0, StatusCode::OK, "the units above a post are readable");

    let school =
        |code: &str, unit: &str| json!({"code": code, "name": "EP Nouvelle", "unit": unit, "ownership": "private", "locality": "urban"});
    let (status, created) = app.post(&deo, "/api/v1/schools", school("RW-110199", "RW-1102")).await;
    assert_eq!((status, created["unit"].as_str()), (StatusCode::OK, Some("RW-1102")));
    assert_eq!(app.post(&deo, "/api/v1/schools", school("RW-120199", "RW-1201")).await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&app.token("admin").await, "/api/v1/schools/RW-120199").await.0, StatusCode::NOT_FOUND, "nothing was written");
}

#[tokio::test]
async fn a_file_names_each_row_outside_the_importers_scope_beside_the_other_problems() {
    use store::batch::{Mode, Policy};
    use store::registry::schools;
    let app = spawn_app().await;
    let deo = store::auth::user(&app.db, "deo").await.unwrap();
    let access = store::auth::access(&app.db, deo.person_id, app.data.today.unwrap()).await.unwrap();
    let school = |code: &str, unit: &str| domain::NewSchool::parse(code, "EP Nouvelle", unit, "public", "rural").unwrap();
    // Row 2 lies in another district, row 3 under a unit that does not exist; both are named.
    let file = [school("RW-110198", "RW-1101"), school("RW-120198", "RW-1201"), school("RW-110197", "RW-1199")];
    let before = app.count("schools").await;
    let Err(store::Error::Rows(rows)) = schools::write(&app.db, &access, &file, Mode::Upsert, Policy::AllOrNothing).await else {
        panic!("the file is refused row by row");
    };
    let seen: Vec<(usize, String)> = rows.iter().map(|(i, e)| (*i, e.to_string())).collect();
    assert_eq!(seen, [(1, "code: RW-120198 is outside your scope".to_owned()), (2, "unit: RW-1199 is not registered".to_owned())]);
    assert_eq!(app.count("schools").await, before, "nothing was written");
    // Skipping the invalid rows writes the district's own; writing it again is neither new nor
    // updated.
    let written = schools::write(&app.db, &access, &file, Mode::Upsert, Policy::SkipInvalid).await.unwrap();
    assert_eq!((written.inserted, written.updated, written.skipped.len()), (1, 0, 2));
    let again = schools::write(&app.db, &access, &file[..1], Mode::Upsert, Policy::AllOrNothing).await.unwrap();
    assert_eq!((again.inserted, again.updated), (0, 0));
    let renamed = [domain::NewSchool { name: "EP Nouvelle II".into(), ..file[0].clone() }, school("RW-110196", "RW-1101")];
    let written = schools::write(&app.db, &access, &renamed, Mode::Upsert, Policy::AllOrNothing).await.unwrap();
    assert_eq!((written.inserted, written.updated), (1, 1));
    // A file of one such row names it; a create (an API call) is refused whole, as 403.
    let one = schools::write(&app.db, &access, &file[1..2], Mode::Upsert, Policy::AllOrNothing).await;
    assert!(matches!(&one, Err(store::Error::Rows(rows)) if rows.len() == 1), "{one:?}");
    let one = schools::write(&app.db, &access, &file[1..2], Mode::Create, Policy::AllOrNothing).await;
    assert!(matches!(one, Err(store::Error::OutOfScope { .. })), "{one:?}");
}

#[tokio::test]
async fn a_teacher_reads_their_school_but_changes_nothing() {
    let app = spawn_app().await;
    let teacher = app.token("teacher").await;
    let own = app.school_of("teacher");
    let unit = &own[..own.len() - 2];
    assert_eq!(app.get(&teacher, &format!("/api/v1/schools/{own}")).await.0, StatusCode::OK);
    assert_eq!(app.get(&teacher, &format!("/api/v1/schools/{}", app.school_outside(unit))).await.0, StatusCode::FORBIDDEN);
    let body = json!({"name": "Mine now", "unit": unit, "ownership": "public", "locality": "rural"});
    assert_eq!(app.put(&teacher, &format!("/api/v1/schools/{own}"), body).await.0, StatusCode::FORBIDDEN);
    let colleague = json!({"code": "RW-NEW-2", "name": "Eric Habimana", "gender": "male", "unit": unit, "school": own});
    assert_eq!(app.post(&teacher, "/api/v1/people", colleague).await.0, StatusCode::FORBIDDEN);
    let (_, posts) = app.get(&teacher, "/api/v1/posts?per_page=1000").await;
    assert!(posts["items"].as_array().unwrap().iter().all(|p| p["school"] == own.as_str()));
}

#[tokio::test]
async fn a_coach_sees_the_schools_of_their_clusters() {
    let app = spawn_app().await;
    let coach = app.token("coach").await;
    let (_, page) = app.get(&coach, "/api/v1/schools").await;
    // The small country's one coach works over both pilot clusters.
    let expected: Vec<String> = app.data.clusters.iter().flat_map(|c| c.schools.iter().map(|s| s.to_string())).collect();
    assert_eq!(codes(&page), expected);
    assert_eq!(app.get(&coach, &format!("/api/v1/clusters/{}", app.data.clusters[1].code)).await.0, StatusCode::OK);
    assert_eq!(app.get(&coach, &format!("/api/v1/schools/{}", app.school_of("ht"))).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn ending_a_post_keeps_it_in_the_history() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let teacher = &app.data.logins.iter().find(|l| l.username == "teacher").unwrap().person;
    let (_, posts) = app.get(&ht, &format!("/api/v1/posts?person={teacher}")).await;
    let post = &posts["items"][0];
    let id = post["id"].as_str().unwrap();
    let ended = json!({"person": teacher, "role": "teacher", "school": post["school"], "from": post["from"], "to": "2026-12-31"});
    let (status, body) = app.put(&ht, &format!("/api/v1/posts/{id}"), ended).await;
    assert_eq!((status, body["to"].as_str()), (StatusCode::OK, Some("2026-12-31")), "{body}");
    let (_, after) = app.get(&ht, &format!("/api/v1/posts?person={teacher}")).await;
    assert_eq!(after["total"], posts["total"], "ending a post deletes nothing");
    // The change is on the audit trail: who, and the post before and after.
    let trail = store::audit::recent(&app.db, &domain::Access::everything(), 1).await.unwrap();
    let entry = &trail[0];
    assert_eq!((entry.what.as_str(), entry.record.as_str()), ("post written", id));
    assert!(entry.who.is_some(), "the head teacher is named");
    let before: serde_json::Value = serde_json::from_str(entry.before_value.as_deref().unwrap()).unwrap();
    let after: serde_json::Value = serde_json::from_str(entry.after_value.as_deref().unwrap()).unwrap();
    assert_eq!((before["to"].clone(), after["to"].clone()), (post["to"].clone(), json!("2026-12-31")));
    let elsewhere = json!({"person": teacher, "role": "teacher", "school": app.school_outside("RW-1101"), "from": "2026-01-07"});
    assert_eq!(app.post(&ht, "/api/v1/posts", elsewhere).await.0, StatusCode::FORBIDDEN);
}
