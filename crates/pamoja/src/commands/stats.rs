//! `pamoja stats`: one test on the columns of a file, printed as a table or as JSON.
//!
//! Every JSON answer has `test`, `file`, `n`, `statistic`, `p_value` (null where the test has
//! none) and `missing`, then the test's own fields; README.md documents them.

use anyhow::{Context, anyhow};
use formats::{Table, data};
use serde_json::{Map, Value, json};
use stats::{Labels, Var};

use crate::cli::{StatsArgs, StatsTest};

pub fn run(args: StatsArgs) -> anyhow::Result<()> {
    let answer = compute(&args.test)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&answer)?);
    } else {
        print!("{}", render(&answer));
    }
    Ok(())
}

fn read(file: &std::path::Path) -> anyhow::Result<Table> {
    Table::read(file).map_err(|p| anyhow!("{p}"))
}

fn numbers(table: &Table, name: &str) -> anyhow::Result<Vec<Option<f64>>> {
    data::numbers(table, name).map_err(|p| anyhow!("{p}"))
}

fn labels(table: &Table, name: &str) -> anyhow::Result<Vec<Option<String>>> {
    data::labels(table, name).map_err(|p| anyhow!("{p}"))
}

fn as_refs(v: &[Option<String>]) -> Vec<Option<&str>> {
    v.iter().map(Option::as_deref).collect()
}

/// The result as a JSON object: the common fields first, then each part's fields (the first
/// part to name a field wins).
fn answer(test: &str, file: &str, n: usize, statistic: Option<f64>, p_value: Option<f64>, parts: &[Value]) -> Value {
    let mut out = Map::new();
    out.insert("test".into(), test.into());
    out.insert("file".into(), file.into());
    out.insert("n".into(), n.into());
    out.insert("statistic".into(), statistic.map_or(Value::Null, Value::from));
    out.insert("p_value".into(), p_value.map_or(Value::Null, Value::from));
    for part in parts {
        for (k, v) in part.as_object().into_iter().flatten() {
            out.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    Value::Object(out)
}

fn to_value(v: impl serde::Serialize) -> anyhow::Result<Value> {
    Ok(serde_json::to_value(v)?)
}

pub fn compute(test: &StatsTest) -> anyhow::Result<Value> {
    match test {
        StatsTest::Corr { file, method, x, y } => {
            let t = read(file)?;
            let (xs, ys) = (numbers(&t, x)?, numbers(&t, y)?);
            let method = if method == "spearman" { stats::corr::Method::Spearman } else { stats::corr::Method::Pearson };
            let r = stats::corr::correlate(method, Var::new(x, &xs), Var::new(y, &ys)).context(t.file.clone())?;
            Ok(answer(
                "corr",
                &t.file,
                r.n,
                Some(r.statistic),
                Some(r.p_value),
                &[json!({ "method": r.method, "x": x, "y": y, "missing": r.missing })],
            ))
        }
        StatsTest::Chi2 { file, row, col, no_yates } => {
            let t = read(file)?;
            let (rows, cols) = (labels(&t, row)?, labels(&t, col)?);
            let (rows, cols) = (as_refs(&rows), as_refs(&cols));
            let r = stats::chi2::crosstab(Labels { name: row, values: &rows }, Labels { name: col, values: &cols }, !no_yates)
                .context(t.file.clone())?;
            Ok(answer("chi2", &t.file, r.n, Some(r.statistic), Some(r.p_value), &[to_value(&r)?]))
        }
        StatsTest::Mwu { file, value, group } => {
            let t = read(file)?;
            let (values, groups) = (numbers(&t, value)?, labels(&t, group)?);
            let mut names: Vec<&str> = groups.iter().flatten().map(String::as_str).collect();
            names.sort_unstable();
            names.dedup();
            let [first, second] = names[..] else {
                return Err(anyhow!(
                    "{}: column '{group}' must hold exactly two groups; it holds {}: {}",
                    t.file,
                    names.len(),
                    names.join(", ")
                ));
            };
            let sample = |g: &str| -> Vec<Option<f64>> {
                values.iter().zip(&groups).filter(|(_, x)| x.as_deref() == Some(g)).map(|(v, _)| *v).collect()
            };
            let (a, b) = (sample(first), sample(second));
            let dropped_groups = groups.iter().filter(|g| g.is_none()).count();
            let r = stats::mwu::test(Var::new(&format!("{value} ({first})"), &a), Var::new(&format!("{value} ({second})"), &b))
                .context(t.file.clone())?;
            let missing = stats::Missing::listwise(r.missing.dropped + dropped_groups);
            let own = json!({ "group1": first, "group2": second, "missing": missing });
            Ok(answer("mwu", &t.file, r.n1 + r.n2, Some(r.u1), Some(r.p_value), &[own, to_value(&r)?]))
        }
        StatsTest::Alpha { file, items } => {
            let t = read(file)?;
            let cols = items.iter().map(|i| numbers(&t, i)).collect::<anyhow::Result<Vec<_>>>()?;
            let vars: Vec<Var> = items.iter().zip(&cols).map(|(n, v)| Var::new(n, v)).collect();
            let r = stats::alpha::cronbach(&vars).context(t.file.clone())?;
            Ok(answer("alpha", &t.file, r.n, Some(r.alpha), None, &[to_value(&r)?]))
        }
        StatsTest::Pca { file, items } => {
            let t = read(file)?;
            let cols = items.iter().map(|i| numbers(&t, i)).collect::<anyhow::Result<Vec<_>>>()?;
            let vars: Vec<Var> = items.iter().zip(&cols).map(|(n, v)| Var::new(n, v)).collect();
            let r = stats::pca::first_component(&vars).context(t.file.clone())?;
            // Scores are one per row: `pamoja analyze` uses them; here they would drown the answer.
            let mut details = to_value(&r)?;
            details.as_object_mut().map(|o| o.remove("scores"));
            Ok(answer("pca", &t.file, r.n, r.eigenvalues.first().copied(), None, &[details]))
        }
        StatsTest::Ols { file, y, x, fe, cluster } => {
            let t = read(file)?;
            let ys = numbers(&t, y)?;
            let xs = x.iter().map(|c| numbers(&t, c)).collect::<anyhow::Result<Vec<_>>>()?;
            let fe_values = fe.as_deref().map(|c| labels(&t, c)).transpose()?;
            let cl_values = cluster.as_deref().map(|c| labels(&t, c)).transpose()?;
            let (fe_refs, cl_refs) = (fe_values.as_deref().map(as_refs), cl_values.as_deref().map(as_refs));
            let vars: Vec<Var> = x.iter().zip(&xs).map(|(n, v)| Var::new(n, v)).collect();
            let spec = stats::ols::Spec {
                y: Var::new(y, &ys),
                x: &vars,
                fe: fe.as_deref().zip(fe_refs.as_deref()).map(|(name, values)| Labels { name, values }),
                cluster: cluster.as_deref().zip(cl_refs.as_deref()).map(|(name, values)| Labels { name, values }),
            };
            let r = stats::ols::fit(spec).context(t.file.clone())?;
            // OLS has no single statistic: its figures are the coefficients; R² stands in when defined.
            Ok(answer("ols", &t.file, r.n, r.r2, None, &[json!({ "y": y, "fe": fe, "cluster": cluster }), to_value(&r)?]))
        }
    }
}

/// A readable table: one line per field, coefficients as rows.
pub fn render(v: &Value) -> String {
    let mut out = String::new();
    let Some(fields) = v.as_object() else { return out };
    for (k, val) in fields {
        match (k.as_str(), val) {
            ("coefficients", Value::Array(rows)) => {
                out.push_str(&format!("{:<24} {:>14} {:>14} {:>10} {:>12}\n", "coefficient", "estimate", "std_error", "t", "p_value"));
                for c in rows {
                    out.push_str(&format!(
                        "{:<24} {:>14} {:>14} {:>10} {:>12}\n",
                        c["name"].as_str().unwrap_or(""),
                        number(&c["estimate"]),
                        number(&c["std_error"]),
                        number(&c["t"]),
                        number(&c["p_value"])
                    ));
                }
            }
            ("observed" | "expected", _) => {}
            (_, Value::Number(_)) => out.push_str(&format!("{k:<24} {}\n", number(val))),
            (_, Value::Null) => out.push_str(&format!("{k:<24} -\n")),
            (_, Value::String(s)) => out.push_str(&format!("{k:<24} {s}\n")),
            (_, Value::Object(o)) => {
                let parts: Vec<String> =
                    o.iter().map(|(a, b)| format!("{a} {}", b.as_str().map_or_else(|| b.to_string(), str::to_owned))).collect();
                out.push_str(&format!("{k:<24} {}\n", parts.join(", ")));
            }
            (_, Value::Array(a)) => {
                let parts: Vec<String> = a
                    .iter()
                    .map(|x| if x.is_number() { number(x) } else { x.as_str().map_or_else(|| x.to_string(), str::to_owned) })
                    .collect();
                out.push_str(&format!("{k:<24} {}\n", parts.join(", ")));
            }
            (_, other) => out.push_str(&format!("{k:<24} {other}\n")),
        }
    }
    out
}

/// Six significant digits for reading (the JSON keeps full precision).
fn number(v: &Value) -> String {
    match v.as_f64() {
        Some(x) if v.is_i64() || v.is_u64() => format!("{}", x as i64),
        Some(x) if x != 0.0 && (x.abs() < 1e-4 || x.abs() >= 1e6) => format!("{x:.5e}"),
        Some(x) => format!("{:.6}", x).trim_end_matches('0').trim_end_matches('.').to_owned(),
        None => "-".into(),
    }
}
