//! `cowork attendance FILE`: sign-in sheets as a terminal table, Markdown, HTML or CSV.

use std::path::PathBuf;

use crate::error::Result;
use crate::render::{Renderer, csv, table};
use crate::view::attendance;
use crate::workspace::Workspace;
use crate::write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// Markdown (what the archive keeps)
    Md,
    /// Printable HTML: one A4 page per day with room to sign
    Html,
    /// For spreadsheets: UTF-8 with a BOM, one row per participant per day
    /// (`;`-separated for Russian sessions, as Russian Excel expects)
    Csv,
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
    /// Empty numbered rows after the participants, for people who come unregistered
    /// [default: `blank_rows` of cowork.toml, else 5]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(..=500))]
    pub blank_rows: Option<u16>,
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
            ("csv", Format::Csv),
        ],
        Format::Md,
        Format::Table,
    );
    let checked = super::load_valid(&args.file)?;
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
        Format::Table => table::attendance(&view, super::terminal_width()),
        Format::Csv => csv::attendance(&view)?,
        Format::Md => Renderer::new(&workspace.templates()?).render_owned("attendance.md", view)?,
        Format::Html => {
            Renderer::new(&workspace.templates()?).render_owned("attendance.html", view)?
        }
    };
    write::emit(&text, args.output.as_deref(), &[&args.file])
}
