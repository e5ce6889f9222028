//! `pamoja import` and `pamoja export`: the registry as CSV or XLSX, the same columns both ways.

use anyhow::anyhow;
use domain::Access;
use formats::registry::{self as layout, Kind, Parsed};
use formats::{Problem, Table};
use indicatif::ProgressBar;
use std::path::Path;
use std::time::Duration;
use store::registry::{Filter, Mode, Policy, Written, clusters, people, posts, schools, units};
use store::{Db, Error};

pub async fn import(db: &Db, kind: &str, file: &Path, skip_invalid: bool) -> anyhow::Result<()> {
    let kind: Kind = kind.parse().map_err(|e: String| anyhow!(e))?;
    let table = Table::read(file).map_err(|p| anyhow!("{p}"))?;
    let everything = Access::everything();
    let all = &everything;
    let skip = skip_invalid;
    match kind {
        Kind::Units => apply(file, layout::units(&table), skip, async |r, p| units::write(db, all, r, Mode::Upsert, p).await).await,
        Kind::Schools => apply(file, layout::schools(&table), skip, async |r, p| schools::write(db, all, r, Mode::Upsert, p).await).await,
        Kind::Clusters => {
            apply(file, layout::clusters(&table), skip, async |r, p| clusters::write(db, all, r, Mode::Upsert, p).await).await
        }
        Kind::People => {
            let year = chrono::Datelike::year(&chrono::Utc::now());
            apply(file, layout::people(&table, year), skip, async |r, p| people::write(db, all, r, Mode::Upsert, p).await).await
        }
        Kind::Posts => apply(file, layout::posts(&table), skip, async |r, p| posts::write(db, all, r, p).await).await,
    }
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

/// Writes the parsed records unless a problem rejects the file; prints every problem, those
/// of the file's text and those of its references (unknown unit, duplicate code) alike.
async fn apply<T>(
    file: &Path,
    parsed: Parsed<T>,
    skip_invalid: bool,
    mut write: impl AsyncFnMut(&[T], Policy) -> store::Result<Written>,
) -> anyhow::Result<()> {
    let spinner = ProgressBar::new_spinner().with_message(format!("importing {} rows from {}", parsed.records.len(), file.display()));
    spinner.enable_steady_tick(Duration::from_millis(120));
    if !parsed.problems.is_empty() && !skip_invalid {
        // Check the readable rows too, so one run lists every problem in the file.
        let mut problems = parsed.problems.clone();
        match write(&parsed.records, Policy::CheckOnly).await {
            Err(Error::Rows(rows)) => problems.extend(rows.iter().flat_map(|(i, e)| parsed.locate(*i, e))),
            Err(other) => return Err(other.into()),
            Ok(_) => {}
        }
        spinner.finish_and_clear();
        return Err(rejected(file, problems));
    }
    let policy = if skip_invalid { Policy::SkipInvalid } else { Policy::AllOrNothing };
    let result = write(&parsed.records, policy).await;
    spinner.finish_and_clear();
    match result {
        Err(Error::Rows(rows)) => {
            let problems: Vec<Problem> = rows.iter().flat_map(|(i, e)| parsed.locate(*i, e)).collect();
            Err(rejected(file, problems))
        }
        Err(other) => Err(other.into()),
        Ok(written) => {
            let mut skipped: Vec<Problem> = parsed.problems.clone();
            skipped.extend(written.skipped.iter().flat_map(|(i, e)| parsed.locate(*i, e)));
            skipped.sort_by_key(|p| (p.line, p.column));
            report(&skipped);
            let lines: std::collections::BTreeSet<usize> = skipped.iter().map(|p| p.line).collect();
            println!("{}: {} new, {} updated, {} rows skipped", file.display(), written.inserted, written.updated, lines.len());
            Ok(())
        }
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

pub async fn export(db: &Db, kind: &str, file: &Path, unit: Option<String>) -> anyhow::Result<()> {
    let kind: Kind = kind.parse().map_err(|e: String| anyhow!(e))?;
    let all = Access::everything();
    let filter = Filter { unit, ..Filter::all() };
    let rows: Vec<Vec<String>> = match kind {
        Kind::Units => {
            units::list(db, &all, &filter).await?.items.into_iter().map(|u| vec![u.code, u.name, u.level, opt(&u.parent)]).collect()
        }
        Kind::Schools => schools::list(db, &all, &filter)
            .await?
            .items
            .into_iter()
            .map(|s| vec![s.code, s.name, s.unit, s.ownership, s.locality])
            .collect(),
        Kind::Clusters => clusters::list(db, &all, &filter)
            .await?
            .items
            .into_iter()
            .map(|c| vec![c.code, c.name, c.programme, c.unit, c.schools])
            .collect(),
        Kind::People => people::list(db, &all, &filter)
            .await?
            .items
            .into_iter()
            .map(|p| {
                vec![
                    p.code,
                    p.name,
                    p.gender,
                    opt(&p.birth_year),
                    opt(&p.age_band),
                    p.subjects,
                    opt(&p.qualification),
                    opt(&p.started_teaching),
                    opt(&p.phone),
                    p.unit,
                    opt(&p.school),
                ]
            })
            .collect(),
        Kind::Posts => posts::list(db, &all, &filter, &Default::default())
            .await?
            .items
            .into_iter()
            .map(|p| {
                // A post names one place: its unit only when it is held at the unit itself.
                let unit = if p.school.is_none() && p.cluster.is_none() { p.unit } else { String::new() };
                vec![p.person, p.role, unit, opt(&p.school), opt(&p.cluster), p.subject, p.from.to_string(), opt(&p.to)]
            })
            .collect(),
    };
    let count = rows.len();
    let table = Table {
        file: file.display().to_string(),
        header: kind.columns().iter().map(|c| c.to_string()).collect(),
        rows: rows.into_iter().map(|r| (0, r)).collect(),
    };
    table.write(file).map_err(|e| anyhow!(e))?;
    println!("wrote {count} {} to {}", kind.slug(), file.display());
    Ok(())
}

/// Writes a CoP-life table for a unit and a period.
pub async fn export_activity(
    db: &Db,
    kind: formats::activity::ActivityKind,
    file: &Path,
    unit: Option<String>,
    year: Option<String>,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> anyhow::Result<()> {
    use formats::activity::ActivityKind;
    use store::life::export;
    let all = Access::everything();
    let today = chrono::Utc::now().date_naive();
    let period = store::life::dashboard::period(db, year.as_deref(), None, from, to, today).await?;
    let path = match &unit {
        Some(code) => Some(units::path_of(db, code).await?),
        None => None,
    };
    let path = path.as_deref();
    let rows: Vec<Vec<String>> = match kind {
        ActivityKind::Meetings => export::meetings(db, &all, path, period)
            .await?
            .into_iter()
            .map(|m| {
                vec![
                    m.id.to_string(),
                    m.cop.to_string(),
                    m.cop_name,
                    m.programme,
                    m.unit_path,
                    opt(&m.school),
                    opt(&m.cluster),
                    m.subject,
                    m.held_on.to_string(),
                    m.modality,
                    m.facilitator,
                    m.facilitator_kind,
                    m.members_expected.to_string(),
                    m.members_present.to_string(),
                    opt(&m.duration_minutes),
                    m.formats.join(";"),
                    m.topics.join(";"),
                    m.teachers_decided.join(";"),
                ]
            })
            .collect(),
        ActivityKind::Attendance => export::attendance(db, &all, path, period)
            .await?
            .into_iter()
            .map(|a| {
                vec![
                    a.meeting.to_string(),
                    a.cop.to_string(),
                    a.held_on.to_string(),
                    a.person,
                    a.gender,
                    a.status,
                    a.remote.to_string(),
                    opt(&a.guest),
                ]
            })
            .collect(),
        ActivityKind::ActionPoints => export::action_points(db, &all, path, period)
            .await?
            .into_iter()
            .map(|a| {
                vec![
                    a.id.to_string(),
                    a.meeting.to_string(),
                    a.cop.to_string(),
                    a.held_on.to_string(),
                    a.description,
                    a.owner,
                    a.due_on.to_string(),
                    opt(&a.closed_on),
                    opt(&a.finding),
                ]
            })
            .collect(),
    };
    let count = rows.len();
    let table = Table {
        file: file.display().to_string(),
        header: kind.columns().iter().map(|c| c.to_string()).collect(),
        rows: rows.into_iter().map(|r| (0, r)).collect(),
    };
    table.write(file).map_err(|e| anyhow!(e))?;
    println!("wrote {count} rows of {} ({} to {}) to {}", kind.slug(), period.from, period.to, file.display());
    Ok(())
}
