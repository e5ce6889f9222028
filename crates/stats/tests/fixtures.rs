//! Every statistic against the committed fixtures from `scripts/stats-fixtures.py` (scipy,
//! statsmodels, scikit-learn and pingouin at pinned versions).
//!
//! Tolerances: statistics to 1e-12 relative (for a vector, relative to its largest entry);
//! p-values to 1e-10 relative, with an absolute floor of 1e-15 (scipy gives exactly 0 for a
//! perfect correlation where the t route gives 2e-142). Where the fixture says `error`, the
//! Python library answered NaN or refused: Pamoja must refuse too, never return a NaN.

use serde_json::Value;
use stats::{Labels, Var};

/// A fixture file's cases; a file without any would let its test pass on nothing.
fn cases(file: &str) -> Vec<Value> {
    let path = format!("{}/tests/fixtures/{file}.json", env!("CARGO_MANIFEST_DIR"));
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture")).expect("fixture json");
    assert!(cases.len() >= 3, "{file}.json holds {} cases", cases.len());
    assert!(cases.iter().any(|c| !c["expect"].is_null()), "{file}.json has no case to compare");
    cases
}

fn numbers(v: &Value) -> Vec<Option<f64>> {
    v.as_array().expect("array").iter().map(Value::as_f64).collect()
}

fn strings(v: &Value) -> Vec<Option<String>> {
    v.as_array().expect("array").iter().map(|s| s.as_str().map(str::to_owned).or_else(|| s.as_i64().map(|i| i.to_string()))).collect()
}

fn rows_to_columns(rows: &Value) -> Vec<Vec<Option<f64>>> {
    let rows: Vec<Vec<Option<f64>>> = rows.as_array().expect("rows").iter().map(numbers).collect();
    (0..rows[0].len()).map(|j| rows.iter().map(|r| r[j]).collect()).collect()
}

#[track_caller]
fn close(case: &str, what: &str, got: f64, want: &Value, rel: f64, floor: f64) {
    let want = want.as_f64().unwrap_or_else(|| panic!("{case}: {what} missing"));
    assert!(got.is_finite(), "{case}: {what} is {got}");
    let tol = rel * want.abs().max(got.abs()) + floor;
    assert!((got - want).abs() <= tol, "{case}: {what} = {got:e}, scipy {want:e} (diff {:e})", (got - want).abs());
}

#[track_caller]
fn stat(case: &str, what: &str, got: f64, want: &Value) {
    close(case, what, got, want, 1e-12, 1e-15)
}

#[track_caller]
fn p(case: &str, got: f64, want: &Value) {
    close(case, "p_value", got, want, 1e-10, 1e-15)
}

#[track_caller]
fn vector(case: &str, what: &str, got: &[f64], want: &Value) {
    let want = numbers(want);
    assert_eq!(got.len(), want.len(), "{case}: {what} length");
    let scale = want.iter().flatten().fold(0.0f64, |m, v| m.max(v.abs()));
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let w = w.expect("number");
        assert!((g - w).abs() <= 1e-12 * scale, "{case}: {what}[{i}] = {g:e}, want {w:e}");
    }
}

/// Pamoja's answer to a case: `None` when the fixture expects a refusal and Pamoja refused,
/// naming the column the fixture blames (`refuses`) where it blames one; a panic when only one
/// of them refused.
#[track_caller]
fn outcome<T: std::fmt::Debug>(case: &str, c: &Value, got: Result<T, stats::Error>) -> Option<(Value, T)> {
    match (&c["expect"], got) {
        (Value::Null, Err(e)) => {
            if let Some(column) = c["refuses"].as_str() {
                assert!(e.to_string().contains(&format!("'{column}'")), "{case}: the refusal names '{column}': {e}");
            }
            None
        }
        (Value::Null, Ok(r)) => panic!("{case}: expected an error ({}), got {r:?}", c["error"]),
        (_, Err(e)) => panic!("{case}: {e}"),
        (e, Ok(r)) => Some((e.clone(), r)),
    }
}

fn name(c: &Value) -> &str {
    c["name"].as_str().unwrap_or("?")
}

#[test]
fn correlations_match_scipy() {
    for c in cases("corr") {
        let (x, y) = (numbers(&c["x"]), numbers(&c["y"]));
        let method = if c["method"] == "pearson" { stats::corr::Method::Pearson } else { stats::corr::Method::Spearman };
        let got = stats::corr::correlate(method, Var::new("x", &x), Var::new("y", &y));
        let case = format!("{}/{}", name(&c), c["method"]);
        let Some((e, r)) = outcome(&case, &c, got) else { continue };
        assert_eq!(r.n as u64, e["n"].as_u64().unwrap_or(0), "{case}: n");
        stat(&case, "statistic", r.statistic, &e["statistic"]);
        p(&case, r.p_value, &e["p_value"]);
    }
}

#[test]
fn chi_square_matches_scipy() {
    for c in cases("chi2") {
        let table: Vec<Vec<f64>> =
            c["table"].as_array().expect("table").iter().map(|r| numbers(r).into_iter().flatten().collect()).collect();
        let got = stats::chi2::test(&table, c["yates"].as_bool().unwrap_or(true));
        let case = name(&c);
        let Some((e, r)) = outcome(case, &c, got) else { continue };
        assert_eq!(r.dof as u64, e["dof"].as_u64().unwrap_or(0), "{case}: dof");
        assert_eq!(r.n as u64, e["n"].as_u64().unwrap_or(0), "{case}: n");
        stat(case, "statistic", r.statistic, &e["statistic"]);
        stat(case, "cramers_v", r.cramers_v, &e["cramers_v"]);
        p(case, r.p_value, &e["p_value"]);
    }
}

#[test]
fn mann_whitney_matches_scipy_and_spss() {
    for c in cases("mwu") {
        let (x, y) = (numbers(&c["x"]), numbers(&c["y"]));
        let got = stats::mwu::test(Var::new("x", &x), Var::new("y", &y));
        let case = name(&c);
        let Some((e, r)) = outcome(case, &c, got) else { continue };
        assert_eq!((r.n1 as u64, r.n2 as u64), (e["n1"].as_u64().unwrap_or(0), e["n2"].as_u64().unwrap_or(0)), "{case}");
        let method = serde_json::to_value(r.method).expect("method");
        assert_eq!(method, e["method"], "{case}: method");
        stat(case, "u1", r.u1, &e["u1"]);
        stat(case, "u_min", r.u_min, &e["u_min"]);
        stat(case, "z", r.z, &e["z"]);
        p(case, r.p_value, &e["p_value"]);
    }
}

#[test]
fn cronbach_alpha_matches_pingouin() {
    for c in cases("alpha") {
        let cols = rows_to_columns(&c["items"]);
        let names: Vec<String> = (1..=cols.len()).map(|i| format!("item{i}")).collect();
        let vars: Vec<Var> = names.iter().zip(&cols).map(|(n, v)| Var::new(n, v)).collect();
        let got = stats::alpha::cronbach(&vars);
        let case = name(&c);
        let Some((e, r)) = outcome(case, &c, got) else { continue };
        assert_eq!(r.n as u64, e["n"].as_u64().unwrap_or(0), "{case}: n");
        stat(case, "alpha", r.alpha, &e["alpha"]);
        stat(case, "ci_low", r.ci_low, &e["ci_low"]);
        stat(case, "ci_high", r.ci_high, &e["ci_high"]);
        let rounded = numbers(&e["ci_pingouin"]);
        let round3 = |v: f64| (v * 1000.0).round() / 1000.0;
        assert_eq!([Some(round3(r.ci_low)), Some(round3(r.ci_high))], [rounded[0], rounded[1]], "{case}: pingouin's rounded CI");
    }
}

#[test]
fn pca_matches_scikit_learn() {
    for c in cases("pca") {
        let cols = rows_to_columns(&c["items"]);
        let names: Vec<String> = (1..=cols.len()).map(|i| format!("item{i}")).collect();
        let vars: Vec<Var> = names.iter().zip(&cols).map(|(n, v)| Var::new(n, v)).collect();
        let got = stats::pca::first_component(&vars);
        let case = name(&c);
        let Some((e, r)) = outcome(case, &c, got) else { continue };
        assert_eq!(r.n as u64, e["n"].as_u64().unwrap_or(0), "{case}: n");
        vector(case, "eigenvalues", &r.eigenvalues, &e["eigenvalues"]);
        let ratios = numbers(&e["explained_variance_ratio"]).len();
        vector(case, "explained_variance_ratio", &r.explained_variance_ratio[..ratios], &e["explained_variance_ratio"]);
        vector(case, "weights", &r.weights, &e["weights"]);
        vector(case, "scores", &r.scores, &e["scores"]);
    }
}

fn check_coefficients(case: &str, got: &[stats::ols::Coefficient], want: &Value) {
    let want = want.as_array().expect("coefficients");
    let names: Vec<&str> = got.iter().map(|c| c.name.as_str()).collect();
    let want_names: Vec<&str> = want.iter().map(|c| c["name"].as_str().unwrap_or("")).collect();
    assert_eq!(names, want_names, "{case}: coefficient names");
    for (g, w) in got.iter().zip(want) {
        let what = format!("{case}/{}", g.name);
        stat(&what, "estimate", g.estimate, &w["estimate"]);
        stat(&what, "std_error", g.std_error, &w["std_error"]);
        stat(&what, "t", g.t, &w["t"]);
        p(&what, g.p_value, &w["p_value"]);
    }
}

#[test]
fn ols_matches_statsmodels() {
    for c in cases("ols") {
        let y = numbers(&c["y"]);
        let order: Vec<String> = c["x_order"].as_array().expect("x_order").iter().map(|s| s.as_str().unwrap_or("").to_owned()).collect();
        let xs: Vec<Vec<Option<f64>>> = order.iter().map(|n| numbers(&c["x"][n])).collect();
        let x: Vec<Var> = order.iter().zip(&xs).map(|(n, v)| Var::new(n, v)).collect();
        let (fe, cluster) = (c["fe"].as_array().map(|_| strings(&c["fe"])), c["cluster"].as_array().map(|_| strings(&c["cluster"])));
        let fe_refs: Option<Vec<Option<&str>>> = fe.as_ref().map(|v| v.iter().map(Option::as_deref).collect());
        let cl_refs: Option<Vec<Option<&str>>> = cluster.as_ref().map(|v| v.iter().map(Option::as_deref).collect());
        let spec = stats::ols::Spec {
            y: Var::new("y", &y),
            x: &x,
            fe: fe_refs.as_deref().map(|values| Labels { name: "fe", values }),
            cluster: cl_refs.as_deref().map(|values| Labels { name: "cluster", values }),
        };
        let case = name(&c);
        let Some((e, r)) = outcome(case, &c, stats::ols::fit(spec)) else { continue };
        assert_eq!((r.n as u64, r.k as u64), (e["n"].as_u64().unwrap_or(0), e["k"].as_u64().unwrap_or(0)), "{case}: n, k");
        assert_eq!(r.dof_resid as u64, e["dof_resid"].as_u64().unwrap_or(0), "{case}: dof_resid");
        let dropped: Vec<Value> = r.dropped.iter().map(|d| Value::from(d.as_str())).collect();
        assert_eq!(Value::from(dropped), e["dropped"], "{case}: dropped");
        // R² is reported without fixed effects (statsmodels' own), and only then.
        match (r.r2, &e["r2"]) {
            (Some(r2), want) if !want.is_null() => stat(case, "r2", r2, want),
            (None, Value::Null) => {}
            (got, want) => panic!("{case}: R² {got:?}, statsmodels {want}"),
        }
        check_coefficients(case, &r.coefficients, &e["coefficients"]);
    }
}

#[test]
fn difference_in_differences_matches_statsmodels() {
    for c in cases("did") {
        let y = numbers(&c["y"]);
        let unit = strings(&c["unit"]);
        let unit: Vec<Option<&str>> = unit.iter().map(Option::as_deref).collect();
        let period: Vec<i64> = c["period"].as_array().expect("period").iter().filter_map(Value::as_i64).collect();
        let first: Vec<Option<i64>> = c["first_treated"].as_array().expect("first_treated").iter().map(Value::as_i64).collect();
        let panel = stats::did::Panel {
            y: Var::new("y", &y),
            unit: Labels { name: "unit", values: &unit },
            period: &period,
            first_treated: &first,
        };
        let case = name(&c);
        let r = stats::did::twfe(panel).unwrap_or_else(|e| panic!("{case}: {e}"));
        let e = &c["expect"];
        assert_eq!(
            (r.n as u64, r.units as u64, r.periods as u64),
            (e["n"].as_u64().unwrap_or(0), e["units"].as_u64().unwrap_or(0), e["periods"].as_u64().unwrap_or(0)),
            "{case}"
        );
        let mut att = r.att.clone();
        att.name = "att".into();
        let mut want_att = e["att"].clone();
        want_att["name"] = "att".into();
        check_coefficients(case, &[att], &Value::from(vec![want_att]));
        let rels: Vec<i64> = r.event.iter().map(|ev| ev.rel).collect();
        let want_rels: Vec<i64> = e["event"].as_array().expect("event").iter().filter_map(|ev| ev["rel"].as_i64()).collect();
        assert_eq!(rels, want_rels, "{case}: event-study periods");
        for (g, w) in r.event.iter().zip(e["event"].as_array().expect("event")) {
            let mut w = w.clone();
            w["name"] = g.coefficient.name.clone().into();
            check_coefficients(case, std::slice::from_ref(&g.coefficient), &Value::from(vec![w]));
        }
    }
}

#[test]
fn terciles_match_numpy() {
    for c in cases("tercile") {
        let v = numbers(&c["values"]);
        let case = name(&c);
        let Some((e, r)) = outcome(case, &c, stats::quantile::terciles(Var::new("v", &v))) else { continue };
        stat(case, "q1", r.q1, &e["q1"]);
        stat(case, "q2", r.q2, &e["q2"]);
    }
}
