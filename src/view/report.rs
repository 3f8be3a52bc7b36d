//! The post-session report view («Аналитическая справка по итогам методического коворкинга»).

mod narrative;

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::lang;
use crate::session::model::{IndicatorValue, Language, Phase, Role, Session};
use crate::session::roster::Roster;
use crate::session::schedule::{Schedule, format_minutes};
use crate::view::decisions::{DecisionText, OpenDecision};
use crate::view::labels::{LabelTable, labels_with, word};
use crate::view::people::{People, Scrubbed};
use crate::view::summary::{self, FeedbackSummary};
use crate::view::{Header, web_link};

/// The report's own words (the summary's are included too).
pub const LABELS: &LabelTable = &[
    ("report_title", "doc-report-report_title"),
    ("organization", "doc-report-organization"),
    ("participation", "doc-report-participation"),
    ("held", "doc-report-held"),
    ("feedback_title", "doc-report-feedback_title"),
    ("decisions", "doc-report-decisions"),
    ("products", "doc-report-products"),
    ("indicators", "doc-report-indicators"),
    ("conclusions", "doc-report-conclusions"),
    ("registered", "doc-report-registered"),
    ("date", "doc-report-date"),
    ("present", "doc-report-present"),
    ("guests", "doc-report-guests"),
    ("total_col", "doc-report-total_col"),
    ("registered_short", "doc-report-registered_short"),
    ("present_short", "doc-report-present_short"),
    ("activities_total", "doc-report-activities_total"),
    ("number", "doc-report-number"),
    ("share_present", "doc-report-share_present"),
    ("present_any", "doc-report-present_any"),
    ("of", "doc-report-of"),
    ("no_attendance", "doc-report-no_attendance"),
    ("not_recorded", "doc-report-not_recorded"),
    ("by_role", "doc-report-by_role"),
    ("role", "doc-report-role"),
    ("by_experience", "doc-report-by_experience"),
    ("experience", "doc-report-experience"),
    ("band_under_3", "doc-report-band_under_3"),
    ("band_3_10", "doc-report-band_3_10"),
    ("band_over_10", "doc-report-band_over_10"),
    ("band_unknown", "doc-report-band_unknown"),
    ("role_participant", "doc-report-role_participant"),
    ("role_moderator", "doc-report-role_moderator"),
    ("role_mentor", "doc-report-role_mentor"),
    ("role_guest", "doc-report-role_guest"),
    ("role_organizer", "doc-report-role_organizer"),
    ("activities_by_zone", "doc-report-activities_by_zone"),
    ("phase_immersion", "doc-report-phase_immersion"),
    ("phase_presentation", "doc-report-phase_presentation"),
    ("phase_group-work", "doc-report-phase_group-work"),
    ("phase_discussion", "doc-report-phase_discussion"),
    ("phase_none", "doc-report-phase_none"),
    ("plenary_row", "doc-report-plenary_row"),
    ("no_phase", "doc-report-no_phase"),
    ("zone_word", "doc-report-zone_word"),
    ("moderator_one", "doc-report-moderator_one"),
    ("moderator_many", "doc-report-moderator_many"),
    ("led_by_one", "doc-report-led_by_one"),
    ("led_by_many", "doc-report-led_by_many"),
    ("decision", "doc-report-decision"),
    ("owner", "doc-report-owner"),
    ("due", "doc-report-due"),
    ("status", "doc-report-status"),
    ("done", "doc-report-done"),
    ("open", "doc-report-open"),
    ("decisions_total", "doc-report-decisions_total"),
    ("no_decisions", "doc-report-no_decisions"),
    ("product", "doc-report-product"),
    ("product_kind", "doc-report-product_kind"),
    ("link", "doc-report-link"),
    ("authors", "doc-report-authors"),
    ("no_products", "doc-report-no_products"),
    ("indicator", "doc-report-indicator"),
    ("value", "doc-report-value"),
    ("no_indicators", "doc-report-no_indicators"),
    ("anonymized_note", "doc-report-anonymized_note"),
    ("basis", "doc-report-basis"),
    ("goal_tasks", "doc-report-goal_tasks"),
    ("course", "doc-report-course"),
    ("results", "doc-report-results"),
    ("recommendations", "doc-report-recommendations"),
    ("draft", "doc-report-draft"),
    ("planned", "doc-report-planned"),
    ("planned_total", "doc-report-planned_total"),
    ("activities_count", "doc-report-activities_count"),
    ("present_one_day", "doc-report-present_one_day"),
    ("registered_only", "doc-report-registered_only"),
    ("aim", "doc-report-aim"),
    ("objectives", "doc-report-objectives"),
];

/// What the command asks of the report besides the session.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Names left out (`--anonymize`).
    pub anonymize: bool,
    /// Today, as the command line knows it (the view never reads the clock).
    pub today: NaiveDate,
    /// `--draft`: marked «Проект»; a session still ahead is always a draft.
    pub draft: bool,
}

/// Whether the session has not begun by `today`: its report can only be a draft.
pub fn is_ahead(session: &Session, today: NaiveDate) -> bool {
    session.info.dates.first().is_some_and(|d| d.value > today)
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    pub anonymized: bool,
    /// «Аналитическая справка по итогам методического коворкинга «…»».
    pub heading: String,
    /// Marked «Проект» / "Draft" at the top.
    pub draft: bool,
    /// The session has not begun yet: the account is in the future tense, nothing is «held».
    pub ahead: bool,
    /// «Ход проведения»: the account of the session, by paragraph.
    pub narrative: Vec<String>,
    pub participation: Participation,
    pub held: Held,
    pub feedback: FeedbackSummary,
    pub decisions: Decisions,
    /// Open decisions of earlier sessions of the same series.
    pub carried_over: Vec<OpenDecision>,
    /// How many of them are past their due date: counted apart in the totals.
    pub carried_over_overdue: usize,
    pub products: Vec<ProductView>,
    pub indicators: Vec<IndicatorView>,
    /// The free-text conclusions, by paragraph.
    pub conclusions: Vec<String>,
    /// `[report] basis`: «Основание».
    pub basis: Option<String>,
    /// `[report] recommendations`: «Рекомендации».
    pub recommendations: Vec<String>,
    /// Who signs the report (`[report] author`).
    pub author: Option<AuthorView>,
    /// The report's date as documents print dates («5 декабря 2026 г.»): `[report] date`,
    /// else the day after the last session day.
    pub date: Option<String>,
    /// The same date in ISO form, "2026-12-05".
    pub date_iso: Option<String>,
}

/// The signature of the report: `[report] author`, else the session's `organizer`.
#[derive(Debug, Clone, Serialize)]
pub struct AuthorView {
    /// «М. В. Соколова»: a participant's name with initials, else the text as written;
    /// none in an anonymized report.
    pub name: Option<String>,
    /// `author_position`, else the participant's `position` (or what follows the name in
    /// `organizer`), with a capital letter: «Методист».
    pub position: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Participation {
    pub registered: usize,
    /// Whether any attendance was recorded.
    pub recorded: bool,
    pub days: Vec<DayAttendance>,
    /// Registered participants present on at least one day.
    pub present_any: usize,
    pub present_any_percent: Option<u32>,
    pub present_any_share: Option<String>,
    /// More than one day: «Присутствовали хотя бы в один из дней» makes sense.
    pub several_days: bool,
    pub guests_total: u64,
    pub roles: Vec<GroupRow>,
    pub experience: Vec<GroupRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayAttendance {
    pub day: usize,
    pub date: String,
    pub date_text: String,
    pub recorded: bool,
    pub present: usize,
    pub guests: u64,
    pub total: u64,
    pub percent: Option<u32>,
    /// «83 %».
    pub share: Option<String>,
}

/// A row of a breakdown: registered and present (on at least one day).
#[derive(Debug, Clone, Serialize)]
pub struct GroupRow {
    pub id: &'static str,
    pub name: &'static str,
    pub registered: usize,
    pub present: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Held {
    pub total: usize,
    /// Column headings of the zone table: the phases (and «Без этапа» when needed).
    pub columns: Vec<&'static str>,
    pub zones: Vec<ZoneRow>,
    /// The per-column totals.
    pub totals: Vec<usize>,
    /// The activities, grouped by phase in the model's order.
    pub phases: Vec<PhaseGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ZoneRow {
    pub name: String,
    pub counts: Vec<usize>,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseGroup {
    pub id: Option<&'static str>,
    pub name: String,
    pub activities: Vec<HeldActivity>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HeldActivity {
    pub day: usize,
    pub date_text: String,
    pub time: String,
    pub title: String,
    pub title_quoted: String,
    pub format: Option<String>,
    /// The zone's name, or «все зоны» for a plenary activity.
    pub zone: String,
    /// «коворкинг-зона «Интерактивная»», or «все зоны».
    pub zone_text: String,
    pub moderators: Vec<String>,
    /// «модератор: …» / «модераторы: …»; anonymized, «ведущий — организатор» / «ведущие — …».
    pub moderators_text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Decisions {
    pub items: Vec<DecisionView>,
    pub total: usize,
    pub done: usize,
    pub open: usize,
    pub overdue: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DecisionView {
    #[serde(flatten)]
    pub decision: DecisionText,
    pub done: bool,
    /// Not done, and due before the report's date.
    pub overdue: bool,
    /// «выполнено» / «в работе» / «просрочено».
    pub status: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProductView {
    pub title: String,
    pub kind: Option<String>,
    /// The link as written.
    pub link: Option<String>,
    /// The link when it is an http(s) address, safe to make clickable.
    pub url: Option<String>,
    pub authors: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub name: String,
    /// The value as printed (a decimal comma in Russian).
    pub value: String,
    pub raw: Option<IndicatorValue>,
    pub unit: Option<String>,
}

/// «83 %» in Russian (a no-break space before the sign), «83%» in English.
fn percent_text(lang: Language, percent: u32) -> String {
    match lang {
        Language::Ru => format!("{percent}\u{a0}%"),
        Language::En => format!("{percent}%"),
    }
}

fn percent(part: usize, whole: usize) -> Option<u32> {
    (whole > 0).then(|| ((part as f64) * 100.0 / (whole as f64)).round() as u32)
}

/// The report's heading of a role (a match, so no key is built from an id).
fn role_id(role: Role) -> &'static str {
    match role {
        Role::Participant => "doc-report-role_participant",
        Role::Moderator => "doc-report-role_moderator",
        Role::Mentor => "doc-report-role_mentor",
        Role::Guest => "doc-report-role_guest",
        Role::Organizer => "doc-report-role_organizer",
    }
}

/// The report's column of a phase.
fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::Immersion => "doc-report-phase_immersion",
        Phase::Presentation => "doc-report-phase_presentation",
        Phase::GroupWork => "doc-report-phase_group-work",
        Phase::Discussion => "doc-report-phase_discussion",
    }
}

fn label(labels: &BTreeMap<&'static str, &'static str>, key: &str) -> &'static str {
    labels.get(key).copied().unwrap_or_default()
}

/// Builds the report of a valid session; `carried_over` comes from [`crate::view::decisions::carried_over`].
/// Anonymized, every string of the report is scrubbed of the session's names when it is
/// serialized (rendered or written as JSON), whichever field it is in.
pub fn build(
    session: &Session,
    schedule: &Schedule,
    options: &Options,
    carried_over: Vec<OpenDecision>,
) -> Scrubbed<ReportView> {
    let anonymize = options.anonymize;
    let lang = session.info.language;
    let ahead = is_ahead(session, options.today);
    let tense = if ahead {
        narrative::Tense::Future
    } else {
        narrative::Tense::Past
    };
    let labels = labels_with(
        lang,
        &[summary::LABELS, crate::view::decisions::LABELS, LABELS].concat(),
    );
    let people = People::new(session, anonymize);
    let header = header(session, &people);
    let (participation, present) = participation(session);
    let narrative = narrative::of(
        session,
        schedule,
        &people,
        &header,
        tense,
        participation.recorded.then_some(&present),
        participation.guests_total,
    );
    let date = report_date(session);
    let as_of = as_of(session, options.today);
    let view = ReportView {
        heading: crate::tr_in!(
            lang,
            "doc-report-heading",
            title = header.title_quoted.clone()
        ),
        draft: options.draft || ahead,
        ahead,
        narrative,
        header,
        anonymized: anonymize,
        participation,
        held: held(session, schedule, &people, &labels),
        feedback: summary::feedback(session, schedule, &people, false),
        decisions: decisions(session, &people, &labels, as_of),
        carried_over_overdue: carried_over.iter().filter(|d| d.overdue).count(),
        carried_over,
        products: session
            .products
            .iter()
            .map(|p| {
                let text = |s: &Option<crate::session::model::Sp<String>>| {
                    s.as_ref()
                        .map(|v| people.text(&v.value))
                        .filter(|v| !v.is_empty())
                };
                ProductView {
                    title: people.text(p.title.as_ref().map_or("", |t| t.value.as_str())),
                    kind: text(&p.kind),
                    link: p.link.as_ref().map(|l| l.value.trim().to_string()),
                    url: p
                        .link
                        .as_ref()
                        .and_then(|l| web_link(&l.value))
                        // A link with a name in it is printed scrubbed, not as a link: the
                        // scrubbed address leads nowhere.
                        .filter(|u| people.text(u) == *u)
                        .filter(|u| {
                            // Printed as <url> in Markdown: nothing that ends or
                            // escapes an autolink or a table cell.
                            !u.contains(|c: char| {
                                c.is_whitespace() || c.is_control() || "<>|\\`".contains(c)
                            })
                        }),
                    authors: people.people(p.authors.iter().map(|a| a.value.as_str())),
                }
            })
            .collect(),
        indicators: session
            .indicators
            .iter()
            .map(|i| IndicatorView {
                name: people.text(i.name.as_ref().map_or("", |n| n.value.as_str())),
                value: i
                    .value
                    .as_ref()
                    .map_or_else(String::new, |v| match &v.value {
                        IndicatorValue::Float(x) if lang == Language::Ru => {
                            x.to_string().replace('.', ",")
                        }
                        IndicatorValue::Text(t) => people.text(t),
                        other => other.to_string(),
                    }),
                raw: i.value.as_ref().map(|v| match &v.value {
                    IndicatorValue::Text(t) => IndicatorValue::Text(people.text(t)),
                    other => other.clone(),
                }),
                unit: i
                    .unit
                    .as_ref()
                    .map(|u| u.value.trim().to_string())
                    .filter(|u| !u.is_empty()),
            })
            .collect(),
        conclusions: session
            .report
            .as_ref()
            .and_then(|r| r.summary.as_ref())
            .map(|s| paragraphs(&people.text(&s.value)))
            .unwrap_or_default(),
        basis: session
            .report
            .as_ref()
            .and_then(|r| r.basis.as_ref())
            .map(|b| people.text(&b.value))
            .filter(|b| !b.is_empty()),
        recommendations: session
            .report
            .iter()
            .flat_map(|r| &r.recommendations)
            .map(|r| people.text(&r.value))
            .filter(|r| !r.is_empty())
            .collect(),
        author: author(session, &people),
        date: date.map(|d| lang::date(lang, d)),
        date_iso: date.map(|d| d.format("%Y-%m-%d").to_string()),
        labels,
    };
    people.scrubbed(view)
}

/// Who signs the report: `[report] author` (a participant by their name and position, else
/// the text as written with `author_position`), else the session's `organizer`
/// («Соколова Марина Викторовна, методист»: the name, then the position after the comma).
fn author(session: &Session, people: &People<'_>) -> Option<AuthorView> {
    let lang = session.info.language;
    let roster = Roster::new(session);
    let report = session.report.as_ref();
    let (written, stated_position) = match report.and_then(|r| r.author.as_ref()) {
        Some(author) => (
            author.value.trim().to_string(),
            report
                .and_then(|r| r.author_position.as_ref())
                .map(|p| p.value.trim().to_string()),
        ),
        None => {
            let organizer = session.info.organizer.as_ref()?.value.trim();
            match roster.resolve(organizer) {
                Some(_) => (organizer.to_string(), None),
                None => match organizer.split_once(',') {
                    Some((name, position)) => {
                        (name.trim().to_string(), Some(position.trim().to_string()))
                    }
                    None => (organizer.to_string(), None),
                },
            }
        }
    };
    let participant = roster.resolve(&written).map(|i| &session.participants[i]);
    let position = stated_position
        .filter(|p| !p.is_empty())
        .or_else(|| {
            participant
                .and_then(|p| p.position.as_ref())
                .map(|p| p.value.trim().to_string())
        })
        .map(|p| upper_first(&people.text(&p)))
        .filter(|p| !p.is_empty());
    let name = participant.map_or(written.as_str(), |p| p.name());
    Some(AuthorView {
        name: (!people.is_anonymous() && !name.is_empty())
            .then(|| narrative::short_name(lang, name, false)),
        position,
    })
}

/// «Методист» at the head of a signature line.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The day the report speaks as of, which tells overdue decisions (its own and those
/// carried over): its date (`[report] date`, else the day after the last session day),
/// or `today` when that date is not written and has not come yet (a draft before or
/// during the session).
pub fn as_of(session: &Session, today: NaiveDate) -> NaiveDate {
    let written = session.report.as_ref().and_then(|r| r.date.as_ref());
    match (written, report_date(session)) {
        (Some(date), _) => date.value,
        (None, Some(after)) => after.min(today),
        (None, None) => today,
    }
}

/// The report's date: `[report] date`, else the day after the last session day.
fn report_date(session: &Session) -> Option<NaiveDate> {
    session
        .report
        .as_ref()
        .and_then(|r| r.date.as_ref())
        .map(|d| d.value)
        .or_else(|| session.info.dates.last().and_then(|d| d.value.succ_opt()))
}

/// The header, with names taken out of its free text when anonymized.
fn header(session: &Session, people: &People<'_>) -> Header {
    let mut header = Header::new(session);
    if people.is_anonymous() {
        header.organizer = None;
        header.title = people.text(&header.title);
        header.title_quoted = lang::quote(session.info.language, &header.title);
        header.goal = header.goal.map(|g| people.text(&g));
        header.tasks = header.tasks.iter().map(|t| people.text(t)).collect();
        header.audience = header.audience.map(|a| people.text(&a));
    }
    header
}

/// Paragraphs separated by blank lines; the lines of one paragraph joined by spaces.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// The figures of attendance, and who (by participant index) was present on at least one day.
fn participation(session: &Session) -> (Participation, HashSet<usize>) {
    let lang = session.info.language;
    let roster = Roster::new(session);
    let registered = session.participants.len();
    let mut present_any: HashSet<usize> = HashSet::new();
    let mut days = Vec::with_capacity(session.info.dates.len());
    let by_day = session.attendance_by_day();
    for (index, date) in session.info.dates.iter().enumerate() {
        let day = index + 1;
        let record = by_day.get(&(day as i64)).copied();
        let present: HashSet<usize> = record
            .map(|r| {
                r.present
                    .iter()
                    .filter_map(|p| roster.resolve(&p.value))
                    .collect()
            })
            .unwrap_or_default();
        let guests = record
            .and_then(|r| r.guests.as_ref())
            .map_or(0, |g| u64::try_from(g.value).unwrap_or(0));
        let pct = record.and_then(|_| percent(present.len(), registered));
        days.push(DayAttendance {
            day,
            date: date.value.format("%Y-%m-%d").to_string(),
            date_text: lang::date(lang, date.value),
            recorded: record.is_some(),
            present: present.len(),
            guests,
            total: (present.len() as u64).saturating_add(guests),
            percent: pct,
            share: pct.map(|p| percent_text(lang, p)),
        });
        present_any.extend(present);
    }
    let recorded = days.iter().any(|d| d.recorded);
    let any_percent = if recorded {
        percent(present_any.len(), registered)
    } else {
        None
    };
    let count = |keep: &dyn Fn(&crate::session::model::Participant) -> bool| {
        let registered = session.participants.iter().filter(|p| keep(p)).count();
        let present = present_any
            .iter()
            .filter(|&&i| keep(&session.participants[i]))
            .count();
        (registered, present)
    };
    let roles = Role::ALL
        .into_iter()
        .filter_map(|role| {
            let (registered, present) = count(&|p| p.role == role);
            (registered > 0).then(|| GroupRow {
                id: role.id(),
                name: word(lang, role_id(role)),
                registered,
                present,
            })
        })
        .collect();
    type InBand<'a> = &'a dyn Fn(Option<i64>) -> bool;
    let bands: [(&str, &'static str, InBand); 4] = [
        ("under_3", "doc-report-band_under_3", &|e| {
            e.is_some_and(|y| y < 3)
        }),
        ("3_10", "doc-report-band_3_10", &|e| {
            e.is_some_and(|y| (3..=10).contains(&y))
        }),
        ("over_10", "doc-report-band_over_10", &|e| {
            e.is_some_and(|y| y > 10)
        }),
        ("unknown", "doc-report-band_unknown", &|e| e.is_none()),
    ];
    // No experience given for anyone: the breakdown would be one row of «стаж не указан».
    let any_experience = session.participants.iter().any(|p| p.experience.is_some());
    let experience = bands
        .into_iter()
        .filter(|_| any_experience)
        .filter_map(|(id, band_id, in_band)| {
            let (registered, present) = count(&|p| in_band(p.experience.as_ref().map(|e| e.value)));
            (id != "unknown" || registered > 0).then(|| GroupRow {
                id,
                name: word(lang, band_id),
                registered,
                present,
            })
        })
        .collect();
    let view = Participation {
        registered,
        recorded,
        present_any: present_any.len(),
        present_any_percent: any_percent,
        present_any_share: any_percent.map(|p| percent_text(lang, p)),
        several_days: days.len() > 1,
        guests_total: days.iter().fold(0, |sum, d| sum.saturating_add(d.guests)),
        days,
        roles,
        experience,
    };
    (view, present_any)
}

fn held(
    session: &Session,
    schedule: &Schedule,
    people: &People<'_>,
    labels: &BTreeMap<&'static str, &'static str>,
) -> Held {
    let lang = session.info.language;
    // A break is not an activity held: it is neither counted nor listed.
    let unphased = session
        .activities
        .iter()
        .any(|a| a.phase.is_none() && !a.is_break());
    // Columns: the four phases, then «Без этапа» when some activity has none.
    let column = |phase: Option<Phase>| match phase {
        Some(p) => Phase::ALL.iter().position(|q| *q == p).unwrap_or(0),
        None => Phase::ALL.len(),
    };
    let width = Phase::ALL.len() + usize::from(unphased);
    let mut columns: Vec<&'static str> = Phase::ALL
        .iter()
        .map(|&p| word(lang, phase_id(p)))
        .collect();
    if unphased {
        columns.push(label(labels, "phase_none"));
    }
    // Rows: the zones in zone order, then the plenary activities. The zone × phase matrix
    // stays in the JSON for scripts, but the templates print only «zone — count»: a zone
    // serves one or two phases, so the matrix is mostly zeros, and the phases are counted
    // where their activities are listed.

    let plenary = schedule.zones.len();
    let mut counts = vec![vec![0usize; width]; plenary + 1];
    let mut groups: Vec<Vec<HeldActivity>> = vec![Vec::new(); Phase::ALL.len() + 1];
    for slot in schedule.slots() {
        let a = &session.activities[slot.activity];
        if a.is_break() {
            continue;
        }
        let phase = a.phase.as_ref().map(|p| p.value);
        counts[slot.zone.unwrap_or(plenary)][column(phase)] += 1;
        let date = schedule.days[slot.day].date;
        groups[column(phase)].push(HeldActivity {
            day: slot.day + 1,
            date_text: lang::date(lang, date),
            time: format!(
                "{}–{}",
                format_minutes(slot.start),
                format_minutes(slot.end)
            ),
            title: people.text(a.title()),
            title_quoted: lang::activity_title(
                lang,
                a.format.as_ref().map(|f| f.value.as_str()),
                &people.text(a.title()),
            ),
            format: a
                .format
                .as_ref()
                .map(|f| people.text(&f.value))
                .filter(|f| !f.is_empty()),
            zone: slot.zone.map_or_else(
                || label(labels, "all_zones").to_string(),
                |z| schedule.zones[z].name.clone(),
            ),
            zone_text: slot.zone.map_or_else(
                || label(labels, "all_zones").to_string(),
                |z| {
                    format!(
                        "{} {}",
                        label(labels, "zone_word"),
                        lang::quote(lang, &schedule.zones[z].name)
                    )
                },
            ),
            moderators: people.people(a.moderators.iter().map(|m| m.value.as_str())),
            moderators_text: moderators_text(people, labels, lang, &a.moderators),
        });
    }
    let zones: Vec<ZoneRow> = counts
        .iter()
        .enumerate()
        .filter(|(_, row)| row.iter().any(|&n| n > 0))
        .map(|(i, row)| ZoneRow {
            name: if i == plenary {
                label(labels, "plenary_row").to_string()
            } else {
                schedule.zones[i].name.clone()
            },
            counts: row.clone(),
            total: row.iter().sum(),
        })
        .collect();
    let totals: Vec<usize> = (0..width)
        .map(|c| counts.iter().map(|row| row[c]).sum())
        .collect();
    let phases = groups
        .into_iter()
        .enumerate()
        .filter(|(_, activities)| !activities.is_empty())
        .map(|(i, activities)| PhaseGroup {
            id: Phase::ALL.get(i).map(|p| p.id()),
            name: Phase::ALL.get(i).map_or_else(
                || label(labels, "no_phase").to_string(),
                |&p| lang::phase_name(lang, p).to_string(),
            ),
            activities,
        })
        .collect();
    Held {
        total: totals.iter().sum(),
        columns,
        zones,
        totals,
        phases,
    }
}

/// Who led an activity, as a phrase: names after «модератор:», or roles after «ведущий —».
fn moderators_text(
    people: &People<'_>,
    labels: &BTreeMap<&'static str, &'static str>,
    lang: Language,
    moderators: &[crate::session::model::Sp<String>],
) -> Option<String> {
    if moderators.is_empty() {
        return None;
    }
    let one = moderators.len() == 1;
    let who = people.people(moderators.iter().map(|m| m.value.as_str()));
    Some(if people.is_anonymous() {
        let verb = label(labels, if one { "led_by_one" } else { "led_by_many" });
        let who: Vec<String> = match lang {
            // «led by the organizer», «led by 2 moderators».
            Language::En => who
                .into_iter()
                .map(|w| {
                    if w.starts_with(|c: char| c.is_ascii_digit()) {
                        w
                    } else {
                        format!("the {w}")
                    }
                })
                .collect(),
            Language::Ru => who,
        };
        format!("{verb} {}", lang::join_and(lang, &who))
    } else {
        let noun = label(
            labels,
            if one {
                "moderator_one"
            } else {
                "moderator_many"
            },
        );
        format!("{noun}: {}", who.join(", "))
    })
}

/// The decisions, those not done by their due date before the report's `as_of` marked overdue.
fn decisions(
    session: &Session,
    people: &People<'_>,
    labels: &BTreeMap<&'static str, &'static str>,
    as_of: NaiveDate,
) -> Decisions {
    let lang = session.info.language;
    let items: Vec<DecisionView> = session
        .decisions
        .iter()
        .map(|d| {
            let overdue = crate::view::decisions::is_overdue(d, as_of);
            DecisionView {
                decision: DecisionText::new(d, people, lang),
                done: d.done,
                overdue,
                status: label(
                    labels,
                    match (d.done, overdue) {
                        (true, _) => "done",
                        (false, true) => "overdue",
                        (false, false) => "open",
                    },
                ),
            }
        })
        .collect();
    let done = items.iter().filter(|d| d.done).count();
    let overdue = items.iter().filter(|d| d.overdue).count();
    Decisions {
        total: items.len(),
        // In work, and not yet late: the three add up to the total.
        open: items.len() - done - overdue,
        overdue,
        done,
        items,
    }
}
