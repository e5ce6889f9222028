//! The command line: every subcommand, its options and its help.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// Pamoja ("together"): teacher communities of practice, head-teacher learning communities,
/// coaching and monitoring, from the school to the ministry.
#[derive(Debug, Parser)]
#[command(name = "pamoja", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Where the data lives.
#[derive(Debug, Args, Clone)]
pub struct DbArg {
    /// A SQLite file, or a PostgreSQL URL (postgres://user@host/db).
    #[arg(long, env = "PAMOJA_DB", default_value = "pamoja.sqlite")]
    pub db: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web app and the JSON API (migrating the database first).
    Serve {
        #[command(flatten)]
        db: DbArg,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        #[command(flatten)]
        public: PublicUrl,
    },
    /// Generate a synthetic country shaped like the seeds, then serve it.
    Demo(DemoArgs),
    /// Apply database migrations (append-only), and optionally set the unit levels.
    Migrate {
        #[command(flatten)]
        db: DbArg,
        /// The administrative levels from the root, e.g. country,province,district,sector.
        /// Only while no unit exists; a first unit import also sets them from its file.
        #[arg(long, value_delimiter = ',')]
        levels: Vec<String>,
    },
    /// Import units, schools, clusters, people, posts or schools' exam results from a CSV or
    /// XLSX file.
    /// A file with any bad row is rejected whole, each problem as file:line:column: reason.
    #[command(after_help = columns_help())]
    Import {
        /// What the file holds.
        #[arg(value_parser = ["units", "schools", "clusters", "people", "posts", "results"])]
        kind: String,
        /// A .csv or .xlsx file with the kind's columns (see `pamoja export`).
        file: PathBuf,
        /// Write the good rows and report the bad ones, instead of rejecting the file.
        #[arg(long)]
        skip_invalid: bool,
        #[command(flatten)]
        db: DbArg,
    },
    /// Export the registry (units, schools, clusters, people, posts, results: the columns an import
    /// takes) or CoP life (meetings, attendance, action-points: flat tables for Excel or
    /// Stata) to a CSV or XLSX file.
    #[command(after_help = columns_help())]
    Export {
        #[arg(value_parser = ["units", "schools", "clusters", "people", "posts", "results", "meetings", "attendance", "action-points"])]
        kind: String,
        /// A .csv or .xlsx file to write.
        file: PathBuf,
        /// Only records under this unit (its code).
        #[arg(long)]
        unit: Option<String>,
        /// For CoP life: an academic year's label (default: the latest).
        #[arg(long)]
        year: Option<String>,
        /// For CoP life: from this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// For CoP life: to this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        #[command(flatten)]
        db: DbArg,
    },
    /// Manage sign-ins.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Programmes: list them, and form their CoPs.
    #[command(subcommand)]
    Programme(ProgrammeCommand),
    /// Run one statistical test on the columns of a CSV or XLSX file (for researchers).
    /// Rows missing any column the test uses are left out (listwise), and the output says how many.
    #[command(after_help = STATS_HELP)]
    Stats(StatsArgs),
    /// Survey rounds of the study, their responses, and the instruments as XLSForm.
    #[command(subcommand)]
    Survey(SurveyCommand),
    /// The study's analyses of a survey round.
    #[command(subcommand)]
    Analyze(AnalyzeCommand),
    /// Classroom observation rubrics: list them, import one from a sheet, export one.
    #[command(subcommand)]
    Rubric(RubricCommand),
}

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// List every rubric's latest version.
    List {
        #[command(flatten)]
        db: DbArg,
    },
    /// Import a rubric from a CSV or XLSX sheet (columns part, code, parent, text, value; see
    /// `pamoja rubric export`). A sheet with any problem is refused whole, each problem as
    /// file:line:column; one that differs from the rubric's latest version becomes its next
    /// version (observations keep theirs), and the same sheet again changes nothing.
    Import {
        file: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
    /// Export a rubric as a sheet that `pamoja rubric import` takes back.
    Export {
        /// The rubric's code (the default's is teach-structured).
        code: String,
        /// A .csv or .xlsx file to write.
        file: PathBuf,
        /// A version (default: the latest).
        #[arg(long)]
        rubric_version: Option<i64>,
        #[command(flatten)]
        db: DbArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// List the survey rounds.
    Rounds {
        #[command(flatten)]
        db: DbArg,
    },
    /// Add a survey round to a programme (or re-date one with the same code).
    AddRound {
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
        /// The programme's code.
        #[arg(long)]
        programme: String,
        #[arg(long, value_parser = ["baseline", "midline", "endline"])]
        kind: String,
        /// The day it was held (YYYY-MM-DD).
        #[arg(long)]
        date: chrono::NaiveDate,
        #[command(flatten)]
        db: DbArg,
    },
    /// Import one instrument's responses from a CSV or XLSX file (a KoboToolbox or ODK export
    /// works: group prefixes such as `governance/fac_1` are understood). A file with any bad
    /// cell is rejected whole; importing it again replaces those teachers' answers.
    Import {
        /// The round's code.
        #[arg(long)]
        round: String,
        #[arg(long, value_parser = formats::instrument::CODES)]
        instrument: String,
        file: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
    /// Export a round's responses as one wide table: a row per teacher, a column per item
    /// (of every instrument), for Stata, R or Python.
    Export {
        /// The round's code.
        #[arg(long)]
        round: String,
        /// A .csv or .xlsx file to write.
        file: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
    /// Write an instrument as an XLSForm workbook, for ODK Collect or KoboToolbox.
    Xlsform {
        #[arg(value_parser = formats::instrument::CODES)]
        instrument: String,
        /// The .xlsx file to write.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum AnalyzeCommand {
    /// Teachers Learning Together: Tables 3–10 of seed 000, each index's reliability, seed
    /// 001's closure tests and, with an endline, the treatment-control regression and the wave
    /// difference-in-differences.
    Tlt {
        /// Which round to analyse, by kind.
        #[arg(long, value_parser = ["baseline", "midline", "endline"], default_value = "baseline")]
        round: String,
        /// Only schools in this country (its root unit's code, e.g. rw or ke).
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_parser = ["html", "md", "json", "xlsx"], default_value = "md")]
        format: String,
        /// Write here instead of printing (required for xlsx).
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        db: DbArg,
    },
}

const STATS_HELP: &str = "Missing cells: empty, NA, N/A, NaN, '.' or '-'. Any other text in a numeric column is an error \
naming its line and column.\nThe --json fields are described in README.md (section \"pamoja stats\").";

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(subcommand)]
    pub test: StatsTest,
    /// Print JSON instead of a table.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum StatsTest {
    /// Pearson's r or Spearman's rho, with n and a two-sided p (scipy's pearsonr/spearmanr).
    Corr {
        file: PathBuf,
        #[arg(long, value_parser = ["pearson", "spearman"], default_value = "pearson")]
        method: String,
        #[arg(long)]
        x: String,
        #[arg(long)]
        y: String,
    },
    /// Chi-square test of independence of two label columns, with Cramér's V. Yates' correction
    /// is on for 2x2 tables unless --no-yates (scipy's chi2_contingency).
    Chi2 {
        file: PathBuf,
        #[arg(long)]
        row: String,
        #[arg(long)]
        col: String,
        #[arg(long)]
        no_yates: bool,
    },
    /// Mann-Whitney U between the two groups of --group (scipy's mannwhitneyu, method auto),
    /// with min(U1, U2) and z as SPSS reports them.
    Mwu {
        file: PathBuf,
        #[arg(long)]
        value: String,
        /// A column with exactly two groups; the first in sorted order is sample 1.
        #[arg(long)]
        group: String,
    },
    /// Cronbach's alpha of the items, with its 95% confidence interval (pingouin's).
    Alpha {
        file: PathBuf,
        #[arg(long, value_delimiter = ',', required = true)]
        items: Vec<String>,
    },
    /// Principal components of the items' correlation matrix: eigenvalues, explained variance
    /// and the first component's weights (scikit-learn's sign rule).
    Pca {
        file: PathBuf,
        #[arg(long, value_delimiter = ',', required = true)]
        items: Vec<String>,
    },
    /// Least squares of --y on --x with a constant, or absorbing --fe; cluster-robust (CR1)
    /// standard errors with --cluster, p from t(G-1) (statsmodels' cov_type='cluster').
    Ols {
        file: PathBuf,
        #[arg(long)]
        y: String,
        #[arg(long, value_delimiter = ',', required = true)]
        x: Vec<String>,
        #[arg(long)]
        fe: Option<String>,
        #[arg(long)]
        cluster: Option<String>,
    },
}

/// The columns of each kind of file, for the import and export help.
fn columns_help() -> String {
    let mut kinds = formats::Kind::ALL.iter().map(|k| format!("  {:<9} {}", k.slug(), k.columns().join(","))).collect::<Vec<_>>();
    kinds.extend(formats::life::LifeKind::ALL.iter().map(|k| format!("  {:<9} (export only) {}", k.slug(), k.columns().join(","))));
    format!(
        "Columns (the first line of the file names them, in any order; dates are YYYY-MM-DD; lists use ';'):\n{}\n\
         Import units parents first, then schools, clusters, people and posts; results after their schools. Re-importing a file changes nothing.",
        kinds.join("\n")
    )
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How big a country: small (a few hundred rows), rwanda (3,200 schools), kenya (536) or
    /// kenya-national (32,000 schools, 330,000 teachers).
    #[arg(long, default_value = "rwanda", value_parser = ["small", "rwanda", "kenya", "kenya-national"])]
    pub scale: String,
    /// The same seed always gives the same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The day the demo is set on (YYYY-MM-DD; default today): its school year is the one
    /// holding this day, with the day inside a term, and nothing is held after it. A seed and
    /// a day always give the same data.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<chrono::NaiveDate>,
    /// The SQLite file to (re)create, or an empty PostgreSQL database's URL.
    #[arg(long, default_value = "pamoja-demo.sqlite")]
    pub db: String,
    /// Generate and exit without serving.
    #[arg(long)]
    pub no_serve: bool,
    /// Address to serve on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub public: PublicUrl,
}

/// How users reach the server.
#[derive(Debug, Args)]
pub struct PublicUrl {
    /// The address users open, e.g. https://pamoja.example.org behind a TLS proxy: with
    /// https, cookies are Secure and HSTS is sent; forms must come from this origin.
    #[arg(long = "public-url", env = "PAMOJA_PUBLIC_URL")]
    pub url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a sign-in for a registered person; their posts give their rights.
    Create {
        #[arg(long)]
        username: String,
        /// The person's code.
        #[arg(long)]
        person: String,
        /// At least 12 characters, not a common or guessable one.
        #[arg(long, env = "PAMOJA_PASSWORD", hide_env_values = true)]
        password: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// List users with their current role and scope.
    List {
        /// Only holders of this role (its slug, e.g. head-teacher).
        #[arg(long)]
        role: Option<String>,
        #[command(flatten)]
        db: DbArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token for a user; it is printed once, as the last line.
    Create {
        #[arg(long)]
        user: String,
        /// Days until it stops working (1 to 366).
        #[arg(long, default_value_t = 90)]
        days: i64,
        #[command(flatten)]
        db: DbArg,
    },
    /// List API tokens (never the tokens themselves): id, user, made, ends, state.
    List {
        /// Only this user's.
        #[arg(long)]
        user: Option<String>,
        #[command(flatten)]
        db: DbArg,
    },
    /// Revoke an API token by its id (from `pamoja token list`); it stops working at once.
    Revoke {
        id: uuid::Uuid,
        #[command(flatten)]
        db: DbArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProgrammeCommand {
    /// List programmes with their delivery model and rollout.
    List {
        #[command(flatten)]
        db: DbArg,
    },
    /// Form a programme's CoPs for all its schools or clusters, enrolling teachers and
    /// facilitators. Running it again adds only what is missing.
    FormCops {
        /// The programme's code.
        programme: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Form a programme's PLCs: one for each sector holding its schools (the head teachers,
    /// led by the LLL, with the SEI and SLF) and one for each of their districts (the LLLs,
    /// led by the NLLs, with the DEO). Running it again follows the posts held today.
    FormPlcs {
        /// The programme's code.
        programme: String,
        #[command(flatten)]
        db: DbArg,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_sound() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_subcommand_the_issue_names_exists_with_help() {
        let cli = Cli::command();
        for name in ["serve", "demo", "migrate", "import", "export", "user", "token"] {
            let sub = cli.find_subcommand(name).unwrap_or_else(|| panic!("no subcommand {name}"));
            assert!(sub.get_about().is_some(), "{name} has no help");
        }
    }

    #[test]
    fn the_demo_defaults_to_rwanda_in_pamoja_demo_sqlite() {
        let Command::Demo(args) = Cli::try_parse_from(["pamoja", "demo"]).unwrap().command else { panic!("not demo") };
        assert_eq!((args.scale.as_str(), args.db.as_str(), args.no_serve), ("rwanda", "pamoja-demo.sqlite", false));
    }
}
