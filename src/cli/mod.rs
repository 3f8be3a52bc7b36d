//! The command line: clap definitions, and dispatch to one module per subcommand.

pub mod agenda;
pub mod archive;
pub mod attendance;
pub mod certificates;
pub mod check;
pub mod checkin;
pub mod completions;
pub mod document_args;
pub mod feedback;
pub mod groups;
pub mod help;
pub mod language;
pub mod list;
mod list_ics;
pub mod man;
pub mod new;
pub mod participants;
pub mod plan;
pub mod prompt;
pub mod report;
pub mod serve;
pub mod summary;
pub mod templates;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use crate::error::{Error, Result};
use crate::session::diagnostic::Style;
use crate::session::file::{self as session_file, Checked};
use crate::session::files;
use crate::workspace::{Config, Workspace};
use std::io::IsTerminal;
use std::path::Path;

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

    /// Language of the program's messages [default: COWORK_LANG, else cowork.toml's
    /// `language`, else the locale, else Russian]; `new` and `plan` write the file in it too
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<prompt::LangArg>,

    /// The Chromium-family browser that prints `--format pdf` [default: cowork.toml's
    /// `browser`, else Chromium, Chrome or Edge where they are installed]
    #[arg(long, global = true, value_name = "PATH")]
    pub browser: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands: the enum, and clap's definition of each, built only when the command
/// line names it (`Command::defer`). What `#[derive(Subcommand)]` writes would build every
/// subcommand's arguments on every run, a twentieth of a small command's work.
macro_rules! commands {
    ($(#[doc = $about:literal] $variant:ident($module:ident) = $name:literal;)*) => {
        #[derive(Debug)]
        pub enum Command {
            $(#[doc = $about] $variant($module::Args),)*
        }

        impl clap::Subcommand for Command {
            fn augment_subcommands(cmd: clap::Command) -> clap::Command {
                cmd$(.subcommand(subcommand(
                    $name,
                    $about,
                    <$module::Args as clap::Args>::augment_args,
                )))*
            }

            fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
                cmd$(.subcommand(subcommand(
                    $name,
                    $about,
                    <$module::Args as clap::Args>::augment_args_for_update,
                )))*
            }

            fn has_subcommand(name: &str) -> bool {
                matches!(name, $($name)|*)
            }
        }

        impl clap::FromArgMatches for Command {
            fn from_arg_matches(matches: &clap::ArgMatches) -> std::result::Result<Self, clap::Error> {
                Self::from_arg_matches_mut(&mut matches.clone())
            }

            fn update_from_arg_matches(
                &mut self,
                matches: &clap::ArgMatches,
            ) -> std::result::Result<(), clap::Error> {
                self.update_from_arg_matches_mut(&mut matches.clone())
            }

            fn from_arg_matches_mut(
                matches: &mut clap::ArgMatches,
            ) -> std::result::Result<Self, clap::Error> {
                use clap::error::ErrorKind;
                match matches.remove_subcommand() {
                    $(Some((name, mut sub)) if name == $name => Ok(Self::$variant(
                        <$module::Args as clap::FromArgMatches>::from_arg_matches_mut(&mut sub)?,
                    )),)*
                    Some((name, _)) => Err(clap::Error::raw(
                        ErrorKind::InvalidSubcommand,
                        format!("no such command: {name}"),
                    )),
                    None => Err(clap::Error::raw(ErrorKind::MissingSubcommand, "no command given")),
                }
            }

            fn update_from_arg_matches_mut(
                &mut self,
                matches: &mut clap::ArgMatches,
            ) -> std::result::Result<(), clap::Error> {
                *self = Self::from_arg_matches_mut(matches)?;
                Ok(())
            }
        }
    };
}

/// One subcommand: its name and one-line help now, its arguments when it is used.
fn subcommand(
    name: &'static str,
    about: &'static str,
    args: fn(clap::Command) -> clap::Command,
) -> clap::Command {
    clap::Command::new(name)
        .about(about.trim())
        .long_about(None)
        .defer(args)
}

commands! {
    /// Scaffold a session file (asks on a terminal; flags otherwise)
    New(new) = "new";
    /// Validate session files: every error and warning with file:line:column
    Check(check) = "check";
    /// The printed plan: «План проведения методического коворкинга»
    Agenda(agenda) = "agenda";
    /// Sign-in sheets: «Лист регистрации участников», one per day
    Attendance(attendance) = "attendance";
    /// Record who came on a day, in the session file (a checklist on a terminal, or flags)
    Checkin(checkin) = "checkin";
    /// The groups for group work: as the file records them, or made anew (--count N)
    Groups(groups) = "groups";
    /// Add a plus, minus or interesting point of the discussion (asks on a terminal)
    Feedback(feedback) = "feedback";
    /// «Итоги обсуждения: плюсы и минусы» of one session or of a series
    Summary(summary) = "summary";
    /// «Аналитическая справка по итогам методического коворкинга»
    Report(report) = "report";
    /// Certificates of participation and of presentation, one A4 landscape page each
    Certificates(certificates) = "certificates";
    /// Render every document of the sessions into archive/ and commit them with git
    Archive(archive) = "archive";
    /// The sessions of a folder in date order: planned, held, archived
    List(list) = "list";
    /// Participants from a spreadsheet (.xlsx, .ods, .csv) into the session file, and back
    Participants(participants) = "participants";
    /// Plan a series: a session file every N months, off weekends
    Plan(plan) = "plan";
    /// The room on the day: a web page for the door, the phones and the board
    Serve(serve) = "serve";
    /// List the built-in templates, or write them out to customise
    Templates(templates) = "templates";
    /// Print a shell completion script
    Completions(completions) = "completions";
    /// Print the manual page (roff)
    Man(man) = "man";
}

/// Runs a parsed command line; the library entry point, testable without a process.
pub fn run(cli: Cli, workspace: &Workspace) -> Result<()> {
    match cli.command {
        Command::New(args) => new::run(&args, workspace, cli.lang),
        // Folders and patterns (cmd and PowerShell do not expand `*.toml`) become the session
        // files they name, here, once, by one set of rules.
        Command::Check(mut args) => {
            args.files = files::expand(&args.files)?;
            check::run(&args, workspace)
        }
        Command::Agenda(mut args) => {
            args.doc.file = files::expand_one(&args.doc.file)?;
            agenda::run(&args, workspace)
        }
        Command::Attendance(mut args) => {
            args.doc.file = files::expand_one(&args.doc.file)?;
            attendance::run(&args, workspace)
        }
        Command::Checkin(mut args) => {
            args.file = files::expand_one(&args.file)?;
            checkin::run(&args)
        }
        Command::Groups(mut args) => {
            args.doc.file = files::expand_one(&args.doc.file)?;
            groups::run(&args, workspace)
        }
        Command::Feedback(mut args) => {
            args.file = files::expand_one(&args.file)?;
            feedback::run(&args)
        }
        Command::Summary(mut args) => {
            args.files = files::expand(&args.files)?;
            summary::run(&args, workspace)
        }
        Command::Report(mut args) => {
            args.doc.file = files::expand_one(&args.doc.file)?;
            report::run(&args, workspace)
        }
        Command::Certificates(mut args) => {
            args.doc.file = files::expand_one(&args.doc.file)?;
            certificates::run(&args, workspace)
        }
        Command::Participants(mut args) => {
            match &mut args.action {
                participants::Action::Import(a) => a.file = files::expand_one(&a.file)?,
                participants::Action::Export(a) => a.file = files::expand_one(&a.file)?,
            }
            participants::run(&args)
        }
        Command::Archive(args) => archive::run(&args, workspace),
        Command::List(args) => list::run(&args, workspace),
        Command::Plan(args) => plan::run(&args, workspace, cli.lang),
        Command::Serve(mut args) => {
            args.file = files::expand_one(&args.file)?;
            serve::run(&args, workspace)
        }
        Command::Templates(args) => templates::run(&args, workspace),
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(&args),
    }
}

/// Parses `std::env::args`, runs, prints any failure to stderr and returns the exit code.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // cowork.toml is read here, once: it may name the language everything is said in. A
    // broken one is reported by the first command that needs it, in that language.
    let mut config = Config::discover();
    let language = language::choose(&args, config.as_ref().ok().and_then(|c| c.language));
    crate::i18n::fluent::set_interface(language);
    if config.is_err() {
        // Its messages were worded before the language was known: read it again to say
        // them in the language chosen (`--lang en` with a broken cowork.toml).
        config = Config::discover();
    }
    let cli = match help::parse(&args, stderr_style()) {
        Ok(cli) => cli,
        Err((text, 0)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err((text, code)) => {
            eprintln!("{}", text.trim_end());
            return ExitCode::from(code);
        }
    };
    let workspace =
        Workspace::discovered(config, cli.templates.clone()).with_browser(cli.browser.clone());
    let result = run(cli, &workspace);
    for warning in workspace.take_warnings() {
        eprintln!("{}", warning.render(stderr_style()));
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // The one place an error becomes text, coloured only for a terminal.
            eprintln!("{}", failure.render(stderr_style()));
            ExitCode::from(failure.exit_code())
        }
    }
}

/// Colour on stderr only on a terminal and never with `NO_COLOR` set: decided here, at the
/// edge, for every message of the run.
pub fn stderr_style() -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if !no_color && std::io::stderr().is_terminal() {
        Style::Colored
    } else {
        Style::Plain
    }
}

/// Reads a session file for a command that produces a document: errors stop it, its
/// warnings are shown on stderr.
pub fn load_valid(path: &Path) -> Result<Checked> {
    let checked = session_file::load_checked(path)?;
    print_warnings(&checked);
    Ok(checked)
}

/// The renderer of this run's documents, with the workspace's templates. It lives until the
/// program ends: a command renders and exits, and freeing the compiled templates one by one
/// would cost more than rendering a small document.
pub fn renderer(workspace: &Workspace) -> Result<&'static crate::render::Renderer> {
    Ok(Box::leak(Box::new(crate::render::Renderer::new(
        &workspace.templates()?,
    ))))
}

/// Shows a checked file's warnings on stderr.
pub fn print_warnings(checked: &Checked) {
    if checked.warnings() > 0 {
        eprint!("{}", checked.render(stderr_style()));
    }
}

/// A `--day N` checked against the session's number of days (clap already refuses 0).
pub fn day_in_range(day: Option<u16>, days: usize) -> Result<Option<usize>> {
    match day.map(usize::from) {
        Some(n) if n > days => Err(Error::usage(crate::tr!(
            "cli-day-out-of-range",
            day = n,
            days = days
        ))),
        other => Ok(other),
    }
}

/// The terminal's width when stdout is a terminal, else `None`: the tables of
/// `render::table` wrap at it and never ask the terminal themselves.
pub fn terminal_width() -> Option<u16> {
    // comfy-table asks the terminal exactly as its Dynamic arrangement would by itself.
    comfy_table::Table::new().width()
}

/// Mentions on stderr the files beside a session that could not be read as earlier
/// sessions of its series.
pub fn warn_series(problems: &[crate::series::Problem]) {
    for problem in problems {
        eprintln!("{}: {problem}", crate::tr!("label-warning"));
    }
}
