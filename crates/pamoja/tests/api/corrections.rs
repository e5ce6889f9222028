//! Correcting the record (issue 11): a meeting edited by its recorder or the school's head
//! teacher within 30 days, then only by a national M&E officer; audited with before and after;
//! the KPIs follow; action points already followed up stay as they are.

use crate::helpers::spawn_app;
use crate::life::{cop_of_ht, part, record_term_one};
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn a_meeting_is_corrected_within_30_days_by_its_recorder_then_only_by_a_national_me_officer() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let (cop, members) = cop_of_ht(&app, &ht).await;
    let n = members.len() as u64;
    let (_, two) = record_term_one(&app, &ht, &cop, &members).await;
    let school = app.school_of("ht");
    let kpis = format!("/api/v1/kpis?unit={school}&year=2025-26&term=1");
    let (_, before) = app.get(&ht, &kpis).await;
    // Meeting 1: n of n present; meeting 2: only the SSL.
    assert_eq!(part(&before["kpis"], "attendance-rate", None), (n + 1, 2 * n));

    // Meeting 2 corrected: the second member was there too, by phone; it was hybrid.
    let (ssl, other) = (&members[0], &members[1]);
    let corrected = json!({
        "held_on": "2025-10-30", "modality": "hybrid", "facilitator": ssl,
        "agenda": [{"toolkit": "BLF-02"}], "formats": ["whole-group"],
        "roles": [{"role": "chair", "person": ssl}],
        "attendance": [{"person": ssl, "status": "present"}, {"person": other, "status": "present", "remote": true}],
        "decided_by": {"agenda": ["subject-leader"]},
        "action_points": [{"description": "Call absent members", "owner": ssl, "due_on": "2025-11-06"}]
    });
    let path = format!("/api/v1/meetings/{two}");
    let (status, edited) = app.put(&ht, &path, corrected.clone()).await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert_eq!((edited["modality"].as_str(), edited["members_present"].as_i64()), (Some("hybrid"), Some(2)));
    let (_, detail) = app.get(&ht, &path).await;
    let joined = detail["attendance"].as_array().unwrap().iter().find(|a| a["person"] == other.as_str()).unwrap();
    assert_eq!((joined["status"].as_str(), joined["remote"].as_bool()), (Some("present"), Some(true)));
    // The KPIs follow: n + 2 of 2n.
    let (_, after) = app.get(&ht, &kpis).await;
    assert_eq!(part(&after["kpis"], "attendance-rate", None), (n + 2, 2 * n));
    // Audited with before and after.
    let trail = store::audit::recent(&app.db, &domain::Access::everything(), 1000).await.unwrap();
    let entry = trail.iter().find(|e| e.what == "meeting edited" && e.record == two).expect("an audit entry");
    let (was, now): (Value, Value) = (
        serde_json::from_str(entry.before_value.as_deref().unwrap()).unwrap(),
        serde_json::from_str(entry.after_value.as_deref().unwrap()).unwrap(),
    );
    assert_eq!((was["modality"].as_str(), now["modality"].as_str()), (Some("whatsapp"), Some("hybrid")));
    assert_eq!((was["present"].as_i64(), now["present"].as_i64()), (Some(1), Some(2)));
    // Sent again (a retry): the same record.
    assert_eq!(app.put(&ht, &path, corrected.clone()).await.0, StatusCode::OK);
    assert_eq!(app.get(&ht, &kpis).await.1["kpis"], after["kpis"]);

    // Someone else at the school may not: a teacher records nothing.
    let teacher = app.token("teacher").await;
    assert_eq!(app.put(&teacher, &path, corrected.clone()).await.0, StatusCode::FORBIDDEN);

    // Once its action point is followed up, the point cannot change; the rest still can.
    let point = detail["action_points"][0]["id"].as_str().unwrap();
    let visit = json!({"visited_on": "2025-11-07", "finding": "done"});
    assert_eq!(app.post(&ht, &format!("/api/v1/action-points/{point}/follow-up"), visit).await.0, StatusCode::OK);
    let mut moved = corrected.clone();
    moved["action_points"][0]["description"] = json!("Call every absent member twice");
    let (status, refused) = app.put(&ht, &path, moved).await;
    assert_eq!((status, refused["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("action_points")));
    let mut summary = corrected.clone();
    summary["summary"] = json!("Called the three absent members.");
    assert_eq!(app.put(&ht, &path, summary.clone()).await.0, StatusCode::OK);
    let (_, still) = app.get(&ht, &format!("/api/v1/action-points?cop={cop}")).await;
    assert!(still["items"].as_array().unwrap().iter().all(|p| p["id"] != point), "the followed-up point stays closed");

    // Recorded more than 30 days ago: the head teacher is refused, a national M&E officer corrects.
    app.db.script("UPDATE meetings SET recorded_at = '2025-10-30T12:00:00Z'").await.unwrap();
    let (status, late) = app.put(&ht, &path, summary.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(late["error"].as_str().unwrap().contains("a national M&E officer corrects it now"), "{late}");
    let me = app.token("me").await;
    let (status, body) = app.put(&me, &path, summary).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn the_meeting_page_offers_its_correction_only_to_those_who_may_and_keeps_what_the_form_does_not_show() {
    let app = spawn_app().await;
    let ht = app.token("ht").await;
    let (cop, members) = cop_of_ht(&app, &ht).await;
    let (one, _) = record_term_one(&app, &ht, &cop, &members).await;
    let (cookie, csrf) = app.session("ht").await;
    let (_, page) = app.page(&cookie, &format!("/meetings/{one}")).await;
    assert!(page.contains(&format!("href=\"/meetings/{one}/edit\"")), "the HT who recorded it is offered the correction");
    let (teacher, _) = app.session("teacher").await;
    let (_, page) = app.page(&teacher, &format!("/meetings/{one}")).await;
    assert!(!page.contains("/edit\""), "a teacher is not offered it");
    assert_eq!(app.page(&teacher, &format!("/meetings/{one}/edit")).await.0, StatusCode::FORBIDDEN);

    // The form comes filled; sent back with only the summary changed, the meeting keeps its
    // second agenda item (a challenge), both action points and every attendee.
    let (status, form) = app.page(&cookie, &format!("/meetings/{one}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("value=\"Try group reading in P3\"") && form.contains("value=\"Share levelled texts\""), "both points");
    let mut pairs: Vec<(String, String)> = vec![("csrf".into(), csrf.clone())];
    pairs.extend(fields_of(&form));
    for p in pairs.iter_mut().filter(|(k, _)| k == "summary") {
        p.1 = "Planned group reading, and levelled texts.".into();
    }
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let sent = app.submit(&cookie, &format!("/meetings/{one}/edit"), &borrowed).await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER, "{}", sent.text().await.unwrap());
    let (_, detail) = app.get(&ht, &format!("/api/v1/meetings/{one}")).await;
    assert_eq!(detail["summary"], "Planned group reading, and levelled texts.");
    // An action point row with words but no owner is refused, not dropped (the rows stay in step).
    let mut half = pairs.clone();
    for p in half.iter_mut().filter(|(k, v)| k == "ap_description" && v.is_empty()) {
        p.1 = "Visit P4".into();
    }
    let borrowed: Vec<(&str, &str)> = half.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = app.submit(&cookie, &format!("/meetings/{one}/edit"), &borrowed).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(detail["agenda"].as_array().unwrap().len(), 2, "{}", detail["agenda"]);
    assert_eq!(detail["action_points"].as_array().unwrap().len(), 2);
    assert_eq!(detail["members_present"].as_i64(), Some(members.len() as i64));

    // Meeting 2 through the page, only its venue changed: the member excused stays excused, the
    // SSL who joined remotely stays remote.
    let (_, two) = app.get(&ht, &format!("/api/v1/meetings?cop={cop}&per_page=10")).await;
    let two = two["items"].as_array().unwrap().iter().find(|m| m["held_on"] == "2025-10-30").unwrap()["id"].as_str().unwrap().to_owned();
    let (_, form) = app.page(&cookie, &format!("/meetings/{two}/edit")).await;
    let mut pairs: Vec<(String, String)> = vec![("csrf".into(), csrf.clone())];
    pairs.extend(fields_of(&form).into_iter().map(|(k, v)| if k == "venue" { (k, "Library".to_owned()) } else { (k, v) }));
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(app.submit(&cookie, &format!("/meetings/{two}/edit"), &borrowed).await.status(), StatusCode::SEE_OTHER);
    let (_, detail) = app.get(&ht, &format!("/api/v1/meetings/{two}")).await;
    let status_of = |code: &str| detail["attendance"].as_array().unwrap().iter().find(|a| a["person"] == code).cloned().unwrap();
    assert_eq!(status_of(&members[2])["status"], "excused");
    assert_eq!((status_of(&members[0])["status"].as_str(), status_of(&members[0])["remote"].as_bool()), (Some("present"), Some(true)));
    assert_eq!(detail["venue"], "Library");
}

/// The values a browser would send for a form: text inputs, ticked boxes, chosen options and
/// textareas (a small reader for this form's HTML, not a general one).
fn fields_of(html: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..].split('"').next()?.replace("&#34;", "\"").replace("&#39;", "'").replace("&amp;", "&"))
    };
    let mut out = Vec::new();
    for piece in html.split('<').skip(1) {
        let tag = piece.split('>').next().unwrap_or("");
        if let Some(rest) = tag.strip_prefix("input ").map(|r| format!(" {r}")) {
            let rest = rest.as_str();
            let (Some(name), kind) = (attr(rest, "name"), attr(rest, "type").unwrap_or_default()) else { continue };
            if name == "csrf" || (kind == "checkbox" && !rest.contains(" checked")) {
                continue;
            }
            out.push((name, attr(rest, "value").unwrap_or_default()));
        } else if let Some(rest) = tag.strip_prefix("textarea ").map(|r| format!(" {r}")) {
            let text = piece.split_once('>').map(|(_, t)| t).unwrap_or("");
            out.push((attr(&rest, "name").unwrap_or_default(), text.replace("&#39;", "'").replace("&amp;", "&")));
        }
    }
    // Each select's chosen option (or its first).
    for select in html.split("<select ").skip(1) {
        let head = select.split('>').next().unwrap_or("");
        let Some(name) = attr(&format!(" {head}"), "name") else { continue };
        let body = select.split("</select>").next().unwrap_or("");
        let chosen = body.split("<option ").skip(1).find(|o| o.contains(" selected")).or_else(|| body.split("<option ").nth(1));
        let value = chosen.and_then(|o| attr(&format!(" {o}"), "value")).unwrap_or_default();
        out.push((name, value));
    }
    out
}
