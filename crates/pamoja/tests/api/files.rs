//! Import and export through the real binary: "A bad file is rejected whole. Every problem is
//! listed as file:line:column: reason, and nothing is written." and "exporting then importing
//! gives the same data".

use crate::helpers::{TestApp, fresh_db, pamoja, spawn_app};
use std::path::{Path, PathBuf};
use std::process::Output;

fn stderr_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr).lines().map(str::to_owned).collect()
}

fn workdir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pamoja-files-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Runs an import expected to be refused; checks the messages and that nothing changed.
async fn refused(app: &TestApp, kind: &str, file: &str, table: &str, expected: &[String]) {
    let before = app.count(table).await;
    let output = pamoja(&app.url, &["import", kind, file]);
    assert!(!output.status.success(), "the import was refused");
    let lines = stderr_lines(&output);
    assert_eq!(&lines[..lines.len() - 1], expected);
    let count = if expected.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", expected.len()) };
    assert_eq!(lines.last().unwrap(), &format!("error: {file} rejected: {count} (listed above); nothing was written"));
    assert_eq!(app.count(table).await, before, "nothing was written");
}

#[tokio::test]
async fn a_wrong_header_is_rejected_with_the_columns_it_needs() {
    let app = spawn_app().await;
    let dir = workdir();
    let file = write(&dir, "schools.csv", "code,name,district,ownership,locality\nRW-110150,EP New,RW-1101,public,rural\n");
    let columns = "schools files have the columns code,name,unit,ownership,locality";
    refused(
        &app,
        "schools",
        &file,
        "schools",
        &[format!("{file}:1:3: unknown column \"district\"; {columns}"), format!("{file}:1:6: missing column \"unit\"; {columns}")],
    )
    .await;
}

#[tokio::test]
async fn a_bad_code_a_duplicate_and_an_unknown_unit_are_all_listed_and_nothing_is_written() {
    let app = spawn_app().await;
    let dir = workdir();
    let text = "code,name,unit,ownership,locality\n\
                RW-110150,EP Good,RW-1101,public,rural\n\
                S 14,EP Spaced,RW-1101,public,rural\n\
                RW-110151,EP Twice,RW-1101,private,urban\n\
                RW-110151,EP Twice again,RW-1101,private,urban\n\
                RW-110152,EP Nowhere,RW-9999,public,rural\n";
    let file = write(&dir, "schools.csv", text);
    refused(
        &app,
        "schools",
        &file,
        "schools",
        &[
            format!("{file}:3:1: code: contains ' '; use letters, digits, '-', '_', '.' or '/'"),
            format!("{file}:5:1: code: RW-110151 appears twice in the file"),
            format!("{file}:6:3: unit: RW-9999 is not registered"),
        ],
    )
    .await;
}

#[tokio::test]
async fn a_bad_date_names_the_format_to_use() {
    let app = spawn_app().await;
    let dir = workdir();
    let person = &app.data.people[5].code;
    let text = format!(
        "person,role,unit,school,cluster,subject,from,to\n{person},slf,RW-1101,,,,07/01/2019,\n{person},sei,RW-1101,,,,2019-01-07,2018-12-31\n"
    );
    let file = write(&dir, "posts.csv", &text);
    refused(
        &app,
        "posts",
        &file,
        "posts",
        &[
            format!("{file}:2:7: from: \"07/01/2019\" is not a date; write it as YYYY-MM-DD"),
            format!("{file}:3:8: to: 2018-12-31 is before the start 2019-01-07"),
        ],
    )
    .await;
}

#[tokio::test]
async fn a_bad_results_file_names_each_problem_at_its_cell_and_writes_nothing() {
    let app = spawn_app().await;
    let dir = workdir();
    let this_year = chrono::Datelike::year(&chrono::Utc::now());
    // Columns in another order than the export's: a file names its own.
    let text = format!(
        "year,school,subject,passed,candidates\n\
         2025,RW-110101,english,30,40\n\
         2025,RW-999999,english,30,40\n\
         2025,RW-110102,maths,41,40\n\
         {},RW-110103,maths,10,20\n\
         2025,RW-110101,English,31,40\n",
        this_year + 1
    );
    let file = write(&dir, "results.csv", &text);
    refused(
        &app,
        "results",
        &file,
        "school_results",
        &[
            format!("{file}:3:2: school: RW-999999 is not registered"),
            format!("{file}:4:4: passed: 41 passed but only 40 sat the exam"),
            format!("{file}:5:1: year: {} is outside 2000-{this_year}", this_year + 1),
            // The same school, year and subject (the subject's case aside) as line 2.
            format!("{file}:6:3: subject: RW-110101:2025:english appears twice in the file"),
        ],
    )
    .await;
}

#[tokio::test]
async fn a_results_file_written_again_with_one_change_updates_that_result_only() {
    let app = spawn_app().await;
    let dir = workdir();
    let before = app.count("school_results").await;
    let written = async || {
        let logged = store::counts_by(&app.db, "audit_log", "what").await.unwrap();
        logged.into_iter().find(|(what, _)| what == "school result written").map_or(0, |(_, n)| n)
    };
    let logged_before = written().await;
    let first =
        write(&dir, "results.csv", "school,year,subject,candidates,passed\nRW-110101,2025,library,40,30\nRW-110102,2025,library,20,5\n");
    let output = pamoja(&app.url, &["import", "results", &first]);
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), format!("{first}: 2 new, 0 updated, 0 rows skipped"));
    let second =
        write(&dir, "results-2.csv", "school,year,subject,candidates,passed\nRW-110101,2025,library,40,32\nRW-110102,2025,library,20,5\n");
    let output = pamoja(&app.url, &["import", "results", &second]);
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), format!("{second}: 0 new, 1 updated, 0 rows skipped"));
    assert_eq!(app.count("school_results").await, before + 2);
    assert_eq!(written().await - logged_before, 3, "two new and one changed are in the audit trail; the unchanged one is not");
}

#[tokio::test]
async fn skip_invalid_writes_the_good_rows_and_reports_the_rest() {
    let app = spawn_app().await;
    let dir = workdir();
    let text = "code,name,unit,ownership,locality\nRW-110150,EP Good,RW-1101,public,rural\nRW-110152,EP Nowhere,RW-9999,public,rural\nRW-110153,EP Also good,RW-1102,private,urban\n";
    let file = write(&dir, "schools.csv", text);
    let before = app.count("schools").await;
    let output = pamoja(&app.url, &["import", "schools", &file, "--skip-invalid"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stderr_lines(&output), [format!("{file}:3:3: unit: RW-9999 is not registered")]);
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), format!("{file}: 2 new, 0 updated, 1 rows skipped"));
    assert_eq!(app.count("schools").await, before + 2);
}

/// A units file longer than an import's chunk: a new district on line 2, then more sectors
/// under it than a chunk holds, so the sectors past the first chunk find their parent written
/// by the chunk before, in the same transaction.
fn district_and_sectors(last_parent: &str) -> String {
    let sectors = service::registry_files::CHUNK + 100;
    let mut text = "code,name,level,parent\nRW-19,Test district,district,RW-1\n".to_owned();
    for i in 1..sectors {
        text.push_str(&format!("RW-19-{i:04},Sector {i},sector,RW-19\n"));
    }
    text.push_str(&format!("RW-19-{sectors:04},Sector {sectors},sector,{last_parent}\n"));
    text
}

#[tokio::test]
async fn an_import_longer_than_a_chunk_finds_parents_written_by_an_earlier_chunk() {
    let app = spawn_app().await;
    let dir = workdir();
    let file = write(&dir, "units.csv", &district_and_sectors("RW-19"));
    let before = app.count("units").await;
    let output = pamoja(&app.url, &["import", "units", &file]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // 1 district + CHUNK + 100 sectors, all new.
    let new = service::registry_files::CHUNK + 101;
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), format!("{file}: {new} new, 0 updated, 0 rows skipped"));
    assert_eq!(app.count("units").await, before + new as i64);
}

#[tokio::test]
async fn a_problem_in_the_last_chunk_rejects_the_whole_file_and_the_earlier_chunks_are_not_kept() {
    let app = spawn_app().await;
    let dir = workdir();
    let file = write(&dir, "units.csv", &district_and_sectors("RW-99"));
    // The header is line 1, the district line 2, the bad sector the last line.
    let line = service::registry_files::CHUNK + 102;
    refused(
        &app,
        "units",
        &file,
        "units",
        &[format!("{file}:{line}:4: parent: RW-99 is not registered (a parent must exist or come earlier in the file)")],
    )
    .await;
}

#[tokio::test]
async fn a_row_repeating_an_invalid_one_is_not_a_parent_for_the_rows_after_it() {
    let app = spawn_app().await;
    let dir = workdir();
    // RW-19 first with a parent that does not exist, then again, valid; its sector must not
    // find it (the repeat is left out whatever became of the first).
    let text = "code,name,level,parent\n\
                RW-19,Bad district,district,RW-99\n\
                RW-19,Good district,district,RW-1\n\
                RW-19-01,Sector,sector,RW-19\n\
                RW-18,Fine district,district,RW-1\n";
    let file = write(&dir, "units.csv", text);
    let before = app.count("units").await;
    let output = pamoja(&app.url, &["import", "units", &file, "--skip-invalid"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        stderr_lines(&output),
        [
            format!("{file}:2:4: parent: RW-99 is not registered (a parent must exist or come earlier in the file)"),
            format!("{file}:3:1: code: RW-19 appears twice in the file"),
            format!("{file}:4:4: parent: RW-19 is not registered (a parent must exist or come earlier in the file)"),
        ]
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), format!("{file}: 1 new, 0 updated, 3 rows skipped"));
    assert_eq!(app.count("units").await, before + 1);
}

#[tokio::test]
async fn a_first_import_sets_a_level_first_named_past_the_first_chunk_and_logs_the_levels_once() {
    let (fresh, fresh_url) = fresh_db().await;
    let dir = workdir();
    // A country, more provinces than a chunk holds, then one district: "district" is first
    // named in the second chunk.
    let provinces = service::registry_files::CHUNK + 1;
    let mut text = "code,name,level,parent\nXX,Country,country,\n".to_owned();
    for i in 1..=provinces {
        text.push_str(&format!("XX-P{i},Province {i},province,XX\n"));
    }
    text.push_str("XX-P1-D,District,district,XX-P1\n");
    let file = write(&dir, "units.csv", &text);
    let output = pamoja(&fresh_url, &["import", "units", &file]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), format!("{file}: {} new, 0 updated, 0 rows skipped", provinces + 2));
    assert_eq!(store::registry::units::levels(&fresh).await.unwrap(), ["country", "province", "district"]);
    let logged = store::counts_by(&fresh, "audit_log", "what").await.unwrap();
    assert!(logged.contains(&("unit levels set".to_owned(), 1)), "{logged:?}");
}

const KINDS: [&str; 6] = ["units", "schools", "clusters", "people", "posts", "results"];

/// Exports every kind from one database, imports them into a fresh one, exports again, and
/// compares: the files must be identical.
async fn round_trip(extension: &str) {
    let app = spawn_app().await;
    let dir = workdir();
    let (fresh, fresh_url) = fresh_db().await;
    // Programmes are configuration, not registry files: the new system has them first.
    let all = domain::Access::everything();
    for setup in &app.data.programmes {
        store::programmes::write(&fresh, &all, &setup.programme, false).await.unwrap();
    }
    for kind in KINDS {
        let first = dir.join(format!("{kind}-1.{extension}")).display().to_string();
        let output = pamoja(&app.url, &["export", kind, &first]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let output = pamoja(&fresh_url, &["import", kind, &first]);
        assert!(output.status.success(), "importing {first}: {}", String::from_utf8_lossy(&output.stderr));
    }
    for kind in KINDS {
        let (first, second) = (dir.join(format!("{kind}-1.{extension}")), dir.join(format!("{kind}-2.{extension}")));
        assert!(pamoja(&fresh_url, &["export", kind, &second.display().to_string()]).status.success());
        let (a, b) = (formats::Table::read(&first).unwrap(), formats::Table::read(&second).unwrap());
        assert_eq!(a.header, b.header);
        let rows = |t: &formats::Table| t.rows.iter().map(|(_, r)| r.clone()).collect::<Vec<_>>();
        assert_eq!(rows(&a), rows(&b), "{kind} differ after a round trip");
        assert!(!a.rows.is_empty(), "{kind} exported something");
    }
    assert_eq!(app.count("posts").await, store::table_counts(&fresh).await.unwrap().into_iter().find(|(t, _)| *t == "posts").unwrap().1);
    // Importing the same file again changes nothing.
    let output = pamoja(&fresh_url, &["import", "people", &dir.join(format!("people-1.{extension}")).display().to_string()]);
    assert!(String::from_utf8_lossy(&output.stdout).contains(" 0 new, "), "{}", String::from_utf8_lossy(&output.stdout));
}

#[tokio::test]
async fn exporting_then_importing_csv_gives_back_the_same_data() {
    round_trip("csv").await;
}

#[tokio::test]
async fn exporting_then_importing_xlsx_gives_back_the_same_data() {
    round_trip("xlsx").await;
}

#[tokio::test]
async fn an_export_can_be_limited_to_a_unit() {
    let app = spawn_app().await;
    let dir = workdir();
    let file = dir.join("schools.csv");
    assert!(pamoja(&app.url, &["export", "schools", &file.display().to_string(), "--unit", "RW-1101"]).status.success());
    let table = formats::Table::read(&file).unwrap();
    assert_eq!(table.rows.len(), 4);
    assert!(table.rows.iter().all(|(_, r)| r[2] == "RW-1101"));
}

#[tokio::test]
async fn cop_life_exports_one_row_per_meeting_attendance_record_and_action_point() {
    let app = spawn_app().await;
    pamoja::commands::year::write(&app.db, &app.data, 7).await.unwrap();
    let dir = workdir();
    let admin = app.token("admin").await;
    // The year 2025-26's: the PLCs' year before is not in it.
    let (_, listed) = app.get(&admin, "/api/v1/meetings?unit=RW-11&per_page=1&from=2025-09-08&to=2026-07-17").await;
    for (kind, extension) in [("meetings", "csv"), ("attendance", "xlsx"), ("action-points", "csv")] {
        let file = dir.join(format!("{kind}.{extension}"));
        let output = pamoja(&app.url, &["export", kind, &file.display().to_string(), "--unit", "RW-11", "--year", "2025-26"]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let table = formats::Table::read(&file).unwrap();
        assert_eq!(table.header, formats::life::LifeKind::ALL.iter().find(|k| k.slug() == kind).unwrap().columns());
        if kind == "meetings" {
            assert_eq!(table.rows.len() as u64, listed["total"].as_u64().unwrap());
            assert!(table.rows.iter().all(|(_, r)| r[5].starts_with("/RW/RW-1/RW-11/")), "only the district's meetings");
            // Its PLCs' meetings are there too, told apart by their kind.
            let kinds: std::collections::BTreeSet<&str> = table.rows.iter().map(|(_, r)| r[3].as_str()).collect();
            assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["cop", "district-plc", "sector-plc"]);
        } else {
            assert!(!table.rows.is_empty());
        }
    }
    let output = pamoja(
        &app.url,
        &["export", "meetings", &dir.join("none.csv").display().to_string(), "--from", "2026-08-01", "--to", "2026-08-31"],
    );
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("wrote 0 rows of meetings (2026-08-01 to 2026-08-31)"));
}

/// Issue 10: "A CLI import run while the server records meetings fails with `(code: 517)
/// database is locked`." The import now waits its turn for the file's write lock.
#[tokio::test]
async fn a_cli_import_beside_a_server_recording_meetings_waits_its_turn() {
    let app = spawn_app().await;
    let dir = workdir();
    let file = dir.join("people.csv").display().to_string();
    assert!(pamoja(&app.url, &["export", "people", &file]).status.success());
    // Every person renamed: an import that writes every row.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap().to_owned();
    let name_at = header.split(',').position(|c| c == "name").expect("a name column");
    let renamed: Vec<String> = lines
        .map(|l| {
            let mut cells: Vec<String> = l.split(',').map(str::to_owned).collect();
            cells[name_at] = format!("{} B", cells[name_at]);
            cells.join(",")
        })
        .collect();
    std::fs::write(&file, format!("{header}\n{}\n", renamed.join("\n"))).unwrap();

    let ht = app.token("ht").await;
    let (_, cops) = app.get(&ht, "/api/v1/cops?per_page=100").await;
    let cop = cops["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, members) = app.get(&ht, &format!("/api/v1/cops/{cop}/members")).await;
    let facilitator = members[0]["person"].as_str().unwrap().to_owned();
    let url = app.url.clone();
    let import = tokio::task::spawn_blocking(move || pamoja(&url, &["import", "people", &file]));
    let mut recorded = 0;
    let days = (0..40).map(|d| chrono::NaiveDate::from_ymd_opt(2025, 9, 15).unwrap() + chrono::Duration::days(d));
    for day in days.filter(|d| chrono::Datelike::weekday(d).number_from_monday() <= 5) {
        let body = serde_json::json!({"held_on": day.to_string(), "modality": "in-person", "facilitator": facilitator,
            "agenda": [{"challenge": "Reading"}], "formats": ["whole-group"], "attendance": [{"person": facilitator, "status": "present"}]});
        let (status, answer) = app.post(&ht, &format!("/api/v1/cops/{cop}/meetings"), body).await;
        assert_eq!(status, reqwest::StatusCode::OK, "{answer}");
        recorded += 1;
    }
    let output = import.await.unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && !stderr.contains("locked"), "{stderr}");
    assert_eq!(app.count("meetings").await, recorded);
    let (_, person) = app.get(&app.token("admin").await, &format!("/api/v1/people/{}", members[0]["person"].as_str().unwrap())).await;
    assert!(person["name"].as_str().unwrap().ends_with(" B"), "{person}");
}

#[test]
fn a_demo_day_still_to_come_or_before_the_demo_s_posts_is_refused_before_anything_is_written() {
    let dir = workdir();
    for day in ["2999-01-01", "2024-12-31"] {
        let db = dir.join(format!("demo-{day}.sqlite")).display().to_string();
        let output = crate::helpers::pamoja_offline(&["demo", "--scale", "small", "--no-serve", "--db", &db, "--today", day]);
        assert!(!output.status.success(), "{day} was refused");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(&format!("--today {day}: use a day from 2025-01-07 to today")), "{stderr}");
        assert!(!std::path::Path::new(&db).exists(), "no database was made for {day}");
    }
}

/// Issue 11: the same CoP-life tables downloaded from the pages, as CSV or XLSX, within the
/// viewer's scope: a head teacher's are their school's meetings, whatever unit they ask for.
#[tokio::test]
async fn cop_life_downloads_from_the_pages_keep_to_the_viewers_scope() {
    let app = spawn_app().await;
    pamoja::commands::year::write(&app.db, &app.data, 7).await.unwrap();
    let dir = workdir();
    let school = app.school_of("ht");
    let ht = app.token("ht").await;
    let (_, listed) = app.get(&ht, "/api/v1/meetings?per_page=1&from=2025-09-01&to=2026-08-31").await;
    let (cookie, _) = app.session("ht").await;
    let fetch = |path: String| {
        let (app, cookie) = (&app, &cookie);
        async move { crate::helpers::pages_client().get(app.url(&path)).header(reqwest::header::COOKIE, cookie.as_str()).send().await.unwrap() }
    };
    let csv = fetch("/exports/meetings.csv?unit=RW&year=2025-26".into()).await;
    assert_eq!(csv.status(), reqwest::StatusCode::OK);
    assert_eq!(csv.headers()[reqwest::header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let file = dir.join("meetings.csv");
    std::fs::write(&file, csv.bytes().await.unwrap()).unwrap();
    let table = formats::Table::read(&file).unwrap();
    assert_eq!(table.rows.len() as u64, listed["total"].as_u64().unwrap(), "the HT's meetings of the year, no more");
    // Their school's CoPs' meetings, and their sector PLC's, which they belong to.
    assert!(table.rows.iter().all(|(_, r)| r[6] == school || r[3] == "sector-plc"), "only the HT's school and PLC");
    assert!(table.rows.iter().any(|(_, r)| r[3] == "sector-plc"), "their PLC's meetings");
    let xlsx = fetch("/exports/action-points.xlsx?year=2025-26&term=1".into()).await;
    assert_eq!(xlsx.status(), reqwest::StatusCode::OK);
    let file = dir.join("points.xlsx");
    std::fs::write(&file, xlsx.bytes().await.unwrap()).unwrap();
    let points = formats::Table::read(&file).unwrap();
    assert_eq!(points.header, formats::life::LifeKind::ActionPoints.columns());
    assert!(points.rows.iter().all(|(_, r)| ("2025-09-08".."2025-12-20").contains(&r[3].as_str())), "held in term 1");
    // A period that cannot be read is refused with why, in the reader's language, not answered
    // with the default period's rows.
    let bad = crate::helpers::pages_client()
        .get(app.url("/exports/meetings.csv?from=2026-13-01"))
        .header(reqwest::header::COOKIE, format!("{cookie}; pamoja_lang=fr"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    let text = bad.text().await.unwrap();
    assert!(text.contains("Cette période est illisible") && text.contains("from : &#34;2026-13-01&#34; n&#39;est pas une date"), "{text}");
    let (_, term) = app.page(&cookie, "/exports/meetings.csv?year=2025-26&term=first").await;
    assert!(term.contains("term: first is not a term number"), "{term}");
    assert_eq!(fetch("/exports/salaries.csv".into()).await.status(), reqwest::StatusCode::NOT_FOUND);
    assert_eq!(fetch("/exports/meetings.pdf".into()).await.status(), reqwest::StatusCode::NOT_FOUND);
}
