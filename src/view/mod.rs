//! View: plain, serializable data models of the documents, with every text ready to print.

pub mod agenda;
pub mod attendance;
pub mod calendar;
pub mod decisions;
pub mod door;
pub mod grouping;
pub mod groups;
pub mod labels;
pub mod people;
pub mod report;
pub mod scrub;
pub mod summary;

use serde::Serialize;

use crate::i18n::lang;
use crate::session::model::Session;

/// The header every document shares: who, what, when, where, why.
#[derive(Debug, Clone, Serialize)]
pub struct Header {
    pub language: &'static str,
    pub organization: Option<String>,
    /// The theme as written.
    pub title: String,
    /// The theme in typographic quotes.
    pub title_quoted: String,
    pub goal: Option<String>,
    pub tasks: Vec<String>,
    pub venue: Option<String>,
    pub organizer: Option<String>,
    pub audience: Option<String>,
    pub series: Option<String>,
    /// ISO dates, e.g. "2026-12-03".
    pub dates: Vec<String>,
    /// The dates in one phrase of the document language, e.g. «3–4 декабря 2026 г.».
    pub dates_text: String,
}

impl Header {
    pub fn new(session: &Session) -> Self {
        let info = &session.info;
        let lang = info.language;
        let text = |s: &Option<crate::session::model::Sp<String>>| {
            s.as_ref()
                .map(|v| v.value.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let dates: Vec<chrono::NaiveDate> = info.dates.iter().map(|d| d.value).collect();
        Self {
            language: lang.code(),
            organization: text(&info.organization),
            title: info.title().trim().to_string(),
            title_quoted: lang::quote(lang, info.title()),
            goal: text(&info.goal),
            tasks: info
                .tasks
                .iter()
                .map(|t| t.value.trim().to_string())
                .collect(),
            venue: text(&info.venue),
            organizer: text(&info.organizer),
            audience: text(&info.audience),
            series: text(&info.series),
            dates: dates
                .iter()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .collect(),
            dates_text: lang::dates(lang, &dates),
        }
    }
}

/// A link from the session file, kept only when it is a web address (never `javascript:`).
pub fn web_link(text: &str) -> Option<String> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| t.to_string())
}
pub mod listing;
