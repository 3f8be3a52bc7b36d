//! The observances of a `VTIMEZONE`: the offsets of a zone over the years a calendar's events are in, found with `chrono-tz`.
//!
//! No rules (`RRULE`) are written, only what the zone does in those years: the offset in
//! force at the start of each year and every change within it (a `DAYLIGHT` observance when
//! the new offset is summer time, else `STANDARD`). A zone with summer time gets both, and
//! each is true for its year whatever the zone's rules were before or will be; a zone of a
//! fixed offset — every Russian zone since 26 October 2014 — gets one `STANDARD`
//! observance from the first year on. A client reads the events' times through these alone.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// One `STANDARD` or `DAYLIGHT` component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observance {
    /// Summer time (`DAYLIGHT`), else `STANDARD`.
    pub daylight: bool,
    /// Its onset as a wall-clock time of the offset before it (`DTSTART`, RFC 5545 3.6.5).
    pub start: NaiveDateTime,
    /// Seconds east of UTC before and from the onset.
    pub offset_from: i32,
    pub offset_to: i32,
    /// The zone's abbreviation then: `MSK`, `CET`, or `+07` where the database has none.
    pub name: String,
}

/// What a zone's clocks show at an instant: the offset, summer time or not, the name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    offset: i32,
    daylight: bool,
    name: String,
}

fn state(tz: Tz, at: DateTime<Utc>) -> State {
    let offset = tz.offset_from_utc_datetime(&at.naive_utc());
    let seconds = offset.fix().local_minus_utc();
    State {
        offset: seconds,
        daylight: offset.dst_offset() != Duration::zero(),
        name: offset
            .abbreviation()
            .map_or_else(|| short_offset(seconds), str::to_string),
    }
}

/// The observances of `tz` over `years` (ascending): the state at the zone's midnight of
/// 1 January of each year (the first year's, and a later one's that differs from what came
/// before) and every change of offset, summer time or name within a year. Steps of a day
/// find a change, and halving the day finds its second: at most 366 × 18 look-ups a year.
pub fn observances(tz: Tz, years: &BTreeSet<i32>) -> Vec<Observance> {
    let mut out: Vec<Observance> = Vec::new();
    let mut last: Option<State> = None;
    for &year in years {
        let (Some(from), Some(to)) = (
            local_new_year(tz, year),
            local_new_year(tz, year.saturating_add(1)),
        ) else {
            continue;
        };
        let mut at = from;
        let mut now = state(tz, at);
        if last.as_ref() != Some(&now) {
            out.push(onset(at, last.as_ref().unwrap_or(&now), &now));
        }
        while at < to {
            let step = (at + Duration::days(1)).min(to);
            if state(tz, step) != now {
                let change = change_between(tz, at, step, &now);
                let after = state(tz, change);
                out.push(onset(change, &now, &after));
                now = after;
                at = change;
                continue;
            }
            at = step;
        }
        last = Some(now);
    }
    out
}

/// The instant the zone's clocks show 1 January of `year`, 00:00.
fn local_new_year(tz: Tz, year: i32) -> Option<DateTime<Utc>> {
    let midnight = NaiveDate::from_ymd_opt(year, 1, 1)?.and_time(chrono::NaiveTime::MIN);
    let offset = state(tz, midnight.and_utc()).offset;
    Some(midnight.and_utc() - Duration::seconds(i64::from(offset)))
}

/// The first second after `before` at which `tz` is no longer in `old` (there is one by
/// `after`).
fn change_between(
    tz: Tz,
    mut before: DateTime<Utc>,
    mut after: DateTime<Utc>,
    old: &State,
) -> DateTime<Utc> {
    while after - before > Duration::seconds(1) {
        let middle = before + Duration::seconds((after - before).num_seconds() / 2);
        if &state(tz, middle) == old {
            before = middle;
        } else {
            after = middle;
        }
    }
    after
}

fn onset(at: DateTime<Utc>, before: &State, now: &State) -> Observance {
    Observance {
        daylight: now.daylight,
        start: at.naive_utc() + Duration::seconds(i64::from(before.offset)),
        offset_from: before.offset,
        offset_to: now.offset,
        name: now.name.clone(),
    }
}

/// A UTC offset as iCalendar writes it: `+0300`, `-0430`, `+023017` with seconds.
pub fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// `+07`, `+0530`: a name for an offset the database names no other way.
fn short_offset(seconds: i32) -> String {
    let full = offset(seconds);
    match full.strip_suffix("00") {
        Some(hours) if full.len() == 5 => hours.to_string(),
        _ => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(list: &[i32]) -> BTreeSet<i32> {
        list.iter().copied().collect()
    }

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .and_then(|d| d.and_hms_opt(h, mi, 0))
            .expect("a valid test date")
    }

    #[test]
    fn moscow_is_one_standard_offset() {
        let o = observances(Tz::Europe__Moscow, &years(&[2026, 2027]));
        assert_eq!(
            o,
            [Observance {
                daylight: false,
                start: at(2026, 1, 1, 0, 0),
                offset_from: 3 * 3600,
                offset_to: 3 * 3600,
                name: "MSK".into(),
            }]
        );
    }

    #[test]
    fn novosibirsk_has_a_numeric_name() {
        let o = observances(Tz::Asia__Novosibirsk, &years(&[2026]));
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].name, "+07");
        assert_eq!(offset(o[0].offset_to), "+0700");
    }

    #[test]
    fn berlin_changes_twice_a_year_at_the_right_local_second() {
        let o = observances(Tz::Europe__Berlin, &years(&[2026]));
        let changes: Vec<(bool, NaiveDateTime, String, String, &str)> = o
            .iter()
            .map(|o| {
                (
                    o.daylight,
                    o.start,
                    offset(o.offset_from),
                    offset(o.offset_to),
                    o.name.as_str(),
                )
            })
            .collect();
        assert_eq!(
            changes,
            [
                (
                    false,
                    at(2026, 1, 1, 0, 0),
                    "+0100".into(),
                    "+0100".into(),
                    "CET"
                ),
                (
                    true,
                    at(2026, 3, 29, 2, 0),
                    "+0100".into(),
                    "+0200".into(),
                    "CEST"
                ),
                (
                    false,
                    at(2026, 10, 25, 3, 0),
                    "+0200".into(),
                    "+0100".into(),
                    "CET"
                ),
            ]
        );
    }

    #[test]
    fn a_later_year_in_another_offset_starts_again() {
        // Moscow was +04 from 2011 to 2014: the 2030 events need the +03 observance.
        let o = observances(Tz::Europe__Moscow, &years(&[2012, 2030]));
        let offsets: Vec<(String, String)> = o
            .iter()
            .map(|o| (offset(o.offset_from), offset(o.offset_to)))
            .collect();
        assert_eq!(
            offsets,
            [
                ("+0400".into(), "+0400".into()),
                ("+0400".into(), "+0300".into())
            ]
        );
        // The same offset again in a later year adds nothing.
        assert_eq!(
            observances(Tz::Europe__Moscow, &years(&[2020, 2030])).len(),
            1
        );
    }

    #[test]
    fn offsets_are_written_as_rfc_5545_says() {
        assert_eq!(offset(3 * 3600), "+0300");
        assert_eq!(offset(-(4 * 3600 + 30 * 60)), "-0430");
        assert_eq!(offset(9017), "+023017");
        assert_eq!(offset(0), "+0000");
        assert_eq!(short_offset(7 * 3600), "+07");
        assert_eq!(short_offset(5 * 3600 + 1800), "+0530");
    }
}
