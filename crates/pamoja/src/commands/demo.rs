//! `pamoja demo`: generate a country shaped like the seeds, write it through the same store
//! functions an import uses, print what was made, then serve it.

use crate::cli::DemoArgs;
use anyhow::{Context, bail};
use domain::Access;
use indicatif::{ProgressBar, ProgressStyle};
use sim::{Dataset, Scale};
use std::time::{Duration, Instant};
use store::Db;
use store::batch::{Mode, Policy};
use store::registry::{clusters, people, posts, results, schools, units};

/// Every demo login's password (printed with the logins).
pub const DEMO_PASSWORD: &str = "pamoja-demo-login";

/// Records per progress step: small enough for a lively bar, large enough to stay fast.
const STEP: usize = 5_000;

pub async fn run(args: DemoArgs) -> anyhow::Result<()> {
    let scale: Scale = args.scale.parse().map_err(anyhow::Error::msg)?;
    let started = Instant::now();
    let real = chrono::Utc::now().date_naive();
    let today = args.today.unwrap_or(real);
    // The demo's people hold their posts from January 2025, and a meeting cannot be recorded
    // for a day still to come.
    let first = chrono::NaiveDate::from_ymd_opt(2025, 1, 7).expect("a date");
    if today < first || today > real {
        anyhow::bail!(
            "--today {today}: use a day from {first} to today ({real}); the demo's posts begin in January 2025, and meetings cannot be in the future"
        );
    }
    let db = fresh_database(&args.db).await?;
    let spinner = ProgressBar::new_spinner().with_message(format!("generating the {} country (seed {})", args.scale, args.seed));
    spinner.enable_steady_tick(Duration::from_millis(120));
    let data = sim::generate(scale, args.seed, today);
    spinner.finish_and_clear();
    let generated = started.elapsed();
    write(&db, &data).await?;
    super::year::write(&db, &data, args.seed).await?;
    super::survey::write_demo(&db, &data, args.seed).await?;
    let written = started.elapsed();
    let counts = store::table_counts(&db).await?;
    let rows: i64 = counts.iter().map(|(_, n)| n).sum();
    print_summary(&db, &data, &counts).await?;
    println!(
        "\nGenerated in {:.1} s ({:.1} s to make the data, {:.1} s to write {rows} rows: {:.0} rows/s) into {}",
        written.as_secs_f64(),
        generated.as_secs_f64(),
        (written - generated).as_secs_f64(),
        rows as f64 / (written - generated).as_secs_f64(),
        args.db
    );
    if args.no_serve {
        return Ok(());
    }
    print_logins(&data, &args.addr.to_string(), &args.db);
    super::serve(db, args.addr, &args.public).await
}

/// Recreates the SQLite file (after saying so), or checks a PostgreSQL database is empty.
async fn fresh_database(url: &str) -> anyhow::Result<Db> {
    let postgres = url.starts_with("postgres://") || url.starts_with("postgresql://");
    if !postgres {
        let path = url.strip_prefix("sqlite://").unwrap_or(url);
        if std::path::Path::new(path).exists() {
            println!("Recreating {path}: the demo starts from an empty database each run.");
        }
        for suffix in ["", "-wal", "-shm"] {
            let file = format!("{path}{suffix}");
            if std::path::Path::new(&file).exists() {
                std::fs::remove_file(&file).with_context(|| format!("cannot remove {file}"))?;
            }
        }
    }
    let db = super::open(url).await?;
    if postgres && store::table_counts(&db).await?.iter().any(|(_, n)| *n > 0) {
        bail!("{url} already holds data; the demo needs an empty database");
    }
    Ok(db)
}

fn bar(len: usize, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len as u64).with_message(what.to_owned());
    bar.set_style(
        ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({per_sec}, {eta} left)")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar
}

/// Writes `records` in steps, advancing a progress bar.
async fn in_steps<T>(
    what: &str,
    records: &[T],
    mut write: impl AsyncFnMut(&[T]) -> store::Result<store::batch::Written>,
) -> anyhow::Result<()> {
    let bar = bar(records.len(), what);
    for chunk in records.chunks(STEP) {
        write(chunk).await.with_context(|| format!("writing {what}"))?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish();
    Ok(())
}

/// Writes a generated country through the store, as an import would.
pub async fn write(db: &Db, data: &Dataset) -> anyhow::Result<()> {
    let all = Access::everything();
    units::set_levels(db, &data.levels).await?;
    // Parents come before their children, so each step finds the parents it needs.
    in_steps("units", &data.units, async |r| units::write(db, &all, r, Mode::Create, Policy::AllOrNothing).await).await?;
    in_steps("schools", &data.schools, async |r| schools::write(db, &all, r, Mode::Create, Policy::AllOrNothing).await).await?;
    for setup in &data.programmes {
        store::programmes::write(db, &all, &setup.programme, false).await?;
        store::programmes::set_rollout(db, &all, setup.programme.code.as_str(), &setup.rollout).await?;
    }
    in_steps("clusters", &data.clusters, async |r| clusters::write(db, &all, r, Mode::Create, Policy::AllOrNothing).await).await?;
    in_steps("people", &data.people, async |r| people::write(db, &all, r, Mode::Create, Policy::AllOrNothing).await).await?;
    in_steps("posts", &data.posts, async |r| posts::write(db, &all, r, Policy::AllOrNothing).await).await?;
    in_steps("results", &data.results, async |r| results::write(db, &all, r, Policy::AllOrNothing).await).await?;
    for year in [&data.previous_year, &data.year].into_iter().flatten() {
        store::programmes::add_year(db, &all, year).await?;
    }
    let today = data.today.expect("every dataset sets the day it is read on");
    for setup in &data.programmes {
        let spinner = ProgressBar::new_spinner().with_message(format!("forming {} CoPs", setup.programme.code));
        spinner.enable_steady_tick(Duration::from_millis(120));
        store::programmes::forming::form(db, &all, setup.programme.code.as_str(), today).await?;
        if setup.plcs {
            store::programmes::plcs::form(db, &all, setup.programme.code.as_str(), today).await?;
        }
        spinner.finish_and_clear();
    }
    // The committees' past selections need the PLCs' seats; their appointees then lead.
    super::selections::write(db, data, today).await?;
    for setup in data.programmes.iter().filter(|s| s.plcs) {
        store::programmes::plcs::form(db, &all, setup.programme.code.as_str(), today).await?;
    }
    let toolkit: Vec<&(String, String, String)> = data.toolkit.iter().collect();
    for setup in &data.programmes {
        let activities: Vec<(String, String)> = toolkit
            .iter()
            .filter(|(p, _, _)| p == setup.programme.code.as_str())
            .map(|(_, code, title)| (code.clone(), title.clone()))
            .collect();
        store::programmes::set_toolkit(db, &all, setup.programme.code.as_str(), &activities).await?;
    }
    for login in &data.logins {
        store::auth::create_user(db, &login.username, &login.person, DEMO_PASSWORD).await?;
    }
    Ok(())
}

async fn print_summary(db: &Db, data: &Dataset, counts: &[(&str, i64)]) -> anyhow::Result<()> {
    let count = |table: &str| counts.iter().find(|(t, _)| *t == table).map_or(0, |(_, n)| *n);
    println!("\n{}: what the demo holds", data.country);
    let levels =
        data.levels.iter().map(|level| plural(data.units.iter().filter(|u| &u.level == level).count() as i64, level)).collect::<Vec<_>>();
    println!("  places      {}", levels.join(", "));
    println!("  schools     {} ({} in clusters)", count("schools"), count("cluster_schools"));
    println!("  clusters    {}", count("clusters"));
    println!("  people      {}", count("people"));
    let roles = store::counts_by(db, "posts", "role").await?;
    println!("  posts       {} ({})", count("posts"), roles.iter().map(|(r, n)| format!("{n} {r}")).collect::<Vec<_>>().join(", "));
    for setup in &data.programmes {
        let p = &setup.programme;
        let rollout = store::programmes::rollout_counts(db, p.code.as_str()).await?;
        let arms = rollout
            .iter()
            .map(|(arm, wave, n)| format!("{n} {arm}{}", wave.map_or(String::new(), |w| format!(" wave {w}"))))
            .collect::<Vec<_>>();
        let meetings = if p.meetings_per_term == 1 { "1 meeting".to_owned() } else { format!("{} meetings", p.meetings_per_term) };
        println!("  programme   {} ({}, {meetings} a term): {}", p.code, p.model.slug(), arms.join(", "));
    }
    println!("  results     {} exam results (school, year, subject)", count("school_results"));
    let today = data.today.expect("every dataset sets the day it is read on");
    let open = store::leaders::vacancies::open_seats(db, &Access::everything(), None, today).await?.len();
    if count("selections") > 0 || open > 0 {
        println!(
            "  leaders     {} selections decided ({} nominations), {} open today",
            count("selections"),
            count("nominations"),
            plural(open as i64, "seat")
        );
    }
    let kinds = store::programmes::plcs::counts(db).await?;
    for kind in domain::community::CommunityKind::ALL {
        let Some((_, n, members, meetings)) = kinds.iter().find(|(k, ..)| k == kind.slug()) else { continue };
        let (label, what) = match kind {
            domain::community::CommunityKind::Cop => ("CoPs", "CoPs"),
            domain::community::CommunityKind::SectorPlc => ("PLCs", "sector PLCs"),
            domain::community::CommunityKind::DistrictPlc => ("", "district PLCs"),
        };
        println!("  {label:<11} {n} {what} with {members} memberships, {meetings} meetings held");
    }
    println!("  year        {}, {}", plural(count("terms"), "term"), plural(count("closures"), "closure period"));
    println!(
        "  meetings    {} held, {} attendance records, {} reports to head teachers",
        count("meetings"),
        count("attendance"),
        count("meeting_reports")
    );
    println!("  actions     {} action points, {} followed up", count("action_points"), count("follow_ups"));
    println!("  users       {}", count("users"));
    Ok(())
}

/// "1 county", "8 counties", "3 terms".
fn plural(n: i64, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => format!("1 {word}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {word}s"),
    }
}

fn print_logins(data: &Dataset, addr: &str, db: &str) {
    println!("\nOpen http://{addr}/ (API docs: http://{addr}/api/docs). Demo logins, password {DEMO_PASSWORD:?}:");
    for login in &data.logins {
        println!("  {:<13} {:<28} {}", login.username, login.role.title(), login.place);
    }
    let missing: Vec<&str> = [
        ("coach", domain::Role::Coach),
        ("deo", domain::Role::Deo),
        ("ssl", domain::Role::SubjectLeader),
        ("lll", domain::Role::Lll),
        ("nll", domain::Role::Nll),
        ("sei", domain::Role::Sei),
    ]
    .iter()
    .filter(|(_, role)| !data.logins.iter().any(|l| l.role == *role))
    .map(|(name, _)| *name)
    .collect();
    if !missing.is_empty() {
        println!("  (No login for {}: {}'s programme has no such post; `--scale small` has every role.)", missing.join(", "), data.country);
    }
    println!("  API token for a login: pamoja token create --db {db} --user deo");
}
