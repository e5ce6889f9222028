//! The registry as files, for the command line (`pamoja import|export`) and the imports page
//! alike: one column list per kind (`formats::registry`), read whole, checked whole and
//! written all-or-nothing (or skipping invalid rows when asked), every problem placed at its
//! `file:line:column`. Exports are scoped to the caller as every list is.

use domain::{Access, NewCluster, NewPerson, NewPost, NewSchool, NewUnit};
use formats::registry::{self as layout, Kind, Parsed};
use formats::{Problem, Table};
use store::batch::{Mode, Policy, Written};
use store::list::Filter;
use store::registry::{clusters, people, posts, schools, units};
use store::{Db, Error};

/// Where an import has got to, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Checking every row against the registry (references, codes, the caller's scope).
    Checking { rows: usize },
    /// Writing the rows in one transaction.
    Writing { rows: usize },
}

/// What an import did: written, or rejected with every problem (and then nothing was written).
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    /// Rows left out (with `skip_invalid`), or the rows that rejected the file.
    pub problems: Vec<Problem>,
    pub rejected: bool,
}

impl Outcome {
    /// How many lines the problems are on.
    pub fn lines(&self) -> usize {
        self.problems.iter().map(|p| p.line).collect::<std::collections::BTreeSet<_>>().len()
    }
}

/// A file's records, parsed by kind (`Records::parse`; CPU work, for a blocking thread).
pub enum Records {
    Units(Parsed<NewUnit>),
    Schools(Parsed<NewSchool>),
    Clusters(Parsed<NewCluster>),
    People(Parsed<NewPerson>),
    Posts(Parsed<NewPost>),
}

/// What every kind's records answer, whatever their type.
macro_rules! each {
    ($records:expr, $parsed:ident => $body:expr) => {
        match $records {
            Records::Units($parsed) => $body,
            Records::Schools($parsed) => $body,
            Records::Clusters($parsed) => $body,
            Records::People($parsed) => $body,
            Records::Posts($parsed) => $body,
        }
    };
}

impl Records {
    pub fn parse(kind: Kind, table: &Table) -> Records {
        match kind {
            Kind::Units => Records::Units(layout::units(table)),
            Kind::Schools => Records::Schools(layout::schools(table)),
            Kind::Clusters => Records::Clusters(layout::clusters(table)),
            Kind::People => Records::People(layout::people(table, chrono::Datelike::year(&chrono::Utc::now()))),
            Kind::Posts => Records::Posts(layout::posts(table)),
        }
    }

    fn problems(&self) -> &[Problem] {
        each!(self, p => &p.problems)
    }

    fn len(&self) -> usize {
        each!(self, p => p.records.len())
    }

    fn locate(&self, index: usize, errors: &domain::FieldErrors) -> Vec<Problem> {
        each!(self, p => p.locate(index, errors))
    }

    async fn write(&self, db: &Db, access: &Access, policy: Policy) -> store::Result<Written> {
        match self {
            Records::Units(p) => units::write(db, access, &p.records, Mode::Upsert, policy).await,
            Records::Schools(p) => schools::write(db, access, &p.records, Mode::Upsert, policy).await,
            Records::Clusters(p) => clusters::write(db, access, &p.records, Mode::Upsert, policy).await,
            Records::People(p) => people::write(db, access, &p.records, Mode::Upsert, policy).await,
            Records::Posts(p) => posts::write(db, access, &p.records, policy).await,
        }
    }
}

/// Imports a table of `kind` as `access` may: new codes inserted, known ones updated.
pub async fn import(
    db: &Db,
    access: &Access,
    kind: Kind,
    table: &Table,
    skip_invalid: bool,
    step: impl Fn(Step),
) -> store::Result<Outcome> {
    write(db, access, &Records::parse(kind, table), skip_invalid, step).await
}

/// Writes parsed records unless a problem rejects the file, and gathers every problem, those
/// of the file's text and those of its references (unknown unit, duplicate code) alike.
pub async fn write(db: &Db, access: &Access, parsed: &Records, skip_invalid: bool, step: impl Fn(Step)) -> store::Result<Outcome> {
    let rows = parsed.len() + parsed.problems().iter().map(|p| p.line).collect::<std::collections::BTreeSet<_>>().len();
    let sorted = |mut problems: Vec<Problem>| {
        problems.sort_by_key(|p| (p.line, p.column));
        problems
    };
    let rejected = |problems| Ok(Outcome { rows, problems: sorted(problems), rejected: true, ..Outcome::default() });
    if !parsed.problems().is_empty() && !skip_invalid {
        // Check the readable rows too, so one run lists every problem in the file.
        step(Step::Checking { rows });
        let mut problems = parsed.problems().to_vec();
        match parsed.write(db, access, Policy::CheckOnly).await {
            Err(Error::Rows(bad)) => problems.extend(bad.iter().flat_map(|(i, e)| parsed.locate(*i, e))),
            Err(other) => return Err(other),
            Ok(_) => {}
        }
        return rejected(problems);
    }
    step(Step::Writing { rows });
    let policy = if skip_invalid { Policy::SkipInvalid } else { Policy::AllOrNothing };
    match parsed.write(db, access, policy).await {
        Err(Error::Rows(bad)) => rejected(bad.iter().flat_map(|(i, e)| parsed.locate(*i, e)).collect()),
        Err(other) => Err(other),
        Ok(written) => {
            let mut skipped: Vec<Problem> = parsed.problems().to_vec();
            skipped.extend(written.skipped.iter().flat_map(|(i, e)| parsed.locate(*i, e)));
            Ok(Outcome { rows, inserted: written.inserted, updated: written.updated, problems: sorted(skipped), rejected: false })
        }
    }
}

/// An optional value as a cell: empty when absent.
pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The registry's records of `kind` that `access` may read (under `unit` if given), as a table
/// with the import's columns.
pub async fn export(db: &Db, access: &Access, kind: Kind, file: &str, unit: Option<String>) -> store::Result<Table> {
    let filter = Filter { unit, ..Filter::all() };
    let rows: Vec<Vec<String>> = match kind {
        Kind::Units => {
            units::list(db, access, &filter).await?.items.into_iter().map(|u| vec![u.code, u.name, u.level, opt(&u.parent)]).collect()
        }
        Kind::Schools => schools::list(db, access, &filter)
            .await?
            .items
            .into_iter()
            .map(|s| vec![s.code, s.name, s.unit, s.ownership, s.locality])
            .collect(),
        Kind::Clusters => clusters::list(db, access, &filter)
            .await?
            .items
            .into_iter()
            .map(|c| vec![c.code, c.name, c.programme, c.unit, c.schools])
            .collect(),
        Kind::People => people::list(db, access, &filter)
            .await?
            .items
            .into_iter()
            .map(|p| {
                vec![
                    p.code,
                    p.name,
                    p.gender,
                    opt(&p.birth_year),
                    opt(&p.age_band),
                    p.subjects,
                    opt(&p.qualification),
                    opt(&p.started_teaching),
                    opt(&p.phone),
                    p.unit,
                    opt(&p.school),
                ]
            })
            .collect(),
        Kind::Posts => posts::list(db, access, &filter, &Default::default())
            .await?
            .items
            .into_iter()
            .map(|p| {
                // A post names one place: its unit only when it is held at the unit itself.
                let unit = if p.school.is_none() && p.cluster.is_none() { p.unit } else { String::new() };
                vec![p.person, p.role, unit, opt(&p.school), opt(&p.cluster), p.subject, p.from.to_string(), opt(&p.to)]
            })
            .collect(),
    };
    Ok(Table {
        file: file.to_owned(),
        header: kind.columns().iter().map(|c| c.to_string()).collect(),
        rows: rows.into_iter().map(|r| (0, r.into_iter().map(inert).collect())).collect(),
    })
}

/// A cell a spreadsheet will not run: text starting `=` or `@`, or `+`/`-` not followed by a
/// digit (a phone number such as +250 788 stays as it is), is written after a `'`, as
/// spreadsheets themselves mark text.
fn inert(cell: String) -> String {
    let mut chars = cell.chars();
    let risky = match chars.next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    if risky { format!("'{cell}") } else { cell }
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn exported_cells_cannot_be_formulas() {
        assert_eq!(inert("=HYPERLINK(\"http://x\")".into()), "'=HYPERLINK(\"http://x\")");
        assert_eq!(inert("@SUM(A1)".into()), "'@SUM(A1)");
        assert_eq!(inert("-cmd".into()), "'-cmd");
        assert_eq!(inert("+250788123456".into()), "+250788123456", "a phone number is left alone");
        assert_eq!(inert("EP Bunzani".into()), "EP Bunzani");
        assert_eq!(inert(String::new()), "");
    }
}
