//! Calendars as an independent iCalendar reader (the `ical` crate) sees them: the framing RFC 5545 asks for, then each property with its parameters, TEXT unescaped, and the times of an event turned into UTC through the calendar's own `VTIMEZONE`.

use std::collections::BTreeMap;
use std::io::BufReader;

use chrono::{NaiveDateTime, TimeDelta};

/// Property name with its parameters (`DTSTART;TZID=Europe/Moscow`) → value (TEXT unescaped).
pub type Props = BTreeMap<String, String>;

/// A calendar as the `ical` crate reads it.
pub struct Read {
    pub head: Props,
    /// Each `VTIMEZONE`: its TZID, and its observances (`STANDARD`/`DAYLIGHT`, properties).
    pub zones: Vec<(String, Vec<(String, Props)>)>,
    pub events: Vec<Props>,
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn props(ps: &[ical::property::Property]) -> Props {
    ps.iter()
        .map(|p| {
            let params: Vec<String> = p
                .params
                .iter()
                .flatten()
                .map(|(k, v)| format!(";{k}={}", v.join(",")))
                .collect();
            (
                format!("{}{}", p.name, params.concat()),
                unescape(p.value.as_deref().unwrap_or_default()),
            )
        })
        .collect()
}

/// Parses with `ical` after checking the framing RFC 5545 asks for.
pub fn parse(text: &str) -> Read {
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split_terminator("\r\n") {
        assert!(!line.contains(['\n', '\r']), "bare line break in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let mut calendars = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    assert!(calendars.next().is_none());
    let zones = calendar
        .timezones
        .iter()
        .map(|z| {
            let head = props(&z.properties);
            let observances = z
                .transitions
                .iter()
                .map(|t| {
                    let kind = match t.transition {
                        ical::parser::ical::component::IcalTimeZoneTransitionType::STANDARD => {
                            "STANDARD"
                        }
                        ical::parser::ical::component::IcalTimeZoneTransitionType::DAYLIGHT => {
                            "DAYLIGHT"
                        }
                    };
                    (kind.to_string(), props(&t.properties))
                })
                .collect();
            (head["TZID"].clone(), observances)
        })
        .collect();
    Read {
        head: props(&calendar.properties),
        zones,
        events: calendar
            .events
            .iter()
            .map(|e| props(&e.properties))
            .collect(),
    }
}

fn local(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").expect("a local date-time")
}

/// `+0300` → seconds.
fn offset(text: &str) -> i64 {
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits = &text[1..];
    let h: i64 = digits[0..2].parse().unwrap();
    let m: i64 = digits[2..4].parse().unwrap();
    let s: i64 = digits.get(4..6).map_or(0, |s| s.parse().unwrap());
    sign * (h * 3600 + m * 60 + s)
}

impl Read {
    /// The event's start or end (`DTSTART`, `DTEND`) as UTC, read through the calendar's own
    /// `VTIMEZONE` of its `TZID` as a client reads it: the observance of the latest onset
    /// not after that local time. Panics on a floating time or a zone without `VTIMEZONE`.
    pub fn utc(&self, event: &Props, name: &str) -> String {
        let (key, value) = event
            .iter()
            .find(|(k, _)| k.split(';').next() == Some(name))
            .unwrap_or_else(|| panic!("no {name} in {event:?}"));
        let tzid = key
            .split(';')
            .find_map(|p| p.strip_prefix("TZID="))
            .unwrap_or_else(|| panic!("{key} has no TZID"));
        let (_, observances) = self
            .zones
            .iter()
            .find(|(id, _)| id == tzid)
            .unwrap_or_else(|| panic!("no VTIMEZONE for {tzid}"));
        let at = local(value);
        let (_, o) = observances
            .iter()
            .filter(|(_, o)| local(&o["DTSTART"]) <= at)
            .max_by_key(|(_, o)| local(&o["DTSTART"]))
            .unwrap_or_else(|| panic!("no observance of {tzid} before {value}"));
        let utc = at - TimeDelta::seconds(offset(&o["TZOFFSETTO"]));
        utc.format("%Y%m%dT%H%M%SZ").to_string()
    }

    pub fn uids(&self) -> Vec<String> {
        let mut uids: Vec<String> = self.events.iter().map(|e| e["UID"].clone()).collect();
        uids.sort();
        uids
    }
}
