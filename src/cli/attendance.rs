//! `cowork attendance FILE`: sign-in sheets as a terminal table, Markdown, HTML or CSV.

use crate::error::Result;
use crate::render::{csv, table, xlsx};
use crate::view::attendance;
use crate::workspace::Workspace;

use super::document_args::{DayArg, DocumentArgs, document_formats};

document_formats!(Attendance: Csv, Xlsx);

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub doc: DocumentArgs<Format>,
    #[command(flatten)]
    pub day: DayArg,
    /// Empty numbered rows after the participants, for people who come unregistered
    /// [default: `blank_rows` of cowork.toml, else 5]
    #[arg(long, value_name = "N", value_parser = super::help::number(0u16, 500))]
    pub blank_rows: Option<u16>,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.doc.out.format()?;
    let checked = super::load_valid(&args.doc.file)?;
    let days = checked.schedule.days.len();
    let day = args.day.within(days)?;
    let view = attendance::build(
        &checked.session,
        &checked.schedule,
        day,
        workspace.blank_rows(args.blank_rows)?,
    );
    drop(checked);
    let text = match format {
        Format::Xlsx => {
            let bytes = xlsx::attendance::attendance(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Docx => {
            let bytes = crate::render::docx::attendance(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Table => table::attendance(&view, super::terminal_width()),
        Format::Csv => csv::attendance(&view)?,
        Format::Md => super::renderer(workspace)?.render_owned("attendance.md", view)?,
        Format::Html | Format::Pdf => {
            super::renderer(workspace)?.render_owned("attendance.html", view)?
        }
    };
    args.doc.emit(format, &text, workspace)
}
