//! `cowork agenda FILE`: the printed plan in table, Markdown, HTML, text or JSON.

use crate::error::Result;
use crate::render::{Renderer, json, table};
use crate::view::agenda;
use crate::view::decisions;
use crate::workspace::Workspace;
use crate::write;

use super::document_args::{DocumentArgs, OutputFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// Markdown (what the archive keeps)
    Md,
    /// One printable HTML page
    #[value(alias = "htm")]
    Html,
    /// Plain text
    Txt,
    /// The resolved schedule for scripts
    Json,
    /// iCalendar (RFC 5545): one event per activity, for calendar apps
    Ics,
}

impl OutputFormat for Format {
    const MARKDOWN: Self = Format::Md;
    const ON_TERMINAL: Self = Format::Table;
    fn by_extension(self) -> bool {
        self != Format::Table
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub doc: DocumentArgs<Format>,
    /// Only this day (1 = the first date of the session)
    #[arg(long, value_name = "N", value_parser = super::help::number_from(1u16))]
    pub day: Option<u16>,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.doc.out.format();
    let checked = super::load_valid(&args.doc.file)?;
    let days = checked.schedule.days.len();
    let day = super::day_in_range(args.day, days)?;
    let earlier = crate::series::earlier_sessions(&args.doc.file, &checked.session);
    super::warn_series(&earlier.problems);
    let carried = decisions::carried_over(earlier.sessions(), checked.session.info.language, false);
    drop(earlier);
    let signatures = &workspace.config()?.signatures;
    let view = agenda::build(
        &checked.session,
        &checked.schedule,
        day,
        carried,
        signatures,
    );
    let template = match format {
        Format::Table => {
            let text = table::agenda(&view, super::terminal_width());
            return write::emit(&text, args.doc.out.path(), &[&args.doc.file]);
        }
        Format::Json => {
            return write::emit(
                &json::agenda(&view)?,
                args.doc.out.path(),
                &[&args.doc.file],
            );
        }
        Format::Ics => {
            let calendar =
                crate::view::calendar::session(&checked.session, &checked.schedule, &view, day);
            return write::emit(&calendar.to_ics(), args.doc.out.path(), &[&args.doc.file]);
        }
        Format::Md => "agenda.md",
        Format::Html => "agenda.html",
        Format::Txt => "agenda.txt",
    };
    // The session is no longer needed: its memory goes to the template's copy of the view.
    drop(checked);
    let text = Renderer::new(&workspace.templates()?).render_owned(template, view)?;
    write::emit(&text, args.doc.out.path(), &[&args.doc.file])
}
