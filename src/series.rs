//! A series of sessions: the disk reads of the earlier sessions beside a file. Returns data
//! and problems; prints nothing.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use toml_edit::{Item, TableLike, Value};

use crate::session::file as session_file;
use crate::session::model::Session;

/// An earlier session of the series, read and checked.
#[derive(Debug)]
pub struct Sibling {
    pub path: PathBuf,
    pub session: Session,
}

/// Something wrong with a file beside the session, for the command to mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A file that may be an earlier session of the series does not parse as TOML.
    NotToml { path: PathBuf },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotToml { path } => {
                let file =
                    crate::render::terminal_text::inline(&path.display().to_string()).into_owned();
                f.write_str(&crate::tr!("series-not-toml", file = file))
            }
        }
    }
}

/// The earlier sessions of a series, in date order, and what could not be read.
#[derive(Debug, Default)]
pub struct Earlier {
    pub sessions: Vec<Sibling>,
    pub problems: Vec<Problem>,
}

impl Earlier {
    /// The sessions alone, in date order.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.sessions.iter().map(|s| &s.session)
    }
}

/// What makes two sessions part of one series: the series name and the organisation, both
/// trimmed, an empty text counting as none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SeriesKey<'a> {
    series: Option<&'a str>,
    organization: Option<&'a str>,
}

fn normal(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

impl<'a> SeriesKey<'a> {
    fn of(session: &'a Session) -> Self {
        let info = &session.info;
        Self {
            series: normal(info.series.as_ref().map(|s| s.value.as_str())),
            organization: normal(info.organization.as_ref().map(|s| s.value.as_str())),
        }
    }
}

/// The sessions of `session`'s series (same series name, same organisation) found in the
/// same folder as `path` that start before it, in date order. Files that are not session
/// files, or belong to another series or a later date, are passed over: their `[session]`
/// table is read alone first, and only the files it cannot rule out are checked in full. A
/// file checked in full that is not TOML comes back as a problem.
pub fn earlier_sessions(path: &Path, session: &Session) -> Earlier {
    let key = SeriesKey::of(session);
    let mut earlier = Earlier::default();
    if key.series.is_none() {
        return earlier;
    }
    let Some(first) = session.info.dates.first().map(|d| d.value) else {
        return earlier;
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return earlier;
    };
    let me = std::fs::canonicalize(path).ok();
    let mut found: Vec<(NaiveDate, Sibling)> = Vec::new();
    for entry in entries.flatten() {
        let other = entry.path();
        if other.extension().and_then(|e| e.to_str()) != Some("toml") || !other.is_file() {
            continue;
        }
        // The file itself is no sibling: known by its path before it is read again.
        if me.is_some() && std::fs::canonicalize(&other).ok() == me {
            continue;
        }
        let Ok(text) = session_file::read_text(&other) else {
            continue;
        };
        if header_verdict(&text, key, first) == Verdict::Skip {
            continue;
        }
        let checked = match session_file::check_text(&other.display().to_string(), text) {
            Ok(checked) => checked,
            Err(_) => {
                earlier.problems.push(Problem::NotToml { path: other });
                continue;
            }
        };
        let date = checked.session.info.dates.first().map(|d| d.value);
        if let (true, Some(date)) = (SeriesKey::of(&checked.session) == key, date)
            && date < first
        {
            found.push((
                date,
                Sibling {
                    path: other,
                    session: checked.session,
                },
            ));
        }
    }
    found.sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
    earlier.sessions = found.into_iter().map(|(_, s)| s).collect();
    earlier
}

/// What a file's `[session]` table says about it, read alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Surely another series, another organisation, or not earlier: no need to check it.
    Skip,
    /// Maybe an earlier session of the series: check it in full.
    Load,
}

/// How many cuts before table headers [`header_verdict`] tries before it gives up.
const HEADER_TRIES: usize = 4;

/// Reads the `[session]` table of `text` without parsing the rest: the text up to a table
/// header after it parses on its own. Lines starting with `[` are the candidates for the
/// cut; one inside a multi-line string or array leaves that text unparseable (an unclosed
/// value), so a cut that parses is at a real header and the table before it is whole.
/// Anything unclear — no such cut, no `[session]` in it, a value of an unexpected type —
/// means [`Verdict::Load`], and the full check decides.
fn header_verdict(text: &str, key: SeriesKey<'_>, first: NaiveDate) -> Verdict {
    let starts = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| text[i..].trim_start_matches([' ', '\t']).starts_with('['));
    // The first candidate is kept: the header that opens the table, not a cut after it.
    let ends = starts.skip(1).chain(std::iter::once(text.len()));
    for end in ends.take(HEADER_TRIES) {
        let Ok(doc) = toml_edit::Document::parse(&text[..end]) else {
            continue;
        };
        let Some(table) = doc.as_table().get("session").and_then(Item::as_table_like) else {
            if end == text.len() {
                break;
            }
            continue;
        };
        return verdict_of(table, key, first);
    }
    Verdict::Load
}

/// A value read from the header: known (present or not), or of a type the full check will
/// have to judge.
enum Known<T> {
    Is(Option<T>),
    Unsure,
}

fn text_of<'t>(table: &'t dyn TableLike, name: &str) -> Known<&'t str> {
    match table.get(name) {
        None => Known::Is(None),
        Some(item) => match item.as_str() {
            Some(s) => Known::Is(normal(Some(s))),
            None => Known::Unsure,
        },
    }
}

/// A TOML local date (what `dates` holds in a well-written file); anything else is unsure.
fn local_date(value: &Value) -> Option<NaiveDate> {
    let Value::Datetime(dt) = value else {
        return None;
    };
    let dt = dt.value();
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => {
            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
        }
        _ => None,
    }
}

/// The first day of the session the way the full check reads it, when it is sure.
fn first_date(table: &dyn TableLike) -> Known<NaiveDate> {
    let Some(item) = table.get("dates") else {
        return Known::Is(None);
    };
    let value = match item.as_array() {
        Some(array) => match array.get(0) {
            None => return Known::Is(None),
            Some(value) => value,
        },
        None => match item.as_value() {
            Some(value) => value,
            None => return Known::Unsure,
        },
    };
    local_date(value).map_or(Known::Unsure, |d| Known::Is(Some(d)))
}

fn verdict_of(table: &dyn TableLike, key: SeriesKey<'_>, first: NaiveDate) -> Verdict {
    if let Known::Is(series) = text_of(table, "series")
        && series != key.series
    {
        return Verdict::Skip;
    }
    if let Known::Is(organization) = text_of(table, "organization")
        && organization != key.organization
    {
        return Verdict::Skip;
    }
    match first_date(table) {
        Known::Is(None) => Verdict::Skip,
        Known::Is(Some(date)) if date >= first => Verdict::Skip,
        _ => Verdict::Load,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERIES: SeriesKey<'static> = SeriesKey {
        series: Some("С"),
        organization: None,
    };

    fn verdict(text: &str) -> Verdict {
        let first = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date");
        header_verdict(text, SERIES, first)
    }

    #[test]
    fn other_series_organisations_and_later_dates_are_skipped() {
        let tail = "\n[[participants]]\nname = \"А\"\n";
        let skip = [
            "[session]\nseries = \"Другая\"\ndates = [2026-01-01]",
            "[session]\nseries = \"С\"\norganization = \"ДОУ\"\ndates = [2026-01-01]",
            "[session]\nseries = \"С\"\ndates = [2026-12-03]",
            "[session]\nseries = \"С\"\ndates = []",
            "[session]\nseries = \"С\"",
            "[session]\ndates = [2026-01-01]",
            "schema = 1\n# [x]\n  [ session ]  # c\nseries = \" С \"\ndates = 2027-01-01",
        ];
        for head in skip {
            assert_eq!(verdict(&format!("{head}{tail}")), Verdict::Skip, "{head}");
        }
    }

    #[test]
    fn earlier_sessions_and_anything_unclear_are_loaded() {
        let load = [
            "[session]\nseries = \"С\"\ndates = [2026-01-01]\n[[participants]]\nname = \"А\"\n",
            // A line with a bracket inside a multi-line string is no cut.
            "[session]\nseries = \"С\"\ngoal = \"\"\"\n[x]\n\"\"\"\ndates = [2026-01-01]\n[y]\n",
            // Dates as strings, a table first, no TOML at all: the full check decides.
            "[session]\nseries = \"С\"\ndates = [\"2027-01-01\"]\n",
            "[[participants]]\nname = \"А\"\n[a]\n[b]\n[c]\n[d]\n[session]\nseries = \"Другая\"\n",
            "[session\nseries = \"Другая\"\n",
            "[session]\nseries = 5\ndates = [2026-01-01]\n",
        ];
        for text in load {
            assert_eq!(verdict(text), Verdict::Load, "{text}");
        }
    }

    #[test]
    fn a_session_table_written_after_other_tables_is_still_read() {
        let text = "[[participants]]\nname = \"А\"\n[session]\nseries = \"Другая\"\n[x]\n";
        assert_eq!(verdict(text), Verdict::Skip);
    }
}
