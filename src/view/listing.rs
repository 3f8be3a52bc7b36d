//! The listing of a folder of sessions (`cowork list`): one row per file, with its state.

use chrono::NaiveDate;
use serde::Serialize;

use crate::session::model::{Language, Session};

/// Where a session stands. JSON says it as the variant's name (`"stale"` for
/// [`Status::Stale`]); people read it through Fluent ([`Status::name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Still ahead: its first day is after today and nothing is recorded yet. A session
    /// ahead is planned even when a copy of it was archived (`archive --planned`).
    Planned,
    /// Its first day has come, or attendance or feedback is recorded; not archived.
    Held,
    /// Held, and the archive's copy of it is the file as it is now.
    Archived,
    /// Held and archived, but the file changed since: `cowork archive` again brings the
    /// archive up to date.
    Stale,
    /// The file has errors (`cowork check` tells which).
    Invalid,
}

impl Status {
    /// Where a valid session stands on `today`: `archived` says whether a folder of the
    /// archive holds it, and `Some(true)` when its copy there is the file as it is now.
    pub fn of(held: bool, archived: Option<bool>) -> Self {
        match (held, archived) {
            (false, _) => Self::Planned,
            (true, None) => Self::Held,
            (true, Some(true)) => Self::Archived,
            (true, Some(false)) => Self::Stale,
        }
    }

    /// The status in words of `language`; `errors`: how many the file has, for
    /// [`Status::Invalid`].
    pub fn name(self, language: Language, errors: usize) -> String {
        match self {
            Self::Planned => crate::tr_in!(language, "table-list-status-planned"),
            Self::Held => crate::tr_in!(language, "table-list-status-held"),
            Self::Archived => crate::tr_in!(language, "table-list-status-archived"),
            Self::Stale => crate::tr_in!(language, "table-list-status-stale"),
            Self::Invalid => crate::tr_in!(language, "table-list-invalid", errors = errors),
        }
    }
}

/// Whether a session has taken place by `today`: its first day has come, or something
/// only a held session has is recorded (attendance, feedback). What `list` calls held
/// and what `archive` of a folder takes without `--planned`.
pub fn is_held(session: &Session, today: NaiveDate) -> bool {
    session.info.dates.first().is_some_and(|d| d.value <= today)
        || !session.attendance.is_empty()
        || !session.feedback.is_empty()
}

/// One session file, as listed.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub file: String,
    /// ISO dates.
    pub dates: Vec<String>,
    pub title: Option<String>,
    pub series: Option<String>,
    pub status: Status,
    pub participants: usize,
    pub activities: usize,
    pub pluses: usize,
    pub minuses: usize,
    pub interesting: usize,
    pub errors: usize,
    pub warnings: usize,
    /// The first date, for sorting.
    #[serde(skip)]
    pub first: Option<NaiveDate>,
    /// Every date, for the table.
    #[serde(skip)]
    pub all_dates: Vec<NaiveDate>,
}
