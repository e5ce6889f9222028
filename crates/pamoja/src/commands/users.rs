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

pub async fn token(db: &Db, username: &str) -> anyhow::Result<()> {
    let token = store::auth::create_token(db, username).await?;
    println!("API token for {username} (shown once; send it as 'Authorization: Bearer TOKEN'):");
    println!("{token}");
    Ok(())
}
