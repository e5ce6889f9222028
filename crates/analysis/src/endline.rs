//! The tests that need a baseline and an endline: seed 001's closure findings, Kenya's
//! treatment–control regression and Rwanda's wave difference-in-differences. Teaching quality is
//! the TEACH observation score (`teach_score`, 0–5) in KAP; a teacher improved when their
//! endline score is above their baseline one, and reduced when below (equal scores are left out).

use std::collections::BTreeMap;

use domain::survey::Respondent;
use stats::{Labels, Var};

use crate::indices::item;
use crate::study::LISTWISE;
use crate::{Cell, Instruments, Section, model_label};

fn change(ins: &Instruments, base: &Respondent, end: &Respondent) -> Option<&'static str> {
    let d = item(&ins.kap, end, "teach_score")? - item(&ins.kap, base, "teach_score")?;
    (d != 0.0).then_some(if d > 0.0 { "improved" } else { "reduced" })
}

pub fn tables(ins: &Instruments, baseline: &[Respondent], endline: &[Respondent]) -> Vec<Section> {
    let before: BTreeMap<&str, &Respondent> = baseline.iter().map(|r| (r.teacher.as_str(), r)).collect();
    let pairs: Vec<(&Respondent, &Respondent)> = endline.iter().filter_map(|e| before.get(e.teacher.as_str()).map(|b| (*b, e))).collect();
    let mut models: Vec<&str> = pairs.iter().map(|(_, e)| e.model.as_str()).collect();
    models.sort_unstable();
    models.dedup();
    models.reverse();
    let mut out = vec![whatsapp(ins, &pairs, &models), prior_experience(ins, &pairs, &models)];
    for model in &models {
        let rows: Vec<&(&Respondent, &Respondent)> = pairs.iter().filter(|(_, e)| e.model == *model).collect();
        if rows.iter().any(|(_, e)| e.arm.as_deref() == Some("control")) {
            out.push(regression(ins, &rows, model));
        }
        let mut waves: Vec<i64> = rows.iter().filter_map(|(_, e)| e.wave).collect();
        waves.sort_unstable();
        waves.dedup();
        if waves.len() > 1 {
            out.push(waves_did(ins, &rows, model));
        }
    }
    out
}

fn whatsapp(ins: &Instruments, pairs: &[(&Respondent, &Respondent)], models: &[&str]) -> Section {
    let mut rows = Vec::new();
    for model in models {
        let (mut kept_on, mut quality) = (Vec::new(), Vec::new());
        for (b, e) in pairs.iter().filter(|(_, e)| e.model == *model) {
            kept_on.push(e.answer(&ins.cop.code, "whatsapp_closure"));
            quality.push(change(ins, b, e));
        }
        let result = stats::chi2::crosstab(
            Labels { name: "WhatsApp during the closures", values: &kept_on },
            Labels { name: "teaching quality", values: &quality },
            true,
        );
        rows.push(match result {
            Ok(c) => {
                // Share of improvers (column "improved") among those who kept the group going (row "yes").
                let share = |row: &str| -> Cell {
                    let (Some(r), Some(i)) = (c.rows.iter().position(|x| x == row), c.cols.iter().position(|x| x == "improved")) else {
                        return Cell::text("-");
                    };
                    let total: f64 = c.observed[r].iter().sum();
                    Cell::Share(c.observed[r][i] / total)
                };
                vec![
                    Cell::text(model_label(model)),
                    share("yes"),
                    share("no"),
                    Cell::Figure(c.statistic),
                    Cell::Count(c.dof),
                    Cell::P(c.p_value),
                    Cell::Figure(c.cramers_v),
                    Cell::Count(c.n),
                ]
            }
            Err(e) => vec![Cell::text(model_label(model)), Cell::Missing(e.to_string())],
        });
    }
    Section {
        id: "whatsapp".into(),
        title: "WhatsApp use during the closures and change in teaching quality".into(),
        test: "Chi-square test of independence, Yates' correction for the 2×2 table (as scipy), with Cramér's V".into(),
        method: "Rows: kept using the CoP WhatsApp group during the school closures (endline). Columns: teaching quality improved or reduced between baseline and endline (TEACH score).".into(),
        missing: format!("{LISTWISE}; teachers whose score did not change are left out."),
        columns: ["Model", "Improved, kept WhatsApp", "Improved, did not", "χ²", "df", "p", "Cramér's V", "N"].map(String::from).to_vec(),
        rows,
        notes: Vec::new(),
    }
}

fn prior_experience(ins: &Instruments, pairs: &[(&Respondent, &Respondent)], models: &[&str]) -> Section {
    let mut rows = Vec::new();
    for model in models {
        let mut groups: BTreeMap<&str, Vec<Option<f64>>> = BTreeMap::new();
        for (b, e) in pairs.iter().filter(|(_, e)| e.model == *model) {
            if let Some(c) = change(ins, b, e) {
                groups.entry(c).or_default().push(item(&ins.cop, e, "prior_cop_helpful"));
            }
        }
        let (improved, reduced) = (groups.remove("improved").unwrap_or_default(), groups.remove("reduced").unwrap_or_default());
        rows.push(match stats::mwu::test(Var::new("improved", &improved), Var::new("reduced", &reduced)) {
            Ok(m) => vec![
                Cell::text(model_label(model)),
                Cell::Figure(m.u_min),
                Cell::Count(m.n1),
                Cell::Count(m.n2),
                Cell::Figure(m.z),
                Cell::P(m.p_value),
                Cell::text(format!("{:?}", m.method).to_lowercase()),
            ],
            Err(e) => vec![Cell::text(model_label(model)), Cell::Missing(e.to_string())],
        });
    }
    Section {
        id: "prior-experience".into(),
        title: "Pre-closure CoP experience as help for learner recovery, by change in teaching quality".into(),
        test: "Mann–Whitney U, two-sided (scipy's method auto: exact when a group has ≤ 8 values and no ties; else normal with tie and continuity corrections)".into(),
        method: "Agreement (1–5) that the teacher's pre-closure CoP experience helped support learner recovery (endline), in teachers whose teaching quality improved (N1) vs reduced (N2). U is min(U1, U2) and z SPSS's (no continuity correction), as the seed reports them.".into(),
        missing: format!("{LISTWISE}; teachers whose score did not change are left out."),
        columns: ["Model", "U", "N1 (improved)", "N2 (reduced)", "z", "p", "p method"].map(String::from).to_vec(),
        rows,
        notes: Vec::new(),
    }
}

fn coefficient_rows(coefficients: &[stats::ols::Coefficient]) -> Vec<Vec<Cell>> {
    coefficients
        .iter()
        .map(|c| vec![Cell::text(&c.name), Cell::Figure(c.estimate), Cell::Figure(c.std_error), Cell::Figure(c.t), Cell::P(c.p_value)])
        .collect()
}

const COEFFICIENT_COLUMNS: [&str; 5] = ["Term", "Estimate", "Std. error", "t", "p"];

/// Kenya's design: baseline and endline pooled, treatment × endline with teacher controls and
/// school fixed effects, standard errors clustered by school.
fn regression(ins: &Instruments, pairs: &[&(&Respondent, &Respondent)], model: &str) -> Section {
    let mut y = Vec::new();
    let mut x: BTreeMap<&str, Vec<Option<f64>>> = BTreeMap::new();
    let mut school = Vec::new();
    for (b, e) in pairs {
        for (r, post) in [(*b, 0.0), (*e, 1.0)] {
            let treated = f64::from(u8::from(r.arm.as_deref() == Some("treatment")));
            y.push(item(&ins.kap, r, "teach_score"));
            x.entry("treatment × endline").or_default().push(Some(treated * post));
            x.entry("endline").or_default().push(Some(post));
            x.entry("female").or_default().push(r.answer("kap", "gender").map(|g| f64::from(u8::from(g == "female"))));
            x.entry("experience (years)").or_default().push(item(&ins.kap, r, "experience_years"));
            x.entry("degree").or_default().push(r.answer("kap", "qualification").map(|q| f64::from(u8::from(q == "degree"))));
            school.push(Some(r.school.as_str()));
        }
    }
    let order = ["treatment × endline", "endline", "female", "experience (years)", "degree"];
    let vars: Vec<Var> = order.iter().map(|n| Var::new(n, &x[n])).collect();
    let spec = stats::ols::Spec {
        y: Var::new("teaching quality", &y),
        x: &vars,
        fe: Some(Labels { name: "school", values: &school }),
        cluster: Some(Labels { name: "school", values: &school }),
    };
    let (rows, notes) = match stats::ols::fit(spec) {
        Ok(r) => (
            coefficient_rows(&r.coefficients),
            vec![format!(
                "N = {} teacher-rounds, K = {} (with {} school effects), {} clusters; p from t({}).{}",
                r.n,
                r.k,
                r.k - r.coefficients.len(),
                r.clusters.unwrap_or(0),
                r.p_dof,
                if r.dropped.is_empty() { String::new() } else { format!(" Dropped as collinear: {}.", r.dropped.join(", ")) }
            )],
        ),
        Err(e) => (vec![vec![Cell::Missing(e.to_string())]], vec![]),
    };
    Section {
        id: format!("treatment-control-{model}"),
        title: format!("Treatment vs control: teaching quality ({})", model_label(model)),
        test: "OLS with school fixed effects (absorbed) and cluster-robust standard errors by school (CR1, as statsmodels)".into(),
        method: "TEACH score (0–5) at baseline and endline, pooled. 'treatment × endline' is the effect of the programme; the school effects absorb the arm itself. Controls: gender, years of experience, a degree.".into(),
        missing: format!("{LISTWISE}."),
        columns: COEFFICIENT_COLUMNS.map(String::from).to_vec(),
        rows,
        notes,
    }
}

/// Rwanda's design: the waves' staggered start, by two-way fixed effects over teachers and
/// rounds, with the event-study form.
fn waves_did(ins: &Instruments, pairs: &[&(&Respondent, &Respondent)], model: &str) -> Section {
    let (mut y, mut unit, mut period, mut first) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (b, e) in pairs {
        let started = |r: &Respondent| r.wave_starts.is_some_and(|w| w <= r.held_on);
        let first_treated = if started(b) {
            Some(0)
        } else if started(e) {
            Some(1)
        } else {
            None
        };
        for (p, r) in [(0, *b), (1, *e)] {
            y.push(item(&ins.kap, r, "teach_score"));
            unit.push(Some(r.teacher.as_str()));
            period.push(p);
            first.push(first_treated);
        }
    }
    let panel = stats::did::Panel {
        y: Var::new("teaching quality", &y),
        unit: Labels { name: "teacher", values: &unit },
        period: &period,
        first_treated: &first,
    };
    let (rows, notes) = match stats::did::twfe(panel) {
        Ok(d) => {
            let mut rows = coefficient_rows(std::slice::from_ref(&d.att));
            rows[0][0] = Cell::text("treated (wave started)");
            for ev in &d.event {
                let mut row = coefficient_rows(std::slice::from_ref(&ev.coefficient)).remove(0);
                row[0] = Cell::text(format!("event study: {} round(s) since the wave started", ev.rel));
                rows.push(row);
            }
            (
                rows,
                vec![format!("N = {} teacher-rounds, {} teachers, {} rounds.", d.n, d.units, d.periods), format!("Caveat: {}", d.caveat)],
            )
        }
        Err(e) => (vec![vec![Cell::Missing(e.to_string())]], vec![]),
    };
    Section {
        id: format!("waves-did-{model}"),
        title: format!("Waves: difference-in-differences in teaching quality ({})", model_label(model)),
        test: "Two-way fixed effects (teacher and round), cluster-robust standard errors by teacher (CR1), p from t(G − 1)".into(),
        method: "TEACH score (0–5). A teacher is treated from the first round on or after their school's wave started; the event study estimates the effect by rounds since then, the round before being the reference.".into(),
        missing: format!("{LISTWISE}; only teachers surveyed in both rounds."),
        columns: COEFFICIENT_COLUMNS.map(String::from).to_vec(),
        rows,
        notes,
    }
}
