//! iCalendar (RFC 5545) writing: escaped text, CRLF lines folded at 75 octets, times in their zone with its `VTIMEZONE`, a `DTSTAMP` and a growing `SEQUENCE`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

use crate::render::vtimezone;
use crate::session::model::Language;

/// When an event starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A whole day (`VALUE=DATE`); an event's end day is exclusive.
    Day(NaiveDate),
    /// A wall-clock time in a time zone (`TZID=…`, with the zone's `VTIMEZONE`).
    Zoned(NaiveDateTime, Tz),
}

/// One `VEVENT`.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The same for the life of what it shows, so a re-import updates the event.
    pub uid: String,
    pub start: When,
    pub end: When,
    pub summary: String,
    pub location: Option<String>,
    pub description: Option<String>,
}

/// A `VCALENDAR` with its events.
#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    /// Shown by calendar apps as the calendar's name (`X-WR-CALNAME`).
    pub name: String,
    pub language: Language,
    /// The calendar's own zone (`X-WR-TIMEZONE`, read by Google Calendar and Apple's).
    pub timezone: Tz,
    /// When the calendar is made (the caller reads the clock): every event's `DTSTAMP`,
    /// and its `SEQUENCE`.
    pub generated: DateTime<Utc>,
    pub events: Vec<Event>,
}

/// `SEQUENCE` counts seconds from here.
const SEQUENCE_EPOCH: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

/// The `SEQUENCE` of every event of a calendar made at `generated`: the seconds since
/// 2026-01-01 UTC. A client replaces its copy of an event by one of a higher `SEQUENCE`,
/// and a calendar made later has a higher one, so every re-import updates whatever was
/// changed (an unchanged event is replaced by itself). No history of earlier calendars is
/// kept anywhere — `cowork` writes files and remembers nothing — which a counter of
/// changes or a history of content hashes would need. It fits the 32-bit integers clients
/// keep it in until 2094.
pub fn sequence(generated: DateTime<Utc>) -> i64 {
    (generated.timestamp() - SEQUENCE_EPOCH).clamp(0, i64::from(i32::MAX))
}

impl Calendar {
    /// The calendar as RFC 5545 text: CRLF line ends, folded lines, escaped values.
    pub fn to_ics(&self) -> String {
        let mut out = String::new();
        let lang = match self.language {
            Language::Ru => "RU",
            Language::En => "EN",
        };
        line(&mut out, "BEGIN:VCALENDAR");
        line(&mut out, "VERSION:2.0");
        line(
            &mut out,
            &format!("PRODID:-//cowork//Methodical coworking//{lang}"),
        );
        line(&mut out, "CALSCALE:GREGORIAN");
        line(&mut out, "METHOD:PUBLISH");
        line(&mut out, &format!("X-WR-CALNAME:{}", escape(&self.name)));
        line(&mut out, &format!("X-WR-TIMEZONE:{}", self.timezone.name()));
        for (zone, years) in self.zoned_years() {
            timezone(&mut out, zone, &years);
        }
        let stamp = self.generated.format("%Y%m%dT%H%M%SZ").to_string();
        let sequence = sequence(self.generated);
        for event in &self.events {
            line(&mut out, "BEGIN:VEVENT");
            line(&mut out, &format!("UID:{}", escape(&event.uid)));
            line(&mut out, &format!("DTSTAMP:{stamp}"));
            line(&mut out, &format!("SEQUENCE:{sequence}"));
            line(&mut out, &when("DTSTART", event.start));
            line(&mut out, &when("DTEND", event.end));
            line(&mut out, &format!("SUMMARY:{}", escape(&event.summary)));
            if let Some(location) = &event.location {
                line(&mut out, &format!("LOCATION:{}", escape(location)));
            }
            if let Some(description) = &event.description {
                line(&mut out, &format!("DESCRIPTION:{}", escape(description)));
            }
            line(&mut out, "END:VEVENT");
        }
        line(&mut out, "END:VCALENDAR");
        out
    }

    /// Every zone a timed event is in, by name, with the years of its times.
    fn zoned_years(&self) -> BTreeMap<&'static str, (Tz, BTreeSet<i32>)> {
        let mut zones: BTreeMap<&'static str, (Tz, BTreeSet<i32>)> = BTreeMap::new();
        for event in &self.events {
            for at in [event.start, event.end] {
                if let When::Zoned(t, tz) = at {
                    zones
                        .entry(tz.name())
                        .or_insert_with(|| (tz, BTreeSet::new()))
                        .1
                        .insert(t.year());
                }
            }
        }
        zones
    }
}

/// The `VTIMEZONE` of `zone`, true for the `years` its events are in.
fn timezone(out: &mut String, zone: &str, (tz, years): &(Tz, BTreeSet<i32>)) {
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{zone}"));
    for o in vtimezone::observances(*tz, years) {
        let kind = if o.daylight { "DAYLIGHT" } else { "STANDARD" };
        line(out, &format!("BEGIN:{kind}"));
        line(out, &format!("DTSTART:{}", o.start.format("%Y%m%dT%H%M%S")));
        line(
            out,
            &format!("TZOFFSETFROM:{}", vtimezone::offset(o.offset_from)),
        );
        line(
            out,
            &format!("TZOFFSETTO:{}", vtimezone::offset(o.offset_to)),
        );
        line(out, &format!("TZNAME:{}", escape(&o.name)));
        line(out, &format!("END:{kind}"));
    }
    line(out, "END:VTIMEZONE");
}

fn when(name: &str, at: When) -> String {
    match at {
        When::Day(d) => format!("{name};VALUE=DATE:{}", d.format("%Y%m%d")),
        When::Zoned(t, tz) => format!("{name};TZID={}:{}", tz.name(), t.format("%Y%m%dT%H%M%S")),
    }
}

/// TEXT escaping: backslash, `;`, `,` and line breaks; other control characters are dropped.
pub fn escape(text: &str) -> String {
    let text = text.trim().replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

const MAX_OCTETS: usize = 75;

/// Appends one content line, folded so no physical line exceeds 75 octets: a fold is CRLF
/// plus a space, and never splits a UTF-8 character. A fold is also kept off the spot right
/// after a space, because some readers trim the end of each physical line.
fn line(out: &mut String, content: &str) {
    let mut rest = content;
    let mut limit = MAX_OCTETS;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut safe = cut;
        while safe > 0 && rest[..safe].ends_with(char::is_whitespace) {
            safe -= rest[..safe].chars().next_back().map_or(1, char::len_utf8);
        }
        if safe > 0 {
            cut = safe;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The continuation line's leading space counts towards its 75 octets.
        limit = MAX_OCTETS - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a, b; c\\d\nновая"), "a\\, b\\; c\\\\d\\nновая");
    }

    #[test]
    fn folds_at_75_octets_on_char_boundaries() {
        let mut out = String::new();
        let content = format!("SUMMARY:{}", "Методический коворкинг ".repeat(10));
        line(&mut out, &content);
        assert!(out.ends_with("\r\n"));
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 1);
        for (i, l) in physical.iter().enumerate() {
            assert!(l.len() <= 75, "line {i} has {} octets", l.len());
            if i > 0 {
                assert!(l.starts_with(' '));
            }
            assert!(i + 1 == physical.len() || !l.ends_with(' '));
        }
        let unfolded: String = physical
            .iter()
            .enumerate()
            .map(|(i, l)| if i == 0 { *l } else { &l[1..] })
            .collect();
        assert_eq!(unfolded, content);
    }
}
