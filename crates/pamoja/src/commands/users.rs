//! `pamoja user` and `pamoja token`.

use store::Db;

pub async fn create(db: &Db, username: &str, person: &str, password: &str) -> anyhow::Result<()> {
    store::auth::create_user(db, username, person, password).await?;
    println!("created user {username} for person {person}");
    Ok(())
}

pub async fn list(db: &Db, role: Option<&str>) -> anyhow::Result<()> {
    let role = role.map(str::parse::<domain::Role>).transpose()?;
    let lines = store::auth::list_users(db, role, chrono::Utc::now().date_naive()).await?;
    let width = lines.iter().map(|l| l.username.len()).max().unwrap_or(8).max(8);
    let role_width = lines.iter().map(|l| l.role.len()).max().unwrap_or(4).max(4);
    println!("{:width$}  {:role_width$}  SCOPE", "USERNAME", "ROLE");
    for l in &lines {
        println!("{:width$}  {:role_width$}  {}", l.username, l.role, l.scope);
    }
    Ok(())
}

pub async fn token(db: &Db, username: &str, days: i64) -> anyhow::Result<()> {
    let token = store::auth::create_token_for(db, username, days).await?;
    println!("API token for {username}, good for {days} days (shown once; send it as 'Authorization: Bearer TOKEN'):");
    println!("{token}");
    Ok(())
}

pub async fn tokens(db: &Db, username: Option<&str>) -> anyhow::Result<()> {
    let now = chrono::Utc::now();
    let tokens = store::auth::list_tokens(db, username).await?;
    let width = tokens.iter().map(|t| t.username.len()).max().unwrap_or(4).max(4);
    println!("{:36}  {:width$}  {:10}  {:10}  STATE", "ID", "USER", "MADE", "ENDS");
    for t in &tokens {
        let state = match (t.revoked_at, t.works(now)) {
            (Some(at), _) => format!("revoked {}", at.date_naive()),
            (None, true) => "works".to_owned(),
            (None, false) => "expired".to_owned(),
        };
        println!("{}  {:width$}  {}  {}  {state}", t.id, t.username, t.created_at.date_naive(), t.ends().date_naive());
    }
    Ok(())
}

pub async fn revoke(db: &Db, id: uuid::Uuid) -> anyhow::Result<()> {
    store::auth::revoke_token(db, id, None).await?;
    println!("revoked token {id}: it no longer works");
    Ok(())
}
