//! The registry as files, for the command line (`pamoja import|export`) and the imports page
//! alike: one column table per kind (`formats::registry`), read, checked and written a chunk at
//! a time in one transaction (so memory holds a chunk, not the file), all-or-nothing or
//! skipping invalid rows when asked, every problem placed at its `file:line:column`. Exports
//! are scoped to the caller as every list is.

use domain::Access;
use formats::registry::{self as layout, ClusterColumn, Kind, Parsed, PersonColumn, PostColumn, ResultColumn, SchoolColumn, UnitColumn};
use formats::{Problem, Table};
use std::collections::BTreeSet;
use std::path::Path;
use store::batch::{Batch, Mode, Record};
use store::list::Filter;
use store::registry::{clusters, people, posts, results, schools, units};
use store::{Db, Error};

/// Rows read, checked and written together: small against any file, large against a
/// statement's 500 rows.
pub const CHUNK: usize = 2_000;

/// Where an import has got to, for a progress display (after reading has begun).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The rows read so far, checked against the registry and held in the import's
    /// transaction: nothing is kept until the whole file has been checked.
    Checking { rows: usize },
    /// Every row checked and none rejecting the file: keeping what was written.
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
        lines(&self.problems)
    }
}

fn lines(problems: &[Problem]) -> usize {
    problems.iter().map(|p| p.line).collect::<BTreeSet<_>>().len()
}

/// Imports the file at `path`, of `kind`, as `access` may: new codes inserted, known ones
/// updated. Problems name the file as `name` (an upload's own name, not where it was saved).
/// The file is read on a blocking thread a chunk at a time; each chunk is parsed there, then
/// checked and written here in the one transaction, so a chunk sees the rows before it (a unit
/// finds a parent from an earlier chunk). Any problem, without `skip_invalid`, rolls it all back.
pub async fn import(
    db: &Db,
    access: &Access,
    kind: Kind,
    path: &Path,
    name: &str,
    skip_invalid: bool,
    step: impl Fn(Step),
) -> store::Result<Outcome> {
    let this_year = chrono::Datelike::year(&chrono::Utc::now());
    let run = Run { db, access, path, name, skip_invalid, step: &step };
    match kind {
        Kind::Units => run.go(layout::units).await,
        Kind::Schools => run.go(layout::schools).await,
        Kind::Clusters => run.go(layout::clusters).await,
        Kind::People => run.go(move |t| layout::people(t, this_year)).await,
        Kind::Posts => run.go(layout::posts).await,
        Kind::Results => run.go(move |t| layout::results(t, this_year)).await,
    }
}

struct Run<'a, S: Fn(Step)> {
    db: &'a Db,
    access: &'a Access,
    path: &'a Path,
    name: &'a str,
    skip_invalid: bool,
    step: &'a S,
}

impl<S: Fn(Step)> Run<'_, S> {
    async fn go<R>(self, parse: impl Fn(&Table) -> Parsed<R> + Send + 'static) -> store::Result<Outcome>
    where
        R: Record + Send + 'static,
    {
        let (send, mut chunks) = tokio::sync::mpsc::channel::<Parsed<R>>(1);
        let (path, name) = (self.path.to_owned(), self.name.to_owned());
        let reader = tokio::task::spawn_blocking(move || {
            Table::read_chunks(&path, CHUNK, |mut table| {
                table.file.clone_from(&name);
                send.blocking_send(parse(&table)).is_ok()
            })
            .map_err(|mut problem| {
                problem.file = name;
                problem
            })
        });
        let mut batch = Batch::<R>::begin(self.db, self.access, Mode::Upsert).await?;
        let mut problems: Vec<Problem> = Vec::new();
        let mut rows = 0;
        while let Some(parsed) = chunks.recv().await {
            rows += parsed.records.len() + lines(&parsed.problems);
            problems.extend(parsed.problems.iter().cloned());
            // A header that does not name the columns: no row can be read.
            if parsed.problems.iter().any(|p| p.line == 1) {
                break;
            }
            let bad = batch.write(&parsed.records).await?;
            problems.extend(bad.iter().flat_map(|(i, e)| parsed.locate(*i, e)));
            (self.step)(Step::Checking { rows });
        }
        drop(chunks);
        let unreadable = reader.await.map_err(|e| Error::Failed(format!("the file reader stopped: {e}")))?.err();
        problems.extend(unreadable.clone());
        problems.sort_by_key(|p| (p.line, p.column));
        if unreadable.is_some() || (!problems.is_empty() && !self.skip_invalid) {
            // Dropping the batch rolls back what it wrote.
            return Ok(Outcome { rows, problems, rejected: true, ..Outcome::default() });
        }
        (self.step)(Step::Writing { rows });
        let written = batch.commit().await?;
        Ok(Outcome { rows, inserted: written.inserted, updated: written.updated, problems, rejected: false })
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
        Kind::Units => units::list(db, access, &filter).await?.items.iter().map(|u| cells(UnitColumn::ALL, |c| unit_cell(u, c))).collect(),
        Kind::Schools => {
            schools::list(db, access, &filter).await?.items.iter().map(|s| cells(SchoolColumn::ALL, |c| school_cell(s, c))).collect()
        }
        Kind::Clusters => {
            clusters::list(db, access, &filter).await?.items.iter().map(|k| cells(ClusterColumn::ALL, |c| cluster_cell(k, c))).collect()
        }
        Kind::People => {
            people::list(db, access, &filter).await?.items.iter().map(|p| cells(PersonColumn::ALL, |c| person_cell(p, c))).collect()
        }
        Kind::Posts => posts::list(db, access, &filter, &Default::default())
            .await?
            .items
            .iter()
            .map(|p| cells(PostColumn::ALL, |c| post_cell(p, c)))
            .collect(),
        Kind::Results => results::list(db, access, &filter, &Default::default())
            .await?
            .items
            .iter()
            .map(|r| cells(ResultColumn::ALL, |c| result_cell(r, c)))
            .collect(),
    };
    Ok(Table {
        file: file.to_owned(),
        header: kind.columns().iter().map(|c| c.to_string()).collect(),
        rows: rows.into_iter().map(|r| (0, r.into_iter().map(inert).collect())).collect(),
    })
}

fn cells<C: Copy>(columns: &[C], cell: impl Fn(C) -> String) -> Vec<String> {
    columns.iter().map(|c| cell(*c)).collect()
}

fn unit_cell(u: &units::Unit, column: UnitColumn) -> String {
    match column {
        UnitColumn::Code => u.code.clone(),
        UnitColumn::Name => u.name.clone(),
        UnitColumn::Level => u.level.clone(),
        UnitColumn::Parent => opt(&u.parent),
    }
}

fn school_cell(s: &schools::School, column: SchoolColumn) -> String {
    match column {
        SchoolColumn::Code => s.code.clone(),
        SchoolColumn::Name => s.name.clone(),
        SchoolColumn::Unit => s.unit.clone(),
        SchoolColumn::Ownership => s.ownership.clone(),
        SchoolColumn::Locality => s.locality.clone(),
    }
}

fn cluster_cell(c: &clusters::Cluster, column: ClusterColumn) -> String {
    match column {
        ClusterColumn::Code => c.code.clone(),
        ClusterColumn::Name => c.name.clone(),
        ClusterColumn::Programme => c.programme.clone(),
        ClusterColumn::Unit => c.unit.clone(),
        ClusterColumn::Schools => c.schools.clone(),
    }
}

fn person_cell(p: &people::Person, column: PersonColumn) -> String {
    match column {
        PersonColumn::Code => p.code.clone(),
        PersonColumn::Name => p.name.clone(),
        PersonColumn::Gender => p.gender.clone(),
        PersonColumn::BirthYear => opt(&p.birth_year),
        PersonColumn::AgeBand => opt(&p.age_band),
        PersonColumn::Subjects => p.subjects.clone(),
        PersonColumn::Qualification => opt(&p.qualification),
        PersonColumn::StartedTeaching => opt(&p.started_teaching),
        PersonColumn::Phone => opt(&p.phone),
        PersonColumn::Unit => p.unit.clone(),
        PersonColumn::School => opt(&p.school),
    }
}

fn post_cell(p: &posts::Post, column: PostColumn) -> String {
    match column {
        PostColumn::Person => p.person.clone(),
        PostColumn::Role => p.role.clone(),
        // A post names one place: its unit only when it is held at the unit itself.
        PostColumn::Unit if p.school.is_none() && p.cluster.is_none() => p.unit.clone(),
        PostColumn::Unit => String::new(),
        PostColumn::School => opt(&p.school),
        PostColumn::Cluster => opt(&p.cluster),
        PostColumn::Subject => p.subject.clone(),
        PostColumn::From => p.from.to_string(),
        PostColumn::To => opt(&p.to),
    }
}

fn result_cell(r: &results::SchoolResult, column: ResultColumn) -> String {
    match column {
        ResultColumn::School => r.school.clone(),
        ResultColumn::Year => r.year.to_string(),
        ResultColumn::Subject => r.subject.clone(),
        ResultColumn::Candidates => r.candidates.to_string(),
        ResultColumn::Passed => r.passed.to_string(),
    }
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
