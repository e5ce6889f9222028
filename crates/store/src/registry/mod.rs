//! The registry: units, schools, clusters, people and posts. Each module reads with the
//! caller's scope and writes batches all-or-nothing: the API writes a batch of one, an
//! import a whole file, the demo a whole country, all through the same functions.

pub mod clusters;
pub mod people;
pub mod posts;
pub mod schools;
pub mod units;

use crate::db::Row;
use crate::{Db, Result};
use domain::FieldErrors;
use sea_query::{Asterisk, Expr, ExprTrait, Func, Query, SelectStatement};
use serde::Serialize;
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

/// A page of a list.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// A list's filters: under a unit, matching a text, one page.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only records under this unit (by code).
    pub unit: Option<String>,
    /// Case-insensitive match on name or code.
    pub text: Option<String>,
    pub page: u64,
    pub per_page: u64,
}

/// More rows than any list holds (India's 10 million teachers, many times over): the bound of a
/// page's size and offset.
pub const MAX_ROWS: u64 = 1 << 40;

impl Filter {
    pub fn all() -> Self {
        Filter { page: 1, per_page: MAX_ROWS, ..Filter::default() }
    }
}

#[derive(sqlx::FromRow)]
struct Count {
    n: i64,
}

/// Runs `select` as one page, with the total count, after applying the text filter to
/// `name_cols` and the unit filter to `path_col`.
pub(crate) async fn page<T: Row>(
    db: &Db,
    mut select: SelectStatement,
    filter: &Filter,
    name_cols: &[(&'static str, &'static str)],
    path_col: (&'static str, &'static str),
    order: (&'static str, &'static str),
) -> Result<Page<T>> {
    if let Some(text) = filter.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = format!("%{}%", crate::scope::like_escape(&text.to_lowercase()));
        let mut any = sea_query::Condition::any();
        for col in name_cols {
            any = any.add(Func::lower(Expr::col(*col)).like(sea_query::LikeExpr::new(pattern.clone()).escape('\\')));
        }
        select.cond_where(any);
    }
    if let Some(code) = filter.unit.as_deref() {
        let unit = units::path_of(db, code).await?;
        select.cond_where(crate::scope::starts_with(path_col, &unit));
    }
    let count: Count =
        db.one(Query::select().expr_as(Expr::col(Asterisk).count(), "n").from_subquery(select.clone(), "page_source")).await?;
    let per_page = filter.per_page.clamp(1, MAX_ROWS);
    let page = Ord::max(filter.page, 1);
    // A page past every row is empty; an offset the database cannot hold is refused, never
    // handed to the driver (which panics on a u64 past i64).
    let offset = (page - 1)
        .checked_mul(per_page)
        .filter(|o| *o <= MAX_ROWS)
        .ok_or_else(|| crate::Error::invalid("page", format!("page {page} of {per_page} is past the largest list there can be")))?;
    select.order_by(order, sea_query::Order::Asc).limit(per_page).offset(offset);
    Ok(Page { items: db.all(&select).await?, page, per_page, total: count.n as u64 })
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

/// Joins the place of a row aliased `row` (its `unit_id`, `school_id`, `cluster_id`) and
/// selects `unit`, `unit_path`, `school` and `cluster` (codes), as the scope check needs.
pub(crate) fn with_place(mut select: SelectStatement, row: &'static str) -> SelectStatement {
    use sea_query::JoinType::{InnerJoin, LeftJoin};
    select
        .expr_as(Expr::col(("u", "code")), "unit")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .expr_as(Expr::col(("s", "code")), "school")
        .expr_as(Expr::col(("c", "code")), "cluster")
        .join_as(InnerJoin, "units", "u", Expr::col(("u", "id")).equals((row, "unit_id")))
        .join_as(LeftJoin, "schools", "s", Expr::col(("s", "id")).equals((row, "school_id")))
        .join_as(LeftJoin, "clusters", "c", Expr::col(("c", "id")).equals((row, "cluster_id")));
    select
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
