//! The survey instruments, kept in the repository as XLSForm sheets (`instruments/<code>/
//! survey.csv, choices.csv, settings.csv`) and compiled in; read here into
//! [`domain::survey::Instrument`], written back out as an XLSForm workbook for ODK Collect or
//! KoboToolbox, and used to read the responses those tools export.

use std::collections::BTreeMap;
use std::path::Path;

use domain::survey::{Choice, Instrument, Item, ItemType};
use domain::{Why, why};

use crate::table::{Problem, Table, write_workbook};

/// (code, survey.csv, choices.csv, settings.csv) of each instrument in the repository.
const SOURCES: [(&str, &str, &str, &str); 3] = [
    (
        "cop-survey",
        include_str!("../../../instruments/cop-survey/survey.csv"),
        include_str!("../../../instruments/cop-survey/choices.csv"),
        include_str!("../../../instruments/cop-survey/settings.csv"),
    ),
    (
        "tses",
        include_str!("../../../instruments/tses/survey.csv"),
        include_str!("../../../instruments/tses/choices.csv"),
        include_str!("../../../instruments/tses/settings.csv"),
    ),
    (
        "kap",
        include_str!("../../../instruments/kap/survey.csv"),
        include_str!("../../../instruments/kap/choices.csv"),
        include_str!("../../../instruments/kap/settings.csv"),
    ),
];

pub const CODES: [&str; 3] = ["cop-survey", "tses", "kap"];

fn sheets(code: &str) -> Option<[Table; 3]> {
    let (_, survey, choices, settings) = SOURCES.iter().find(|s| s.0 == code)?;
    let read = |name: &str, text: &str| {
        Table::from_csv_text(&format!("instruments/{code}/{name}.csv"), text).expect("instrument sheets are valid CSV")
    };
    Some([read("survey", survey), read("choices", choices), read("settings", settings)])
}

fn cell<'a>(t: &Table, row: &'a [String], column: &str) -> &'a str {
    t.header.iter().position(|h| h == column).and_then(|i| row.get(i)).map_or("", String::as_str)
}

/// A row's labels in other languages, by code: the `label::Français (fr)` columns (XLSForm's
/// translations) that have a value.
fn translations(t: &Table, row: &[String]) -> BTreeMap<String, String> {
    t.header
        .iter()
        .zip(row)
        .filter_map(|(h, value)| {
            let code = h.strip_prefix("label::")?.rsplit_once('(')?.1.strip_suffix(')')?;
            (!value.is_empty()).then(|| (code.trim().to_owned(), value.clone()))
        })
        .collect()
}

/// An instrument by its code (`cop-survey`, `tses`, `kap`).
pub fn get(code: &str) -> Option<Instrument> {
    let [survey, choices, settings] = sheets(code)?;
    let mut lists: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
    for (_, row) in &choices.rows {
        let choice = Choice {
            name: cell(&choices, row, "name").into(),
            label: cell(&choices, row, "label").into(),
            labels: translations(&choices, row),
        };
        lists.entry(cell(&choices, row, "list_name").into()).or_default().push(choice);
    }
    let items = survey
        .rows
        .iter()
        .filter_map(|(_, row)| {
            let ty = cell(&survey, row, "type");
            let kind = match ty.split_whitespace().collect::<Vec<_>>()[..] {
                ["select_one", list] => ItemType::SelectOne(list.into()),
                ["select_multiple", list] => ItemType::SelectMultiple(list.into()),
                ["integer"] => ItemType::Integer,
                ["decimal"] => ItemType::Decimal,
                ["text"] => ItemType::Text,
                _ => return None, // groups, notes, calculations: not answers
            };
            Some(Item {
                name: cell(&survey, row, "name").into(),
                label: cell(&survey, row, "label").into(),
                labels: translations(&survey, row),
                kind,
                area: cell(&survey, row, "pamoja_area").into(),
                index: cell(&survey, row, "pamoja_index").into(),
                reverse: cell(&survey, row, "pamoja_reverse") == "yes",
            })
        })
        .collect();
    let first = settings.rows.first().map(|(_, r)| r.clone()).unwrap_or_default();
    Some(Instrument {
        code: code.into(),
        title: cell(&settings, &first, "form_title").into(),
        form_id: cell(&settings, &first, "form_id").into(),
        version: cell(&settings, &first, "version").into(),
        items,
        choices: lists,
    })
}

/// Writes the instrument as an XLSForm workbook (sheets survey, choices, settings).
pub fn write_xlsform(code: &str, path: &Path) -> Result<(), String> {
    let [survey, choices, settings] = sheets(code).ok_or_else(|| format!("no instrument {code}; use one of {}", CODES.join(", ")))?;
    write_workbook(path, &[("survey", &survey), ("choices", &choices), ("settings", &settings)], false)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// One teacher's answers in a file of responses.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub line: usize,
    pub teacher: String,
    pub school: String,
    /// (item, value as stored), only the items answered.
    pub answers: Vec<(String, String)>,
}

/// The column holding `instrument`'s `item`: `{instrument}/{item}` (how `survey export` writes
/// an item two instruments share, such as `subject`), named as the item, or ending in `/item`
/// (KoboToolbox's group path) or `-item` (ODK Central's) but not under another instrument.
fn column_of(header: &[String], instrument: &str, item: &str) -> Option<usize> {
    let own = format!("{instrument}/{item}");
    let others = |h: &str| CODES.iter().any(|c| *c != instrument && h.starts_with(&format!("{c}/")));
    header.iter().position(|h| *h == own).or_else(|| header.iter().position(|h| h == item)).or_else(|| {
        header.iter().position(|h| !others(h) && h.strip_suffix(item).is_some_and(|rest| rest.ends_with('/') || rest.ends_with('-')))
    })
}

/// Where a row's answer to an item is: its column, or for a select_multiple exported only as
/// Kobo's 0/1 column per option (`group/item/option`), those columns, each with its choice.
enum Source {
    Column(usize),
    Options(Vec<(String, usize)>),
}

fn source(header: &[String], instrument: &Instrument, item: &Item) -> Option<Source> {
    if let Some(at) = column_of(header, &instrument.code, &item.name) {
        return Some(Source::Column(at));
    }
    let ItemType::SelectMultiple(list) = &item.kind else { return None };
    let options: Vec<(String, usize)> = instrument
        .choices
        .get(list)?
        .iter()
        .filter_map(|c| {
            let tail = format!("{}/{}", item.name, c.name);
            header.iter().position(|h| *h == tail || h.ends_with(&format!("/{tail}"))).map(|at| (c.name.clone(), at))
        })
        .collect();
    (!options.is_empty()).then_some(Source::Options(options))
}

/// The choices marked 1 (or `true`) in a row's option columns, space-separated as the item's
/// own column would hold them; empty when every cell is empty. A cell other than 0 or 1 is a
/// problem at its column.
fn chosen<'a>(options: &[(String, usize)], get: &dyn Fn(usize) -> &'a str) -> Result<String, (usize, Why)> {
    let mut names = Vec::new();
    for (name, at) in options {
        match get(*at).to_ascii_lowercase().as_str() {
            "1" | "true" => names.push(name.as_str()),
            "0" | "false" | "" => {}
            other => return Err((*at, why("why-survey-option").arg("value", other))),
        }
    }
    Ok(names.join(" "))
}

/// Reads a file of responses to `instrument`: one row per teacher, a column per item (other
/// columns, such as Kobo's `_uuid` or its 0/1 column per option beside a select_multiple's own,
/// are ignored; a select_multiple found only as such option columns is read from them). A row that answers none of the instrument's
/// items is no response to it (a control teacher's row, in a file of several instruments, for
/// the CoP survey they were not given). Every bad cell is reported; no row is returned unless
/// all are good.
pub fn responses(table: &Table, instrument: &Instrument) -> Result<Vec<Response>, Vec<Problem>> {
    let problem = |line: usize, column: usize, reason| crate::table::problem(&table.file, line, column, reason);
    let mut problems = Vec::new();
    let code = instrument.code.as_str();
    let (teacher_at, school_at) = (column_of(&table.header, code, "teacher_code"), column_of(&table.header, code, "school_code"));
    for (name, at) in [("teacher_code", teacher_at), ("school_code", school_at)] {
        if at.is_none() {
            problems.push(problem(1, 1, why("why-survey-no-id").arg("column", name)));
        }
    }
    let (Some(teacher_at), Some(school_at)) = (teacher_at, school_at) else { return Err(problems) };
    let columns: Vec<(&Item, Source)> = instrument
        .items
        .iter()
        .filter(|i| !["teacher_code", "school_code"].contains(&i.name.as_str()))
        .filter_map(|i| source(&table.header, instrument, i).map(|c| (i, c)))
        .collect();
    if columns.is_empty() {
        problems.push(problem(1, 1, why("why-survey-no-items").arg("instrument", &instrument.title)));
        return Err(problems);
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for (line, row) in &table.rows {
        let get = |at: usize| row.get(at).map_or("", |s| s.trim());
        let (teacher, school) = (get(teacher_at).to_owned(), get(school_at).to_owned());
        for (name, value, at) in [("teacher_code", &teacher, teacher_at), ("school_code", &school, school_at)] {
            if value.is_empty() {
                problems.push(problem(*line, at + 1, why("why-survey-empty").arg("column", name)));
            }
        }
        if let Some(first) = seen.insert(teacher.clone(), *line).filter(|_| !teacher.is_empty()) {
            problems.push(problem(*line, teacher_at + 1, why("why-survey-answered").arg("teacher", &teacher).num("line", first)));
        }
        let mut answers = Vec::new();
        for (item, from) in &columns {
            let (raw, at) = match from {
                Source::Column(at) => (get(*at).to_owned(), *at),
                Source::Options(options) => match chosen(options, &get) {
                    Ok(raw) => (raw, options[0].1),
                    Err((at, reason)) => {
                        problems.push(problem(
                            *line,
                            at + 1,
                            why("why-in-field").arg("field", &table.header[at]).because("reason", reason),
                        ));
                        continue;
                    }
                },
            };
            match instrument.check(item, &raw) {
                Ok(v) if v.is_empty() => {}
                Ok(v) => answers.push((item.name.clone(), v)),
                Err(reason) => {
                    problems.push(problem(*line, at + 1, why("why-in-field").arg("field", &item.name).because("reason", reason)))
                }
            }
        }
        if !answers.is_empty() {
            out.push(Response { line: *line, teacher, school, answers });
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_and_options_are_read_in_each_language_the_form_carries() {
        let cop = get("cop-survey").expect("cop");
        let fac_1 = cop.item("fac_1").expect("fac_1");
        for code in ["fr", "sw", "rw"] {
            assert!(!fac_1.label_in(code).is_empty() && fac_1.label_in(code) != fac_1.label, "{code}: {}", fac_1.label_in(code));
        }
        // A language the form does not carry falls back to its default, English.
        assert_eq!(fac_1.label_in("de"), fac_1.label);
        let whole_group = cop.choices["formats"].iter().find(|c| c.name == "whole_group").expect("whole_group");
        assert_eq!(
            (whole_group.label_in("en"), whole_group.label_in("fr"), whole_group.label_in("rw")),
            ("Whole-group discussion", "Discussion en grand groupe", "Ibiganiro mu itsinda ryose")
        );
    }

    #[test]
    fn the_cop_survey_has_the_seed_s_indices() {
        let cop = get("cop-survey").expect("the CoP survey is compiled in");
        // Footnote 22: five facilitation items; footnote 23: ten CoP-impact items.
        assert_eq!(
            cop.index_items("facilitation").iter().map(|i| i.name.as_str()).collect::<Vec<_>>(),
            ["fac_1", "fac_2", "fac_3", "fac_4", "fac_5"]
        );
        assert_eq!(cop.index_items("impact").len(), 10);
        assert!(cop.item("feel_isolated").is_some_and(|i| i.reverse));
        let areas: std::collections::BTreeSet<&str> = cop.items.iter().map(|i| i.area.as_str()).collect();
        for area in ["enabling_conditions", "collaborative_culture", "governance", "content_dialogue"] {
            assert!(areas.contains(area), "{area}");
        }
        let tses = get("tses").expect("TSES");
        for (area, n) in [("engagement", 4), ("instruction", 4), ("management", 4)] {
            assert_eq!(tses.items.iter().filter(|i| i.area == area).count(), n, "{area}");
        }
        assert!(get("kap").expect("KAP").item("kap_unprepared").is_some_and(|i| i.reverse));
    }

    #[test]
    fn kobo_and_odk_group_prefixes_are_understood_and_bad_cells_named() {
        let cop = get("cop-survey").expect("cop");
        let header =
            ["_uuid", "teacher_code", "school_code", "governance/fac_1", "content_dialogue-imp_1", "formats"].map(String::from).to_vec();
        let rows = vec![
            (2, ["a", "T1", "S1", "4", "5", "pairs whole_group"].map(String::from).to_vec()),
            (3, ["b", "T2", "S1", "9", "", "dance"].map(String::from).to_vec()),
            (4, ["c", "T1", "S1", "", "", ""].map(String::from).to_vec()),
        ];
        let table = Table { file: "kobo.csv".into(), header: header.clone(), rows: rows[..1].to_vec() };
        let ok = responses(&table, &cop).expect("a good file");
        let pairs = |v: &[(&str, &str)]| v.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect::<Vec<_>>();
        assert_eq!(ok[0].answers, pairs(&[("fac_1", "4"), ("formats", "pairs whole_group"), ("imp_1", "5")]));
        let bad = responses(&Table { file: "kobo.csv".into(), header, rows }, &cop).unwrap_err();
        let messages: Vec<String> = bad.iter().map(ToString::to_string).collect();
        assert!(messages.contains(&"kobo.csv:3:4: fac_1: '9' is not one of: 1, 2, 3, 4, 5".to_owned()), "{messages:?}");
        assert!(messages.contains(&"kobo.csv:3:6: formats: 'dance' is not one of: whole_group, small_groups, pairs, instructional_material, lesson_modelling, mock_lesson, practical_activity, workshop".to_owned()), "{messages:?}");
        assert!(messages.contains(&"kobo.csv:4:2: teacher T1 already answered on line 2".to_owned()), "{messages:?}");
    }

    #[test]
    fn a_select_multiple_exported_only_as_a_column_per_option_is_read_from_them() {
        let cop = get("cop-survey").expect("cop");
        let header = ["teacher_code", "school_code", "content_dialogue/formats/pairs", "content_dialogue/formats/whole_group", "fac_1"]
            .map(String::from)
            .to_vec();
        let row = |line: usize, cells: [&str; 5]| (line, cells.map(String::from).to_vec());
        let table = |rows| Table { file: "kobo.csv".into(), header: header.clone(), rows };
        // Chosen options in the list's order; a row with every option column empty has not
        // answered the item; true is 1.
        let ok = responses(&table(vec![row(2, ["T1", "S1", "1", "TRUE", "4"]), row(3, ["T2", "S1", "", "", "3"])]), &cop).unwrap();
        assert_eq!(ok[0].answers, [("fac_1".to_owned(), "4".to_owned()), ("formats".to_owned(), "pairs whole_group".to_owned())]);
        assert_eq!(ok[1].answers, [("fac_1".to_owned(), "3".to_owned())]);
        // A cell that is neither 0 nor 1 is named at its own column.
        let bad = responses(&table(vec![row(2, ["T1", "S1", "0", "2", "4"])]), &cop).unwrap_err();
        assert_eq!(
            bad.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "kobo.csv:2:4: content_dialogue/formats/whole_group: '2' is not 0 or 1: a column per option holds 1 when the option was chosen, 0 or nothing when it was not"
            ]
        );
    }
}
