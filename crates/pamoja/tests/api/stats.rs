//! `pamoja stats` on real files: the JSON matches the scipy/statsmodels fixtures, and bad input
//! is refused with the column and line to fix.

use crate::helpers::pamoja_offline;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(name: &str, case: &str) -> Value {
    let path = format!("{}/../stats/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    cases.into_iter().find(|c| c["name"] == case).unwrap_or_else(|| panic!("no fixture {name}/{case}"))
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => "NA".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes columns (name, values) as a CSV file in a fresh directory.
fn csv(name: &str, columns: &[(&str, &Value)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pamoja-stats-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.csv"));
    let len = columns[0].1.as_array().unwrap().len();
    let mut text = columns.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(",") + "\n";
    for i in 0..len {
        text += &(columns.iter().map(|(_, v)| cell(&v[i])).collect::<Vec<_>>().join(",") + "\n");
    }
    std::fs::write(&path, text).unwrap();
    path
}

fn run_json(args: &[&str]) -> Value {
    let out = pamoja_offline(&[&["stats", "--json"], args].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn run_err(args: &[&str]) -> String {
    let out = pamoja_offline(&[&["stats"], args].concat());
    assert!(!out.status.success(), "expected a refusal: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stderr).unwrap()
}

#[track_caller]
fn close(got: &Value, want: &Value, rel: f64) {
    let (g, w) = (got.as_f64().unwrap(), want.as_f64().unwrap());
    assert!((g - w).abs() <= rel * w.abs() + 1e-15, "{g} vs {w}");
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn corr_json_matches_scipy_with_missing_values_left_out() {
    let case = fixture("corr", "spearman_missing_values");
    let file = csv("corr", &[("facilitation", &case["x"]), ("impact", &case["y"])]);
    let v = run_json(&["corr", path(&file), "--method", case["method"].as_str().unwrap(), "--x", "facilitation", "--y", "impact"]);
    assert_eq!(v["test"], "corr");
    assert_eq!(v["n"], case["expect"]["n"]);
    close(&v["statistic"], &case["expect"]["statistic"], 1e-12);
    close(&v["p_value"], &case["expect"]["p_value"], 1e-10);
    let dropped =
        case["x"].as_array().unwrap().iter().zip(case["y"].as_array().unwrap()).filter(|(a, b)| a.is_null() || b.is_null()).count();
    assert_eq!(v["missing"], serde_json::json!({ "rule": "listwise", "dropped": dropped }));
}

#[test]
fn ols_json_gives_each_coefficient_as_statsmodels_does() {
    let case = fixture("ols", "cluster_12");
    let x = &case["x"];
    let file = csv("ols", &[("y", &case["y"]), ("x1", &x["x1"]), ("x2", &x["x2"]), ("x3", &x["x3"]), ("school", &case["cluster"])]);
    assert_eq!(case["x_order"], serde_json::json!(["x1", "x2", "x3"]));
    let v = run_json(&["ols", path(&file), "--y", "y", "--x", "x1,x2,x3", "--cluster", "school"]);
    let (got, want) = (v["coefficients"].as_array().unwrap(), case["expect"]["coefficients"].as_array().unwrap());
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g["name"], w["name"]);
        for field in ["estimate", "std_error", "t"] {
            close(&g[field], &w[field], 1e-12);
        }
        close(&g["p_value"], &w["p_value"], 1e-10);
    }
    assert_eq!((v["std_errors"].as_str(), v["clusters"].as_u64()), (Some("cluster-robust (CR1)"), Some(12)));
}

#[test]
fn mwu_json_reports_u1_the_spss_u_and_z() {
    let case = fixture("mwu", "likert_40v50");
    let groups: Vec<Value> = case["x"]
        .as_array()
        .unwrap()
        .iter()
        .map(|_| "improved".into())
        .chain(case["y"].as_array().unwrap().iter().map(|_| "reduced".into()))
        .collect();
    let values: Vec<Value> = case["x"].as_array().unwrap().iter().chain(case["y"].as_array().unwrap()).cloned().collect();
    let file = csv("mwu", &[("helpful", &Value::from(values)), ("quality", &Value::from(groups))]);
    let v = run_json(&["mwu", path(&file), "--value", "helpful", "--group", "quality"]);
    for field in ["u1", "u_min", "z"] {
        close(&v[field], &case["expect"][field], 1e-12);
    }
    close(&v["statistic"], &case["expect"]["u1"], 1e-12);
    close(&v["p_value"], &case["expect"]["p_value"], 1e-10);
    assert_eq!((v["group1"].as_str(), v["method"].as_str()), (Some("improved"), Some("asymptotic")));
}

#[test]
fn a_word_in_a_numeric_column_is_refused_with_its_line_and_column() {
    let file = csv("bad", &[("a", &serde_json::json!([1, 2, "three", 4])), ("b", &serde_json::json!([2, 4, 5, 9]))]);
    let err = run_err(&["corr", path(&file), "--x", "a", "--y", "b"]);
    assert!(err.contains("bad.csv:4:1: column 'a': 'three' is not a number"), "{err}");
}

#[test]
fn an_unknown_column_a_constant_column_and_too_few_rows_are_each_named() {
    let file = csv(
        "edge",
        &[("a", &serde_json::json!([1, 2, 3, null])), ("k", &serde_json::json!([5, 5, 5, 5])), ("b", &serde_json::json!([1, null, 2, 3]))],
    );
    let err = run_err(&["corr", path(&file), "--x", "a", "--y", "impact"]);
    assert!(err.contains("no column 'impact'; the columns are: a, k, b"), "{err}");
    let err = run_err(&["corr", path(&file), "--x", "a", "--y", "k"]);
    assert!(err.contains("column 'k' is constant (every value is 5)"), "{err}");
    let err = run_err(&["corr", path(&file), "--method", "spearman", "--x", "a", "--y", "b"]);
    assert!(err.contains("needs at least 3 complete rows, and 2 remain"), "{err}");
    assert!(!err.to_lowercase().contains("nan") && !err.contains("panicked"), "{err}");
}

#[test]
fn the_readable_table_shows_the_figures() {
    let case = fixture("alpha", "likert_5_items_n60");
    let cols: Vec<Value> =
        (0..5).map(|j| Value::from(case["items"].as_array().unwrap().iter().map(|r| r[j].clone()).collect::<Vec<_>>())).collect();
    let names = ["i1", "i2", "i3", "i4", "i5"];
    let file = csv("alpha", &names.iter().zip(&cols).map(|(n, c)| (*n, c)).collect::<Vec<_>>());
    let out = pamoja_offline(&["stats", "alpha", path(&file), "--items", "i1,i2,i3,i4,i5"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let alpha = case["expect"]["alpha"].as_f64().unwrap();
    assert!(text.contains(&format!("alpha                    {}", format!("{alpha:.6}").trim_end_matches('0'))), "{text}");
    assert!(text.contains("missing                  rule listwise, dropped 0"), "{text}");
}
