//! Writing many records at once, the same way for the API (a batch of one), a file import and
//! the demo (a country): how existing codes are treated ([`Mode`]), what becomes of invalid rows
//! ([`Policy`]), what was written ([`Written`]), and the helpers every writer shares.

use crate::db::{Row, Tx};
use crate::{Db, Result};
use domain::{Access, FieldErrors, Place};
use sea_query::{Expr, ExprTrait, Query, SelectStatement};
use std::collections::{HashMap, HashSet};
use std::future::Future;
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
pub struct Refused(Option<crate::Error>);

impl Refused {
    pub(crate) fn row(&mut self, errors: &mut FieldErrors, field: &str, what: &'static str, code: &str) {
        errors.add(field, domain::why("why-outside-scope").arg("record", code));
        self.0.get_or_insert(crate::Error::out_of_scope(what, code));
    }

    /// A row refused by a rule of who may grant what: named in the row, and for a one-record
    /// write the whole refusal (403) with the rule's words.
    pub(crate) fn rule(&mut self, errors: &mut FieldErrors, field: &str, why: impl Into<domain::Why>) {
        let why = why.into();
        errors.add(field, why.clone());
        self.0.get_or_insert(crate::Error::Refused(why));
    }

    /// The first refusal, as an error for the whole batch.
    pub(crate) fn whole(self) -> Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// Splits a batch into the rows to write and the rows in error, as `policy` asks: under
/// [`Policy::AllOrNothing`] any row in error is the batch's error.
pub(crate) fn settle<T>(rows: Vec<(usize, Result<T, FieldErrors>)>, policy: Policy) -> Result<(Vec<T>, RowErrors)> {
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
    Ok((good, bad))
}

/// Checks a record's code against the mode: an error for a code that exists on create,
/// `NotFound` for a missing one on update.
pub(crate) fn check_code(errors: &mut FieldErrors, mode: Mode, what: &'static str, code: &str, exists: bool) -> Result<()> {
    match (mode, exists) {
        (Mode::Create, true) => errors.add("code", domain::why("why-code-taken").arg("code", code)),
        (Mode::Update, false) => return Err(crate::Error::not_found(what, code)),
        _ => {}
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

/// The rows of `select` whose `column` is one of `codes`, by code, read in the transaction: a
/// chunk reads only the records it names.
pub(crate) async fn named<T: Row>(
    tx: &mut Tx,
    select: &SelectStatement,
    column: (&'static str, &'static str),
    codes: Vec<String>,
    code: impl Fn(&T) -> String,
) -> Result<HashMap<String, T>> {
    let codes: std::collections::BTreeSet<String> = codes.into_iter().collect();
    let codes: Vec<String> = codes.into_iter().collect();
    let mut found = HashMap::new();
    for chunk in codes.chunks(BATCH) {
        let q = select.clone().and_where(Expr::col(column).is_in(chunk.iter().cloned())).to_owned();
        found.extend(tx.all::<T>(&q).await?.into_iter().map(|r| (code(&r), r)));
    }
    Ok(found)
}

/// One kind of registry record (a unit, school, cluster, person or post) as the batch path
/// writes it. [`Batch`] calls these steps for each chunk, in one transaction: the reads a chunk
/// needs and the scope checks happen there, on what the transaction sees.
pub trait Record: Sized + Sync {
    /// The record with its references resolved and checked, ready to write.
    type Ready: Send + Sync;
    /// The record as its table holds it, read before and after a write for the audit trail.
    type Stored: serde::Serialize + Send;
    /// What a batch keeps from chunk to chunk beyond the keys it has seen (the units' levels).
    type Carry: Default + Send;
    /// The audit trail's name for the write ("person written").
    const WRITTEN: &'static str;

    /// What makes two records the same record: a second one in a batch is an error.
    fn key(&self) -> String;
    /// The field and the words for a record whose key came before in the batch: by default the
    /// key is the record's code.
    fn repeated(&self) -> (&'static str, domain::Why) {
        ("code", domain::why("why-twice-in-file").arg("record", self.key()))
    }
    /// Reads what these records name and checks each, inside the transaction.
    fn resolve(
        tx: &mut Tx,
        access: &Access,
        records: &[&Self],
        mode: Mode,
        carry: &mut Self::Carry,
        refused: &mut Refused,
    ) -> impl Future<Output = Result<Vec<Result<Self::Ready, FieldErrors>>>> + Send;
    /// The stored rows these ready records are (or will be).
    fn stored(tx: &mut Tx, ready: &[Self::Ready]) -> impl Future<Output = Result<Vec<Self::Stored>>> + Send;
    /// Inserts the new records and updates the known ones.
    fn insert(tx: &mut Tx, ready: &[Self::Ready], carry: &mut Self::Carry) -> impl Future<Output = Result<()>> + Send;
    /// A stored row's key in the audit trail, and its place.
    fn audited(row: &Self::Stored) -> (String, Place);
    /// Work left for the end of the batch (the units' levels, logged once).
    fn finish(tx: &mut Tx, access: &Access, carry: Self::Carry) -> impl Future<Output = Result<()>> + Send {
        let _ = (tx, access, carry);
        async { Ok(()) }
    }
}

/// A batch write under way: one transaction that the chunks of a file (or the one record of a
/// request) go through, in order, so a chunk sees what the chunks before it wrote. Dropped
/// without [`Batch::commit`], it writes nothing.
pub struct Batch<'a, R: Record> {
    tx: Tx,
    access: &'a Access,
    mode: Mode,
    seen: HashSet<String>,
    carry: R::Carry,
    written: Written,
}

impl<'a, R: Record> Batch<'a, R> {
    pub async fn begin(db: &Db, access: &'a Access, mode: Mode) -> Result<Batch<'a, R>> {
        Ok(Batch { tx: db.begin().await?, access, mode, seen: HashSet::new(), carry: R::Carry::default(), written: Written::default() })
    }

    /// Writes the valid records of one chunk and answers its invalid ones (index in the chunk,
    /// why). A create or update outside the caller's scope is refused whole.
    pub async fn write(&mut self, records: &[R]) -> Result<RowErrors> {
        let mut bad = Vec::new();
        for (n, part) in records.chunks(BATCH).enumerate() {
            bad.extend(self.write_part(part).await?.into_iter().map(|(i, e)| (n * BATCH + i, e)));
        }
        Ok(bad)
    }

    async fn write_part(&mut self, records: &[R]) -> Result<RowErrors> {
        let mut refused = Refused::default();
        // A record whose key came before is not resolved at all: a later row cannot lean on it
        // (a unit's child on a repeated unit), whatever became of the first.
        let mut bad = Vec::new();
        let mut first = Vec::new();
        for (index, record) in records.iter().enumerate() {
            if self.seen.insert(record.key()) {
                first.push(index);
            } else {
                let (field, why) = record.repeated();
                bad.push((index, FieldErrors::single(field, why)));
            }
        }
        let fresh: Vec<&R> = first.iter().map(|&i| &records[i]).collect();
        let resolved = R::resolve(&mut self.tx, self.access, &fresh, self.mode, &mut self.carry, &mut refused).await?;
        if self.mode != Mode::Upsert {
            refused.whole()?;
        }
        let mut good = Vec::new();
        for (index, row) in first.into_iter().zip(resolved) {
            match row {
                Ok(ready) => good.push(ready),
                Err(errors) => bad.push((index, errors)),
            }
        }
        bad.sort_by_key(|(index, _)| *index);
        if good.is_empty() {
            return Ok(bad);
        }
        let before = R::stored(&mut self.tx, &good).await?;
        R::insert(&mut self.tx, &good, &mut self.carry).await?;
        let after = R::stored(&mut self.tx, &good).await?;
        let changes = crate::audit::diff(R::WRITTEN, self.access.actor, before, after, R::audited);
        self.written.tally(&changes);
        crate::audit::log(&mut self.tx, &changes).await?;
        Ok(bad)
    }

    /// Ends the batch, keeping what it wrote.
    pub async fn commit(mut self) -> Result<Written> {
        R::finish(&mut self.tx, self.access, self.carry).await?;
        self.tx.commit().await?;
        Ok(self.written)
    }
}

/// Writes `records` in one batch: the API's one record, an edit form's, the demo's country.
pub async fn write<R: Record>(db: &Db, access: &Access, records: &[R], mode: Mode, policy: Policy) -> Result<Written> {
    let mut batch = Batch::<R>::begin(db, access, mode).await?;
    let bad = batch.write(records).await?;
    if !bad.is_empty() && policy == Policy::AllOrNothing {
        return Err(crate::Error::Rows(bad));
    }
    let mut written = batch.commit().await?;
    written.skipped = bad;
    Ok(written)
}

/// The ids of the records of `table` with these codes, read in the transaction.
pub(crate) async fn ids_named(tx: &mut Tx, table: &'static str, codes: Vec<String>) -> Result<HashMap<String, Uuid>> {
    let q = Query::select().columns(["code", "id"]).from(table).to_owned();
    let found = named(tx, &q, (table, "code"), codes, |r: &CodeId| r.code.clone()).await?;
    Ok(found.into_iter().map(|(code, r)| (code, r.id)).collect())
}
