//! View: plain, serializable data models of the documents, with every text ready to print.

pub mod agenda;
pub mod attendance;
pub mod calendar;
pub mod certificates;
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
use crate::session::model::{Language, Session, Signatory};

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
    /// The label before the dates: «Дата проведения» for one day, «Сроки проведения» for
    /// more ("Date" / "Dates").
    pub dates_label: String,
    /// `[session] hours`: the volume of the programme in hours (printed on certificates).
    pub hours: Option<i64>,
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
            dates_label: if dates.len() == 1 {
                crate::view::labels::word(lang, "doc-date-one").to_string()
            } else {
                crate::view::labels::word(lang, "doc-dates").to_string()
            },
            hours: info.hours.as_ref().map(|h| h.value).filter(|&h| h > 0),
        }
    }
}

/// A signature block as printed: «УТВЕРЖДАЮ» (`[approval]`) or «СОГЛАСОВАНО» (`[agreed]`).
#[derive(Debug, Clone, Serialize)]
pub struct SignatoryView {
    /// e.g. «Директор МБУДО «ДДТ»».
    pub position: String,
    /// e.g. «П. П. Петров».
    pub name: String,
    /// The date as documents print dates: «20 ноября 2026 г.», "20 November 2026".
    pub date: Option<String>,
    /// The same date in ISO form, "2026-11-20".
    pub date_iso: Option<String>,
    /// e.g. «Приказ № 45 от 20.11.2026».
    pub order: Option<String>,
}

impl SignatoryView {
    pub fn new(block: &Signatory, language: Language) -> Self {
        let text = |s: &Option<crate::session::model::Sp<String>>| {
            s.as_ref()
                .map(|v| v.value.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let date = block.date.as_ref().map(|d| d.value);
        Self {
            position: text(&block.position).unwrap_or_default(),
            name: text(&block.name).unwrap_or_default(),
            date: date.map(|d| lang::date(language, d)),
            date_iso: date.map(|d| d.format("%Y-%m-%d").to_string()),
            order: text(&block.order),
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
