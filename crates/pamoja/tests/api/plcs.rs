//! PLCs at sector and district level (issue 13; seed 002: "At the sector level, LLLs and
//! sector officials facilitate a PLC for all head teachers in the sector"; "at the district
//! level, NLLs and district officials facilitate a PLC termly ... for all LLLs in their
//! district"), formed from posts, read by their members, recorded by their facilitator.

use crate::helpers::{TestApp, spawn_app};
use domain::{PlaceRef, Role};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

fn person_of(app: &TestApp, username: &str) -> String {
    app.data.logins.iter().find(|l| l.username == username).unwrap().person.to_string()
}

/// The unit code of the place a post is held at (a school's is its unit's).
fn unit_of(app: &TestApp, place: &PlaceRef) -> String {
    match place {
        PlaceRef::School(code) => app.data.schools.iter().find(|s| s.code == *code).unwrap().unit.to_string(),
        other => other.code().to_string(),
    }
}

/// Who holds `role` today at places under the unit `unit` (its code, or a child's).
fn holders(app: &TestApp, role: Role, unit: &str) -> BTreeSet<String> {
    let today = chrono::Utc::now().date_naive();
    let parent = |code: &str| app.data.units.iter().find(|u| u.code.as_str() == code).and_then(|u| u.parent.clone());
    app.data
        .posts
        .iter()
        .filter(|p| p.role == role && p.period.covers(today))
        .filter(|p| {
            let at = unit_of(app, &p.place);
            at == unit || parent(&at).is_some_and(|d| d.as_str() == unit)
        })
        .map(|p| p.person.to_string())
        .collect()
}

fn parts(members: &Value, role: &str) -> BTreeSet<String> {
    members
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == role && m["left_on"].is_null())
        .map(|m| m["person"].as_str().unwrap().to_owned())
        .collect()
}

/// The sector PLC `username` may read (forming first, as the admin).
async fn form_and_find(app: &TestApp, username: &str, kind: &str) -> Value {
    let admin = app.token("admin").await;
    let (status, _) = app.post(&admin, "/api/v1/programmes/BLF/plcs", Value::Null).await;
    assert_eq!(status, StatusCode::OK);
    let token = app.token(username).await;
    let (status, listed) = app.get(&token, &format!("/api/v1/cops?kind={kind}")).await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    assert_eq!(listed["total"], 1, "{username} reads one {kind}: {listed}");
    listed["items"][0].clone()
}

#[tokio::test]
async fn forming_makes_a_plc_for_each_sector_and_district_of_the_programme_and_again_changes_nothing() {
    let app = spawn_app().await;
    let admin = app.token("admin").await;
    let sectors: BTreeSet<String> = app.data.programmes[0]
        .rollout
        .schools
        .iter()
        .map(|(school, _)| app.data.schools.iter().find(|s| s.code.as_str() == school).unwrap().unit.to_string())
        .collect();
    let districts: BTreeSet<String> =
        sectors.iter().map(|s| app.data.units.iter().find(|u| u.code.as_str() == s).unwrap().parent.clone().unwrap().to_string()).collect();
    // The demo formed them as it wrote the country: forming through the API finds them all.
    let (status, formed) = app.post(&admin, "/api/v1/programmes/BLF/plcs", Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{formed}");
    assert_eq!(formed["plcs_total"].as_u64(), Some((sectors.len() + districts.len()) as u64), "{formed}");
    let (_, listed) = app.get(&admin, "/api/v1/cops?kind=sector-plc&per_page=100").await;
    let at: BTreeSet<String> = listed["items"].as_array().unwrap().iter().map(|c| c["unit"].as_str().unwrap().to_owned()).collect();
    assert_eq!(at, sectors);
    assert!(listed["items"].as_array().unwrap().iter().all(|c| c["school"].is_null() && c["cluster"].is_null()));
    let (_, listed) = app.get(&admin, "/api/v1/cops?kind=district-plc&per_page=100").await;
    assert_eq!(listed["total"].as_u64(), Some(districts.len() as u64));
    let (_, cops) = app.get(&admin, "/api/v1/cops?kind=cop&programme=BLF&per_page=1").await;
    assert_eq!(cops["total"].as_u64(), Some(app.data.programmes[0].rollout.schools.iter().filter(|s| s.1.is_some()).count() as u64 * 2));

    let (_, again) = app.post(&admin, "/api/v1/programmes/BLF/plcs", Value::Null).await;
    let counts = ["plcs_created", "members_added", "members_left", "parts_changed"].map(|k| again[k].as_u64());
    assert_eq!(counts, [Some(0); 4], "{again}");
    let (status, bad) = app.get(&admin, "/api/v1/cops?kind=plc").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(bad.to_string().contains("kind") && bad.to_string().contains("sector-plc"), "names the field and what it takes: {bad}");
}

#[tokio::test]
async fn a_sector_plc_holds_the_sectors_head_teachers_led_by_its_lll_with_the_sei_and_slf() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "lll", "sector-plc").await;
    let sector = plc["unit"].as_str().unwrap();
    let lll = app.token("lll").await;
    let (_, members) = app.get(&lll, &format!("/api/v1/cops/{}/members", plc["id"].as_str().unwrap())).await;
    let facilitators = holders(&app, Role::Lll, sector);
    assert_eq!(parts(&members, "facilitator"), facilitators);
    assert!(facilitators.contains(&person_of(&app, "lll")));
    // The LLL heads a school of the sector too, and takes part once, as facilitator.
    let heads: BTreeSet<String> = holders(&app, Role::HeadTeacher, sector).difference(&facilitators).cloned().collect();
    assert_eq!(parts(&members, "member"), heads);
    assert!(heads.len() >= 2, "{heads:?}");
    let officials: BTreeSet<String> = holders(&app, Role::Sei, sector).union(&holders(&app, Role::Slf, sector)).cloned().collect();
    assert_eq!(parts(&members, "official"), officials);
    assert_eq!(officials.len(), 2);
}

#[tokio::test]
async fn a_district_plc_holds_the_districts_llls_led_by_its_nlls_with_the_deos() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "nll", "district-plc").await;
    let district = plc["unit"].as_str().unwrap();
    let nll = app.token("nll").await;
    let (_, members) = app.get(&nll, &format!("/api/v1/cops/{}/members", plc["id"].as_str().unwrap())).await;
    // The demo's NLLs, and the one its committee appointed when the second left (a post the
    // store wrote, not the generator).
    let admin = app.token("admin").await;
    let (_, selections) = app.get(&admin, "/api/v1/selections?per_page=100").await;
    let appointed: BTreeSet<String> = selections["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["role"] == "nll" && s["unit"] == district)
        .filter_map(|s| s["appointed"].as_str().map(String::from))
        .collect();
    assert_eq!(appointed.len(), 1, "the demo's past selection in {district}: {selections}");
    assert_eq!(parts(&members, "facilitator"), &holders(&app, Role::Nll, district) | &appointed);
    assert_eq!(parts(&members, "facilitator").len(), 2, "two NLLs a district");
    assert_eq!(parts(&members, "member"), holders(&app, Role::Lll, district));
    // One a sector, but for the sector whose LLL left at the end of March (the demo's open seat).
    let sectors = app.data.units.iter().filter(|u| u.parent.as_ref().is_some_and(|p| p.as_str() == district)).count();
    assert_eq!(parts(&members, "member").len(), sectors - 1);
    assert_eq!(parts(&members, "official"), holders(&app, Role::Deo, district));
}

#[tokio::test]
async fn a_head_teacher_reads_their_sector_plc_without_the_rest_of_the_sector() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "ht", "sector-plc").await;
    let id = plc["id"].as_str().unwrap();
    let ht = app.token("ht").await;
    let (status, members) = app.get(&ht, &format!("/api/v1/cops/{id}/members")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(parts(&members, "member").contains(&person_of(&app, "ht")));
    assert_eq!(app.get(&ht, &format!("/api/v1/cops/{id}/schedule")).await.0, StatusCode::OK);
    // Not the sector itself, nor another school's CoPs in it, nor another sector's PLC.
    let sector = plc["unit"].as_str().unwrap();
    assert_eq!(app.get(&ht, &format!("/api/v1/kpis?unit={sector}")).await.0, StatusCode::FORBIDDEN);
    let admin = app.token("admin").await;
    let (_, cops) = app.get(&admin, &format!("/api/v1/cops?kind=cop&unit={sector}&per_page=100")).await;
    let own = app.school_of("ht");
    let other = cops["items"].as_array().unwrap().iter().find(|c| c["school"] != own.as_str()).expect("another school's CoP");
    assert_eq!(app.get(&ht, &format!("/api/v1/cops/{}", other["id"].as_str().unwrap())).await.0, StatusCode::FORBIDDEN);
    let (_, plcs) = app.get(&admin, "/api/v1/cops?kind=sector-plc&per_page=100").await;
    let elsewhere = plcs["items"].as_array().unwrap().iter().find(|c| c["id"] != id).expect("another sector's PLC");
    assert_eq!(app.get(&ht, &format!("/api/v1/cops/{}", elsewhere["id"].as_str().unwrap())).await.0, StatusCode::FORBIDDEN);
    // Its page opens for them, naming the sector without a link they could not follow.
    let (cookie, _) = app.session("ht").await;
    let (status, page) = app.page(&cookie, &format!("/cops/{id}")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains(sector) && !page.contains(&format!("href=\"/places/{sector}\"")), "{page}");
    // A head teacher does not record the PLC's meetings: its LLL does. The form is refused,
    // and the page offers no way to it.
    assert!(!page.contains(&format!("/cops/{id}/meetings")));
    let (status, _) = app.page(&cookie, &format!("/cops/{id}/meetings")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_lll_records_a_plc_meeting_that_its_head_teachers_then_read() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "lll", "sector-plc").await;
    let id = plc["id"].as_str().unwrap();
    let lll = app.token("lll").await;
    let (_, members) = app.get(&lll, &format!("/api/v1/cops/{id}/members")).await;
    let (_, schedule) = app.get(&lll, &format!("/api/v1/cops/{id}/schedule")).await;
    // Termly (seed 002): one planned meeting a term (none in a term a closure takes).
    let per_term: Vec<usize> = schedule.as_array().unwrap().iter().map(|t| t["planned"].as_array().unwrap().len()).collect();
    assert!(per_term.iter().all(|n| *n <= 1) && per_term.contains(&1), "{schedule}");
    // The latest planned day before today: its members held their posts then.
    let today = chrono::Utc::now().date_naive().to_string();
    let planned: Vec<&str> =
        schedule.as_array().unwrap().iter().flat_map(|t| t["planned"].as_array().unwrap()).filter_map(|d| d.as_str()).collect();
    let day = *planned.iter().filter(|d| **d < today.as_str()).max().expect("a planned day before today");
    let people: Vec<String> = parts(&members, "member").union(&parts(&members, "facilitator")).cloned().collect();
    // The sector's inspector comes too, an official, so a guest of the meeting.
    let sei = holders(&app, Role::Sei, plc["unit"].as_str().unwrap()).pop_first().unwrap();
    let mut attendance: Vec<Value> = people.iter().map(|p| json!({"person": p, "status": "present"})).collect();
    attendance.push(json!({"person": sei, "status": "present", "guest": "sei"}));
    let body = json!({
        "held_on": day, "modality": "whatsapp", "facilitator": person_of(&app, "lll"),
        "agenda": [{"challenge": "What makes one school's pass rate 70 per cent and another's 30?"}],
        "formats": ["whole-group"],
        "attendance": attendance,
        "decided_by": {"agenda": ["head-teacher", "lll"]},
    });
    let (status, recorded) = app.post(&lll, &format!("/api/v1/cops/{id}/meetings"), body).await;
    assert_eq!(status, StatusCode::OK, "{recorded}");
    // Its page opens for the LLL and offers to record.
    let (cookie, _) = app.session("lll").await;
    let (status, page) = app.page(&cookie, &format!("/cops/{id}")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains(plc["name"].as_str().unwrap()) && page.contains(&format!("/cops/{id}/meetings")));
    let ht = app.token("ht").await;
    let (status, meetings) = app.get(&ht, &format!("/api/v1/meetings?cop={id}")).await;
    assert_eq!(status, StatusCode::OK);
    let meeting = &meetings["items"][0];
    assert_eq!((meeting["facilitator_kind"].as_str(), meeting["members_present"].as_u64()), (Some("lll"), Some(people.len() as u64)));
    // The officials are not expected: every member came, so all were present.
    assert_eq!(meeting["members_expected"], meeting["members_present"]);
    let (_, detail) = app.get(&ht, &format!("/api/v1/meetings/{}", meeting["id"].as_str().unwrap())).await;
    assert!(detail.to_string().contains("\"sei\""), "the SEI attended as a guest: {detail}");
    // The teachers' KPIs leave PLCs out: the nation's meetings held are the CoPs' alone.
    let admin = app.token("admin").await;
    let nation = app.data.units.iter().find(|u| u.parent.is_none()).unwrap().code.to_string();
    let (_, kpis) = app.get(&admin, &format!("/api/v1/kpis?unit={nation}&from={day}&to={day}")).await;
    let cops = kpis["cops"].as_u64().unwrap_or_else(|| panic!("{kpis}"));
    let (_, listed) = app.get(&admin, "/api/v1/cops?kind=cop&per_page=1").await;
    assert_eq!(Some(cops), listed["total"].as_u64());
}

#[tokio::test]
async fn forming_again_follows_the_posts_a_head_teacher_who_left_and_one_who_came() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "ht", "sector-plc").await;
    let id = plc["id"].as_str().unwrap();
    let leaving = person_of(&app, "ht");
    // The head teacher's post ended yesterday; a teacher of the school heads it from today.
    let admin = app.token("admin").await;
    let (_, posts) = app.get(&admin, &format!("/api/v1/posts?person={leaving}&role=head-teacher")).await;
    let post = posts["items"][0].clone();
    let today = chrono::Utc::now().date_naive();
    let yesterday = today.pred_opt().unwrap();
    let ended =
        json!({"person": leaving, "role": "head-teacher", "school": post["school"], "from": post["from"], "to": yesterday.to_string()});
    let (status, body) = app.put(&admin, &format!("/api/v1/posts/{}", post["id"].as_str().unwrap()), ended).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Their membership row is still open until PLCs are formed again, and grants nothing.
    let former = app.token("ht").await;
    assert_eq!(app.get(&former, &format!("/api/v1/cops/{id}")).await.0, StatusCode::FORBIDDEN);
    let school = post["school"].as_str().unwrap();
    let newcomer = app
        .data
        .posts
        .iter()
        .find(|p| p.role == Role::Teacher && p.place.code().as_str() == school)
        .expect("a teacher of that school")
        .person
        .to_string();
    let head = json!({"person": newcomer, "role": "head-teacher", "school": school, "from": today.to_string()});
    let (status, body) = app.post(&admin, "/api/v1/posts", head).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (_, formed) = app.post(&admin, "/api/v1/programmes/BLF/plcs", Value::Null).await;
    let counts = ["plcs_created", "members_added", "members_left"].map(|k| formed[k].as_u64());
    assert_eq!(counts, [Some(0), Some(1), Some(1)], "{formed}");
    let (_, members) = app.get(&admin, &format!("/api/v1/cops/{id}/members")).await;
    let row = |person: &str| members.as_array().unwrap().iter().find(|m| m["person"] == person).cloned().expect("a membership row");
    // History kept: the one who left is still listed, with the day.
    assert_eq!(row(&leaving)["left_on"], today.to_string());
    assert_eq!((row(&newcomer)["role"].as_str(), row(&newcomer)["left_on"].is_null()), (Some("member"), true));
    let (_, again) = app.post(&admin, "/api/v1/programmes/BLF/plcs", Value::Null).await;
    assert_eq!(["members_added", "members_left"].map(|k| again[k].as_u64()), [Some(0), Some(0)], "{again}");
    // Having left, they still do not read it.
    assert_eq!(app.get(&former, &format!("/api/v1/cops/{id}")).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_programme_sets_how_often_its_plcs_meet_from_1_to_12_a_term() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "lll", "sector-plc").await;
    let admin = app.token("admin").await;
    let (_, mut programme) = app.get(&admin, "/api/v1/programmes/BLF").await;
    assert_eq!((programme["plc_meetings_per_term"].as_i64(), programme["plc_deputies"].as_bool()), (Some(1), Some(false)));
    programme["plc_meetings_per_term"] = json!(13);
    let (status, refused) = app.put(&admin, "/api/v1/programmes/BLF", programme.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.to_string().contains("plc_meetings_per_term"), "{refused}");
    programme["plc_meetings_per_term"] = json!(2);
    let (status, written) = app.put(&admin, "/api/v1/programmes/BLF", programme).await;
    assert_eq!((status, written["plc_meetings_per_term"].as_i64()), (StatusCode::OK, Some(2)), "{written}");
    let (_, schedule) = app.get(&admin, &format!("/api/v1/cops/{}/schedule", plc["id"].as_str().unwrap())).await;
    let per_term: Vec<usize> = schedule.as_array().unwrap().iter().map(|t| t["planned"].as_array().unwrap().len()).collect();
    assert!(per_term.iter().all(|n| *n <= 2) && per_term.contains(&2), "{per_term:?}");
}

/// The rows of a page's section table (the section labelled by `id`), each cell's text
/// without its tags.
fn section_rows(page: &str, id: &str) -> Vec<Vec<String>> {
    let marker = format!("<section aria-labelledby=\"{id}\">");
    let section = page.split(marker.as_str()).nth(1).unwrap_or_else(|| panic!("the section {id}")).split("</section>").next().unwrap();
    let body = section.split("<tbody>").nth(1).unwrap().split("</tbody>").next().unwrap();
    let text = |html: &str| {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.trim().to_owned()
    };
    body.split("<tr>")
        .skip(1)
        .map(|row| row.split("<td").skip(1).map(|cell| text(&format!("<td{}", cell.split("</td>").next().unwrap()))).collect())
        .collect()
}

/// The rows of a PLC page's comparison table.
fn compared_rows(page: &str) -> Vec<Vec<String>> {
    section_rows(page, "compare")
}

#[tokio::test]
async fn a_head_teacher_compares_the_sector_s_schools_with_the_bright_spot_and_the_one_furthest_behind_marked() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "ht", "sector-plc").await;
    let id = plc["id"].as_str().unwrap();
    let sector = plc["unit"].as_str().unwrap();
    let deo = app.token("deo").await;
    // Library results the demo does not have, for the sector's four schools:
    //   school 1: 2025 30/40 = 75%, 2024 20/40 = 50%  → +25 pts
    //   school 2: 2025 10/20 = 50%, 2024 12/20 = 60%  → −10 pts
    //   school 3: 2025  9/30 = 30%, no 2024           → no change to show
    //   school 4: 2025 18/20 = 90%, 2024  9/20 = 45%  → +45 pts
    // Best first: 4, 1, 2, 3. Four schools: a quarter is one at each end, so school 4 is the
    // bright spot and school 3 the one furthest behind.
    let schools: Vec<String> = app.data.schools.iter().filter(|s| s.unit.as_str() == sector).map(|s| s.code.to_string()).collect();
    assert_eq!(schools.len(), 4);
    let given =
        [(0, 2025, 40, 30), (0, 2024, 40, 20), (1, 2025, 20, 10), (1, 2024, 20, 12), (2, 2025, 30, 9), (3, 2025, 20, 18), (3, 2024, 20, 9)];
    for (i, year, candidates, passed) in given {
        let path = format!("/api/v1/schools/{}/results/{year}/library", schools[i]);
        let (status, body) = app.put(&deo, &path, json!({"candidates": candidates, "passed": passed})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let (cookie, _) = app.session("ht").await;
    let (status, page) = app.page(&cookie, &format!("/cops/{id}?subject=library")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Pass rates in 2025 and the change since 2024"), "{page}");
    // The CoP figures are the dashboard's for each school over the term the page shows.
    let terms = store::life::dashboard::terms(&app.db).await.unwrap();
    let term = store::life::dashboard::this_term(&terms, chrono::Utc::now().date_naive()).unwrap().span();
    let admin = app.token("admin").await;
    let name = |i: usize| app.data.schools.iter().find(|s| s.code.as_str() == schools[i]).unwrap().name.clone();
    let mut expected = Vec::new();
    for (i, rate, change, mark) in
        [(3, "90%", "+45 pts", " bright spot"), (0, "75%", "+25 pts", ""), (1, "50%", "−10 pts", ""), (2, "30%", "–", " furthest behind")]
    {
        let (_, kpis) = app.get(&admin, &format!("/api/v1/kpis?unit={}&from={}&to={}", schools[i], term.from, term.to)).await;
        let pct = |kpi: &str| {
            let value = kpis["kpis"].as_array().unwrap().iter().find(|k| k["kpi"] == kpi).unwrap()["parts"][0]["value"].as_f64();
            value.map_or("–".to_owned(), |v| format!("{}%", (100.0 * v).round()))
        };
        expected.push(vec![format!("{}{mark}", name(i)), rate.to_owned(), change.to_owned(), pct("meetings-held"), pct("attendance-rate")]);
    }
    assert_eq!(compared_rows(&page), expected);
    // Only their own school is a link: the others' pages are not theirs to open.
    let own = app.school_of("ht");
    assert!(page.contains(&format!("href=\"/places/{own}\"")));
    for other in schools.iter().filter(|s| **s != own) {
        assert!(!page.contains(&format!("href=\"/places/{other}\"")), "{other} is not linked");
    }
    // Sorted by the change instead: 4 (+45), 1 (+25), 2 (−10), then 3 without one.
    let (_, by_change) = app.page(&cookie, &format!("/cops/{id}?subject=library&sort=change")).await;
    let order: Vec<String> = compared_rows(&by_change).into_iter().map(|r| r[2].clone()).collect();
    assert_eq!(order, ["+45 pts", "+25 pts", "−10 pts", "–"]);
}

#[tokio::test]
async fn a_district_plc_compares_its_sectors_pooling_their_schools_results() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "nll", "district-plc").await;
    let id = plc["id"].as_str().unwrap();
    let district = plc["unit"].as_str().unwrap();
    let (cookie, _) = app.session("nll").await;
    let (status, page) = app.page(&cookie, &format!("/cops/{id}?subject=maths")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Sectors side by side"), "{page}");
    // Each sector's maths pass rate in the latest year: its schools' passes over their
    // candidates, counted here from the demo's own results.
    let latest = app.data.results.iter().map(|r| r.year).max().unwrap();
    let mut expected = Vec::new();
    for sector in app.data.units.iter().filter(|u| u.parent.as_ref().is_some_and(|p| p.as_str() == district)) {
        let schools: BTreeSet<&str> = app.data.schools.iter().filter(|s| s.unit == sector.code).map(|s| s.code.as_str()).collect();
        let (passed, sat) = app
            .data
            .results
            .iter()
            .filter(|r| r.year == latest && r.subject == "maths" && schools.contains(r.school.as_str()))
            .fold((0, 0), |(p, c), r| (p + r.passed, c + r.candidates));
        expected.push((sector.name.clone(), format!("{}%", (100.0 * f64::from(passed) / f64::from(sat)).round())));
    }
    expected.sort_by(|a, b| b.1.cmp(&a.1));
    let shown: Vec<(String, String)> = compared_rows(&page).into_iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    assert_eq!(shown, expected);
}

#[tokio::test]
async fn the_middle_tier_kpis_are_the_hand_count_of_a_sector_s_plc_meetings_and_seats() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "lll", "sector-plc").await;
    let (id, sector) = (plc["id"].as_str().unwrap(), plc["unit"].as_str().unwrap().to_owned());
    let lll = app.token("lll").await;
    let (_, members) = app.get(&lll, &format!("/api/v1/cops/{id}/members")).await;
    let heads: Vec<String> = parts(&members, "member").into_iter().collect();
    assert_eq!(heads.len(), 3, "the sector's other head teachers");
    let leader = person_of(&app, "lll");
    // The year 2025-26: one PLC meeting planned a term, three in all.
    let (from, to) = ("2025-09-08", "2026-07-17");
    let (_, schedule) = app.get(&lll, &format!("/api/v1/cops/{id}/schedule")).await;
    let planned: Vec<String> = schedule
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["planned"].as_array().unwrap())
        .map(|d| d.as_str().unwrap().to_owned())
        .filter(|d| d.as_str() >= from && d.as_str() <= to)
        .collect();
    assert_eq!(planned.len(), 3, "{schedule}");
    // Held in term 1 (heads 1 and 2 present, head 3 absent) and term 3 (heads 1 and 3); the
    // LLL facilitates both. Term 2's meeting was not held.
    let meetings = [(&planned[0], [true, true, false]), (&planned[2], [true, false, true])];
    for (day, here) in meetings {
        let mut attendance = vec![json!({"person": leader, "status": "present"})];
        for (head, present) in heads.iter().zip(here) {
            attendance.push(json!({"person": head, "status": if present { "present" } else { "absent" }}));
        }
        let body = json!({"held_on": day, "modality": "in-person", "facilitator": leader, "formats": ["whole-group"], "attendance": attendance,
                "agenda": [{"challenge": "Why our schools' reading results differ"}]});
        let (status, recorded) = app.post(&lll, &format!("/api/v1/cops/{id}/meetings"), body).await;
        assert_eq!(status, StatusCode::OK, "{recorded}");
    }
    let sei = app.token("sei").await;
    let (status, tier) = app.get(&sei, &format!("/api/v1/middle-tier?unit={sector}&from={from}&to={to}")).await;
    assert_eq!(status, StatusCode::OK, "{tier}");
    let parts_of = |tier: &Value, kpi: &str| {
        let k = tier["kpis"].as_array().unwrap().iter().find(|k| k["kpi"] == kpi).unwrap();
        (k["numerator"].as_u64().unwrap(), k["denominator"].as_u64().unwrap())
    };
    // Held 2 of the 3 planned.
    assert_eq!(parts_of(&tier, "plc-meetings-held"), (2, 3));
    // Present: the LLL and two heads at each meeting, 6 of the 8 expected (4 a meeting).
    assert_eq!(parts_of(&tier, "plc-attendance"), (6, 8));
    // Of the last three planned (terms 1, 2, 3): head 1 was at 2 (regular), head 2 at 1, head 3
    // at 1: one head of three collaborates regularly.
    assert_eq!(parts_of(&tier, "plc-collaborating"), (1, 3));
    assert_eq!(parts_of(&tier, "sectors-with-lll"), (1, 1));
    assert_eq!(parts_of(&tier, "days-to-fill"), (0, 0));
    // The district: its two sectors, one of whose LLL left at the end of March; each sector a
    // child to drill down to.
    let district = app.data.units.iter().find(|u| u.code.as_str() == sector).unwrap().parent.clone().unwrap().to_string();
    let deo = app.token("deo").await;
    let (_, tier) = app.get(&deo, &format!("/api/v1/middle-tier?unit={district}&from={from}&to={to}")).await;
    assert_eq!(parts_of(&tier, "sectors-with-lll"), (1, 2));
    // A period that ends before it starts is refused, naming `to` (a rule across two
    // parameters, which the schema of each cannot say).
    let (status, refused) = app.get(&deo, &format!("/api/v1/middle-tier?unit={district}&from={to}&to={from}")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert!(refused.to_string().contains("\"to\""), "{refused}");
    let children: Vec<(String, (u64, u64))> = tier["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["place"]["code"].as_str().unwrap().to_owned(), parts_of(c, "sectors-with-lll")))
        .collect();
    assert_eq!(children, [(format!("{district}01"), (1, 1)), (format!("{district}02"), (0, 1))]);
    // The district's page says the same, in words, with each sector a link down.
    let (cookie, _) = app.session("deo").await;
    let (_, page) = app.page(&cookie, &format!("/places/{district}?from={from}&to={to}")).await;
    let section = page.split("<section aria-labelledby=\"middle-tier\">").nth(1).expect("the middle tier's section");
    assert!(
        section.contains("<td>Sectors with an LLL in post</td><td class=\"n\">1</td><td class=\"n\">2</td><td class=\"n\">50%</td>"),
        "{section}"
    );
    assert!(section.contains(&format!("href=\"/places/{district}02\"")));
    // A head teacher reads their PLC, not the sector's figures.
    let ht = app.token("ht").await;
    assert_eq!(app.get(&ht, &format!("/api/v1/middle-tier?unit={sector}")).await.0, StatusCode::FORBIDDEN);
    // The open seat filled: opened today, the appointee in post ten days on.
    let admin = app.token("admin").await;
    let lenient = json!({"head_years": 0, "results_years": 3, "high_pct": 0, "gain_pts": 0});
    assert_eq!(app.put(&admin, "/api/v1/selection-rules", lenient).await.0, StatusCode::OK);
    let (_, record) = app.post(&deo, "/api/v1/selections", json!({"role": "lll", "unit": format!("{district}02")})).await;
    let sid = record["id"].as_str().unwrap();
    let person = record["candidates"][0]["person"].as_str().unwrap();
    assert_eq!(app.post(&deo, &format!("/api/v1/selections/{sid}/nominations"), json!({"person": person})).await.0, StatusCode::OK);
    let today = chrono::Utc::now().date_naive();
    let day = today.to_string();
    let visit = json!({"visited_on": day, "interviewed_on": day});
    assert_eq!(
        app.send(reqwest::Method::PUT, &deo, &format!("/api/v1/selections/{sid}/nominations/{person}"), visit).await.0,
        StatusCode::OK
    );
    let starts = (today + chrono::Days::new(10)).to_string();
    let decision = json!({"appoint": person, "starts_on": starts, "reason": "The strongest results of the sector"});
    assert_eq!(app.post(&deo, &format!("/api/v1/selections/{sid}/decision"), decision).await.0, StatusCode::OK);
    let (_, tier) = app.get(&deo, &format!("/api/v1/middle-tier?unit={district}&from={day}&to={day}")).await;
    assert_eq!(parts_of(&tier, "days-to-fill"), (10, 1));
}

/// The rows of the home page's table of an NLL's LLLs: PLC, LLL, held of planned.
fn lll_rows(page: &str) -> Vec<[String; 3]> {
    section_rows(page, "llls")
        .into_iter()
        .map(|cells| {
            // The first cell is the PLC's name, then its comparison's link.
            let name = cells[0].strip_suffix("Schools side by side").unwrap_or(&cells[0]).to_owned();
            [name, cells[1].clone(), cells[2].clone()]
        })
        .collect()
}

#[tokio::test]
async fn homes_show_the_member_s_plc_its_lll_the_record_link_and_an_nll_the_district_s_llls() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "lll", "sector-plc").await;
    let id = plc["id"].as_str().unwrap();
    let name = plc["name"].as_str().unwrap();
    // The LLL's home: their sector PLC with the way to record its meeting and to its schools.
    let (lll, _) = app.session("lll").await;
    let (status, home) = app.page(&lll, "/").await;
    assert_eq!(status, StatusCode::OK, "{home}");
    for expected in [
        format!("<a href=\"/cops/{id}\">{name}</a>"),
        format!("href=\"/cops/{id}/meetings\""),
        format!("href=\"/cops/{id}#compare\">Schools side by side"),
    ] {
        assert!(home.contains(&expected), "the LLL's home has {expected}: {home}");
    }
    // A head teacher of the same sector: the PLC and its schools, but not its meeting form.
    let ht = form_and_find(&app, "ht", "sector-plc").await;
    assert_eq!(ht["id"], plc["id"], "the demo's HT and LLL share a sector");
    let (cookie, _) = app.session("ht").await;
    let (_, home) = app.page(&cookie, "/").await;
    assert!(
        home.contains(&format!("<a href=\"/cops/{id}\">{name}</a>")) && home.contains(&format!("href=\"/cops/{id}#compare\"")),
        "{home}"
    );
    assert!(!home.contains(&format!("/cops/{id}/meetings")), "a member does not record the PLC: {home}");
    assert!(!home.contains("id=\"llls\""), "only an NLL has LLLs: {home}");

    // The NLL's home: each sector PLC of the district with the LLL in post there (the demo's
    // posts) or none, in the order of the district's PLCs as its list gives them.
    let nll = app.token("nll").await;
    let (_, listed) = app.get(&nll, "/api/v1/cops?kind=sector-plc&per_page=100").await;
    let people = |code: &str| app.data.people.iter().find(|p| p.code.as_str() == code).unwrap().name.clone();
    let (cookie, _) = app.session("nll").await;
    let (_, home) = app.page(&cookie, "/").await;
    let rows = lll_rows(&home);
    let plcs = listed["items"].as_array().unwrap();
    assert!(plcs.len() >= 2, "the NLL's district has sectors: {listed}");
    assert_eq!(rows.len(), plcs.len(), "{home}");
    for (row, plc) in rows.iter().zip(plcs) {
        let unit = plc["unit"].as_str().unwrap();
        let llls: Vec<String> = holders(&app, Role::Lll, unit).iter().map(|p| people(p)).collect();
        let lll = if llls.is_empty() { "No LLL in post".to_owned() } else { llls.join(", ") };
        assert_eq!([&row[0], &row[1]], [plc["name"].as_str().unwrap(), lll.as_str()], "{home}");
        assert!(row[2].ends_with(" of 1"), "a sector PLC plans one meeting a term: {row:?}");
    }
    // Their district PLC they facilitate, so record.
    let district = form_and_find(&app, "nll", "district-plc").await;
    assert!(home.contains(&format!("href=\"/cops/{}/meetings\"", district["id"].as_str().unwrap())), "{home}");

    // The demo's LLL leaves their post yesterday: before the PLCs are formed again, the NLL's
    // home already says their sector has no LLL in post.
    let admin = app.token("admin").await;
    let leaving = person_of(&app, "lll");
    let (_, posts) = app.get(&admin, &format!("/api/v1/posts?person={leaving}&role=lll")).await;
    let post = posts["items"][0].clone();
    let yesterday = chrono::Utc::now().date_naive().pred_opt().unwrap().to_string();
    let ended = json!({"person": leaving, "role": "lll", "unit": post["unit"], "from": post["from"], "to": yesterday});
    let (status, body) = app.put(&admin, &format!("/api/v1/posts/{}", post["id"].as_str().unwrap()), ended).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, home) = app.page(&cookie, "/").await;
    let row = lll_rows(&home).into_iter().find(|r| r[0] == name).expect("the LLL's sector PLC");
    assert_eq!(row[1], "No LLL in post", "{home}");
}

#[tokio::test]
async fn the_plc_meeting_form_offers_the_sector_s_sei_and_slf_by_their_post_not_as_expected_members() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "lll", "sector-plc").await;
    let (id, sector) = (plc["id"].as_str().unwrap(), plc["unit"].as_str().unwrap());
    let (cookie, _) = app.session("lll").await;
    let (status, form) = app.page(&cookie, &format!("/cops/{id}/meetings")).await;
    assert_eq!(status, StatusCode::OK, "{form}");
    for (role, words) in [(Role::Sei, "Sector education inspector"), (Role::Slf, "Sector learning facilitator")] {
        let code = holders(&app, role, sector).pop_first().expect("the demo's sector has one");
        let name = app.data.people.iter().find(|p| p.code.as_str() == code).unwrap().name.clone();
        let offered = format!("name=\"guest\" value=\"{code}\">{name} ({words})</label>");
        assert!(form.contains(&offered), "the form offers {offered}: {form}");
        assert!(!form.contains(&format!("name=\"present\" value=\"{code}\"")), "an official is not an expected member");
    }
    // A CoP has no officials: its form offers only its registered guests (none in the demo).
    let ht = app.token("ht").await;
    let (_, cops) = app.get(&ht, "/api/v1/cops?kind=cop&per_page=1").await;
    let (cookie, _) = app.session("ht").await;
    let (status, form) = app.page(&cookie, &format!("/cops/{}/meetings", cops["items"][0]["id"].as_str().unwrap())).await;
    assert_eq!(status, StatusCode::OK, "{form}");
    assert!(form.contains("name=\"present\"") && !form.contains("name=\"guest\""), "{form}");
}

#[tokio::test]
async fn a_plc_s_maturity_counts_its_head_teachers_deciding_facilitating_and_rotating_as_a_cop_counts_its_teachers() {
    let app = spawn_app().await;
    let plc = form_and_find(&app, "lll", "sector-plc").await;
    let id = plc["id"].as_str().unwrap();
    let lll = app.token("lll").await;
    let (_, members) = app.get(&lll, &format!("/api/v1/cops/{id}/members")).await;
    let heads: Vec<String> = parts(&members, "member").into_iter().collect();
    let (_, schedule) = app.get(&lll, &format!("/api/v1/cops/{id}/schedule")).await;
    // The last term that ended before today, and three days in it the PLC did not meet on.
    let today = chrono::Utc::now().date_naive().to_string();
    let term = schedule.as_array().unwrap().iter().rev().find(|t| t["to"].as_str().unwrap() < today.as_str()).unwrap();
    let from = term["from"].as_str().unwrap();
    let held: Vec<&str> = term["held"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
    let from_day: chrono::NaiveDate = from.parse().unwrap();
    let days: Vec<String> =
        (10..40).map(|n| (from_day + chrono::Days::new(n)).to_string()).filter(|d| !held.contains(&d.as_str())).take(3).collect();
    // The period: from the term's start to our second meeting.
    let to = days[1].as_str();
    let record = |day: String, facilitator: String, decider: &'static str, chair: String| {
        let everyone = parts(&members, "member").into_iter().chain(parts(&members, "facilitator"));
        let attendance: Vec<Value> = everyone.map(|p| json!({"person": p, "status": "present"})).collect();
        json!({
            "held_on": day, "modality": "in-person", "facilitator": facilitator,
            "agenda": [{"challenge": "Learners not back since the closure"}], "formats": ["whole-group"],
            "attendance": attendance, "decided_by": {"agenda": [decider]}, "roles": [{"role": "chair", "person": chair}],
        })
    };
    // Ours: the first facilitated by a head teacher, its agenda decided by the head teachers,
    // chaired by head teacher A; the second facilitated by the LLL, its agenda decided by the
    // LLL alone, chaired by A again.
    let lll_code = person_of(&app, "lll");
    for body in [
        record(days[0].clone(), heads[0].clone(), "head-teacher", heads[0].clone()),
        record(days[1].clone(), lll_code.clone(), "lll", heads[0].clone()),
    ] {
        let (status, recorded) = app.post(&lll, &format!("/api/v1/cops/{id}/meetings"), body).await;
        assert_eq!(status, StatusCode::OK, "{recorded}");
    }
    // Counted again from the meetings the API lists for the period, ours and the demo's: held;
    // of them, those whose agenda the head teachers took part in deciding, and those a head
    // teacher (not the LLL) facilitated; each role's holders; planned, from the schedule.
    let (_, listed) = app.get(&lll, &format!("/api/v1/meetings?cop={id}&from={from}&to={to}&per_page=100")).await;
    let meetings = listed["items"].as_array().unwrap();
    let (mut decided, mut by_head) = (0, 0);
    let mut holders: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in meetings {
        let (_, detail) = app.get(&lll, &format!("/api/v1/meetings/{}", m["id"].as_str().unwrap())).await;
        decided += usize::from(detail["decided_by"]["agenda"].as_array().is_some_and(|a| a.iter().any(|d| d == "head-teacher")));
        by_head += usize::from(m["facilitator_kind"] == "head-teacher");
        for r in detail["roles"].as_array().unwrap() {
            holders.entry(r["role"].as_str().unwrap().to_owned()).or_default().push(r["person"].as_str().unwrap().to_owned());
        }
    }
    let n = meetings.len();
    assert!(n >= 2 && decided >= 1 && by_head >= 1 && decided < n, "ours are among them: {listed}");
    let planned = term["planned"].as_array().unwrap().iter().filter(|d| d.as_str().unwrap() <= to).count();
    // Rotation: per role held, distinct holders over min(times held, members), at most 1; the
    // mean over the roles held. The chair went to A twice in ours, so it is below 1.
    let size = heads.len() + parts(&members, "facilitator").len();
    let evenness: Vec<f64> =
        holders.values().map(|h| (h.iter().collect::<BTreeSet<_>>().len() as f64 / h.len().min(size) as f64).min(1.0)).collect();
    let rotation = evenness.iter().sum::<f64>() / evenness.len() as f64;
    assert!(rotation < 1.0, "{holders:?}");
    let path = format!("/api/v1/cops/{id}/maturity?from={from}&to={to}");
    let (status, before) = app.get(&lll, &path).await;
    assert_eq!(status, StatusCode::OK, "{before}");
    let e = &before["evidence"];
    assert_eq!(e["meetings_held"], n);
    let close = |v: &Value, x: f64| (v.as_f64().unwrap() - x).abs() < 1e-9;
    assert!(close(&e["teacher_agenda_share"], decided as f64 / n as f64), "{before}");
    assert!(close(&e["teacher_facilitated_share"], by_head as f64 / n as f64), "{before}");
    assert!(close(&e["regularity"], (n as f64 / planned.max(1) as f64).min(1.0)), "{before}");
    assert!(close(&e["rotation"], rotation), "{before} {holders:?}");
    // A later meeting, chaired by B, changes nothing in the period before it.
    let (status, _) =
        app.post(&lll, &format!("/api/v1/cops/{id}/meetings"), record(days[2].clone(), lll_code, "lll", heads[1].clone())).await;
    assert_eq!(status, StatusCode::OK);
    let (_, after) = app.get(&lll, &path).await;
    assert_eq!(after, before);
    // The page says it in the level's words: its members, not teachers, lead it.
    let (cookie, _) = app.session("lll").await;
    let (_, page) = app.page(&cookie, &format!("/cops/{id}")).await;
    assert!(page.contains("id=\"maturity\"") && page.contains("Meetings where its members took part in deciding the agenda"), "{page}");
    assert!(page.contains("Needed to be member-led") && !page.contains("Needed to be teacher-led"), "{page}");
}
