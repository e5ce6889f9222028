//! A report as Markdown, HTML (a page that works without JavaScript) or JSON, with its labels
//! ("Test", "Method", "Missing data") in the language `t` says.

use words::Tr;

use crate::{Cell, Report};

/// The three labels each section's description has, in order.
fn labels(t: Tr) -> [String; 3] {
    [t.s("tlt-label-test"), t.s("tlt-label-method"), t.s("tlt-label-missing")]
}

pub fn markdown(t: Tr, report: &Report) -> String {
    let [test, method, missing] = labels(t);
    let mut out = format!("# {}\n\n{}\n", report.title, report.covers);
    for s in &report.sections {
        out += &format!("\n## {}\n\n- {test}: {}\n- {method}: {}\n- {missing}: {}\n\n", s.title, s.test, s.method, s.missing);
        if !s.columns.is_empty() {
            let escape = |t: &str| t.replace('|', "\\|");
            out += &format!("| {} |\n", s.columns.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" | "));
            out += &format!("|{}\n", s.columns.iter().map(|_| "---|").collect::<String>());
            for row in &s.rows {
                out += &format!("| {} |\n", row.iter().map(|c| escape(&c.display())).collect::<Vec<_>>().join(" | "));
            }
        }
        for note in &s.notes {
            out += &format!("\n{note}\n");
        }
    }
    out
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A self-contained page: inline CSS, no script, no external request.
pub fn html(t: Tr, report: &Report) -> String {
    let mut out = format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#1b1b1b}}table{{border-collapse:collapse;margin:.5rem 0;display:block;overflow-x:auto}}th,td{{border:1px solid #999;padding:.25rem .5rem}}td.n{{text-align:right;font-variant-numeric:tabular-nums}}dt{{font-weight:bold}}</style></head><body><h1>{}</h1><p>{}</p>",
        t.lang(),
        esc(&report.title),
        esc(&report.title),
        esc(&report.covers)
    );
    out += &sections_html(t, report);
    out + "</body></html>\n"
}

/// The sections alone, each under an `h2`, for a page that has its own heading and layout.
pub fn sections_html(t: Tr, report: &Report) -> String {
    let [test, method, missing] = labels(t).map(|l| esc(&l));
    let mut out = String::new();
    for s in &report.sections {
        out += &format!(
            "<section id=\"{}\"><h2>{}</h2><dl><dt>{test}</dt><dd>{}</dd><dt>{method}</dt><dd>{}</dd><dt>{missing}</dt><dd>{}</dd></dl>",
            esc(&s.id),
            esc(&s.title),
            esc(&s.test),
            esc(&s.method),
            esc(&s.missing)
        );
        if !s.columns.is_empty() {
            out += "<table><thead><tr>";
            for c in &s.columns {
                out += &format!("<th scope=\"col\">{}</th>", esc(c));
            }
            out += "</tr></thead><tbody>";
            for row in &s.rows {
                out += "<tr>";
                for c in row {
                    let class = if c.is_number() { " class=\"n\"" } else { "" };
                    out += &format!("<td{class}>{}</td>", esc(&c.display()));
                }
                out += "</tr>";
            }
            out += "</tbody></table>";
        }
        for note in &s.notes {
            out += &format!("<p>{}</p>", esc(note));
        }
        out += "</section>";
    }
    out
}

pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default()
}

/// Each section as a grid of text (its header first), for a spreadsheet.
pub fn grids(t: Tr, report: &Report) -> Vec<(String, Vec<String>, Vec<Vec<String>>)> {
    let labels = labels(t);
    report
        .sections
        .iter()
        .map(|s| {
            let mut rows: Vec<Vec<String>> = s.rows.iter().map(|r| r.iter().map(raw).collect()).collect();
            for (label, text) in labels.iter().zip([&s.test, &s.method, &s.missing]) {
                rows.push(vec![format!("{label}: {text}")]);
            }
            rows.extend(s.notes.iter().map(|n| vec![n.clone()]));
            (s.id.clone(), s.columns.clone(), rows)
        })
        .collect()
}

/// Full precision for spreadsheets.
fn raw(c: &Cell) -> String {
    match c {
        Cell::Figure(x) | Cell::P(x) | Cell::Share(x) => x.to_string(),
        Cell::Count(n) => n.to_string(),
        other => other.display(),
    }
}
