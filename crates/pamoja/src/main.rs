//! `pamoja`: one binary, a subcommand per job. The work is in `commands`; this file only
//! parses the command line, sets up logging and reports errors.

use clap::Parser;
use pamoja::{cli, commands};

/// glibc gives a thread that allocates under contention an arena of its own (up to eight a
/// core), and what is freed into one arena is not reused by another: the SQLite connections'
/// threads read the KPI buckets, the workers free them. Two arenas kept the Kenya-sized
/// server's peak at 460 MiB rather than 500 (`scripts/bench-period`). An operator's own
/// `MALLOC_ARENA_MAX` wins.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn few_malloc_arenas() {
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only changes the allocator's settings, and runs before any other
        // thread exists.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn few_malloc_arenas() {}

fn main() -> std::process::ExitCode {
    few_malloc_arenas();
    let cli = cli::Cli::parse();
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("PAMOJA_LOG").unwrap_or_else(|_| "warn,sqlx=error,pamoja=info,web=info".into());
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // PAMOJA_LOG_FORMAT=json: one JSON object a line, each with its request's span (and id).
    if std::env::var("PAMOJA_LOG_FORMAT").is_ok_and(|f| f == "json") {
        logs.json().with_current_span(true).with_span_list(true).init();
    } else {
        logs.init();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime starts");
    match runtime.block_on(commands::run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
