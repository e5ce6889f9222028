//! The report: the baseline tables (3–10, reliability) for each delivery model in the round,
//! then the endline tests when both rounds exist.

use domain::survey::{Instrument, Respondent, RoundKind};
use stats::corr::{Method, correlate};
use stats::{Error, Var};

use words::Tr;

use crate::indices::{average, columns, pca, school_means, vars};
use crate::{Cell, Report, Section, endline, model_label, not_computed, profile, say};

pub struct Instruments {
    pub cop: Instrument,
    pub tses: Instrument,
    pub kap: Instrument,
}

pub struct Input<'a> {
    pub round: RoundKind,
    /// Everyone who answered in the analysed round.
    pub current: &'a [Respondent],
    /// The baseline and endline respondents, when both rounds exist (for the endline tests).
    pub panel: Option<(&'a [Respondent], &'a [Respondent])>,
    pub instruments: &'a Instruments,
    /// What the respondents were chosen by (round, programmes, country), for the title.
    pub covers: String,
    /// The language every heading and sentence is said in.
    pub t: Tr,
}

/// The missing-data rule every test follows, then what else it leaves out (`tlt-listwise-…`).
pub fn listwise(t: Tr, then: &str) -> String {
    format!("{}{}", t.s("tlt-listwise"), t.s(then))
}

/// A correlation as (ρ, p, n), or why it could not be computed.
pub fn corr_cells(t: Tr, result: Result<stats::corr::Correlation, Error>) -> Vec<Cell> {
    match result {
        Ok(c) => vec![Cell::Figure(c.statistic), Cell::P(c.p_value), Cell::Count(c.n)],
        Err(e) => vec![Cell::Missing(not_computed(t, &e)), Cell::text(""), Cell::text("")],
    }
}

fn spearman(x: (&str, &[Option<f64>]), y: (&str, &[Option<f64>])) -> Result<stats::corr::Correlation, Error> {
    correlate(Method::Spearman, Var::new(x.0, x.1), Var::new(y.0, y.1))
}

const RHO: [&str; 3] = ["ρ", "p", "n"];

fn columns_for(first: &str) -> Vec<String> {
    std::iter::once(first.to_owned()).chain(RHO.iter().map(|s| (*s).to_owned())).collect()
}

pub fn tlt(input: &Input) -> Report {
    let mut models: Vec<&str> = input.current.iter().map(|r| r.model.as_str()).collect();
    models.sort_unstable();
    models.dedup();
    models.reverse(); // school-based (Rwanda) first, as the seed's tables
    let (cop, t) = (&input.instruments.cop, input.t);
    // Only teachers in CoPs answer the CoP survey; control teachers answer TSES and KAP only.
    let groups: Vec<(&str, Vec<&Respondent>)> = models
        .iter()
        .map(|m| (*m, input.current.iter().filter(|r| r.model == *m && r.answers.contains_key(&cop.code)).collect()))
        .collect();
    let mut sections = profile::tables(t, cop, &groups);
    sections.push(reliability(t, input.instruments, &groups));
    sections.push(table6(t, cop, &groups));
    sections.push(school_level(t, cop, &groups, "table-7", "ht_engagement"));
    if let Some((_, rs)) = groups.iter().find(|(m, _)| *m == "school-based") {
        sections.extend(tiers(t, cop, rs));
    }
    if groups.iter().any(|(m, _)| *m == "cluster-based") {
        sections.push(school_level(t, cop, &groups, "table-10", "coach_satisfaction"));
    }
    match input.panel {
        Some((baseline, end)) => sections.extend(endline::tables(t, input.instruments, baseline, end)),
        None => sections.push(Section {
            id: "endline".into(),
            title: t.s("tlt-endline-title"),
            test: "-".into(),
            method: t.s("tlt-endline-method"),
            missing: "-".into(),
            columns: vec![],
            rows: vec![],
            notes: vec![t.s("tlt-endline-none")],
        }),
    }
    let round = t.s(&format!("tlt-round-{}", input.round.slug()));
    Report { title: say(t, "tlt-title", &[("round", &round)]), covers: input.covers.clone(), sections }
}

fn reliability(t: Tr, ins: &crate::Instruments, groups: &[(&str, Vec<&Respondent>)]) -> Section {
    let indices: [(&Instrument, &str, &str); 6] = [
        (&ins.cop, "facilitation", "tlt-alpha-facilitation"),
        (&ins.cop, "impact", "tlt-alpha-impact"),
        (&ins.cop, "ht_engagement", "tlt-alpha-ht"),
        (&ins.cop, "ssl_engagement", "tlt-alpha-ssl"),
        (&ins.tses, "tses_total", "tlt-alpha-tses"),
        (&ins.kap, "kap_total", "tlt-alpha-kap"),
    ];
    let mut rows = Vec::new();
    for (group, rs) in groups {
        for (instrument, index, label) in indices {
            let (names, cols) = columns(instrument, rs, index);
            if cols.iter().all(|c| c.iter().all(Option::is_none)) {
                continue; // not asked in this model (e.g. subject leaders in clusters)
            }
            let row = match stats::alpha::cronbach(&vars(&names, &cols)) {
                Ok(a) => vec![Cell::Figure(a.alpha), Cell::Figure(a.ci_low), Cell::Figure(a.ci_high), Cell::Count(a.n)],
                Err(e) => vec![Cell::Missing(not_computed(t, &e)), Cell::text(""), Cell::text(""), Cell::text("")],
            };
            rows.push([vec![Cell::text(model_label(t, group)), Cell::text(t.s(label))], row].concat());
        }
    }
    Section {
        id: "reliability".into(),
        title: t.s("tlt-alpha-title"),
        test: t.s("tlt-alpha-test"),
        method: t.s("tlt-alpha-method"),
        missing: listwise(t, "tlt-listwise-complete"),
        columns: [t.s("tlt-col-model"), t.s("tlt-col-index"), "α".into(), t.s("tlt-col-ci-low"), t.s("tlt-col-ci-high"), "n".into()]
            .to_vec(),
        rows,
        notes: Vec::new(),
    }
}

fn table6(t: Tr, cop: &Instrument, groups: &[(&str, Vec<&Respondent>)]) -> Section {
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let (fac, imp) = (t.s("tlt-t6-facilitation"), t.s("tlt-t6-impact"));
    let (fac_pca, imp_pca) = (t.s("tlt-t6-facilitation-pca"), t.s("tlt-t6-impact-pca"));
    for (group, rs) in groups {
        let avg = |index: &str| -> Vec<Option<f64>> { rs.iter().map(|r| average(cop, r, index)).collect() };
        rows.push(
            [
                vec![Cell::text(model_label(t, group)), Cell::text(t.s("tlt-t6-average"))],
                corr_cells(t, spearman((&fac, &avg("facilitation")), (&imp, &avg("impact")))),
            ]
            .concat(),
        );
        match (pca(cop, rs, "facilitation"), pca(cop, rs, "impact")) {
            (Ok((f, fp)), Ok((i, ip))) => {
                rows.push(
                    [
                        vec![Cell::text(model_label(t, group)), Cell::text(t.s("tlt-t6-pca"))],
                        corr_cells(t, spearman((&fac_pca, &f), (&imp_pca, &i))),
                    ]
                    .concat(),
                );
                let share = |v: f64| format!("{:.1}", 100.0 * v);
                notes.push(say(
                    t,
                    "tlt-t6-explained",
                    &[
                        ("model", &model_label(t, group)),
                        ("facilitation", &share(fp.explained_variance_ratio[0])),
                        ("impact", &share(ip.explained_variance_ratio[0])),
                    ],
                ));
            }
            (Err(e), _) | (_, Err(e)) => rows.push(vec![
                Cell::text(model_label(t, group)),
                Cell::text(t.s("tlt-t6-pca")),
                Cell::Missing(not_computed(t, &e)),
                Cell::text(""),
                Cell::text(""),
            ]),
        }
    }
    Section {
        id: "table-6".into(),
        title: t.s("tlt-t6-title"),
        test: t.s("tlt-t6-test"),
        method: format!("{} {}", t.s("tlt-t6-method"), t.s("tlt-rounding")),
        missing: listwise(t, "tlt-listwise-end"),
        columns: [t.s("tlt-col-model"), t.s("tlt-col-index")].into_iter().chain(RHO.iter().map(|s| (*s).to_owned())).collect(),
        rows,
        notes,
    }
}

/// An engagement index against CoP impact, both averaged to school level (footnote 25). The
/// section's messages are `tlt-{id}-title` and `tlt-{id}-label`.
fn school_level(t: Tr, cop: &Instrument, groups: &[(&str, Vec<&Respondent>)], id: &str, index: &str) -> Section {
    let label = t.s(&format!("tlt-{id}-label"));
    let impact = t.s("tlt-impact");
    let mut rows = Vec::new();
    for (group, rs) in groups {
        let x: Vec<Option<f64>> = rs.iter().map(|r| average(cop, r, index)).collect();
        if x.iter().all(Option::is_none) {
            continue;
        }
        let y: Vec<Option<f64>> = rs.iter().map(|r| average(cop, r, "impact")).collect();
        let (schools, means) = school_means(rs, &[x, y]);
        let mut row = vec![Cell::text(model_label(t, group))];
        row.extend(corr_cells(t, spearman((&label, &means[0]), (&impact, &means[1]))));
        row.push(Cell::Count(schools.len()));
        rows.push(row);
    }
    Section {
        id: id.into(),
        title: t.s(&format!("tlt-{id}-title")),
        test: t.s("tlt-spearman"),
        method: format!("{} {}", say(t, "tlt-school-method", &[("index", &label)]), t.s("tlt-rounding")),
        missing: listwise(t, "tlt-listwise-school"),
        columns: [columns_for(&t.s("tlt-col-model")), vec![t.s("tlt-col-schools")]].concat(),
        rows,
        notes: Vec::new(),
    }
}

/// Tables 8–9 (school-based CoPs): performance tiers and leadership styles.
fn tiers(t: Tr, cop: &Instrument, rs: &[&Respondent]) -> Vec<Section> {
    let impact: Vec<Option<f64>> = rs.iter().map(|r| average(cop, r, "impact")).collect();
    let (schools, means) = school_means(rs, std::slice::from_ref(&impact));
    let cuts = match stats::quantile::terciles(Var::new(&t.s("tlt-impact-school"), &means[0])) {
        Ok(c) => c,
        Err(e) => {
            return vec![Section {
                id: "table-8".into(),
                title: t.s("tlt-t8-9-title"),
                test: "-".into(),
                method: "-".into(),
                missing: "-".into(),
                columns: vec![],
                rows: vec![],
                notes: vec![say(t, "tlt-not-computed", &[("why", &not_computed(t, &e))])],
            }];
        }
    };
    let tier_of = |school: &str| -> Option<usize> {
        let at = schools.iter().position(|s| s == school)?;
        means[0][at].map(|m| cuts.tier(m))
    };
    let indicator = |f: &dyn Fn(usize) -> bool| -> Vec<Option<f64>> {
        rs.iter().map(|r| tier_of(&r.school).map(|t| f64::from(u8::from(f(t))))).collect()
    };
    let (high, low) = (indicator(&|t| t == 2), indicator(&|t| t == 0));
    // A leader is directive when the teacher says they take part and give feedback often or
    // always (mean ≥ 4), distributed when rarely or never (mean ≤ 2).
    let style = |index: &str, directive: bool| -> Vec<Option<f64>> {
        rs.iter().map(|r| average(cop, r, index).map(|m| f64::from(u8::from(if directive { m >= 4.0 } else { m <= 2.0 })))).collect()
    };
    let method = say(
        t,
        "tlt-tiers-method",
        &[("schools", &cuts.n.to_string()), ("q1", &format!("{:.3}", cuts.q1)), ("q2", &format!("{:.3}", cuts.q2))],
    ) + " "
        + &t.s("tlt-rounding");
    let (high_label, low_label) = (t.s("tlt-tier-high"), t.s("tlt-tier-low"));
    // Each table's messages: `tlt-{id}-title`, `-directive` and `-distributed` (and `-name`).
    [("table-8", "ht_engagement"), ("table-9", "ssl_engagement")]
        .into_iter()
        .map(|(id, index)| {
            let (directive, distributed) = (style(index, true), style(index, false));
            let (directive_label, distributed_label) = (t.s(&format!("tlt-{id}-directive")), t.s(&format!("tlt-{id}-distributed")));
            // The indicators' own names, as a reason that one is constant names them.
            let (directive_name, distributed_name) = (t.s(&format!("tlt-{id}-directive-name")), t.s(&format!("tlt-{id}-distributed-name")));
            let rows = [(&high_label, &high), (&low_label, &low)]
                .into_iter()
                .map(|(label, tier)| {
                    let mut row = vec![Cell::text(label)];
                    row.extend(corr_cells(t, spearman((label, tier), (&directive_name, &directive))));
                    row.extend(corr_cells(t, spearman((label, tier), (&distributed_name, &distributed))));
                    row
                })
                .collect();
            Section {
                id: id.into(),
                title: t.s(&format!("tlt-{id}-title")),
                test: t.s("tlt-tiers-test"),
                method: method.clone(),
                missing: listwise(t, "tlt-listwise-end"),
                columns: [
                    String::new(),
                    format!("{directive_label}: ρ"),
                    "p".into(),
                    "n".into(),
                    format!("{distributed_label}: ρ"),
                    "p".into(),
                    "n".into(),
                ]
                .to_vec(),
                rows,
                notes: Vec::new(),
            }
        })
        .collect()
}
