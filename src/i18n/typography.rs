//! Non-breaking spaces where a line must not break: dates, «№ 5», initials, numbers and their units, before a dash.

use crate::i18n::lang::{MONTHS_EN, MONTHS_RU};
use crate::session::model::Language;

/// The non-breaking space.
pub const NBSP: char = '\u{a0}';

/// Units written after a number in Russian: «2026 г.», «15 чел.», «40 мин», «2 ч».
const UNITS_RU: [&str; 9] = ["г.", "гг.", "чел.", "мин", "мин.", "ч", "ч.", "%", "руб."];

/// Units written after a number in English: "40 min", "2 h", "92 %".
const UNITS_EN: [&str; 5] = ["min", "min.", "h", "hrs", "%"];

/// Punctuation that may follow a word without changing what it is («декабря,», «г.)»).
fn trailing(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | ')' | ']' | '»' | '“' | '”' | '"' | '\'' | '!' | '?'
    )
}

/// Punctuation that may open a word («(Т.», «„Т.»).
fn leading(c: char) -> bool {
    matches!(c, '(' | '[' | '«' | '„' | '“' | '"' | '\'')
}

/// An initial: one capital letter and a full stop («Т.», "J.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.trim_start_matches(leading).chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(letter), Some('.'), None) if letter.is_uppercase()
    )
}

/// An initial possibly followed by punctuation («А.,»).
fn is_initial_then_punct(word: &str) -> bool {
    is_initial(word.trim_end_matches(trailing))
}

fn ends_with_digit(word: &str) -> bool {
    word.chars().next_back().is_some_and(|c| c.is_ascii_digit())
}

fn ends_with_letter(word: &str) -> bool {
    word.trim_end_matches(['»', '“', '"'])
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
}

fn is_month(lang: Language, word: &str) -> bool {
    let word = word.trim_start_matches(leading).trim_end_matches(trailing);
    match lang {
        Language::Ru => MONTHS_RU.contains(&word),
        Language::En => MONTHS_EN.contains(&word),
    }
}

fn is_unit(lang: Language, word: &str) -> bool {
    let word = word.trim_end_matches(trailing);
    match lang {
        Language::Ru => UNITS_RU.contains(&word),
        Language::En => UNITS_EN.contains(&word),
    }
}

fn starts_with_year(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits == 4
}

/// Whether the space between `left` and `right` must not break a line.
fn ties(lang: Language, left: &str, right: &str) -> bool {
    if left.is_empty() || right.is_empty() {
        return false;
    }
    let number_sign = left.ends_with('№')
        || (lang == Language::En
            && left.ends_with("No.")
            && right.starts_with(|c: char| c.is_ascii_digit()));
    number_sign
        // « — », « – »: a dash never starts a line.
        || right.starts_with(['—', '–'])
        // «3 декабря», «3–4 декабря», "8 April"; «2026 г.», «15 чел.», «40 мин», «92 %».
        || (ends_with_digit(left) && (is_month(lang, right) || is_unit(lang, right)))
        // «декабря 2026», "April 2027" (the cheap test first: most words are no year).
        || (starts_with_year(right) && is_month(lang, left))
        // «Т. А. Иванова», «Иванова Т. А.».
        || (is_initial(left) && right.starts_with(char::is_alphabetic))
        || (is_initial_then_punct(right) && (ends_with_letter(left) || is_initial(left)))
}

/// `text` with its ordinary spaces made non-breaking where a line must not break: in dates
/// («3 декабря 2026 г.», "8 April 2027"), after «№» (and "No." before a number), around
/// initials («Т. А. Иванова», «Иванова Т. А.»), between a number and its unit («г.»,
/// «чел.», «мин», «ч», «%») and before a dash («текст — текст»). One pass over the text.
pub fn tie(text: &str, lang: Language) -> String {
    if !text.contains(' ') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut words = text.split(' ');
    let Some(mut left) = words.next() else {
        return out;
    };
    out.push_str(left);
    for right in words {
        if ties(lang, left, right) {
            out.push(NBSP);
        } else {
            out.push(' ');
        }
        out.push_str(right);
        left = right;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with its non-breaking spaces shown as `_`.
    fn shown(text: &str, lang: Language) -> String {
        tie(text, lang).replace(NBSP, "_")
    }

    #[test]
    fn russian_dates_are_tied() {
        assert_eq!(
            shown("Дата: 3 декабря 2026 г., четверг", Language::Ru),
            "Дата: 3_декабря_2026_г., четверг"
        );
        assert_eq!(
            shown("3–4 декабря 2026 г.", Language::Ru),
            "3–4_декабря_2026_г."
        );
        assert_eq!(
            shown("30 ноября – 1 декабря 2026 г.", Language::Ru),
            "30_ноября_– 1_декабря_2026_г."
        );
        assert_eq!(shown("с 10 мая", Language::Ru), "с 10_мая");
    }

    #[test]
    fn english_dates_are_tied() {
        assert_eq!(
            shown("Thursday 8 April 2027", Language::En),
            "Thursday 8_April_2027"
        );
        assert_eq!(
            shown("30 November, 2 and 4 December 2026", Language::En),
            "30_November, 2 and 4_December_2026"
        );
    }

    #[test]
    fn number_signs() {
        assert_eq!(
            shown("МБДОУ «Детский сад № 7 «Ёлочка»", Language::Ru),
            "МБДОУ «Детский сад №_7 «Ёлочка»"
        );
        assert_eq!(
            shown("No. 5 and No. one", Language::En),
            "No._5 and No. one"
        );
        // "No." is only the English sign.
        assert_eq!(shown("No. 5", Language::Ru), "No. 5");
    }

    #[test]
    fn initials_stay_with_the_surname() {
        assert_eq!(
            shown("Т. А. Иванова, старший воспитатель", Language::Ru),
            "Т._А._Иванова, старший воспитатель"
        );
        assert_eq!(
            shown("ответственный Белова Т. А., заведующий", Language::Ru),
            "ответственный Белова_Т._А., заведующий"
        );
        assert_eq!(shown("(Т. А. Белова)", Language::Ru), "(Т._А._Белова)");
        assert_eq!(shown("J. K. Rowling", Language::En), "J._K._Rowling");
        // A lowercase abbreviation is no initial; «г.» after a word is no unit.
        assert_eq!(shown("в г. Томске", Language::Ru), "в г. Томске");
    }

    #[test]
    fn units_stay_with_their_number() {
        assert_eq!(
            shown(
                "в 2026 г. было 15 чел., 40 мин и 2 ч; доля 92 %",
                Language::Ru
            ),
            "в 2026_г. было 15_чел., 40_мин и 2_ч; доля 92_%"
        );
        assert_eq!(
            shown("40 min, 2 h, 5 minutes", Language::En),
            "40_min, 2_h, 5 minutes"
        );
        // A word that only begins like a unit is none.
        assert_eq!(shown("5 человек", Language::Ru), "5 человек");
    }

    #[test]
    fn dashes_never_start_a_line() {
        assert_eq!(
            shown("Игра — ведущая деятельность", Language::Ru),
            "Игра_— ведущая деятельность"
        );
        assert_eq!(shown("09:00 – 10:00", Language::Ru), "09:00_– 10:00");
    }

    #[test]
    fn other_text_is_left_alone() {
        for text in [
            "",
            " ",
            "  два  пробела  ",
            "без пробелов",
            "слово",
            "Игра как средство развития",
            "line\nbreak — kept",
        ] {
            assert_eq!(
                tie(text, Language::Ru).replace(NBSP, " "),
                text,
                "only spaces change in {text:?}"
            );
        }
        assert_eq!(shown("  два  пробела  ", Language::Ru), "  два  пробела  ");
        // Existing non-breaking spaces stay.
        assert_eq!(tie("3\u{a0}декабря", Language::Ru), "3\u{a0}декабря");
    }

    #[test]
    fn a_long_text_is_tied_throughout() {
        // (How fast is the benchmark's business, not a test's: a timed test fails on a busy
        // machine. Here: every repeat of the pattern is tied alike, and nothing is lost.)
        let one = "Т. А. Иванова — 3 декабря 2026 г., № 5, 15 чел. ";
        let long = one.repeat(20_000);
        let tied = tie(&long, Language::Ru);
        assert_eq!(tied.chars().count(), long.chars().count());
        assert_eq!(tied, tie(one, Language::Ru).repeat(20_000));
    }
}
