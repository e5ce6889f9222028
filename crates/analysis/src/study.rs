//! The report: the baseline tables (3–10, reliability) for each delivery model in the round,
//! then the endline tests when both rounds exist.

use domain::survey::{Instrument, Respondent, RoundKind};
use stats::corr::{Method, correlate};
use stats::{Error, Var};

use crate::indices::{average, columns, pca, school_means, vars};
use crate::{Cell, Report, Section, endline, model_label, profile};

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
}

pub const LISTWISE: &str = "Listwise: a respondent missing any item of an index, or either variable of a test, is left out";

/// A correlation as (ρ, p, n), or why it could not be computed.
pub fn corr_cells(result: Result<stats::corr::Correlation, Error>) -> Vec<Cell> {
    match result {
        Ok(c) => vec![Cell::Figure(c.statistic), Cell::P(c.p_value), Cell::Count(c.n)],
        Err(e) => vec![Cell::Missing(e.to_string()), Cell::text(""), Cell::text("")],
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
    let cop = &input.instruments.cop;
    // Only teachers in CoPs answer the CoP survey; control teachers answer TSES and KAP only.
    let groups: Vec<(&str, Vec<&Respondent>)> = models
        .iter()
        .map(|m| (*m, input.current.iter().filter(|r| r.model == *m && r.answers.contains_key(&cop.code)).collect()))
        .collect();
    let mut sections = profile::tables(cop, &groups);
    sections.push(reliability(input.instruments, &groups));
    sections.push(table6(cop, &groups));
    sections.push(school_level(
        cop,
        &groups,
        "table-7",
        "Table 7: head-teacher engagement and CoP impact, by school",
        "ht_engagement",
        "Head-teacher engagement",
    ));
    if let Some((_, rs)) = groups.iter().find(|(m, _)| *m == "school-based") {
        sections.extend(tiers(cop, rs));
    }
    if groups.iter().any(|(m, _)| *m == "cluster-based") {
        sections.push(school_level(
            cop,
            &groups,
            "table-10",
            "Table 10: satisfaction with the instructional coach and CoP impact, by school",
            "coach_satisfaction",
            "Satisfaction with the coach",
        ));
    }
    match input.panel {
        Some((baseline, end)) => sections.extend(endline::tables(input.instruments, baseline, end)),
        None => sections.push(Section {
            id: "endline".into(),
            title: "Endline tests".into(),
            test: "-".into(),
            method: "The closure tests (WhatsApp, prior CoP experience), the treatment-control regression and the wave difference-in-differences need a baseline and an endline round of the same programme.".into(),
            missing: "-".into(),
            columns: vec![],
            rows: vec![],
            notes: vec!["No endline round yet.".into()],
        }),
    }
    Report { title: format!("Teachers Learning Together: {} analysis", input.round.slug()), covers: input.covers.clone(), sections }
}

fn reliability(ins: &crate::Instruments, groups: &[(&str, Vec<&Respondent>)]) -> Section {
    let indices: [(&Instrument, &str, &str); 6] = [
        (&ins.cop, "facilitation", "Facilitation (5 items, footnote 22)"),
        (&ins.cop, "impact", "CoP impact (10 items, footnote 23)"),
        (&ins.cop, "ht_engagement", "Head-teacher engagement (2 items)"),
        (&ins.cop, "ssl_engagement", "Subject-leader engagement (2 items)"),
        (&ins.tses, "tses_total", "TSES (12 items)"),
        (&ins.kap, "kap_total", "KAP self-ratings (12 items, 1 reverse-coded)"),
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
                Err(e) => vec![Cell::Missing(e.to_string()), Cell::text(""), Cell::text(""), Cell::text("")],
            };
            rows.push([vec![Cell::text(model_label(group)), Cell::text(label)], row].concat());
        }
    }
    Section {
        id: "reliability".into(),
        title: "Reliability of each index (Cronbach's α)".into(),
        test: "Cronbach's α with Feldt's 95% confidence interval (as pingouin)".into(),
        method: "Items scored 1–5 (TSES 1–9); reverse-coded items flipped before scoring.".into(),
        missing: format!("{LISTWISE}; n is the number of complete respondents."),
        columns: ["Model", "Index", "α", "95% CI low", "95% CI high", "n"].map(String::from).to_vec(),
        rows,
        notes: Vec::new(),
    }
}

fn table6(cop: &Instrument, groups: &[(&str, Vec<&Respondent>)]) -> Section {
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    for (group, rs) in groups {
        let avg = |index: &str| -> Vec<Option<f64>> { rs.iter().map(|r| average(cop, r, index)).collect() };
        rows.push(
            [
                vec![Cell::text(model_label(group)), Cell::text("simple average")],
                corr_cells(spearman(("facilitation index", &avg("facilitation")), ("CoP impact index", &avg("impact")))),
            ]
            .concat(),
        );
        match (pca(cop, rs, "facilitation"), pca(cop, rs, "impact")) {
            (Ok((f, fp)), Ok((i, ip))) => {
                rows.push(
                    [
                        vec![Cell::text(model_label(group)), Cell::text("PCA, first component")],
                        corr_cells(spearman(("facilitation (PCA)", &f), ("CoP impact (PCA)", &i))),
                    ]
                    .concat(),
                );
                notes.push(format!(
                    "{}: the first component explains {:.1}% of the facilitation items' variance and {:.1}% of the impact items'.",
                    model_label(group),
                    100.0 * fp.explained_variance_ratio[0],
                    100.0 * ip.explained_variance_ratio[0]
                ));
            }
            (Err(e), _) | (_, Err(e)) => rows.push(vec![
                Cell::text(model_label(group)),
                Cell::text("PCA, first component"),
                Cell::Missing(e.to_string()),
                Cell::text(""),
                Cell::text(""),
            ]),
        }
    }
    Section {
        id: "table-6".into(),
        title: "Table 6: perceived CoP impact and facilitation".into(),
        test: "Spearman's rank correlation, two-sided (footnote 24: the CoP tool's data are ordinal)".into(),
        method: "Facilitation index from the 5 items of footnote 22, CoP-impact index from the 10 items of footnote 23; each both as the simple average and as the first principal component of the items' correlation matrix (footnote 21).".into(),
        missing: format!("{LISTWISE}."),
        columns: ["Model", "Index"].iter().map(|s| (*s).to_owned()).chain(RHO.iter().map(|s| (*s).to_owned())).collect(),
        rows,
        notes,
    }
}

/// An engagement index against CoP impact, both averaged to school level (footnote 25).
fn school_level(cop: &Instrument, groups: &[(&str, Vec<&Respondent>)], id: &str, title: &str, index: &str, label: &str) -> Section {
    let mut rows = Vec::new();
    for (group, rs) in groups {
        let x: Vec<Option<f64>> = rs.iter().map(|r| average(cop, r, index)).collect();
        if x.iter().all(Option::is_none) {
            continue;
        }
        let y: Vec<Option<f64>> = rs.iter().map(|r| average(cop, r, "impact")).collect();
        let (schools, means) = school_means(rs, &[x, y]);
        let mut row = vec![Cell::text(model_label(group))];
        row.extend(corr_cells(spearman((label, &means[0]), ("CoP impact", &means[1]))));
        row.push(Cell::Count(schools.len()));
        rows.push(row);
    }
    Section {
        id: id.into(),
        title: title.into(),
        test: "Spearman's rank correlation, two-sided".into(),
        method: format!(
            "{label}: the simple average of its items; CoP impact: the simple average of the 10 impact items. Teacher scores are averaged by school (footnote 25), so n counts schools."
        ),
        missing: format!("{LISTWISE}; a school counts when at least one of its teachers has both."),
        columns: [columns_for("Model"), vec!["schools in sample".into()]].concat(),
        rows,
        notes: Vec::new(),
    }
}

/// Tables 8–9 (school-based CoPs): performance tiers and leadership styles.
fn tiers(cop: &Instrument, rs: &[&Respondent]) -> Vec<Section> {
    let impact: Vec<Option<f64>> = rs.iter().map(|r| average(cop, r, "impact")).collect();
    let (schools, means) = school_means(rs, std::slice::from_ref(&impact));
    let cuts = match stats::quantile::terciles(Var::new("CoP impact (school mean)", &means[0])) {
        Ok(c) => c,
        Err(e) => {
            return vec![Section {
                id: "table-8".into(),
                title: "Tables 8–9: leadership style and CoP performance".into(),
                test: "-".into(),
                method: "-".into(),
                missing: "-".into(),
                columns: vec![],
                rows: vec![],
                notes: vec![format!("Not computed: {e}")],
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
    let method = format!(
        "CoP performance tiers: terciles (linear interpolation, numpy's type 7) of each school's mean CoP-impact score across {} schools: low ≤ {:.3} < medium ≤ {:.3} < high. Leadership style from the teacher's report: directive when the leader's participation and feedback average ≥ 4 (often/always), distributed when ≤ 2 (rarely/never). Each cell correlates two 0/1 indicators over teachers.",
        cuts.n, cuts.q1, cuts.q2
    );
    [
        ("table-8", "Table 8: head-teacher leadership style and CoP performance", "ht_engagement", "head teacher"),
        ("table-9", "Table 9: subject-leader leadership style and CoP performance", "ssl_engagement", "SSL"),
    ]
    .into_iter()
    .map(|(id, title, index, who)| {
        let (directive, distributed) = (style(index, true), style(index, false));
        let rows = [("High performing CoPs", &high), ("Low performing CoPs", &low)]
            .into_iter()
            .map(|(label, tier)| {
                let mut row = vec![Cell::text(label)];
                row.extend(corr_cells(spearman((label, tier), (&format!("directive {who}"), &directive))));
                row.extend(corr_cells(spearman((label, tier), (&format!("distributed {who}"), &distributed))));
                row
            })
            .collect();
        Section {
            id: id.into(),
            title: title.into(),
            test: "Spearman's rank correlation, two-sided (footnote 26)".into(),
            method: method.clone(),
            missing: format!("{LISTWISE}."),
            columns: ["", &format!("Directive {who}: ρ"), "p", "n", &format!("Distributed {who}: ρ"), "p", "n"].map(String::from).to_vec(),
            rows,
            notes: Vec::new(),
        }
    })
    .collect()
}
