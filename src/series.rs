//! A series of sessions: the earlier sessions next to a file, and the decisions still open.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::lang;
use crate::session::file as session_file;
use crate::session::model::{Decision, Language, Session};
use crate::view::labels::LabelTable;
use crate::view::people::People;

/// The words of the carried-over decisions section, shared by the agenda and the report.
pub const LABELS: &LabelTable = &[
    (
        "carried_over",
        "Контроль исполнения решений предыдущих коворкингов",
        "Open decisions from earlier sessions",
    ),
    ("session", "Коворкинг", "Session"),
    ("decision", "Решение", "Decision"),
    ("owner", "Ответственный", "Owner"),
    ("due", "Срок", "Due"),
];

/// A decision not yet done, with the session it was taken at.
#[derive(Debug, Clone, Serialize)]
pub struct OpenDecision {
    /// The session's theme as written, and in quotes.
    pub session_title: String,
    pub session_title_quoted: String,
    /// The session's first day: ISO, and in words.
    pub session_date: String,
    pub session_date_text: String,
    #[serde(flatten)]
    pub decision: DecisionText,
}

/// What a decision says, ready to print: shared by the report and the carried-over lists.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionText {
    pub text: String,
    /// The owner as written, or their role when the document is anonymized.
    pub owner: Option<String>,
    /// ISO, and in words of the document language.
    pub due: Option<String>,
    pub due_text: Option<String>,
}

impl DecisionText {
    pub fn new(decision: &Decision, people: &People<'_>, lang: Language) -> Self {
        Self {
            text: people.text(decision.text.as_ref().map_or("", |t| t.value.as_str())),
            owner: decision
                .owner
                .as_ref()
                .map(|o| people.owner(&o.value))
                .filter(|o| !o.is_empty()),
            due: decision
                .due
                .as_ref()
                .map(|d| d.value.format("%Y-%m-%d").to_string()),
            due_text: decision.due.as_ref().map(|d| lang::date(lang, d.value)),
        }
    }
}

/// The open decisions (`done = false`) of one session, in file order, dates in `lang`.
pub fn open_decisions(session: &Session, people: &People<'_>, lang: Language) -> Vec<OpenDecision> {
    let first = session.info.dates.first().map(|d| d.value);
    session
        .decisions
        .iter()
        .filter(|d| !d.done)
        .map(|d| OpenDecision {
            session_title: people.text(session.info.title()),
            session_title_quoted: lang::quote(lang, &people.text(session.info.title())),
            session_date: first.map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string()),
            session_date_text: first.map_or_else(String::new, |d| lang::date(lang, d)),
            decision: DecisionText::new(d, people, lang),
        })
        .collect()
}

/// The sessions of `session`'s series found in the same folder as `path` that start before
/// it, in date order. Files that are not session files, or belong to another series, are
/// passed over; a file that cannot be read as TOML is mentioned on stderr.
pub fn earlier_sessions(path: &Path, session: &Session) -> Vec<(PathBuf, Session)> {
    let Some(series) = session
        .info
        .series
        .as_ref()
        .map(|s| s.value.trim())
        .filter(|s| !s.is_empty())
    else {
        return Vec::new();
    };
    let Some(first) = session.info.dates.first().map(|d| d.value) else {
        return Vec::new();
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let me = std::fs::canonicalize(path).ok();
    let mut found: Vec<(NaiveDate, PathBuf, Session)> = Vec::new();
    for entry in entries.flatten() {
        let other = entry.path();
        if other.extension().and_then(|e| e.to_str()) != Some("toml") || !other.is_file() {
            continue;
        }
        if me.is_some() && std::fs::canonicalize(&other).ok() == me {
            continue;
        }
        let Ok(text) = session_file::read_text(&other) else {
            continue;
        };
        let checked = match session_file::check_text(&other.display().to_string(), text) {
            Ok(checked) => checked,
            Err(_) => {
                eprintln!(
                    "warning: {} is not valid TOML; its decisions are not carried over (`cowork check {}`)",
                    other.display(),
                    other.display()
                );
                continue;
            }
        };
        let same_series = checked
            .session
            .info
            .series
            .as_ref()
            .is_some_and(|s| s.value.trim() == series);
        let date = checked.session.info.dates.first().map(|d| d.value);
        if let (true, Some(date)) = (same_series, date)
            && date < first
        {
            found.push((date, other, checked.session));
        }
    }
    found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    found.into_iter().map(|(_, p, s)| (p, s)).collect()
}

/// The open decisions of the earlier sessions of the series: what the agenda and the report
/// carry over. With `anonymous`, names are taken out with each session's own roster; the
/// anonymized report then scrubs every string of its view, these too, with the current one's.
pub fn carried_over(path: &Path, session: &Session, anonymous: bool) -> Vec<OpenDecision> {
    let mut out = Vec::new();
    for (_, earlier) in earlier_sessions(path, session) {
        let people = People::new(&earlier, anonymous);
        out.extend(open_decisions(&earlier, &people, session.info.language));
    }
    out
}
