//! Russian alphabetical order for names: Ё sorts with Е, case is ignored, Cyrillic before Latin.
//!
//! A three-level comparison in the manner of the Unicode Collation Algorithm with the CLDR
//! Russian tailoring, enough for lists of people:
//! 1. letters alone: «ё» counts as «е», case is ignored, spaces and punctuation sort before
//!    digits, digits before Cyrillic, Cyrillic before Latin, anything else after;
//! 2. on a tie, «е» before «ё» (Елкин, Ёлкин);
//! 3. on a tie again, lower case before upper case, and finally the text itself, so the
//!    order is total and sorting is deterministic.

#[cfg(test)]
use std::cmp::Ordering;

/// A precomputed collation key; compare keys instead of strings to sort in n log n.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    primary: Vec<u32>,
    /// `true` where the letter was «ё», compared only when the primary weights tie.
    accents: Vec<bool>,
    /// `true` where the letter was upper case.
    cases: Vec<bool>,
    original: String,
}

/// Character classes in sorting order, the high byte of a primary weight.
const SEPARATOR: u32 = 0;
const DIGIT: u32 = 1;
const CYRILLIC: u32 = 2;
const LATIN: u32 = 3;
const OTHER: u32 = 4;

/// The lower case of a letter, as its first `to_lowercase` char: at once for Latin and
/// Cyrillic capitals (names are almost all of them), through Unicode's tables otherwise.
pub(crate) fn lower(c: char) -> char {
    match c {
        'a'..='z' | 'а'..='я' | 'ѐ'..='џ' => c,
        // А…Я → а…я and Ѐ…Џ (Ё among them) → ѐ…џ are fixed offsets.
        'A'..='Z' | 'А'..='Я' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(u32::from(c) + 0x50).unwrap_or(c),
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Whether a letter is upper case: at once for Latin and Cyrillic, as [`lower`].
fn is_upper(c: char) -> bool {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Ѐ'..='Џ' => true,
        'a'..='z' | 'а'..='я' | 'ѐ'..='џ' => false,
        _ => c.is_uppercase(),
    }
}

fn primary(c: char) -> (u32, bool) {
    let lower = lower(c);
    let (lower, yo) = match lower {
        'ё' => ('е', true),
        other => (other, false),
    };
    let class =
        if lower.is_whitespace() || lower.is_ascii_punctuation() || is_typographic_mark(lower) {
            SEPARATOR
        } else if lower.is_ascii_digit() {
            DIGIT
        } else if ('\u{0400}'..='\u{04FF}').contains(&lower) {
            // а…я are contiguous and in alphabetical order in Unicode.
            CYRILLIC
        } else if lower.is_ascii_alphabetic() {
            LATIN
        } else {
            OTHER
        };
    // Every kind of space sorts as one space.
    let lower = if lower.is_whitespace() { ' ' } else { lower };
    ((class << 24) | u32::from(lower), yo)
}

/// Dashes and quotation marks that are not ASCII punctuation but sort like it.
fn is_typographic_mark(c: char) -> bool {
    matches!(c, '‐' | '‑' | '‒' | '–' | '—' | '«' | '»' | '“' | '”' | '„')
}

/// The collation key of `text`.
pub fn sort_key(text: &str) -> SortKey {
    let text = text.trim();
    let mut key = SortKey {
        primary: Vec::with_capacity(text.len()),
        accents: Vec::with_capacity(text.len()),
        cases: Vec::with_capacity(text.len()),
        original: text.to_string(),
    };
    for c in text.chars() {
        let (weight, yo) = primary(c);
        key.primary.push(weight);
        key.accents.push(yo);
        key.cases.push(is_upper(c));
    }
    key
}

/// Compares two texts in Russian alphabetical order.
#[cfg(test)]
pub fn compare(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b))
}

/// Sorts items by a text in Russian alphabetical order, computing each key once.
pub fn sort_by_text<T, S: AsRef<str>>(items: &mut [T], text: impl Fn(&T) -> S) {
    items.sort_by_cached_key(|item| sort_key(text(item).as_ref()));
}

/// A text as compared loosely — a title typed from memory, a point written again in the
/// next session: its letters and digits, word by word, lower case, «ё» as «е»; quotes,
/// punctuation and extra spaces dropped.
pub fn fold_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        push_folded(&mut out, word);
    }
    out
}

/// Case- and ё-insensitive form of a text, for matching what a person typed.
pub fn fold(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len());
    push_folded(&mut out, text);
    out
}

/// `text` in lower case, «ё» as «е», onto `out`.
fn push_folded(out: &mut String, text: &str) {
    let yo = |c: char| if c == 'ё' { 'е' } else { c };
    for c in text.chars() {
        if c.is_ascii() || ('\u{0400}'..='\u{045F}').contains(&c) {
            out.push(yo(lower(c)));
        } else {
            out.extend(c.to_lowercase().map(yo));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_lower_case_is_unicodes() {
        for c in ('\0'..='\u{52F}').chain(['ẞ', 'Ω', 'İ']) {
            assert_eq!(lower(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
        }
    }

    #[test]
    fn the_quick_cases_agree_with_unicode() {
        for c in (0..0x0600).filter_map(char::from_u32) {
            assert_eq!(lower(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            let folded: String = c
                .to_lowercase()
                .map(|l| if l == 'ё' { 'е' } else { l })
                .collect();
            assert_eq!(fold(&c.to_string()), folded.trim(), "{c:?}");
        }
    }

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        sort_by_text(&mut v, |s| s.clone());
        v
    }

    #[test]
    fn yo_sorts_with_ye() {
        assert_eq!(
            sorted(&["Жуков", "Ёлкина", "Егорова", "Елисеев", "Дьячков"]),
            ["Дьячков", "Егорова", "Елисеев", "Ёлкина", "Жуков"]
        );
        assert_eq!(
            sorted(&["Фёдоров", "Федотов", "Федоров"]),
            ["Федоров", "Фёдоров", "Федотов"]
        );
    }

    #[test]
    fn case_is_ignored_and_shorter_names_first() {
        assert_eq!(
            sorted(&["иванова Анна", "Иванов Пётр", "ИВАНОВ Игорь"]),
            ["ИВАНОВ Игорь", "Иванов Пётр", "иванова Анна"]
        );
        assert_eq!(compare("абв", "АБВ"), Ordering::Less);
    }

    #[test]
    fn cyrillic_before_latin_and_total_order() {
        assert_eq!(
            sorted(&["Smith", "Яковлева", "Алексеев", "1 группа"]),
            ["1 группа", "Алексеев", "Яковлева", "Smith"]
        );
        assert_ne!(compare("Ёж", "Еж"), Ordering::Equal);
    }

    #[test]
    fn folding_for_matching() {
        assert_eq!(fold(" Ёлкина Дарья "), "елкина дарья");
    }
}
