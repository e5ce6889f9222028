//! Schools' exam results: candidates and passes per subject and year (see
//! [`domain::results`]). Read where the caller reads the school, written where they write it,
//! through the same batch path as the registry, so a file of results imports and exports like
//! a file of schools.

use super::schools;
use crate::batch::{Mode, Policy, Refused, Written};
use crate::db::Tx;
use crate::list::{Filter, Page};
use crate::{Db, Result, scope};
use domain::results::NewResult;
use domain::{Access, FieldErrors, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Order, Query, SelectStatement};
use serde::Serialize;
use uuid::Uuid;

/// A result as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct SchoolResult {
    /// The school's code.
    pub school: String,
    pub year: i64,
    pub subject: String,
    pub candidates: i64,
    pub passed: i64,
    #[serde(skip)]
    pub school_id: Uuid,
    #[serde(skip)]
    pub unit_path: String,
}

impl SchoolResult {
    pub fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: Some(self.school_id), cluster: None }
    }

    fn key(&self) -> String {
        format!("{}:{}:{}", self.school, self.year, self.subject)
    }
}

fn select() -> SelectStatement {
    Query::select()
        .columns([("r", "year"), ("r", "subject"), ("r", "candidates"), ("r", "passed"), ("r", "school_id")])
        .expr_as(Expr::col(("s", "code")), "school")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .from_as("school_results", "r")
        .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("r", "school_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
        .to_owned()
}

/// Which results a list holds, beyond the place and the page.
#[derive(Debug, Clone, Default)]
pub struct ResultFilter {
    /// One school's (by code).
    pub school: Option<String>,
    pub year: Option<i32>,
    pub subject: Option<String>,
}

/// The results the caller may read, by place, school, year and subject.
pub async fn list(db: &Db, access: &Access, filter: &Filter, only: &ResultFilter) -> Result<Page<SchoolResult>> {
    let mut q = select();
    q.cond_where(scope::condition(&access.read, &schools::COLS));
    if let Some(code) = &only.school {
        q.and_where(Expr::col(("s", "code")).eq(code.as_str()));
    }
    if let Some(year) = only.year {
        q.and_where(Expr::col(("r", "year")).eq(i64::from(year)));
    }
    if let Some(subject) = &only.subject {
        q.and_where(Expr::col(("r", "subject")).eq(subject.as_str()));
    }
    let order = [(("u", "path"), Order::Asc), (("s", "code"), Order::Asc), (("r", "year"), Order::Asc), (("r", "subject"), Order::Asc)];
    crate::list::page_in(db, q, filter, &[("s", "code"), ("r", "subject")], ("u", "path"), &order).await
}

/// Every result of these schools, whoever asks: for a page that has already decided the
/// caller may see them (a PLC's member reads its schools' data).
pub async fn of_schools(db: &Db, schools: &[Uuid]) -> Result<Vec<SchoolResult>> {
    let mut all = Vec::new();
    for chunk in schools.chunks(crate::batch::BATCH) {
        let q = select().and_where(Expr::col(("r", "school_id")).is_in(chunk.iter().copied())).to_owned();
        all.extend(db.all::<SchoolResult>(&q).await?);
    }
    Ok(all)
}

pub struct Resolved {
    school_id: Uuid,
    result: NewResult,
}

impl crate::batch::Record for NewResult {
    type Ready = Resolved;
    type Stored = SchoolResult;
    type Carry = ();
    const WRITTEN: &'static str = "school result written";

    fn key(&self) -> String {
        NewResult::key(self)
    }

    fn repeated(&self) -> (&'static str, domain::Why) {
        ("subject", domain::why("why-twice-in-file").arg("record", self.key()))
    }

    async fn resolve(
        tx: &mut Tx,
        access: &Access,
        results: &[&NewResult],
        _: Mode,
        _: &mut (),
        refused: &mut Refused,
    ) -> Result<Vec<Result<Resolved, FieldErrors>>> {
        let known = schools::named(tx, results.iter().map(|r| r.school.to_string()).collect()).await?;
        let mut rows = Vec::new();
        for result in results {
            let mut errors = FieldErrors::new();
            let code = result.school.as_str();
            match known.get(code) {
                None => errors.add("school", domain::why("why-not-registered").arg("code", code)),
                Some(s) if !access.write.covers(&s.place()) => refused.row(&mut errors, "school", "school", code),
                Some(_) => {}
            }
            rows.push(errors.finish(|| Resolved { school_id: known[code].id, result: (*result).clone() }));
        }
        Ok(rows)
    }

    async fn stored(tx: &mut Tx, ready: &[Resolved]) -> Result<Vec<SchoolResult>> {
        let keys: std::collections::HashSet<String> = ready.iter().map(|r| r.result.key()).collect();
        let mut ids: Vec<Uuid> = ready.iter().map(|r| r.school_id).collect();
        ids.sort();
        ids.dedup();
        let q = select().and_where(Expr::col(("r", "school_id")).is_in(ids)).to_owned();
        Ok(tx.all::<SchoolResult>(&q).await?.into_iter().filter(|r| keys.contains(&r.key())).collect())
    }

    async fn insert(tx: &mut Tx, ready: &[Resolved], _: &mut ()) -> Result<()> {
        let mut insert = Query::insert();
        insert.into_table("school_results").columns(["school_id", "year", "subject", "candidates", "passed"]);
        for r in ready {
            let x = &r.result;
            insert.values_panic([
                r.school_id.into(),
                i64::from(x.year).into(),
                x.subject.clone().into(),
                i64::from(x.candidates).into(),
                i64::from(x.passed).into(),
            ]);
        }
        insert.on_conflict(OnConflict::columns(["school_id", "year", "subject"]).update_columns(["candidates", "passed"]).to_owned());
        tx.run(&insert).await?;
        Ok(())
    }

    fn audited(r: &SchoolResult) -> (String, Place) {
        (r.key(), r.place())
    }
}

/// Writes results (see [`crate::batch`]): a result written again replaces the one before.
#[tracing::instrument(skip_all)]
pub async fn write(db: &Db, access: &Access, results: &[NewResult], policy: Policy) -> Result<Written> {
    crate::batch::write(db, access, results, Mode::Upsert, policy).await
}

/// Writes one result, as the API's `PUT` does: 404 for an unknown school, 403 for one the
/// caller may not write; the same result again changes nothing.
pub async fn put(db: &Db, access: &Access, result: &NewResult) -> Result<SchoolResult> {
    let school = schools::get(db, access, result.school.as_str()).await?;
    if !access.write.covers(&school.place()) {
        return Err(crate::Error::out_of_scope("school", &school.code));
    }
    write(db, access, std::slice::from_ref(result), Policy::AllOrNothing).await?;
    let only = ResultFilter { school: Some(school.code), year: Some(result.year), subject: Some(result.subject.clone()) };
    let found = list(db, access, &Filter { page: 1, per_page: 1, ..Filter::default() }, &only).await?;
    found.items.into_iter().next().ok_or_else(|| crate::Error::Failed("a result just written could not be read back".into()))
}
