//! The registry: units, schools, clusters, people and posts. Each module reads with the
//! caller's scope and writes batches all-or-nothing (see [`crate::batch`]): the API writes a
//! batch of one, an import a whole file, the demo a whole country, all through the same
//! functions.

pub mod clusters;
pub mod people;
pub mod posts;
pub mod results;
pub mod schools;
pub mod units;

use sea_query::{Expr, ExprTrait, SelectStatement};

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
