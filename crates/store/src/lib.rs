//! The only crate that speaks SQL. One schema and one query path for SQLite and PostgreSQL
//! (see `db`), and every read and write scoped to what the caller's posts cover (`scope`).

pub mod accounts;
pub mod audit;
pub mod auth;
pub mod batch;
pub mod db;
mod error;
pub mod joined;
pub mod leaders;
pub mod life;
pub mod list;
pub mod metrics;
pub mod migrate;
pub mod programmes;
pub mod registry;
pub mod rubrics;
pub mod scope;
pub mod sessions;
pub mod surveys;

pub use db::Db;
pub use error::{Error, Result};
pub use migrate::migrate;

/// Turns a unique-constraint violation into a field error that says what clashed.
pub(crate) fn unique_to_field(error: sqlx::Error, field: &str, why: domain::Why) -> Error {
    match &error {
        sqlx::Error::Database(db) if db.is_unique_violation() => Error::invalid(field, why),
        _ => Error::Database(error),
    }
}

/// How many rows each table holds, for the demo's summary and the benchmark.
use sea_query::ExprTrait;

pub async fn table_counts(db: &Db) -> Result<Vec<(&'static str, i64)>> {
    #[derive(sqlx::FromRow)]
    struct N {
        n: i64,
    }
    let mut counts = Vec::new();
    for table in TABLES {
        let q = sea_query::Query::select().expr_as(sea_query::Expr::col(sea_query::Asterisk).count(), "n").from(*table).to_owned();
        counts.push((*table, db.one::<N>(&q).await?.n));
    }
    Ok(counts)
}

/// Counts of rows grouped by one text column of a table, e.g. posts by role.
pub async fn counts_by(db: &Db, table: &'static str, column: &'static str) -> Result<Vec<(String, i64)>> {
    #[derive(sqlx::FromRow)]
    struct G {
        key: String,
        n: i64,
    }
    let q = sea_query::Query::select()
        .expr_as(sea_query::Expr::col(column), "key")
        .expr_as(sea_query::Expr::col(sea_query::Asterisk).count(), "n")
        .from(table)
        .group_by_col(column)
        .order_by(column, sea_query::Order::Asc)
        .to_owned();
    Ok(db.all::<G>(&q).await?.into_iter().map(|g| (g.key, g.n)).collect())
}

const TABLES: &[&str] = &[
    "units",
    "schools",
    "programmes",
    "clusters",
    "cluster_schools",
    "programme_schools",
    "people",
    "posts",
    "school_results",
    "academic_years",
    "terms",
    "closures",
    "waves",
    "phases",
    "communities",
    "community_members",
    "community_guests",
    "users",
    "toolkit_activities",
    "meetings",
    "meeting_agenda",
    "meeting_formats",
    "meeting_roles",
    "attendance",
    "meeting_guests",
    "meeting_decisions",
    "meeting_topics",
    "meeting_reports",
    "action_points",
    "follow_ups",
    "kpi_meetings",
    "kpi_people",
    "survey_rounds",
    "survey_responses",
    "survey_answers",
    "selection_rules",
    "selections",
    "selection_committee",
    "nominations",
    "nomination_scores",
    "rubrics",
    "audit_log",
];
