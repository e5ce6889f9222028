//! Append-only migrations, the same SQL for both backends, each applied once in its own
//! transaction and recorded in `pamoja_migrations`.

use crate::db::Db;
use sea_query::{Expr, ExprTrait, Query};

/// (version, name, SQL). Append new entries; never edit or reorder released ones.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "registry", include_str!("../migrations/0001_registry.sql")),
    (2, "cop life", include_str!("../migrations/0002_cop_life.sql")),
    (3, "activity changes", include_str!("../migrations/0003_activity_changes.sql")),
    (4, "surveys", include_str!("../migrations/0004_surveys.sql")),
    (5, "sessions", include_str!("../migrations/0005_sessions.sql")),
    (6, "audit", include_str!("../migrations/0006_audit.sql")),
    (7, "one meeting a day", include_str!("../migrations/0007_one_meeting_a_day.sql")),
    (8, "tokens and sign-in", include_str!("../migrations/0008_tokens_and_sign_in.sql")),
    (9, "server keys", include_str!("../migrations/0009_server_keys.sql")),
    (10, "life changes", include_str!("../migrations/0010_life_changes.sql")),
    (11, "follow-up visits", include_str!("../migrations/0011_follow_up_visits.sql")),
    (12, "first password", include_str!("../migrations/0012_first_password.sql")),
    (13, "CoP guests", include_str!("../migrations/0013_cop_guests.sql")),
    (14, "closures once", include_str!("../migrations/0014_closures_once.sql")),
    (15, "KPI buckets", include_str!("../migrations/0015_kpi_buckets.sql")),
    (16, "learning communities", include_str!("../migrations/0016_learning_communities.sql")),
    (17, "school results", include_str!("../migrations/0017_school_results.sql")),
    (18, "selections", include_str!("../migrations/0018_selections.sql")),
    (19, "rubrics", include_str!("../migrations/0019_rubrics.sql")),
];

/// The CHECKs 0016 widens: (table, column, the values it lists, the values it gains).
const WIDENED_16: &[(&str, &str, &[&str], &[&str])] = &[
    ("community_members", "role", &["member", "facilitator"], &["official"]),
    ("meetings", "facilitator_kind", &["teacher", "subject-leader", "head-teacher", "coach", "slf", "other"], &["lll", "nll"]),
    ("meeting_decisions", "decider", &["teachers", "subject-leader", "head-teacher", "coach", "slf"], &["lll", "nll", "sei", "deo"]),
    ("attendance", "guest_role", GUEST_ROLES_15, &["sei", "deo", "lll", "nll"]),
    ("community_guests", "guest_role", GUEST_ROLES_15, &["sei", "deo", "lll", "nll"]),
];
const GUEST_ROLES_15: &[&str] = &["head-teacher", "subject-leader", "slf", "coach", "parent", "remedial-teacher", "other"];

#[derive(sqlx::FromRow)]
struct Applied {
    version: i64,
}

/// Applies every migration not yet applied; returns how many it applied.
pub async fn migrate(db: &Db) -> Result<usize, sqlx::Error> {
    db.script("CREATE TABLE IF NOT EXISTS pamoja_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        .await?;
    let applied: Vec<Applied> = db.all(Query::select().column("version").from("pamoja_migrations")).await?;
    let mut count = 0;
    for (version, name, sql) in MIGRATIONS {
        if applied.iter().any(|a| a.version == *version) {
            continue;
        }
        if *version == 7 {
            refuse_meetings_twice_a_day(db).await?;
        }
        let mut tx = db.begin().await?;
        tx.script(sql).await?;
        if *version == 15 {
            crate::life::buckets::rebuild(&mut tx).await?;
        }
        if *version == 16 {
            for (table, column, old, added) in WIDENED_16 {
                tx.widen_check(table, column, old, added).await?;
            }
        }
        if *version == 19 {
            crate::rubrics::seed(&mut tx).await.map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
        }
        tx.run(Query::insert().into_table("pamoja_migrations").columns(["version", "name", "applied_at"]).values_panic([
            Expr::val(*version),
            Expr::val(*name),
            Expr::val(chrono::Utc::now().to_rfc3339()),
        ]))
        .await?;
        tx.commit().await?;
        tracing::info!(version, name, "applied migration");
        count += 1;
    }
    Ok(count)
}

/// Before 0007's unique index: a database that already holds two meetings of one CoP on one day
/// (two processes could write them before) is named, not half-migrated with a bare constraint
/// error. The operator keeps one of each pair, then migrates again.
async fn refuse_meetings_twice_a_day(db: &Db) -> Result<(), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Twice {
        community_id: uuid::Uuid,
        held_on: chrono::NaiveDate,
    }
    let q = Query::select()
        .columns(["community_id", "held_on"])
        .from("meetings")
        .group_by_col("community_id")
        .group_by_col("held_on")
        .and_having(Expr::col(sea_query::Asterisk).count().gt(1))
        .limit(20)
        .to_owned();
    let twice: Vec<Twice> = db.all(&q).await?;
    if twice.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = twice.iter().map(|t| format!("CoP {} on {}", t.community_id, t.held_on)).collect();
    Err(sqlx::Error::Configuration(
        format!(
            "migration 7 holds one meeting per CoP per day, and these have two or more: {}; keep one of each, then migrate again",
            listed.join(", ")
        )
        .into(),
    ))
}
