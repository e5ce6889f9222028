//! `pamoja import` and `pamoja export`: the registry as CSV or XLSX, the same columns both ways.

use anyhow::anyhow;
use domain::Access;
use formats::Problem;
use formats::registry::Kind;
use indicatif::ProgressBar;
use service::registry_files::{self, Step};
use std::path::Path;
use std::time::Duration;
use store::Db;
use store::registry::units;

pub async fn import(db: &Db, kind: &str, file: &Path, skip_invalid: bool) -> anyhow::Result<()> {
    let kind: Kind = kind.parse().map_err(|e: String| anyhow!(e))?;
    let name = file.display().to_string();
    let spinner = ProgressBar::new_spinner().with_message(format!("reading {name}"));
    spinner.enable_steady_tick(Duration::from_millis(120));
    let step = |step: Step| {
        spinner.set_message(match step {
            Step::Checking { rows } => format!("{name}: {rows} rows read and checked"),
            Step::Writing { rows } => format!("{name}: keeping {rows} rows"),
        })
    };
    let outcome = registry_files::import(db, &Access::everything(), kind, file, &name, skip_invalid, step).await;
    spinner.finish_and_clear();
    let outcome = outcome?;
    if outcome.rejected {
        return Err(rejected(file, outcome.problems));
    }
    report(&outcome.problems);
    println!("{}: {} new, {} updated, {} rows skipped", file.display(), outcome.inserted, outcome.updated, outcome.lines());
    Ok(())
}

fn report(problems: &[Problem]) {
    for p in problems {
        eprintln!("{p}");
    }
}

/// Prints a rejected file's problems in file order and says that nothing was written.
pub fn rejected(file: &Path, mut problems: Vec<Problem>) -> anyhow::Error {
    problems.sort_by_key(|p| (p.line, p.column));
    report(&problems);
    let count = if problems.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", problems.len()) };
    anyhow!("{} rejected: {count} (listed above); nothing was written", file.display())
}

pub async fn export(db: &Db, kind: &str, file: &Path, unit: Option<String>) -> anyhow::Result<()> {
    let kind: Kind = kind.parse().map_err(|e: String| anyhow!(e))?;
    let table = registry_files::export(db, &Access::everything(), kind, &file.display().to_string(), unit).await?;
    table.write(file).map_err(|e| anyhow!(e))?;
    println!("wrote {} {} to {}", table.rows.len(), kind.slug(), file.display());
    Ok(())
}

/// Writes a CoP-life table for a unit and a period.
pub async fn export_life(
    db: &Db,
    kind: formats::life::LifeKind,
    file: &Path,
    unit: Option<String>,
    year: Option<String>,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> anyhow::Result<()> {
    let today = chrono::Utc::now().date_naive();
    let period = store::life::dashboard::period(db, year.as_deref(), None, from, to, today).await?;
    let path = match &unit {
        Some(code) => Some(units::path_of(db, code).await?),
        None => None,
    };
    let table = service::life_files::table(db, &Access::everything(), kind, &file.display().to_string(), path.as_deref(), period).await?;
    table.write(file).map_err(|e| anyhow!(e))?;
    println!("wrote {} rows of {} ({} to {}) to {}", table.rows.len(), kind.slug(), period.from, period.to, file.display());
    Ok(())
}
