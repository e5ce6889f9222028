//! Choosing leaders of learning (issue 13; seed 002: "a selection process that looks at
//! performance and practice in schools ... student exam scores, holding a position as a head
//! teacher for at least three years ... a school visit from a selection committee (which
//! includes the DEO, an existing NLL, and the sector education inspector) who interview the
//! candidate before making an appointment"), through the API on both backends.

use crate::helpers::{TestApp, spawn_app};
use chrono::{Days, Months, NaiveDate};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn person_of(app: &TestApp, username: &str) -> String {
    app.data.logins.iter().find(|l| l.username == username).unwrap().person.clone()
}

/// Forms the PLCs (their units are the seats) and ends the post of `role` held at `unit` by
/// its first holder `days` from today; answers that holder.
async fn leader_leaves(app: &TestApp, role: &str, unit: &str, days: u64) -> String {
    let admin = app.token("admin").await;
    assert_eq!(app.post(&admin, "/api/v1/programmes/BLF/plcs", Value::Null).await.0, StatusCode::OK);
    let (_, posts) = app.get(&admin, &format!("/api/v1/posts?unit={unit}&role={role}&per_page=100")).await;
    let post =
        posts["items"].as_array().unwrap().iter().find(|p| p["unit"] == unit && p["school"].is_null()).expect("a leader's post").clone();
    let ends = today().checked_add_days(Days::new(days)).unwrap();
    let body = json!({"person": post["person"], "role": role, "unit": unit, "from": post["from"], "to": ends.to_string()});
    let (status, answer) = app.put(&admin, &format!("/api/v1/posts/{}", post["id"].as_str().unwrap()), body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    post["person"].as_str().unwrap().to_owned()
}

async fn open(app: &TestApp, token: &str, role: &str, unit: &str) -> Value {
    let (status, record) = app.post(token, "/api/v1/selections", json!({"role": role, "unit": unit})).await;
    assert_eq!(status, StatusCode::OK, "{record}");
    record
}

/// Sets every exam result of `school` in the years 2023-2025 to `passed[i]` of 20 in each of
/// the demo's five subjects, so the school's rates are known exactly.
async fn results(app: &TestApp, school: &str, passed: [u32; 3]) {
    let deo = app.token("deo").await;
    let subjects: std::collections::BTreeSet<&str> = app.data.results.iter().map(|r| r.subject.as_str()).collect();
    for (year, passed) in (2023..=2025).zip(passed) {
        for subject in &subjects {
            let path = format!("/api/v1/schools/{school}/results/{year}/{subject}");
            assert_eq!(app.put(&deo, &path, json!({"candidates": 20, "passed": passed})).await.0, StatusCode::OK);
        }
    }
}

fn candidate<'a>(record: &'a Value, person: &str) -> &'a Value {
    record["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["person"] == person)
        .unwrap_or_else(|| panic!("{person} is a candidate: {record}"))
}

/// Sets the head-teacher post of `person` to begin on `from`.
async fn head_since(app: &TestApp, person: &str, from: NaiveDate) {
    let admin = app.token("admin").await;
    let (_, posts) = app.get(&admin, &format!("/api/v1/posts?person={person}&role=head-teacher")).await;
    let post = &posts["items"][0];
    let body = json!({"person": person, "role": "head-teacher", "school": post["school"], "from": from.to_string()});
    let (status, answer) = app.put(&admin, &format!("/api/v1/posts/{}", post["id"].as_str().unwrap()), body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

#[tokio::test]
async fn each_eligibility_rule_is_met_at_its_boundary_and_not_past_it() {
    let app = spawn_app().await;
    let lll = leader_leaves(&app, "lll", "RW-1102", 30).await;
    let deo = app.token("deo").await;
    let record = open(&app, &deo, "lll", "RW-1102").await;
    let id = record["id"].as_str().unwrap().to_owned();
    // A head teacher of the sector other than its leaving LLL (who still holds the role).
    let c = record["candidates"].as_array().unwrap().iter().find(|c| c["person"] != lll.as_str()).unwrap();
    let (person, school) = (c["person"].as_str().unwrap().to_owned(), c["school"].as_str().unwrap().to_owned());
    assert!(record["candidates"].as_array().unwrap().iter().all(|c| c["person"] != lll.as_str()), "the LLL is not their own candidate");
    let evidence = async |app: &TestApp| {
        let (_, record) = app.get(&deo, &format!("/api/v1/selections/{id}")).await;
        candidate(&record, &person)["eligibility"].clone()
    };
    // Head teacher for exactly three years today: met. From a day later: not.
    let three_years_ago = today().checked_sub_months(Months::new(36)).unwrap();
    head_since(&app, &person, three_years_ago).await;
    assert_eq!(evidence(&app).await["head_years_met"], true);
    head_since(&app, &person, three_years_ago.checked_add_days(Days::new(1)).unwrap()).await;
    let e = evidence(&app).await;
    assert_eq!((e["head_years_met"].clone(), e["eligible"].clone()), (json!(false), json!(false)), "{e}");
    head_since(&app, &person, three_years_ago).await;
    // High: 14 of 20 in every subject and year is 70.0%, the threshold: met, and eligible.
    results(&app, &school, [14, 14, 14]).await;
    let e = evidence(&app).await;
    assert_eq!(
        (e["results"]["high"].clone(), e["results"]["improving"].clone(), e["eligible"].clone()),
        (json!(true), json!(false), json!(true))
    );
    assert_eq!(e["results"]["overall"], 0.7);
    // One subject of one year at 13 of 20: 209 of 300 is 69.7%: not high, and flat: not eligible.
    let deo_token = app.token("deo").await;
    assert_eq!(
        app.put(&deo_token, &format!("/api/v1/schools/{school}/results/2025/maths"), json!({"candidates": 20, "passed": 13})).await.0,
        StatusCode::OK
    );
    let e = evidence(&app).await;
    assert_eq!((e["results"]["high"].clone(), e["eligible"].clone()), (json!(false), json!(false)), "{e}");
    // Improving: 8, 9, 9 of 20 (40%, 45%, 45%) gains five points with no year lower: met.
    results(&app, &school, [8, 9, 9]).await;
    let e = evidence(&app).await;
    assert_eq!((e["results"]["improving"].clone(), e["eligible"].clone()), (json!(true), json!(true)), "{e}");
    assert_eq!(e["results"]["years"], json!([[2023, 0.4], [2024, 0.45], [2025, 0.45]]));
    // 9, 8, 10 (45%, 40%, 50%): five points up, but a year lower than the one before: not.
    results(&app, &school, [9, 8, 10]).await;
    assert_eq!(evidence(&app).await["results"]["improving"], false);
    // The rules are the country's to set: a stricter gain of 6 points, and 8, 9, 9 falls short.
    let admin = app.token("admin").await;
    let rules = json!({"head_years": 3, "results_years": 3, "high_pct": 70, "gain_pts": 6});
    assert_eq!(app.put(&deo, "/api/v1/selection-rules", rules.clone()).await.0, StatusCode::FORBIDDEN);
    assert_eq!(app.put(&admin, "/api/v1/selection-rules", rules).await.0, StatusCode::OK);
    results(&app, &school, [8, 9, 9]).await;
    assert_eq!(evidence(&app).await["results"]["improving"], false);
}

#[tokio::test]
async fn a_deo_takes_an_lll_vacancy_from_nomination_to_appointment() {
    let app = spawn_app().await;
    // The demo's past selections are in the trail already: this one adds one of each step.
    let demo = store::counts_by(&app.db, "audit_log", "what").await.unwrap();
    let leaving = leader_leaves(&app, "lll", "RW-1101", 60).await;
    let deo = app.token("deo").await;
    let ends = today().checked_add_days(Days::new(60)).unwrap();
    let (_, seats) = app.get(&deo, "/api/v1/vacancies?unit=RW-11").await;
    let seat = seats.as_array().unwrap().iter().find(|s| s["unit"] == "RW-1101").expect("the sector's seat is open");
    assert_eq!((seat["role"].clone(), seat["why"].clone(), seat["on"].clone()), (json!("lll"), json!("ending"), json!(ends.to_string())));
    assert!(seat["selection"].is_null());
    // Opening: the committee from posts (the DEO opening it chairs, an NLL of the district,
    // the sector's SEI); opening again finds the same selection.
    let record = open(&app, &deo, "lll", "RW-1101").await;
    let id = record["id"].as_str().unwrap().to_owned();
    assert_eq!(open(&app, &deo, "lll", "RW-1101").await["id"], id.as_str());
    let parts: Vec<(String, String)> = record["committee"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["part"].as_str().unwrap().into(), m["person"].as_str().unwrap().into()))
        .collect();
    assert!(parts.contains(&("chair".into(), person_of(&app, "deo"))), "{parts:?}");
    assert!(parts.contains(&("sei".into(), person_of(&app, "sei"))), "{parts:?}");
    assert!(parts.iter().any(|(p, _)| p == "nll"), "{parts:?}");
    // Every candidate eligible under rules a country might set for a first round.
    let admin = app.token("admin").await;
    let lenient = json!({"head_years": 0, "results_years": 3, "high_pct": 0, "gain_pts": 0});
    assert_eq!(app.put(&admin, "/api/v1/selection-rules", lenient).await.0, StatusCode::OK);
    let (_, record) = app.get(&deo, &format!("/api/v1/selections/{id}")).await;
    let person = record["candidates"][0]["person"].as_str().unwrap().to_owned();
    assert_ne!(person, leaving);
    let path = format!("/api/v1/selections/{id}/nominations");
    let (status, body) = app.post(&deo, &path, json!({"person": "RW-NOBODY"})).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("person")));
    assert_eq!(app.post(&deo, &path, json!({"person": person})).await.0, StatusCode::OK);
    let (status, record) = app.post(&deo, &path, json!({"person": person})).await;
    assert_eq!((status, record["nominations"].as_array().unwrap().len()), (StatusCode::OK, 1), "nominating again changes nothing");
    // No appointment before the visit and the interview.
    let decision = json!({"appoint": person, "reason": "Strong results and a school the sector learns from"});
    let (status, body) = app.post(&deo, &format!("/api/v1/selections/{id}/decision"), decision.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    // The SEI sits on the committee: they record the visit and interview, with scores.
    let sei = app.token("sei").await;
    let assessment = json!({
        "visited_on": today().to_string(), "visit_notes": "Lesson observation and a walk round the school",
        "interviewed_on": today().to_string(), "interview_notes": "Leads the school's CoP herself",
        "scores": {"school-practice": 4, "collaborative-leadership": 3, "appetite-to-learn": 4, "use-of-data": 3}
    });
    let nominee = format!("/api/v1/selections/{id}/nominations/{person}");
    let (status, record) = app.send(Method::PUT, &sei, &nominee, assessment.clone()).await;
    assert_eq!(status, StatusCode::OK, "{record}");
    assert_eq!(record["nominations"][0]["scores"]["school-practice"], 4);
    let bad = json!({"scores": {"use-of-data": 5}});
    let (status, body) = app.send(Method::PUT, &sei, &nominee, bad).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("scores.use-of-data")));
    // The SEI does not decide: the DEO chairs. The head teacher reads none of it.
    assert_eq!(app.post(&sei, &format!("/api/v1/selections/{id}/decision"), decision.clone()).await.0, StatusCode::FORBIDDEN);
    let ht = app.token("ht").await;
    assert_eq!(app.get(&ht, &format!("/api/v1/selections/{id}")).await.0, StatusCode::FORBIDDEN);
    // The appointment: a post from today, and the seat held again.
    let (status, record) = app.post(&deo, &format!("/api/v1/selections/{id}/decision"), decision.clone()).await;
    assert_eq!(status, StatusCode::OK, "{record}");
    assert_eq!((record["appointed"].as_str(), record["decided_on"].as_str()), (Some(person.as_str()), Some(today().to_string().as_str())));
    let (_, post) = app.get(&deo, &format!("/api/v1/posts/{}", record["post"].as_str().unwrap())).await;
    assert_eq!(
        (post["person"].as_str(), post["role"].as_str(), post["unit"].as_str()),
        (Some(person.as_str()), Some("lll"), Some("RW-1101"))
    );
    let (_, seats) = app.get(&deo, "/api/v1/vacancies?unit=RW-11").await;
    assert!(seats.as_array().unwrap().iter().all(|s| s["unit"] != "RW-1101"), "{seats}");
    // Deciding again answers the decision made; and it is all in the audit trail.
    assert_eq!(app.post(&deo, &format!("/api/v1/selections/{id}/decision"), decision).await.0, StatusCode::OK);
    let logged = store::counts_by(&app.db, "audit_log", "what").await.unwrap();
    let n = |counts: &[(String, i64)], what: &str| counts.iter().find(|(w, _)| w == what).map_or(0, |(_, n)| *n);
    for what in ["selection opened", "candidate nominated", "nomination assessed", "selection decided"] {
        assert_eq!(n(&logged, what) - n(&demo, what), 1, "{what} once: {logged:?}");
    }
}

#[tokio::test]
async fn a_deo_appointing_an_nll_breaks_a_grant_rule_and_nothing_is_written() {
    let app = spawn_app().await;
    leader_leaves(&app, "nll", "RW-11", 10).await;
    let deo = app.token("deo").await;
    let admin = app.token("admin").await;
    let lenient = json!({"head_years": 0, "results_years": 3, "high_pct": 0, "gain_pts": 0});
    assert_eq!(app.put(&admin, "/api/v1/selection-rules", lenient).await.0, StatusCode::OK);
    let record = open(&app, &deo, "nll", "RW-11").await;
    let id = record["id"].as_str().unwrap().to_owned();
    // No SEI on a district's committee.
    assert!(record["committee"].as_array().unwrap().iter().all(|m| m["part"] != "sei"), "{record}");
    let person = record["candidates"][0]["person"].as_str().unwrap().to_owned();
    assert_eq!(app.post(&deo, &format!("/api/v1/selections/{id}/nominations"), json!({"person": person})).await.0, StatusCode::OK);
    let assessment = json!({"visited_on": today().to_string(), "interviewed_on": today().to_string()});
    assert_eq!(app.send(Method::PUT, &deo, &format!("/api/v1/selections/{id}/nominations/{person}"), assessment).await.0, StatusCode::OK);
    let posts = app.count("posts").await;
    let decision = json!({"appoint": person, "reason": "The district's strongest head teacher"});
    let (status, body) = app.post(&deo, &format!("/api/v1/selections/{id}/decision"), decision.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body["error"].as_str().unwrap().contains("you cannot grant"), "the rule is named: {body}");
    assert_eq!(app.count("posts").await, posts, "no post");
    let (_, record) = app.get(&deo, &format!("/api/v1/selections/{id}")).await;
    assert!(record["decided_on"].is_null(), "the selection is still open");
    // National staff may grant it.
    let (status, record) = app.post(&admin, &format!("/api/v1/selections/{id}/decision"), decision).await;
    assert_eq!((status, record["appointed"].as_str()), (StatusCode::OK, Some(person.as_str())), "{record}");
    assert_eq!(app.count("posts").await, posts + 1);
}

#[tokio::test]
async fn the_deo_s_pages_take_a_vacancy_from_its_seat_to_an_appointment() {
    let app = spawn_app().await;
    leader_leaves(&app, "lll", "RW-1101", 60).await;
    let admin = app.token("admin").await;
    let lenient = json!({"head_years": 0, "results_years": 3, "high_pct": 0, "gain_pts": 0});
    assert_eq!(app.put(&admin, "/api/v1/selection-rules", lenient).await.0, StatusCode::OK);
    let (cookie, csrf) = app.session("deo").await;
    let (_, home) = app.page(&cookie, "/").await;
    // This seat, and the demo's own (RW-1102's LLL left at the end of March).
    assert!(home.contains("Open seats: 2 · selections in progress: 0") && home.contains("href=\"/selection\""), "{home}");
    let (status, seats) = app.page(&cookie, "/selection").await;
    assert_eq!(status, StatusCode::OK);
    assert!(seats.contains("The post ends on") && seats.contains("Open a selection"), "{seats}");
    let opened = app.submit(&cookie, "/selection", &[("csrf", &csrf), ("role", "lll"), ("unit", "RW-1101")]).await;
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    let at = opened.headers()["location"].to_str().unwrap().to_owned();
    let id = at.trim_start_matches("/selection/").to_owned();
    let (_, page) = app.page(&cookie, &at).await;
    assert!(page.contains("<h1>Local leader of learning for ") && page.contains("(RW-1101): the selection</h1>"), "{page}");
    let (_, record) = app.get(&admin, &format!("/api/v1/selections/{id}")).await;
    let person = record["candidates"][0]["person"].as_str().unwrap().to_owned();
    assert!(page.contains(&format!("name=\"person\" value=\"{person}\"")), "a Nominate button: {page}");
    let sent = app.submit(&cookie, &format!("/selection/{id}/nominations"), &[("csrf", &csrf), ("person", &person)]).await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    // A score out of the scale is said on the page, and nothing is kept.
    let day = today().to_string();
    let bad = [("csrf", csrf.as_str()), ("visited_on", &day), ("interviewed_on", &day), ("score-use-of-data", "9")];
    let answer = app.submit(&cookie, &format!("/selection/{id}/nominations/{person}"), &bad).await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.text().await.unwrap().contains("9 is out of range: give 1 to 4"));
    let good = [
        ("csrf", csrf.as_str()),
        ("visited_on", &day),
        ("visit_notes", "Saw two lessons"),
        ("interviewed_on", &day),
        ("score-school-practice", "4"),
    ];
    assert_eq!(app.submit(&cookie, &format!("/selection/{id}/nominations/{person}"), &good).await.status(), StatusCode::SEE_OTHER);
    let decision = [("csrf", csrf.as_str()), ("appoint", &person), ("starts_on", &day), ("reason", "Her school leads the sector")];
    assert_eq!(app.submit(&cookie, &format!("/selection/{id}/decision"), &decision).await.status(), StatusCode::SEE_OTHER);
    let (_, page) = app.page(&cookie, &format!("/selection/{id}")).await;
    let name = record["candidates"][0]["name"].as_str().unwrap();
    assert!(page.contains(&format!("{name} appointed on")) && page.contains("Her school leads the sector"), "{page}");
    let (_, post) = app.get(&admin, &format!("/api/v1/posts?person={person}&role=lll")).await;
    assert_eq!(post["total"], 1);
}

#[tokio::test]
async fn the_demo_s_committees_decided_a_past_selection_in_each_district_but_the_pilot_s() {
    let app = spawn_app().await;
    // The small country's three districts, one of them the cluster pilot's.
    let admin = app.token("admin").await;
    let (_, all) = app.get(&admin, "/api/v1/selections").await;
    let districts = app.data.units.iter().filter(|u| u.level == "district").count();
    let decided = all["items"].as_array().unwrap().iter().filter(|s| s["role"] == "nll" && !s["decided_on"].is_null()).count();
    assert_eq!((districts, decided), (3, 2), "{all}");
    let deo = app.token("deo").await;
    let (_, page) = app.get(&deo, "/api/v1/selections").await;
    let past: Vec<&Value> = page["items"].as_array().unwrap().iter().filter(|s| s["unit"] == "RW-11").collect();
    assert_eq!(past.len(), 1, "{page}");
    let id = past[0]["id"].as_str().unwrap();
    let (_, record) = app.get(&deo, &format!("/api/v1/selections/{id}")).await;
    // Two nominees visited, interviewed and scored on every criterion before the decision.
    let nominations = record["nominations"].as_array().unwrap();
    assert_eq!(nominations.len(), 2, "{record}");
    let total = |n: &Value| n["scores"].as_object().unwrap().values().map(|v| v.as_i64().unwrap()).sum::<i64>();
    for n in nominations {
        assert_eq!(n["scores"].as_object().unwrap().len(), 4, "{n}");
        assert!(n["evidence"]["eligible"].as_bool().unwrap(), "only the eligible are nominated: {n}");
        assert!(n["interviewed_on"].as_str().unwrap() < record["decided_on"].as_str().unwrap());
    }
    // The higher total was appointed (the first nominee on a tie), from the day after the
    // leader's post ended.
    let best = nominations.iter().rev().max_by_key(|n| total(n)).unwrap();
    assert_eq!(record["appointed"], best["person"], "{record}");
    assert!(record["candidates"].as_array().unwrap().is_empty(), "no candidates once decided");
    let (_, post) = app.get(&deo, &format!("/api/v1/posts/{}", record["post"].as_str().unwrap())).await;
    let vacated: chrono::NaiveDate = record["vacated_on"].as_str().unwrap().parse().unwrap();
    assert_eq!((post["role"].as_str(), post["unit"].as_str()), (Some("nll"), Some("RW-11")));
    assert_eq!(post["from"].as_str(), Some(vacated.succ_opt().unwrap().to_string().as_str()));
    // The decision is the national admin's, as the grant rules want of an NLL's post.
    let admin = app.data.logins.iter().find(|l| l.username == "admin").unwrap();
    let name = &app.data.people.iter().find(|p| p.code.as_str() == admin.person).unwrap().name;
    let trail = store::audit::recent(&app.db, &domain::Access::everything(), 100_000).await.unwrap();
    let decided = trail.iter().find(|e| e.what == "selection decided" && e.record == id).expect("the decision is in the trail");
    assert_eq!(decided.who.as_ref(), Some(name));
}
