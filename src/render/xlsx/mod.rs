//! Excel workbooks (`.xlsx`) from the views, through `rust_xlsxwriter`; pure: view → bytes.
//!
//! One module per document (`attendance`, `report`, `list`) over the shared cells and print
//! setup of `book`. Every cell is typed: text is written as text, never guessed at (a name
//! «=1+1» stays those four characters, not a formula), numbers as numbers, dates as Excel
//! dates shown `ДД.ММ.ГГГГ`.

pub mod attendance;
mod book;
pub mod list;
pub mod report;

/// The words of the workbooks that no view has: Fluent ids in `cowork-documents.ftl`.
#[cfg(test)]
const WORDS: &[&str] = &["doc-xlsx-feedback_sheet", "doc-xlsx-unit"];

#[cfg(test)]
mod tests {
    use crate::session::model::Language;

    #[test]
    fn every_word_is_a_message_in_both_languages() {
        for language in [Language::Ru, Language::En] {
            for id in super::WORDS {
                let loader = crate::i18n::fluent::documents_loader(language, id);
                assert!(loader.has(id), "no message {id} in {language:?}");
            }
        }
    }
}
