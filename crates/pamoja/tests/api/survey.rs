//! Survey rounds, responses imported from files, the instruments as XLSForm, and the study's
//! report on the demo's samples.

use crate::helpers::{pamoja, pamoja_offline, spawn_app};
use analysis::Cell;
use domain::Access;
use domain::survey::RoundKind;
use std::collections::BTreeMap;

fn dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("pamoja-survey-{}-{name}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[tokio::test]
async fn the_report_renders_every_table_on_the_demo_samples() {
    let app = spawn_app().await;
    let written = pamoja::commands::survey::write_demo(&app.db, &app.data, 7).await.unwrap();
    assert!(written > 0);
    let report = service::study::tlt(&app.db, &Access::everything(), RoundKind::Baseline, None, words::Tr::default())
        .await
        .unwrap()
        .expect("baseline responses");
    let ids: Vec<&str> = report.sections.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "table-3",
        "table-4",
        "table-5",
        "reliability",
        "table-6",
        "table-7",
        "table-8",
        "table-9",
        "table-10",
        "whatsapp",
        "prior-experience",
        "waves-did-school-based",
    ] {
        assert!(ids.contains(&id), "no section {id} in {ids:?}");
    }
    for s in &report.sections {
        assert!(
            !s.test.is_empty() && !s.method.is_empty() && !s.missing.is_empty(),
            "{}: every table states its test, method and missing-data rule",
            s.id
        );
        assert!(s.missing.contains("left out"), "{}: {}", s.id, s.missing);
        for row in &s.rows {
            for cell in row {
                if let Cell::Figure(x) | Cell::P(x) | Cell::Share(x) = cell {
                    assert!(x.is_finite(), "{}: a non-finite figure", s.id);
                }
            }
        }
    }
    // Table 6 by an independent route: each teacher's mean of fac_1..5 and imp_1..10 read from
    // the respondents directly, then Spearman's ρ.
    let respondents = store::surveys::respondents(&app.db, &Access::everything(), "BLF-baseline").await.unwrap();
    let mean = |r: &domain::survey::Respondent, prefix: &str, n: usize| -> Option<f64> {
        let v: Option<Vec<f64>> = (1..=n).map(|i| r.answer("cop-survey", &format!("{prefix}_{i}"))?.parse().ok()).collect();
        v.map(|v| v.iter().sum::<f64>() / n as f64)
    };
    let fac: Vec<Option<f64>> = respondents.iter().map(|r| mean(r, "fac", 5)).collect();
    let imp: Vec<Option<f64>> = respondents.iter().map(|r| mean(r, "imp", 10)).collect();
    let rho = stats::corr::correlate(stats::corr::Method::Spearman, stats::Var::new("f", &fac), stats::Var::new("i", &imp)).unwrap();
    let table6 = report.sections.iter().find(|s| s.id == "table-6").unwrap();
    assert_eq!(table6.rows[0][2], Cell::Figure(rho.statistic), "{:?}", table6.rows[0]);
    assert!(rho.statistic > 0.4, "the planted facilitation-impact relationship shows: {}", rho.statistic);

    for format in ["md", "html", "json"] {
        let out = pamoja(&app.url, &["analyze", "tlt", "--round", "baseline", "--format", format]);
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Table 10") && !text.contains("NaN"), "{format}");
    }
    // The page, scoped as the API is: the researcher sees every school, a head teacher theirs.
    let researcher = app.token("researcher").await;
    let page = app.client_get(&researcher, "/api/v1/analyses/tlt?round=baseline").await;
    assert!(page.contains("<h2>Table 6: perceived CoP impact and facilitation</h2>") && !page.contains("<script"), "{page}");
    let ht = app.token("ht").await;
    let (status, json) = app.get(&ht, "/api/v1/analyses/tlt?round=baseline&format=json").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert!(json["covers"].as_str().unwrap().contains("in 1 school)"), "{}", json["covers"]);
    // A teacher may not: a report over a few colleagues' answers would all but name them.
    let teacher = app.token("teacher").await;
    assert_eq!(app.get(&teacher, "/api/v1/analyses/tlt?round=baseline&format=json").await.0, reqwest::StatusCode::FORBIDDEN);
    let (teacher_session, _) = app.session("teacher").await;
    assert_eq!(app.page(&teacher_session, "/study").await.0, reqwest::StatusCode::FORBIDDEN);
    let (status, _) = app.get(&ht, "/api/v1/analyses/tlt?round=sometime").await;
    assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    // The same report with the session, linked from the researcher's home, not the HT's; its
    // headings name what they test, not the seed they come from.
    let (researcher, _) = app.session("researcher").await;
    let (_, home) = app.page(&researcher, "/").await;
    assert!(home.contains("href=\"/study\""), "the researcher's home links the report");
    let (status, study) = app.page(&researcher, "/study?round=baseline").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert!(study.contains("<h2>Table 6: perceived CoP impact and facilitation</h2>") && !study.contains("<script"), "{study}");
    let headings: Vec<&str> = study.split("<h2>").skip(1).filter_map(|h| h.split("</h2>").next()).collect();
    assert!(headings.len() >= 12 && headings.iter().all(|h| !h.to_lowercase().contains("seed")), "{headings:?}");
    // In the reader's language: every heading, test, method, column and note of the tables, and
    // what the report covers, and the rows of Tables 3–5 in the instrument's own translation
    // (its `label::…` columns); none of the English sentences and no message's bare name.
    for (lang, table6, missing, covers, option) in [
        ("fr", "<h2>Tableau 6", "<dt>Données manquantes</dt>", "enseignants dans", "<td>Discussion en grand groupe</td>"),
        ("sw", "<h2>Jedwali la 6", "<dt>Data zinazokosekana</dt>", "walimu", "<td>Majadiliano ya kundi zima</td>"),
        ("rw", "<h2>Imbonerahamwe ya 6", "<dt>Amakuru abura</dt>", "abarimu", "<td>Ibiganiro mu itsinda ryose</td>"),
    ] {
        let (status, study) = app.page(&format!("{researcher}; pamoja_lang={lang}"), "/study?round=baseline").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(study.contains(table6) && study.contains(missing) && study.contains(covers) && study.contains(option), "{lang}: {study}");
        let english =
            ["Spearman's rank correlation", "Missing data", "Listwise: a respondent", "School-based CoPs", "teachers in", "Table "];
        for english in english.into_iter().chain(["Whole-group discussion", "Who leads or organises"]) {
            assert!(!study.contains(english), "{lang}: {english:?} is left in English");
        }
        assert!(!study.contains("tlt-"), "{lang}: a message's bare name");
    }
    let (ht_session, _) = app.session("ht").await;
    let (_, ht_home) = app.page(&ht_session, "/").await;
    assert!(!ht_home.contains("href=\"/study\""), "a head teacher's home does not link the study");
    let (_, none) = app.page(&researcher, "/study?round=midline").await;
    assert!(none.contains("No teacher in the schools you can see has answered this round yet: Midline."), "{none}");

    let xlsx = dir("report").join("tlt.xlsx");
    let out = pamoja(&app.url, &["analyze", "tlt", "--format", "xlsx", "--out", xlsx.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::metadata(&xlsx).unwrap().len() > 5000);
}

#[tokio::test]
async fn responses_import_from_a_kobo_export_and_bad_cells_are_named() {
    let app = spawn_app().await;
    let out = pamoja(
        &app.url,
        &[
            "survey",
            "add-round",
            "--code",
            "RW-BL",
            "--name",
            "Baseline",
            "--programme",
            "BLF",
            "--kind",
            "baseline",
            "--date",
            "2025-11-17",
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let school = app.school_of("ht");
    let teacher = app
        .data
        .posts
        .iter()
        .find(|p| p.role == domain::Role::Teacher && matches!(&p.place, domain::PlaceRef::School(s) if s.as_str() == school))
        .map(|p| p.person.as_str().to_owned())
        .unwrap();
    let d = dir("kobo");
    let good = d.join("kobo.csv");
    std::fs::write(&good, format!("_uuid,teacher_code,school_code,governance/fac_1,content_dialogue/imp_1,content_dialogue/formats\nu1,{teacher},{school},4,5,pairs whole_group\n")).unwrap();
    let out = pamoja(&app.url, &["survey", "import", "--round", "RW-BL", "--instrument", "cop-survey", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rs = store::surveys::respondents(&app.db, &Access::everything(), "RW-BL").await.unwrap();
    assert_eq!(rs.len(), 1);
    assert_eq!((rs[0].answer("cop-survey", "fac_1"), rs[0].answer("cop-survey", "formats")), (Some("4"), Some("pairs whole_group")));

    let bad = d.join("bad.csv");
    std::fs::write(&bad, format!("teacher_code,school_code,fac_1\n{teacher},{school},7\nNOBODY,{school},3\n")).unwrap();
    let out = pamoja(&app.url, &["survey", "import", "--round", "RW-BL", "--instrument", "cop-survey", bad.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(err.contains("bad.csv:2:3: fac_1: '7' is not one of: 1, 2, 3, 4, 5"), "{err}");
    let unknown = d.join("unknown.csv");
    std::fs::write(&unknown, format!("teacher_code,school_code,fac_1\nNOBODY,{school},3\n")).unwrap();
    let out = pamoja(&app.url, &["survey", "import", "--round", "RW-BL", "--instrument", "cop-survey", unknown.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("unknown.csv:2:1: teacher_code: NOBODY is not registered") && err.contains("nothing was written"), "{err}");
    // The first file's answer is still there, unchanged.
    let rs = store::surveys::respondents(&app.db, &Access::everything(), "RW-BL").await.unwrap();
    assert_eq!(rs[0].answer("cop-survey", "fac_1"), Some("4"));
}

#[test]
fn each_instrument_exports_as_an_xlsform_in_four_languages_that_pyxform_converts() {
    let d = dir("xlsform");
    for code in ["cop-survey", "tses", "kap"] {
        let xlsx = d.join(format!("{code}.xlsx"));
        let out = pamoja_offline(&["survey", "xlsform", code, xlsx.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let xml = d.join(format!("{code}.xml"));
        let script = "import sys; from pyxform.xls2xform import convert; r = convert(xlsform=sys.argv[1], validate=False); open(sys.argv[2], 'w').write(r.xform)";
        let py =
            std::process::Command::new("python3").args(["-c", script, xlsx.to_str().unwrap(), xml.to_str().unwrap()]).output().unwrap();
        assert!(py.status.success(), "{code}: {}", String::from_utf8_lossy(&py.stderr));
        let form = std::fs::read_to_string(&xml).unwrap();
        assert!(form.contains("teacher_code") && form.contains("<h:html"), "{code}");
        // In the four languages, English the default, as ODK Collect offers them.
        for lang in
            ["lang=\"English (en)\" default=\"true()\"", "lang=\"Français (fr)\"", "lang=\"Kiswahili (sw)\"", "lang=\"Ikinyarwanda (rw)\""]
        {
            assert!(form.contains(&format!("<translation {lang}>")), "{code}: {lang}");
        }
    }
}

/// A table written with semicolons, as Kobo and a French-locale Excel write it.
fn with_semicolons(table: &formats::Table) -> String {
    let cell = |c: &str| if c.contains([';', '"', '\n']) { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.to_owned() };
    let line = |cells: &[String]| cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";") + "\n";
    std::iter::once(line(&table.header)).chain(table.rows.iter().map(|(_, r)| line(r))).collect()
}

/// The same export shaped as KoboToolbox writes one: each CoP-survey item under its group's
/// path (`governance/fac_1`), Kobo's metadata columns, and a 0/1 column per option of a
/// select_multiple, beside the space-separated answer or (`options_only`) instead of it.
fn kobo_shaped(table: &formats::Table, options_only: bool) -> formats::Table {
    let cop = formats::instrument::get("cop-survey").unwrap();
    let mut header = vec!["_id".to_owned(), "_uuid".to_owned(), "_submission_time".to_owned()];
    let mut extra: Vec<(usize, String)> = Vec::new();
    for (i, name) in table.header.iter().enumerate() {
        match cop.item(name).filter(|item| item.area != "identification") {
            Some(item) => {
                let multiple = matches!(item.kind, domain::survey::ItemType::SelectMultiple(_));
                if !(options_only && multiple) {
                    header.push(format!("{}/{name}", item.area));
                }
                if let domain::survey::ItemType::SelectMultiple(list) = &item.kind {
                    for choice in &cop.choices[list] {
                        header.push(format!("{}/{name}/{}", item.area, choice.name));
                        extra.push((i, choice.name.clone()));
                    }
                }
            }
            None => header.push(name.clone()),
        }
    }
    let rows = table
        .rows
        .iter()
        .map(|(line, cells)| {
            let mut out = vec![line.to_string(), format!("uuid-{line}"), "2025-11-17T09:30:00".to_owned()];
            for (i, c) in cells.iter().enumerate() {
                if !(options_only && extra.iter().any(|(at, _)| *at == i)) {
                    out.push(c.clone());
                }
                for (at, option) in extra.iter().filter(|(at, _)| *at == i) {
                    let chosen = cells[*at].split_whitespace().any(|o| o == option);
                    out.push(if cells[*at].is_empty() { String::new() } else { u8::from(chosen).to_string() });
                }
            }
            (*line, out)
        })
        .collect();
    formats::Table { file: table.file.clone(), header, rows }
}

type Answers = BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>>;

/// The first few answers that differ, as "teacher instrument item: before → after".
fn differences(before: &Answers, after: &Answers) -> Vec<String> {
    let mut out = Vec::new();
    let empty = BTreeMap::new();
    for teacher in before.keys().chain(after.keys()).collect::<std::collections::BTreeSet<_>>() {
        let (b, a) = (before.get(teacher).unwrap_or(&empty), after.get(teacher).unwrap_or(&empty));
        for instrument in b.keys().chain(a.keys()).collect::<std::collections::BTreeSet<_>>() {
            let none = BTreeMap::new();
            let (bi, ai) = (b.get(instrument), a.get(instrument));
            if bi.is_none() != ai.is_none() {
                out.push(format!("{teacher} {instrument}: answered {} → {}", bi.is_some(), ai.is_some()));
                continue;
            }
            let (bi, ai) = (bi.unwrap_or(&none), ai.unwrap_or(&none));
            for item in bi.keys().chain(ai.keys()).collect::<std::collections::BTreeSet<_>>() {
                if bi.get(item) != ai.get(item) {
                    out.push(format!("{teacher} {instrument} {item}: {:?} → {:?}", bi.get(item), ai.get(item)));
                }
            }
        }
    }
    out.truncate(12);
    out
}

/// `survey export` then `survey import` of each instrument into a new round gives back every
/// answer, and only those who answered each instrument: on the small demo (both delivery
/// models) and the Kenya demo (treatment and control schools), as exported (commas) and as a
/// semicolon-separated KoboToolbox export of the same answers, with a select_multiple's own
/// column or with only its 0/1 column per option.
#[tokio::test]
async fn an_exported_round_imports_back_with_every_answer_as_it_was_even_as_a_semicolon_kobo_export() {
    use crate::helpers::fresh_db;
    let answers = |rs: Vec<domain::survey::Respondent>| -> Answers { rs.into_iter().map(|r| (r.teacher, r.answers)).collect() };
    for scale in [sim::Scale::Small, sim::Scale::Kenya] {
        let (db, url) = fresh_db().await;
        let data = sim::generate(scale, 7, chrono::NaiveDate::from_ymd_opt(2026, 7, 17).unwrap());
        pamoja::commands::demo::write(&db, &data).await.unwrap();
        pamoja::commands::survey::write_demo(&db, &data, 7).await.unwrap();
        let d = dir("round-trip");
        for round in store::surveys::rounds(&db).await.unwrap() {
            let exported = d.join(format!("{}.csv", round.code));
            let out = pamoja(&url, &["survey", "export", "--round", &round.code, exported.to_str().unwrap()]);
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            let table = formats::Table::read(&exported).unwrap();
            let kobo = d.join(format!("{}-kobo.csv", round.code));
            std::fs::write(&kobo, with_semicolons(&kobo_shaped(&table, false))).unwrap();
            let options = d.join(format!("{}-kobo-options.csv", round.code));
            std::fs::write(&options, with_semicolons(&kobo_shaped(&table, true))).unwrap();
            for (n, file) in [&exported, &kobo, &options].into_iter().enumerate() {
                let again = format!("{}-again-{n}", round.code);
                let kind = round.kind.as_str();
                let date = round.held_on.to_string();
                let add = [
                    "survey",
                    "add-round",
                    "--code",
                    &again,
                    "--name",
                    &again,
                    "--programme",
                    &round.programme,
                    "--kind",
                    kind,
                    "--date",
                    &date,
                ];
                assert!(pamoja(&url, &add).status.success());
                for instrument in ["cop-survey", "tses", "kap"] {
                    let out = pamoja(&url, &["survey", "import", "--round", &again, "--instrument", instrument, file.to_str().unwrap()]);
                    assert!(out.status.success(), "{}: {}", file.display(), String::from_utf8_lossy(&out.stderr));
                }
                let before = answers(store::surveys::respondents(&db, &Access::everything(), &round.code).await.unwrap());
                let after = answers(store::surveys::respondents(&db, &Access::everything(), &again).await.unwrap());
                assert!(!before.is_empty(), "{}: the demo answered", round.code);
                assert_eq!(
                    differences(&before, &after),
                    Vec::<String>::new(),
                    "{}: every answer comes back, nothing added",
                    file.display()
                );
            }
        }
    }
}

/// The report's Markdown on each demo country (seed 1, both rounds held, as `scripts/check-tlt`
/// recomputes it), kept as a reviewed snapshot in `snapshots/`: any change to a figure or a
/// word of the report shows in review (`INSTA_UPDATE=always` writes the new one to compare).
#[tokio::test]
async fn the_report_of_each_demo_country_is_its_reviewed_snapshot() {
    use crate::helpers::fresh_db;
    for (scale, country) in [(sim::Scale::Kenya, "kenya"), (sim::Scale::Rwanda, "rwanda")] {
        let (db, _) = fresh_db().await;
        let data = sim::generate(scale, 1, chrono::NaiveDate::from_ymd_opt(2026, 7, 17).unwrap());
        pamoja::commands::demo::write(&db, &data).await.unwrap();
        pamoja::commands::survey::write_demo(&db, &data, 1).await.unwrap();
        let t = words::Tr::default();
        let report = service::study::tlt(&db, &Access::everything(), RoundKind::Baseline, None, t).await.unwrap().expect("both rounds");
        insta::assert_snapshot!(format!("tlt-{country}"), analysis::render::markdown(t, &report));
    }
}
