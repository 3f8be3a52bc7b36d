//! Fixed words of the documents in Russian and English, looked up by key in templates.

use std::collections::BTreeMap;

use crate::session::model::Language;

/// key, Russian, English.
const LABELS: &LabelTable = &[
    (
        "agenda_title",
        "План проведения методического коворкинга",
        "Methodical coworking programme",
    ),
    ("theme", "Тема", "Theme"),
    ("dates", "Сроки проведения", "Dates"),
    ("venue", "Место проведения", "Venue"),
    ("goal", "Цель", "Goal"),
    ("tasks", "Задачи", "Tasks"),
    ("audience", "Участники", "Audience"),
    ("organizer", "Ответственный", "Organizer"),
    ("series", "Серия", "Series"),
    ("day", "День", "Day"),
    ("time", "Время", "Time"),
    ("activity", "Мероприятие", "Activity"),
    ("format", "Форма", "Format"),
    ("zone", "Зона", "Zone"),
    ("phase", "Этап", "Phase"),
    ("moderators", "Модераторы", "Moderators"),
    ("description", "Содержание", "Description"),
    ("outputs", "Ожидаемые продукты", "Expected outputs"),
    ("all_zones", "все зоны", "all zones"),
    ("plenary", "Общее мероприятие", "Plenary"),
    ("zones", "Коворкинг-зоны", "Coworking zones"),
    ("zone_prefix", "Коворкинг-зона", "Coworking zone"),
    ("room", "Помещение", "Room"),
    ("purpose", "Назначение", "Purpose"),
    ("online", "Онлайн-площадка", "Online"),
    (
        "phases",
        "Этапы методического коворкинга",
        "Phases of the methodical coworking",
    ),
    (
        "no_activities",
        "Мероприятия не запланированы",
        "No activities planned",
    ),
    ("minutes_short", "мин", "min"),
];

/// A table of labels: key, Russian, English.
pub type LabelTable = [(&'static str, &'static str, &'static str)];

/// The common labels of one language, as a map for templates (`labels.theme`).
pub fn labels(language: Language) -> BTreeMap<&'static str, &'static str> {
    labels_with(language, &[])
}

/// The common labels plus a document's own table (which wins on equal keys).
pub fn labels_with(language: Language, own: &LabelTable) -> BTreeMap<&'static str, &'static str> {
    LABELS
        .iter()
        .chain(own.iter())
        .map(|&(key, ru, en)| {
            (
                key,
                match language {
                    Language::Ru => ru,
                    Language::En => en,
                },
            )
        })
        .collect()
}
