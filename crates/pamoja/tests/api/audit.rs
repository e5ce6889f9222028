//! The audit trail beyond CoP life and the registry: programme set-up, forming CoPs, survey
//! answers and sign-ins. Issue 5: "every change is recorded (who, when, what, before and after)
//! and can be viewed by those whose scope covers it".

use crate::helpers::spawn_app;
use domain::Access;
use store::audit::Entry;

async fn trail(app: &crate::helpers::TestApp, access: &Access) -> Vec<Entry> {
    store::audit::recent(&app.db, access, 1_000_000).await.unwrap()
}

fn count(entries: &[Entry], what: &str) -> usize {
    entries.iter().filter(|e| e.what == what).count()
}

#[tokio::test]
async fn set_up_forming_surveys_and_sign_ins_are_kept_where_their_records_are() {
    let app = spawn_app().await;
    let everything = Access::everything();
    let all = trail(&app, &everything).await;
    // The demo's set-up, from the command line: every programme, the year, each programme's
    // waves and phases plus a school entry per school in the rollout, each toolkit, every CoP
    // formed, and a sign-in per printed login.
    let programmes = app.data.programmes.len();
    assert_eq!(count(&all, "programme written"), programmes);
    // This year and the one before (issue 11: the demo sets up the current year and the last).
    assert_eq!(count(&all, "academic year added"), 2);
    let levels = all.iter().find(|e| e.what == "unit levels set").expect("the levels are set-up too");
    assert_eq!(levels.record, app.data.levels.join(", "));
    assert_eq!(count(&all, "rollout written"), programmes + app.count("programme_schools").await as usize);
    let toolkits: std::collections::BTreeSet<&str> = app.data.toolkit.iter().map(|(p, _, _)| p.as_str()).collect();
    assert_eq!(count(&all, "toolkit written"), toolkits.len());
    // Every community formed: the CoPs, and the PLCs of the programme whose head teachers meet in them.
    let plcs = store::counts_by(&app.db, "communities", "kind")
        .await
        .unwrap()
        .into_iter()
        .filter(|(k, _)| k != "cop")
        .map(|(_, n)| n)
        .sum::<i64>();
    assert!(plcs > 0);
    // Each once, but for the district PLCs the demo forms again after its committees' past
    // appointments (their new NLL joins): that change is logged too. The appointments are the
    // NLL posts the store wrote beyond the generator's.
    let formed: std::collections::BTreeSet<&str> = all.iter().filter(|e| e.what == "PLC formed").map(|e| e.record.as_str()).collect();
    let nlls = store::counts_by(&app.db, "posts", "role").await.unwrap().into_iter().find(|(r, _)| r == "nll").unwrap().1;
    let appointed = nlls as usize - app.data.posts.iter().filter(|p| p.role == domain::Role::Nll).count();
    assert!(appointed > 0, "the small demo's committees appointed someone");
    assert_eq!(count(&all, "PLC formed") - formed.len(), appointed, "a district PLC formed again for each appointment");
    assert_eq!(count(&all, "CoP formed") + formed.len(), app.count("communities").await as usize);
    assert_eq!(formed.len(), plcs as usize);
    assert_eq!(count(&all, "sign-in created"), app.data.logins.len());
    assert!(all.iter().filter(|e| e.what == "sign-in created").all(|e| e.who.is_none()), "the command line made them");
    let formed = all.iter().find(|e| e.what == "CoP formed").unwrap();
    assert!(formed.before_value.is_none() && formed.after_value.as_deref().is_some_and(|a| a.contains(r#""members":[["#)));

    // A head teacher reads their school's CoPs formed and its place in the rollout, and no
    // national set-up.
    let ht = store::auth::user(&app.db, "ht").await.unwrap();
    let today = app.data.today.unwrap();
    let mut access = store::auth::access(&app.db, ht.person_id, today).await.unwrap();
    let theirs = trail(&app, &access).await;
    let school = app.school_of("ht");
    let cops_there = store::programmes::communities::list(&app.db, &everything, &store::list::Filter::all(), None, None)
        .await
        .unwrap()
        .items
        .iter()
        .filter(|c| c.school.as_deref() == Some(school.as_str()))
        .count();
    assert!(cops_there > 0);
    assert_eq!(count(&theirs, "CoP formed"), cops_there);
    assert_eq!(
        theirs.iter().filter(|e| e.what == "rollout written").map(|e| e.record.as_str()).collect::<Vec<_>>(),
        [format!("BLF {school}")]
    );
    for national in ["programme written", "academic year added", "toolkit written", "survey round written", "unit levels set"] {
        assert_eq!(count(&theirs, national), 0, "{national} is national set-up");
    }

    // Forming again and writing the same toolkit change nothing, and log nothing.
    let entries = app.count("audit_log").await;
    store::programmes::forming::form(&app.db, &everything, "BLF", today).await.unwrap();
    let blf: Vec<(String, String)> =
        app.data.toolkit.iter().filter(|(p, _, _)| p == "BLF").map(|(_, c, t)| (c.clone(), t.clone())).collect();
    store::programmes::set_toolkit(&app.db, &everything, "BLF", &blf).await.unwrap();
    assert_eq!(app.count("audit_log").await, entries);
    // A new title is one entry, with the toolkit before and after.
    let renamed = vec![(blf[0].0.clone(), "Reading aloud together".to_owned())];
    store::programmes::set_toolkit(&app.db, &everything, "BLF", &renamed).await.unwrap();
    let last = trail(&app, &everything).await.remove(0);
    assert_eq!((last.what.as_str(), last.record.as_str()), ("toolkit written", "BLF"));
    let title = |v: &Option<String>| {
        let v: serde_json::Value = serde_json::from_str(v.as_deref().unwrap()).unwrap();
        v[&blf[0].0].as_str().unwrap().to_owned()
    };
    assert_eq!((title(&last.before_value), title(&last.after_value)), (blf[0].1.clone(), "Reading aloud together".to_owned()));

    // Survey answers: at each school, how many responses, never who answered or what.
    let written = pamoja::commands::survey::write_demo(&app.db, &app.data, 7).await.unwrap();
    assert!(written > 0);
    let answered: Vec<Entry> = trail(&app, &everything).await.into_iter().filter(|e| e.what == "survey responses written").collect();
    assert!(!answered.is_empty());
    let mut responses = 0;
    for e in &answered {
        let after: serde_json::Value = serde_json::from_str(e.after_value.as_deref().unwrap()).unwrap();
        let keys: Vec<&String> = after.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["responses"], "a count and nothing else");
        responses += after["responses"].as_i64().unwrap();
    }
    assert_eq!(responses, app.count("survey_responses").await, "each response is counted once");

    // A password change is the person's own, and keeps no hash.
    store::sessions::set_password(&app.db, &ht, "a new password 1", "").await.unwrap();
    access.actor = Some(ht.person_id);
    let last = trail(&app, &access).await.remove(0);
    assert_eq!((last.what.as_str(), last.record.as_str(), last.who.as_deref()), ("password changed", "ht", Some(ht.name.as_str())));
    assert_eq!((last.before_value, last.after_value), (None, None));
    // A token made at the command line is logged for the person, by the command line.
    app.token("ht").await;
    let last = trail(&app, &access).await.remove(0);
    assert_eq!((last.what.as_str(), last.who), ("API token created", None));
}

#[tokio::test]
async fn a_cluster_losing_a_school_is_one_update_with_its_schools_before_and_after() {
    use store::batch::{Mode, Policy};
    use store::registry::clusters;
    let app = spawn_app().await;
    let everything = Access::everything();
    let mut cluster = app.data.clusters[0].clone();
    let again = clusters::write(&app.db, &everything, std::slice::from_ref(&cluster), Mode::Upsert, Policy::AllOrNothing).await.unwrap();
    assert_eq!((again.inserted, again.updated), (0, 0), "written as it was");
    let mut schools: Vec<String> = cluster.schools.iter().map(ToString::to_string).collect();
    schools.sort();
    let left = cluster.schools.pop().unwrap().to_string();
    let written = clusters::write(&app.db, &everything, std::slice::from_ref(&cluster), Mode::Upsert, Policy::AllOrNothing).await.unwrap();
    assert_eq!((written.inserted, written.updated), (0, 1));
    let last = trail(&app, &everything).await.remove(0);
    assert_eq!((last.what.as_str(), last.record.as_str()), ("cluster written", cluster.code.as_str()));
    let list = |v: &Option<String>| {
        let value = serde_json::from_str::<serde_json::Value>(v.as_deref().unwrap()).unwrap();
        value["schools"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect::<Vec<_>>().join(";")
    };
    assert_eq!(list(&last.before_value), schools.join(";"));
    schools.retain(|s| *s != left);
    assert_eq!(list(&last.after_value), schools.join(";"));
}

#[tokio::test]
async fn a_teacher_moved_to_another_school_is_one_update_logged_at_both_schools() {
    use store::batch::{Mode, Policy};
    use store::registry::people;
    let app = spawn_app().await;
    let everything = Access::everything();
    // A teacher, and another school under the same unit.
    let (mut person, to) = app
        .data
        .people
        .iter()
        .find_map(|p| {
            let at = p.school.as_ref()?;
            let other = app.data.schools.iter().find(|s| s.unit == p.unit && s.code != *at)?;
            Some((p.clone(), other.code.clone()))
        })
        .expect("the small demo has a unit with two schools");
    let from = person.school.replace(to.clone()).unwrap();
    let written = people::write(&app.db, &everything, std::slice::from_ref(&person), Mode::Upsert, Policy::AllOrNothing).await.unwrap();
    assert_eq!((written.inserted, written.updated), (0, 1), "one person, updated once");
    let trail = trail(&app, &everything).await;
    let moved: Vec<&Entry> = trail.iter().take(2).collect();
    assert!(moved.iter().all(|e| e.what == "person written" && e.record == person.code.as_str()), "{moved:?}");
    // One entry is read where the teacher was, one where they went.
    let school_id = |code: &domain::Code| {
        let code = code.to_string();
        let db = app.db.clone();
        async move { store::registry::schools::get(&db, &Access::everything(), &code).await.unwrap().id }
    };
    let mut at: Vec<Option<uuid::Uuid>> = moved.iter().map(|e| e.at.school_id).collect();
    at.sort();
    let mut expected = vec![Some(school_id(&from).await), Some(school_id(&to).await)];
    expected.sort();
    assert_eq!(at, expected);
}
