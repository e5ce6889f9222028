//! Users, passwords and API tokens, and the resolution of a user's posts into their
//! [`Access`]: the one place rights come from.

use crate::{Db, Error, Result};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{NaiveDate, Utc};
use domain::community::{CommunityKind, Part};
use domain::scope::HeldPost;
use domain::{Access, Role};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use sha2::{Digest, Sha256};
use uuid::Uuid;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: Uuid,
    pub username: String,
    pub person_id: Uuid,
    pub name: String,
    /// Given a password by someone else (a new sign-in, a reset): they choose their own first.
    pub must_change: bool,
}

pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    bytes
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hash_password(password: &str) -> String {
    let salt = SaltString::encode_b64(&random_bytes::<16>()).expect("16 bytes is a valid salt");
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2 accepts any password").to_string()
}

pub(crate) fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The longest username. A longer one is refused when a sign-in is made, and one typed at
/// the sign-in form is cut to this before it is counted, so a failure stores at most this much.
pub const MAX_USERNAME: usize = 64;
/// OWASP ASVS 2.1.1 and 2.1.2: at least 12 characters, and up to at least 64 are taken.
pub const MIN_PASSWORD: usize = 12;
pub const MAX_PASSWORD: usize = 256;

/// Why a new password is refused (each has words in the catalogue: [`WeakPassword::key`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeakPassword {
    Short,
    Long,
    Guessable,
}

impl From<WeakPassword> for domain::Why {
    fn from(weak: WeakPassword) -> domain::Why {
        match weak {
            WeakPassword::Short => domain::why("password-too-short"),
            WeakPassword::Long => domain::why("password-too-long"),
            WeakPassword::Guessable => domain::why("password-guessable"),
        }
    }
}

impl std::fmt::Display for WeakPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        domain::Why::from(*self).fmt(f)
    }
}

impl WeakPassword {
    /// The catalogue key of the words for this problem.
    pub fn key(self) -> &'static str {
        domain::Why::from(self).key()
    }
}

/// Checks a new password (ASVS 2.1.7: against common and guessable passwords): its length,
/// and zxcvbn's estimate of the guesses it takes, which knows the common password lists,
/// dictionary words, keyboard patterns, dates and the user's own words (`context`: their
/// username and name). Score 3 of 4 ("safely unguessable") or better passes.
pub fn check_new_password(password: &str, context: &[&str]) -> Result<(), WeakPassword> {
    let length = password.chars().count();
    if length < MIN_PASSWORD {
        return Err(WeakPassword::Short);
    }
    if length > MAX_PASSWORD {
        return Err(WeakPassword::Long);
    }
    if zxcvbn::zxcvbn(password, context).score() < zxcvbn::Score::Three {
        return Err(WeakPassword::Guessable);
    }
    Ok(())
}

/// A username as typed, trimmed: no spaces or control characters, at most [`MAX_USERNAME`].
pub(crate) fn check_username(username: &str) -> Result<&str> {
    let username = username.trim();
    if username.is_empty() || username.contains(char::is_whitespace) || username.chars().any(char::is_control) {
        return Err(Error::invalid("username", domain::why("why-username-spaces")));
    }
    if username.chars().count() > MAX_USERNAME {
        return Err(Error::invalid("username", domain::why("why-at-most").num("max", MAX_USERNAME)));
    }
    Ok(username)
}

/// Creates a sign-in for the person with `person_code`.
#[tracing::instrument(skip_all)]
pub async fn create_user(db: &Db, username: &str, person_code: &str, password: &str) -> Result<()> {
    let username = check_username(username)?;
    check_new_password(password, &[username]).map_err(|weak| Error::invalid("password", weak))?;
    let person = crate::batch::ids_of(db, "people", [person_code.to_owned()])
        .await?
        .get(person_code)
        .copied()
        .ok_or_else(|| Error::invalid("person", domain::why("why-no-person").arg("code", person_code)))?;
    let mut tx = db.begin().await?;
    tx.run(Query::insert().into_table("users").columns(["id", "username", "person_id", "password_hash", "created_at"]).values_panic([
        Uuid::now_v7().into(),
        username.into(),
        person.into(),
        hash_password(password).into(),
        Utc::now().into(),
    ]))
    .await
    .map_err(|e| crate::unique_to_field(e, "username", domain::why("why-username-taken-or-held").arg("username", username)))?;
    let after = serde_json::json!({ "username": username, "person": person_code });
    log_sign_in(&mut tx, None, "sign-in created", username, person, Some(after)).await?;
    tx.commit().await?;
    Ok(())
}

/// Logs a change to a sign-in at its person's place: never the password or token itself. The
/// actor is `None` for the operator at the command line, who makes sign-ins and tokens.
pub(crate) async fn log_sign_in(
    tx: &mut crate::db::Tx,
    actor: Option<Uuid>,
    what: &'static str,
    username: &str,
    person: Uuid,
    after: Option<serde_json::Value>,
) -> Result<()> {
    let place = crate::registry::people::place_of(tx, person).await?;
    let change = crate::audit::Change { actor, what, record: username.to_owned(), place, before: None, after };
    crate::audit::log(tx, &[change]).await
}

pub(crate) fn user_select() -> sea_query::SelectStatement {
    Query::select()
        .columns([("u", "id"), ("u", "username"), ("u", "person_id")])
        .expr_as(Expr::col(("u", "must_change_password")), "must_change")
        .column(("p", "name"))
        .from_as("users", "u")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("u", "person_id")))
        .to_owned()
}

pub async fn user(db: &Db, username: &str) -> Result<User> {
    db.optional(user_select().and_where(Expr::col(("u", "username")).eq(username))).await?.ok_or_else(|| Error::not_found("user", username))
}

/// A hash no password matches, verified when the username is unknown so that an unknown
/// username takes as long to refuse as a wrong password (no enumeration by timing).
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password(&hex(&random_bytes::<16>())))
}

/// The user, if the password is theirs. Takes the same time for an unknown username.
pub async fn check_password(db: &Db, username: &str, password: &str) -> Result<Option<User>> {
    #[derive(sqlx::FromRow)]
    struct H {
        password_hash: String,
    }
    let found =
        db.optional::<H>(Query::select().column("password_hash").from("users").and_where(Expr::col("username").eq(username))).await?;
    let hash = found.as_ref().map_or(dummy_hash(), |h| h.password_hash.as_str());
    let parsed = PasswordHash::new(hash).map_err(|e| Error::Failed(format!("a stored password hash does not parse: {e}")))?;
    let matches = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
    if matches && found.is_some() { Ok(Some(user(db, username).await?)) } else { Ok(None) }
}

/// How long a token lasts unless asked otherwise (and a token made before tokens expired).
pub const TOKEN_DAYS: i64 = 90;
/// The longest a token may be asked to last.
pub const MAX_TOKEN_DAYS: i64 = 366;

/// Makes a new API token for `username`, good for `days` days. The token is returned once; only
/// its hash is kept.
pub async fn create_token(db: &Db, username: &str) -> Result<String> {
    create_token_for(db, username, TOKEN_DAYS).await
}

#[tracing::instrument(skip_all)]
pub async fn create_token_for(db: &Db, username: &str, days: i64) -> Result<String> {
    if !(1..=MAX_TOKEN_DAYS).contains(&days) {
        return Err(Error::invalid("days", domain::why("why-token-days").num("max", MAX_TOKEN_DAYS).arg("days", days)));
    }
    let user = user(db, username).await?;
    let token = format!("pmj_{}", hex(&random_bytes::<32>()));
    let now = Utc::now();
    let mut tx = db.begin().await?;
    tx.run(Query::insert().into_table("api_tokens").columns(["id", "user_id", "token_hash", "created_at", "expires_at"]).values_panic([
        Uuid::now_v7().into(),
        user.id.into(),
        token_hash(&token).into(),
        now.into(),
        (now + chrono::Duration::days(days)).into(),
    ]))
    .await?;
    log_sign_in(&mut tx, None, "API token created", &user.username, user.person_id, None).await?;
    tx.commit().await?;
    Ok(token)
}

/// A token that still works: not revoked, not expired.
fn live(now: chrono::DateTime<Utc>) -> sea_query::Condition {
    let expires = Expr::col(("t", "expires_at"));
    let legacy = Expr::col(("t", "expires_at")).is_null().and(Expr::col(("t", "created_at")).gt(now - chrono::Duration::days(TOKEN_DAYS)));
    sea_query::Condition::all().add(Expr::col(("t", "revoked_at")).is_null()).add(expires.gt(now).or(legacy))
}

/// The user a bearer token belongs to, unless it is unknown, expired or revoked.
pub async fn token_user(db: &Db, token: &str) -> Result<Option<User>> {
    token_user_at(db, token, Utc::now()).await
}

/// [`token_user`] as of `now`.
pub async fn token_user_at(db: &Db, token: &str, now: chrono::DateTime<Utc>) -> Result<Option<User>> {
    let q = user_select()
        .join_as(JoinType::InnerJoin, "api_tokens", "t", Expr::col(("t", "user_id")).equals(("u", "id")))
        .and_where(Expr::col(("t", "token_hash")).eq(token_hash(token)))
        .cond_where(live(now))
        .to_owned();
    Ok(db.optional(&q).await?)
}

/// A token as its owner and the operator see it: never the token itself.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenInfo {
    pub id: Uuid,
    pub username: String,
    pub created_at: chrono::DateTime<Utc>,
    pub expires_at: Option<chrono::DateTime<Utc>>,
    pub revoked_at: Option<chrono::DateTime<Utc>>,
}

impl TokenInfo {
    /// When it stops (or stopped) working.
    pub fn ends(&self) -> chrono::DateTime<Utc> {
        self.expires_at.unwrap_or(self.created_at + chrono::Duration::days(TOKEN_DAYS))
    }

    pub fn works(&self, now: chrono::DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && self.ends() > now
    }
}

/// Tokens, newest first: a user's own (`Some(username)`), or everyone's for the operator.
pub async fn list_tokens(db: &Db, username: Option<&str>) -> Result<Vec<TokenInfo>> {
    let mut q = Query::select()
        .columns([("t", "id"), ("t", "created_at"), ("t", "expires_at"), ("t", "revoked_at")])
        .column(("u", "username"))
        .from_as("api_tokens", "t")
        .join_as(JoinType::InnerJoin, "users", "u", Expr::col(("u", "id")).equals(("t", "user_id")))
        .order_by(("t", "created_at"), sea_query::Order::Desc)
        .to_owned();
    if let Some(username) = username {
        q.and_where(Expr::col(("u", "username")).eq(username));
    }
    Ok(db.all(&q).await?)
}

/// Revokes token `id`; when `owner` is given, only if it is theirs (a user on their page), so
/// another's token is answered as missing. Revoking a revoked token changes nothing.
#[tracing::instrument(skip_all)]
pub async fn revoke_token(db: &Db, id: Uuid, owner: Option<&User>) -> Result<()> {
    let token = list_tokens(db, owner.map(|u| u.username.as_str()))
        .await?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or_else(|| Error::not_found("token", id))?;
    if token.revoked_at.is_some() {
        return Ok(());
    }
    let user = user(db, &token.username).await?;
    let mut tx = db.begin().await?;
    tx.run(&Query::update().table("api_tokens").value("revoked_at", Utc::now()).and_where(Expr::col("id").eq(id)).to_owned()).await?;
    let actor = owner.map(|u| u.person_id);
    log_sign_in(&mut tx, actor, "API token revoked", &user.username, user.person_id, Some(serde_json::json!({ "token": id }))).await?;
    tx.commit().await?;
    Ok(())
}

/// Revokes every live token of a user, in the caller's transaction (a password change).
pub(crate) async fn revoke_all(tx: &mut crate::db::Tx, user: Uuid) -> Result<()> {
    let update = Query::update()
        .table("api_tokens")
        .value("revoked_at", Utc::now())
        .and_where(Expr::col("user_id").eq(user))
        .and_where(Expr::col("revoked_at").is_null())
        .to_owned();
    tx.run(&update).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct PostPlace {
    role: String,
    path: String,
    school_id: Option<Uuid>,
    cluster_id: Option<Uuid>,
    place: String,
    place_name: String,
}

async fn current_posts(db: &Db, person: Option<Uuid>, role: Option<Role>, on: NaiveDate) -> Result<Vec<(Uuid, PostPlace)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        person_id: Uuid,
        #[sqlx(flatten)]
        place: PostPlace,
    }
    let name = Expr::cust("COALESCE(s.name, c.name, u.name)");
    let code = Expr::cust("COALESCE(s.code, c.code, u.code)");
    let mut q = Query::select()
        .columns([("p", "person_id"), ("p", "role"), ("p", "school_id"), ("p", "cluster_id")])
        .column(("u", "path"))
        .expr_as(code, "place")
        .expr_as(name, "place_name")
        .from_as("posts", "p")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("p", "unit_id")))
        .join_as(JoinType::LeftJoin, "schools", "s", Expr::col(("s", "id")).equals(("p", "school_id")))
        .join_as(JoinType::LeftJoin, "clusters", "c", Expr::col(("c", "id")).equals(("p", "cluster_id")))
        .and_where(Expr::col(("p", "starts_on")).lte(on))
        .and_where(Expr::col(("p", "ends_on")).is_null().or(Expr::col(("p", "ends_on")).gte(on)))
        .to_owned();
    if let Some(person) = person {
        q.and_where(Expr::col(("p", "person_id")).eq(person));
    }
    if let Some(role) = role {
        q.and_where(Expr::col(("p", "role")).eq(role.slug()));
    }
    Ok(db.all::<Row>(&q).await?.into_iter().map(|r| (r.person_id, r.place)).collect())
}

/// A person's posts not ended by `on`, those still to begin included, as (role, place): the
/// grant rules judge who may hand over their sign-in by every post it will give.
pub(crate) async fn posts_held(db: &Db, person: Uuid, on: NaiveDate) -> Result<Vec<(String, domain::Place)>> {
    #[derive(sqlx::FromRow)]
    struct Held {
        role: String,
        path: String,
        school_id: Option<Uuid>,
        cluster_id: Option<Uuid>,
    }
    let q = Query::select()
        .columns([("p", "role"), ("p", "school_id"), ("p", "cluster_id")])
        .column(("u", "path"))
        .from_as("posts", "p")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("p", "unit_id")))
        .and_where(Expr::col(("p", "person_id")).eq(person))
        .and_where(Expr::col(("p", "ends_on")).is_null().or(Expr::col(("p", "ends_on")).gte(on)))
        .to_owned();
    Ok(db
        .all::<Held>(&q)
        .await?
        .into_iter()
        .map(|h| (h.role, domain::Place { unit_path: h.path, school: h.school_id, cluster: h.cluster_id }))
        .collect())
}

/// What a person may see and change on `on`, from their posts current that day.
pub async fn access(db: &Db, person: Uuid, on: NaiveDate) -> Result<Access> {
    #[derive(sqlx::FromRow)]
    struct Link {
        school_id: Uuid,
        cluster_id: Uuid,
    }
    let posts = current_posts(db, Some(person), None, on).await?;
    let mut held = Vec::new();
    let mut roles_at: Vec<(Role, String)> = Vec::new();
    for (_, p) in posts {
        let Ok(role) = p.role.parse::<Role>() else { continue };
        roles_at.push((role, p.path.clone()));
        let (mut schools, mut clusters) = (Vec::new(), Vec::new());
        if let Some(school) = p.school_id {
            schools.push(school);
            let links: Vec<Link> = db
                .all(
                    Query::select()
                        .columns(["school_id", "cluster_id"])
                        .from("cluster_schools")
                        .and_where(Expr::col("school_id").eq(school)),
                )
                .await?;
            clusters.extend(links.iter().map(|l| l.cluster_id));
        }
        if let Some(cluster) = p.cluster_id {
            clusters.push(cluster);
            let links: Vec<Link> = db
                .all(
                    Query::select()
                        .columns(["school_id", "cluster_id"])
                        .from("cluster_schools")
                        .and_where(Expr::col("cluster_id").eq(cluster)),
                )
                .await?;
            schools.extend(links.iter().map(|l| l.school_id));
        }
        held.push(HeldPost { role, unit_path: p.path, schools, clusters });
    }
    #[derive(sqlx::FromRow)]
    struct Membership {
        community_id: Uuid,
        role: String,
        kind: String,
        path: String,
    }
    // A PLC's members on the day, while a post they hold today still makes them part of it
    // (a post ended since the last forming grants nothing); a teacher reads and records a
    // CoP by their posts, as before.
    let memberships: Vec<Membership> = db
        .all(
            Query::select()
                .columns([("cm", "community_id"), ("cm", "role"), ("c", "kind")])
                .column(("u", "path"))
                .from_as("community_members", "cm")
                .join_as(JoinType::InnerJoin, "communities", "c", Expr::col(("c", "id")).equals(("cm", "community_id")))
                .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
                .and_where(Expr::col(("c", "kind")).ne(domain::community::CommunityKind::Cop.slug()))
                .and_where(Expr::col(("cm", "person_id")).eq(person))
                .and_where(Expr::col(("cm", "joined_on")).lte(on))
                .and_where(Expr::col(("cm", "left_on")).is_null().or(Expr::col(("cm", "left_on")).gt(on))),
        )
        .await?;
    let held_by_post = |m: &Membership| {
        let Ok(kind) = m.kind.parse::<CommunityKind>() else { return false };
        roles_at.iter().any(|(role, path)| path.starts_with(m.path.as_str()) && kind.part_of(*role, true).is_some())
    };
    let memberships: Vec<Membership> = memberships.into_iter().filter(held_by_post).collect();
    let facilitates = memberships.iter().filter(|m| m.role == Part::Facilitator.slug()).map(|m| m.community_id).collect();
    let communities = memberships.into_iter().map(|m| m.community_id).collect();
    Ok(Access { actor: Some(person), communities, facilitates, ..Access::from_posts(&held) })
}

/// A person's current posts as (role, place code, place name), the widest place first: a unit
/// before a school or cluster, a district before its sectors (an LLL who is also a head
/// teacher lands on their sector; a coach's clusters come in code order).
pub async fn posts_of(db: &Db, person: Uuid, on: NaiveDate) -> Result<Vec<(String, String, String)>> {
    let mut posts: Vec<PostPlace> = current_posts(db, Some(person), None, on).await?.into_iter().map(|(_, p)| p).collect();
    posts.sort_by(|a, b| {
        let key = |p: &PostPlace| (p.school_id.is_some() || p.cluster_id.is_some(), p.path.matches('/').count());
        key(a).cmp(&key(b)).then_with(|| (&a.role, &a.place).cmp(&(&b.role, &b.place)))
    });
    Ok(posts.into_iter().map(|p| (p.role, p.place, p.place_name)).collect())
}

/// A line of `pamoja user list`.
#[derive(Debug, Clone)]
pub struct UserLine {
    pub username: String,
    pub name: String,
    pub role: String,
    /// The place code and name the post covers.
    pub scope: String,
}

/// Users with their current posts; one line per post (a user with no current post has one
/// line with role `-`). `role` keeps only holders of that role.
pub async fn list_users(db: &Db, role: Option<Role>, on: NaiveDate) -> Result<Vec<UserLine>> {
    let users: Vec<User> = db.all(&user_select().order_by(("u", "username"), sea_query::Order::Asc).to_owned()).await?;
    let posts = current_posts(db, None, role, on).await?;
    let mut lines = Vec::new();
    for user in users {
        let mine: Vec<&PostPlace> = posts.iter().filter(|(p, _)| *p == user.person_id).map(|(_, p)| p).collect();
        if mine.is_empty() && role.is_none() {
            lines.push(UserLine { username: user.username.clone(), name: user.name.clone(), role: "-".into(), scope: "-".into() });
        }
        for p in mine {
            lines.push(UserLine {
                username: user.username.clone(),
                name: user.name.clone(),
                role: p.role.clone(),
                scope: format!("{} ({})", p.place, p.place_name),
            });
        }
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_kept_as_its_sha256_never_as_itself() {
        let token = "pmj_00ff";
        let hash = token_hash(token);
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains(token));
        // sha256("pmj_00ff"), computed with `printf pmj_00ff | sha256sum`.
        assert_eq!(hash, "2fcd79f74c1972a03149b2cd0aaad2f9803ec44411b0ab9ac1e2f515bec17fbf");
    }

    #[test]
    fn a_new_password_needs_12_characters_and_must_not_be_common_or_guessable() {
        // The issue: "The password `password` is accepted."
        assert_eq!(check_new_password("password", &[]), Err(WeakPassword::Short));
        assert_eq!(check_new_password("pamoja-demo", &[]), Err(WeakPassword::Short), "11 characters");
        // Long enough, but on every common-password list or a keyboard walk.
        for common in ["password1234", "Password123!", "qwertyuiop12", "123456789012"] {
            assert_eq!(check_new_password(common, &[]), Err(WeakPassword::Guessable), "{common}");
        }
        assert_eq!(check_new_password(&"x".repeat(257), &[]), Err(WeakPassword::Long));
        // Unrelated words pass.
        assert_eq!(check_new_password("brick ladder sunrise quiet", &[]), Ok(()));
        assert_eq!(check_new_password("pamoja-demo-login", &[]), Ok(()));
    }

    #[test]
    fn a_password_hash_is_argon2id_and_verifies_only_the_password() {
        let hash = hash_password("correct horse");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(Argon2::default().verify_password(b"correct horse", &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"wrong horse", &parsed).is_err());
    }
}
