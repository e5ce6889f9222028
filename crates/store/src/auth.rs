//! Users, passwords and API tokens, and the resolution of a user's posts into their
//! [`Access`]: the one place rights come from.

use crate::{Db, Error, Result};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{NaiveDate, Utc};
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

/// Creates a sign-in for the person with `person_code`.
pub async fn create_user(db: &Db, username: &str, person_code: &str, password: &str) -> Result<()> {
    let username = username.trim();
    if username.is_empty() || username.contains(char::is_whitespace) {
        return Err(Error::invalid("username", "give a username without spaces"));
    }
    if password.chars().count() < 8 {
        return Err(Error::invalid("password", "use at least 8 characters"));
    }
    let person = crate::registry::code_ids(db, "people")
        .await?
        .get(person_code)
        .copied()
        .ok_or_else(|| Error::invalid("person", format!("no person {person_code}")))?;
    let mut tx = db.begin().await?;
    tx.run(Query::insert().into_table("users").columns(["id", "username", "person_id", "password_hash", "created_at"]).values_panic([
        Uuid::now_v7().into(),
        username.into(),
        person.into(),
        hash_password(password).into(),
        Utc::now().into(),
    ]))
    .await
    .map_err(|e| crate::unique_to_field(e, "username", &format!("{username} is taken, or the person already has a sign-in")))?;
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
        .column(("p", "name"))
        .from_as("users", "u")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("u", "person_id")))
        .to_owned()
}

pub async fn user(db: &Db, username: &str) -> Result<User> {
    db.optional(user_select().and_where(Expr::col(("u", "username")).eq(username))).await?.ok_or_else(|| Error::not_found("user", username))
}

/// The user, if the password is theirs.
pub async fn check_password(db: &Db, username: &str, password: &str) -> Result<Option<User>> {
    #[derive(sqlx::FromRow)]
    struct H {
        password_hash: String,
    }
    let Some(h) =
        db.optional::<H>(Query::select().column("password_hash").from("users").and_where(Expr::col("username").eq(username))).await?
    else {
        return Ok(None);
    };
    let parsed = PasswordHash::new(&h.password_hash).map_err(|e| Error::invalid("password", e.to_string()))?;
    if Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() { Ok(Some(user(db, username).await?)) } else { Ok(None) }
}

/// Makes a new API token for `username`. The token is returned once; only its hash is kept.
pub async fn create_token(db: &Db, username: &str) -> Result<String> {
    let user = user(db, username).await?;
    let token = format!("pmj_{}", hex(&random_bytes::<32>()));
    let mut tx = db.begin().await?;
    tx.run(Query::insert().into_table("api_tokens").columns(["id", "user_id", "token_hash", "created_at"]).values_panic([
        Uuid::now_v7().into(),
        user.id.into(),
        token_hash(&token).into(),
        Utc::now().into(),
    ]))
    .await?;
    log_sign_in(&mut tx, None, "API token created", &user.username, user.person_id, None).await?;
    tx.commit().await?;
    Ok(token)
}

/// The user a bearer token belongs to, unless it is unknown or revoked.
pub async fn token_user(db: &Db, token: &str) -> Result<Option<User>> {
    let q = user_select()
        .join_as(JoinType::InnerJoin, "api_tokens", "t", Expr::col(("t", "user_id")).equals(("u", "id")))
        .and_where(Expr::col(("t", "token_hash")).eq(token_hash(token)))
        .and_where(Expr::col(("t", "revoked_at")).is_null())
        .to_owned();
    Ok(db.optional(&q).await?)
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

/// What a person may see and change on `on`, from their posts current that day.
pub async fn access(db: &Db, person: Uuid, on: NaiveDate) -> Result<Access> {
    #[derive(sqlx::FromRow)]
    struct Link {
        school_id: Uuid,
        cluster_id: Uuid,
    }
    let posts = current_posts(db, Some(person), None, on).await?;
    let mut held = Vec::new();
    for (_, p) in posts {
        let Ok(role) = p.role.parse::<Role>() else { continue };
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
    Ok(Access { actor: Some(person), ..Access::from_posts(&held) })
}

/// A line of `pamoja user list`.
/// A person's current posts: (role slug, place code, place name), in a stable order.
pub async fn posts_of(db: &Db, person: Uuid, on: NaiveDate) -> Result<Vec<(String, String, String)>> {
    let mut posts: Vec<(String, String, String)> =
        current_posts(db, Some(person), None, on).await?.into_iter().map(|(_, p)| (p.role, p.place, p.place_name)).collect();
    posts.sort();
    Ok(posts)
}

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
    fn a_password_hash_is_argon2id_and_verifies_only_the_password() {
        let hash = hash_password("correct horse");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(Argon2::default().verify_password(b"correct horse", &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"wrong horse", &parsed).is_err());
    }
}
