//! «Ход проведения»: the report's account of the session, sentences said by Fluent messages (the grammar lives in the ftl).

use std::collections::HashSet;

use crate::i18n::lang;
use crate::session::model::{Language, Phase, Role, Session};
use crate::session::schedule::Schedule;
use crate::view::Header;
use crate::view::people::People;

/// Whether the session has been held or is still ahead (a draft of a report written before).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

impl Tense {
    fn id(self) -> &'static str {
        match self {
            Tense::Past => "past",
            Tense::Future => "future",
        }
    }
}

/// The most activities a sentence of a phase names; the rest are counted («и ещё 9»), so a
/// city-scale session still reads as a paragraph.
const NAMED_PER_PHASE: usize = 5;

/// The paragraphs of «Ход проведения»: when and where, who took part, what each phase held
/// and who led it, what was made. `present` is who came on at least one day, when attendance
/// was recorded; `guests` the unregistered guests of all days.
pub fn of(
    session: &Session,
    schedule: &Schedule,
    people: &People<'_>,
    header: &Header,
    tense: Tense,
    present: Option<&HashSet<usize>>,
    guests: u64,
) -> Vec<String> {
    let lang = session.info.language;
    let mut first = vec![held(
        lang,
        tense,
        &header.dates_text,
        &header.title_quoted,
        header.organization.as_deref(),
        header.venue.as_deref().map(|v| people.text(v)).as_deref(),
    )];
    // Who took part: those present (before the session, or with nothing recorded, the
    // registered), a registered guest counted with the guests, not with the teachers.
    let took_part = tense == Tense::Past && present.is_some();
    let came = |i: &usize| !took_part || present.is_some_and(|p| p.contains(i));
    let mut teachers_count = 0;
    let mut registered_guests = 0u64;
    let mut organizations: Vec<&str> = Vec::new();
    for (i, p) in session.participants.iter().enumerate() {
        if !came(&i) {
            continue;
        }
        if p.role == Role::Guest {
            registered_guests += 1;
            continue;
        }
        teachers_count += 1;
        if let Some(org) = p
            .organization
            .as_ref()
            .map(|o| o.value.as_str())
            .or(header.organization.as_deref())
        {
            organizations.push(org);
        }
    }
    if teachers_count > 0 {
        first.push(teachers(
            lang,
            took_part,
            teachers_count,
            distinct(organizations),
        ));
    }
    let all_guests = if took_part {
        guests.saturating_add(registered_guests)
    } else {
        0
    };
    if all_guests > 0 {
        first.push(self::guests(lang, all_guests));
    }
    let mut paragraphs = vec![first.join(" ")];

    // The phases in the model's order, then what has none; breaks are no activity.
    let mut by_phase: Vec<Vec<String>> = vec![Vec::new(); Phase::ALL.len() + 1];
    for slot in schedule.slots() {
        let a = &session.activities[slot.activity];
        if a.is_break() {
            continue;
        }
        let column = a
            .phase
            .as_ref()
            .and_then(|p| Phase::ALL.iter().position(|q| *q == p.value))
            .unwrap_or(Phase::ALL.len());
        let format = a
            .format
            .as_ref()
            .map(|f| people.text(&f.value))
            .filter(|f| !f.is_empty());
        let title = people.text(a.title());
        // In quotes even with no format before it: a title inside a sentence.
        let title_quoted = lang::quote(lang, &title);
        let who: Vec<String> = if people.is_anonymous() {
            people.people(a.moderators.iter().map(|m| m.value.as_str()))
        } else {
            people
                .people(a.moderators.iter().map(|m| m.value.as_str()))
                .iter()
                .map(|name| short_name(lang, name, true))
                .collect()
        };
        let led = (!who.is_empty())
            .then(|| leaders(lang, people.is_anonymous(), &who, a.moderators.len()));
        by_phase[column].push(activity(format.as_deref(), &title_quoted, led.as_deref()));
    }
    for (i, items) in by_phase.iter().enumerate() {
        if !items.is_empty() {
            paragraphs.push(phase(lang, tense, Phase::ALL.get(i).copied(), items));
        }
    }

    let titles: Vec<String> = session
        .products
        .iter()
        .map(|p| people.text(p.title.as_ref().map_or("", |t| t.value.as_str())))
        .filter(|t| !t.is_empty())
        .map(|t| lang::quote(lang, &t))
        .collect();
    paragraphs.extend(products(lang, tense, &titles));
    paragraphs
}

/// «3 декабря 2026 г. на базе МБДОУ «Детский сад № 5» состоялся методический коворкинг «…».»
pub fn held(
    lang: Language,
    tense: Tense,
    dates: &str,
    title: &str,
    organization: Option<&str>,
    venue: Option<&str>,
) -> String {
    let tense = tense.id();
    match (organization, venue) {
        (Some(organization), Some(venue)) => crate::tr_in!(
            lang,
            "doc-report-narrative-held-org-venue",
            dates = dates,
            title = title,
            organization = organization,
            venue = venue,
            tense = tense
        ),
        (Some(organization), None) => crate::tr_in!(
            lang,
            "doc-report-narrative-held-org",
            dates = dates,
            title = title,
            organization = organization,
            tense = tense
        ),
        (None, Some(venue)) => crate::tr_in!(
            lang,
            "doc-report-narrative-held-venue",
            dates = dates,
            title = title,
            venue = venue,
            tense = tense
        ),
        (None, None) => crate::tr_in!(
            lang,
            "doc-report-narrative-held",
            dates = dates,
            title = title,
            tense = tense
        ),
    }
}

/// Who took part: «приняли участие 24 педагога из 6 образовательных организаций»; before
/// the session, or with no attendance recorded, the registered («зарегистрированы …»).
/// `organizations` is 0 when no organisation is known.
pub fn teachers(lang: Language, took_part: bool, teachers: usize, organizations: usize) -> String {
    let mode = if took_part { "took-part" } else { "registered" };
    if organizations == 0 {
        crate::tr_in!(
            lang,
            "doc-report-narrative-teachers",
            count = teachers,
            mode = mode
        )
    } else {
        crate::tr_in!(
            lang,
            "doc-report-narrative-teachers-orgs",
            count = teachers,
            organizations = organizations,
            mode = mode
        )
    }
}

/// «Кроме того, присутствовали 3 гостя.»
pub fn guests(lang: Language, guests: u64) -> String {
    crate::tr_in!(lang, "doc-report-narrative-guests", count = guests)
}

/// Who led an activity: «модератор — Кузнецова О. Н.», anonymized «ведущий — наставник».
/// `who` are names (or, anonymized, roles with counts); `people` how many people they are.
pub fn leaders(lang: Language, anonymous: bool, who: &[String], people: usize) -> String {
    if anonymous {
        let who: Vec<String> = match lang {
            // «led by the organizer», «led by 2 moderators».
            Language::En => who
                .iter()
                .map(|w| {
                    if w.starts_with(|c: char| c.is_ascii_digit()) {
                        w.clone()
                    } else {
                        format!("the {w}")
                    }
                })
                .collect(),
            Language::Ru => who.to_vec(),
        };
        crate::tr_in!(
            lang,
            "doc-report-narrative-led",
            count = people,
            who = lang::join_and(lang, &who)
        )
    } else {
        crate::tr_in!(
            lang,
            "doc-report-narrative-moderators",
            count = people,
            names = lang::join_and(lang, who)
        )
    }
}

/// One activity of a phase's sentence: «методическая оперативка «…» (модератор — …)».
/// `format` and `title` as the plan prints them; the format starts in lower case, since it
/// stands inside a sentence (an abbreviation such as «КВН» stays as it is).
pub fn activity(format: Option<&str>, title_quoted: &str, leaders: Option<&str>) -> String {
    let what = match format {
        Some(f) => format!("{} {title_quoted}", lower_first(f)),
        None => title_quoted.to_string(),
    };
    match leaders {
        Some(l) => format!("{what} ({l})"),
        None => what,
    }
}

/// The sentence of a phase: «На этапе информационного погружения проведено 2 мероприятия:
/// …». `phase` is `None` for activities outside the four phases; `items` from [`activity`].
pub fn phase(lang: Language, tense: Tense, phase: Option<Phase>, items: &[String]) -> String {
    let named: Vec<String> = if items.len() > NAMED_PER_PHASE {
        let mut named = items[..NAMED_PER_PHASE - 1].to_vec();
        let rest = items.len() - (NAMED_PER_PHASE - 1);
        named.push(crate::tr_in!(
            lang,
            "doc-report-narrative-more",
            count = rest
        ));
        named
    } else {
        items.to_vec()
    };
    crate::tr_in!(
        lang,
        "doc-report-narrative-phase",
        phase = phase.map_or("none", Phase::id),
        tense = tense.id(),
        count = items.len(),
        activities = lang::join_and(lang, &named)
    )
}

/// «По итогам работы созданы 2 методических продукта: …»; nothing without products.
pub fn products(lang: Language, tense: Tense, titles: &[String]) -> Option<String> {
    (!titles.is_empty()).then(|| {
        crate::tr_in!(
            lang,
            "doc-report-narrative-products",
            tense = tense.id(),
            count = titles.len(),
            titles = lang::join_and(lang, titles)
        )
    })
}

/// How many organisations the names make, each counted once whatever its case or spacing.
pub fn distinct<'a>(names: impl IntoIterator<Item = &'a str>) -> usize {
    let folded: HashSet<String> = names
        .into_iter()
        .map(|n| {
            n.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .filter(|n| !n.is_empty())
        .collect();
    folded.len()
}

/// The first letter in lower case, unless the word is an abbreviation («КВН», "IT").
fn lower_first(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return text.to_string();
    };
    if second.is_some_and(|c| c.is_uppercase()) {
        return text.to_string();
    }
    first
        .to_lowercase()
        .chain(text[first.len_utf8()..].chars())
        .collect()
}

/// A Russian full name in a report's short form: «Кузнецова О. Н.» (`surname_first`) or «О.
/// Н. Кузнецова» (a signature), with non-breaking spaces; a name already written with
/// initials, or an English name, stays as written.
pub fn short_name(lang: Language, name: &str, surname_first: bool) -> String {
    const NBSP: char = crate::i18n::typography::NBSP;
    let words: Vec<&str> = name.split_whitespace().collect();
    let full = matches!(words.len(), 2 | 3)
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains('.'));
    if lang != Language::Ru || !full {
        return name.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let initials: Vec<String> = words[1..]
        .iter()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect();
    let initials = initials.join(&NBSP.to_string());
    if surname_first {
        format!("{}{NBSP}{initials}", words[0])
    } else {
        format!("{initials}{NBSP}{}", words[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NBSP: char = crate::i18n::typography::NBSP;

    fn shown(text: String) -> String {
        text.replace(NBSP, " ")
    }

    #[test]
    fn when_and_where() {
        let ru = |tense, org, venue| {
            shown(held(
                Language::Ru,
                tense,
                "3 декабря 2026 г.",
                "«Игра»",
                org,
                venue,
            ))
        };
        assert_eq!(
            ru(Tense::Past, Some("МБДОУ «Детский сад № 5»"), None),
            "3 декабря 2026 г. на базе МБДОУ «Детский сад № 5» состоялся методический коворкинг «Игра»."
        );
        assert_eq!(
            ru(
                Tense::Future,
                Some("МБДОУ «Детский сад № 5»"),
                Some("ул. Школьная, 12")
            ),
            "3 декабря 2026 г. на базе МБДОУ «Детский сад № 5» (ул. Школьная, 12) состоится методический коворкинг «Игра»."
        );
        assert_eq!(
            ru(Tense::Past, None, Some("ул. Школьная, 12")),
            "3 декабря 2026 г. состоялся методический коворкинг «Игра» (место проведения: ул. Школьная, 12)."
        );
        assert_eq!(
            ru(Tense::Past, None, None),
            "3 декабря 2026 г. состоялся методический коворкинг «Игра»."
        );
        assert_eq!(
            shown(held(
                Language::Ru,
                Tense::Past,
                "30 ноября, 2 и 4 декабря 2026 г.",
                "«Игра»",
                None,
                None
            )),
            "30 ноября, 2 и 4 декабря 2026 г. состоялся методический коворкинг «Игра»."
        );
        assert_eq!(
            held(
                Language::En,
                Tense::Past,
                "3 December 2026",
                "“Play”",
                Some("City Centre"),
                None
            ),
            "On 3 December 2026, the teachers’ co-working session “Play” was held at City Centre."
        );
        assert_eq!(
            held(
                Language::En,
                Tense::Future,
                "3–4 December 2026",
                "“Play”",
                None,
                None
            ),
            "On 3–4 December 2026, the teachers’ co-working session “Play” will be held."
        );
    }

    #[test]
    fn teachers_and_organisations_in_every_plural() {
        let ru = |took, n, orgs| teachers(Language::Ru, took, n, orgs);
        assert_eq!(
            ru(true, 1, 1),
            "В работе коворкинга принял участие 1 педагог из одной образовательной организации."
        );
        assert_eq!(
            ru(true, 2, 2),
            "В работе коворкинга приняли участие 2 педагога из 2 образовательных организаций."
        );
        assert_eq!(
            ru(true, 5, 5),
            "В работе коворкинга приняли участие 5 педагогов из 5 образовательных организаций."
        );
        assert_eq!(
            ru(true, 11, 11),
            "В работе коворкинга приняли участие 11 педагогов из 11 образовательных организаций."
        );
        assert_eq!(
            ru(true, 21, 21),
            "В работе коворкинга принял участие 21 педагог из 21 образовательной организации."
        );
        assert_eq!(
            ru(true, 24, 6),
            "В работе коворкинга приняли участие 24 педагога из 6 образовательных организаций."
        );
        assert_eq!(
            ru(true, 5, 0),
            "В работе коворкинга приняли участие 5 педагогов."
        );
        assert_eq!(
            ru(false, 1, 0),
            "Для участия в коворкинге зарегистрирован 1 педагог."
        );
        assert_eq!(
            ru(false, 22, 3),
            "Для участия в коворкинге зарегистрированы 22 педагога из 3 образовательных организаций."
        );
        assert_eq!(
            ru(false, 25, 0),
            "Для участия в коворкинге зарегистрировано 25 педагогов."
        );
        assert_eq!(
            teachers(Language::En, true, 24, 6),
            "24 teachers from 6 organisations took part."
        );
        assert_eq!(
            teachers(Language::En, true, 1, 1),
            "One teacher from one organisation took part."
        );
        assert_eq!(
            teachers(Language::En, false, 3, 0),
            "3 teachers have registered."
        );
    }

    #[test]
    fn guests_in_every_plural() {
        let ru = |n| guests(Language::Ru, n);
        assert_eq!(ru(1), "Кроме того, присутствовал 1 гость.");
        assert_eq!(ru(2), "Кроме того, присутствовали 2 гостя.");
        assert_eq!(ru(5), "Кроме того, присутствовали 5 гостей.");
        assert_eq!(ru(11), "Кроме того, присутствовали 11 гостей.");
        assert_eq!(ru(21), "Кроме того, присутствовал 21 гость.");
        assert_eq!(guests(Language::En, 1), "One guest also attended.");
        assert_eq!(guests(Language::En, 3), "3 guests also attended.");
    }

    #[test]
    fn phases_with_their_activities() {
        let item = activity(
            Some("Методическая оперативка"),
            "«Нормативная база»",
            Some(&leaders(
                Language::Ru,
                false,
                &["Кузнецова О. Н.".to_string()],
                1,
            )),
        );
        assert_eq!(
            item,
            "методическая оперативка «Нормативная база» (модератор — Кузнецова О. Н.)"
        );
        assert_eq!(
            phase(
                Language::Ru,
                Tense::Past,
                Some(Phase::Immersion),
                std::slice::from_ref(&item)
            ),
            format!("На этапе информационного погружения проведено одно мероприятие — {item}.")
        );
        let two = vec!["А".to_string(), "Б".to_string()];
        assert_eq!(
            phase(Language::Ru, Tense::Past, Some(Phase::GroupWork), &two),
            "На этапе работы в группах проведено 2 мероприятия: А и Б."
        );
        assert_eq!(
            phase(Language::Ru, Tense::Future, Some(Phase::Discussion), &two),
            "На этапе обсуждения методики в формате «плюсы» и «минусы» запланировано 2 мероприятия: А и Б."
        );
        let many: Vec<String> = (1..=11).map(|i| i.to_string()).collect();
        assert_eq!(
            phase(Language::Ru, Tense::Past, Some(Phase::Presentation), &many),
            "На этапе презентации профессионального опыта проведено 11 мероприятий: 1, 2, 3, 4 и ещё 7 мероприятий."
        );
        let five: Vec<String> = (1..=5).map(|i| i.to_string()).collect();
        assert_eq!(
            phase(Language::Ru, Tense::Past, None, &five),
            "Кроме того, проведено 5 мероприятий: 1, 2, 3, 4 и 5."
        );
        let twenty_one: Vec<String> = (1..=21).map(|i| i.to_string()).collect();
        assert_eq!(
            phase(
                Language::Ru,
                Tense::Past,
                Some(Phase::Immersion),
                &twenty_one
            ),
            "На этапе информационного погружения проведено 21 мероприятие: 1, 2, 3, 4 и ещё 17 мероприятий."
        );
        assert_eq!(
            phase(Language::En, Tense::Past, Some(Phase::Immersion), &two),
            "The information immersion stage included 2 activities: А and Б."
        );
        // No moderators: the activity alone.
        assert_eq!(activity(None, "Открытие", None), "Открытие");
        assert_eq!(activity(Some("КВН"), "«Знатоки»", None), "КВН «Знатоки»");
    }

    #[test]
    fn leaders_named_or_by_role() {
        let names = vec!["Кузнецова О. Н.".to_string(), "Петров И. С.".to_string()];
        assert_eq!(
            leaders(Language::Ru, false, &names, 2),
            "модераторы — Кузнецова О. Н. и Петров И. С."
        );
        assert_eq!(
            leaders(Language::Ru, true, &["наставник".to_string()], 1),
            "ведущий — наставник"
        );
        assert_eq!(
            leaders(Language::Ru, true, &["2 модератора".to_string()], 2),
            "ведущие — 2 модератора"
        );
        assert_eq!(
            leaders(Language::En, true, &["mentor".to_string()], 1),
            "led by the mentor"
        );
        assert_eq!(
            leaders(Language::En, false, &["Anna Ivanova".to_string()], 1),
            "moderator: Anna Ivanova"
        );
    }

    #[test]
    fn products_in_every_plural() {
        let titles = |n: usize| -> Vec<String> { (1..=n).map(|i| format!("П{i}")).collect() };
        let ru = |n| products(Language::Ru, Tense::Past, &titles(n));
        assert_eq!(ru(0), None);
        assert_eq!(
            ru(1).as_deref(),
            Some("По итогам работы создан методический продукт — П1.")
        );
        assert_eq!(
            ru(2).as_deref(),
            Some("По итогам работы созданы 2 методических продукта: П1 и П2.")
        );
        assert!(
            ru(5).is_some_and(
                |s| s.starts_with("По итогам работы создано 5 методических продуктов: ")
            )
        );
        assert!(ru(11).is_some_and(|s| {
            s.starts_with("По итогам работы создано 11 методических продуктов: ")
        }));
        assert!(ru(21).is_some_and(|s| s.starts_with("По итогам работы создан 21 методический продукт: ")));
        assert_eq!(
            products(Language::Ru, Tense::Future, &titles(2)).as_deref(),
            Some("По итогам работы планируется создать 2 методических продукта: П1 и П2.")
        );
        assert_eq!(
            products(Language::En, Tense::Past, &titles(2)).as_deref(),
            Some("The session produced 2 teaching materials: П1 and П2.")
        );
    }

    #[test]
    fn short_names() {
        assert_eq!(
            shown(short_name(
                Language::Ru,
                "Соколова Марина Викторовна",
                false
            )),
            "М. В. Соколова"
        );
        assert_eq!(
            shown(short_name(Language::Ru, "Соколова Марина Викторовна", true)),
            "Соколова М. В."
        );
        assert_eq!(
            short_name(Language::Ru, "Ёлкина Д. А.", true),
            "Ёлкина Д. А."
        );
        assert_eq!(
            short_name(Language::En, "Anna Ivanova", false),
            "Anna Ivanova"
        );
        assert_eq!(distinct(["МБДОУ № 5", "мбдоу  № 5", "СОШ", ""]), 2);
    }
}
