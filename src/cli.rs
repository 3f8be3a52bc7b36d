//! The command line: clap definitions, and dispatch to one module per subcommand.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::commands;
use crate::error::Failure;

#[derive(Debug, Parser)]
#[command(
    name = "cowork",
    version,
    about = "Plans, sign-in sheets, summaries and reports for methodical coworking sessions",
    long_about = "cowork reads one TOML file per methodical coworking session («методический коворкинг») \
                  and produces what the methodist needs: the printed plan, sign-in sheets, balanced groups, \
                  the plus/minus summary and the post-session report.",
    propagate_version = true
)]
pub struct Cli {
    /// Directory whose templates override the built-in ones by file name [default: cowork.toml's
    /// `templates`, else ./templates if present]
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scaffold a session file (asks on a terminal; flags otherwise)
    New(commands::new::Args),
    /// Validate session files: every error and warning with file:line:column
    Check(commands::check::Args),
    /// The printed plan: «План проведения методического коворкинга»
    Agenda(commands::agenda::Args),
    /// Sign-in sheets: «Лист регистрации участников», one per day
    Attendance(commands::attendance::Args),
    /// Record who came on a day, in the session file (a checklist on a terminal, or flags)
    Checkin(commands::checkin::Args),
    /// Split participants into balanced groups for group work (--write records them)
    Groups(commands::groups::Args),
    /// Add a plus, minus or interesting point of the discussion (asks on a terminal)
    Feedback(commands::feedback::Args),
    /// «Итоги обсуждения: плюсы и минусы» of one session or of a series
    Summary(commands::summary::Args),
    /// «Аналитическая справка по итогам методического коворкинга»
    Report(commands::report::Args),
    /// Render every document of the sessions into archive/ and commit them with git
    Archive(commands::archive::Args),
    /// The sessions of a folder in date order: planned, held, archived
    List(commands::list::Args),
    /// Plan a series: a session file every N months, off weekends
    Plan(commands::plan::Args),
    /// List the built-in templates, or write them out to customise
    Templates(commands::templates::Args),
    /// Print a shell completion script
    Completions(commands::completions::Args),
    /// Print the manual page (roff)
    Man(commands::man::Args),
}

/// Runs a parsed command line; the library entry point, testable without a process.
pub fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::New(args) => commands::new::run(&args),
        Command::Check(args) => commands::check::run(&args),
        Command::Agenda(args) => commands::agenda::run(&args, cli.templates.as_deref()),
        Command::Attendance(args) => commands::attendance::run(&args, cli.templates.as_deref()),
        Command::Checkin(args) => commands::checkin::run(&args),
        Command::Groups(args) => commands::groups::run(&args, cli.templates.as_deref()),
        Command::Feedback(args) => commands::feedback::run(&args),
        Command::Summary(args) => commands::summary::run(&args, cli.templates.as_deref()),
        Command::Report(args) => commands::report::run(&args, cli.templates.as_deref()),
        Command::Archive(args) => commands::archive::run(&args, cli.templates.as_deref()),
        Command::List(args) => commands::list::run(&args),
        Command::Plan(args) => commands::plan::run(&args),
        Command::Templates(args) => commands::templates::run(&args, cli.templates.as_deref()),
        Command::Completions(args) => commands::completions::run(&args),
        Command::Man(args) => commands::man::run(&args),
    }
}

/// Parses `std::env::args`, runs, prints any failure to stderr and returns the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::from(failure.exit_code())
        }
    }
}
