//! Which language the program speaks: one rule for every command, decided before anything
//! is said (clap's help and errors included).

use std::ffi::OsString;

use crate::session::model::Language;

/// The interface language: `--lang ru|en` on the command line (before or after the
/// subcommand), else `COWORK_LANG`, else `language` of `cowork.toml`, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG` beginning with `en`), else Russian.
pub fn choose(args: &[OsString], config_language: Option<Language>) -> Language {
    flag(args)
        .or_else(|| std::env::var("COWORK_LANG").ok().and_then(|v| parse(&v)))
        .or(config_language)
        .or_else(locale)
        .unwrap_or(Language::Ru)
}

/// `--lang X` or `--lang=X` anywhere before a `--` that ends the options.
pub fn flag(args: &[OsString]) -> Option<Language> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if word == "--lang" {
            return words.next().and_then(|v| parse(&v));
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return parse(value);
        }
    }
    None
}

fn parse(value: &str) -> Option<Language> {
    match value.trim().to_ascii_lowercase().as_str() {
        "ru" | "rus" | "russian" | "русский" => Some(Language::Ru),
        "en" | "eng" | "english" => Some(Language::En),
        _ => None,
    }
}

/// English when the first locale variable that is set begins with `en`.
fn locale() -> Option<Language> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())?;
    value.starts_with("en").then_some(Language::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_before_or_after_the_subcommand() {
        assert_eq!(
            flag(&args(&["cowork", "--lang", "en", "check"])),
            Some(Language::En)
        );
        assert_eq!(
            flag(&args(&["cowork", "check", "a.toml", "--lang=en"])),
            Some(Language::En)
        );
        assert_eq!(flag(&args(&["cowork", "check", "--", "--lang"])), None);
        assert_eq!(flag(&args(&["cowork", "check"])), None);
    }
}
