//! The sign-in sheet view: one sheet per day, participants in alphabetical order of surnames.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::i18n::collate;
use crate::i18n::lang;
use crate::session::model::{Language, Session};
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
    ("theme", "doc-attendance-theme"),
    ("responsible", "doc-attendance-responsible"),
    ("signature_hint", "doc-attendance-signature_hint"),
    ("name_hint", "doc-attendance-name_hint"),
];

#[derive(Debug, Clone, Serialize)]
pub struct AttendanceView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    /// Whether the sheets print an organisation column: only when the participants come
    /// from more than the session's own organisation (which the header then names once).
    /// CSV keeps the column regardless, for spreadsheets.
    pub organization_column: bool,
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
    /// The date with its weekday as the document language writes it: «3 декабря 2026 г.,
    /// четверг», "Thursday 3 December 2026".
    pub date_line: String,
    /// Whether the session file records who came this day.
    pub recorded: bool,
    /// The columns of the sheet, in order: the organisation only when
    /// `organization_column`, the mark only on a recorded day.
    pub columns: Vec<SheetColumn>,
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

impl SheetView {
    /// The totals under a recorded day's sheet, one phrase each in the words of `labels`:
    /// present of registered, absent, excused (when anyone is), guests.
    pub fn totals(&self, labels: &BTreeMap<&'static str, &'static str>) -> Vec<String> {
        let l = |key: &str| labels.get(key).copied().unwrap_or_default();
        let mut totals = vec![
            format!(
                "{}: {} {} {}",
                l("present_total"),
                self.present,
                l("of"),
                self.registered
            ),
            format!("{}: {}", l("absent_total"), self.absent),
        ];
        if self.excused > 0 {
            totals.push(format!("{}: {}", l("excused_total"), self.excused));
        }
        totals.push(format!("{}: {}", l("guests_total"), self.guests));
        totals
    }
}

/// A column of a sign-in sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SheetColumn {
    Number,
    Name,
    Position,
    Organization,
    Mark,
    Signature,
}

impl SheetColumn {
    /// The key of its heading in the view's labels.
    pub fn label(self) -> &'static str {
        match self {
            SheetColumn::Number => "number",
            SheetColumn::Name => "full_name",
            SheetColumn::Position => "position",
            SheetColumn::Organization => "organization",
            SheetColumn::Mark => "mark",
            SheetColumn::Signature => "signature",
        }
    }

    /// What a participant's row has in it as text (the number is a number: `None`, as is
    /// the room to sign).
    pub fn text(self, row: &SheetRow) -> Option<&str> {
        match self {
            SheetColumn::Number | SheetColumn::Signature => None,
            SheetColumn::Name => Some(&row.name),
            SheetColumn::Position => row.position.as_deref(),
            SheetColumn::Organization => row.organization.as_deref(),
            SheetColumn::Mark => row.status_text,
        }
    }
}

/// The columns of a sheet: №, name, position, [organisation], [mark], signature.
fn columns(organization_column: bool, recorded: bool) -> Vec<SheetColumn> {
    let mut columns = vec![
        SheetColumn::Number,
        SheetColumn::Name,
        SheetColumn::Position,
    ];
    if organization_column {
        columns.push(SheetColumn::Organization);
    }
    if recorded {
        columns.push(SheetColumn::Mark);
    }
    columns.push(SheetColumn::Signature);
    columns
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
    collate::sort_by_text(&mut order, |&i| {
        surname_first(lang, session.participants[i].name())
    });
    let organization_column = several_organizations(session, session_org.as_deref());

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
            date_line: date_line(lang, d.date),
            recorded: record.is_some(),
            columns: columns(organization_column, record.is_some()),
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
        organization_column,
        days,
    }
}

/// The name as it sorts: by surname. Russian names are written «Фамилия Имя Отчество», so
/// the name sorts as written; an English session writes "Anna Smith", so its last word (the
/// surname) goes first — unless the name ends in a patronymic («… Ивановна», «… Ильич»):
/// that one is written the Russian way. Collation is Russian either way (Ё with Е, Latin
/// after Cyrillic).
fn surname_first(lang: Language, name: &str) -> std::borrow::Cow<'_, str> {
    let name = name.trim();
    match (lang, name.rsplit_once(char::is_whitespace)) {
        (Language::En, Some((given, surname))) if !is_patronymic(surname) => {
            format!("{surname} {}", given.trim_end()).into()
        }
        _ => name.into(),
    }
}

/// «Викторовна», «Ильич», «Оглы»: the endings of Russian (and Turkic) patronymics.
fn is_patronymic(word: &str) -> bool {
    let word = word.to_lowercase();
    ["вич", "вна", "чна", "ич", "оглы", "кызы"]
        .iter()
        .any(|end| word.ends_with(end))
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Whether any participant comes from another organisation than the session's: a
/// participant without one comes from the session's, and names are compared ignoring
/// case, «ё» and surrounding spaces.
pub(crate) fn several_organizations(session: &Session, own: Option<&str>) -> bool {
    let own = own.map(collate::fold);
    session.participants.iter().any(|p| {
        p.organization
            .as_ref()
            .map(|o| collate::fold(&o.value))
            .filter(|o| !o.is_empty())
            .is_some_and(|o| own.as_ref() != Some(&o))
    })
}

/// «3 декабря 2026 г., четверг» / "Thursday 3 December 2026".
fn date_line(lang: Language, date: chrono::NaiveDate) -> String {
    let (day, weekday) = (lang::date(lang, date), lang::weekday(lang, date));
    match lang {
        Language::Ru => format!("{day}, {weekday}"),
        Language::En => format!("{weekday} {day}"),
    }
}
