//! `cowork attendance FILE`: sign-in sheets as a terminal table, Markdown, HTML or CSV.

use std::path::{Path, PathBuf};

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use crate::error::{Failure, Result};
use crate::render::terminal_text::{cell, inline};
use crate::render::{Renderer, TemplateSource};
use crate::session::file as session_file;
use crate::session::model::Language;
use crate::view::attendance::{self, AttendanceView, SheetView};
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

pub fn run(args: &Args, templates: Option<&Path>) -> Result<()> {
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
    let source = TemplateSource::resolve(templates)?;
    let checked = session_file::load_valid(&args.file)?;
    let days = checked.schedule.days.len();
    let day = super::day_in_range(args.day, days)?;
    let view = attendance::build(
        &checked.session,
        &checked.schedule,
        day,
        blank_rows(args.blank_rows)?,
    );
    let language = checked.session.info.language;
    drop(checked);
    let text = match format {
        Format::Table => table(&view),
        Format::Csv => csv(&view, language)?,
        Format::Md => Renderer::new(&source)?.render_owned("attendance.md", view)?,
        Format::Html => Renderer::new(&source)?.render_owned("attendance.html", view)?,
    };
    write::emit(&text, args.output.as_deref(), &[&args.file])
}

/// Blank rows for walk-ins: the flag, else `cowork.toml`, else [`DEFAULT_BLANK_ROWS`].
pub fn blank_rows(flag: Option<u16>) -> Result<usize> {
    if let Some(n) = flag {
        return Ok(usize::from(n));
    }
    let config = crate::workspace::Config::discover()?;
    Ok(config
        .blank_rows
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(DEFAULT_BLANK_ROWS)
        .min(500))
}

/// Blank rows when neither the flag nor `cowork.toml` sets them.
pub const DEFAULT_BLANK_ROWS: usize = 5;

fn label<'v>(view: &'v AttendanceView, key: &str) -> &'v str {
    view.labels.get(key).copied().unwrap_or_default()
}

fn day_line(view: &AttendanceView, day: &SheetView) -> String {
    let mut line = format!(
        "{}: {}, {}",
        label(view, "date"),
        day.date_text,
        day.weekday
    );
    if view.header.dates.len() > 1 {
        line.push_str(&format!(
            " ({} {})",
            label(view, "day").to_lowercase(),
            day.number
        ));
    }
    line
}

/// The terminal table: per day, the header lines and a grid with a signature column.
pub fn table(view: &AttendanceView) -> String {
    let l = |k: &str| label(view, k);
    let mut out = String::new();
    for (i, day) in view.days.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(org) = &view.header.organization {
            out.push_str(&format!("{}\n", inline(org)));
        }
        out.push_str(&format!(
            "{}\n{}: {}\n{}\n",
            l("attendance_title"),
            l("theme"),
            inline(&view.header.title_quoted),
            day_line(view, day)
        ));
        if let Some(venue) = &view.header.venue {
            out.push_str(&format!("{}: {}\n", l("venue"), inline(venue)));
        }
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if t.width().is_none() {
            // Not a terminal (e.g. `--format table > file`): wrap at a printable width.
            t.set_width(120);
        }
        let mut header = vec![
            l("number"),
            l("full_name"),
            l("position"),
            l("organization"),
        ];
        if day.recorded {
            header.push(l("mark"));
        }
        header.push(l("signature"));
        t.set_header(header);
        for r in &day.rows {
            let mut cells = vec![
                cell(r.number).set_alignment(CellAlignment::Right),
                cell(&r.name),
                cell(r.position.as_deref().unwrap_or_default()),
                cell(r.organization.as_deref().unwrap_or_default()),
            ];
            if day.recorded {
                cells.push(cell(r.status_text.unwrap_or_default()));
            }
            cells.push(cell(""));
            t.add_row(cells);
        }
        for n in &day.blank_rows {
            let mut cells = vec![cell(n).set_alignment(CellAlignment::Right)];
            cells.extend((0..if day.recorded { 5 } else { 4 }).map(|_| cell("")));
            t.add_row(cells);
        }
        out.push_str(&t.to_string());
        out.push('\n');
        if day.rows.is_empty() {
            out.push_str(&format!("{}.\n", l("no_participants")));
        }
        if day.recorded {
            out.push_str(&format!(
                "{}: {} {} {}\n{}: {}\n",
                l("present_total"),
                day.present,
                l("of"),
                day.registered,
                l("absent_total"),
                day.absent
            ));
            if day.excused > 0 {
                out.push_str(&format!("{}: {}\n", l("excused_total"), day.excused));
            }
            out.push_str(&format!("{}: {}\n", l("guests_total"), day.guests));
        }
    }
    out
}

/// Text from the session file as a spreadsheet cell: one that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return would be taken by Excel or LibreOffice for a formula
/// («=HYPERLINK(…)» in a name), so it gets a leading apostrophe, which spreadsheets show as
/// text and hide. Quoting alone does not help: the quotes are gone once the file is opened.
pub fn spreadsheet_text(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// CSV for spreadsheets: a byte-order mark so Excel reads UTF-8, one row per participant per
/// day; `;` separates Russian sessions' fields because Excel in a Russian locale expects it.
pub fn csv(view: &AttendanceView, language: Language) -> Result<String> {
    let l = |k: &str| label(view, k);
    let delimiter = match language {
        Language::Ru => b';',
        Language::En => b',',
    };
    let fail = |e: csv::Error| Failure::Input(format!("error: cannot write CSV: {e}"));
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer
        .write_record([
            l("day"),
            l("date"),
            l("number"),
            l("full_name"),
            l("position"),
            l("organization"),
            l("mark"),
        ])
        .map_err(fail)?;
    for day in &view.days {
        for r in &day.rows {
            writer
                .write_record([
                    day.number.to_string().as_str(),
                    day.date.as_str(),
                    r.number.to_string().as_str(),
                    &spreadsheet_text(&r.name),
                    &spreadsheet_text(r.position.as_deref().unwrap_or_default()),
                    &spreadsheet_text(r.organization.as_deref().unwrap_or_default()),
                    r.status_text.unwrap_or_default(),
                ])
                .map_err(fail)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Failure::Input(format!("error: cannot write CSV: {}", e.error())))?;
    let body = String::from_utf8(bytes)
        .map_err(|e| Failure::Input(format!("error: cannot write CSV: {e}")))?;
    Ok(format!("\u{feff}{body}"))
}
