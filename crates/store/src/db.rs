//! The one query path. Every statement is built once with sea-query and run on whichever
//! backend the URL picked; the dialect is chosen here and nowhere else.
//!
//! Named dialect differences (the only ones):
//! - placeholders and quoting: sea-query's `SqliteQueryBuilder` vs `PostgresQueryBuilder`;
//! - connection setup: SQLite gets WAL, foreign keys, a busy timeout, `synchronous=FULL` and a
//!   case-sensitive LIKE (as PostgreSQL's is);
//! - a SQLite write transaction begins `IMMEDIATE`, taking the file's write lock at once (and
//!   waiting the busy timeout for it), so another process writing the same file (a CLI import
//!   beside the server) makes it wait, not fail with "database is locked" half-way;
//! - test databases: PostgreSQL ones are created with `CREATE DATABASE` (see `connect`);
//! - widening a CHECK that lists a column's values (`Tx::widen_check`, for migrations):
//!   PostgreSQL replaces the named constraint, SQLite edits the table's stored definition.

use sea_query::{PostgresQueryBuilder, SelectStatement, SqliteQueryBuilder};
use sea_query_sqlx::SqlxBinder;
use sqlx::postgres::{PgPoolOptions, PgRow};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous};
use sqlx::{AssertSqlSafe, FromRow, PgPool, Postgres, Sqlite, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

/// A row type readable from both backends.
pub trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}

#[derive(Clone, Debug)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A handle to the database. Cheap to clone; clones share the pool and the KPI cache.
#[derive(Clone, Debug)]
pub struct Db {
    pool: Pool,
    /// Per-CoP KPI facts for recent periods, valid while `life_version` is unchanged.
    pub(crate) kpi_cache: std::sync::Arc<std::sync::Mutex<crate::life::kpis::Cache>>,
    /// SQLite has one writer at a time; writers queue here, in order, instead of polling
    /// the file lock (its busy handler sleeps in growing steps and wastes the wait).
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Meetings queued for the next group commit (`life::group`).
    pub(crate) pending: std::sync::Arc<crate::life::group::Pending>,
}

/// A transaction: everything written through it lands together or not at all.
pub enum Tx {
    /// Holds the writer's turn until it commits or is dropped.
    Sqlite(sqlx::Transaction<'static, Sqlite>, tokio::sync::OwnedMutexGuard<()>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

/// Runs one sea-query statement on the backend behind `$target` (a pool or a transaction).
macro_rules! dispatch {
    ($sqlite:expr, $pg:expr, $stmt:expr, |$sql:ident, $values:ident, $exec:ident| $body:expr) => {
        match ($sqlite, $pg) {
            (Some($exec), _) => {
                let ($sql, $values) = $stmt.build_sqlx(SqliteQueryBuilder);
                let $sql = AssertSqlSafe($sql);
                $body
            }
            (_, Some($exec)) => {
                let ($sql, $values) = $stmt.build_sqlx(PostgresQueryBuilder);
                let $sql = AssertSqlSafe($sql);
                $body
            }
            (None, None) => unreachable!("a target is either SQLite or PostgreSQL"),
        }
    };
}

/// The statements that change rows.
pub trait Write: SqlxBinder {}
impl Write for sea_query::InsertStatement {}
impl Write for sea_query::UpdateStatement {}
impl Write for sea_query::DeleteStatement {}

impl Db {
    /// `postgres://…` selects PostgreSQL; anything else is a SQLite file path
    /// (`sqlite://` prefix optional), created if missing.
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        let pool = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Pool::Postgres(PgPoolOptions::new().max_connections(16).connect(url).await?)
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            let options = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                // Long enough for another process's write (an import's chunk) to finish.
                .busy_timeout(Duration::from_secs(30))
                .synchronous(SqliteSynchronous::Full)
                // Codes are case-sensitive, and PostgreSQL's LIKE is: make SQLite's agree.
                .pragma("case_sensitive_like", "ON");
            Pool::Sqlite(SqlitePoolOptions::new().max_connections(8).connect_with(options).await?)
        };
        Ok(Db { pool, kpi_cache: Default::default(), writer: Default::default(), pending: Default::default() })
    }

    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    fn targets(&self) -> (Option<&SqlitePool>, Option<&PgPool>) {
        match &self.pool {
            Pool::Sqlite(p) => (Some(p), None),
            Pool::Postgres(p) => (None, Some(p)),
        }
    }

    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match &self.pool {
            Pool::Sqlite(p) => {
                let turn = self.writer.clone().lock_owned().await;
                Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?, turn)
            }
            Pool::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    pub async fn all<T: Row>(&self, stmt: &SelectStatement) -> Result<Vec<T>, sqlx::Error> {
        let (s, p) = self.targets();
        dispatch!(s, p, stmt, |sql, values, exec| sqlx::query_as_with(sql, values).fetch_all(exec).await)
    }

    pub async fn optional<T: Row>(&self, stmt: &SelectStatement) -> Result<Option<T>, sqlx::Error> {
        let (s, p) = self.targets();
        dispatch!(s, p, stmt, |sql, values, exec| sqlx::query_as_with(sql, values).fetch_optional(exec).await)
    }

    pub async fn one<T: Row>(&self, stmt: &SelectStatement) -> Result<T, sqlx::Error> {
        let (s, p) = self.targets();
        dispatch!(s, p, stmt, |sql, values, exec| sqlx::query_as_with(sql, values).fetch_one(exec).await)
    }

    /// Runs a script of statements (migrations, maintenance) outside a transaction.
    pub async fn script(&self, sql: &str) -> Result<(), sqlx::Error> {
        match &self.pool {
            Pool::Sqlite(p) => sqlx::raw_sql(AssertSqlSafe(sql.to_owned())).execute(p).await.map(drop),
            Pool::Postgres(p) => sqlx::raw_sql(AssertSqlSafe(sql.to_owned())).execute(p).await.map(drop),
        }
    }

    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

impl Tx {
    fn targets(&mut self) -> (Option<&mut sqlx::SqliteConnection>, Option<&mut sqlx::PgConnection>) {
        match self {
            Tx::Sqlite(t, _) => (Some(&mut **t), None),
            Tx::Postgres(t) => (None, Some(&mut **t)),
        }
    }

    pub async fn all<T: Row>(&mut self, stmt: &SelectStatement) -> Result<Vec<T>, sqlx::Error> {
        let (s, p) = self.targets();
        dispatch!(s, p, stmt, |sql, values, exec| sqlx::query_as_with(sql, values).fetch_all(exec).await)
    }

    pub async fn optional<T: Row>(&mut self, stmt: &SelectStatement) -> Result<Option<T>, sqlx::Error> {
        let (s, p) = self.targets();
        dispatch!(s, p, stmt, |sql, values, exec| sqlx::query_as_with(sql, values).fetch_optional(exec).await)
    }

    /// Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched.
    pub async fn run<S: Write>(&mut self, stmt: &S) -> Result<u64, sqlx::Error> {
        let (s, p) = self.targets();
        dispatch!(s, p, stmt, |sql, values, exec| sqlx::query_with(sql, values).execute(exec).await.map(|r| r.rows_affected()))
    }

    pub async fn script(&mut self, sql: &str) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t, _) => sqlx::raw_sql(AssertSqlSafe(sql.to_owned())).execute(&mut **t).await.map(drop),
            Tx::Postgres(t) => sqlx::raw_sql(AssertSqlSafe(sql.to_owned())).execute(&mut **t).await.map(drop),
        }
    }

    /// Widens the CHECK `column IN (old…)` of `table` to also admit `added`, for a migration.
    /// PostgreSQL drops its constraint (named `{table}_{column}_check`, as it names a column's
    /// CHECK) and adds the wider one. SQLite cannot alter a constraint; its documented way to
    /// loosen one is to edit the table's stored `CREATE TABLE` and bump the schema version, which
    /// leaves the rows as they are (all of them pass the wider rule). The old text must be found
    /// exactly once, or nothing changes and the migration fails.
    pub async fn widen_check(&mut self, table: &str, column: &str, old: &[&str], added: &[&str]) -> Result<(), sqlx::Error> {
        let list = |values: &[&str]| values.iter().map(|v| format!("'{v}'")).collect::<Vec<_>>().join(", ");
        let wider = list(&[old, added].concat());
        match self {
            Tx::Postgres(t) => {
                let name = format!("{table}_{column}_check");
                let sql = format!("ALTER TABLE {table} DROP CONSTRAINT {name}, ADD CONSTRAINT {name} CHECK ({column} IN ({wider}))");
                sqlx::raw_sql(AssertSqlSafe(sql)).execute(&mut **t).await.map(drop)
            }
            Tx::Sqlite(t, _) => {
                let (before, after) = (format!("CHECK ({column} IN ({}))", list(old)), format!("CHECK ({column} IN ({wider}))"));
                let version: i64 = sqlx::query_scalar("PRAGMA schema_version").fetch_one(&mut **t).await?;
                sqlx::raw_sql("PRAGMA writable_schema = ON").execute(&mut **t).await?;
                let edited = sqlx::query(
                    "UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2) WHERE type = 'table' AND name = ?3 AND instr(sql, ?1) > 0",
                )
                .bind(&before)
                .bind(&after)
                .bind(table)
                .execute(&mut **t)
                .await?
                .rows_affected();
                sqlx::raw_sql(AssertSqlSafe(format!("PRAGMA schema_version = {}", version + 1))).execute(&mut **t).await?;
                sqlx::raw_sql("PRAGMA writable_schema = OFF").execute(&mut **t).await?;
                if edited != 1 {
                    return Err(sqlx::Error::Protocol(format!("{table}: no `{before}` to widen")));
                }
                Ok(())
            }
        }
    }

    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t, _) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }
}
