//! Fixed words of the documents in Russian and English, looked up by key in templates.

use std::collections::BTreeMap;

use crate::model::Language;

/// key, Russian, English.
const LABELS: &[(&str, &str, &str)] = &[
    ("agenda_title", "План проведения методического коворкинга", "Methodical coworking programme"),
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
    ("phases", "Этапы методического коворкинга", "Phases of the methodical coworking"),
    ("no_activities", "Мероприятия не запланированы", "No activities planned"),
    ("minutes_short", "мин", "min"),
];

/// All labels of one language, as a map for templates (`labels.theme`).
pub fn labels(language: Language) -> BTreeMap<&'static str, &'static str> {
    LABELS
        .iter()
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
