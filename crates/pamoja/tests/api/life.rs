//! CoP life through the API on a small hand-built year: every KPI checked against figures
//! worked out by hand below, the accountability loop, rotation, schedule, and the 422s and
//! 403s the issue names.

use crate::helpers::{TestApp, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The HT's school's CoPs and their members' codes (facilitator first).
pub(crate) async fn cops_of_ht(app: &TestApp, token: &str) -> Vec<(String, Vec<String>)> {
    let school = app.school_of("ht");
    let (_, cops) = app.get(token, &format!("/api/v1/cops?q=&unit={}&per_page=100", &school[..school.len() - 2])).await;
    let mut found = Vec::new();
    for cop in cops["items"].as_array().unwrap().iter().filter(|c| c["school"] == school.as_str()) {
        let id = cop["id"].as_str().unwrap().to_owned();
        let (_, members) = app.get(token, &format!("/api/v1/cops/{id}/members")).await;
        let mut codes: Vec<(bool, String)> =
            members.as_array().unwrap().iter().map(|m| (m["role"] != "facilitator", m["person"].as_str().unwrap().to_owned())).collect();
        codes.sort();
        found.push((id, codes.into_iter().map(|(_, c)| c).collect()));
    }
    found
}

/// The HT's school's CoP with the most members, and its members' codes (facilitator first).
pub(crate) async fn cop_of_ht(app: &TestApp, token: &str) -> (String, Vec<String>) {
    // The first of the largest (`max_by_key` keeps the last).
    let best = cops_of_ht(app, token).await.into_iter().rev().max_by_key(|(_, members)| members.len()).unwrap_or_default();
    assert!(best.1.len() >= 3, "the HT's school has a CoP of at least 3 members: {best:?}");
    best
}

fn present(codes: &[String]) -> Vec<Value> {
    codes.iter().map(|c| json!({"person": c, "status": "present"})).collect()
}

/// Term 1 of 2025-26 at the HT's school: meeting 1 in person, everyone present, facilitated by
/// a teacher, teachers and SSL deciding the agenda, two action points; meeting 2 on WhatsApp,
/// only the SSL present (one member excused), one action point.
pub(crate) async fn record_term_one(app: &TestApp, token: &str, cop: &str, members: &[String]) -> (String, String) {
    let (ssl, teacher) = (&members[0], &members[1]);
    let first = json!({
        "held_on": "2025-09-26", "modality": "in-person", "venue": "Staff room", "facilitator": teacher,
        "agenda": [{"toolkit": "BLF-01"}, {"challenge": "Learners absent after the rains"}],
        "formats": ["whole-group", "small-groups"],
        "roles": [{"role": "chair", "person": teacher}, {"role": "note-taker", "person": ssl}],
        "attendance": present(members),
        "decided_by": {"agenda": ["teachers", "subject-leader"]},
        "topics": ["learner-needs", "struggling-learners"],
        "summary": "Planned group reading.",
        "action_points": [
            {"description": "Try group reading in P3", "owner": teacher, "due_on": "2025-10-10"},
            {"description": "Share levelled texts", "owner": ssl, "due_on": "2025-10-10"}
        ]
    });
    let (status, one) = app.post(token, &format!("/api/v1/cops/{cop}/meetings"), first).await;
    assert_eq!(status, StatusCode::OK, "{one}");
    let mut attendance =
        vec![json!({"person": ssl, "status": "present", "remote": true}), json!({"person": members[2], "status": "excused"})];
    attendance.extend(members[3..].iter().map(|c| json!({"person": c, "status": "absent"})));
    let second = json!({
        "held_on": "2025-10-30", "modality": "whatsapp", "facilitator": ssl,
        "agenda": [{"toolkit": "BLF-02"}], "formats": ["whole-group"],
        "roles": [{"role": "chair", "person": ssl}],
        "attendance": attendance,
        "decided_by": {"agenda": ["subject-leader"]},
        "action_points": [{"description": "Call absent members", "owner": ssl, "due_on": "2025-11-06"}]
    });
    let (status, two) = app.post(token, &format!("/api/v1/cops/{cop}/meetings"), second).await;
    assert_eq!(status, StatusCode::OK, "{two}");
    (one["id"].as_str().unwrap().to_owned(), two["id"].as_str().unwrap().to_owned())
}

pub(crate) fn part(kpis: &Value, kpi: &str, label: Option<&str>) -> (u64, u64) {
    let k = kpis.as_array().unwrap().iter().find(|k| k["kpi"] == kpi).unwrap_or_else(|| panic!("no {kpi}"));
    let p = k["parts"].as_array().unwrap().iter().find(|p| p["label"].as_str() == label).unwrap_or_else(|| panic!("no {label:?} in {kpi}"));
    (p["numerator"].as_u64().unwrap(), p["denominator"].as_u64().unwrap())
}

#[tokio::test]
async fn every_kpi_matches_a_hand_count_for_a_school_a_sector_and_the_nation() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let (cop, members) = cop_of_ht(&app, &ht).await;
    let n = members.len() as u64;
    let (one, _two) = record_term_one(&app, &ht, &cop, &members).await;
    // The HT acknowledges meeting 1's report; the first action point is followed up.
    let (status, ack) = app.post(&ht, &format!("/api/v1/meetings/{one}/acknowledge"), Value::Null).await;
    assert_eq!((status, ack["acknowledged"].as_u64()), (StatusCode::OK, Some(1)));
    let (_, detail) = app.get(&ht, &format!("/api/v1/meetings/{one}")).await;
    let point = detail["action_points"][0]["id"].as_str().unwrap().to_owned();
    let (status, closed) =
        app.post(&ht, &format!("/api/v1/action-points/{point}/follow-up"), json!({"visited_on": "2025-10-08", "finding": "done"})).await;
    assert_eq!((status, closed["closed_on"].as_str(), closed["finding"].as_str()), (StatusCode::OK, Some("2025-10-08"), Some("done")));

    let school = app.school_of("ht");
    let (status, dash) = app.get(&ht, &format!("/api/v1/kpis?unit={school}&year=2025-26&term=1")).await;
    assert_eq!(status, StatusCode::OK, "{dash}");
    let k = &dash["kpis"];
    // Term 1 runs 2025-09-08 to 2025-12-19 (102 days): 3 meetings planned for each of the
    // school's 2 CoPs (wave 1). Held: 2 in one CoP, 0 in the other.
    assert_eq!(part(k, "meetings-held", None), (2, 6));
    assert_eq!(part(k, "cops-on-frequency", None), (0, 2));
    // Meeting 1: n of n present; meeting 2: 1 of n.
    assert_eq!(part(k, "attendance-rate", None), (n + 1, 2 * n));
    // Only the SSL was at both meetings (2/2 ≥ 90%); the others at 1 of 2.
    assert_eq!(part(k, "teachers-at-90", None), (1, n));
    assert_eq!(part(k, "reports-acknowledged", None), (1, 2));
    assert_eq!(part(k, "action-points-closed", None), (1, 3));
    assert_eq!((part(k, "modality-mix", Some("in-person")), part(k, "modality-mix", Some("whatsapp"))), ((1, 2), (1, 2)));
    assert_eq!((part(k, "format-mix", Some("whole-group")), part(k, "format-mix", Some("small-groups"))), ((2, 2), (1, 2)));
    assert_eq!((part(k, "teacher-decisions", Some("agenda")), part(k, "teacher-decisions", Some("topics"))), ((1, 2), (0, 2)));
    assert_eq!((part(k, "facilitators", Some("teacher")), part(k, "facilitators", Some("subject-leader"))), ((1, 2), (1, 2)));
    // The CoP that met: agenda share 1/2, chairs rotated (2 of 2), a teacher facilitated 1/2,
    // 2 of 3 planned held: supported (teacher-led needs agenda ≥ 0.6). The other has not met.
    assert_eq!((part(k, "maturity", Some("supported")), part(k, "maturity", Some("not-yet-meeting"))), ((1, 2), (1, 2)));
    assert_eq!(dash["children"].as_array().unwrap().len(), 2, "a school's children are its CoPs");

    // The sector: its 4 schools ranked, this one first (2/6), the others 0/6.
    let sector = &school[..school.len() - 2];
    let (_, drill) = app.get(&app.token("slf").await, &format!("/api/v1/kpis/meetings-held?unit={sector}&year=2025-26&term=1")).await;
    assert_eq!(drill["value"]["parts"][0]["numerator"], 2);
    assert_eq!(drill["value"]["parts"][0]["denominator"], 24);
    assert_eq!(drill["children"][0]["place"]["code"], school.as_str());
    assert_eq!(drill["children"][0]["rank"], 1);

    // The nation in term 1: the 16 BLF CoPs of wave 1's 8 schools, 3 planned each. BLF's wave 2
    // and the cluster pilot (its one wave) start on 2026-01-05, in term 2: nothing planned yet.
    let (_, nation) = app.get(&app.token("admin").await, "/api/v1/kpis?unit=RW&year=2025-26&term=1").await;
    assert_eq!(part(&nation["kpis"], "meetings-held", None), (2, 48));
    let (_, year) = app.get(&app.token("admin").await, "/api/v1/kpis?unit=RW&year=2025-26").await;
    // The whole year: wave 1, 16 CoPs x 9; wave 2, 16 CoPs x 6; each pilot cluster CoP x 1: its
    // term-2 meeting falls on 2026-02-18, inside the closure (9-20 Feb), and the pilot does not
    // continue remotely, so only term 3's (2026-06-03) is planned.
    let pilot = app.data.clusters.len() as u64;
    assert_eq!(part(&year["kpis"], "meetings-held", None), (2, 16 * 9 + 16 * 6 + pilot));
    assert_eq!(nation["children"][0]["place"]["level"], "province");
}

#[tokio::test]
async fn bad_meetings_are_422_and_nothing_is_written() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let (cop, members) = cop_of_ht(&app, &ht).await;
    let base = json!({"held_on": "2025-10-01", "modality": "in-person", "facilitator": members[0], "agenda": [{"challenge": "Reading"}],
        "formats": ["whole-group"], "attendance": present(&members)});
    let with = |key: &str, value: Value| {
        let mut body = base.clone();
        body[key] = value;
        body
    };
    let stranger = app.data.people.iter().find(|p| p.school.is_none()).unwrap().code.to_string();
    let mut attendance = present(&members);
    attendance.push(json!({"person": stranger, "status": "present"}));
    let mut twice = present(&members);
    twice.push(json!({"person": members[1], "status": "absent"}));
    let cases = [
        (
            with("held_on", json!("2025-12-25")),
            "held_on",
            "2025-12-25 is not in a term: it falls between the term that ends on 2025-12-19 and the one that starts on 2026-01-05"
                .to_owned(),
        ),
        (
            with("attendance", json!(attendance)),
            &format!("attendance[{}].guest", members.len()),
            format!("{stranger} is not a member of this CoP; give their guest role"),
        ),
        (with("attendance", json!(twice)), &format!("attendance[{}].person", members.len()), format!("{} is listed twice", members[1])),
        (
            with("action_points", json!([{"description": "Visit", "due_on": "2025-10-09"}])),
            "action_points[0].owner",
            "is required".to_owned(),
        ),
    ];
    for (body, field, message) in cases {
        let (status, error) = app.post(&ht, &format!("/api/v1/cops/{cop}/meetings"), body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
        assert_eq!(error["fields"][0], json!({"field": field, "message": message}));
    }
    assert_eq!(app.count("meetings").await, 0);
    assert_eq!(app.count("attendance").await, 0);
    let (status, error) = app.post(&ht, &format!("/api/v1/cops/{cop}/meetings"), with("held_on", json!("2099-03-01"))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert!(error["error"].as_str().unwrap().contains("2099-03-01 is in the future"), "{error}");
    // A guest with a guest role is welcome.
    let mut attendance = present(&members);
    attendance.push(json!({"person": stranger, "status": "present", "guest": "slf"}));
    let (status, first) = app.post(&ht, &format!("/api/v1/cops/{cop}/meetings"), with("attendance", json!(attendance))).await;
    assert_eq!(status, StatusCode::OK);
    // The same meeting sent twice (a retry on a bad link) is recorded once, and the answer
    // carries the first one's id, so a phone that lost the first answer knows it is safe.
    let (status, error) = app.post(&ht, &format!("/api/v1/cops/{cop}/meetings"), base.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    assert_eq!(error["error"], "a meeting of this CoP on 2025-10-01 is already recorded");
    assert_eq!(error["id"], first["id"], "{error}");
    assert_eq!(app.count("meetings").await, 1);
}

#[tokio::test]
async fn an_ht_records_only_for_their_school_and_a_coach_only_for_their_clusters() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let (_, cops) = app.get(&admin, "/api/v1/cops?per_page=100").await;
    let cops = cops["items"].as_array().unwrap().clone();
    let own = app.school_of("ht");
    let neighbour = cops.iter().find(|c| c["school"].is_string() && c["school"] != own.as_str()).unwrap();
    let cluster_cop = cops.iter().find(|c| c["cluster"].is_string()).unwrap();
    let body = json!({"held_on": "2025-10-01", "modality": "in-person", "facilitator": "X", "agenda": [{"challenge": "c"}], "formats": ["whole-group"], "attendance": [{"person": "X", "status": "present"}]});
    let post = |token: String, cop: &Value| {
        let path = format!("/api/v1/cops/{}/meetings", cop["id"].as_str().unwrap());
        let body = body.clone();
        let app = &app;
        async move { app.post(&token, &path, body).await.0 }
    };
    assert_eq!(post(app.token("ht").await, neighbour).await, StatusCode::FORBIDDEN);
    assert_eq!(post(app.token("ht").await, cluster_cop).await, StatusCode::FORBIDDEN);
    assert_eq!(post(app.token("coach").await, neighbour).await, StatusCode::FORBIDDEN);
    assert_eq!(post(app.token("teacher").await, neighbour).await, StatusCode::FORBIDDEN);
    // The coach records for their own cluster's CoP.
    let coach = app.token("coach").await;
    let (_, members) = app.get(&coach, &format!("/api/v1/cops/{}/members", cluster_cop["id"].as_str().unwrap())).await;
    let codes: Vec<String> = members.as_array().unwrap().iter().map(|m| m["person"].as_str().unwrap().to_owned()).collect();
    let facilitator =
        members.as_array().unwrap().iter().find(|m| m["role"] == "facilitator").unwrap()["person"].as_str().unwrap().to_owned();
    let mut ok = body.clone();
    ok["held_on"] = json!("2026-03-03");
    ok["facilitator"] = json!(facilitator);
    ok["attendance"] = json!(present(&codes));
    let (status, meeting) = app.post(&coach, &format!("/api/v1/cops/{}/meetings", cluster_cop["id"].as_str().unwrap()), ok).await;
    assert_eq!((status, meeting["facilitator_kind"].as_str()), (StatusCode::OK, Some("coach")), "{meeting}");
    // Its report went to the HT of each member's school; a DEO cannot acknowledge it.
    let id = meeting["id"].as_str().unwrap();
    let (_, detail) = app.get(&coach, &format!("/api/v1/meetings/{id}")).await;
    assert!(detail["reports"].as_array().unwrap().len() >= 2, "{detail}");
    assert_eq!(
        app.post(&app.token("deo").await, &format!("/api/v1/meetings/{id}/acknowledge"), Value::Null).await.0,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn schedule_rotation_and_the_follow_up_loop() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let (cop, members) = cop_of_ht(&app, &ht).await;
    let (_, schedule) = app.get(&ht, &format!("/api/v1/cops/{cop}/schedule")).await;
    assert_eq!(schedule[0]["planned"], json!(["2025-09-25", "2025-10-29", "2025-12-02"]));
    // The closure (9-20 Feb) keeps its meeting: BLF continues remotely.
    assert_eq!(schedule[1]["planned"], json!(["2026-01-19", "2026-02-18", "2026-03-19"]));
    let (one, two) = record_term_one(&app, &ht, &cop, &members).await;
    let (_, schedule) = app.get(&ht, &format!("/api/v1/cops/{cop}/schedule")).await;
    assert_eq!(schedule[0]["held"], json!(["2025-09-26", "2025-10-30"]));
    let (_, rotation) = app.get(&ht, &format!("/api/v1/cops/{cop}/rotation")).await;
    let chair = &rotation["roles"][0];
    assert_eq!((chair["role"].as_str(), chair["evenness"].as_f64()), (Some("chair"), Some(1.0)));
    assert!(chair["next"] != members[0].as_str() && chair["next"] != members[1].as_str(), "the next chair has not chaired: {chair}");
    // Reports pending for the HT: both, then one after acknowledging.
    let (_, pending) = app.get(&ht, "/api/v1/reports/pending").await;
    assert_eq!(pending.as_array().unwrap().len(), 2);
    app.post(&ht, &format!("/api/v1/meetings/{two}/acknowledge"), Value::Null).await;
    let (_, pending) = app.get(&ht, "/api/v1/reports/pending").await;
    assert_eq!(pending[0]["id"], one.as_str());
    // An action point is followed up until a visit finds it done; the visit cannot come before
    // the meeting.
    let (_, open) = app.get(&ht, &format!("/api/v1/action-points?cop={cop}")).await;
    assert_eq!((open["total"].as_u64(), open["items"].as_array().unwrap().len()), (Some(3), 3));
    let point = open["items"][0]["id"].as_str().unwrap().to_owned();
    let follow = |body: Value| {
        let (app, ht, point) = (&app, &ht, &point);
        async move { app.post(ht, &format!("/api/v1/action-points/{point}/follow-up"), body).await }
    };
    let early = follow(json!({"visited_on": "2025-09-01", "finding": "done"})).await;
    assert_eq!(early.1["fields"][0]["field"], "visited_on");
    // In progress: a new due date is needed, after the visit; the point stays open until then.
    let undated = follow(json!({"visited_on": "2025-10-20", "finding": "in-progress"})).await;
    assert_eq!((undated.0, undated.1["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("due_on")));
    let backwards = follow(json!({"visited_on": "2025-10-20", "finding": "in-progress", "due_on": "2025-10-20"})).await;
    assert_eq!(backwards.1["fields"][0]["message"], "2025-10-20 must come after the visit on 2025-10-20, within a year");
    let body = json!({"visited_on": "2025-10-20", "finding": "in-progress", "due_on": "2025-11-03", "note": "Two of five lessons planned"});
    let (status, kept) = follow(body.clone()).await;
    assert_eq!(
        (status, kept["closed_on"].as_str(), kept["finding"].as_str(), kept["due_on"].as_str()),
        (StatusCode::OK, None, Some("in-progress"), Some("2025-11-03"))
    );
    // Sent again (a retry): nothing more is written; a visit dated before it is refused.
    assert_eq!(follow(body).await.0, StatusCode::OK);
    let back = follow(json!({"visited_on": "2025-10-19", "finding": "done"})).await;
    assert_eq!(back.1["fields"][0]["message"], "2025-10-19 is not after the last visit, on 2025-10-20");
    let (_, still) = app.get(&ht, &format!("/api/v1/action-points?cop={cop}&per_page=1")).await;
    assert_eq!((still["total"].as_u64(), still["per_page"].as_u64(), still["items"].as_array().unwrap().len()), (Some(3), Some(1), 1));
    let done = follow(json!({"visited_on": "2025-11-04", "finding": "done"})).await;
    assert_eq!((done.0, done.1["closed_on"].as_str(), done.1["due_on"].as_str()), (StatusCode::OK, Some("2025-11-04"), Some("2025-11-03")));
    let again = follow(json!({"visited_on": "2025-11-05", "finding": "done"})).await;
    assert_eq!(
        (again.0, again.1["fields"][0]["message"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("already followed up and closed on 2025-11-04"))
    );
    let (_, open) = app.get(&ht, &format!("/api/v1/action-points?cop={cop}")).await;
    assert_eq!(open["total"].as_u64(), Some(2));
    assert_eq!(app.count("follow_ups").await, 2, "two visits: in progress, then done");
    let (_, maturity) = app.get(&ht, &format!("/api/v1/cops/{cop}/maturity?year=2025-26&term=1")).await;
    assert_eq!(maturity["stage"], "supported", "{maturity}");
    assert_eq!(maturity["evidence"]["teacher_agenda_share"], 0.5);
}

#[tokio::test]
async fn the_demo_year_has_bright_spots_and_wave_one_matures_over_the_year() {
    let app = spawn_app().await;
    pamoja::commands::year::write(&app.db, &app.data, 7).await.unwrap();
    let admin = app.token("admin").await;
    let share = |dash: &Value, kpi: &str, label: Option<&str>| {
        let (n, d) = part(&dash["kpis"], kpi, label);
        n as f64 / d as f64
    };
    // Wave 1 is the first district's schools: teachers decide the agenda more as the year goes on.
    let (_, first) = app.get(&admin, "/api/v1/kpis?unit=RW-11&year=2025-26&term=1").await;
    let (_, last) = app.get(&admin, "/api/v1/kpis?unit=RW-11&year=2025-26&term=3").await;
    let (early, late) = (share(&first, "teacher-decisions", Some("agenda")), share(&last, "teacher-decisions", Some("agenda")));
    assert!(late > early + 0.1, "teachers decided the agenda in {early:.2} of term-1 meetings and {late:.2} of term-3 ones");
    // Schools differ: the ranking of the first sector's schools has a spread.
    let (_, drill) = app.get(&admin, "/api/v1/kpis/meetings-held?unit=RW-1101&year=2025-26").await;
    let values: Vec<f64> = drill["children"].as_array().unwrap().iter().filter_map(|c| c["value"]["parts"][0]["value"].as_f64()).collect();
    let spread = values.iter().cloned().fold(f64::MIN, f64::max) - values.iter().cloned().fold(f64::MAX, f64::min);
    assert!(spread > 0.15, "bright spots and laggards: {values:?}");
    // The closure moved meetings to WhatsApp and phone (BLF continues remotely).
    let (_, closure) = app.get(&admin, "/api/v1/kpis?unit=RW&from=2026-02-09&to=2026-02-20").await;
    assert_eq!(share(&closure, "modality-mix", Some("in-person")), 0.0);
}

#[tokio::test]
async fn the_same_seed_gives_the_same_year_of_meetings() {
    let (a, b) = (spawn_app().await, spawn_app().await);
    for app in [&a, &b] {
        pamoja::commands::year::write(&app.db, &app.data, 11).await.unwrap();
    }
    for table in ["meetings", "attendance", "action_points", "follow_ups", "meeting_roles"] {
        assert_eq!(a.count(table).await, b.count(table).await, "{table}");
    }
    assert!(a.count("meetings").await > 100);
}

#[tokio::test]
async fn cached_kpis_follow_every_change() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let (cop, members) = cop_of_ht(&app, &ht).await;
    let school = app.school_of("ht");
    let url = format!("/api/v1/kpis?unit={school}&year=2025-26");
    let held = |dash: &Value| part(&dash["kpis"], "meetings-held", None).0;
    assert_eq!(held(&app.get(&ht, &url).await.1), 0);
    let (one, _) = record_term_one(&app, &ht, &cop, &members).await;
    let (_, after) = app.get(&ht, &url).await;
    assert_eq!((held(&after), part(&after["kpis"], "reports-acknowledged", None)), (2, (0, 2)));
    app.post(&ht, &format!("/api/v1/meetings/{one}/acknowledge"), Value::Null).await;
    let (_, acknowledged) = app.get(&ht, &url).await;
    assert_eq!(part(&acknowledged["kpis"], "reports-acknowledged", None), (1, 2));
    // The nation's figures, cached before, move too.
    let admin = app.token("admin").await;
    let (_, nation) = app.get(&admin, "/api/v1/kpis?unit=RW&year=2025-26").await;
    assert_eq!(held(&nation), 2);
}

#[tokio::test]
async fn the_kpi_buckets_follow_every_write_and_a_wrong_one_is_found() {
    let app = spawn_app().await;
    // The demo's year writes through the bulk paths: meetings, acknowledgements, follow-ups.
    pamoja::commands::year::write(&app.db, &app.data, 7).await.unwrap();
    // Then one of each write through the API: a meeting, an acknowledgement, a follow-up.
    let ht = app.token("ht").await;
    let (cop, members) = cop_of_ht(&app, &ht).await;
    let (status, recorded) = app
        .post(
            &ht,
            &format!("/api/v1/cops/{cop}/meetings"),
            json!({
                "held_on": "2026-07-16", "modality": "in-person", "facilitator": members[0],
                "agenda": [{"toolkit": "BLF-01"}], "formats": ["whole-group", "mock-lesson"],
                "roles": [{"role": "chair", "person": members[1]}, {"role": "reporter", "person": members[1]}],
                "attendance": [{"person": members[0], "status": "present"}, {"person": members[1], "status": "present"}, {"person": members[2], "status": "absent"}],
                "decided_by": {"agenda": ["teachers"], "duration": ["teachers", "subject-leader"]},
                "action_points": [{"description": "Share the lesson plan", "owner": members[0], "due_on": "2026-07-20"}]
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{recorded}");
    let id = recorded["id"].as_str().unwrap().to_owned();
    let (status, ack) = app.post(&ht, &format!("/api/v1/meetings/{id}/acknowledge"), Value::Null).await;
    assert_eq!((status, ack["acknowledged"].as_u64()), (StatusCode::OK, Some(1)));
    let (_, detail) = app.get(&ht, &format!("/api/v1/meetings/{id}")).await;
    let point = detail["action_points"][0]["id"].as_str().unwrap().to_owned();
    let visit = json!({"visited_on": "2026-07-16", "finding": "done"});
    assert_eq!(app.post(&ht, &format!("/api/v1/action-points/{point}/follow-up"), visit).await.0, StatusCode::OK);

    assert_eq!(store::life::buckets::stale(&app.db).await.unwrap(), 0, "every bucket row is what the raw rows make");
    assert_eq!(app.count("kpi_meetings").await, app.count("meetings").await);
    // Buckets that say otherwise are found: one meeting's members' rows differ, counted both ways.
    app.db
        .script(
            "UPDATE kpi_people SET present = 1 - present WHERE expected = 1 AND meeting_id IN (SELECT meeting_id FROM kpi_people WHERE expected = 1 LIMIT 1)",
        )
        .await
        .unwrap();
    assert!(store::life::buckets::stale(&app.db).await.unwrap() >= 2);
    // And the rebuild makes them true again.
    let mut tx = app.db.begin().await.unwrap();
    store::life::buckets::rebuild(&mut tx).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(store::life::buckets::stale(&app.db).await.unwrap(), 0);
}
