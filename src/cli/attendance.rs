//! `cowork attendance FILE`: sign-in sheets as a terminal table, Markdown, HTML or CSV.

use crate::error::Result;
use crate::render::{Renderer, csv, table, xlsx};
use crate::view::attendance;
use crate::workspace::Workspace;

use super::document_args::{DocumentArgs, OutputFormat, emit};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// Markdown (what the archive keeps)
    Md,
    /// Printable HTML: one A4 page per day with room to sign
    #[value(alias = "htm")]
    Html,
    /// For spreadsheets: UTF-8 with a BOM, one row per participant per day
    /// (`;`-separated for Russian sessions, as Russian Excel expects)
    Csv,
    /// An Excel workbook: a sheet per day, ready to print on A4, with a column to sign
    Xlsx,
    /// A Word document (A4, Times New Roman, Word styles)
    Docx,
    /// PDF, printed from the HTML by a browser (Chromium, Chrome or Edge)
    Pdf,
}

impl OutputFormat for Format {
    const MARKDOWN: Self = Format::Md;
    const ON_TERMINAL: Self = Format::Table;
    const DOCUMENT: crate::document::Kind = crate::document::Kind::Attendance;
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
    /// Empty numbered rows after the participants, for people who come unregistered
    /// [default: `blank_rows` of cowork.toml, else 5]
    #[arg(long, value_name = "N", value_parser = super::help::number(0u16, 500))]
    pub blank_rows: Option<u16>,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.doc.out.format()?;
    let checked = super::load_valid(&args.doc.file)?;
    let days = checked.schedule.days.len();
    let day = super::day_in_range(args.day, days)?;
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
            return crate::write::emit_bytes(&bytes, args.doc.out.path(), &[&args.doc.file]);
        }
        Format::Docx => {
            let bytes = crate::render::docx::attendance(&view)?;
            return crate::write::emit_bytes(&bytes, args.doc.out.path(), &[&args.doc.file]);
        }
        Format::Table => table::attendance(&view, super::terminal_width()),
        Format::Csv => csv::attendance(&view)?,
        Format::Md => Renderer::new(&workspace.templates()?).render_owned("attendance.md", view)?,
        Format::Html | Format::Pdf => {
            Renderer::new(&workspace.templates()?).render_owned("attendance.html", view)?
        }
    };
    emit(&args.doc.out, format, &text, &[&args.doc.file], workspace)
}
