//! `cowork agenda FILE`: the printed plan in table, Markdown, HTML, text or JSON.

use std::path::{Path, PathBuf};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::error::{Failure, Result};
use crate::render::terminal_text::{cell, inline};
use crate::render::{Renderer, TemplateSource};
use crate::session::file as session_file;
use crate::view::agenda::{self, ActivityView, AgendaView};
use crate::view::decisions::{self, OpenDecision};
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

pub fn run(args: &Args, templates: Option<&Path>) -> Result<()> {
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
    let source = TemplateSource::resolve(templates)?;
    let checked = session_file::load_valid(&args.file)?;
    let days = checked.schedule.days.len();
    let day = super::day_in_range(args.day, days)?;
    let earlier = crate::series::earlier_sessions(&args.file, &checked.session);
    super::warn_series(&earlier.problems);
    let carried = decisions::carried_over(earlier.sessions(), checked.session.info.language, false);
    drop(earlier);
    let view = agenda::build(&checked.session, &checked.schedule, day, carried);
    let template = match format {
        Format::Table => return write::emit(&table(&view), args.output.as_deref(), &[&args.file]),
        Format::Json => return write::emit(&json(&view)?, args.output.as_deref(), &[&args.file]),
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
    let text = Renderer::new(&source)?.render_owned(template, view)?;
    write::emit(&text, args.output.as_deref(), &[&args.file])
}

/// An activity in a table cell: time (optionally), format and title, `note` after the title,
/// then the moderators.
fn cell_text(a: &ActivityView, with_time: bool, note: Option<&str>) -> String {
    let mut text = String::new();
    if with_time {
        text.push_str(&a.time);
        text.push('\n');
    }
    if let Some(format) = &a.format {
        text.push_str(format);
        text.push(' ');
    }
    text.push_str(&a.title_quoted);
    if let Some(note) = note {
        text.push_str(&format!(" ({note})"));
    }
    if !a.moderators.is_empty() {
        text.push('\n');
        text.push_str(&a.moderators.join(", "));
    }
    text
}

/// The terminal table: per day, a grid with the zones as columns.
pub fn table(view: &AgendaView) -> String {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let mut out = String::new();
    out.push_str(&format!(
        "{}\n{}: {}\n{}: {}\n",
        l("agenda_title"),
        l("theme"),
        inline(&view.header.title_quoted),
        l("dates"),
        view.header.dates_text
    ));
    if let Some(venue) = &view.header.venue {
        out.push_str(&format!("{}: {}\n", l("venue"), inline(venue)));
    }
    for day in &view.days {
        out.push_str(&format!(
            "\n{} {} — {}, {}\n",
            l("day"),
            day.number,
            day.date_text,
            day.weekday
        ));
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if t.width().is_none() {
            // Not a terminal (e.g. `--format table > file`): wrap at a printable width.
            t.set_width(120);
        }
        let mut header = vec![cell(l("time"))];
        if day.columns.is_empty() {
            header.push(cell(l("activity")));
        }
        header.extend(day.columns.iter().map(|z| cell(&z.name)));
        t.set_header(header);
        for row in &day.rows {
            let mut cells = vec![cell(&row.time)];
            if let Some(a) = &row.plenary {
                cells[0] = cell(&a.time);
                cells.push(cell(cell_text(a, false, Some(l("all_zones")))));
                cells.extend((1..day.columns.len()).map(|_| cell("")));
            } else {
                for slot in &row.cells {
                    // Without zone columns (a day too wide to draw), each cell names its zone.
                    let text: Vec<String> = slot
                        .activities
                        .iter()
                        .map(|a| {
                            let zone = a.zone_name.as_deref().filter(|_| day.columns.is_empty());
                            cell_text(a, true, zone)
                        })
                        .collect();
                    cells.push(cell(if slot.covered {
                        "↓".to_string()
                    } else {
                        text.join("\n\n")
                    }));
                }
            }
            t.add_row(cells);
        }
        if day.rows.is_empty() {
            out.push_str(&format!("{}\n", l("no_activities")));
        } else {
            out.push_str(&t.to_string());
            out.push('\n');
        }
    }
    if !view.open_decisions.is_empty() {
        out.push_str(&format!("\n{}\n", l("carried_over")));
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        t.set_header(vec![l("session"), l("decision"), l("owner"), l("due")]);
        for d in &view.open_decisions {
            t.add_row(vec![
                cell(format!(
                    "{}\n{}",
                    d.session_date_text, d.session_title_quoted
                )),
                cell(&d.decision.text),
                cell(d.decision.owner.as_deref().unwrap_or("")),
                cell(d.decision.due_text.as_deref().unwrap_or("")),
            ]);
        }
        out.push_str(&t.to_string());
        out.push('\n');
    }
    out
}

/// The machine-readable agenda: stable field names, ISO dates, 24-hour times.
#[derive(Serialize)]
struct AgendaJson<'a> {
    schema: u32,
    session: &'a crate::view::Header,
    zones: &'a [agenda::ZoneView],
    days: Vec<DayJson<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    open_decisions: &'a [OpenDecision],
}

#[derive(Serialize)]
struct DayJson<'a> {
    day: usize,
    date: &'a str,
    activities: &'a [ActivityView],
}

pub fn json(view: &AgendaView) -> Result<String> {
    let doc = AgendaJson {
        schema: 1,
        session: &view.header,
        zones: &view.zones,
        days: view
            .days
            .iter()
            .map(|d| DayJson {
                day: d.number,
                date: &d.date,
                activities: &d.activities,
            })
            .collect(),
        open_decisions: &view.open_decisions,
    };
    serde_json::to_string_pretty(&doc)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| Failure::Input(format!("error: cannot write JSON: {e}")))
}
