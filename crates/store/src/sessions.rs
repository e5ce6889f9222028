//! Browser sessions for the web pages: a random token in an HttpOnly cookie (only its SHA-256
//! kept), a CSRF token per session, and failed sign-ins counted for rate limiting.

use chrono::{DateTime, Duration, Utc};
use sea_query::{Expr, ExprTrait, JoinType, Query};

use crate::auth::{User, hex, random_bytes, token_hash, user_select};
use crate::{Db, Result};

/// How long a session lasts without signing in again.
pub const LIFETIME: Duration = Duration::days(14);
/// Failed sign-ins for one username within [`WINDOW`] before further attempts are refused.
pub const MAX_FAILURES: i64 = 5;
pub const WINDOW: Duration = Duration::minutes(15);

/// 32 random bytes as hex: a cookie or CSRF token.
pub fn new_token() -> String {
    hex(&random_bytes::<32>())
}

/// A new session: (cookie token, CSRF token).
pub async fn create(db: &Db, user: &User) -> Result<(String, String)> {
    let (token, csrf) = (new_token(), new_token());
    let now = Utc::now();
    let insert = Query::insert()
        .into_table("sessions")
        .columns(["token_hash", "user_id", "csrf", "created_at", "expires_at"])
        .values_panic([token_hash(&token).into(), user.id.into(), csrf.clone().into(), now.into(), (now + LIFETIME).into()])
        .to_owned();
    let mut tx = db.begin().await?;
    tx.run(&insert).await?;
    tx.commit().await?;
    Ok((token, csrf))
}

/// The user and CSRF token of a live session.
pub async fn get(db: &Db, token: &str) -> Result<Option<(User, String)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: User,
        csrf: String,
    }
    let q = user_select()
        .column(("x", "csrf"))
        .join_as(JoinType::InnerJoin, "sessions", "x", Expr::col(("x", "user_id")).equals(("u", "id")))
        .and_where(Expr::col(("x", "token_hash")).eq(token_hash(token)))
        .and_where(Expr::col(("x", "expires_at")).gt(Utc::now()))
        .to_owned();
    Ok(db.optional::<Row>(&q).await?.map(|r| (r.user, r.csrf)))
}

pub async fn end(db: &Db, token: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    tx.run(&Query::delete().from_table("sessions").and_where(Expr::col("token_hash").eq(token_hash(token))).to_owned()).await?;
    tx.commit().await?;
    Ok(())
}

/// Ends every session of a user (after a password change), but the one kept.
pub async fn end_others(db: &Db, user: &User, keep: &str) -> Result<()> {
    let delete = Query::delete()
        .from_table("sessions")
        .and_where(Expr::col("user_id").eq(user.id))
        .and_where(Expr::col("token_hash").ne(token_hash(keep)))
        .to_owned();
    let mut tx = db.begin().await?;
    tx.run(&delete).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn record_failure(db: &Db, username: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    tx.run(
        &Query::insert()
            .into_table("sign_in_failures")
            .columns(["username", "failed_at"])
            .values_panic([username.into(), Utc::now().into()])
            .to_owned(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Failed sign-ins for `username` since `since`.
pub async fn failures_since(db: &Db, username: &str, since: DateTime<Utc>) -> Result<i64> {
    #[derive(sqlx::FromRow)]
    struct N {
        n: i64,
    }
    let q = Query::select()
        .expr_as(Expr::col(sea_query::Asterisk).count(), "n")
        .from("sign_in_failures")
        .and_where(Expr::col("username").eq(username))
        .and_where(Expr::col("failed_at").gt(since))
        .to_owned();
    Ok(db.one::<N>(&q).await?.n)
}

/// Sets a new password (argon2id).
pub async fn set_password(db: &Db, user: &User, password: &str) -> Result<()> {
    let update = Query::update()
        .table("users")
        .value("password_hash", crate::auth::hash_password(password))
        .and_where(Expr::col("id").eq(user.id))
        .to_owned();
    let mut tx = db.begin().await?;
    tx.run(&update).await?;
    crate::auth::log_sign_in(&mut tx, Some(user.person_id), "password changed", &user.username, user.person_id, None).await?;
    tx.commit().await?;
    Ok(())
}
