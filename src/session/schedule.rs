//! Schedule: resolves every activity's day, zone, start and end, and finds clashes in n log n.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Timelike};

use crate::session::diagnostic::Diagnostic;
use crate::session::model::{Language, Session};
use crate::session::roster::Roster;
use crate::session::zones::{self, Zone};

/// Minutes since midnight; 1440 is the midnight that ends a day.
pub type Minutes = u32;

pub const MIDNIGHT: Minutes = 24 * 60;

/// One activity placed in time.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// Index into `session.activities`.
    pub activity: usize,
    /// 0-based index into `session.info.dates`.
    pub day: usize,
    pub start: Minutes,
    pub end: Minutes,
    /// Index into `Schedule::zones`; `None` for a plenary activity (all zones).
    pub zone: Option<usize>,
}

/// One day of the programme.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    /// Slots of this day, ordered by start, then zone order, then file order.
    pub slots: Vec<Slot>,
}

/// The resolved programme of a session.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub zones: Vec<Zone>,
    pub days: Vec<Day>,
}

impl Schedule {
    pub fn slots(&self) -> impl Iterator<Item = &Slot> {
        self.days.iter().flat_map(|d| d.slots.iter())
    }
}

pub fn format_minutes(m: Minutes) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Resolves times and checks the time rules: day in range, known zone, exactly one of
/// `duration`/`end`, no end before start or after midnight, no clash in a zone or for a
/// moderator. Activities with errors are left out of the schedule.
pub fn build(session: &Session, language: Language) -> (Schedule, Vec<Diagnostic>) {
    let zones = zones::resolve(session, language);
    let zone_index = zones::Index::new(session, &zones);
    let mut diags = Vec::new();
    let mut suggest = crate::session::diagnostic::Suggester::default();
    let day_count = session.info.dates.len();
    let day_start = minutes_of(session.info.day_start());

    // Running "latest end" per (day, zone), per day for plenary items, per day overall.
    let mut zone_end: HashMap<(usize, usize), Minutes> = HashMap::new();
    let mut plenary_end: HashMap<usize, Minutes> = HashMap::new();
    let mut any_end: HashMap<usize, Minutes> = HashMap::new();
    let mut days: Vec<Day> = session
        .info
        .dates
        .iter()
        .map(|d| Day {
            date: d.value,
            slots: Vec::new(),
        })
        .collect();

    for (index, activity) in session.activities.iter().enumerate() {
        // A time or place that could not be read is already reported; guessing it would only
        // add false clashes.
        if ["day", "zone", "start", "duration", "end"]
            .iter()
            .any(|key| activity.is_unreadable(key))
        {
            continue;
        }
        let mut ok = true;
        let day_number = activity.day();
        let day = match usize::try_from(day_number) {
            Ok(d) if d >= 1 && d <= day_count => Some(d - 1),
            _ => {
                if day_count > 0 {
                    let span = activity
                        .day
                        .as_ref()
                        .map_or(activity.span.clone(), |d| d.span.clone());
                    diags.push(
                        Diagnostic::error(
                            crate::tr!("check-day-outside", day = day_number, days = day_count),
                            span,
                        )
                        .with_hint(crate::tr!("check-day-hint", days = day_count)),
                    );
                }
                None
            }
        };
        let zone = match &activity.zone {
            None => None,
            Some(z) => match zone_index.get(z.value.as_str()) {
                Some(i) => Some(i),
                None => {
                    let close = suggest
                        .did_you_mean(&z.value, zones.iter().map(|z| z.id.as_str()))
                        .or_else(|| {
                            // A zone's name for its id: suggest the id it belongs to.
                            let name = suggest
                                .did_you_mean(&z.value, zones.iter().map(|z| z.name.as_str()))?;
                            zones.iter().find(|z| z.name == name).map(|z| z.id.as_str())
                        });
                    let hint = match close {
                        Some(close) => crate::tr!("check-did-you-mean", value = close),
                        None => crate::tr!(
                            "check-unknown-zone-hint",
                            zones = known_zones(&zones),
                            id = crate::session::habits::latin_id(&z.value),
                            name = z.value.clone()
                        ),
                    };
                    diags.push(
                        Diagnostic::error(
                            crate::tr!("check-unknown-zone", zone = z.value.clone()),
                            z.span.clone(),
                        )
                        .with_hint(hint),
                    );
                    ok = false;
                    None
                }
            },
        };
        let Some(day) = day else { continue };
        if !ok {
            continue;
        }
        let start = match &activity.start {
            Some(s) => minutes_of(s.value),
            None => {
                let latest = match zone {
                    Some(z) => zone_end
                        .get(&(day, z))
                        .copied()
                        .max(plenary_end.get(&day).copied()),
                    None => any_end.get(&day).copied(),
                };
                latest.unwrap_or(day_start)
            }
        };
        let end = match (&activity.duration, &activity.end) {
            (Some(_), Some(end)) => {
                diags.push(
                    Diagnostic::error(crate::tr!("check-duration-and-end"), end.span.clone())
                        .with_hint(crate::tr!("check-duration-and-end-hint")),
                );
                continue;
            }
            (None, None) => {
                diags.push(
                    Diagnostic::error(
                        crate::tr!("check-no-duration", title = activity.title()),
                        activity.span.clone(),
                    )
                    .with_hint(crate::tr!("check-no-duration-hint")),
                );
                continue;
            }
            (Some(duration), None) => {
                if duration.value <= 0 {
                    diags.push(
                        Diagnostic::error(crate::tr!("check-duration"), duration.span.clone())
                            .with_hint(crate::tr!("check-duration-hint")),
                    );
                    continue;
                }
                let end = i64::from(start).saturating_add(duration.value);
                if end > i64::from(MIDNIGHT) {
                    diags.push(
                        Diagnostic::error(
                            crate::tr!(
                                "check-past-midnight",
                                title = activity.title(),
                                start = format_minutes(start)
                            ),
                            duration.span.clone(),
                        )
                        .with_hint(crate::tr!("check-past-midnight-hint")),
                    );
                    continue;
                }
                Minutes::try_from(end).unwrap_or(MIDNIGHT)
            }
            (None, Some(end)) => {
                let end_m = minutes_of(end.value);
                if end_m <= start {
                    diags.push(
                        Diagnostic::error(
                            crate::tr!(
                                "check-end-before-start",
                                title = activity.title(),
                                end = format_minutes(end_m),
                                start = format_minutes(start)
                            ),
                            end.span.clone(),
                        )
                        .with_hint(if activity.start.is_none() {
                            crate::tr!("check-end-before-start-hint-implicit")
                        } else {
                            crate::tr!("check-end-before-start-hint")
                        }),
                    );
                    continue;
                }
                end_m
            }
        };
        match zone {
            Some(z) => {
                let e = zone_end.entry((day, z)).or_insert(0);
                *e = (*e).max(end);
            }
            None => {
                let e = plenary_end.entry(day).or_insert(0);
                *e = (*e).max(end);
            }
        }
        let e = any_end.entry(day).or_insert(0);
        *e = (*e).max(end);
        days[day].slots.push(Slot {
            activity: index,
            day,
            start,
            end,
            zone,
        });
    }

    for day in &mut days {
        day.slots
            .sort_by_key(|s| (s.start, s.zone.map_or(0, |z| z + 1), s.activity));
    }
    let schedule = Schedule { zones, days };
    clashes(session, &schedule, &mut diags);
    (schedule, diags)
}

/// The zone ids for a hint: the first few, so a file with thousands of zones and thousands
/// of typos does not print every id under every error.
fn known_zones(zones: &[Zone]) -> String {
    const SHOWN: usize = 12;
    let mut ids: Vec<String> = zones
        .iter()
        .take(SHOWN)
        .map(|z| format!("`{}`", z.id))
        .collect();
    if zones.len() > SHOWN {
        ids.push("…".to_string());
    }
    ids.join(", ")
}

fn minutes_of(t: chrono::NaiveTime) -> Minutes {
    t.hour() * 60 + t.minute()
}

/// Reports overlapping pairs within sorted `slots`: each slot against the latest-ending one
/// before it. Slots must be sorted by start.
fn sweep<'a>(slots: impl IntoIterator<Item = &'a Slot>, mut report: impl FnMut(&Slot, &Slot)) {
    let mut latest: Option<&Slot> = None;
    for slot in slots {
        if let Some(prev) = latest {
            if slot.start < prev.end {
                report(prev, slot);
            }
            if slot.end > prev.end {
                latest = Some(slot);
            }
        } else {
            latest = Some(slot);
        }
    }
}

fn clashes(session: &Session, schedule: &Schedule, diags: &mut Vec<Diagnostic>) {
    let title = |i: usize| session.activities[i].title();
    let span = |i: usize| session.activities[i].span.clone();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut report = |a: &Slot, b: &Slot| {
        let (first, second) = if a.activity < b.activity {
            (a, b)
        } else {
            (b, a)
        };
        if !seen.insert((first.activity, second.activity)) {
            return;
        }
        let place = match (first.zone, second.zone) {
            (Some(z), Some(_)) => {
                crate::tr!("check-in-zone", zone = schedule.zones[z].name.clone())
            }
            _ => crate::tr!("check-with-plenary"),
        };
        diags.push(
            Diagnostic::error(
                crate::tr!(
                    "check-overlap",
                    title = title(second.activity),
                    start = format_minutes(second.start),
                    end = format_minutes(second.end),
                    other = title(first.activity),
                    other_start = format_minutes(first.start),
                    other_end = format_minutes(first.end),
                    place = place
                ),
                span(second.activity),
            )
            .with_hint(crate::tr!("check-overlap-hint")),
        );
    };
    for day in &schedule.days {
        // `day.slots` is sorted by start, so both lists are too.
        let plenary: Vec<&Slot> = day.slots.iter().filter(|s| s.zone.is_none()).collect();
        let mut zoned: Vec<&Slot> = day.slots.iter().filter(|s| s.zone.is_some()).collect();
        zoned.sort_by_key(|s| (s.zone, s.start, s.activity));
        sweep(plenary.iter().copied(), &mut report);
        for list in zoned.chunk_by(|a, b| a.zone == b.zone) {
            sweep(list.iter().copied(), &mut report);
        }
        // A plenary activity takes every zone. Against each zone's activity only two
        // plenary ones need a look — the latest-ending of those that started before it,
        // and the first that starts during it — so thousands of zones and thousands of
        // plenary activities stay n log n.
        let mut latest: Vec<usize> = Vec::with_capacity(plenary.len());
        for (i, p) in plenary.iter().enumerate() {
            let best = match latest.last() {
                Some(&b) if plenary[b].end >= p.end => b,
                _ => i,
            };
            latest.push(best);
        }
        for &z in &zoned {
            let started = plenary.partition_point(|p| p.start <= z.start);
            if let Some(&b) = started.checked_sub(1).and_then(|k| latest.get(k))
                && plenary[b].end > z.start
            {
                report(plenary[b], z);
            }
            if let Some(next) = plenary.get(started)
                && next.start < z.end
            {
                report(z, next);
            }
        }
    }

    // A moderator cannot be in two places at once.
    let roster = Roster::new(session);
    // (day, person) → the slots they moderate, each with where the file names them.
    type Mentions<'a> = Vec<(&'a Slot, std::ops::Range<usize>)>;
    let mut by_person: HashMap<(usize, usize), Mentions<'_>> = HashMap::new();
    for slot in schedule.slots() {
        // Each person once per activity, with the span of their first mention.
        let mut people: Vec<(usize, std::ops::Range<usize>)> = session.activities[slot.activity]
            .moderators
            .iter()
            .filter_map(|m| roster.resolve(&m.value).map(|p| (p, m.span.clone())))
            .collect();
        people.sort_by_key(|(p, _)| *p);
        people.dedup_by_key(|(p, _)| *p);
        for (p, mention) in people {
            by_person
                .entry((slot.day, p))
                .or_default()
                .push((slot, mention));
        }
    }
    let mut keys: Vec<(usize, usize)> = by_person.keys().copied().collect();
    keys.sort_unstable();
    for key in keys {
        let mut list = by_person.remove(&key).unwrap_or_default();
        list.sort_by_key(|(s, _)| (s.start, s.activity));
        let mention: HashMap<usize, std::ops::Range<usize>> =
            list.iter().map(|(s, m)| (s.activity, m.clone())).collect();
        let person = session.participants[key.1].name();
        sweep(list.iter().map(|(s, _)| *s), |a, b| {
            let (first, second) = if a.activity < b.activity {
                (a, b)
            } else {
                (b, a)
            };
            let moderator_span = mention
                .get(&second.activity)
                .cloned()
                .unwrap_or_else(|| span(second.activity));
            diags.push(
                Diagnostic::error(
                    crate::tr!(
                        "check-double-booking",
                        person = person,
                        first = title(first.activity),
                        second = title(second.activity)
                    ),
                    moderator_span,
                )
                .with_hint(crate::tr!("check-double-booking-hint")),
            );
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::load::parse;

    fn schedule(body: &str) -> (Schedule, Vec<String>) {
        let text = format!(
            "[session]\ntitle = \"T\"\ndates = [2026-12-03, 2026-12-04]\nday_start = 09:30\n{body}"
        );
        let (session, load_diags) = parse(&text).expect("test input is valid");
        assert!(load_diags.is_empty(), "{load_diags:?}");
        let (s, d) = build(&session, Language::Ru);
        (s, d.into_iter().map(|d| d.message).collect())
    }

    fn times(s: &Schedule, day: usize) -> Vec<(String, String)> {
        s.days[day]
            .slots
            .iter()
            .map(|s| (format_minutes(s.start), format_minutes(s.end)))
            .collect()
    }

    #[test]
    fn defaults_chain_from_day_start_per_zone() {
        let (s, d) = schedule(
            "[[activities]]\ntitle = \"Open\"\nduration = 30\n\
             [[activities]]\ntitle = \"A\"\nzone = \"interactive\"\nduration = 60\n\
             [[activities]]\ntitle = \"B\"\nzone = \"presentation\"\nduration = 45\n\
             [[activities]]\ntitle = \"A2\"\nzone = \"interactive\"\nend = 12:00\n\
             [[activities]]\ntitle = \"Close\"\nduration = 30\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            times(&s, 0),
            [
                ("09:30".into(), "10:00".into()),
                ("10:00".into(), "11:00".into()),
                ("10:00".into(), "10:45".into()),
                ("11:00".into(), "12:00".into()),
                ("12:00".into(), "12:30".into()),
            ]
        );
    }

    #[test]
    fn days_are_independent() {
        let (s, _) = schedule(
            "[[activities]]\ntitle = \"A\"\nduration = 60\n\
             [[activities]]\ntitle = \"B\"\nday = 2\nduration = 60\n",
        );
        assert_eq!(times(&s, 1), [("09:30".into(), "10:30".into())]);
    }

    #[test]
    fn plenary_overlaps_every_zone() {
        let (_, d) = schedule(
            "[[activities]]\ntitle = \"A\"\nzone = \"media-hub\"\nstart = 10:00\nduration = 60\n\
             [[activities]]\ntitle = \"P\"\nstart = 10:30\nduration = 30\n",
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].contains("с общим мероприятием"), "{d:?}");
    }

    #[test]
    fn parallel_zones_do_not_clash_but_one_zone_does() {
        let (_, d) = schedule(
            "[[activities]]\ntitle = \"A\"\nzone = \"interactive\"\nstart = 10:00\nduration = 60\n\
             [[activities]]\ntitle = \"B\"\nzone = \"presentation\"\nstart = 10:00\nduration = 60\n\
             [[activities]]\ntitle = \"C\"\nzone = \"interactive\"\nstart = 10:59\nduration = 10\n",
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].contains("«C»"), "{d:?}");
    }

    #[test]
    fn back_to_back_is_not_an_overlap() {
        let (_, d) = schedule(
            "[[activities]]\ntitle = \"A\"\nzone = \"interactive\"\nstart = 10:00\nend = 11:00\n\
             [[activities]]\ntitle = \"B\"\nzone = \"interactive\"\nstart = 11:00\nend = 12:00\n",
        );
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn midnight_and_reversed_times() {
        let (_, d) = schedule(
            "[[activities]]\ntitle = \"Late\"\nstart = 23:30\nduration = 45\n\
             [[activities]]\ntitle = \"Back\"\nzone = \"interactive\"\nstart = 12:00\nend = 11:00\n\
             [[activities]]\ntitle = \"Exactly\"\nzone = \"presentation\"\nstart = 23:00\nduration = 60\n",
        );
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[0].contains("после полуночи"), "{d:?}");
        assert!(d[1].contains("заканчивается в 11:00"), "{d:?}");
    }

    #[test]
    fn moderator_double_booking() {
        let (_, d) = schedule(
            "[[participants]]\nname = \"Иванова Анна\"\nid = \"ivanova\"\n\
             [[activities]]\ntitle = \"A\"\nzone = \"interactive\"\nstart = 10:00\nduration = 60\nmoderators = [\"ivanova\"]\n\
             [[activities]]\ntitle = \"B\"\nzone = \"presentation\"\nstart = 10:30\nduration = 60\nmoderators = [\"Иванова Анна\"]\n",
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].starts_with("Иванова Анна ведёт"), "{d:?}");
    }

    #[test]
    fn both_or_neither_duration_and_end() {
        let (_, d) = schedule(
            "[[activities]]\ntitle = \"A\"\nduration = 60\nend = 11:00\n\
             [[activities]]\ntitle = \"B\"\n",
        );
        assert_eq!(d.len(), 2, "{d:?}");
    }
}
