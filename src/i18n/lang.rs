//! Document language: Russian and English dates, quotes and headings.

use chrono::{Datelike, NaiveDate};

use crate::session::model::{Language, Phase, Role};

/// The months in the genitive, as a date writes them («3 декабря»); also what
/// [`crate::i18n::typography`] ties to the number before it.
pub(crate) const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month(lang: Language, date: NaiveDate) -> &'static str {
    let i = date.month0() as usize;
    match lang {
        Language::Ru => MONTHS_RU[i],
        Language::En => MONTHS_EN[i],
    }
}

/// The non-breaking space that ties the parts of a date together.
const NBSP: char = crate::i18n::typography::NBSP;

fn year_suffix(lang: Language, year: i32) -> String {
    match lang {
        Language::Ru => format!("{year}{NBSP}г."),
        Language::En => year.to_string(),
    }
}

/// «3 декабря 2026 г.» / «3 December 2026», its parts tied with non-breaking spaces so
/// that a line never breaks inside a date.
pub fn date(lang: Language, d: NaiveDate) -> String {
    format!(
        "{}{NBSP}{}{NBSP}{}",
        d.day(),
        month(lang, d),
        year_suffix(lang, d.year())
    )
}

/// A date with its weekday as each language writes it: «3 декабря 2026 г., четверг»,
/// "Thursday 3 December 2026": the day headings of the plan and the door schedules.
pub fn date_with_weekday(lang: Language, d: NaiveDate) -> String {
    match lang {
        Language::Ru => format!("{}, {}", date(lang, d), weekday(lang, d)),
        Language::En => format!("{} {}", weekday(lang, d), date(lang, d)),
    }
}

/// «четверг» / «Thursday».
pub fn weekday(lang: Language, d: NaiveDate) -> &'static str {
    let i = d.weekday().num_days_from_monday() as usize;
    let names = match lang {
        Language::Ru => [
            "понедельник",
            "вторник",
            "среда",
            "четверг",
            "пятница",
            "суббота",
            "воскресенье",
        ],
        Language::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
    };
    names[i]
}

/// The session's days in one phrase: «3–4 декабря 2026 г.», «30 ноября – 1 декабря 2026 г.»,
/// «3 и 5 декабря 2026 г.»; the English forms likewise.
pub fn dates(lang: Language, dates: &[NaiveDate]) -> String {
    match dates {
        [] => String::new(),
        [one] => date(lang, *one),
        [first, .., last] if is_consecutive(dates) => {
            if first.year() != last.year() {
                format!("{}{NBSP}– {}", date(lang, *first), date(lang, *last))
            } else if first.month() != last.month() {
                format!(
                    "{}{NBSP}{}{NBSP}– {}",
                    first.day(),
                    month(lang, *first),
                    date(lang, *last)
                )
            } else {
                format!("{}–{}", first.day(), date(lang, *last))
            }
        }
        _ => list_dates(lang, dates),
    }
}

fn is_consecutive(dates: &[NaiveDate]) -> bool {
    dates.windows(2).all(|w| w[0].succ_opt() == Some(w[1]))
}

/// «30 ноября, 2 и 4 декабря 2026 г.»: the days in one list, commas between all but the
/// last two and «и» before the last; each month said once, after its last day, and each
/// year once, after the last day of that year.
fn list_dates(lang: Language, dates: &[NaiveDate]) -> String {
    let items: Vec<String> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let next = dates.get(i + 1);
            let month_ends = next.is_none_or(|n| n.month() != d.month() || n.year() != d.year());
            let year_ends = next.is_none_or(|n| n.year() != d.year());
            match (month_ends, year_ends) {
                (_, true) => date(lang, *d),
                (true, false) => format!("{}{NBSP}{}", d.day(), month(lang, *d)),
                (false, false) => d.day().to_string(),
            }
        })
        .collect();
    join_and(lang, &items)
}

/// «a, b и c» / «a, b and c».
pub fn join_and(lang: Language, items: &[String]) -> String {
    let and = match lang {
        Language::Ru => " и ",
        Language::En => " and ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// Wraps a title in the language's quotation marks unless it already carries its own.
pub fn quote(lang: Language, text: &str) -> String {
    let t = text.trim();
    let already =
        t.starts_with('«') || t.starts_with('"') || t.starts_with('“') || t.starts_with('„');
    if already || t.is_empty() {
        return t.to_string();
    }
    // Quotes inside quotes are the other kind: «… „…“ …», “… ‘…’ …”.
    match lang {
        Language::Ru => format!("«{}»", t.replace('«', "„").replace('»', "“")),
        Language::En => format!("“{}”", t.replace('“', "‘").replace('”', "’")),
    }
}

/// An activity's title as a plan prints it: in quotes after its format («Мастер-класс
/// „Время действовать!“» reads `format «title»`), bare when there is no format to name it.
pub fn activity_title(lang: Language, format: Option<&str>, title: &str) -> String {
    match format.map(str::trim) {
        Some(f) if !f.is_empty() => quote(lang, title),
        _ => title.trim().to_string(),
    }
}

/// The name of a phase of the session as the documents print it («Информационное
/// погружение»), from the `doc-phase-…` words.
pub fn phase_name(lang: Language, phase: Phase) -> &'static str {
    super::words::word(
        lang,
        match phase {
            Phase::Immersion => "doc-phase-immersion",
            Phase::Presentation => "doc-phase-presentation",
            Phase::GroupWork => "doc-phase-group-work",
            Phase::Discussion => "doc-phase-discussion",
        },
    )
}

/// A participant's role in a list («модератор»), from the `doc-role-…` words.
pub fn role_name(lang: Language, role: Role) -> &'static str {
    super::words::word(
        lang,
        match role {
            Role::Participant => "doc-role-participant",
            Role::Moderator => "doc-role-moderator",
            Role::Mentor => "doc-role-mentor",
            Role::Guest => "doc-role-guest",
            Role::Organizer => "doc-role-organizer",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test input is valid")
    }

    /// A phrase with its non-breaking spaces shown as `_`.
    fn shown(text: String) -> String {
        text.replace(NBSP, "_")
    }

    fn ru(days: &[&str]) -> String {
        shown(dates(
            Language::Ru,
            &days.iter().map(|s| d(s)).collect::<Vec<_>>(),
        ))
    }

    fn en(days: &[&str]) -> String {
        shown(dates(
            Language::En,
            &days.iter().map(|s| d(s)).collect::<Vec<_>>(),
        ))
    }

    #[test]
    fn russian_dates() {
        assert_eq!(
            shown(date(Language::Ru, d("2026-12-03"))),
            "3_декабря_2026_г."
        );
        assert_eq!(ru(&[]), "");
        assert_eq!(ru(&["2026-12-03"]), "3_декабря_2026_г.");
        assert_eq!(ru(&["2026-12-03", "2026-12-04"]), "3–4_декабря_2026_г.");
        assert_eq!(
            ru(&["2026-11-30", "2026-12-01"]),
            "30_ноября_– 1_декабря_2026_г."
        );
        assert_eq!(ru(&["2026-12-03", "2026-12-05"]), "3 и 5_декабря_2026_г.");
        assert_eq!(
            ru(&["2026-12-03", "2026-12-05", "2026-12-07"]),
            "3, 5 и 7_декабря_2026_г."
        );
        assert_eq!(
            ru(&["2026-11-30", "2026-12-02", "2026-12-04"]),
            "30_ноября, 2 и 4_декабря_2026_г."
        );
        assert_eq!(
            ru(&["2026-11-25", "2026-11-30", "2026-12-02", "2027-01-14"]),
            "25, 30_ноября, 2_декабря_2026_г. и 14_января_2027_г."
        );
        assert_eq!(
            ru(&["2026-12-31", "2027-01-01"]),
            "31_декабря_2026_г._– 1_января_2027_г."
        );
        assert_eq!(
            ru(&["2026-12-29", "2027-01-12"]),
            "29_декабря_2026_г. и 12_января_2027_г."
        );
        assert_eq!(weekday(Language::Ru, d("2026-12-03")), "четверг");
        assert_eq!(
            shown(date_with_weekday(Language::Ru, d("2026-12-03"))),
            "3_декабря_2026_г., четверг"
        );
    }

    #[test]
    fn english_dates() {
        assert_eq!(
            shown(date(Language::En, d("2026-12-03"))),
            "3_December_2026"
        );
        assert_eq!(en(&["2027-04-08"]), "8_April_2027");
        assert_eq!(
            en(&["2026-11-27", "2026-12-02"]),
            "27_November and 2_December_2026"
        );
        assert_eq!(en(&["2027-04-15", "2027-04-16"]), "15–16_April_2027");
        assert_eq!(
            en(&["2026-11-30", "2026-12-02", "2026-12-04"]),
            "30_November, 2 and 4_December_2026"
        );
        assert_eq!(
            en(&["2026-12-30", "2027-01-12", "2027-01-14"]),
            "30_December_2026, 12 and 14_January_2027"
        );
        assert_eq!(
            en(&["2026-12-31", "2027-01-01"]),
            "31_December_2026_– 1_January_2027"
        );
        assert_eq!(
            shown(date_with_weekday(Language::En, d("2027-04-08"))),
            "Thursday 8_April_2027"
        );
    }

    #[test]
    fn quotes_once() {
        assert_eq!(quote(Language::Ru, "Тема"), "«Тема»");
        assert_eq!(quote(Language::Ru, "«Тема»"), "«Тема»");
        assert_eq!(quote(Language::En, "Theme"), "“Theme”");
        assert_eq!(
            quote(Language::Ru, "Сборник «Патриотизм» для педагогов"),
            "«Сборник „Патриотизм“ для педагогов»"
        );
        assert_eq!(
            activity_title(Language::Ru, None, "Кофе-пауза"),
            "Кофе-пауза"
        );
        assert_eq!(
            activity_title(Language::Ru, Some("Мастер-класс"), "Игра"),
            "«Игра»"
        );
    }
}
