//! The registry's file layouts: one set of columns per kind, the same for import and export.

use crate::table::{Problem, Table};
use domain::person::PersonFields;
use domain::post::PostFields;
use domain::results::{NewResult, ResultFields};
use domain::{FieldErrors, NewCluster, NewPerson, NewPost, NewSchool, NewUnit, why};
use std::collections::HashMap;

/// Declares a file kind's columns: one enum, in file order, with each column's heading. The
/// reader asks for cells by column and the export writes a record's cells by matching on the
/// column, so neither keeps the order by position.
macro_rules! columns {
    ($(#[$doc:meta])* $name:ident { $($column:ident = $heading:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($column),+
        }

        impl $name {
            /// Every column, in the order exports write them.
            pub const ALL: &'static [$name] = &[$($name::$column),+];

            /// The column's heading in the file.
            pub fn heading(self) -> &'static str {
                match self {
                    $($name::$column => $heading),+
                }
            }
        }

        impl Column for $name {
            fn heading(self) -> &'static str {
                $name::heading(self)
            }
        }
    };
}

/// A column of a registry file.
pub trait Column: Copy {
    fn heading(self) -> &'static str;
}

columns!(
    /// The columns of a units file.
    UnitColumn { Code = "code", Name = "name", Level = "level", Parent = "parent" }
);
columns!(
    /// The columns of a schools file.
    SchoolColumn { Code = "code", Name = "name", Unit = "unit", Ownership = "ownership", Locality = "locality" }
);
columns!(
    /// The columns of a clusters file.
    ClusterColumn { Code = "code", Name = "name", Programme = "programme", Unit = "unit", Schools = "schools" }
);
columns!(
    /// The columns of a people file.
    PersonColumn {
        Code = "code",
        Name = "name",
        Gender = "gender",
        BirthYear = "birth_year",
        AgeBand = "age_band",
        Subjects = "subjects",
        Qualification = "qualification",
        StartedTeaching = "started_teaching",
        Phone = "phone",
        Unit = "unit",
        School = "school",
    }
);
columns!(
    /// The columns of a posts file.
    PostColumn { Person = "person", Role = "role", Unit = "unit", School = "school", Cluster = "cluster", Subject = "subject", From = "from", To = "to" }
);

columns!(
    /// The columns of a school results file: one row per school, year and subject.
    ResultColumn { School = "school", Year = "year", Subject = "subject", Candidates = "candidates", Passed = "passed" }
);

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Units,
    Schools,
    Clusters,
    People,
    Posts,
    /// Schools' exam results.
    Results,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Units, Kind::Schools, Kind::Clusters, Kind::People, Kind::Posts, Kind::Results];

    /// The columns' headings, in the order exports write them. Imports accept any order.
    pub fn columns(self) -> Vec<&'static str> {
        fn headings<C: Column>(all: &[C]) -> Vec<&'static str> {
            all.iter().map(|c| c.heading()).collect()
        }
        match self {
            Kind::Units => headings(UnitColumn::ALL),
            Kind::Schools => headings(SchoolColumn::ALL),
            Kind::Clusters => headings(ClusterColumn::ALL),
            Kind::People => headings(PersonColumn::ALL),
            Kind::Posts => headings(PostColumn::ALL),
            Kind::Results => headings(ResultColumn::ALL),
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Units => "units",
            Kind::Schools => "schools",
            Kind::Clusters => "clusters",
            Kind::People => "people",
            Kind::Posts => "posts",
            Kind::Results => "results",
        }
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.slug() == raw)
            .ok_or_else(|| format!("unknown kind {raw:?}; use units, schools, clusters, people, posts or results"))
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
            Problem::in_field(file, line, column, e)
        })
        .collect()
}

/// Checks the header names each column exactly once and nothing else.
fn columns(table: &Table, kind: Kind) -> Result<HashMap<String, usize>, Vec<Problem>> {
    header(table, kind.slug(), kind.columns().as_slice())
}

/// Checks the header of a `kind_name` file names each of `expected` exactly once and nothing
/// else (any case); answers where each column is.
pub(crate) fn header(table: &Table, kind_name: &str, expected: &[&str]) -> Result<HashMap<String, usize>, Vec<Problem>> {
    let mut found = HashMap::new();
    let mut problems = Vec::new();
    let at = |column: usize, reason| Problem { file: table.file.clone(), line: 1, column, reason };
    let names = expected.join(",");
    for (i, name) in table.header.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        if !expected.contains(&name.as_str()) {
            problems.push(at(i + 1, why("why-file-unknown-column").arg("column", &name).arg("kind", kind_name).arg("columns", &names)));
        } else if found.insert(name.clone(), i).is_some() {
            problems.push(at(i + 1, why("why-file-repeated-column").arg("column", &name)));
        }
    }
    for name in expected {
        if !found.contains_key(*name) {
            problems.push(at(
                table.header.len() + 1,
                why("why-file-missing-column").arg("column", name).arg("kind", kind_name).arg("columns", &names),
            ));
        }
    }
    if problems.is_empty() { Ok(found) } else { Err(problems) }
}

fn parse<C: Column, T>(table: &Table, kind: Kind, parse_row: impl Fn(&dyn Fn(C) -> String) -> Result<T, FieldErrors>) -> Parsed<T> {
    let mut parsed =
        Parsed { records: Vec::new(), lines: Vec::new(), problems: Vec::new(), file: table.file.clone(), columns: HashMap::new() };
    match columns(table, kind) {
        Err(problems) => parsed.problems = problems,
        Ok(columns) => {
            for (line, cells) in &table.rows {
                let get = |column: C| columns.get(column.heading()).and_then(|&i| cells.get(i)).cloned().unwrap_or_default();
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
    use UnitColumn as C;
    parse(table, Kind::Units, |get: &dyn Fn(C) -> String| NewUnit::parse(&get(C::Code), &get(C::Name), &get(C::Level), &get(C::Parent)))
}

pub fn schools(table: &Table) -> Parsed<NewSchool> {
    use SchoolColumn as C;
    parse(table, Kind::Schools, |get: &dyn Fn(C) -> String| {
        NewSchool::parse(&get(C::Code), &get(C::Name), &get(C::Unit), &get(C::Ownership), &get(C::Locality))
    })
}

pub fn clusters(table: &Table) -> Parsed<NewCluster> {
    use ClusterColumn as C;
    parse(table, Kind::Clusters, |get: &dyn Fn(C) -> String| {
        let schools = get(C::Schools);
        NewCluster::parse(&get(C::Code), &get(C::Name), &get(C::Programme), &get(C::Unit), &schools.split(';').collect::<Vec<_>>())
    })
}

pub fn people(table: &Table, this_year: i32) -> Parsed<NewPerson> {
    use PersonColumn as C;
    parse(table, Kind::People, |get: &dyn Fn(C) -> String| {
        let (code, name, gender, birth_year) = (get(C::Code), get(C::Name), get(C::Gender), get(C::BirthYear));
        let (age_band, subjects, qualification) = (get(C::AgeBand), get(C::Subjects), get(C::Qualification));
        let (started_teaching, phone, unit, school) = (get(C::StartedTeaching), get(C::Phone), get(C::Unit), get(C::School));
        let fields = PersonFields {
            code: &code,
            name: &name,
            gender: &gender,
            birth_year: &birth_year,
            age_band: &age_band,
            subjects: &subjects,
            qualification: &qualification,
            started_teaching: &started_teaching,
            phone: &phone,
            unit: &unit,
            school: &school,
        };
        NewPerson::parse(&fields, this_year)
    })
}

pub fn posts(table: &Table) -> Parsed<NewPost> {
    use PostColumn as C;
    parse(table, Kind::Posts, |get: &dyn Fn(C) -> String| {
        let (person, role, unit, school) = (get(C::Person), get(C::Role), get(C::Unit), get(C::School));
        let (cluster, subject, from, to) = (get(C::Cluster), get(C::Subject), get(C::From), get(C::To));
        let fields = PostFields {
            person: &person,
            role: &role,
            unit: &unit,
            school: &school,
            cluster: &cluster,
            subject: &subject,
            from: &from,
            to: &to,
        };
        NewPost::parse(&fields)
    })
}

pub fn results(table: &Table, this_year: i32) -> Parsed<NewResult> {
    use ResultColumn as C;
    parse(table, Kind::Results, |get: &dyn Fn(C) -> String| {
        let (school, year, subject, candidates, passed) =
            (get(C::School), get(C::Year), get(C::Subject), get(C::Candidates), get(C::Passed));
        NewResult::parse(
            &ResultFields { school: &school, year: &year, subject: &subject, candidates: &candidates, passed: &passed },
            this_year,
        )
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
