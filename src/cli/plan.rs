//! `cowork plan`: the year's series as session files, every N months, off weekends.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::cli::prompt::{self, LangArg};
use crate::error::{Failure, Result};
use crate::i18n::dates;
use crate::render::table;
use crate::scaffold::{self, skeleton};
use crate::session::model::Language;
use crate::session::zones;
use crate::view::calendar::{self, PlannedSession};
use crate::workspace::Workspace;
use crate::write;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table of the planned sessions
    Table,
    /// An iCalendar file with one all-day event per session, for calendar apps
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
    /// for the academic year of --start]
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
    /// The global `--lang`, which also sets the language of the new file (else
    /// cowork.toml's `language`, else Russian); filled in by the dispatch.
    #[arg(skip)]
    pub lang: Option<LangArg>,
    /// Show the plan without writing any file
    #[arg(long)]
    pub dry_run: bool,
}

/// One session of the plan, ready to write.
struct Entry {
    planned: dates::Planned,
    title: String,
    dates: Vec<NaiveDate>,
    path: PathBuf,
    text: String,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let config = workspace.config()?;
    let language = args
        .lang
        .map(Language::from)
        .or(config.language)
        .unwrap_or(Language::Ru);
    let planned = dates::series(args.start, u32::from(args.every), u32::from(args.count));
    let series = args
        .series
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| dates::default_series(language, args.start));
    let dir = args.output.clone().unwrap_or_else(|| config.sessions_dir());
    let organization = args
        .organization
        .clone()
        .or_else(|| config.organization.clone());
    let organizer = args.organizer.clone().or_else(|| config.organizer.clone());

    let mut entries = Vec::with_capacity(planned.len());
    for (i, p) in planned.iter().enumerate() {
        let title = match &args.title {
            Some(t) if !t.trim().is_empty() => t.trim().to_string(),
            _ => match language {
                Language::Ru => format!("Методический коворкинг № {}", i + 1),
                Language::En => format!("Methodical coworking No. {}", i + 1),
            },
        };
        let session_dates = dates::working_days(p.date, usize::from(args.days));
        let path = scaffold::session_path(&dir, p.date, &title);
        let draft = skeleton::Draft {
            language,
            goal: match &args.title {
                Some(_) => skeleton::default_goal(language, &title),
                None => skeleton::generic_goal(language),
            },
            title: title.clone(),
            tasks: skeleton::default_tasks(language),
            organization: organization.clone(),
            organizer: organizer.clone(),
            series: Some(series.clone()),
            dates: session_dates.clone(),
            zones: zones::BUILTIN.iter().map(|z| z.0).collect(),
        };
        let text = skeleton::render(&draft, &path.display().to_string());
        entries.push(Entry {
            planned: *p,
            title,
            dates: session_dates,
            path,
            text,
        });
    }

    // Every target is checked before the first file is written: all or nothing.
    let existing: Vec<String> = entries
        .iter()
        .filter(|e| e.path.exists())
        .map(|e| format!("  {}", e.path.display()))
        .collect();
    if !existing.is_empty() {
        return Err(Failure::input(
            format!(
                "{}\n{}",
                crate::tr!("prompt-plan-exist", count = existing.len()),
                existing.join("\n")
            ),
            Some(&crate::tr!("prompt-plan-exist-hint")),
        ));
    }
    let mut seen = HashSet::new();
    for entry in &entries {
        if !seen.insert(&entry.path) {
            return Err(Failure::Usage(crate::tr!(
                "prompt-plan-same-path",
                file = entry.path.display().to_string()
            )));
        }
        scaffold::check_generated(&entry.path, &entry.text)?;
    }
    if !args.dry_run {
        // All or nothing: a full disk half-way leaves no file of the plan behind.
        let files: Vec<write::Planned> = entries
            .iter()
            .map(|e| write::Planned {
                path: e.path.clone(),
                content: e.text.as_bytes().to_vec(),
                replace: false,
            })
            .collect();
        write::write_all(&files)?;
    }

    let text = match args.format {
        Format::Table => {
            let rows: Vec<table::PlannedRow<'_>> = entries
                .iter()
                .map(|e| table::PlannedRow {
                    planned: e.planned,
                    dates: &e.dates,
                    path: &e.path,
                })
                .collect();
            let language = prompt::language(args.lang, config);
            table::plan(language, &series, &rows, super::terminal_width())
        }
        Format::Ics => {
            let sessions: Vec<PlannedSession> = entries
                .iter()
                .map(|e| PlannedSession {
                    title: e.title.clone(),
                    dates: e.dates.clone(),
                    organization: organization.clone(),
                })
                .collect();
            calendar::series(language, &series, &sessions).to_ics()
        }
    };
    write::emit(&text, None, &[])?;
    if args.dry_run {
        eprintln!("{}", crate::tr!("prompt-plan-dry-run"));
    } else {
        eprintln!(
            "{}",
            crate::tr!(
                "prompt-plan-written",
                count = entries.len(),
                dir = dir.display().to_string()
            )
        );
    }
    Ok(())
}
