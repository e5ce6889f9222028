//! The tests that need a baseline and an endline: seed 001's closure findings, Kenya's
//! treatment–control regression and Rwanda's wave difference-in-differences. Teaching quality is
//! the TEACH observation score (`teach_score`, 0–5) in KAP; a teacher improved when their
//! endline score is above their baseline one, and reduced when below (equal scores are left out).

use std::collections::BTreeMap;

use domain::survey::Respondent;
use stats::{Labels, Var};
use words::Tr;

use crate::indices::item;
use crate::study::listwise;
use crate::{Cell, Instruments, Section, model_label, not_computed, say};

fn change(ins: &Instruments, base: &Respondent, end: &Respondent) -> Option<&'static str> {
    let d = item(&ins.kap, end, "teach_score")? - item(&ins.kap, base, "teach_score")?;
    (d != 0.0).then_some(if d > 0.0 { "improved" } else { "reduced" })
}

pub fn tables(t: Tr, ins: &Instruments, baseline: &[Respondent], endline: &[Respondent]) -> Vec<Section> {
    let before: BTreeMap<&str, &Respondent> = baseline.iter().map(|r| (r.teacher.as_str(), r)).collect();
    let pairs: Vec<(&Respondent, &Respondent)> = endline.iter().filter_map(|e| before.get(e.teacher.as_str()).map(|b| (*b, e))).collect();
    let mut models: Vec<&str> = pairs.iter().map(|(_, e)| e.model.as_str()).collect();
    models.sort_unstable();
    models.dedup();
    models.reverse();
    let mut out = vec![whatsapp(t, ins, &pairs, &models), prior_experience(t, ins, &pairs, &models)];
    for model in &models {
        let rows: Vec<&(&Respondent, &Respondent)> = pairs.iter().filter(|(_, e)| e.model == *model).collect();
        if rows.iter().any(|(_, e)| e.arm.as_deref() == Some("control")) {
            out.push(regression(t, ins, &rows, model));
        }
        let mut waves: Vec<i64> = rows.iter().filter_map(|(_, e)| e.wave).collect();
        waves.sort_unstable();
        waves.dedup();
        if waves.len() > 1 {
            out.push(waves_did(t, ins, &rows, model));
        }
    }
    out
}

fn whatsapp(t: Tr, ins: &Instruments, pairs: &[(&Respondent, &Respondent)], models: &[&str]) -> Section {
    let mut rows = Vec::new();
    let (kept_name, quality_name) = (t.s("tlt-whatsapp-kept"), t.s("tlt-quality"));
    for model in models {
        let (mut kept_on, mut quality) = (Vec::new(), Vec::new());
        for (b, e) in pairs.iter().filter(|(_, e)| e.model == *model) {
            kept_on.push(e.answer(&ins.cop.code, "whatsapp_closure"));
            quality.push(change(ins, b, e));
        }
        let result =
            stats::chi2::crosstab(Labels { name: &kept_name, values: &kept_on }, Labels { name: &quality_name, values: &quality }, true);
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
                    Cell::text(model_label(t, model)),
                    share("yes"),
                    share("no"),
                    Cell::Figure(c.statistic),
                    Cell::Count(c.dof),
                    Cell::P(c.p_value),
                    Cell::Figure(c.cramers_v),
                    Cell::Count(c.n),
                ]
            }
            Err(e) => vec![Cell::text(model_label(t, model)), Cell::Missing(not_computed(t, &e))],
        });
    }
    Section {
        id: "whatsapp".into(),
        title: t.s("tlt-whatsapp-title"),
        test: t.s("tlt-whatsapp-test"),
        method: t.s("tlt-whatsapp-method"),
        missing: listwise(t, "tlt-listwise-changed"),
        columns: [
            t.s("tlt-col-model"),
            t.s("tlt-col-improved-kept"),
            t.s("tlt-col-improved-not"),
            "χ²".into(),
            t.s("tlt-col-df"),
            "p".into(),
            t.s("tlt-col-cramer"),
            "N".into(),
        ]
        .to_vec(),
        rows,
        notes: Vec::new(),
    }
}

fn prior_experience(t: Tr, ins: &Instruments, pairs: &[(&Respondent, &Respondent)], models: &[&str]) -> Section {
    let mut rows = Vec::new();
    for model in models {
        let mut groups: BTreeMap<&str, Vec<Option<f64>>> = BTreeMap::new();
        for (b, e) in pairs.iter().filter(|(_, e)| e.model == *model) {
            if let Some(c) = change(ins, b, e) {
                groups.entry(c).or_default().push(item(&ins.cop, e, "prior_cop_helpful"));
            }
        }
        let (improved, reduced) = (groups.remove("improved").unwrap_or_default(), groups.remove("reduced").unwrap_or_default());
        let (improved_name, reduced_name) = (t.s("tlt-improved"), t.s("tlt-reduced"));
        rows.push(match stats::mwu::test(Var::new(&improved_name, &improved), Var::new(&reduced_name, &reduced)) {
            Ok(m) => vec![
                Cell::text(model_label(t, model)),
                Cell::Figure(m.u_min),
                Cell::Count(m.n1),
                Cell::Count(m.n2),
                Cell::Figure(m.z),
                Cell::P(m.p_value),
                Cell::text(t.s(match m.method {
                    stats::mwu::PMethod::Exact => "tlt-p-exact",
                    stats::mwu::PMethod::Asymptotic => "tlt-p-asymptotic",
                })),
            ],
            Err(e) => vec![Cell::text(model_label(t, model)), Cell::Missing(not_computed(t, &e))],
        });
    }
    Section {
        id: "prior-experience".into(),
        title: t.s("tlt-prior-title"),
        test: t.s("tlt-prior-test"),
        method: t.s("tlt-prior-method"),
        missing: listwise(t, "tlt-listwise-changed"),
        columns: [t.s("tlt-col-model"), "U".into(), t.s("tlt-col-n1"), t.s("tlt-col-n2"), "z".into(), "p".into(), t.s("tlt-col-p-method")]
            .to_vec(),
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

fn coefficient_columns(t: Tr) -> Vec<String> {
    vec![t.s("tlt-col-term"), t.s("tlt-col-estimate"), t.s("tlt-col-std-error"), "t".into(), "p".into()]
}

/// Kenya's design: baseline and endline pooled, treatment × endline with teacher controls and
/// school fixed effects, standard errors clustered by school.
fn regression(t: Tr, ins: &Instruments, pairs: &[&(&Respondent, &Respondent)], model: &str) -> Section {
    // The terms, in order, by their messages; the fit names its rows by them.
    let terms =
        ["tlt-term-treatment-endline", "tlt-term-endline", "tlt-term-female", "tlt-term-experience", "tlt-term-degree"].map(|k| t.s(k));
    let mut y = Vec::new();
    let mut x: [Vec<Option<f64>>; 5] = Default::default();
    let mut school = Vec::new();
    for (b, e) in pairs {
        for (r, post) in [(*b, 0.0), (*e, 1.0)] {
            let treated = f64::from(u8::from(r.arm.as_deref() == Some("treatment")));
            y.push(item(&ins.kap, r, "teach_score"));
            x[0].push(Some(treated * post));
            x[1].push(Some(post));
            x[2].push(r.answer("kap", "gender").map(|g| f64::from(u8::from(g == "female"))));
            x[3].push(item(&ins.kap, r, "experience_years"));
            x[4].push(r.answer("kap", "qualification").map(|q| f64::from(u8::from(q == "degree"))));
            school.push(Some(r.school.as_str()));
        }
    }
    let vars: Vec<Var> = terms.iter().zip(&x).map(|(n, values)| Var::new(n, values)).collect();
    let (quality, school_name) = (t.s("tlt-quality"), t.s("tlt-school"));
    let spec = stats::ols::Spec {
        y: Var::new(&quality, &y),
        x: &vars,
        fe: Some(Labels { name: &school_name, values: &school }),
        cluster: Some(Labels { name: &school_name, values: &school }),
    };
    let (rows, notes) = match stats::ols::fit(spec) {
        Ok(r) => {
            let count = |n: usize| n.to_string();
            let mut note = say(
                t,
                "tlt-regression-note",
                &[
                    ("n", &count(r.n)),
                    ("k", &count(r.k)),
                    ("effects", &count(r.k - r.coefficients.len())),
                    ("clusters", &count(r.clusters.unwrap_or(0))),
                    ("dof", &r.p_dof.to_string()),
                ],
            );
            if !r.dropped.is_empty() {
                note += &say(t, "tlt-regression-dropped", &[("terms", &r.dropped.join(", "))]);
            }
            (coefficient_rows(&r.coefficients), vec![note])
        }
        Err(e) => (vec![vec![Cell::Missing(not_computed(t, &e))]], vec![]),
    };
    Section {
        id: format!("treatment-control-{model}"),
        title: say(t, "tlt-regression-title", &[("model", &model_label(t, model))]),
        test: t.s("tlt-regression-test"),
        method: t.s("tlt-regression-method"),
        missing: listwise(t, "tlt-listwise-end"),
        columns: coefficient_columns(t),
        rows,
        notes,
    }
}

/// Rwanda's design: the waves' staggered start, by two-way fixed effects over teachers and
/// rounds, with the event-study form.
fn waves_did(t: Tr, ins: &Instruments, pairs: &[&(&Respondent, &Respondent)], model: &str) -> Section {
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
    let (quality, teacher) = (t.s("tlt-quality"), t.s("tlt-teacher"));
    let panel = stats::did::Panel {
        y: Var::new(&quality, &y),
        unit: Labels { name: &teacher, values: &unit },
        period: &period,
        first_treated: &first,
    };
    let (rows, notes) = match stats::did::twfe(panel) {
        Ok(d) => {
            let mut rows = coefficient_rows(std::slice::from_ref(&d.att));
            rows[0][0] = Cell::text(t.s("tlt-did-treated"));
            for ev in &d.event {
                let mut row = coefficient_rows(std::slice::from_ref(&ev.coefficient)).remove(0);
                row[0] = Cell::text(say(t, "tlt-did-event", &[("rounds", &ev.rel.to_string())]));
                rows.push(row);
            }
            let count = |n: usize| n.to_string();
            let size = say(t, "tlt-did-note", &[("n", &count(d.n)), ("teachers", &count(d.units)), ("rounds", &count(d.periods))]);
            // stats words the caveat for the log; the report says it in its own language.
            let mut notes = vec![size, t.s("tlt-did-caveat")];
            if d.event.is_empty() && !d.dropped.is_empty() {
                notes.push(say(t, "tlt-did-no-event", &[("terms", &d.dropped.join(", "))]));
            }
            (rows, notes)
        }
        Err(e) => (vec![vec![Cell::Missing(not_computed(t, &e))]], vec![]),
    };
    Section {
        id: format!("waves-did-{model}"),
        title: say(t, "tlt-did-title", &[("model", &model_label(t, model))]),
        test: t.s("tlt-did-test"),
        method: t.s("tlt-did-method"),
        missing: listwise(t, "tlt-listwise-panel"),
        columns: coefficient_columns(t),
        rows,
        notes,
    }
}
