//! The agenda view: days as conference grids (zones as columns, plenary rows across).

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::i18n::lang;
use crate::session::model::Language;
use crate::session::model::{Phase, Session, Signatures};
use crate::session::roster::Roster;
use crate::session::schedule::{Minutes, Schedule, Slot, format_minutes};
use crate::session::zones::{self, Zone};
use crate::view::decisions::{self, OpenDecision};
use crate::view::labels::{LabelTable, labels_with, one_or_several, with_name};
use crate::view::{Header, SignatoryView, web_link};

/// The plan's own words, over the common ones: in English a plan has a "Topic" and
/// "Objectives", not a "Theme" and "Tasks".
pub const OWN_LABELS: &LabelTable = &[
    ("agenda_title", "doc-agenda-agenda_title"),
    ("theme", "doc-agenda-theme"),
    ("tasks", "doc-agenda-tasks"),
    ("zones", "doc-agenda-zones"),
    ("phases", "doc-agenda-phases"),
    ("phase", "doc-agenda-phase"),
    ("outputs", "doc-agenda-outputs"),
    ("online", "doc-agenda-online"),
    ("approved", "doc-agenda-approved"),
    ("agreed", "doc-agenda-agreed"),
    ("date_blank", "doc-agenda-date_blank"),
];

#[derive(Debug, Clone, Serialize)]
pub struct AgendaView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    /// The «УТВЕРЖДАЮ» block: the session's `[approval]`, else `cowork.toml`'s; `None`
    /// when neither gives one.
    pub approval: Option<SignatoryView>,
    /// The «СОГЛАСОВАНО» block (`[agreed]`), the same way.
    pub agreed: Option<SignatoryView>,
    pub zones: Vec<ZoneView>,
    pub phases: Vec<PhaseView>,
    pub days: Vec<DayView>,
    /// Open decisions of earlier sessions of the series.
    pub open_decisions: Vec<OpenDecision>,
    /// Which columns of the zones table have anything to show.
    pub zone_columns: ZoneColumns,
}

/// The columns of the zones table that are not empty for every zone.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ZoneColumns {
    pub room: bool,
    pub purpose: bool,
    pub online: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ZoneView {
    pub id: String,
    pub name: String,
    /// The name as a sign on its door says it: «Коворкинг-зона «Интерактивная»», "Interactive
    /// zone"; a name that already says it is a zone («Зона IT-технологий») as it is.
    pub title: String,
    pub room: Option<String>,
    pub purpose: Option<String>,
    pub online: Option<String>,
    /// `online` when it is an http(s) address, safe to render as a link.
    pub online_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActivityView {
    pub title: String,
    pub title_quoted: String,
    /// A break (обед, кофе-пауза: `break = true`). Serialised as `is_break`, since `break`
    /// is a word of the template language. A break has no phase and no moderators here,
    /// whatever the file says (`check` warns about them).
    pub is_break: bool,
    pub format: Option<String>,
    pub phase: Option<&'static str>,
    pub phase_name: Option<String>,
    /// Zone id; `None` for a plenary activity.
    pub zone: Option<String>,
    pub zone_name: Option<String>,
    pub plenary: bool,
    pub day: usize,
    pub start: String,
    pub end: String,
    /// "09:00–10:30"
    pub time: String,
    pub duration: u32,
    pub moderators: Vec<String>,
    /// «Модератор» for one, «Модераторы» for several.
    pub moderators_label: &'static str,
    pub description: Option<String>,
    pub outputs: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    /// Activities starting in this zone at this row's time (more than one only in a broken file).
    pub activities: Vec<ActivityView>,
    /// How many rows the first activity spans (HTML `rowspan`).
    pub rowspan: usize,
    /// The cell is taken by an activity that started on an earlier row.
    pub covered: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    pub time: String,
    /// A plenary row: one activity across every zone.
    pub plenary: Option<ActivityView>,
    /// One cell per column of the day (empty for a plenary row).
    pub cells: Vec<CellView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayView {
    pub number: usize,
    pub date: String,
    pub date_text: String,
    pub weekday: &'static str,
    /// «3 декабря 2026 г., четверг», "Thursday 3 December 2026": for day headings.
    pub date_with_weekday: String,
    pub start: Option<String>,
    pub end: Option<String>,
    /// The zones that have activities this day, in zone order.
    pub columns: Vec<ZoneView>,
    pub rows: Vec<RowView>,
    /// The day's activities in time order, for linear layouts.
    pub activities: Vec<ActivityView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    pub id: &'static str,
    pub name: String,
    pub activities: Vec<PhaseItem>,
    /// The same activities folded by day, for a phase on one line: «день 1 — «…», «…»».
    pub by_day: Vec<PhaseDay>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseDay {
    pub day: usize,
    /// The titles in quotes, in time order.
    pub titles: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseItem {
    pub title: String,
    pub day: usize,
    pub time: String,
}

/// Builds the agenda of a valid session; `day` (1-based) keeps only that day.
/// `carried_over`: the open decisions of the earlier sessions of the series, from
/// [`decisions::carried_over`]. `workspace`: the signature blocks of `cowork.toml`, for a
/// session that gives none of its own.
pub fn build(
    session: &Session,
    schedule: &Schedule,
    day: Option<usize>,
    carried_over: Vec<OpenDecision>,
    workspace: &Signatures,
) -> AgendaView {
    let lang = session.info.language;
    let roster = Roster::new(session);
    let zones: Vec<ZoneView> = schedule.zones.iter().map(|z| zone_view(lang, z)).collect();
    let activity = |slot: &Slot| -> ActivityView {
        let a = &session.activities[slot.activity];
        let text = |s: &Option<crate::session::model::Sp<String>>| {
            s.as_ref()
                .map(|v| v.value.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let is_break = a.is_break();
        let phase = a.phase.as_ref().map(|p| p.value).filter(|_| !is_break);
        let moderators: Vec<String> = a
            .moderators
            .iter()
            .filter(|_| !is_break)
            .map(|m| {
                roster.resolve(&m.value).map_or(m.value.clone(), |i| {
                    session.participants[i].name().to_string()
                })
            })
            .collect();
        ActivityView {
            is_break,
            title: a.title().trim().to_string(),
            title_quoted: quotes_of(
                lang,
                lang::activity_title(lang, a.format.as_ref().map(|f| f.value.as_str()), a.title()),
            ),
            format: text(&a.format),
            phase: phase.map(Phase::id),
            phase_name: phase.map(|p| lang::phase_name(lang, p).to_string()),
            zone: slot.zone.map(|z| zones[z].id.clone()),
            zone_name: slot.zone.map(|z| zones[z].name.clone()),
            plenary: slot.zone.is_none(),
            day: slot.day + 1,
            start: format_minutes(slot.start),
            end: format_minutes(slot.end),
            time: format!(
                "{}–{}",
                format_minutes(slot.start),
                format_minutes(slot.end)
            ),
            duration: slot.end - slot.start,
            moderators_label: one_or_several(lang, "doc-agenda-moderators", moderators.len() > 1),
            moderators,
            description: text(&a.description),
            outputs: a
                .outputs
                .iter()
                .map(|o| o.value.trim().to_string())
                .collect(),
        }
    };

    let mut days = Vec::new();
    for (index, d) in schedule.days.iter().enumerate() {
        if day.is_some_and(|n| n != index + 1) {
            continue;
        }
        let mut used: Vec<usize> = d.slots.iter().filter_map(|s| s.zone).collect();
        used.sort_unstable();
        used.dedup();
        if grid_cells(&d.slots, used.len()) > max_grid_cells(d.slots.len()) {
            // Too many zones at too many different times to draw side by side: one row
            // per activity instead, so the document stays proportional to the programme.
            used.clear();
        }
        let column_of: BTreeMap<usize, usize> =
            used.iter().enumerate().map(|(col, &z)| (z, col)).collect();
        let rows = if used.is_empty() {
            linear(&d.slots, &activity)
        } else {
            grid(&d.slots, &column_of, &activity)
        };
        days.push(DayView {
            number: index + 1,
            date: d.date.format("%Y-%m-%d").to_string(),
            date_text: lang::date(lang, d.date),
            weekday: lang::weekday(lang, d.date),
            date_with_weekday: lang::date_with_weekday(lang, d.date),
            start: d.slots.iter().map(|s| s.start).min().map(format_minutes),
            end: d.slots.iter().map(|s| s.end).max().map(format_minutes),
            columns: used.iter().map(|&z| zones[z].clone()).collect(),
            rows,
            activities: d.slots.iter().map(&activity).collect(),
        });
    }

    let phases = Phase::ALL
        .into_iter()
        .map(|p| {
            let activities: Vec<PhaseItem> = days
                .iter()
                .flat_map(|d| d.activities.iter())
                .filter(|a| a.phase == Some(p.id()))
                .map(|a| PhaseItem {
                    title: a.title.clone(),
                    day: a.day,
                    time: a.time.clone(),
                })
                .collect();
            let mut by_day: Vec<PhaseDay> = Vec::new();
            for a in &activities {
                let title = quotes_of(lang, lang::quote(lang, &a.title));
                match by_day.last_mut() {
                    Some(last) if last.day == a.day => last.titles.push(title),
                    _ => by_day.push(PhaseDay {
                        day: a.day,
                        titles: vec![title],
                    }),
                }
            }
            PhaseView {
                id: p.id(),
                name: lang::phase_name(lang, p).to_string(),
                activities,
                by_day,
            }
        })
        .collect();

    let mut header = Header::new(session);
    header.title_quoted = quotes_of(lang, header.title_quoted);
    let own: Vec<(&'static str, &'static str)> = decisions::LABELS
        .iter()
        .chain(OWN_LABELS)
        .copied()
        .collect();
    let zones: Vec<ZoneView> = {
        let used: HashSet<usize> = schedule.slots().filter_map(|s| s.zone).collect();
        let declared: HashSet<&str> = session.zones.iter().map(|d| d.id.value.as_str()).collect();
        zones
            .into_iter()
            .enumerate()
            .filter(|(i, z)| used.contains(i) || declared.contains(z.id.as_str()))
            .map(|(_, z)| z)
            .collect()
    };
    let (approval, agreed) = workspace.of(session);
    AgendaView {
        header,
        labels: labels_with(lang, &own),
        approval: approval.map(|b| SignatoryView::new(b, lang)),
        agreed: agreed.map(|b| SignatoryView::new(b, lang)),
        zone_columns: ZoneColumns {
            room: zones.iter().any(|z| z.room.is_some()),
            purpose: zones.iter().any(|z| z.purpose.is_some()),
            online: zones.iter().any(|z| z.online.is_some()),
        },
        zones,
        phases,
        days,
        open_decisions: carried_over,
    }
}

/// A zone as the documents show it, in `lang`.
pub fn zone_view(lang: Language, z: &Zone) -> ZoneView {
    ZoneView {
        id: z.id.clone(),
        name: z.name.clone(),
        title: if zones::names_itself(&z.name) {
            z.name.trim().to_string()
        } else {
            with_name(lang, "doc-zone-title", z.name.trim())
        },
        room: z.room.clone(),
        purpose: z.purpose.clone(),
        online: z.online.clone(),
        online_url: z.online.as_deref().and_then(web_link),
    }
}

/// A title in the quotation marks of `lang`: an English document does not print a title
/// written «in Russian quotes» with them.
fn quotes_of(lang: Language, title: String) -> String {
    match lang {
        Language::En if title.contains(['«', '»']) => title.replace('«', "“").replace('»', "”"),
        _ => title,
    }
}

/// The largest grid drawn for a day of `activities`: a few dozen cells per activity.
fn max_grid_cells(activities: usize) -> usize {
    activities.saturating_mul(40).max(4000)
}

/// How many cells [`grid`] would make for `slots` with `columns` zone columns.
fn grid_cells(slots: &[Slot], columns: usize) -> usize {
    let mut cells = 0usize;
    let mut last_start: Option<Minutes> = None;
    for slot in slots {
        if slot.zone.is_none() {
            last_start = None;
        } else if last_start != Some(slot.start) {
            last_start = Some(slot.start);
            cells = cells.saturating_add(columns);
        }
    }
    cells
}

/// One row per activity, in time order: plenary ones as plenary rows, the others as a
/// single cell that names its zone.
fn linear(slots: &[Slot], activity: &impl Fn(&Slot) -> ActivityView) -> Vec<RowView> {
    slots
        .iter()
        .map(|slot| {
            let a = activity(slot);
            if slot.zone.is_none() {
                RowView {
                    time: a.start.clone(),
                    plenary: Some(a),
                    cells: Vec::new(),
                }
            } else {
                RowView {
                    time: a.start.clone(),
                    plenary: None,
                    cells: vec![CellView {
                        activities: vec![a],
                        rowspan: 1,
                        covered: false,
                    }],
                }
            }
        })
        .collect()
}

/// Lays a day out: plenary slots are rows of their own; between them, zone slots form a
/// grid with a row per distinct start time and a column per zone.
fn grid(
    slots: &[Slot],
    column_of: &BTreeMap<usize, usize>,
    activity: &impl Fn(&Slot) -> ActivityView,
) -> Vec<RowView> {
    let mut rows = Vec::new();
    let mut block: Vec<&Slot> = Vec::new();
    for slot in slots {
        if slot.zone.is_none() {
            rows.extend(parallel_block(&block, column_of, activity));
            block.clear();
            rows.push(RowView {
                time: format_minutes(slot.start),
                plenary: Some(activity(slot)),
                cells: Vec::new(),
            });
        } else {
            block.push(slot);
        }
    }
    rows.extend(parallel_block(&block, column_of, activity));
    rows
}

fn parallel_block(
    block: &[&Slot],
    column_of: &BTreeMap<usize, usize>,
    activity: &impl Fn(&Slot) -> ActivityView,
) -> Vec<RowView> {
    if block.is_empty() {
        return Vec::new();
    }
    let mut starts: Vec<Minutes> = block.iter().map(|s| s.start).collect();
    starts.dedup(); // `block` is sorted by start
    let columns = column_of.len();
    let mut rows: Vec<RowView> = starts
        .iter()
        .map(|&t| RowView {
            time: format_minutes(t),
            plenary: None,
            cells: (0..columns)
                .map(|_| CellView {
                    activities: Vec::new(),
                    rowspan: 1,
                    covered: false,
                })
                .collect(),
        })
        .collect();
    for slot in block {
        let (Some(zone), Ok(row)) = (slot.zone, starts.binary_search(&slot.start)) else {
            continue;
        };
        let Some(&col) = column_of.get(&zone) else {
            continue;
        };
        if rows[row].cells[col].covered {
            // Only in a file with a clash: show it rather than lose it.
            rows[row].cells[col].covered = false;
        }
        let first = rows[row].cells[col].activities.is_empty();
        rows[row].cells[col].activities.push(activity(slot));
        if first {
            let span = starts[row..].partition_point(|&t| t < slot.end).max(1);
            rows[row].cells[col].rowspan = span;
            for r in rows.iter_mut().skip(row + 1).take(span - 1) {
                if r.cells[col].activities.is_empty() {
                    r.cells[col].covered = true;
                }
            }
        }
    }
    rows
}
