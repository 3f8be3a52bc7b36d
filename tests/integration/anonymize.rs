//! `--anonymize`: a corpus of names in every case form, every field and every format, and
//! not one of those forms left in the output.

use crate::common;

use common::*;

const CORPUS: &str = "tests/fixtures/anonymize/2026-12-10-korpus.toml";

/// Every form of every name of the corpus (its participants, the organizer, the owners
/// outside the roster, and the earlier session's moderator), written out by hand, not by
/// the program's declension: surname, first name and patronymic in the six cases.
const FORMS: &[&str] = &[
    // Покровский Павел Андреевич
    "Покровский",
    "Покровского",
    "Покровскому",
    "Покровским",
    "Покровском",
    "Павел",
    "Павла",
    "Павлу",
    "Павлом",
    "Павле",
    "Андреевич",
    "Андреевича",
    "Андреевичу",
    "Андреевичем",
    "Андреевиче",
    "pokrovsky",
    "pokrovskiy",
    "pokrovskii",
    // Соловей Лев Ильич
    "Соловей",
    "Соловья",
    "Соловью",
    "Соловьём",
    "Соловье",
    "Соловея",
    "Соловею",
    "Лев",
    "Льва",
    "Льву",
    "Львом",
    "Льве",
    "Ильич",
    "Ильича",
    "Ильичу",
    "Ильичом",
    "Ильиче",
    // Орёл Игорь Петрович
    "Орёл",
    "Орла",
    "Орлу",
    "Орлом",
    "Орле",
    "Игорь",
    "Игоря",
    "Игорю",
    "Игорем",
    "Игоре",
    "Петрович",
    "Петровича",
    "Петровичу",
    "Петровичем",
    "Петровиче",
    // Ли Саша
    "Саша",
    "Саши",
    "Саше",
    "Сашу",
    "Сашей",
    // Петрова-Водкина Анна Сергеевна
    "Петрова-Водкина",
    "Петровой-Водкиной",
    "Петрову-Водкину",
    "Петрова",
    "Петровой",
    "Петрову",
    "Водкина",
    "Водкиной",
    "Водкину",
    "Анна",
    "Анны",
    "Анне",
    "Анну",
    "Анной",
    "Сергеевна",
    "Сергеевны",
    "Сергеевне",
    "Сергеевну",
    "Сергеевной",
    // Ким Олег Борисович
    "Ким",
    "Кима",
    "Киму",
    "Кимом",
    "Киме",
    "Олег",
    "Олега",
    "Олегу",
    "Олегом",
    "Олеге",
    "Борисович",
    "Борисовича",
    "Борисовичу",
    "Борисовичем",
    "Борисовиче",
    // Соколова Марина Викторовна (also the organizer, «методист Соколова М. В.»)
    "Соколова",
    "Соколовой",
    "Соколову",
    "Марина",
    "Марины",
    "Марине",
    "Марину",
    "Мариной",
    "Викторовна",
    "Викторовны",
    "Викторовне",
    "Викторовну",
    "Викторовной",
    // Фёдорова Алёна Никитична
    "Фёдорова",
    "Фёдоровой",
    "Фёдорову",
    "Алёна",
    "Алёны",
    "Алёне",
    "Алёну",
    "Алёной",
    "Никитична",
    "Никитичны",
    "Никитичне",
    "Никитичну",
    "Никитичной",
    // Owners outside the roster: «Гусев А. А.», «Белов Пётр Иванович».
    "Гусев",
    "Гусева",
    "Гусеву",
    "Гусевым",
    "Гусеве",
    "Белов",
    "Белова",
    "Белову",
    "Беловым",
    "Белове",
    "Пётр",
    "Петра",
    "Петру",
    "Петром",
    "Петре",
    "Иванович",
    "Ивановича",
    "Ивановичу",
    "Ивановичем",
    "Ивановиче",
    // The earlier session's moderator, «Зуев Ян Ильич», in its carried-over decision.
    "Зуев",
    "Зуева",
    "Зуеву",
    "Зуевым",
    "Зуеве",
];

/// Short forms that are ordinary words in lower case: only capitalised they are names.
const CAPITALISED_FORMS: &[&str] = &["Ли", "Ян"];

/// Initials of the people above, as they are written in the corpus.
const INITIALS: &[&str] = &[
    "П. А.", "П.А.", "П А", "Л. И.", "Л.И.", "И. П.", "А. С.", "А.С.", "О. Б.", "О.Б.", "М. В.",
    "М.В.", "МВ", "А. Н.", "А.Н.", "А. А.", "Я. И.",
];

/// Lower case, «ё» as «е».
fn fold(text: &str) -> String {
    text.to_lowercase().replace('ё', "е")
}

/// The words of a text: runs of letters and digits, hyphenated words also whole; soft
/// hyphens and stress marks dropped, the non-breaking hyphen taken for a hyphen.
fn words(text: &str) -> Vec<String> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{ad}' | '\u{301}'))
        .map(|c| if c == '\u{2011}' { '-' } else { c })
        .collect();
    let mut out = Vec::new();
    for hyphenated in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let hyphenated = hyphenated.trim_matches('-');
        if hyphenated.is_empty() {
            continue;
        }
        out.push(hyphenated.to_string());
        if hyphenated.contains('-') {
            out.extend(hyphenated.split('-').map(str::to_string));
        }
    }
    out
}

/// The forms of [`FORMS`] and [`CAPITALISED_FORMS`] found in `text`, and the initials.
fn leaks(text: &str) -> Vec<String> {
    let words = words(text);
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut found: Vec<String> = FORMS
        .iter()
        .filter(|form| folded.contains(&fold(form)))
        .map(|form| form.to_string())
        .collect();
    found.extend(
        CAPITALISED_FORMS
            .iter()
            .filter(|form| words.iter().any(|w| w == *form))
            .map(|form| form.to_string()),
    );
    found.extend(
        INITIALS
            .iter()
            .filter(|initials| {
                if initials.contains(' ') || initials.contains('.') {
                    text.contains(*initials)
                } else {
                    words.iter().any(|w| w == *initials)
                }
            })
            .map(|initials| initials.to_string()),
    );
    found
}

fn anonymized(format: &str) -> String {
    Test::new()
        .fixture_dir_as("anonymize", "tests/fixtures/anonymize")
        .args(["report", CORPUS, "--format", format, "--anonymize"])
        .run()
        .stdout
}

#[test]
fn the_checker_sees_every_form_in_the_report_with_names() {
    // Without --anonymize the corpus names everyone: the checker is not blind.
    let text = Test::new()
        .fixture_dir_as("anonymize", "tests/fixtures/anonymize")
        .args(["report", CORPUS, "--format", "md"])
        .run()
        .stdout;
    let found = leaks(&text);
    for expected in [
        "Покровского",
        "Соловья",
        "Орла",
        "Кима",
        "Петровой-Водкиной",
        "Ли",
    ] {
        assert!(
            found.contains(&expected.to_string()),
            "{expected}: {found:?}"
        );
    }
}

#[test]
fn no_form_of_any_name_is_left_in_any_format() {
    for format in ["md", "html", "txt", "json"] {
        let text = anonymized(format);
        let found = leaks(&text);
        assert!(found.is_empty(), "{format} still has {found:?}:\n{text}");
    }
}

#[test]
fn what_is_not_a_name_stays() {
    let md = anonymized("md");
    // Not a case form of anybody's name, an ordinary «ли», initials nobody has.
    for kept in ["Орловская область", "так ли это", "и Н.В. подготовить"]
    {
        assert!(md.contains(kept), "{kept}:\n{md}");
    }
    Test::new()
        .fixture_dir_as("anonymize", "tests/fixtures/anonymize")
        .args(["report", CORPUS, "--format", "md", "--anonymize"])
        .stdout_snapshot("corpus_md")
        .run();
}

#[test]
fn every_string_field_is_scrubbed_in_json() {
    let v = Test::new()
        .fixture_dir_as("anonymize", "tests/fixtures/anonymize")
        .args(["report", CORPUS, "--format", "json", "--anonymize"])
        .run()
        .json();
    let header = &v["header"];
    assert_eq!(header["venue"], "Орловская область, кабинет [организатор]");
    assert_eq!(
        header["organization"],
        "МБДОУ «Детский сад имени [участник]»"
    );
    assert_eq!(header["series"], "Школа [модератор]");
    assert!(header["organizer"].is_null());
    let zones: Vec<&str> = v["held"]["zones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| z["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        zones,
        [
            "Зона [наставник]",
            "Кабинет [гость]",
            "Студия [участник]",
            "Общие (все зоны)"
        ]
    );
    assert_eq!(v["indicators"][0]["unit"], "занятий [модератор]");
    assert!(
        v["products"][0]["url"].is_null(),
        "a scrubbed address is no link"
    );
    assert_eq!(
        v["products"][0]["link"],
        "https://example.org/[модератор]/[модератор]/[наставник].pdf"
    );
    assert_eq!(
        v["carried_over"][0]["text"],
        "[Модератор] и [модератор] передать опыт [наставник]"
    );
    let owners: Vec<&str> = v["decisions"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["owner"].as_str().unwrap())
        .collect();
    assert_eq!(
        owners,
        ["организатор", "ответственный", "модератор", "ответственный"]
    );
}
