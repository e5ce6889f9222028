//! One page of a scoped list, with its total: what every list in the store answers.

use crate::db::Row;
use crate::{Db, Result};
use sea_query::{Asterisk, Expr, ExprTrait, Func, Query, SelectStatement};
use serde::Serialize;

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
/// `name_cols` and the unit filter to `path_col`; rows in `order`, ascending.
pub(crate) async fn page<T: Row>(
    db: &Db,
    select: SelectStatement,
    filter: &Filter,
    name_cols: &[(&'static str, &'static str)],
    path_col: (&'static str, &'static str),
    order: (&'static str, &'static str),
) -> Result<Page<T>> {
    page_in(db, select, filter, name_cols, path_col, &[(order, sea_query::Order::Asc)]).await
}

/// [`page`] with rows in any order (the newest first, say): the last column should be unique.
pub(crate) async fn page_in<T: Row>(
    db: &Db,
    mut select: SelectStatement,
    filter: &Filter,
    name_cols: &[(&'static str, &'static str)],
    path_col: (&'static str, &'static str),
    order: &[((&'static str, &'static str), sea_query::Order)],
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
        let unit = crate::registry::units::path_of(db, code).await?;
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
        .ok_or_else(|| crate::Error::invalid("page", domain::why("why-page-too-far").num("page", page).num("per_page", per_page)))?;
    for (column, direction) in order {
        select.order_by(*column, direction.clone());
    }
    select.limit(per_page).offset(offset);
    Ok(Page { items: db.all(&select).await?, page, per_page, total: count.n as u64 })
}
