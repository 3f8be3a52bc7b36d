//! Series named after the school year (1 September – 31 August): the year pair of a series name made that of a new session's date.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::i18n::lang;
use crate::session::model::Language;

/// The first calendar year of the school year `date` belongs to: 2026 for any day from
/// 1 September 2026 to 31 August 2027.
pub fn first_year(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// The series name for a session starting on `date`: each year pair in `name` — two
/// consecutive years as «2026/2027», «2026-2027», «2026–2027» or «2026/27», not part of a
/// longer number — made the school year of `date`, written the same way; a name without one
/// comes back as it is.
pub fn series_for(name: &str, date: NaiveDate) -> String {
    let first = first_year(date);
    let mut out = String::with_capacity(name.len());
    let mut copied = 0;
    for (at, pair) in year_pairs(name) {
        out.push_str(&name[copied..at.start]);
        out.push_str(&pair.with_first(first));
        copied = at.end;
    }
    out.push_str(&name[copied..]);
    out
}

/// How a plan spanning school years names its series in its heading and its calendar:
/// the one name; names that differ only in their one year pair as that name with the
/// years joined («Методические коворкинги 2026/2027 и 2027/2028»); other names joined.
pub fn heading(language: Language, names: &[String]) -> String {
    let Some(first) = names.first() else {
        return String::new();
    };
    let pairs = year_pairs(first);
    if let [(at, _)] = pairs.as_slice() {
        let (before, after) = (&first[..at.start], &first[at.end..]);
        let years: Option<Vec<String>> = names
            .iter()
            .map(|name| {
                let pairs = year_pairs(name);
                let [(own, _)] = pairs.as_slice() else {
                    return None;
                };
                let own = own.clone();
                (name[..own.start] == *before && name[own.end..] == *after)
                    .then(|| name[own].to_string())
            })
            .collect();
        if let Some(years) = years {
            return format!("{before}{}{after}", lang::join_and(language, &years));
        }
    }
    lang::join_and(language, names)
}

/// Every year pair of `text`, where it is and how it is written, in order.
fn year_pairs(text: &str) -> Vec<(Range<usize>, YearPair)> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut after_digit = false;
    while at < text.len() {
        let rest = &text[at..];
        if !after_digit && let Some((pair, len)) = year_pair(rest) {
            found.push((at..at + len, pair));
            at += len;
            after_digit = true;
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        after_digit = c.is_ascii_digit();
        at += c.len_utf8();
    }
    found
}

/// A year pair as written: its separator and whether the second year has two digits.
struct YearPair {
    separator: char,
    short: bool,
}

impl YearPair {
    fn with_first(&self, first: i32) -> String {
        let second = first + 1;
        if self.short {
            format!("{first}{}{:02}", self.separator, second.rem_euclid(100))
        } else {
            format!("{first}{}{second}", self.separator)
        }
    }
}

/// A year pair at the start of `text`, and its length in bytes.
fn year_pair(text: &str) -> Option<(YearPair, usize)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    if digits(text) != 4 {
        return None;
    }
    let first: i32 = text[..4].parse().ok()?;
    let separator = text[4..].chars().next()?;
    if !matches!(separator, '/' | '-' | '–' | '—') {
        return None;
    }
    let tail = &text[4 + separator.len_utf8()..];
    let (second, short) = match digits(tail) {
        4 => (tail[..4].parse::<i32>().ok()?, false),
        2 => (tail[..2].parse::<i32>().ok()?, true),
        _ => return None,
    };
    let consecutive = if short {
        second == (first + 1).rem_euclid(100)
    } else {
        second == first + 1
    };
    let len = 4 + separator.len_utf8() + if short { 2 } else { 4 };
    consecutive.then_some((YearPair { separator, short }, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
    }

    #[test]
    fn the_school_year_turns_on_the_first_of_september() {
        assert_eq!(first_year(day("2027-08-31")), 2026);
        assert_eq!(first_year(day("2027-09-01")), 2027);
        assert_eq!(first_year(day("2027-01-15")), 2026);
    }

    #[test]
    fn the_year_pair_becomes_the_new_dates_school_year() {
        let october = day("2027-10-14");
        let cases = [
            (
                "Методические коворкинги 2026/2027",
                "Методические коворкинги 2027/2028",
            ),
            ("Коворкинги 2026-2027 уч. г.", "Коворкинги 2027-2028 уч. г."),
            ("Серия 2026–2027", "Серия 2027–2028"),
            ("Серия 2026/27", "Серия 2027/28"),
            ("2027/2028: наставничество", "2027/2028: наставничество"),
            // No year pair: left as it is.
            ("Наставничество", "Наставничество"),
            ("Серия 2026 года", "Серия 2026 года"),
            ("Серия 2026/2028", "Серия 2026/2028"),
            ("№ 12026/2027", "№ 12026/2027"),
            ("Серия 2026/20270", "Серия 2026/20270"),
        ];
        for (name, renamed) in cases {
            assert_eq!(series_for(name, october), renamed, "{name}");
        }
        assert_eq!(
            series_for("Коворкинги 2099/2100", day("2099-12-01")),
            "Коворкинги 2099/2100"
        );
        assert_eq!(
            series_for("Коворкинги 2026/27", day("2099-12-01")),
            "Коворкинги 2099/00"
        );
        assert_eq!(series_for("", october), "");
        assert_eq!(
            series_for("2026/2027 и 2026-27", october),
            "2027/2028 и 2027-28"
        );
    }

    #[test]
    fn a_heading_names_each_school_year_once() {
        let names = |list: &[&str]| -> Vec<String> { list.iter().map(|s| s.to_string()).collect() };
        assert_eq!(
            heading(Language::Ru, &names(&["Методические коворкинги 2026/2027"])),
            "Методические коворкинги 2026/2027"
        );
        assert_eq!(
            heading(
                Language::Ru,
                &names(&[
                    "Методические коворкинги 2026/2027",
                    "Методические коворкинги 2027/2028"
                ])
            ),
            "Методические коворкинги 2026/2027 и 2027/2028"
        );
        assert_eq!(
            heading(
                Language::En,
                &names(&[
                    "Series 2026-27 (mentors)",
                    "Series 2027-28 (mentors)",
                    "Series 2028-29 (mentors)"
                ])
            ),
            "Series 2026-27, 2027-28 and 2028-29 (mentors)"
        );
        // Names that differ elsewhere, or with two year pairs, are joined whole.
        assert_eq!(
            heading(Language::Ru, &names(&["А 2026/2027", "Б 2027/2028"])),
            "А 2026/2027 и Б 2027/2028"
        );
        assert_eq!(
            heading(
                Language::Ru,
                &names(&["2026/2027 и 2026/27", "2027/2028 и 2027/28"])
            ),
            "2026/2027 и 2026/27 и 2027/2028 и 2027/28"
        );
        assert_eq!(heading(Language::Ru, &[]), "");
    }
}
