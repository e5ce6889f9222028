//! Writing many records at once, the same way for the API (a batch of one), a file import and
//! the demo (a country): how existing codes are treated ([`Mode`]), what becomes of invalid rows
//! ([`Policy`]), what was written ([`Written`]), and the helpers every writer shares.

use crate::{Db, Result};
use domain::FieldErrors;
use sea_query::{Expr, ExprTrait, Query};
use std::collections::HashMap;
use uuid::Uuid;

/// How a batch treats records whose code already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every record is new; an existing code is an error.
    Create,
    /// Every record exists; a missing code is an error.
    Update,
    /// Insert new records, update existing ones (imports: re-importing a file changes nothing).
    Upsert,
}

/// What a batch does with invalid records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Any invalid record rejects the batch; nothing is written.
    AllOrNothing,
    /// Write the valid records; report the invalid ones in [`Written::skipped`].
    SkipInvalid,
    /// Check every record as a write would, and write nothing.
    CheckOnly,
}

/// The invalid records of a batch: (index in the batch, what is wrong).
pub type RowErrors = Vec<(usize, FieldErrors)>;

/// What a batch did.
#[derive(Debug, Default)]
pub struct Written {
    /// Records that did not exist before.
    pub inserted: usize,
    /// Records that existed and changed (not those written the same as they were).
    pub updated: usize,
    /// Rows left out under `skip_invalid`: (index in the batch, why).
    pub skipped: RowErrors,
}

#[derive(sqlx::FromRow)]
pub(crate) struct CodeId {
    pub code: String,
    pub id: Uuid,
}

/// Every code of `table` with its id: imports resolve references with one query, not one per row.
pub(crate) async fn code_ids(db: &Db, table: &'static str) -> Result<HashMap<String, Uuid>> {
    let rows: Vec<CodeId> = db.all(Query::select().columns(["code", "id"]).from(table)).await?;
    Ok(rows.into_iter().map(|r| (r.code, r.id)).collect())
}

/// The rows of a batch that lie outside the caller's write scope. A one-record create or update
/// (the API, the edit forms) is refused whole, as `OutOfScope` (403), by [`Refused::whole`];
/// in a file (an upsert) each such row is named beside the other rows' problems, and
/// `skip_invalid` writes the rest.
#[derive(Default)]
pub(crate) struct Refused(Option<crate::Error>);

impl Refused {
    pub(crate) fn row(&mut self, errors: &mut FieldErrors, field: &str, what: &'static str, code: &str) {
        let refusal = crate::Error::out_of_scope(what, code);
        errors.add(field, refusal.to_string());
        self.0.get_or_insert(refusal);
    }

    /// A row refused by a rule of who may grant what: named in the row, and for a one-record
    /// write the whole refusal (403) with the rule's words.
    pub(crate) fn rule(&mut self, errors: &mut FieldErrors, field: &str, why: impl std::fmt::Display) {
        errors.add(field, why.to_string());
        self.0.get_or_insert(crate::Error::Refused(why.to_string()));
    }

    /// The first refusal, as an error for the whole batch.
    pub(crate) fn whole(self) -> Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// Splits a batch into the rows to write and the rows in error, as `policy` asks.
/// `None`: nothing is to be written (a check that found nothing wrong).
pub(crate) fn settle<T>(rows: Vec<(usize, Result<T, FieldErrors>)>, policy: Policy) -> Result<Option<(Vec<T>, RowErrors)>> {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for (index, row) in rows {
        match row {
            Ok(row) => good.push(row),
            Err(errors) => bad.push((index, errors)),
        }
    }
    if !bad.is_empty() && policy != Policy::SkipInvalid {
        return Err(crate::Error::Rows(bad));
    }
    Ok((policy != Policy::CheckOnly).then_some((good, bad)))
}

/// Checks a record's code against the mode and the batch: errors for a code that exists on
/// create or repeats in the batch; `NotFound` for a missing one on update.
pub(crate) fn check_code<'a>(
    errors: &mut FieldErrors,
    seen: &mut std::collections::HashSet<&'a str>,
    mode: Mode,
    what: &'static str,
    code: &'a str,
    exists: bool,
) -> Result<()> {
    match (mode, exists) {
        (Mode::Create, true) => errors.add("code", format!("{code} already exists")),
        (Mode::Update, false) => return Err(crate::Error::not_found(what, code)),
        _ => {}
    }
    if !seen.insert(code) {
        errors.add("code", format!("{code} appears twice in the file"));
    }
    Ok(())
}

impl Written {
    /// Counts what a write's audit diff found: a record with nothing before is new, one that
    /// differs from before is updated; a record written the same as it was counts as neither
    /// (a file imported again is "0 new, 0 updated").
    pub(crate) fn tally(&mut self, changes: &[crate::audit::Change]) {
        let mut records = std::collections::HashSet::new();
        for c in changes.iter().filter(|c| records.insert(c.record.as_str())) {
            if c.before.is_none() { self.inserted += 1 } else { self.updated += 1 }
        }
    }
}

/// Rows per multi-row INSERT: under SQLite's and PostgreSQL's bind-parameter limits.
pub(crate) const BATCH: usize = 500;

pub(crate) fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// The ids of just these codes of `table`, for a batch that names a few of many records.
pub(crate) async fn ids_of(db: &Db, table: &'static str, codes: impl IntoIterator<Item = String>) -> Result<HashMap<String, Uuid>> {
    let mut codes: Vec<String> = codes.into_iter().collect();
    codes.sort();
    codes.dedup();
    let mut found = HashMap::new();
    for chunk in codes.chunks(BATCH) {
        let q = Query::select().columns(["code", "id"]).from(table).and_where(Expr::col("code").is_in(chunk.iter().cloned())).to_owned();
        found.extend(db.all::<CodeId>(&q).await?.into_iter().map(|r| (r.code, r.id)));
    }
    Ok(found)
}
