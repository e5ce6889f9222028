//! Observation rubrics as data (issue 14: "A rubric is imported and exported as sheets
//! (CSV/XLSX), and versioned: an observation keeps the version it was scored with"), through
//! the command line a ministry's operator runs and the API anyone signed in reads.

use crate::helpers::{pamoja, spawn_app};
use domain::Access;
use reqwest::StatusCode;

/// A folder of its own for a test's sheets.
fn scratch() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pamoja-rubrics-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn text(output: &std::process::Output) -> (String, String) {
    (String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[tokio::test]
async fn a_migrated_database_holds_the_teach_structured_default_as_version_1() {
    let app = spawn_app().await;
    let teacher = app.token("teacher").await;
    let (status, listed) = app.get(&teacher, "/api/v1/rubrics").await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    assert_eq!(listed, serde_json::json!([{"code": "teach-structured", "name": "Teaching practice (Teach-structured)", "version": 1}]));
    let (_, r) = app.get(&teacher, "/api/v1/rubrics/teach-structured").await;
    let areas = r["rubric"]["areas"].as_array().unwrap();
    let elements: usize = areas.iter().map(|a| a["elements"].as_array().unwrap().len()).sum();
    let behaviours: usize =
        areas.iter().flat_map(|a| a["elements"].as_array().unwrap()).map(|e| e["behaviours"].as_array().unwrap().len()).sum();
    // Teach: 3 areas, 9 elements, 28 behaviours; two segments of 15 minutes; benchmark 3 of 1-5.
    assert_eq!((areas.len(), elements, behaviours), (3, 9, 28));
    assert_eq!(
        (&r["version"], &r["rubric"]["segments"], &r["rubric"]["benchmark"], &r["rubric"]["max"]),
        (&1.into(), &2.into(), &3.0.into(), &5.into())
    );
    assert_eq!(app.get(&teacher, "/api/v1/rubrics/nothing-here").await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&teacher, "/api/v1/rubrics/teach-structured?version=2").await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_changed_sheet_becomes_version_2_the_first_kept_the_same_sheet_again_changes_nothing() {
    let app = spawn_app().await;
    let dir = scratch();
    let sheet = dir.join("rubric.xlsx");
    let (out, err) = text(&pamoja(&app.url, &["rubric", "export", "teach-structured", sheet.to_str().unwrap()]));
    assert!(out.contains("teach-structured version 1 written"), "{out}{err}");
    // The same sheet back: nothing new, nothing audited.
    let audited = |app: &crate::helpers::TestApp| {
        let db = app.db.clone();
        async move {
            store::audit::recent(&db, &Access::everything(), 1_000_000)
                .await
                .unwrap()
                .iter()
                .filter(|e| e.what == "rubric version written")
                .count()
        }
    };
    let (out, _) = text(&pamoja(&app.url, &["rubric", "import", sheet.to_str().unwrap()]));
    assert_eq!(out.trim(), "teach-structured: unchanged: it is already version 1");
    assert_eq!(audited(&app).await, 0);
    // The benchmark raised to 3.5, as a CSV: version 2, audited once; version 1 is as it was.
    let csv = dir.join("rubric.csv");
    let (_, err) = text(&pamoja(&app.url, &["rubric", "export", "teach-structured", csv.to_str().unwrap()]));
    assert!(err.is_empty(), "{err}");
    let raised = std::fs::read_to_string(&csv).unwrap().replace("setting,benchmark,,,3\n", "setting,benchmark,,,3.5\n");
    assert!(raised.contains("setting,benchmark,,,3.5"), "{raised}");
    std::fs::write(&csv, raised).unwrap();
    let (out, err) = text(&pamoja(&app.url, &["rubric", "import", csv.to_str().unwrap()]));
    assert_eq!(out.trim(), "teach-structured: written as version 2", "{err}");
    assert_eq!(audited(&app).await, 1);
    let admin = app.token("admin").await;
    let (_, latest) = app.get(&admin, "/api/v1/rubrics/teach-structured").await;
    let (_, first) = app.get(&admin, "/api/v1/rubrics/teach-structured?version=1").await;
    assert_eq!((&latest["version"], &latest["rubric"]["benchmark"]), (&2.into(), &3.5.into()));
    assert_eq!((&first["version"], &first["rubric"]["benchmark"]), (&1.into(), &3.0.into()));
    let (_, listed) = app.get(&admin, "/api/v1/rubrics").await;
    assert_eq!(listed[0]["version"], 2);
}

#[tokio::test]
async fn a_sheet_with_a_problem_is_refused_whole_naming_its_line_and_column() {
    let app = spawn_app().await;
    let dir = scratch();
    let csv = dir.join("rubric.csv");
    std::fs::write(&csv, "part,code,parent,text,value\nrubric,mine,,Mine,\narea,a,,Area,\nelement,e,a,Element,\nbehaviour,b,x,Does,\n")
        .unwrap();
    let output = pamoja(&app.url, &["rubric", "import", csv.to_str().unwrap()]);
    let (_, err) = text(&output);
    assert!(!output.status.success());
    let at = format!("{}:5:3: x is not registered (a parent must exist or come earlier in the file)", csv.display());
    assert!(err.contains(&at), "{err}");
    let teacher = app.token("teacher").await;
    assert_eq!(app.get(&teacher, "/api/v1/rubrics/mine").await.0, StatusCode::NOT_FOUND, "nothing written");
}

#[tokio::test]
async fn only_national_staff_write_a_rubric() {
    let app = spawn_app().await;
    let deo = store::auth::access(&app.db, store::auth::user(&app.db, "deo").await.unwrap().person_id, chrono::Utc::now().date_naive())
        .await
        .unwrap();
    let refused = store::rubrics::put(&app.db, &deo, domain::rubric::teach_structured(), chrono::Utc::now().date_naive()).await;
    assert!(matches!(refused, Err(store::Error::OutOfScope { .. })), "{refused:?}");
}
