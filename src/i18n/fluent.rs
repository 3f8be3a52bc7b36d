//! Project Fluent: the interface's words in Russian and English, from `i18n/<lang>/cowork.ftl`.
//!
//! [`tr!`](crate::tr) says a message in the interface language, chosen once at the edge
//! ([`set_interface`]); [`tr_in!`](crate::tr_in) in a given language (a document's). Both
//! check the message id and its arguments against the Russian file at compile time.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;

use crate::session::model::Language;

#[derive(rust_embed::RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// The message file `i18n/<language>/<domain>.ftl`, ready to say its messages.
fn load(domain: &str, language: &str) -> FluentLanguageLoader {
    let id = |text: &str| -> unic_langid::LanguageIdentifier {
        text.parse().expect("a language id written in this file")
    };
    let loader = FluentLanguageLoader::new(domain, id("ru"));
    loader
        .load_languages(&Localizations, &[id(language)])
        .expect("the message files are embedded and parse (a test checks them)");
    // No invisible isolation marks around names and numbers: they would end up in files
    // and terminals that do not expect them.
    loader.set_use_isolating(false);
    loader
}

/// The interface's messages (`cowork.ftl`, the file `fl!` checks ids against).
const INTERFACE_DOMAIN: &str = "cowork";
/// The documents' fixed words (`cowork-documents.ftl`): a file of their own, so that
/// making a document does not load every message of the interface; the report's words
/// (`doc-report-…`) and the summary's (`doc-summary-…`) are in files of their own again,
/// so that the plan, the lists and the certificates do not load them either.
const DOCUMENTS_DOMAIN: &str = "cowork-documents";
const REPORT_DOMAIN: &str = "cowork-report";
const SUMMARY_DOMAIN: &str = "cowork-summary";

/// Each documents' file in each language, loaded on the first word asked of it.
static DOCUMENTS: [[LazyLock<FluentLanguageLoader>; 3]; 2] = [
    [
        LazyLock::new(|| load(DOCUMENTS_DOMAIN, "ru")),
        LazyLock::new(|| load(REPORT_DOMAIN, "ru")),
        LazyLock::new(|| load(SUMMARY_DOMAIN, "ru")),
    ],
    [
        LazyLock::new(|| load(DOCUMENTS_DOMAIN, "en")),
        LazyLock::new(|| load(REPORT_DOMAIN, "en")),
        LazyLock::new(|| load(SUMMARY_DOMAIN, "en")),
    ],
];

/// The loader of the documents' file that holds word `id` in `language` (see
/// [`crate::view::labels::word`]).
pub fn documents_loader(language: Language, id: &str) -> &'static FluentLanguageLoader {
    let file = if id.starts_with("doc-report-") {
        1
    } else if id.starts_with("doc-summary-") {
        2
    } else {
        0
    };
    let language = match language {
        Language::Ru => 0,
        Language::En => 1,
    };
    &DOCUMENTS[language][file]
}

static RUSSIAN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(INTERFACE_DOMAIN, "ru"));
static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(INTERFACE_DOMAIN, "en"));

/// The messages of `language`.
pub fn loader(language: Language) -> &'static FluentLanguageLoader {
    match language {
        Language::Ru => &RUSSIAN,
        Language::En => &ENGLISH,
    }
}

/// The interface language: 0 Russian (the default), 1 English.
static INTERFACE: AtomicU8 = AtomicU8::new(0);

/// Sets the language the program speaks in for the rest of the run; the command line
/// decides it once, before anything is said.
pub fn set_interface(language: Language) {
    let code = match language {
        Language::Ru => 0,
        Language::En => 1,
    };
    INTERFACE.store(code, Ordering::Relaxed);
}

/// The language the program speaks in: Russian unless [`set_interface`] said otherwise.
pub fn interface() -> Language {
    match INTERFACE.load(Ordering::Relaxed) {
        1 => Language::En,
        _ => Language::Ru,
    }
}

/// The messages of the interface language.
pub fn interface_loader() -> &'static FluentLanguageLoader {
    loader(interface())
}

/// A message in the interface language: `tr!("id")`, `tr!("id", name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::fluent::interface_loader(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::fluent::interface_loader(), $id, $($args)*)
    };
}

/// A message in a given language: `tr_in!(language, "id", name = value, …)`.
#[macro_export]
macro_rules! tr_in {
    ($language:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::fluent::loader($language), $id)
    };
    ($language:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::fluent::loader($language), $id, $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use fluent_syntax::ast;

    /// Each message and term of a file with the variables it uses.
    fn messages(text: &str) -> BTreeMap<String, Vec<String>> {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("the message file does not parse: {errors:?}"));
        let mut found = BTreeMap::new();
        for entry in resource.body {
            let (id, pattern, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut variables = Vec::new();
            for p in pattern.iter().chain(attributes.iter().map(|a| &a.value)) {
                collect_variables(p, &mut variables);
            }
            variables.sort();
            variables.dedup();
            assert!(
                found.insert(id.clone(), variables).is_none(),
                "{id} is written twice"
            );
        }
        found
    }

    fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                collect_expression(expression, out);
            }
        }
    }

    fn collect_expression(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                collect_inline(selector, out);
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
            ast::Expression::Inline(inline) => collect_inline(inline, out),
        }
    }

    fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    collect_inline(a, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
            _ => {}
        }
    }

    #[test]
    fn both_languages_have_the_same_messages_with_the_same_arguments() {
        same_messages(
            include_str!("../../i18n/ru/cowork.ftl"),
            include_str!("../../i18n/en/cowork.ftl"),
        );
        same_messages(
            include_str!("../../i18n/ru/cowork-documents.ftl"),
            include_str!("../../i18n/en/cowork-documents.ftl"),
        );
        same_messages(
            include_str!("../../i18n/ru/cowork-report.ftl"),
            include_str!("../../i18n/en/cowork-report.ftl"),
        );
        same_messages(
            include_str!("../../i18n/ru/cowork-summary.ftl"),
            include_str!("../../i18n/en/cowork-summary.ftl"),
        );
    }

    #[test]
    fn each_word_is_in_the_file_it_is_looked_up_in() {
        use crate::session::model::Language;
        let files = [
            (
                "cowork-documents",
                include_str!("../../i18n/ru/cowork-documents.ftl"),
            ),
            (
                "cowork-report",
                include_str!("../../i18n/ru/cowork-report.ftl"),
            ),
            (
                "cowork-summary",
                include_str!("../../i18n/ru/cowork-summary.ftl"),
            ),
        ];
        for (file, text) in files {
            for id in messages(text).keys().filter(|id| !id.starts_with('-')) {
                for language in [Language::Ru, Language::En] {
                    assert!(
                        super::documents_loader(language, id).has(id),
                        "{id} of {file}.ftl is looked up in another file"
                    );
                }
            }
        }
    }

    fn same_messages(ru: &str, en: &str) {
        let ru = messages(ru);
        let en = messages(en);
        let only_ru: Vec<_> = ru.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<_> = en.keys().filter(|k| !ru.contains_key(*k)).collect();
        assert!(only_ru.is_empty(), "only in Russian: {only_ru:?}");
        assert!(only_en.is_empty(), "only in English: {only_en:?}");
        for (id, variables) in &ru {
            // A term (`-name`) may take its own parameters; a message's must agree.
            if !id.starts_with('-') {
                assert_eq!(variables, &en[id], "{id}: the arguments differ");
            }
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        use crate::session::model::Language;
        for (n, ru) in [
            (1, "1 ошибка"),
            (3, "3 ошибки"),
            (5, "5 ошибок"),
            (21, "21 ошибка"),
        ] {
            assert_eq!(crate::tr_in!(Language::Ru, "error-count", count = n), ru);
        }
        assert_eq!(
            crate::tr_in!(Language::En, "error-count", count = 1),
            "1 error"
        );
        assert_eq!(
            crate::tr_in!(Language::En, "error-count", count = 2),
            "2 errors"
        );
    }
}
