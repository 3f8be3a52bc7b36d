//! The post-session report view («Аналитическая справка по итогам методического коворкинга»).

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::i18n::lang;
use crate::session::model::{IndicatorValue, Language, Phase, Role, Session};
use crate::session::roster::Roster;
use crate::session::schedule::{Schedule, format_minutes};
use crate::view::decisions::{DecisionText, OpenDecision};
use crate::view::labels::{LabelTable, labels_with};
use crate::view::people::{People, Scrubbed};
use crate::view::summary::{self, FeedbackSummary};
use crate::view::{Header, web_link};

/// The report's own words (the summary's are included too).
pub const LABELS: &LabelTable = &[
    (
        "report_title",
        "Аналитическая справка по итогам методического коворкинга",
        "Analytical report on the methodical coworking",
    ),
    ("organization", "Организация", "Organization"),
    ("participation", "Участие", "Participation"),
    ("held", "Проведённые мероприятия", "Activities held"),
    (
        "feedback_title",
        "Итоги обсуждения: плюсы и минусы",
        "Discussion results: pluses and minuses",
    ),
    ("decisions", "Принятые решения", "Decisions"),
    ("products", "Методические продукты", "Methodical products"),
    ("indicators", "Показатели", "Indicators"),
    ("conclusions", "Выводы", "Conclusions"),
    (
        "registered",
        "Зарегистрировано участников",
        "Registered participants",
    ),
    ("date", "Дата", "Date"),
    (
        "present",
        "Присутствовали (зарегистрированные)",
        "Present (registered)",
    ),
    ("guests", "Гости без регистрации", "Unregistered guests"),
    ("total_col", "Всего", "Total"),
    ("registered_short", "Зарегистрировано", "Registered"),
    ("present_short", "Присутствовали", "Present"),
    (
        "activities_total",
        "Всего проведено мероприятий",
        "Activities held in total",
    ),
    ("number", "№", "No."),
    ("share_present", "Доля присутствовавших", "Share present"),
    (
        "present_any",
        "Присутствовали хотя бы в один из дней",
        "Present on at least one day",
    ),
    ("of", "из", "of"),
    (
        "no_attendance",
        "Сведения о посещаемости не внесены",
        "No attendance recorded",
    ),
    ("not_recorded", "нет данных", "not recorded"),
    ("by_role", "По ролям", "By role"),
    ("role", "Роль", "Role"),
    (
        "by_experience",
        "По педагогическому стажу",
        "By teaching experience",
    ),
    ("experience", "Стаж", "Experience"),
    (
        "band_under_3",
        "до 3 лет (молодые педагоги)",
        "under 3 years (early-career teachers)",
    ),
    ("band_3_10", "от 3 до 10 лет", "3 to 10 years"),
    ("band_over_10", "свыше 10 лет", "over 10 years"),
    ("band_unknown", "стаж не указан", "not stated"),
    ("role_participant", "Участники", "Participants"),
    ("role_moderator", "Модераторы", "Moderators"),
    ("role_mentor", "Наставники", "Mentors"),
    ("role_guest", "Гости", "Guests"),
    ("role_organizer", "Организаторы", "Organizers"),
    (
        "activities_by_zone",
        "Количество мероприятий по зонам и этапам",
        "Activities by zone and phase",
    ),
    ("phase_immersion", "Погружение", "Immersion"),
    (
        "phase_presentation",
        "Презентация опыта",
        "Sharing experience",
    ),
    ("phase_group-work", "Работа в группах", "Group work"),
    ("phase_discussion", "Обсуждение", "Discussion"),
    ("phase_none", "Без этапа", "No phase"),
    ("plenary_row", "Общие (все зоны)", "Plenary (all zones)"),
    ("no_phase", "Без указания этапа", "Without a phase"),
    ("zone_word", "коворкинг-зона", "zone"),
    ("moderator_one", "модератор", "moderator"),
    ("moderator_many", "модераторы", "moderators"),
    ("led_by_one", "ведёт", "led by"),
    ("led_by_many", "ведут", "led by"),
    ("decision", "Решение", "Decision"),
    ("owner", "Ответственный", "Owner"),
    ("due", "Срок", "Due"),
    ("status", "Отметка о выполнении", "Status"),
    ("done", "выполнено", "done"),
    ("open", "в работе", "open"),
    ("decisions_total", "Всего решений", "Decisions"),
    (
        "no_decisions",
        "Решения не зафиксированы",
        "No decisions recorded",
    ),
    ("product", "Продукт", "Product"),
    ("product_kind", "Вид", "Kind"),
    ("link", "Ссылка", "Link"),
    ("authors", "Авторы", "Authors"),
    (
        "no_products",
        "Методические продукты не зафиксированы",
        "No products recorded",
    ),
    ("indicator", "Показатель", "Indicator"),
    ("value", "Значение", "Value"),
    (
        "no_indicators",
        "Показатели не внесены",
        "No indicators recorded",
    ),
    (
        "anonymized_note",
        "Справка обезличена: вместо фамилий указаны роли участников.",
        "This report is anonymized: roles are given instead of names.",
    ),
];

#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    pub anonymized: bool,
    pub participation: Participation,
    pub held: Held,
    pub feedback: FeedbackSummary,
    pub decisions: Decisions,
    /// Open decisions of earlier sessions of the same series.
    pub carried_over: Vec<OpenDecision>,
    pub products: Vec<ProductView>,
    pub indicators: Vec<IndicatorView>,
    /// The free-text conclusions, by paragraph.
    pub conclusions: Vec<String>,
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
    pub name: &'static str,
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
    /// «модератор: …» / «модераторы: …»; anonymized, «ведёт организатор» / «ведут …».
    pub moderators_text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Decisions {
    pub items: Vec<DecisionView>,
    pub total: usize,
    pub done: usize,
    pub open: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DecisionView {
    #[serde(flatten)]
    pub decision: DecisionText,
    pub done: bool,
    /// «выполнено» / «в работе».
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

fn label(labels: &BTreeMap<&'static str, &'static str>, key: &str) -> &'static str {
    labels.get(key).copied().unwrap_or_default()
}

/// Builds the report of a valid session; `carried_over` comes from [`crate::view::decisions::carried_over`].
/// Anonymized, every string of the report is scrubbed of the session's names when it is
/// serialized (rendered or written as JSON), whichever field it is in.
pub fn build(
    session: &Session,
    schedule: &Schedule,
    anonymize: bool,
    carried_over: Vec<OpenDecision>,
) -> Scrubbed<ReportView> {
    let lang = session.info.language;
    let labels = labels_with(
        lang,
        &[summary::LABELS, crate::view::decisions::LABELS, LABELS].concat(),
    );
    let people = People::new(session, anonymize);
    let view = ReportView {
        header: header(session, &people),
        anonymized: anonymize,
        participation: participation(session, &labels),
        held: held(session, schedule, &people, &labels),
        feedback: summary::feedback(session, schedule, &people, false),
        decisions: decisions(session, &people, &labels),
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
        labels,
    };
    people.scrubbed(view)
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

fn participation(
    session: &Session,
    labels: &BTreeMap<&'static str, &'static str>,
) -> Participation {
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
                name: label(labels, &format!("role_{}", role.id())),
                registered,
                present,
            })
        })
        .collect();
    type InBand<'a> = &'a dyn Fn(Option<i64>) -> bool;
    let bands: [(&str, InBand); 4] = [
        ("under_3", &|e| e.is_some_and(|y| y < 3)),
        ("3_10", &|e| e.is_some_and(|y| (3..=10).contains(&y))),
        ("over_10", &|e| e.is_some_and(|y| y > 10)),
        ("unknown", &|e| e.is_none()),
    ];
    let experience = bands
        .into_iter()
        .filter_map(|(id, in_band)| {
            let (registered, present) = count(&|p| in_band(p.experience.as_ref().map(|e| e.value)));
            (id != "unknown" || registered > 0).then(|| GroupRow {
                id,
                name: label(labels, &format!("band_{id}")),
                registered,
                present,
            })
        })
        .collect();
    Participation {
        registered,
        recorded,
        present_any: present_any.len(),
        present_any_percent: any_percent,
        present_any_share: any_percent.map(|p| percent_text(lang, p)),
        guests_total: days.iter().fold(0, |sum, d| sum.saturating_add(d.guests)),
        days,
        roles,
        experience,
    }
}

fn held(
    session: &Session,
    schedule: &Schedule,
    people: &People<'_>,
    labels: &BTreeMap<&'static str, &'static str>,
) -> Held {
    let lang = session.info.language;
    let unphased = session.activities.iter().any(|a| a.phase.is_none());
    // Columns: the four phases, then «Без этапа» when some activity has none.
    let column = |phase: Option<Phase>| match phase {
        Some(p) => Phase::ALL.iter().position(|q| *q == p).unwrap_or(0),
        None => Phase::ALL.len(),
    };
    let width = Phase::ALL.len() + usize::from(unphased);
    let mut columns: Vec<&'static str> = Phase::ALL
        .iter()
        .map(|p| label(labels, &format!("phase_{}", p.id())))
        .collect();
    if unphased {
        columns.push(label(labels, "phase_none"));
    }
    // Rows: the zones in zone order, then the plenary activities.
    let plenary = schedule.zones.len();
    let mut counts = vec![vec![0usize; width]; plenary + 1];
    let mut groups: Vec<Vec<HeldActivity>> = vec![Vec::new(); Phase::ALL.len() + 1];
    for slot in schedule.slots() {
        let a = &session.activities[slot.activity];
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
            name: Phase::ALL
                .get(i)
                .map_or_else(|| label(labels, "no_phase"), |&p| lang::phase_name(lang, p)),
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

/// Who led an activity, as a phrase: names after «модератор:», or roles after «ведёт».
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

fn decisions(
    session: &Session,
    people: &People<'_>,
    labels: &BTreeMap<&'static str, &'static str>,
) -> Decisions {
    let lang = session.info.language;
    let items: Vec<DecisionView> = session
        .decisions
        .iter()
        .map(|d| DecisionView {
            decision: DecisionText::new(d, people, lang),
            done: d.done,
            status: label(labels, if d.done { "done" } else { "open" }),
        })
        .collect();
    let done = items.iter().filter(|d| d.done).count();
    Decisions {
        total: items.len(),
        open: items.len() - done,
        done,
        items,
    }
}
