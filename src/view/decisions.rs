//! Open decisions, as the agenda, the report and the series summary print them.

use serde::Serialize;

use crate::i18n::lang;
use crate::session::model::{Decision, Language, Session};
use crate::view::labels::LabelTable;
use crate::view::people::People;

/// The words of the carried-over decisions section, shared by the agenda and the report.
pub const LABELS: &LabelTable = &[
    ("carried_over", "doc-decisions-carried_over"),
    ("session", "doc-decisions-session"),
    ("decision", "doc-decisions-decision"),
    ("owner", "doc-decisions-owner"),
    ("due", "doc-decisions-due"),
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

/// The open decisions of the earlier sessions of a series (from
/// [`crate::series::earlier_sessions`], in date order), dates in `lang`: what the agenda and
/// the report carry over. With `anonymous`, names are taken out with each session's own
/// roster; the anonymized report then scrubs every string of its view, these too, with the
/// current one's.
pub fn carried_over<'a>(
    earlier: impl IntoIterator<Item = &'a Session>,
    lang: Language,
    anonymous: bool,
) -> Vec<OpenDecision> {
    let mut out = Vec::new();
    for session in earlier {
        let people = People::new(session, anonymous);
        out.extend(open_decisions(session, &people, lang));
    }
    out
}
