//! Time zones of sessions: IANA names read through `chrono-tz`, the default zone, and the hints for a name that is none.

use chrono_tz::{TZ_VARIANTS, Tz};

use crate::session::diagnostic::Suggester;

/// The zone of a session that names none and of a workspace whose `cowork.toml` names none.
pub const DEFAULT: Tz = Tz::Europe__Moscow;

/// The zone `name` names: exactly as the IANA database writes it, or ignoring case
/// (`europe/moscow`).
pub fn parse(name: &str) -> Option<Tz> {
    let name = name.trim();
    name.parse::<Tz>().ok().or_else(|| {
        TZ_VARIANTS
            .iter()
            .copied()
            .find(|tz| tz.name().eq_ignore_ascii_case(name))
    })
}

/// The zone of a session: its own `timezone` when that is a zone, else `default` (the
/// workspace's). A name that is no zone is an error of `check`, so a valid session's
/// zone is always its own.
pub fn of(timezone: Option<&str>, default: Tz) -> Tz {
    timezone.and_then(parse).unwrap_or(default)
}

/// Russian towns as a methodist may write them, with the zone each is in: the zones of
/// Russia by their towns, and the towns people name most.
const RUSSIAN_TOWNS: &[(&str, &str)] = &[
    ("калининград", "Europe/Kaliningrad"),
    ("москва", "Europe/Moscow"),
    ("мск", "Europe/Moscow"),
    ("msk", "Europe/Moscow"),
    ("санкт-петербург", "Europe/Moscow"),
    ("петербург", "Europe/Moscow"),
    ("спб", "Europe/Moscow"),
    ("казань", "Europe/Moscow"),
    ("нижний новгород", "Europe/Moscow"),
    ("ростов-на-дону", "Europe/Moscow"),
    ("краснодар", "Europe/Moscow"),
    ("симферополь", "Europe/Simferopol"),
    ("киров", "Europe/Kirov"),
    ("волгоград", "Europe/Volgograd"),
    ("самара", "Europe/Samara"),
    ("ижевск", "Europe/Samara"),
    ("саратов", "Europe/Saratov"),
    ("ульяновск", "Europe/Ulyanovsk"),
    ("астрахань", "Europe/Astrakhan"),
    ("екатеринбург", "Asia/Yekaterinburg"),
    ("челябинск", "Asia/Yekaterinburg"),
    ("пермь", "Asia/Yekaterinburg"),
    ("уфа", "Asia/Yekaterinburg"),
    ("тюмень", "Asia/Yekaterinburg"),
    ("оренбург", "Asia/Yekaterinburg"),
    ("омск", "Asia/Omsk"),
    ("новосибирск", "Asia/Novosibirsk"),
    ("барнаул", "Asia/Barnaul"),
    ("томск", "Asia/Tomsk"),
    ("новокузнецк", "Asia/Novokuznetsk"),
    ("кемерово", "Asia/Novokuznetsk"),
    ("красноярск", "Asia/Krasnoyarsk"),
    ("иркутск", "Asia/Irkutsk"),
    ("улан-удэ", "Asia/Irkutsk"),
    ("чита", "Asia/Chita"),
    ("якутск", "Asia/Yakutsk"),
    ("благовещенск", "Asia/Yakutsk"),
    ("владивосток", "Asia/Vladivostok"),
    ("хабаровск", "Asia/Vladivostok"),
    ("магадан", "Asia/Magadan"),
    ("южно-сахалинск", "Asia/Sakhalin"),
    ("сахалин", "Asia/Sakhalin"),
    ("среднеколымск", "Asia/Srednekolymsk"),
    ("петропавловск-камчатский", "Asia/Kamchatka"),
    ("камчатка", "Asia/Kamchatka"),
    ("анадырь", "Asia/Anadyr"),
];

/// The zone `name` most likely meant, for a "did you mean" hint: a Russian town
/// («Новосибирск» → `Asia/Novosibirsk`), a town without its region (`Moscow` →
/// `Europe/Moscow`), or a name a few letters away (`Europe/Moskow`).
pub fn suggest(name: &str, suggester: &mut Suggester) -> Option<&'static str> {
    let wanted = name.trim().to_lowercase().replace('ё', "е");
    if let Some((_, zone)) = RUSSIAN_TOWNS.iter().find(|(town, _)| *town == wanted) {
        return Some(zone);
    }
    let town = |tz: &Tz| {
        let name = tz.name();
        name.rsplit('/').next().unwrap_or(name)
    };
    let spaced = wanted.replace(' ', "_");
    if !wanted.contains('/')
        && let Some(tz) = TZ_VARIANTS
            .iter()
            .find(|tz| town(tz).eq_ignore_ascii_case(&spaced))
    {
        return Some(tz.name());
    }
    if let Some(close) = suggester.did_you_mean(&spaced, TZ_VARIANTS.iter().map(|tz| tz.name())) {
        return Some(close);
    }
    let town_part = spaced.rsplit('/').next().unwrap_or(&spaced);
    let close = suggester.did_you_mean(town_part, TZ_VARIANTS.iter().map(town))?;
    TZ_VARIANTS
        .iter()
        .find(|tz| town(tz) == close)
        .map(|tz| tz.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_exactly_or_ignoring_case() {
        assert_eq!(parse("Europe/Moscow"), Some(Tz::Europe__Moscow));
        assert_eq!(parse(" asia/novosibirsk "), Some(Tz::Asia__Novosibirsk));
        assert_eq!(parse("Europe/Moskow"), None);
        assert_eq!(parse(""), None);
        assert_eq!(of(None, Tz::Asia__Omsk), Tz::Asia__Omsk);
        assert_eq!(of(Some("Asia/Tomsk"), DEFAULT), Tz::Asia__Tomsk);
    }

    #[test]
    fn suggestions_are_zones() {
        let mut s = Suggester::default();
        assert_eq!(suggest("Europe/Moskow", &mut s), Some("Europe/Moscow"));
        assert_eq!(suggest("Новосибирск", &mut s), Some("Asia/Novosibirsk"));
        assert_eq!(suggest("Moscow", &mut s), Some("Europe/Moscow"));
        assert_eq!(suggest("new york", &mut s), Some("America/New_York"));
        assert_eq!(suggest("Asia/Novosibrsk", &mut s), Some("Asia/Novosibirsk"));
        assert_eq!(suggest("Ekaterinburg", &mut s), Some("Asia/Yekaterinburg"));
        assert_eq!(suggest("совсем не пояс", &mut s), None);
        for (_, zone) in RUSSIAN_TOWNS {
            assert!(parse(zone).is_some(), "{zone}");
        }
    }
}
