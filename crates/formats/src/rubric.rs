//! An observation rubric as one sheet (CSV, or an XLSX workbook's first sheet) that a ministry
//! edits in a spreadsheet: a row per part, in order, with the columns `part, code, parent,
//! text, value`:
//!
//! | part      | code              | parent        | text                          | value |
//! |-----------|-------------------|---------------|-------------------------------|-------|
//! | rubric    | teach-structured  |               | Teaching practice             |       |
//! | setting   | benchmark         |               |                               | 3     |
//! | anchor    |                   |               | Low                           | 1     |
//! | area      | culture           |               | Classroom culture             |       |
//! | element   | environment       | culture       | A supportive place to learn   |       |
//! | behaviour | environment-names | environment   | Calls learners by their names |       |
//!
//! Settings are `min`, `max`, `segments`, `segment_minutes`, `snapshots` and `benchmark`; one left
//! out takes the default rubric's value. A file is refused whole, every problem at its
//! `file:line:column`.

use std::collections::HashMap;

use domain::rubric::{Anchor, Area, Behaviour, Element, Rubric, teach_structured};
use domain::{FieldErrors, why};

use crate::table::{Problem, Table, problem};

pub const COLUMNS: [&str; 5] = ["part", "code", "parent", "text", "value"];
const PARTS: [&str; 6] = ["rubric", "setting", "anchor", "area", "element", "behaviour"];
const SETTINGS: [&str; 6] = ["min", "max", "segments", "segment_minutes", "snapshots", "benchmark"];

fn row(part: &str, code: &str, parent: &str, text: &str, value: String) -> Vec<String> {
    vec![part.to_owned(), code.to_owned(), parent.to_owned(), text.to_owned(), value]
}

/// The rubric as its sheet.
pub fn to_table(r: &Rubric, file: &str) -> Table {
    let mut rows = vec![row("rubric", &r.code, "", &r.name, String::new())];
    let settings = [
        ("min", r.min.to_string()),
        ("max", r.max.to_string()),
        ("segments", r.segments.to_string()),
        ("segment_minutes", r.segment_minutes.to_string()),
        ("snapshots", r.snapshots.to_string()),
        ("benchmark", r.benchmark.to_string()),
    ];
    rows.extend(settings.into_iter().map(|(k, v)| row("setting", k, "", "", v)));
    rows.extend(r.anchors.iter().map(|a| row("anchor", "", "", &a.label, a.score.to_string())));
    for a in &r.areas {
        rows.push(row("area", &a.code, "", &a.name, String::new()));
        for e in &a.elements {
            rows.push(row("element", &e.code, &a.code, &e.name, String::new()));
            rows.extend(e.behaviours.iter().map(|b| row("behaviour", &b.code, &e.code, &b.text, String::new())));
        }
    }
    Table {
        file: file.to_owned(),
        header: COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
        rows: rows.into_iter().enumerate().map(|(i, r)| (i + 2, r)).collect(),
    }
}

/// Where each part of the rubric came from, to place the rule's problems in the file: a field
/// path's record ("areas[1].elements[0]") → its line.
#[derive(Default)]
struct Lines(HashMap<String, usize>);

impl Lines {
    /// The line and column of a field the rubric's rule named.
    fn of(&self, field: &str, columns: &HashMap<String, usize>) -> (usize, usize) {
        let (record, last) = field.rsplit_once('.').unwrap_or(("", field));
        let line = self.0.get(field).or_else(|| self.0.get(record)).copied().unwrap_or(1);
        let column = match last {
            "code" => "code",
            "name" | "text" | "label" => "text",
            "score" | "benchmark" | "min" | "max" | "segments" | "segment_minutes" | "snapshots" => "value",
            _ => "part",
        };
        (line, columns.get(column).map_or(1, |c| c + 1))
    }
}

/// Reads a rubric from its sheet, checked by the rubric's rule (`Rubric::parse`).
pub fn from_table(table: &Table) -> Result<Rubric, Vec<Problem>> {
    let columns = crate::registry::header(table, "rubric", &COLUMNS)?;
    let mut problems = Vec::new();
    let mut r = Rubric { code: String::new(), name: String::new(), anchors: Vec::new(), areas: Vec::new(), ..teach_structured() };
    let mut lines = Lines::default();
    let mut rubric_line = None;
    for (line, cells) in &table.rows {
        let line = *line;
        let cell = |c: &str| columns.get(c).and_then(|&i| cells.get(i)).map_or("", |v| v.trim());
        let at = |c: &str| columns.get(c).map_or(1, |i| i + 1);
        let mut refuse = |c: &str, reason| problems.push(problem(&table.file, line, at(c), reason));
        let whole = |v: &str| v.parse::<u8>().map_err(|_| why("why-not-whole").arg("value", v));
        match cell("part").to_ascii_lowercase().as_str() {
            "rubric" if rubric_line.is_some() => refuse("part", why("why-listed-twice").arg("value", "rubric")),
            "rubric" => {
                rubric_line = Some(line);
                (r.code, r.name) = (cell("code").to_owned(), cell("text").to_owned());
                lines.0.insert(String::new(), line);
            }
            "setting" => {
                let key = cell("code");
                let value = cell("value");
                lines.0.insert(key.to_owned(), line);
                match key {
                    "benchmark" => match value.parse::<f64>() {
                        Ok(v) if v.is_finite() => r.benchmark = v,
                        _ => refuse("value", why("why-not-a-number").arg("value", value)),
                    },
                    "min" | "max" | "segments" | "segment_minutes" | "snapshots" => match whole(value) {
                        Ok(v) => *setting(&mut r, key) = v,
                        Err(e) => refuse("value", e),
                    },
                    _ => refuse("code", why("why-not-one-of").arg("value", key).arg("allowed", SETTINGS.join(", "))),
                }
            }
            "anchor" => match whole(cell("value")) {
                Ok(score) => {
                    lines.0.insert(format!("anchors[{}]", r.anchors.len()), line);
                    r.anchors.push(Anchor { score, label: cell("text").to_owned() });
                }
                Err(e) => refuse("value", e),
            },
            "area" => {
                lines.0.insert(format!("areas[{}]", r.areas.len()), line);
                r.areas.push(Area { code: cell("code").to_owned(), name: cell("text").to_owned(), elements: Vec::new() });
            }
            "element" => match r.areas.iter().position(|a| a.code == cell("parent")) {
                Some(i) => {
                    lines.0.insert(format!("areas[{i}].elements[{}]", r.areas[i].elements.len()), line);
                    r.areas[i].elements.push(Element {
                        code: cell("code").to_owned(),
                        name: cell("text").to_owned(),
                        behaviours: Vec::new(),
                    });
                }
                None => refuse("parent", why("why-no-parent").arg("code", cell("parent"))),
            },
            "behaviour" => {
                let found =
                    r.areas.iter().enumerate().find_map(|(i, a)| a.elements.iter().position(|e| e.code == cell("parent")).map(|j| (i, j)));
                match found {
                    Some((i, j)) => {
                        let behaviours = &mut r.areas[i].elements[j].behaviours;
                        lines.0.insert(format!("areas[{i}].elements[{j}].behaviours[{}]", behaviours.len()), line);
                        behaviours.push(Behaviour { code: cell("code").to_owned(), text: cell("text").to_owned() });
                    }
                    None => refuse("parent", why("why-no-parent").arg("code", cell("parent"))),
                }
            }
            other => refuse("part", why("why-not-one-of").arg("value", other).arg("allowed", PARTS.join(", "))),
        }
    }
    if rubric_line.is_none() {
        problems.push(problem(&table.file, 1, 1, why("why-rubric-no-row")));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Rubric::parse(r).map_err(|errors: FieldErrors| {
        errors
            .0
            .iter()
            .map(|e| {
                let (line, column) = lines.of(&e.field, &columns);
                Problem::in_field(&table.file, line, column, e)
            })
            .collect()
    })
}

fn setting<'a>(r: &'a mut Rubric, key: &str) -> &'a mut u8 {
    match key {
        "min" => &mut r.min,
        "max" => &mut r.max,
        "segments" => &mut r.segments,
        "segment_minutes" => &mut r.segment_minutes,
        _ => &mut r.snapshots,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        Table::from_csv_text("rubric.csv", csv).unwrap()
    }

    #[test]
    fn the_default_rubric_round_trips_through_its_sheet_as_csv_and_xlsx() {
        let r = teach_structured();
        let dir = std::env::temp_dir().join(format!("pamoja-rubric-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["rubric.csv", "rubric.xlsx"] {
            let path = dir.join(name);
            to_table(&r, name).write(&path).unwrap();
            let back = from_table(&Table::read(&path).unwrap()).unwrap();
            assert_eq!(back, r, "{name}");
        }
        // 1 rubric row, 6 settings, 3 anchors, 3 areas, 9 elements, 28 behaviours.
        assert_eq!(to_table(&r, "x").rows.len(), 1 + 6 + 3 + 3 + 9 + 28);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_sheet_s_problems_are_each_named_at_their_line_and_column() {
        let csv = "part,code,parent,text,value\n\
                   rubric,mine,,My rubric,\n\
                   setting,benchmark,,,high\n\
                   setting,colour,,,3\n\
                   area,a,,Area A,\n\
                   element,e1,b,Element,\n\
                   chapter,x,,,\n";
        let problems: Vec<String> = from_table(&table(csv)).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            problems,
            [
                "rubric.csv:3:5: high is not a number",
                "rubric.csv:4:2: colour is not one of: min, max, segments, segment_minutes, snapshots, benchmark",
                "rubric.csv:6:3: b is not registered (a parent must exist or come earlier in the file)",
                "rubric.csv:7:1: chapter is not one of: rubric, setting, anchor, area, element, behaviour",
            ]
        );
    }

    #[test]
    fn the_rule_s_problems_point_at_the_row_and_cell_they_come_from() {
        // Settings left out take the default's; the area has no element, an element's code is
        // repeated, the benchmark is off the 1-5 scale, and there is no rubric row at all.
        let csv = "part,code,parent,text,value\n\
                   rubric,mine,,My rubric,\n\
                   setting,benchmark,,,7\n\
                   area,a,,Area A,\n\
                   element,a,a,Element,\n\
                   area,b,,Area B,\n";
        let problems: Vec<String> = from_table(&table(csv)).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            problems,
            [
                "rubric.csv:3:5: benchmark: 7 is outside 1-5",
                "rubric.csv:5:2: areas[0].elements[0].code: a is listed twice",
                "rubric.csv:6:1: areas[1].elements: is empty",
            ]
        );
        let none = from_table(&table("part,code,parent,text,value\narea,a,,A,\n")).unwrap_err();
        assert_eq!(
            none.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            ["rubric.csv:1:1: the file has no rubric row: give one with the rubric's code and name"]
        );
    }
}
