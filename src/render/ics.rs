//! iCalendar (RFC 5545) writing: escaped text, CRLF lines folded at 75 octets, stable UIDs.

use chrono::{NaiveDate, NaiveDateTime};

use crate::session::model::Language;

/// When an event starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A whole day (`VALUE=DATE`); an event's end day is exclusive.
    Day(NaiveDate),
    /// A local "floating" time: the same wall-clock time in whatever zone the calendar is in.
    Local(NaiveDateTime),
}

/// One `VEVENT`.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub uid: String,
    /// `DTSTAMP` (midnight UTC of this day): derived from the data, so output is reproducible.
    pub stamp: NaiveDate,
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
    pub events: Vec<Event>,
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
        for event in &self.events {
            line(&mut out, "BEGIN:VEVENT");
            line(&mut out, &format!("UID:{}", escape(&event.uid)));
            line(
                &mut out,
                &format!("DTSTAMP:{}T000000Z", event.stamp.format("%Y%m%d")),
            );
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
}

fn when(name: &str, at: When) -> String {
    match at {
        When::Day(d) => format!("{name};VALUE=DATE:{}", d.format("%Y%m%d")),
        When::Local(t) => format!("{name}:{}", t.format("%Y%m%dT%H%M%S")),
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

/// A 64-bit FNV-1a hash of `parts` (separated, so ("ab","c") ≠ ("a","bc")). Stable across
/// runs, platforms and Rust versions, unlike `std`'s hasher, so UIDs never change by themselves.
pub fn stable_hash(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
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

    #[test]
    fn hash_is_fixed() {
        assert_eq!(stable_hash(&[]), 0xcbf2_9ce4_8422_2325);
        assert_ne!(stable_hash(&["ab", "c"]), stable_hash(&["a", "bc"]));
    }
}
