//! `pamoja rubric`: observation rubrics as sheets (`formats::rubric`), versioned in the store.

use std::path::Path;

use domain::Access;
use formats::Table;
use store::Db;

/// Lists every rubric's latest version.
pub async fn list(db: &Db) -> anyhow::Result<()> {
    for r in store::rubrics::list(db).await? {
        println!("{}  v{}  {}", r.code, r.version, r.name);
    }
    Ok(())
}

/// Imports a rubric's sheet: refused whole with every problem at its line and column, a new
/// version when it differs from the latest, nothing when it is the same.
pub async fn import(db: &Db, file: &Path) -> anyhow::Result<()> {
    let table = Table::read(file).map_err(|p| super::io::rejected(file, vec![p]))?;
    let rubric = formats::rubric::from_table(&table).map_err(|problems| super::io::rejected(file, problems))?;
    let (stored, new) = store::rubrics::put(db, &Access::everything(), rubric, chrono::Utc::now().date_naive()).await?;
    let said = if new { "written as version" } else { "unchanged: it is already version" };
    println!("{}: {said} {}", stored.rubric.code, stored.version);
    Ok(())
}

/// Exports a rubric (its latest version, or `version`) as a sheet a later import takes back.
pub async fn export(db: &Db, code: &str, version: Option<i64>, file: &Path) -> anyhow::Result<()> {
    let stored = store::rubrics::get(db, code, version).await?;
    formats::rubric::to_table(&stored.rubric, &file.display().to_string()).write(file).map_err(anyhow::Error::msg)?;
    println!("{} version {} written to {}", code, stored.version, file.display());
    Ok(())
}
