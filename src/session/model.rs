//! The typed session model: what a session file says, with the source span of every value.

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

/// A value together with the byte range it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl<T> Sp<T> {
    pub fn new(value: T, span: Range<usize>) -> Self {
        Self { value, span }
    }
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// Language of the generated documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Ru,
    En,
}

impl Language {
    pub const NAMES: [&'static str; 2] = ["ru", "en"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "ru" => Some(Self::Ru),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Ru => "ru",
            Self::En => "en",
        }
    }
}

/// The four phases of the methodical coworking model, in their natural order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Immersion,
    Presentation,
    GroupWork,
    Discussion,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::Immersion,
        Phase::Presentation,
        Phase::GroupWork,
        Phase::Discussion,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::Immersion => "immersion",
            Self::Presentation => "presentation",
            Self::GroupWork => "group-work",
            Self::Discussion => "discussion",
        }
    }

    /// The id, or a Russian name of the phase, in any case.
    pub fn parse(s: &str) -> Option<Self> {
        if let Some(p) = Self::ALL.into_iter().find(|p| p.id() == s) {
            return Some(p);
        }
        match fold_word(s).as_str() {
            "immersion" | "погружение" | "информационное погружение" => {
                Some(Self::Immersion)
            }
            "presentation"
            | "презентация"
            | "презентация опыта"
            | "презентация профессионального опыта" => {
                Some(Self::Presentation)
            }
            "group-work" | "group work" | "работа в группах" => Some(Self::GroupWork),
            "discussion" | "обсуждение" => Some(Self::Discussion),
            _ => None,
        }
    }
}

/// An enumeration word as typed, for matching: case, «ё», hyphens and repeated spaces aside
/// (`Работа  в группах`, `Group-Work`).
fn fold_word(s: &str) -> String {
    crate::i18n::collate::fold(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A participant's role at the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Participant,
    Moderator,
    Mentor,
    Guest,
    Organizer,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Participant,
        Role::Moderator,
        Role::Mentor,
        Role::Guest,
        Role::Organizer,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::Participant => "participant",
            Self::Moderator => "moderator",
            Self::Mentor => "mentor",
            Self::Guest => "guest",
            Self::Organizer => "organizer",
        }
    }

    /// The id, or the Russian word for the role, in any case.
    pub fn parse(s: &str) -> Option<Self> {
        if let Some(r) = Self::ALL.into_iter().find(|r| r.id() == s) {
            return Some(r);
        }
        match fold_word(s).as_str() {
            "participant" | "участник" | "участница" => Some(Self::Participant),
            "moderator" | "модератор" => Some(Self::Moderator),
            "mentor" | "наставник" | "наставница" => Some(Self::Mentor),
            "guest" | "гость" => Some(Self::Guest),
            "organizer" | "организатор" => Some(Self::Organizer),
            _ => None,
        }
    }
}

/// Kind of a point raised in the plus/minus discussion (ПМИ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedbackKind {
    Plus,
    Minus,
    Interesting,
}

impl FeedbackKind {
    pub const ALL: [FeedbackKind; 3] = [Self::Plus, Self::Minus, Self::Interesting];

    pub fn id(self) -> &'static str {
        match self {
            Self::Plus => "plus",
            Self::Minus => "minus",
            Self::Interesting => "interesting",
        }
    }

    /// The id, or the Russian word (ПМИ: плюс, минус, интересно), in any case.
    pub fn parse(s: &str) -> Option<Self> {
        if let Some(k) = Self::ALL.into_iter().find(|k| k.id() == s) {
            return Some(k);
        }
        match fold_word(s).as_str() {
            "plus" | "плюс" => Some(Self::Plus),
            "minus" | "минус" => Some(Self::Minus),
            "interesting" | "интересно" => Some(Self::Interesting),
            _ => None,
        }
    }
}

/// A whole session file.
#[derive(Debug, Clone, Default)]
pub struct Session {
    pub schema: Option<Sp<i64>>,
    pub info: SessionInfo,
    pub zones: Vec<ZoneDecl>,
    pub participants: Vec<Participant>,
    pub activities: Vec<Activity>,
    pub attendance: Vec<Attendance>,
    pub feedback: Vec<Feedback>,
    pub decisions: Vec<Decision>,
    pub products: Vec<Product>,
    pub indicators: Vec<Indicator>,
    pub report: Option<Report>,
    /// `[approval]`: the «УТВЕРЖДАЮ» block of the plan (when not given here, `cowork.toml`'s
    /// serves: see [`Signatures`]).
    pub approval: Option<Signatory>,
    /// `[agreed]`: an optional «СОГЛАСОВАНО» block (a pedagogical council, say).
    pub agreed: Option<Signatory>,
    /// The text the session was read from, so that a warning can point at one character
    /// inside a string value (its span covers the whole literal, quotes and escapes).
    pub source: SourceText,
    /// Keys reported as typos of a key of the format (`activities` for `[[activity]]`,
    /// `session.goal` for `gaol` in `[session]`): what their absence would cause is not
    /// reported again.
    pub misspelled: Vec<String>,
}

/// A session's source text, shared rather than copied; shown in debug output by length only.
#[derive(Clone, Default)]
pub struct SourceText(pub std::sync::Arc<str>);

impl std::fmt::Debug for SourceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SourceText({} bytes)", self.0.len())
    }
}

impl Session {
    /// The `[[attendance]]` record of each day (the first one, should a day be given twice),
    /// keyed by the 1-based day, so documents look a day up in constant time.
    pub fn attendance_by_day(&self) -> std::collections::HashMap<i64, &Attendance> {
        let mut map = std::collections::HashMap::with_capacity(self.attendance.len());
        for record in &self.attendance {
            if let Some(day) = &record.day {
                map.entry(day.value).or_insert(record);
            }
        }
        map
    }
}

/// The `[session]` table.
#[derive(Debug, Clone, Default)]
pub struct SessionInfo {
    /// Where `[session]` starts (or the file start when it is missing).
    pub span: Range<usize>,
    pub title: Option<Sp<String>>,
    pub goal: Option<Sp<String>>,
    pub tasks: Vec<Sp<String>>,
    pub organization: Option<Sp<String>>,
    pub venue: Option<Sp<String>>,
    pub organizer: Option<Sp<String>>,
    pub audience: Option<Sp<String>>,
    pub series: Option<Sp<String>>,
    /// `uid`: what identifies the session in calendars for its whole life (written by `new`
    /// and `plan`); see `session::identity`.
    pub uid: Option<Sp<String>>,
    /// `timezone`: the IANA name of the zone its times are in (see `session::timezone`).
    pub timezone: Option<Sp<String>>,
    pub dates: Vec<Sp<NaiveDate>>,
    pub dates_span: Option<Range<usize>>,
    pub day_start: Option<Sp<NaiveTime>>,
    pub language: Language,
    /// The volume of the programme in hours (printed on certificates); > 0 when valid.
    pub hours: Option<Sp<i64>>,
}

impl SessionInfo {
    pub fn title(&self) -> &str {
        self.title.as_ref().map_or("", |t| t.value.as_str())
    }

    pub fn day_start(&self) -> NaiveTime {
        self.day_start
            .as_ref()
            .map_or(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(), |t| {
                t.value
            })
    }
}

/// A `[zones.<id>]` table as written in the file.
#[derive(Debug, Clone)]
pub struct ZoneDecl {
    pub id: Sp<String>,
    pub name: Option<Sp<String>>,
    pub room: Option<Sp<String>>,
    pub purpose: Option<Sp<String>>,
    pub online: Option<Sp<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct Participant {
    pub span: Range<usize>,
    pub name: Option<Sp<String>>,
    pub id: Option<Sp<String>>,
    pub position: Option<Sp<String>>,
    pub organization: Option<Sp<String>>,
    pub experience: Option<Sp<i64>>,
    pub role: Role,
    pub group: Option<Sp<i64>>,
}

impl Participant {
    pub fn name(&self) -> &str {
        self.name.as_ref().map_or("", |n| n.value.as_str())
    }
}

#[derive(Debug, Clone, Default)]
pub struct Activity {
    pub span: Range<usize>,
    pub title: Option<Sp<String>>,
    pub format: Option<Sp<String>>,
    pub phase: Option<Sp<Phase>>,
    pub zone: Option<Sp<String>>,
    pub day: Option<Sp<i64>>,
    pub start: Option<Sp<NaiveTime>>,
    pub duration: Option<Sp<i64>>,
    pub end: Option<Sp<NaiveTime>>,
    pub moderators: Vec<Sp<String>>,
    pub description: Option<Sp<String>>,
    pub outputs: Vec<Sp<String>>,
    /// `break = true|false`: a break (обед, кофе-пауза), printed in the plan, needing no
    /// phase or moderator and not counted as an activity held.
    pub break_flag: Option<Sp<bool>>,
    /// Keys given with a value that could not be read (already reported), so rules about
    /// a missing value do not fire a second time for them.
    pub unreadable: Vec<&'static str>,
}

impl Activity {
    pub fn title(&self) -> &str {
        self.title.as_ref().map_or("", |t| t.value.as_str())
    }

    /// Whether `key` was written but its value could not be read.
    pub fn is_unreadable(&self, key: &str) -> bool {
        self.unreadable.contains(&key)
    }

    /// Whether this is a break (`break = true`), not an activity of the programme.
    pub fn is_break(&self) -> bool {
        self.break_flag.as_ref().is_some_and(|b| b.value)
    }

    /// 1-based day index (1 when not given).
    pub fn day(&self) -> i64 {
        self.day.as_ref().map_or(1, |d| d.value)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Attendance {
    pub span: Range<usize>,
    pub day: Option<Sp<i64>>,
    pub present: Vec<Sp<String>>,
    pub excused: Vec<Sp<String>>,
    pub guests: Option<Sp<i64>>,
}

#[derive(Debug, Clone)]
pub struct Feedback {
    pub span: Range<usize>,
    pub kind: Option<Sp<FeedbackKind>>,
    pub text: Option<Sp<String>>,
    pub activity: Option<Sp<String>>,
    pub votes: Option<Sp<i64>>,
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub span: Range<usize>,
    pub text: Option<Sp<String>>,
    pub owner: Option<Sp<String>>,
    pub due: Option<Sp<NaiveDate>>,
    pub done: bool,
}

#[derive(Debug, Clone)]
pub struct Product {
    pub span: Range<usize>,
    pub title: Option<Sp<String>>,
    pub kind: Option<Sp<String>>,
    pub link: Option<Sp<String>>,
    pub authors: Vec<Sp<String>>,
}

/// An indicator value: TOML number or string.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IndicatorValue {
    Integer(i64),
    Float(f64),
    Text(String),
}

impl std::fmt::Display for IndicatorValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(i) => write!(f, "{i}"),
            Self::Float(x) => write!(f, "{x}"),
            Self::Text(s) => f.write_str(s),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub span: Range<usize>,
    pub name: Option<Sp<String>>,
    pub value: Option<Sp<IndicatorValue>>,
    pub unit: Option<Sp<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub span: Range<usize>,
    /// «Выводы».
    pub summary: Option<Sp<String>>,
    /// «Основание».
    pub basis: Option<Sp<String>>,
    /// «Рекомендации».
    pub recommendations: Vec<Sp<String>>,
    /// Who signs the report: a participant reference, or free text naming someone else.
    pub author: Option<Sp<String>>,
    /// The author's position when the author is not a participant.
    pub author_position: Option<Sp<String>>,
    /// The report's date (default: the day after the last session day).
    pub date: Option<Sp<NaiveDate>>,
}

/// A signature block: `[approval]` («УТВЕРЖДАЮ») or `[agreed]` («СОГЛАСОВАНО»), in a session
/// file or in `cowork.toml` (then its spans are of that file).
#[derive(Debug, Clone, Default)]
pub struct Signatory {
    pub span: Range<usize>,
    /// e.g. «Директор МБУДО «ДДТ»» (required).
    pub position: Option<Sp<String>>,
    /// e.g. «П. П. Петров» (required).
    pub name: Option<Sp<String>>,
    pub date: Option<Sp<NaiveDate>>,
    /// e.g. «Приказ № 45 от 20.11.2026».
    pub order: Option<Sp<String>>,
}

/// The signature blocks `cowork.toml` gives every session of the workspace; a session's own
/// `[approval]` or `[agreed]` replaces the matching one as a whole.
#[derive(Debug, Clone, Default)]
pub struct Signatures {
    pub approval: Option<Signatory>,
    pub agreed: Option<Signatory>,
}

impl Signatures {
    /// The blocks that sign `session`: its own, else these.
    pub fn of<'a>(
        &'a self,
        session: &'a Session,
    ) -> (Option<&'a Signatory>, Option<&'a Signatory>) {
        (
            session.approval.as_ref().or(self.approval.as_ref()),
            session.agreed.as_ref().or(self.agreed.as_ref()),
        )
    }
}
