//! Open decisions, as the agenda, the report and the series summary print them.

use chrono::NaiveDate;
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
    OVERDUE,
    ("still_open", "doc-decisions-still_open"),
];

/// The word a decision past its due date is marked with: «просрочено», "overdue".
pub const OVERDUE: (&str, &str) = ("overdue", "doc-decisions-overdue");

/// Whether a decision is past its due date on `as_of`: not done, and due before that day.
pub fn is_overdue(decision: &Decision, as_of: NaiveDate) -> bool {
    !decision.done && decision.due.as_ref().is_some_and(|due| due.value < as_of)
}

/// The day the plan of `session` tells overdue decisions by: today, or the session's first
/// day once it has come — the plan speaks of the session, so made again later (for the
/// archive) it says what it said then.
pub fn plan_as_of(session: &Session, today: NaiveDate) -> NaiveDate {
    session
        .info
        .dates
        .first()
        .map_or(today, |first| first.value.min(today))
}

/// A due date with its mark when it has passed: «20 января 2027 г. — просрочено» (a
/// no-break space before the dash), for
/// the renderers that print it in one cell (terminal tables, Word).
pub fn due_marked(decision: &OpenDecision, overdue: &str) -> String {
    let due = decision.decision.due_text.as_deref().unwrap_or_default();
    match (decision.overdue, due.is_empty()) {
        (false, _) => due.to_string(),
        (true, true) => overdue.to_string(),
        (true, false) => format!("{due}\u{a0}— {overdue}"),
    }
}

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
    /// Past its due date on the day the document speaks of (see [`is_overdue`]).
    pub overdue: bool,
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

/// The open decisions (`done = false`) of one session, in file order, dates in `lang`;
/// those due before `as_of` marked overdue.
pub fn open_decisions(
    session: &Session,
    people: &People<'_>,
    lang: Language,
    as_of: NaiveDate,
) -> Vec<OpenDecision> {
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
            overdue: is_overdue(d, as_of),
        })
        .collect()
}

/// The open decisions of the earlier sessions of a series (from
/// [`crate::series::earlier_sessions`], in date order), dates in `lang`, those due before
/// `as_of` marked overdue: what the agenda and the report carry over. With `anonymous`,
/// names are taken out with each session's own roster; the anonymized report then scrubs
/// every string of its view, these too, with the current one's.
pub fn carried_over<'a>(
    earlier: impl IntoIterator<Item = &'a Session>,
    lang: Language,
    anonymous: bool,
    as_of: NaiveDate,
) -> Vec<OpenDecision> {
    let mut out = Vec::new();
    for session in earlier {
        let people = People::new(session, anonymous);
        out.extend(open_decisions(session, &people, lang, as_of));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::model::Sp;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
    }

    #[test]
    fn a_decision_is_overdue_only_after_its_due_day_and_while_open() {
        let mut decision = Decision {
            span: 0..0,
            text: None,
            owner: None,
            due: Some(Sp::new(day("2027-01-20"), 0..0)),
            done: false,
        };
        assert!(!is_overdue(&decision, day("2027-01-20")));
        assert!(is_overdue(&decision, day("2027-01-21")));
        decision.done = true;
        assert!(!is_overdue(&decision, day("2027-01-21")));
        decision.done = false;
        decision.due = None;
        assert!(!is_overdue(&decision, day("2030-01-01")));
    }
}
