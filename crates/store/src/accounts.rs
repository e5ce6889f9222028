//! Sign-ins made, and passwords reset, by someone else: a head teacher for their school's staff,
//! a DEO for their district, a national admin for everyone, within the grant rules (DESIGN.md
//! §3): the person must be in the manager's write scope, and every post they hold one the
//! manager may grant there; never one's own. The new password is made here, returned once to
//! be handed over in person, kept only as its hash, and must be changed at the first sign-in.
//! A reset also ends the person's sessions and revokes their API tokens.

use crate::auth::{User, hash_password, log_sign_in, posts_held, random_bytes, user_select};
use crate::{Db, Error, Result};
use chrono::Utc;
use domain::{Access, Role};
use sea_query::{Expr, ExprTrait, Query};
use uuid::Uuid;

/// A person, and their sign-in if they have one.
pub struct Account {
    pub person_id: Uuid,
    pub code: String,
    pub name: String,
    /// Where the person works, for the scope check.
    place: domain::Place,
    pub user: Option<User>,
}

/// Why a caller may not make or reset someone's sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Yourself,
    Outside,
    NoGrant,
    /// A post the person holds (or will) that the caller may not grant there.
    Post(Role),
}

impl From<Refusal> for domain::Why {
    fn from(refusal: Refusal) -> domain::Why {
        match refusal {
            Refusal::Yourself => domain::why("why-account-yourself"),
            Refusal::Outside => domain::why("why-account-outside"),
            Refusal::NoGrant => domain::why("why-account-no-grant"),
            Refusal::Post(role) => domain::why("why-account-post").word("role", "post", role.slug()),
        }
    }
}

/// The person with `code`, read within the caller's scope, and their sign-in.
pub async fn of(db: &Db, access: &Access, code: &str) -> Result<Account> {
    let person = crate::registry::people::get(db, access, code).await?;
    let user = db.optional::<User>(&user_select().and_where(Expr::col(("u", "person_id")).eq(person.id)).to_owned()).await?;
    Ok(Account { person_id: person.id, place: person.place(), code: person.code, name: person.name, user })
}

/// Why the caller may not make or reset this person's sign-in, if they may not.
pub async fn refusal(db: &Db, access: &Access, account: &Account) -> Result<Option<Refusal>> {
    if access.actor == Some(account.person_id) {
        return Ok(Some(Refusal::Yourself));
    }
    if !access.write.covers(&account.place) {
        return Ok(Some(Refusal::Outside));
    }
    let posts = posts_held(db, account.person_id, Utc::now().date_naive()).await?;
    if posts.is_empty() && !access.granting.iter().any(|(_, scope)| scope.covers(&account.place)) {
        return Ok(Some(Refusal::NoGrant));
    }
    for (role, at) in &posts {
        let Ok(role) = role.parse::<Role>() else { continue };
        if access.may_grant(role, at).is_err() {
            return Ok(Some(Refusal::Post(role)));
        }
    }
    Ok(None)
}

/// A password to hand over: 16 letters and digits in four groups, without the look-alikes
/// (0/o, 1/l/i): about 79 bits.
fn handed_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut letters = Vec::with_capacity(16);
    while letters.len() < 16 {
        // Below 248 (8 × 31) each letter is equally likely.
        letters.extend(random_bytes::<32>().into_iter().filter(|b| *b < 248).map(|b| ALPHABET[usize::from(b % 31)]));
    }
    letters.truncate(16);
    letters.chunks(4).map(|group| String::from_utf8_lossy(group).into_owned()).collect::<Vec<_>>().join("-")
}

async fn checked(db: &Db, access: &Access, account: &Account) -> Result<()> {
    match refusal(db, access, account).await? {
        Some(why) => Err(Error::Refused(why.into())),
        None => Ok(()),
    }
}

/// Makes a sign-in `username` for the person; returns the password to hand over.
#[tracing::instrument(skip_all)]
pub async fn create(db: &Db, access: &Access, code: &str, username: &str) -> Result<String> {
    let account = of(db, access, code).await?;
    checked(db, access, &account).await?;
    if let Some(user) = &account.user {
        return Err(Error::invalid(
            "username",
            domain::why("why-account-exists").arg("name", &account.name).arg("username", &user.username),
        ));
    }
    let username = crate::auth::check_username(username)?;
    let password = handed_password();
    let mut tx = db.begin().await?;
    tx.run(
        Query::insert()
            .into_table("users")
            .columns(["id", "username", "person_id", "password_hash", "created_at", "must_change_password"])
            .values_panic([
                Uuid::now_v7().into(),
                username.into(),
                account.person_id.into(),
                hash_password(&password).into(),
                Utc::now().into(),
                true.into(),
            ]),
    )
    .await
    .map_err(|e| crate::unique_to_field(e, "username", domain::why("why-username-taken").arg("username", username)))?;
    let after = serde_json::json!({ "username": username, "person": account.code });
    log_sign_in(&mut tx, access.actor, "sign-in created", username, account.person_id, Some(after)).await?;
    tx.commit().await?;
    Ok(password)
}

/// Resets the person's password; returns the new one to hand over. Their sessions end and their
/// API tokens stop working.
#[tracing::instrument(skip_all)]
pub async fn reset(db: &Db, access: &Access, code: &str) -> Result<String> {
    let account = of(db, access, code).await?;
    checked(db, access, &account).await?;
    let Some(user) = &account.user else {
        return Err(Error::invalid("username", domain::why("why-account-missing").arg("name", &account.name)));
    };
    let password = handed_password();
    let mut tx = db.begin().await?;
    tx.run(
        Query::update()
            .table("users")
            .values([("password_hash", hash_password(&password).into()), ("must_change_password", true.into())])
            .and_where(Expr::col("id").eq(user.id)),
    )
    .await?;
    tx.run(Query::delete().from_table("sessions").and_where(Expr::col("user_id").eq(user.id))).await?;
    crate::auth::revoke_all(&mut tx, user.id).await?;
    log_sign_in(&mut tx, access.actor, "password reset", &user.username, account.person_id, None).await?;
    tx.commit().await?;
    Ok(password)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_handed_password_is_four_groups_of_four_without_look_alikes() {
        for _ in 0..200 {
            let p = super::handed_password();
            let groups: Vec<&str> = p.split('-').collect();
            assert_eq!(groups.len(), 4, "{p}");
            assert!(groups.iter().all(|g| g.len() == 4), "{p}");
            assert!(!p.chars().any(|c| "0o1li".contains(c)), "{p}");
            assert!(crate::auth::check_new_password(&p, &[]).is_ok(), "{p} passes the strength check");
        }
    }
}
