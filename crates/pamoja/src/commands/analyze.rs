//! `pamoja analyze tlt`: the study's analyses of a survey round, as Markdown, HTML, JSON or XLSX.

use analysis::{Input, Instruments, Report, render};
use anyhow::{anyhow, bail};
use domain::Access;
use domain::survey::{Respondent, RoundKind};
use formats::Table;
use std::path::Path;
use store::Db;
use store::surveys;

/// The instruments the analyses read, as compiled in.
pub fn instruments() -> Instruments {
    let get = |code: &str| formats::instrument::get(code).expect("compiled-in instrument");
    Instruments { cop: get("cop-survey"), tses: get("tses"), kap: get("kap") }
}

/// The country a school lies in: the first step of its unit path.
fn country(r: &Respondent) -> &str {
    r.unit_path.split('/').find(|s| !s.is_empty()).unwrap_or("")
}

/// Everyone who answered in rounds of `kind`, across programmes, in the caller's scope.
async fn respondents(
    db: &Db,
    access: &Access,
    kind: RoundKind,
    country_code: Option<&str>,
) -> anyhow::Result<(Vec<Respondent>, Vec<String>)> {
    let mut out = Vec::new();
    let mut codes = Vec::new();
    for round in surveys::rounds(db).await?.into_iter().filter(|r| r.kind == kind.slug()) {
        let mut rs = surveys::respondents(db, access, &round.code).await?;
        rs.retain(|r| country_code.is_none_or(|c| country(r).eq_ignore_ascii_case(c)));
        if !rs.is_empty() {
            codes.push(round.code);
            out.extend(rs);
        }
    }
    Ok((out, codes))
}

/// Builds the report for a round kind, as the page and the command both show it.
pub async fn report(db: &Db, access: &Access, kind: RoundKind, country_code: Option<&str>) -> anyhow::Result<Report> {
    let (current, codes) = respondents(db, access, kind, country_code).await?;
    if current.is_empty() {
        bail!(
            "no {} responses{}: import some with `pamoja survey import`, or run `pamoja demo`, which makes baseline and endline samples",
            kind.slug(),
            country_code.map(|c| format!(" in country {c}")).unwrap_or_default()
        );
    }
    let (baseline, _) = respondents(db, access, RoundKind::Baseline, country_code).await?;
    let (endline, _) = respondents(db, access, RoundKind::Endline, country_code).await?;
    let instruments = instruments();
    let input = Input {
        round: kind,
        current: &current,
        panel: (!baseline.is_empty() && !endline.is_empty()).then_some((&baseline[..], &endline[..])),
        instruments: &instruments,
        covers: format!(
            "Rounds {} ({} teachers in {} schools){}.",
            codes.join(", "),
            current.len(),
            current.iter().map(|r| r.school.as_str()).collect::<std::collections::BTreeSet<_>>().len(),
            country_code.map(|c| format!(", country {}", c.to_uppercase())).unwrap_or_default()
        ),
    };
    Ok(analysis::tlt(&input))
}

pub async fn tlt(db: &Db, round: &str, country_code: Option<&str>, format: &str, out: Option<&Path>) -> anyhow::Result<()> {
    let kind: RoundKind = round.parse().map_err(|e: String| anyhow!(e))?;
    let started = std::time::Instant::now();
    let report = report(db, &Access::everything(), kind, country_code).await?;
    let text = match format {
        "html" => render::html(&report),
        "json" => render::json(&report),
        "md" => render::markdown(&report),
        "xlsx" => {
            let path = out.ok_or_else(|| anyhow!("--format xlsx needs --out FILE.xlsx"))?;
            let grids = render::grids(&report);
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
