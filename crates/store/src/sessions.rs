//! Browser sessions for the web pages: a random token in an HttpOnly cookie (only its SHA-256
//! kept), a CSRF token per session, and failed sign-ins counted for rate limiting.

use chrono::{DateTime, Duration, Utc};
use sea_query::{Expr, ExprTrait, JoinType, Query};

use crate::auth::{User, hex, random_bytes, token_hash, user_select};
use crate::{Db, Result};

/// How long a session lasts without signing in again.
pub const LIFETIME: Duration = Duration::days(14);
/// Failed sign-ins are counted over this window; older ones are pruned.
pub const WINDOW: Duration = Duration::minutes(15);
/// Failures of one username from one address before each further attempt waits.
pub const FREE_FOR_USERNAME: i64 = 5;
/// Failures from one address, whatever the usernames, before each further attempt waits.
pub const FREE_FOR_CLIENT: i64 = 20;
/// Failures of one username from anywhere before each further attempt waits: guesses spread
/// over many addresses are bounded too, and the holder of the password is held up only after
/// a flood no person types.
pub const FREE_FOR_USERNAME_ANYWHERE: i64 = 50;
/// The longest address kept.
const MAX_CLIENT: usize = 64;

/// How long after the latest failure the next attempt must wait, once `free` failures are
/// spent: 30 seconds, doubling with each further failure, at most the window (15 minutes).
/// A growing delay, not a lock: the holder of the password, from another address, is not
/// slowed by someone else's guesses.
pub fn delay(failures: i64, free: i64) -> Duration {
    if failures < free {
        return Duration::zero();
    }
    let doublings = Ord::min(failures - free, 5) as u32;
    Ord::min(Duration::seconds(30 * 2i64.pow(doublings)), WINDOW)
}

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

/// A username as it is counted: cut to [`crate::auth::MAX_USERNAME`] characters, so a failure
/// stores at most that much whatever was typed.
fn counted(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Counts a failed sign-in of `username` from `client`, and forgets failures older than the
/// window, so the table holds at most the last 15 minutes.
#[tracing::instrument(skip_all)]
pub async fn record_failure(db: &Db, username: &str, client: &str) -> Result<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    tx.run(&Query::delete().from_table("sign_in_failures").and_where(Expr::col("failed_at").lt(now - WINDOW)).to_owned()).await?;
    tx.run(
        &Query::insert()
            .into_table("sign_in_failures")
            .columns(["username", "client", "failed_at"])
            .values_panic([counted(username, crate::auth::MAX_USERNAME).into(), counted(client, MAX_CLIENT).into(), now.into()])
            .to_owned(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// How long a sign-in of `username` from `client` must still wait, if at all: the longest of
/// the waits for this username from this address, for this address whatever the username, and
/// for this username from anywhere.
pub async fn wait(db: &Db, username: &str, client: &str, now: DateTime<Utc>) -> Result<Option<Duration>> {
    #[derive(sqlx::FromRow)]
    struct Recent {
        n: i64,
        latest: Option<DateTime<Utc>>,
    }
    let since = now - WINDOW;
    let recent = |of_user: bool, of_client: bool| {
        let mut q = Query::select()
            .expr_as(Expr::col(sea_query::Asterisk).count(), "n")
            .expr_as(Expr::col("failed_at").max(), "latest")
            .from("sign_in_failures")
            .and_where(Expr::col("failed_at").gt(since))
            .to_owned();
        if of_client {
            q.and_where(Expr::col("client").eq(counted(client, MAX_CLIENT)));
        }
        if of_user {
            q.and_where(Expr::col("username").eq(counted(username, crate::auth::MAX_USERNAME)));
        }
        q
    };
    let mut longest = Duration::zero();
    let counts = [(true, true, FREE_FOR_USERNAME), (false, true, FREE_FOR_CLIENT), (true, false, FREE_FOR_USERNAME_ANYWHERE)];
    for (of_user, of_client, free) in counts {
        let r: Recent = db.one(&recent(of_user, of_client)).await?;
        if let Some(latest) = r.latest {
            longest = Ord::max(longest, latest + delay(r.n, free) - now);
        }
    }
    Ok((longest > Duration::zero()).then_some(longest))
}

/// Sets a new password (argon2id), and in the same transaction ends every other session of
/// the user (all but `keep`, the one that changed it) and revokes all their API tokens: whoever
/// held the old password loses what it gave them.
#[tracing::instrument(skip_all)]
pub async fn set_password(db: &Db, user: &User, password: &str, keep: &str) -> Result<()> {
    let update = Query::update()
        .table("users")
        .value("password_hash", crate::auth::hash_password(password))
        .value("must_change_password", false)
        .and_where(Expr::col("id").eq(user.id))
        .to_owned();
    let others = Query::delete()
        .from_table("sessions")
        .and_where(Expr::col("user_id").eq(user.id))
        .and_where(Expr::col("token_hash").ne(token_hash(keep)))
        .to_owned();
    let mut tx = db.begin().await?;
    tx.run(&update).await?;
    tx.run(&others).await?;
    crate::auth::revoke_all(&mut tx, user.id).await?;
    crate::auth::log_sign_in(&mut tx, Some(user.person_id), "password changed", &user.username, user.person_id, None).await?;
    tx.commit().await?;
    Ok(())
}

/// The 32-byte key named `name` that every server sharing this database uses; the first to ask
/// makes it at random (a second process asking at the same moment keeps the first one's).
pub async fn server_key(db: &Db, name: &str) -> Result<[u8; 32]> {
    #[derive(sqlx::FromRow)]
    struct Key {
        key_hex: String,
    }
    let read = Query::select().column("key_hex").from("server_keys").and_where(Expr::col("name").eq(name)).to_owned();
    if db.optional::<Key>(&read).await?.is_none() {
        let insert = Query::insert()
            .into_table("server_keys")
            .columns(["name", "key_hex"])
            .values_panic([name.into(), hex(&random_bytes::<32>()).into()])
            .on_conflict(sea_query::OnConflict::column("name").do_nothing().to_owned())
            .to_owned();
        let mut tx = db.begin().await?;
        tx.run(&insert).await?;
        tx.commit().await?;
    }
    let key = db.one::<Key>(&read).await?.key_hex;
    let mut bytes = [0u8; 32];
    for (i, byte) in bytes.iter_mut().enumerate() {
        *byte = key
            .get(2 * i..2 * i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .ok_or_else(|| crate::Error::Failed(format!("the server key {name} is not 64 hex digits; delete its row to make a new one")))?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_from_30_seconds_to_the_window_once_the_free_failures_are_spent() {
        let waits: Vec<i64> = (3..=12).map(|n| delay(n, 5).num_seconds()).collect();
        // 3 and 4 failures: free; 5: 30 s; then 60, 120, 240, 480, and 960 capped at 900.
        assert_eq!(waits, [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
    }
}
