//! The registry's file layouts: one set of columns per kind, the same for import and export.

use crate::table::{Problem, Table};
use domain::person::PersonFields;
use domain::post::PostFields;
use domain::{FieldErrors, NewCluster, NewPerson, NewPost, NewSchool, NewUnit};
use std::collections::HashMap;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Units,
    Schools,
    Clusters,
    People,
    Posts,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Units, Kind::Schools, Kind::Clusters, Kind::People, Kind::Posts];

    /// The columns, in the order exports write them. Imports accept any order.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Kind::Units => &["code", "name", "level", "parent"],
            Kind::Schools => &["code", "name", "unit", "ownership", "locality"],
            Kind::Clusters => &["code", "name", "programme", "unit", "schools"],
            Kind::People => &[
                "code",
                "name",
                "gender",
                "birth_year",
                "age_band",
                "subjects",
                "qualification",
                "started_teaching",
                "phone",
                "unit",
                "school",
            ],
            Kind::Posts => &["person", "role", "unit", "school", "cluster", "subject", "from", "to"],
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Units => "units",
            Kind::Schools => "schools",
            Kind::Clusters => "clusters",
            Kind::People => "people",
            Kind::Posts => "posts",
        }
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.slug() == raw)
            .ok_or_else(|| format!("unknown kind {raw:?}; use units, schools, clusters, people or posts"))
    }
}

/// A file's records, each with the line it came from, and the problems found.
#[derive(Debug)]
pub struct Parsed<T> {
    pub records: Vec<T>,
    /// The line of each record, for problems found later (an unknown unit, a duplicate).
    pub lines: Vec<usize>,
    pub problems: Vec<Problem>,
    file: String,
    columns: HashMap<String, usize>,
}

impl<T> Parsed<T> {
    /// Places the problems of record `index` (as the store reports them) in the file.
    pub fn locate(&self, index: usize, errors: &FieldErrors) -> Vec<Problem> {
        locate(&self.file, &self.columns, self.lines[index], errors)
    }
}

fn locate(file: &str, columns: &HashMap<String, usize>, line: usize, errors: &FieldErrors) -> Vec<Problem> {
    errors
        .0
        .iter()
        .map(|e| {
            // A post's "place" is whichever of unit/school/cluster; point at the first.
            let field = if e.field == "place" { "unit" } else { e.field.as_str() };
            let column = columns.get(field).map_or(1, |c| c + 1);
            Problem { file: file.to_owned(), line, column, reason: format!("{}: {}", e.field, e.message) }
        })
        .collect()
}

/// Checks the header names each column exactly once and nothing else.
fn columns(table: &Table, kind: Kind) -> Result<HashMap<String, usize>, Vec<Problem>> {
    let expected = kind.columns();
    let mut found = HashMap::new();
    let mut problems = Vec::new();
    let at = |column: usize, reason: String| Problem { file: table.file.clone(), line: 1, column, reason };
    for (i, name) in table.header.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        if !expected.contains(&name.as_str()) {
            problems.push(at(i + 1, format!("unknown column {name:?}; {} files have the columns {}", kind.slug(), expected.join(","))));
        } else if found.insert(name.clone(), i).is_some() {
            problems.push(at(i + 1, format!("column {name:?} appears twice")));
        }
    }
    for name in expected {
        if !found.contains_key(*name) {
            problems.push(at(
                table.header.len() + 1,
                format!("missing column {name:?}; {} files have the columns {}", kind.slug(), expected.join(",")),
            ));
        }
    }
    if problems.is_empty() { Ok(found) } else { Err(problems) }
}

fn parse<T>(table: &Table, kind: Kind, parse_row: impl Fn(&dyn Fn(&str) -> String) -> Result<T, FieldErrors>) -> Parsed<T> {
    let mut parsed =
        Parsed { records: Vec::new(), lines: Vec::new(), problems: Vec::new(), file: table.file.clone(), columns: HashMap::new() };
    match columns(table, kind) {
        Err(problems) => parsed.problems = problems,
        Ok(columns) => {
            for (line, cells) in &table.rows {
                let get = |name: &str| columns.get(name).and_then(|&i| cells.get(i)).cloned().unwrap_or_default();
                match parse_row(&get) {
                    Ok(record) => {
                        parsed.records.push(record);
                        parsed.lines.push(*line);
                    }
                    Err(errors) => parsed.problems.extend(locate(&table.file, &columns, *line, &errors)),
                }
            }
            parsed.columns = columns;
        }
    }
    parsed
}

pub fn units(table: &Table) -> Parsed<NewUnit> {
    parse(table, Kind::Units, |get| NewUnit::parse(&get("code"), &get("name"), &get("level"), &get("parent")))
}

pub fn schools(table: &Table) -> Parsed<NewSchool> {
    parse(table, Kind::Schools, |get| NewSchool::parse(&get("code"), &get("name"), &get("unit"), &get("ownership"), &get("locality")))
}

pub fn clusters(table: &Table) -> Parsed<NewCluster> {
    parse(table, Kind::Clusters, |get| {
        let schools = get("schools");
        NewCluster::parse(&get("code"), &get("name"), &get("programme"), &get("unit"), &schools.split(';').collect::<Vec<_>>())
    })
}

pub fn people(table: &Table, this_year: i32) -> Parsed<NewPerson> {
    parse(table, Kind::People, |get| {
        let v: Vec<String> = Kind::People.columns().iter().map(|c| get(c)).collect();
        let fields = PersonFields {
            code: &v[0],
            name: &v[1],
            gender: &v[2],
            birth_year: &v[3],
            age_band: &v[4],
            subjects: &v[5],
            qualification: &v[6],
            started_teaching: &v[7],
            phone: &v[8],
            unit: &v[9],
            school: &v[10],
        };
        NewPerson::parse(&fields, this_year)
    })
}

pub fn posts(table: &Table) -> Parsed<NewPost> {
    parse(table, Kind::Posts, |get| {
        let v: Vec<String> = Kind::Posts.columns().iter().map(|c| get(c)).collect();
        let fields =
            PostFields { person: &v[0], role: &v[1], unit: &v[2], school: &v[3], cluster: &v[4], subject: &v[5], from: &v[6], to: &v[7] };
        NewPost::parse(&fields)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            file: "schools.csv".into(),
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: rows.iter().enumerate().map(|(i, r)| (i + 2, r.iter().map(|s| s.to_string()).collect())).collect(),
        }
    }

    #[test]
    fn a_wrong_header_names_the_unknown_and_the_missing_column() {
        let parsed = schools(&table(&["code", "name", "district", "ownership", "locality"], &[]));
        let messages: Vec<String> = parsed.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            messages,
            [
                "schools.csv:1:3: unknown column \"district\"; schools files have the columns code,name,unit,ownership,locality",
                "schools.csv:1:6: missing column \"unit\"; schools files have the columns code,name,unit,ownership,locality",
            ]
        );
    }

    #[test]
    fn a_bad_code_is_reported_at_its_line_and_column() {
        let parsed = schools(&table(&["name", "code", "unit", "ownership", "locality"], &[&["Gasabo", "S 1", "RW-01", "public", "rural"]]));
        assert_eq!(parsed.problems[0].to_string(), "schools.csv:2:2: code: contains ' '; use letters, digits, '-', '_', '.' or '/'");
    }
}
