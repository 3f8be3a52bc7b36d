//! The listing of a folder of sessions (`cowork list`): one row per file, with its state.

use chrono::NaiveDate;
use serde::Serialize;

use crate::session::model::Language;

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Nothing recorded after it yet.
    Planned,
    /// Attendance or feedback is recorded.
    Held,
    /// Its folder exists in the archive.
    Archived,
    /// The file has errors (`cowork check` tells which).
    Invalid,
}

impl Status {
    /// The status in words of the interface language.
    pub fn name(self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Planned, Language::Ru) => "запланирован",
            (Self::Held, Language::Ru) => "проведён",
            (Self::Archived, Language::Ru) => "в архиве",
            (Self::Invalid, Language::Ru) => "с ошибками",
            (Self::Planned, Language::En) => "planned",
            (Self::Held, Language::En) => "held",
            (Self::Archived, Language::En) => "archived",
            (Self::Invalid, Language::En) => "invalid",
        }
    }
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
