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
pub const BUILTIN: [(&str, &str, &str, &str, &str); 3] = [
    (
        "interactive",
        "Интерактивная",
        "Interactive",
        "конференц-зал: практикумы, семинары, публичные лекции, встречи",
        "conference hall: practicums, seminars, public lectures, meetings",
    ),
    (
        "presentation",
        "Презентационная",
        "Presentation",
        "творческая мастерская, мастер-классы",
        "creative workshop, master classes",
    ),
    (
        "media-hub",
        "Медиа-хаб",
        "Media hub",
        "методическая продукция, онлайн-платформа",
        "methodical products, the online platform",
    ),
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
            zone.room = Some(room);
        }
        if let Some(purpose) = text(&decl.purpose) {
            zone.purpose = Some(purpose);
        }
        if let Some(online) = text(&decl.online) {
            zone.online = Some(online);
        }
    }
    zones
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
