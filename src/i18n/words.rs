//! The documents' fixed words from their own Fluent files (`cowork-documents.ftl`, and the
//! report's and the summary's own), looked up
//! once per run and kept, so that views, templates and the language helpers hold `&'static str`.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use crate::session::model::Language;

/// The words of a document are looked up once per language and message, and kept for the
/// run: a handful of short strings, so templates and views can hold `&'static str`.
static WORDS: LazyLock<Mutex<HashMap<(bool, &'static str), &'static str>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The word of Fluent message `id` in `language`; the id itself if there is no such message
/// (a test checks that every id of every table exists in both languages).
pub fn word(language: Language, id: &'static str) -> &'static str {
    let mut words = WORDS.lock().unwrap_or_else(PoisonError::into_inner);
    let english = language == Language::En;
    words.entry((english, id)).or_insert_with(|| {
        let loader = super::fluent::documents_loader(language, id);
        if loader.has(id) {
            Box::leak(loader.get(id).into_boxed_str())
        } else {
            id
        }
    })
}

/// The word of Fluent message `id` (with a `$count`) for one or for several:
/// «Модератор» / «Модераторы». Looked up once per language, message and answer.
pub fn one_or_several(language: Language, id: &'static str, several: bool) -> &'static str {
    type Counted = HashMap<(bool, &'static str, bool), &'static str>;
    static COUNTED: LazyLock<Mutex<Counted>> = LazyLock::new(|| Mutex::new(HashMap::new()));
    let mut words = COUNTED.lock().unwrap_or_else(PoisonError::into_inner);
    let english = language == Language::En;
    words.entry((english, id, several)).or_insert_with(|| {
        let loader = super::fluent::documents_loader(language, id);
        if loader.has(id) {
            let count = if several { 2 } else { 1 };
            let args = HashMap::from([("count", count)]);
            Box::leak(loader.get_args(id, args).into_boxed_str())
        } else {
            id
        }
    })
}

/// Fluent message `id` of the documents said with `$name`: «Коворкинг-зона «…»».
pub fn with_name(language: Language, id: &str, name: &str) -> String {
    let loader = super::fluent::documents_loader(language, id);
    loader.get_args(id, HashMap::from([("name", name)]))
}
