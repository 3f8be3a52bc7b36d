//! `cowork plan`: the year's series as session files, every N months, off weekends and holidays.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::cli::prompt::{self, LangArg};
use crate::error::Result;
use crate::render::table;
use crate::scaffold::plan as series_plan;
use crate::session::model::Language;
use crate::view::calendar;
use crate::workspace::Workspace;
use crate::write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table of the planned sessions
    Table,
    /// An iCalendar file of the sessions as all-day events (days apart are separate events),
    /// for calendar apps
    Ics,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first session's date, as 2026-10-15 or 15.10.2026
    #[arg(long, value_name = "DATE", value_parser = prompt::parse_date)]
    pub start: NaiveDate,
    /// Months between sessions («1 раз в два месяца» = 2)
    #[arg(long, value_name = "MONTHS", default_value_t = 2,
          value_parser = clap::value_parser!(u8).range(1..=12))]
    pub every: u8,
    /// How many sessions
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=36))]
    pub count: u8,
    /// The series name written into every file [default: «Методические коворкинги 2026/2027»
    /// for the academic year of --start]; a year pair in it follows each session's school year
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    /// The theme of every session [default: «Методический коворкинг № 1», № 2, …]
    #[arg(long, value_name = "THEME")]
    pub title: Option<String>,
    /// Days per session, 1 to 3
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u8).range(1..=3))]
    pub days: u8,
    /// The educational organization [default: from cowork.toml]
    #[arg(long, value_name = "NAME")]
    pub organization: Option<String>,
    /// The responsible methodist [default: from cowork.toml]
    #[arg(long, value_name = "NAME")]
    pub organizer: Option<String>,
    /// The folder to write the sessions to [default: sessions/ at the workspace root]
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// What to print: the plan as a table, or an iCalendar file of the series
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Show the plan without writing any file
    #[arg(long)]
    pub dry_run: bool,
}

/// `lang`: the global `--lang`, which also sets the language of the new files (else
/// cowork.toml's `language`, else Russian).
pub fn run(args: &Args, workspace: &Workspace, lang: Option<LangArg>) -> Result<()> {
    let config = workspace.config()?;
    let language = lang
        .map(Language::from)
        .or(config.language)
        .unwrap_or(Language::Ru);
    let dir = args.output.clone().unwrap_or_else(|| config.sessions_dir());
    let plan = series_plan::plan(&series_plan::Request {
        start: args.start,
        every: u32::from(args.every),
        count: u32::from(args.count),
        days: usize::from(args.days),
        series: args.series.clone(),
        title: args.title.clone(),
        organization: args
            .organization
            .clone()
            .or_else(|| config.organization.clone()),
        organizer: args.organizer.clone().or_else(|| config.organizer.clone()),
        dir: dir.clone(),
        language,
        calendar: config.calendar.clone(),
    })?;
    if !args.dry_run {
        plan.write()?;
    }

    let ui_language = crate::i18n::fluent::interface();
    let text = match args.format {
        Format::Table => {
            let rows: Vec<table::PlannedRow<'_>> = plan
                .entries
                .iter()
                .map(|e| table::PlannedRow {
                    planned: e.planned,
                    dates: &e.dates,
                    path: &e.path,
                    exists: e.exists,
                })
                .collect();
            table::plan(ui_language, &plan.series, &rows, super::terminal_width())
        }
        Format::Ics => {
            let made = calendar::Made {
                at: crate::clock::now(),
                default_zone: config.timezone(),
            };
            calendar::series(plan.language, &plan.series, &plan.calendar(), made).to_ics()
        }
    };
    write::emit(&text, None, &[])?;
    for (date, series) in &plan.renamed {
        eprintln!(
            "{}",
            crate::render::terminal_text::inline(&crate::tr!(
                "prompt-plan-series-renamed",
                date = crate::i18n::lang::date(ui_language, *date),
                series = series.as_str()
            ))
        );
    }
    if args.dry_run && plan.existing() > 0 {
        eprintln!(
            "{}",
            crate::tr!("prompt-plan-dry-run-existing", count = plan.existing())
        );
    } else if args.dry_run {
        eprintln!("{}", crate::tr!("prompt-plan-dry-run"));
    } else {
        eprintln!(
            "{}",
            crate::tr!(
                "prompt-plan-written",
                count = plan.entries.len(),
                dir = dir.display().to_string()
            )
        );
    }
    Ok(())
}
