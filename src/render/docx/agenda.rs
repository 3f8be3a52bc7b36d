//! The plan in Word: the signature blocks, the front matter, a page per day (landscape for
//! a day of four zones or more), the zones, the stages and the decisions carried over.

use std::collections::BTreeMap;

use docx_rs::Paragraph;

use super::blocks::{self, Pages, Words, cell, cell_text, covered, merged, row, text_cell};
use super::styles::{self, Orientation};
use crate::error::Result;
use crate::view::Header;
use crate::view::agenda::{ActivityView, AgendaView, DayView};
use crate::view::decisions::OpenDecision;

/// Days with this many zone columns or more are laid out on landscape pages.
const LANDSCAPE_ZONES: usize = 4;
/// The width of the time column, in twips (about 28 mm: «09:00–10:30» on one line).
const TIME_WIDTH: usize = 1600;

/// The word of `key` among a view's labels.
pub(super) fn label<'a>(labels: &BTreeMap<&'static str, &'a str>, key: &'a str) -> &'a str {
    labels.get(key).copied().unwrap_or(key)
}

/// `agenda --format docx`.
pub fn agenda(view: &AgendaView) -> Result<Vec<u8>> {
    let w = Words::of(view.header.language);
    let l = |key| label(&view.labels, key);
    let mut pages = Pages::new();
    blocks::signatures(
        &mut pages,
        &w,
        &blocks::SignatureWords {
            approved: l("approved"),
            agreed: l("agreed"),
            date_blank: l("date_blank"),
        },
        view.approval.as_ref(),
        view.agreed.as_ref(),
    );
    pages.masthead(&w, view.header.organization.as_deref(), l("agenda_title"));
    session_header(&mut pages, &w, &view.header, &view.labels);

    let several = view.days.len() > 1;
    for day in &view.days {
        let orientation = if day.columns.len() >= LANDSCAPE_ZONES {
            Orientation::Landscape
        } else {
            Orientation::Portrait
        };
        if several {
            pages.new_page(orientation);
        } else {
            pages.orient(orientation);
        }
        pages.paragraph(blocks::heading(
            styles::HEADING2,
            &format!(
                "{} {} — {}",
                l("day"),
                day.number,
                w.text(&day.date_with_weekday)
            ),
        ));
        if day.rows.is_empty() {
            pages.paragraph(blocks::body(&format!("{}.", l("no_activities"))));
        } else {
            timetable(&mut pages, &w, view, day);
        }
    }
    pages.orient(Orientation::Portrait);
    zones(&mut pages, &w, view);
    phases(&mut pages, &w, view);
    carried_over(&mut pages, &w, &view.labels, &view.open_decisions);
    super::pack(pages)
}

/// Theme, dates, venue, audience, organizer, goal, then the tasks as a numbered list.
pub(super) fn session_header(
    pages: &mut Pages,
    w: &Words,
    header: &Header,
    labels: &BTreeMap<&'static str, &'static str>,
) {
    let l = |key| label(labels, key);
    pages.paragraph(blocks::labelled(l("theme"), &w.text(&header.title_quoted)));
    pages.paragraph(blocks::labelled(
        &header.dates_label,
        &w.text(&header.dates_text),
    ));
    for (key, value) in [
        ("venue", &header.venue),
        ("audience", &header.audience),
        ("organizer", &header.organizer),
        ("goal", &header.goal),
    ] {
        if let Some(value) = value {
            pages.paragraph(blocks::labelled(l(key), &w.text(value)));
        }
    }
    if !header.tasks.is_empty() {
        pages.paragraph(
            Paragraph::new()
                .add_run(blocks::run(&format!("{}:", l("tasks"))).bold())
                .keep_next(true),
        );
        pages.numbered(header.tasks.iter().map(|t| blocks::body(&w.text(t))));
    }
}

/// The paragraphs of an activity in a cell of the timetable.
fn activity(a: &ActivityView, w: &Words, view: &AgendaView, in_grid: bool) -> Vec<Paragraph> {
    let l = |key| label(&view.labels, key);
    if a.is_break {
        return vec![cell_text(&w.text(&a.title)).italic()];
    }
    let mut out = Vec::new();
    if !a.plenary && in_grid {
        out.push(cell_text(&a.time));
    }
    if let Some(format) = &a.format {
        out.push(cell_text(&w.text(format)).italic());
    }
    out.push(cell_text(&w.text(&a.title_quoted)).bold());
    if !a.plenary
        && !in_grid
        && let Some(zone) = &a.zone_name
    {
        out.push(cell_text(&format!("{}: {}", l("zone"), w.text(zone))));
    }
    if !a.moderators.is_empty() {
        let names: Vec<String> = a.moderators.iter().map(|m| w.text(m)).collect();
        out.push(cell_text(&names.join(", ")).italic());
    }
    if let Some(description) = &a.description {
        out.push(cell_text(&w.text(description)));
    }
    if !a.plenary && !a.outputs.is_empty() {
        let outputs: Vec<String> = a.outputs.iter().map(|o| w.text(o)).collect();
        out.push(cell_text(&format!(
            "{}: {}",
            l("outputs"),
            outputs.join("; ")
        )));
    }
    match (a.plenary, a.phase_name.as_deref()) {
        (true, Some(phase)) => out.push(cell_text(&format!("{phase} · {}", l("all_zones")))),
        (true, None) => out.push(cell_text(l("all_zones"))),
        (false, Some(phase)) => out.push(cell_text(phase)),
        (false, None) => {}
    }
    out
}

/// A day's timetable: time, then a column per zone (or one column of activities), plenary
/// rows across; an activity spanning several rows is one merged cell.
fn timetable(pages: &mut Pages, w: &Words, view: &AgendaView, day: &DayView) {
    let l = |key| label(&view.labels, key);
    let in_grid = !day.columns.is_empty();
    let columns = day.columns.len().max(1);
    let mut fixed = vec![Some(TIME_WIDTH)];
    fixed.extend(std::iter::repeat_n(None, columns));
    let widths = blocks::widths(pages.text_width(), &fixed);
    let zone_titles: Vec<String> = day
        .columns
        .iter()
        .map(|z| match &z.room {
            Some(room) => format!("{}\n{}", w.text(&z.name), w.text(room)),
            None => w.text(&z.name),
        })
        .collect();
    let mut titles: Vec<&str> = vec![l("time")];
    if in_grid {
        titles.extend(zone_titles.iter().map(String::as_str));
    } else {
        titles.push(l("activity"));
    }
    let mut body: Vec<Vec<(docx_rs::TableCell, usize)>> = Vec::new();
    for r in &day.rows {
        if let Some(a) = &r.plenary {
            body.push(vec![
                (text_cell(&a.time), 1),
                (cell(activity(a, w, view, in_grid)), columns),
            ]);
            continue;
        }
        let mut cells = vec![(text_cell(&r.time), 1)];
        for c in &r.cells {
            if c.covered {
                cells.push((covered(), 1));
                continue;
            }
            let paragraphs: Vec<Paragraph> = c
                .activities
                .iter()
                .flat_map(|a| activity(a, w, view, in_grid))
                .collect();
            cells.push((merged(cell(paragraphs), c.rowspan), 1));
        }
        body.push(cells);
    }
    let mut rows = vec![blocks::header_row(&titles)];
    rows.extend(blocks::widen(body, &widths).into_iter().map(row));
    pages.table(blocks::grid(rows, &widths));
}

/// The zones: name, and the room, purpose and online link where any zone has one.
fn zones(pages: &mut Pages, w: &Words, view: &AgendaView) {
    if view.zones.is_empty() {
        return;
    }
    let l = |key| label(&view.labels, key);
    let shown = view.zone_columns;
    pages.paragraph(blocks::heading(styles::HEADING2, l("zones")));
    let mut titles = vec![l("zone")];
    let mut fixed = vec![None];
    for (on, key) in [
        (shown.room, "room"),
        (shown.purpose, "purpose"),
        (shown.online, "online"),
    ] {
        if on {
            titles.push(l(key));
            fixed.push(None);
        }
    }
    let widths = blocks::widths(pages.text_width(), &fixed);
    let text = |v: &Option<String>| text_cell(&v.as_deref().map(|v| w.text(v)).unwrap_or_default());
    let body = view
        .zones
        .iter()
        .map(|z| {
            let mut cells = vec![(text_cell(&w.text(&z.name)), 1)];
            if shown.room {
                cells.push((text(&z.room), 1));
            }
            if shown.purpose {
                cells.push((text(&z.purpose), 1));
            }
            if shown.online {
                cells.push((text(&z.online), 1));
            }
            cells
        })
        .collect();
    let mut rows = vec![blocks::header_row(&titles)];
    rows.extend(blocks::widen(body, &widths).into_iter().map(row));
    pages.table(blocks::grid(rows, &widths));
}

/// The stages of the coworking, each with its activities day by day.
fn phases(pages: &mut Pages, w: &Words, view: &AgendaView) {
    let l = |key| label(&view.labels, key);
    pages.paragraph(blocks::heading(styles::HEADING2, l("phases")));
    let several = view.header.dates.len() > 1;
    let items: Vec<Paragraph> = view
        .phases
        .iter()
        .map(|p| {
            let rest = if p.by_day.is_empty() {
                " —".to_string()
            } else {
                let days: Vec<String> = p
                    .by_day
                    .iter()
                    .map(|d| {
                        let titles: Vec<String> = d.titles.iter().map(|t| w.text(t)).collect();
                        if several {
                            format!(
                                "{} {} — {}",
                                l("day").to_lowercase(),
                                d.day,
                                titles.join(", ")
                            )
                        } else {
                            titles.join(", ")
                        }
                    })
                    .collect();
                format!(": {}", days.join("; "))
            };
            Paragraph::new()
                .add_run(blocks::run(&w.text(&p.name)).bold())
                .add_run(blocks::run(&rest))
        })
        .collect();
    pages.numbered(items);
}

/// The open decisions of earlier sessions of the series.
pub(super) fn carried_over(
    pages: &mut Pages,
    w: &Words,
    labels: &BTreeMap<&'static str, &'static str>,
    decisions: &[OpenDecision],
) {
    if decisions.is_empty() {
        return;
    }
    let l = |key| label(labels, key);
    pages.paragraph(blocks::heading(styles::HEADING2, l("carried_over")));
    decisions_table(pages, w, labels, decisions);
}

/// Session, decision, owner, due: the table of open decisions.
pub(super) fn decisions_table(
    pages: &mut Pages,
    w: &Words,
    labels: &BTreeMap<&'static str, &'static str>,
    decisions: &[OpenDecision],
) {
    let l = |key| label(labels, key);
    let widths = blocks::widths(pages.text_width(), &[None, None, Some(2200), Some(2000)]);
    let optional =
        |v: &Option<String>| text_cell(&v.as_deref().map(|v| w.text(v)).unwrap_or_default());
    let body = decisions
        .iter()
        .map(|d| {
            vec![
                (
                    text_cell(&format!(
                        "{}\n{}",
                        w.text(&d.session_date_text),
                        w.text(&d.session_title_quoted)
                    )),
                    1,
                ),
                (text_cell(&w.text(&d.decision.text)), 1),
                (optional(&d.decision.owner), 1),
                (
                    text_cell(&w.text(&crate::view::decisions::due_marked(d, l("overdue")))),
                    1,
                ),
            ]
        })
        .collect();
    let mut rows = vec![blocks::header_row(&[
        l("session"),
        l("decision"),
        l("owner"),
        l("due"),
    ])];
    rows.extend(blocks::widen(body, &widths).into_iter().map(row));
    pages.table(blocks::grid(rows, &widths));
}
