//! One module per subcommand.

pub mod analyze;
pub mod demo;
pub mod io;
pub mod programme;
pub mod rubric;
pub mod selections;
pub mod stats;
pub mod survey;
pub mod users;
pub mod year;

use crate::cli::{AnalyzeCommand, Cli, Command, ProgrammeCommand, RubricCommand, TokenCommand, UserCommand};
use anyhow::Context;
use std::net::SocketAddr;
use store::Db;

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { db, addr, public } => serve(open(&db.db).await?, addr, &public).await,
        Command::Demo(args) => demo::run(args).await,
        Command::Migrate { db: url, levels } => {
            let db = open(&url.db).await?;
            if !levels.is_empty() {
                store::registry::units::set_levels(&db, &levels).await?;
            }
            let levels = store::registry::units::levels(&db).await?;
            println!(
                "{} ({}) is up to date; unit levels: {}",
                url.db,
                db.backend(),
                if levels.is_empty() { "not set yet".into() } else { levels.join(" > ") }
            );
            Ok(())
        }
        Command::Import { kind, file, skip_invalid, db } => io::import(&open(&db.db).await?, &kind, &file, skip_invalid).await,
        Command::Export { kind, file, unit, year, from, to, db } => match kind.parse::<formats::life::LifeKind>() {
            Ok(life) => io::export_life(&open(&db.db).await?, life, &file, unit, year, from, to).await,
            Err(_) => io::export(&open(&db.db).await?, &kind, &file, unit).await,
        },
        Command::User(UserCommand::Create { username, person, password, db }) => {
            users::create(&open(&db.db).await?, &username, &person, &password).await
        }
        Command::User(UserCommand::List { role, db }) => users::list(&open(&db.db).await?, role.as_deref()).await,
        Command::Token(TokenCommand::Create { user, days, db }) => users::token(&open(&db.db).await?, &user, days).await,
        Command::Token(TokenCommand::List { user, db }) => users::tokens(&open(&db.db).await?, user.as_deref()).await,
        Command::Token(TokenCommand::Revoke { id, db }) => users::revoke(&open(&db.db).await?, id).await,
        Command::Programme(ProgrammeCommand::List { db }) => programme::list(&open(&db.db).await?).await,
        Command::Programme(ProgrammeCommand::FormCops { programme, db }) => programme::form(&open(&db.db).await?, &programme).await,
        Command::Programme(ProgrammeCommand::FormPlcs { programme, db }) => programme::form_plcs(&open(&db.db).await?, &programme).await,
        Command::Rubric(RubricCommand::List { db }) => rubric::list(&open(&db.db).await?).await,
        Command::Rubric(RubricCommand::Import { file, db }) => rubric::import(&open(&db.db).await?, &file).await,
        Command::Rubric(RubricCommand::Export { code, file, rubric_version, db }) => {
            rubric::export(&open(&db.db).await?, &code, rubric_version, &file).await
        }
        Command::Stats(args) => stats::run(args),
        Command::Survey(command) => survey::run(command).await,
        Command::Analyze(AnalyzeCommand::Tlt { round, country, format, out, db }) => {
            analyze::tlt(&open(&db.db).await?, &round, country.as_deref(), &format, out.as_deref()).await
        }
    }
}

/// Connects and brings the schema up to date (every command runs on a current schema).
pub async fn open(url: &str) -> anyhow::Result<Db> {
    let db = Db::connect(url).await.with_context(|| format!("cannot open the database {url}"))?;
    let applied = store::migrate(&db).await.context("cannot migrate the database")?;
    if applied > 0 {
        tracing::info!(applied, backend = db.backend(), "migrated");
        // A SQLite connection opened before a migration keeps the old schema until a statement
        // runs, and a statement prepared on it names a new column as a string (SQLite's
        // double-quoted-string rule), so its rows lack the column: start with fresh ones.
        db.close().await;
        return Db::connect(url).await.with_context(|| format!("cannot open the database {url}"));
    }
    Ok(db)
}

pub async fn serve(db: Db, addr: SocketAddr, public: &crate::cli::PublicUrl) -> anyhow::Result<()> {
    let config = web::security::Config::with_public_url(public.url.as_deref()).map_err(anyhow::Error::msg)?;
    let state = web::AppState::new(db.clone(), config).await?;
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    println!("Pamoja is serving on http://{}/ (API docs at /api/docs). Press Ctrl-C to stop.", listener.local_addr()?);
    let warming = db.clone();
    tokio::spawn(async move {
        let today = chrono::Utc::now().date_naive();
        match store::life::dashboard::warm(&warming, today).await {
            Ok(()) => tracing::info!("the dashboards' figures of recent terms are computed"),
            Err(e) => tracing::warn!(error = %e, "the dashboards' figures were not computed ahead; the first view computes them"),
        }
    });
    web::serve(listener, state, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
