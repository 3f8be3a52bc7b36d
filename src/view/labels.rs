//! Fixed words of the documents in Russian and English, looked up by key in templates; the
//! words themselves are Fluent messages (`doc-…` in `i18n/<lang>/cowork-documents.ftl`, the
//! report's in `cowork-report.ftl`, the summary's in `cowork-summary.ftl`).

use std::collections::BTreeMap;

use crate::session::model::Language;

/// Key for templates, Fluent message id.
const LABELS: &LabelTable = &[
    ("agenda_title", "doc-agenda_title"),
    ("theme", "doc-theme"),
    ("dates", "doc-dates"),
    ("date_one", "doc-date-one"),
    ("venue", "doc-venue"),
    ("goal", "doc-goal"),
    ("tasks", "doc-tasks"),
    ("audience", "doc-audience"),
    ("organizer", "doc-organizer"),
    ("series", "doc-series"),
    ("day", "doc-day"),
    ("time", "doc-time"),
    ("activity", "doc-activity"),
    ("format", "doc-format"),
    ("zone", "doc-zone"),
    ("phase", "doc-phase"),
    ("moderators", "doc-moderators"),
    ("description", "doc-description"),
    ("outputs", "doc-outputs"),
    ("all_zones", "doc-all_zones"),
    ("plenary", "doc-plenary"),
    ("zones", "doc-zones"),
    ("zone_prefix", "doc-zone_prefix"),
    ("room", "doc-room"),
    ("purpose", "doc-purpose"),
    ("online", "doc-online"),
    ("phases", "doc-phases"),
    ("no_activities", "doc-no_activities"),
    ("minutes_short", "doc-minutes_short"),
];

/// A table of labels: the key templates use (`labels.theme`), the Fluent message id.
pub type LabelTable = [(&'static str, &'static str)];

pub use crate::i18n::words::{one_or_several, with_name, word};

/// The common labels of one language, as a map for templates (`labels.theme`).
pub fn labels(language: Language) -> BTreeMap<&'static str, &'static str> {
    labels_with(language, &[])
}

/// The common labels plus a document's own table (which wins on equal keys).
pub fn labels_with(language: Language, own: &LabelTable) -> BTreeMap<&'static str, &'static str> {
    LABELS
        .iter()
        .chain(own.iter())
        .map(|&(key, id)| (key, word(language, id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_a_message_in_both_languages() {
        let tables: [&LabelTable; 10] = [
            crate::archive::index::OWN_LABELS,
            LABELS,
            crate::view::agenda::OWN_LABELS,
            crate::view::door::OWN_LABELS,
            crate::view::attendance::OWN_LABELS,
            crate::view::certificates::OWN_LABELS,
            crate::view::decisions::LABELS,
            crate::view::groups::OWN_LABELS,
            crate::view::report::LABELS,
            crate::view::summary::LABELS,
        ];
        for language in [Language::Ru, Language::En] {
            for &(key, id) in tables.iter().flat_map(|t| t.iter()) {
                let loader = crate::i18n::fluent::documents_loader(language, id);
                assert!(loader.has(id), "{key}: no message {id} in {language:?}");
            }
        }
        assert_eq!(word(Language::Ru, "doc-theme"), "Тема");
        assert_eq!(word(Language::En, "doc-theme"), "Topic");
        let moderators = "doc-agenda-moderators";
        assert_eq!(one_or_several(Language::Ru, moderators, false), "Модератор");
        assert_eq!(one_or_several(Language::Ru, moderators, true), "Модераторы");
        assert_eq!(one_or_several(Language::En, moderators, false), "Moderator");
        assert_eq!(one_or_several(Language::En, moderators, true), "Moderators");
        assert_eq!(
            with_name(Language::Ru, "doc-zone-title", "Игротека"),
            "Коворкинг-зона «Игротека»"
        );
        assert_eq!(
            with_name(Language::En, "doc-zone-title", "Interactive"),
            "Interactive zone"
        );
    }
}
