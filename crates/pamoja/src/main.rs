//! `pamoja`: one binary, a subcommand per job. The work is in `commands`; this file only
//! parses the command line, sets up logging and reports errors.

use clap::Parser;
use pamoja::{cli, commands};

fn main() -> std::process::ExitCode {
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
