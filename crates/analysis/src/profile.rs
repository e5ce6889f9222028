//! Tables 3–5: who leads and facilitates, how the discussion is organised, and whether
//! teachers take part in deciding, as the share of teachers who say so, by delivery model.

use domain::survey::{Instrument, ItemType, Respondent};
use words::Tr;

use crate::{Cell, Section, model_label};

/// The share choosing each option of a select_multiple item, per group.
fn option_shares(t: Tr, ins: &Instrument, groups: &[(&str, Vec<&Respondent>)], item: &str) -> (Vec<Vec<Cell>>, Vec<usize>) {
    let Some(ItemType::SelectMultiple(list)) = ins.item(item).map(|i| &i.kind) else { return (Vec::new(), Vec::new()) };
    let answered: Vec<Vec<&str>> = groups.iter().map(|(_, rs)| rs.iter().filter_map(|r| r.answer(&ins.code, item)).collect()).collect();
    let rows = ins.choices[list]
        .iter()
        .map(|choice| {
            let mut row = vec![Cell::text(choice.label_in(t.lang()))];
            for answers in &answered {
                let n = answers.iter().filter(|a| a.split_whitespace().any(|x| x == choice.name)).count();
                row.push(if answers.is_empty() {
                    Cell::Missing(t.s("tlt-no-answers"))
                } else {
                    Cell::Share(n as f64 / answers.len() as f64)
                });
            }
            row
        })
        .collect();
    (rows, answered.iter().map(Vec::len).collect())
}

fn header(t: Tr, groups: &[(&str, Vec<&Respondent>)]) -> Vec<String> {
    std::iter::once(String::new()).chain(groups.iter().map(|(m, _)| model_label(t, m))).collect()
}

/// What the percentages leave out, then each group's n.
fn missing(t: Tr, ns: &[usize], groups: &[(&str, Vec<&Respondent>)]) -> String {
    let counts: Vec<String> = groups.iter().zip(ns).map(|((m, _), n)| format!("{}: n = {n}", model_label(t, m))).collect();
    format!("{} {}", t.s("tlt-profile-missing"), counts.join("; "))
}

/// Tables 3–5; each one's title is the message `tlt-{id}-title`.
pub fn tables(t: Tr, ins: &Instrument, groups: &[(&str, Vec<&Respondent>)]) -> Vec<Section> {
    let mut out = Vec::new();
    for (id, items) in [("table-3", &["leaders", "facilitators"][..]), ("table-4", &["formats"][..])] {
        let mut rows = Vec::new();
        let mut ns = Vec::new();
        for item in items {
            let (r, n) = option_shares(t, ins, groups, item);
            if items.len() > 1 {
                let label = ins.item(item).map_or(String::new(), |i| i.label_in(t.lang()).to_owned());
                rows.push(std::iter::once(Cell::text(label)).chain(groups.iter().map(|_| Cell::text(""))).collect());
            }
            rows.extend(r);
            ns = n;
        }
        out.push(Section {
            id: id.into(),
            title: t.s(&format!("tlt-{id}-title")),
            test: t.s("tlt-descriptive"),
            method: t.s("tlt-profile-method"),
            missing: missing(t, &ns, groups),
            columns: header(t, groups),
            rows,
            notes: Vec::new(),
        });
    }
    let decide = ["decide_agenda", "decide_topics", "decide_duration", "decide_organisation"];
    let mut rows = Vec::new();
    let mut ns = vec![0; groups.len()];
    for item in decide {
        let label = ins.item(item).map_or(item.to_owned(), |i| i.label_in(t.lang()).to_owned());
        let mut row = vec![Cell::text(label)];
        for (g, (_, rs)) in groups.iter().enumerate() {
            let answers: Vec<&str> = rs.iter().filter_map(|r| r.answer(&ins.code, item)).collect();
            ns[g] = ns[g].max(answers.len());
            let yes = answers.iter().filter(|a| **a == "yes").count();
            row.push(if answers.is_empty() {
                Cell::Missing(t.s("tlt-no-answers"))
            } else {
                Cell::Share(yes as f64 / answers.len() as f64)
            });
        }
        rows.push(row);
    }
    out.push(Section {
        id: "table-5".into(),
        title: t.s("tlt-table-5-title"),
        test: t.s("tlt-descriptive"),
        method: t.s("tlt-table-5-method"),
        missing: missing(t, &ns, groups),
        columns: header(t, groups),
        rows,
        notes: Vec::new(),
    });
    out
}
