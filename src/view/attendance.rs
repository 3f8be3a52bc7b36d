//! The sign-in sheet view: one sheet per day, participants in Russian alphabetical order.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::i18n::collate;
use crate::i18n::lang;
use crate::session::model::Session;
use crate::session::roster::Roster;
use crate::session::schedule::Schedule;
use crate::view::Header;
use crate::view::labels::{LabelTable, labels_with};

/// The sheet's own words: key, Russian, English.
pub(crate) const OWN_LABELS: &LabelTable = &[
    ("attendance_title", "doc-attendance-attendance_title"),
    ("date", "doc-attendance-date"),
    ("number", "doc-attendance-number"),
    ("full_name", "doc-attendance-full_name"),
    ("position", "doc-attendance-position"),
    ("organization", "doc-attendance-organization"),
    ("signature", "doc-attendance-signature"),
    ("mark", "doc-attendance-mark"),
    ("present", "doc-attendance-present"),
    ("absent", "doc-attendance-absent"),
    ("excused", "doc-attendance-excused"),
    ("registered_total", "doc-attendance-registered_total"),
    ("present_total", "doc-attendance-present_total"),
    ("absent_total", "doc-attendance-absent_total"),
    ("excused_total", "doc-attendance-excused_total"),
    ("guests_total", "doc-attendance-guests_total"),
    ("of", "doc-attendance-of"),
    ("no_participants", "doc-attendance-no_participants"),
];

#[derive(Debug, Clone, Serialize)]
pub struct AttendanceView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    pub days: Vec<SheetView>,
}

/// One day's sheet.
#[derive(Debug, Clone, Serialize)]
pub struct SheetView {
    pub number: usize,
    /// ISO date, e.g. "2026-12-03".
    pub date: String,
    pub date_text: String,
    pub weekday: &'static str,
    /// Whether the session file records who came this day.
    pub recorded: bool,
    pub rows: Vec<SheetRow>,
    /// Numbers of the empty rows for walk-ins, continuing the participants' numbering.
    pub blank_rows: Vec<usize>,
    pub registered: usize,
    pub present: usize,
    pub absent: usize,
    pub excused: usize,
    pub guests: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SheetRow {
    pub number: usize,
    pub name: String,
    pub id: Option<String>,
    pub position: Option<String>,
    /// The participant's organization, else the session's.
    pub organization: Option<String>,
    /// "present", "absent" or "excused" once attendance is recorded.
    pub status: Option<&'static str>,
    /// The status in the document language.
    pub status_text: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Present,
    Absent,
    Excused,
}

impl Status {
    fn id(self) -> &'static str {
        match self {
            Self::Present => "present",
            Self::Absent => "absent",
            Self::Excused => "excused",
        }
    }
}

/// Builds the sheets of a valid session; `day` (1-based) keeps only that day.
pub fn build(
    session: &Session,
    schedule: &Schedule,
    day: Option<usize>,
    blank_rows: usize,
) -> AttendanceView {
    let lang = session.info.language;
    let labels = labels_with(lang, OWN_LABELS);
    let roster = Roster::new(session);
    let session_org = session
        .info
        .organization
        .as_ref()
        .map(|o| o.value.trim().to_string())
        .filter(|o| !o.is_empty());
    let text = |s: &Option<crate::session::model::Sp<String>>| {
        s.as_ref()
            .map(|v| v.value.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut order: Vec<usize> = (0..session.participants.len()).collect();
    collate::sort_by_text(&mut order, |&i| session.participants[i].name());

    let by_day = session.attendance_by_day();
    let mut days = Vec::new();
    for (index, d) in schedule.days.iter().enumerate() {
        let number = index + 1;
        if day.is_some_and(|n| n != number) {
            continue;
        }
        let record = by_day.get(&(number as i64)).copied();
        let resolve = |refs: &[crate::session::model::Sp<String>]| -> HashSet<usize> {
            refs.iter()
                .filter_map(|r| roster.resolve(&r.value))
                .collect()
        };
        let present = record.map(|r| resolve(&r.present)).unwrap_or_default();
        let excused = record.map(|r| resolve(&r.excused)).unwrap_or_default();
        let rows: Vec<SheetRow> = order
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                let p = &session.participants[i];
                let status = record.map(|_| {
                    if present.contains(&i) {
                        Status::Present
                    } else if excused.contains(&i) {
                        Status::Excused
                    } else {
                        Status::Absent
                    }
                });
                SheetRow {
                    number: n + 1,
                    name: p.name().trim().to_string(),
                    id: p.id.as_ref().map(|id| id.value.clone()),
                    position: text(&p.position),
                    organization: text(&p.organization).or_else(|| session_org.clone()),
                    status: status.map(Status::id),
                    status_text: status.and_then(|s| labels.get(s.id()).copied()),
                }
            })
            .collect();
        let count = |s: Status| rows.iter().filter(|r| r.status == Some(s.id())).count();
        days.push(SheetView {
            number,
            date: d.date.format("%Y-%m-%d").to_string(),
            date_text: lang::date(lang, d.date),
            weekday: lang::weekday(lang, d.date),
            recorded: record.is_some(),
            blank_rows: (rows.len() + 1..=rows.len() + blank_rows).collect(),
            registered: rows.len(),
            present: count(Status::Present),
            absent: count(Status::Absent),
            excused: count(Status::Excused),
            guests: record
                .and_then(|r| r.guests.as_ref())
                .map_or(0, |g| g.value),
            rows,
        });
    }

    AttendanceView {
        header: Header::new(session),
        labels,
        days,
    }
}
