//! Calendars for import into calendar apps: a session's activities, the sessions of a planned series or of a folder.
//!
//! Times are wall-clock times in the session's zone (`[session] timezone`, else
//! `cowork.toml`'s, else Moscow's), written with `TZID` and the zone's `VTIMEZONE`, so a
//! participant elsewhere sees them in their own time. UIDs come from the session's identity
//! (`session::identity`: its `uid`, else its organization and file name), never from its
//! date or theme, so a re-import after moving a session updates its events instead of
//! duplicating them; the `SEQUENCE` of a later calendar is higher (`render::ics::sequence`).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::i18n::lang;
use crate::render::ics::{Calendar, Event, When};
use crate::session::identity::stable_hash;
use crate::session::model::{Language, Session};
use crate::session::schedule::{MIDNIGHT, Minutes, Schedule};
use crate::session::timezone;
use crate::view::agenda::{self, ActivityView, AgendaView};
use crate::view::labels::labels;

/// What a calendar is made with besides its sessions, read by the caller.
#[derive(Debug, Clone, Copy)]
pub struct Made {
    /// The clock of the run (`clock::now`): `DTSTAMP` and `SEQUENCE`.
    pub at: DateTime<Utc>,
    /// The zone of a session that names none (`cowork.toml`'s `timezone`, else Moscow's).
    pub default_zone: Tz,
}

/// One event per activity of the agenda `view` of `session` (all days, or the ones it
/// kept), at its times in the session's zone; `day` (1-based) keeps one day.
///
/// UID: the session's identity `uid` (`session::identity::of`), plus the activity's title
/// and its occurrence among activities of the same title (in file order). Changing the
/// session's dates or theme, or an activity's times, day, zone or moderators keeps the UID;
/// renaming the activity makes it a new event.
pub fn session(
    session: &Session,
    schedule: &Schedule,
    view: &AgendaView,
    day: Option<usize>,
    uid: &str,
    made: Made,
) -> Calendar {
    let info = &session.info;
    let language = info.language;
    let zone = timezone::of(
        info.timezone.as_ref().map(|z| z.value.as_str()),
        made.default_zone,
    );
    let l = labels(language);
    let label = |k: &str| l.get(k).copied().unwrap_or_default();

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
                uid: format!("{uid}-{activity_key:016x}@cowork"),
                start: When::Zoned(at(day_plan.date, slot.start), zone),
                end: When::Zoned(at(day_plan.date, slot.end), zone),
                summary: summary(a),
                location: location(view, &zones, a),
                description: description(view, a, &label),
            });
        }
    }
    Calendar {
        name: info.title().trim().to_string(),
        language,
        timezone: zone,
        generated: made.at,
        events,
    }
}

/// `minutes` after the midnight that starts `date`; 24:00 (an activity ending at
/// midnight) is the start of the next day.
fn at(date: NaiveDate, minutes: Minutes) -> NaiveDateTime {
    let midnight = date.and_time(NaiveTime::MIN);
    if minutes >= MIDNIGHT {
        return date.succ_opt().unwrap_or(date).and_time(NaiveTime::MIN);
    }
    midnight + chrono::Duration::minutes(i64::from(minutes))
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
    if let Some(phase) = &a.phase_name {
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

/// A session as a calendar of sessions shows it: its identity, theme, where, and its days.
#[derive(Debug, Clone)]
pub struct SessionDays {
    /// The session's identity (`session::identity`).
    pub uid: String,
    pub title: String,
    /// Where: the venue, else the organization.
    pub place: Option<String>,
    pub series: Option<String>,
    pub zone: Tz,
    /// Each day of the session, in order, with its hours when its programme has any: the
    /// start of its first activity and the end of its last.
    pub days: Vec<(NaiveDate, Option<(Minutes, Minutes)>)>,
}

impl SessionDays {
    /// A planned session, before it has a programme: its days are whole days.
    pub fn planned(uid: String, title: String, place: Option<String>, dates: &[NaiveDate]) -> Self {
        Self {
            uid,
            title,
            place,
            series: None,
            zone: timezone::DEFAULT,
            days: dates.iter().map(|d| (*d, None)).collect(),
        }
    }

    /// A session file as it is: its days with their hours, in its zone.
    pub fn of(session: &Session, schedule: &Schedule, uid: String, default_zone: Tz) -> Self {
        let info = &session.info;
        let text = |v: Option<&crate::session::model::Sp<String>>| {
            v.map(|s| s.value.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let days = info
            .dates
            .iter()
            .enumerate()
            .map(|(i, date)| {
                let hours = schedule.days.get(i).and_then(|d| {
                    let start = d.slots.iter().map(|s| s.start).min()?;
                    let end = d.slots.iter().map(|s| s.end).max()?;
                    Some((start, end))
                });
                (date.value, hours)
            })
            .collect();
        Self {
            uid,
            title: info.title().trim().to_string(),
            place: text(info.venue.as_ref()).or_else(|| text(info.organization.as_ref())),
            series: text(info.series.as_ref()),
            zone: timezone::of(
                info.timezone.as_ref().map(|z| z.value.as_str()),
                default_zone,
            ),
            days,
        }
    }
}

/// A calendar of sessions, `name` (a series, a folder): a timed event for each day with a
/// programme, from its first activity to its last, in the session's zone; an all-day event
/// for each run of consecutive days without one — so a Friday, Monday and Tuesday are two
/// events, never one over the weekend.
///
/// UID: the session's identity and the number of the event's first day in the session
/// (`…-d1`, `…-d2`), so a re-import after the dates or the theme change, or after the
/// programme is written, updates the events instead of adding new ones.
pub fn sessions(language: Language, name: &str, sessions: &[SessionDays], made: Made) -> Calendar {
    let l = labels(language);
    let series_label = l.get("series").copied().unwrap_or_default();
    let mut events = Vec::new();
    for s in sessions {
        let summary = lang::quote(language, &s.title);
        let description = s
            .series
            .as_ref()
            .map(|series| format!("{series_label}: {series}"));
        let event = |number: usize, start: When, end: When| Event {
            uid: format!("{}-d{number}@cowork", s.uid),
            start,
            end,
            summary: summary.clone(),
            location: s.place.clone(),
            description: description.clone(),
        };
        let mut i = 0;
        while i < s.days.len() {
            let (date, hours) = s.days[i];
            if let Some((start, end)) = hours {
                events.push(event(
                    i + 1,
                    When::Zoned(at(date, start), s.zone),
                    When::Zoned(at(date, end), s.zone),
                ));
                i += 1;
                continue;
            }
            let mut last = i;
            while let Some(&(next, None)) = s.days.get(last + 1) {
                if Some(next) != s.days[last].0.succ_opt() {
                    break;
                }
                last += 1;
            }
            let end = s.days[last].0;
            events.push(event(
                i + 1,
                When::Day(date),
                When::Day(end.succ_opt().unwrap_or(end)),
            ));
            i = last + 1;
        }
    }
    Calendar {
        name: name.trim().to_string(),
        language,
        timezone: made.default_zone,
        generated: made.at,
        events,
    }
}

/// The calendar of a planned series (`cowork plan --format ics`): its sessions' days as
/// [`sessions`] shows them, each described as a session of the series.
pub fn series(language: Language, series: &str, planned: &[SessionDays], made: Made) -> Calendar {
    let planned: Vec<SessionDays> = planned
        .iter()
        .map(|s| SessionDays {
            series: Some(series.trim().to_string()),
            ..s.clone()
        })
        .collect();
    sessions(language, series, &planned, made)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, day).expect("a December day")
    }

    fn made() -> Made {
        Made {
            at: DateTime::from_timestamp(1_800_000_000, 0).expect("an instant"),
            default_zone: timezone::DEFAULT,
        }
    }

    #[test]
    fn days_apart_are_events_apart() {
        // Friday 4, Monday 7, Tuesday 8 December 2026.
        let s = SessionDays::planned("abc".into(), "Тема".into(), None, &[d(4), d(7), d(8)]);
        let calendar = sessions(Language::Ru, "Серия", &[s], made());
        let spans: Vec<(String, When, When)> = calendar
            .events
            .iter()
            .map(|e| (e.uid.clone(), e.start, e.end))
            .collect();
        assert_eq!(
            spans,
            [
                ("abc-d1@cowork".into(), When::Day(d(4)), When::Day(d(5))),
                ("abc-d2@cowork".into(), When::Day(d(7)), When::Day(d(9))),
            ]
        );
    }

    #[test]
    fn a_day_with_a_programme_is_timed_in_the_sessions_zone() {
        let mut s = SessionDays::planned("abc".into(), "Тема".into(), None, &[d(3), d(4), d(5)]);
        s.zone = Tz::Asia__Novosibirsk;
        s.days[1].1 = Some((9 * 60 + 30, MIDNIGHT));
        let calendar = sessions(Language::Ru, "Серия", &[s], made());
        let starts: Vec<When> = calendar.events.iter().map(|e| e.start).collect();
        assert_eq!(
            starts,
            [
                When::Day(d(3)),
                When::Zoned(
                    d(4).and_hms_opt(9, 30, 0).expect("a time"),
                    Tz::Asia__Novosibirsk
                ),
                When::Day(d(5)),
            ]
        );
        assert_eq!(
            calendar.events[1].end,
            When::Zoned(d(5).and_time(NaiveTime::MIN), Tz::Asia__Novosibirsk)
        );
        assert_eq!(calendar.events[2].uid, "abc-d3@cowork");
    }
}
