//! `cowork agenda FILE`: the printed plan in table, Markdown, HTML, text or JSON.

use std::path::PathBuf;

use crate::error::Result;
use crate::render::{Renderer, json, table};
use crate::view::agenda;
use crate::view::decisions;
use crate::workspace::Workspace;
use crate::write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// Markdown (what the archive keeps)
    Md,
    /// One printable HTML page
    Html,
    /// Plain text
    Txt,
    /// The resolved schedule for scripts
    Json,
    /// iCalendar (RFC 5545): one event per activity, for calendar apps
    Ics,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The session file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Output format [default: table on a terminal, else from the -o extension, else md]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<Format>,
    /// Only this day (1 = the first date of the session)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub day: Option<u16>,
    /// Write to this file instead of stdout
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = super::pick_format(
        args.format,
        args.output.as_deref(),
        &[
            ("html", Format::Html),
            ("htm", Format::Html),
            ("txt", Format::Txt),
            ("json", Format::Json),
            ("ics", Format::Ics),
        ],
        Format::Md,
        Format::Table,
    );
    let checked = super::load_valid(&args.file)?;
    let days = checked.schedule.days.len();
    let day = super::day_in_range(args.day, days)?;
    let earlier = crate::series::earlier_sessions(&args.file, &checked.session);
    super::warn_series(&earlier.problems);
    let carried = decisions::carried_over(earlier.sessions(), checked.session.info.language, false);
    drop(earlier);
    let view = agenda::build(&checked.session, &checked.schedule, day, carried);
    let template = match format {
        Format::Table => {
            let text = table::agenda(&view, super::terminal_width());
            return write::emit(&text, args.output.as_deref(), &[&args.file]);
        }
        Format::Json => {
            return write::emit(&json::agenda(&view)?, args.output.as_deref(), &[&args.file]);
        }
        Format::Ics => {
            let calendar =
                crate::view::calendar::session(&checked.session, &checked.schedule, &view, day);
            return write::emit(&calendar.to_ics(), args.output.as_deref(), &[&args.file]);
        }
        Format::Md => "agenda.md",
        Format::Html => "agenda.html",
        Format::Txt => "agenda.txt",
    };
    // The session is no longer needed: its memory goes to the template's copy of the view.
    drop(checked);
    let text = Renderer::new(&workspace.templates()?).render_owned(template, view)?;
    write::emit(&text, args.output.as_deref(), &[&args.file])
}
