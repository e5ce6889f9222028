//! Survey rounds, responses imported from files, the instruments as XLSForm, and the study's
//! report on the demo's samples.

use crate::helpers::{pamoja, pamoja_offline, spawn_app};
use analysis::Cell;
use domain::Access;
use domain::survey::RoundKind;

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
    // what the report covers; none of the English sentences and no message's bare name. (The
    // rows of Tables 3–5 are the instrument's own item and choice labels.)
    for (lang, table6, missing, covers) in [
        ("fr", "<h2>Tableau 6", "<dt>Données manquantes</dt>", "enseignants dans"),
        ("sw", "<h2>Jedwali la 6", "<dt>Data zinazokosekana</dt>", "walimu"),
        ("rw", "<h2>Imbonerahamwe ya 6", "<dt>Amakuru abura</dt>", "abarimu"),
    ] {
        let (status, study) = app.page(&format!("{researcher}; pamoja_lang={lang}"), "/study?round=baseline").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(study.contains(table6) && study.contains(missing) && study.contains(covers), "{lang}: {study}");
        for english in
            ["Spearman's rank correlation", "Missing data", "Listwise: a respondent", "School-based CoPs", "teachers in", "Table "]
        {
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
fn each_instrument_exports_as_an_xlsform_that_pyxform_converts() {
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
    }
}
