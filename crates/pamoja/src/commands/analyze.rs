//! `pamoja analyze tlt`: the study's analyses of a survey round, as Markdown, HTML, JSON or XLSX.

use analysis::render;
use anyhow::{anyhow, bail};
use domain::Access;
use domain::survey::RoundKind;
use formats::Table;
use std::path::Path;
use store::Db;
use words::Tr;

pub async fn tlt(db: &Db, round: &str, country_code: Option<&str>, format: &str, out: Option<&Path>) -> anyhow::Result<()> {
    let kind: RoundKind = round.parse().map_err(|e: domain::Why| anyhow!(e))?;
    let started = std::time::Instant::now();
    let report = service::study::tlt(db, &Access::everything(), kind, country_code, Tr::default()).await?.ok_or_else(|| {
        anyhow!(
            "no {} responses{}: import some with `pamoja survey import`, or run `pamoja demo`, which makes the rounds held by its day (`--today 2026-07-17` for both)",
            kind.slug(),
            country_code.map(|c| format!(" in country {c}")).unwrap_or_default()
        )
    })?;
    let text = match format {
        "html" => render::html(Tr::default(), &report),
        "json" => render::json(&report),
        "md" => render::markdown(Tr::default(), &report),
        "xlsx" => {
            let path = out.ok_or_else(|| anyhow!("--format xlsx needs --out FILE.xlsx"))?;
            let grids = render::grids(Tr::default(), &report);
            let tables: Vec<(String, Table)> = grids
                .into_iter()
                .map(|(id, header, rows)| {
                    (id.clone(), Table { file: id, header, rows: rows.into_iter().enumerate().map(|(i, r)| (i + 2, r)).collect() })
                })
                .collect();
            let sheets: Vec<(&str, &Table)> = tables.iter().map(|(n, t)| (n.as_str(), t)).collect();
            formats::table::write_workbook(path, &sheets, true).map_err(|e| anyhow!("{}: {e}", path.display()))?;
            eprintln!("{} written ({} sheets) in {:.2} s", path.display(), sheets.len(), started.elapsed().as_secs_f64());
            return Ok(());
        }
        other => bail!("unknown format {other}"),
    };
    match out {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| anyhow!("{}: {e}", path.display()))?;
            eprintln!("{} written in {:.2} s", path.display(), started.elapsed().as_secs_f64());
        }
        None => print!("{text}"),
    }
    Ok(())
}
