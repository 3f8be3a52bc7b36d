//! Calendars for import into calendar apps: a session's activities, or a planned series.
//!
//! Times are "floating" local times (no TZID): a coworking happens in one town, and every
//! calendar shows 09:30 as 09:30. UIDs come from what identifies a thing, not from when it
//! is, so a re-import after moving an activity updates it instead of duplicating it.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::i18n::lang;
use crate::render::ics::{Calendar, Event, When, stable_hash};
use crate::session::model::{Language, Session};
use crate::session::schedule::Schedule;
use crate::view::agenda::{self, ActivityView, AgendaView};
use crate::view::labels::labels;

/// One event per activity of the agenda `view` of `session` (all days, or the ones it
/// kept), with local start and end times; `day` (1-based) keeps one day.
///
/// UID: the session's series, theme and first year, plus the activity's title and its
/// occurrence among activities of the same title (in file order). Changing times, days,
/// zones or moderators keeps the UID; renaming the activity makes it a new event.
pub fn session(
    session: &Session,
    schedule: &Schedule,
    view: &AgendaView,
    day: Option<usize>,
) -> Calendar {
    let info = &session.info;
    let language = info.language;
    let l = labels(language);
    let label = |k: &str| l.get(k).copied().unwrap_or_default();
    let first = info.dates.first().map(|d| d.value);
    let year = first.map(|d| d.year().to_string()).unwrap_or_default();
    let series = info.series.as_ref().map_or("", |s| s.value.trim());
    let session_key = stable_hash(&["session", series, info.title().trim(), &year]);

    let mut occurrences: HashMap<&str, usize> = HashMap::new();
    let occurrence: Vec<usize> = session
        .activities
        .iter()
        .map(|a| {
            let n = occurrences.entry(a.title().trim()).or_default();
            *n += 1;
            *n
        })
        .collect();

    let zones: HashMap<&str, &agenda::ZoneView> =
        view.zones.iter().map(|z| (z.id.as_str(), z)).collect();
    let mut events = Vec::new();
    for day_view in &view.days {
        if day.is_some_and(|n| n != day_view.number) {
            continue;
        }
        let Some(day_plan) = day_view
            .number
            .checked_sub(1)
            .and_then(|i| schedule.days.get(i))
        else {
            continue;
        };
        for (a, slot) in day_view.activities.iter().zip(&day_plan.slots) {
            let activity_key =
                stable_hash(&["activity", &a.title, &occurrence[slot.activity].to_string()]);
            events.push(Event {
                uid: format!("{session_key:016x}-{activity_key:016x}@cowork"),
                stamp: first.unwrap_or(day_plan.date),
                start: local(day_plan.date, &a.start),
                end: local(day_plan.date, &a.end),
                summary: summary(a),
                location: location(view, &zones, a),
                description: description(view, a, &label),
            });
        }
    }
    Calendar {
        name: info.title().trim().to_string(),
        language,
        events,
    }
}

fn local(date: NaiveDate, time: &str) -> When {
    // "24:00" (an activity ending at midnight) is the start of the next day.
    match NaiveTime::parse_from_str(time, "%H:%M") {
        Ok(t) => When::Local(date.and_time(t)),
        Err(_) => When::Local(date.succ_opt().unwrap_or(date).and_time(NaiveTime::MIN)),
    }
}

/// «Мастер-класс «Время действовать!»», or the bare title when it has no format.
fn summary(a: &ActivityView) -> String {
    match &a.format {
        Some(format) => format!("{format} {}", a.title_quoted),
        None => a.title.clone(),
    }
}

fn location(
    view: &agenda::AgendaView,
    zones: &HashMap<&str, &agenda::ZoneView>,
    a: &ActivityView,
) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(zone) = a.zone.as_ref().and_then(|id| zones.get(id.as_str())) {
        parts.push(zone.title.clone());
        if let Some(room) = &zone.room {
            parts.push(room.clone());
        }
    }
    match (&view.header.venue, &view.header.organization) {
        (Some(venue), _) => parts.push(venue.clone()),
        (None, Some(organization)) => parts.push(organization.clone()),
        (None, None) => {}
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn description(
    view: &agenda::AgendaView,
    a: &ActivityView,
    label: &impl Fn(&str) -> &'static str,
) -> Option<String> {
    let mut lines = Vec::new();
    if let Some(phase) = a.phase_name {
        lines.push(format!("{}: {phase}", label("phase")));
    }
    if !a.moderators.is_empty() {
        lines.push(format!(
            "{}: {}",
            label("moderators"),
            a.moderators.join(", ")
        ));
    }
    if let Some(description) = &a.description {
        lines.push(description.clone());
    }
    if !a.outputs.is_empty() {
        lines.push(format!("{}: {}", label("outputs"), a.outputs.join("; ")));
    }
    lines.push(format!("{}: {}", label("theme"), view.header.title_quoted));
    Some(lines.join("\n"))
}

/// A session of a planned series, for its calendar.
#[derive(Debug, Clone)]
pub struct PlannedSession {
    pub title: String,
    pub dates: Vec<NaiveDate>,
    pub organization: Option<String>,
}

/// One all-day event per planned session, from its first to its last day.
///
/// UID: the series name and the session's number in it, so re-planning the series with
/// other dates moves the events rather than adding new ones.
pub fn series(language: Language, series: &str, sessions: &[PlannedSession]) -> Calendar {
    let l = labels(language);
    let label = |k: &str| l.get(k).copied().unwrap_or_default();
    let series_key = stable_hash(&["series", series.trim()]);
    let events = sessions
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let first = *s.dates.first()?;
            let last = *s.dates.last()?;
            let number = (i + 1).to_string();
            Some(Event {
                uid: format!(
                    "{series_key:016x}-{:016x}@cowork",
                    stable_hash(&["planned", &number])
                ),
                stamp: sessions
                    .first()
                    .and_then(|s| s.dates.first().copied())
                    .unwrap_or(first),
                start: When::Day(first),
                end: When::Day(last.succ_opt().unwrap_or(last)),
                summary: lang::quote(language, &s.title),
                location: s.organization.clone(),
                description: Some(format!("{}: {}", label("series"), series.trim())),
            })
        })
        .collect();
    Calendar {
        name: series.trim().to_string(),
        language,
        events,
    }
}
