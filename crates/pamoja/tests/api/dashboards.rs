//! The place page as a dashboard people can use (issue 11): a period picker, a breadcrumb, the
//! change since the period before, the places below ranked by any KPI with the lowest marked,
//! and a print view. Each figure is checked against the API's KPIs for the same periods.

use crate::helpers::spawn_app;
use reqwest::StatusCode;
use serde_json::Value;

/// A KPI's headline share from `/api/v1/kpis`.
fn share(dash: &Value, kpi: &str) -> f64 {
    let k = dash["kpis"].as_array().unwrap().iter().find(|k| k["kpi"] == kpi).unwrap_or_else(|| panic!("no {kpi}"));
    k["parts"][0]["value"].as_f64().unwrap()
}

/// The text of the table cell after the first cell holding `label`.
fn cell_after<'a>(html: &'a str, label: &str, skip: usize) -> &'a str {
    let row = html.split("<tr>").find(|r| r.contains(&format!("<td>{label}</td>"))).unwrap_or_else(|| panic!("no row {label}"));
    let cells: Vec<&str> = row.split("<td class=\"n\">").skip(1).map(|c| c.split("</td>").next().unwrap()).collect();
    cells[skip]
}

#[tokio::test]
async fn a_place_page_takes_any_period_compares_with_the_one_before_and_ranks_by_any_kpi() {
    let app = spawn_app().await;
    pamoja::commands::year::write(&app.db, &app.data, 7).await.unwrap();
    let admin = app.token("admin").await;
    let (cookie, _) = app.session("admin").await;

    // Term 2 of 2025-26, with term 1 before it.
    let (status, html) = app.page(&cookie, "/places/RW-11?year=2025-26&term=2").await;
    assert_eq!(status, StatusCode::OK);
    let (_, now) = app.get(&admin, "/api/v1/kpis?unit=RW-11&year=2025-26&term=2").await;
    let (_, before) = app.get(&admin, "/api/v1/kpis?unit=RW-11&year=2025-26&term=1").await;
    // The change column: (term 2 share − term 1 share) in whole percentage points.
    let points = (100.0 * (share(&now, "meetings-held") - share(&before, "meetings-held"))).round() as i64;
    let shown = cell_after(&html, "Meetings held of those planned", 3);
    let expected = match points {
        p if p > 0 => format!("+{p}"),
        p if p < 0 => format!("−{}", -p),
        _ => "0".to_owned(),
    };
    assert_eq!(shown, expected, "term 2 minus term 1 of meetings held");
    assert!(
        html.contains("Change in percentage points from the period before (8 Sep 2025 to 19 Dec 2025)."),
        "term 1 is the period before"
    );
    // A period the page cannot read is said in the reader's language, and this term shown.
    let (status, fr) = app.page(&format!("{cookie}; pamoja_lang=fr"), "/places/RW-11?from=2026-13-01").await;
    assert_eq!(status, StatusCode::OK);
    assert!(fr.contains("from : &#34;2026-13-01&#34; n&#39;est pas une date"), "{fr}");
    // The breadcrumb: the country and the province above the district, each a link for the admin.
    assert!(html.contains(r#"<a href="/places/RW">"#) && html.contains(r#"<a href="/places/RW-1">"#), "a link up to each level");

    // Ranked by attendance: the first row is the API's bright spot, the last is marked lowest.
    let (_, html) = app.page(&cookie, "/places/RW-11?year=2025-26&term=2&rank=attendance-rate").await;
    let (_, drill) = app.get(&admin, "/api/v1/kpis/attendance-rate?unit=RW-11&year=2025-26&term=2").await;
    let children = drill["children"].as_array().unwrap();
    let ranked: Vec<&Value> = children.iter().filter(|c| c["rank"].is_u64()).collect();
    assert!(ranked.len() >= 2, "sectors to rank: {drill}");
    // The places ranked are the KPI section's last table (the middle tier's section follows it).
    let kpis = html.split("<section aria-labelledby=\"middle-tier\">").next().unwrap();
    let body = kpis.split("<tbody>").last().unwrap();
    let first_row = body.split("</tr>").next().unwrap();
    assert!(first_row.contains(ranked[0]["place"]["name"].as_str().unwrap()), "{first_row}");
    let lowest = ranked.last().unwrap()["place"]["name"].as_str().unwrap();
    let marked = body.split("</tr>").find(|r| r.contains("<mark>lowest</mark>")).expect("a row marked lowest");
    assert!(marked.contains(lowest), "{marked} is the lowest, {lowest}");
    assert!(html.contains(r#"<option value="attendance-rate" selected>"#));

    // Dates instead of a term: the heading says the range.
    let (_, html) = app.page(&cookie, "/places/RW-11?from=2025-10-01&to=2025-10-31").await;
    assert!(html.contains("1 Oct 2025 to 31 Oct 2025"), "the chosen range heads the figures");
    // A period that cannot be read: said, and this term shown instead, not a failure.
    let (status, html) = app.page(&cookie, "/places/RW-11?from=2025-13-01").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("That period could not be shown (from:"), "the problem is named");
    let (status, html) = app.page(&cookie, "/places/RW-11?year=1999-00").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("That period could not be shown"), "an unknown year is named");

    // The print view: the figures without the top bar, the forms or the footer.
    let (_, html) = app.page(&cookie, "/places/RW-11?year=2025-26&term=2&print=1").await;
    assert!(html.contains("Meetings held of those planned"));
    assert!(!html.contains("<form") && !html.contains(r#"class="top""#) && !html.contains("<footer"), "nothing but the content");
}

#[tokio::test]
async fn a_district_official_sees_the_places_above_named_but_not_linked() {
    let app = spawn_app().await;
    let (cookie, _) = app.session("deo").await;
    let (_, html) = app.page(&cookie, "/places/RW-11").await;
    let crumbs = html.split(r#"class="crumbs""#).nth(1).expect("a breadcrumb").split("</nav>").next().unwrap();
    assert!(!crumbs.contains("href="), "the DEO reads the country's and province's names, not their pages: {crumbs}");
    assert!(crumbs.contains("<li>"), "{crumbs}");
}
