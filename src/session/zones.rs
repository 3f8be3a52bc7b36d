//! Zones: the three built-in coworking zones merged with the file's own `[zones.<id>]`.

use crate::session::model::{Language, Session};

/// A zone as documents show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    pub id: String,
    pub name: String,
    pub room: Option<String>,
    pub purpose: Option<String>,
    pub online: Option<String>,
    /// Declared with a `[zones.<id>]` table in the file.
    pub declared: bool,
}

/// The built-in zones: id, Russian name, English name, Russian purpose, English purpose.
/// A purpose says what the zone is for, never which room it is in: the room is the
/// file's `room` (a kindergarten's interactive zone may well be its music hall).
pub const BUILTIN: [(&str, &str, &str, &str, &str); 3] = [
    (
        "interactive",
        "Интерактивная",
        "Interactive",
        "практикумы, семинары, публичные лекции, встречи",
        "workshops, seminars, public lectures, meetings",
    ),
    (
        "presentation",
        "Презентационная",
        "Presentation",
        "мастер-классы, презентация педагогического опыта",
        "master classes, teachers presenting their practice",
    ),
    (
        "media-hub",
        "Медиа-хаб",
        "Media hub",
        "методическая продукция, онлайн-платформа",
        "teaching materials, the online platform",
    ),
];

/// The rooms the built-in zones are meant for (id, Russian, English): a `room` that names
/// one of them keeps the zone's built-in purpose; any other room is the file's own, and
/// the built-in purpose (written for the usual room) is left out unless the file gives one.
const USUAL_ROOMS: [(&str, &str, &str); 3] = [
    ("interactive", "конференц-зал", "conference hall"),
    ("presentation", "творческая мастерская", "creative workshop"),
    ("media-hub", "методический кабинет", "methodical room"),
];

pub fn is_builtin(id: &str) -> bool {
    BUILTIN.iter().any(|b| b.0 == id)
}

/// Whether `id` is a well-formed zone id: lowercase latin letters, digits and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Built-in zones first (in their fixed order), then custom zones in file order.
pub fn resolve(session: &Session, language: Language) -> Vec<Zone> {
    let mut zones: Vec<Zone> = BUILTIN
        .iter()
        .map(|&(id, ru, en, purpose_ru, purpose_en)| Zone {
            id: id.to_string(),
            name: match language {
                Language::Ru => ru,
                Language::En => en,
            }
            .to_string(),
            room: None,
            purpose: Some(
                match language {
                    Language::Ru => purpose_ru,
                    Language::En => purpose_en,
                }
                .to_string(),
            ),
            online: None,
            declared: false,
        })
        .collect();
    let mut index_of: std::collections::HashMap<String, usize> = zones
        .iter()
        .enumerate()
        .map(|(i, z)| (z.id.clone(), i))
        .collect();
    for decl in &session.zones {
        let text =
            |f: &Option<crate::session::model::Sp<String>>| f.as_ref().map(|s| s.value.clone());
        let index = match index_of.get(&decl.id.value) {
            Some(&i) => i,
            None => {
                index_of.insert(decl.id.value.clone(), zones.len());
                zones.push(Zone {
                    id: decl.id.value.clone(),
                    name: decl.id.value.clone(),
                    room: None,
                    purpose: None,
                    online: None,
                    declared: true,
                });
                zones.len() - 1
            }
        };
        let zone = &mut zones[index];
        zone.declared = true;
        if let Some(name) = text(&decl.name) {
            zone.name = name;
        }
        if let Some(room) = text(&decl.room) {
            if decl.purpose.is_none() && !is_usual_room(&zone.id, &room) {
                zone.purpose = None;
            }
            zone.room = Some(room);
        }
        if let Some(purpose) = text(&decl.purpose) {
            zone.purpose = Some(purpose);
        }
        zone.purpose = zone
            .purpose
            .take()
            .and_then(|p| without_room(&p, zone.room.as_deref()));
        if let Some(online) = text(&decl.online) {
            zone.online = Some(online);
        }
    }
    zones
}

/// Whether `room` is (or names) the room built-in zone `id` is meant for; false for a
/// custom zone, which has no built-in purpose to keep.
fn is_usual_room(id: &str, room: &str) -> bool {
    let room = fold(room);
    USUAL_ROOMS
        .iter()
        .filter(|u| u.0 == id)
        .any(|&(_, ru, en)| room.contains(&fold(ru)) || room.contains(&fold(en)))
}

/// A purpose as a plan prints it beside the room: without the room said again at its
/// start («конференц-зал: практикумы…» beside «конференц-зал» is «практикумы…»), and
/// none at all when it only repeats the room.
fn without_room(purpose: &str, room: Option<&str>) -> Option<String> {
    let purpose = purpose.trim();
    if purpose.is_empty() {
        return None;
    }
    let restated = room
        .map(str::trim)
        .filter(|room| !room.is_empty())
        .and_then(|room| {
            let head = purpose.get(..room.len())?;
            let rest = purpose[room.len()..].trim_start();
            // Only the whole room, then a stop: «конференц-зал и студия» is a purpose.
            let stop = rest.is_empty() || rest.starts_with([':', ',', ';', '—', '–', '-']);
            (fold(head) == fold(room) && stop).then_some(rest)
        });
    match restated {
        Some(rest) => {
            let rest = rest.trim_start_matches([':', ',', ';', '—', '–', '-', ' ', '\u{a0}']);
            (!rest.trim().is_empty()).then(|| rest.trim().to_string())
        }
        None => Some(purpose.to_string()),
    }
}

/// Whether a zone's name already says it is a zone («Зона IT-технологий», "Sports
/// zone", «Медиа-хаб»), so that a document prints it as it is rather than
/// «Коворкинг-зона «Зона IT-технологий»».
pub fn names_itself(name: &str) -> bool {
    let folded = fold(name);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| matches!(word, "зона" | "zone" | "хаб" | "hub"))
}

/// A zone reference as typed, for matching: case and «ё» aside, spaces collapsed.
fn fold(text: &str) -> String {
    crate::i18n::collate::fold(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Zones by what a methodist may call them, in constant time: the id as written; else the
/// id or a name in any case — a built-in zone's Russian or English name («Интерактивная»,
/// «медиа-хаб», "Media hub") whatever the document language, a custom zone's `name`.
/// Ids win over names, and the first zone over later ones with the same name.
#[derive(Debug, Default)]
pub struct Index {
    by_id: std::collections::HashMap<String, usize>,
    by_folded: std::collections::HashMap<String, usize>,
}

impl Index {
    /// The index of `zones`, as [`resolve`] returned them for `session`.
    pub fn new(session: &Session, zones: &[Zone]) -> Self {
        let mut index = Self::default();
        for (i, zone) in zones.iter().enumerate() {
            index.by_id.entry(zone.id.clone()).or_insert(i);
            index.by_folded.entry(fold(&zone.id)).or_insert(i);
        }
        let position = |id: &str| zones.iter().position(|z| z.id == id);
        for &(id, ru, en, _, _) in &BUILTIN {
            if let Some(i) = position(id) {
                for name in [ru, en] {
                    index.by_folded.entry(fold(name)).or_insert(i);
                }
            }
        }
        for (i, zone) in zones.iter().enumerate() {
            index.by_folded.entry(fold(&zone.name)).or_insert(i);
        }
        for decl in &session.zones {
            if let (Some(name), Some(&i)) = (&decl.name, index.by_id.get(&decl.id.value)) {
                index.by_folded.entry(fold(&name.value)).or_insert(i);
            }
        }
        index
    }

    /// The zone a reference names, if any.
    pub fn get(&self, reference: &str) -> Option<usize> {
        self.by_id
            .get(reference)
            .or_else(|| self.by_folded.get(&fold(reference)))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_purpose_does_not_say_the_room_again() {
        let room = Some("конференц-зал");
        assert_eq!(
            without_room("Конференц-зал: практикумы, семинары", room).as_deref(),
            Some("практикумы, семинары")
        );
        assert_eq!(without_room("конференц-зал", room), None);
        assert_eq!(
            without_room("конференц-зал и студия", room).as_deref(),
            Some("конференц-зал и студия")
        );
        assert_eq!(
            without_room("практикумы", room).as_deref(),
            Some("практикумы")
        );
        assert_eq!(without_room("  ", None), None);
    }

    #[test]
    fn a_usual_room_keeps_the_builtin_purpose_and_another_does_not() {
        assert!(is_usual_room("interactive", "Конференц-зал"));
        assert!(is_usual_room(
            "presentation",
            "творческая мастерская, каб. 21"
        ));
        assert!(!is_usual_room("interactive", "музыкальный зал"));
        assert!(!is_usual_room("igroteka", "конференц-зал"));
    }

    #[test]
    fn names_that_already_say_zone() {
        assert!(names_itself("Зона IT-технологий"));
        assert!(names_itself("Sports zone"));
        assert!(names_itself("Медиа-хаб"));
        assert!(!names_itself("Интерактивная"));
        assert!(!names_itself("Игротека"));
        assert!(!names_itself("Зонтик"));
    }
}
