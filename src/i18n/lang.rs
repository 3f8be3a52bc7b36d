//! Document language: Russian and English dates, quotes and headings.

use chrono::{Datelike, NaiveDate};

use crate::session::model::{Language, Phase, Role};

const MONTHS_RU: [&str; 12] = [
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
const MONTHS_EN: [&str; 12] = [
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

fn year_suffix(lang: Language, year: i32) -> String {
    match lang {
        Language::Ru => format!("{year} г."),
        Language::En => year.to_string(),
    }
}

/// «3 декабря 2026 г.» / «3 December 2026».
pub fn date(lang: Language, d: NaiveDate) -> String {
    format!(
        "{} {} {}",
        d.day(),
        month(lang, d),
        year_suffix(lang, d.year())
    )
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
                format!("{} – {}", date(lang, *first), date(lang, *last))
            } else if first.month() != last.month() {
                format!(
                    "{} {} – {}",
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

/// «3, 5 и 7 декабря 2026 г.»: days grouped by month, month and year said once.
fn list_dates(lang: Language, dates: &[NaiveDate]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < dates.len() {
        let mut j = i;
        while j + 1 < dates.len()
            && dates[j + 1].month() == dates[i].month()
            && dates[j + 1].year() == dates[i].year()
        {
            j += 1;
        }
        let days: Vec<String> = dates[i..=j].iter().map(|d| d.day().to_string()).collect();
        let last_of_year = j + 1 == dates.len() || dates[j + 1].year() != dates[i].year();
        let tail = if last_of_year {
            format!(
                "{} {}",
                month(lang, dates[i]),
                year_suffix(lang, dates[i].year())
            )
        } else {
            month(lang, dates[i]).to_string()
        };
        parts.push(format!("{} {tail}", join_and(lang, &days)));
        i = j + 1;
    }
    join_and(lang, &parts)
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

pub fn phase_name(lang: Language, phase: Phase) -> &'static str {
    match (lang, phase) {
        (Language::Ru, Phase::Immersion) => "Информационное погружение",
        (Language::Ru, Phase::Presentation) => "Презентация профессионального опыта",
        (Language::Ru, Phase::GroupWork) => "Работа в группах по применению и адаптации методики",
        (Language::Ru, Phase::Discussion) => "Обсуждение методики в формате «плюсы» и «минусы»",
        (Language::En, Phase::Immersion) => "Information immersion",
        (Language::En, Phase::Presentation) => "Presentation of professional experience",
        (Language::En, Phase::GroupWork) => "Group work on applying and adapting the method",
        (Language::En, Phase::Discussion) => "Discussion in the “pluses and minuses” format",
    }
}

pub fn role_name(lang: Language, role: Role) -> &'static str {
    match (lang, role) {
        (Language::Ru, Role::Participant) => "участник",
        (Language::Ru, Role::Moderator) => "модератор",
        (Language::Ru, Role::Mentor) => "наставник",
        (Language::Ru, Role::Guest) => "гость",
        (Language::Ru, Role::Organizer) => "организатор",
        (Language::En, Role::Participant) => "participant",
        (Language::En, Role::Moderator) => "moderator",
        (Language::En, Role::Mentor) => "mentor",
        (Language::En, Role::Guest) => "guest",
        (Language::En, Role::Organizer) => "organizer",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test input is valid")
    }

    #[test]
    fn russian_dates() {
        assert_eq!(date(Language::Ru, d("2026-12-03")), "3 декабря 2026 г.");
        assert_eq!(
            dates(Language::Ru, &[d("2026-12-03"), d("2026-12-04")]),
            "3–4 декабря 2026 г."
        );
        assert_eq!(
            dates(Language::Ru, &[d("2026-11-30"), d("2026-12-01")]),
            "30 ноября – 1 декабря 2026 г."
        );
        assert_eq!(
            dates(
                Language::Ru,
                &[d("2026-12-03"), d("2026-12-05"), d("2026-12-07")]
            ),
            "3, 5 и 7 декабря 2026 г."
        );
        assert_eq!(
            dates(Language::Ru, &[d("2026-12-31"), d("2027-01-01")]),
            "31 декабря 2026 г. – 1 января 2027 г."
        );
        assert_eq!(weekday(Language::Ru, d("2026-12-03")), "четверг");
    }

    #[test]
    fn english_dates() {
        assert_eq!(date(Language::En, d("2026-12-03")), "3 December 2026");
        assert_eq!(
            dates(Language::En, &[d("2026-11-27"), d("2026-12-02")]),
            "27 November and 2 December 2026"
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
