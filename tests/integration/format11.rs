//! The keys of version 1.1 of the format: `hours`, `[approval]` and `[agreed]` (also in
//! `cowork.toml`), `break`, and the report's `basis`, `recommendations`, `author`, `date`.

use crate::common::{Test, fixture_text};

const FULL: &str = "format11/full.toml";

/// The fixture that uses every key, without its `[approval]` and `[agreed]`.
fn without_signatures() -> String {
    let text = fixture_text(FULL);
    let start = text
        .find("\n[approval]\n")
        .expect("the fixture has [approval]");
    let end = text
        .find("[[participants]]")
        .expect("the fixture has participants");
    format!("{}{}", &text[..start], &text[end..])
}

#[test]
fn a_session_with_every_new_key_is_valid() {
    Test::new()
        .fixture(FULL)
        .args(["check", "full.toml"])
        .stderr("full.toml: всё в порядке\n")
        .run();
}

#[test]
fn the_agenda_carries_the_signatures_the_volume_and_the_breaks() {
    let v = Test::new()
        .fixture(FULL)
        .args(["agenda", "full.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(v["session"]["hours"], 4);
    let approval = &v["approval"];
    assert_eq!(approval["position"], "Заведующий МБДОУ «Детский сад № 5»");
    assert_eq!(approval["name"], "О. В. Смирнова");
    assert_eq!(approval["date"], "20\u{a0}ноября\u{a0}2026\u{a0}г.");
    assert_eq!(approval["date_iso"], "2026-11-20");
    assert_eq!(approval["order"], "Приказ № 45 от 20.11.2026");
    assert_eq!(v["agreed"]["name"], "Протокол № 2");
    assert_eq!(v["agreed"]["order"], serde_json::Value::Null);
    let activities = v["days"][0]["activities"].as_array().expect("activities");
    let breaks: Vec<&str> = activities
        .iter()
        .filter(|a| a["is_break"] == true)
        .map(|a| a["title"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(breaks, ["Кофе-пауза", "Обед"]);
    let coffee = &activities[2];
    assert_eq!(coffee["plenary"], true);
    assert_eq!(coffee["phase"], serde_json::Value::Null);
    assert_eq!(activities[0]["is_break"], false);
}

#[test]
fn without_signatures_the_agenda_has_none() {
    let v = Test::new()
        .file("s.toml", without_signatures())
        .args(["agenda", "s.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(v["approval"], serde_json::Value::Null);
    assert_eq!(v["agreed"], serde_json::Value::Null);
}

#[test]
fn the_english_date_of_a_signature_reads_as_english() {
    let text = fixture_text(FULL).replace("[session]\n", "[session]\nlanguage = \"en\"\n");
    let v = Test::new()
        .file("s.toml", text)
        .args(["agenda", "s.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(v["approval"]["date"], "20\u{a0}November\u{a0}2026");
}

const COWORK_TOML: &str = "[approval]\nposition = \"Начальник управления образования\"\n\
    name = \"И. И. Сидоров\"\norder = \"Приказ № 7 от 01.09.2026\"\n\n\
    [agreed]\nposition = \"Методический совет\"\nname = \"Протокол № 1\"\n";

#[test]
fn the_approval_of_cowork_toml_reaches_the_agenda() {
    let v = Test::new()
        .file("cowork.toml", COWORK_TOML)
        .file("s.toml", without_signatures())
        .args(["agenda", "s.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(v["approval"]["name"], "И. И. Сидоров");
    assert_eq!(v["approval"]["order"], "Приказ № 7 от 01.09.2026");
    assert_eq!(v["approval"]["date"], serde_json::Value::Null);
    assert_eq!(v["agreed"]["name"], "Протокол № 1");
}

#[test]
fn the_sessions_approval_wins_over_cowork_toml_as_a_whole() {
    // The session's [approval] has no `order`: cowork.toml's is not taken for it either.
    let text = without_signatures().replacen(
        "[[participants]]",
        "[approval]\nposition = \"Заведующий\"\nname = \"О. В. Смирнова\"\n\n[[participants]]",
        1,
    );
    let v = Test::new()
        .file("cowork.toml", COWORK_TOML)
        .file("s.toml", text)
        .args(["agenda", "s.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(v["approval"]["name"], "О. В. Смирнова");
    assert_eq!(v["approval"]["position"], "Заведующий");
    assert_eq!(v["approval"]["order"], serde_json::Value::Null);
    // The session gives no [agreed]: cowork.toml's serves.
    assert_eq!(v["agreed"]["name"], "Протокол № 1");
}

#[test]
fn a_broken_approval_in_cowork_toml_is_located_there() {
    Test::new()
        .file(
            "cowork.toml",
            "[approval]\nposition = \"Заведующий\"\nnmae = \"О. В. Смирнова\"\n",
        )
        .fixture(FULL)
        .args(["agenda", "full.toml", "--format", "json"])
        .status(1)
        .stdout("")
        .stderr_contains("cowork.toml:3:1")
        .stderr_contains("неизвестный ключ `nmae` в [approval]")
        .stderr_contains("возможно, вы имели в виду `name`?")
        .run();
    Test::new()
        .file("cowork.toml", "[agreed]\nname = \"Протокол № 1\"\n")
        .fixture(FULL)
        .args(["agenda", "full.toml", "--format", "json"])
        .status(1)
        .stdout("")
        .stderr_contains("cowork.toml:1:1")
        .stderr_contains("в [agreed] нет `position`")
        .run();
}

#[test]
fn the_report_carries_its_basis_recommendations_author_and_date() {
    let v = Test::new()
        .fixture(FULL)
        .args(["report", "full.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(
        v["basis"],
        "План методической работы на 2026/2027 учебный год"
    );
    assert_eq!(v["recommendations"].as_array().map(Vec::len), Some(2));
    // «Иванова А. П.» is the participant: her name as a signature gives it, and her
    // position with a capital letter, as it heads the signature line.
    assert_eq!(v["author"]["name"], "А.\u{a0}П.\u{a0}Иванова");
    assert_eq!(v["author"]["position"], "Старший воспитатель");
    // No `date`: the day after the last session day.
    assert_eq!(v["date"], "4\u{a0}декабря\u{a0}2026\u{a0}г.");
    assert_eq!(v["date_iso"], "2026-12-04");
    assert_eq!(v["header"]["hours"], 4);
}

#[test]
fn a_report_author_who_is_no_participant_is_printed_as_written() {
    let text = fixture_text(FULL).replace(
        "author = \"Иванова А. П.\"",
        "author = \"Н. В. Кузнецова\"\nauthor_position = \"методист МКУ «ИМЦ»\"\ndate = 2026-12-10",
    );
    let v = Test::new()
        .file("s.toml", text)
        .args(["report", "s.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(v["author"]["name"], "Н. В. Кузнецова");
    assert_eq!(v["author"]["position"], "Методист МКУ «ИМЦ»");
    assert_eq!(v["date"], "10\u{a0}декабря\u{a0}2026\u{a0}г.");
}

#[test]
fn breaks_are_not_counted_as_activities_held() {
    // Six [[activities]], two of them breaks: four were held.
    let out = Test::new()
        .fixture(FULL)
        .args(["report", "full.toml", "--format", "json"])
        .run();
    let v = out.json();
    assert_eq!(v["held"]["total"], 4);
    let listed: usize = v["held"]["phases"]
        .as_array()
        .expect("phases")
        .iter()
        .map(|p| p["activities"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(listed, 4);
    // No «Без этапа» column for the breaks.
    assert_eq!(v["held"]["columns"].as_array().map(Vec::len), Some(4));
    Test::new()
        .fixture(FULL)
        .args(["report", "full.toml", "--format", "md"])
        .stdout_contains("Всего проведено мероприятий: 4.")
        .run();
}

#[test]
fn a_break_needs_no_phase_and_no_moderator() {
    // The fixture's breaks have neither: no warning about a missing moderator or phase,
    // and the lunch after the discussion does not make the discussion «not last».
    Test::new()
        .fixture(FULL)
        .args(["check", "full.toml"])
        .stderr_lacks("предупреждение")
        .run();
}

#[test]
fn hours_must_be_a_whole_number_above_zero() {
    let with = |hours: &str| fixture_text(FULL).replace("hours = 4", &format!("hours = {hours}"));
    for (hours, needle) in [
        (
            "-2",
            "`hours` — объём программы в часах: целое число больше нуля",
        ),
        ("1.5", "`hours` в [session]: ожидается целое число"),
        ("\"16\"", "`hours` в [session]: ожидается целое число"),
    ] {
        Test::new()
            .file("s.toml", with(hours))
            .args(["check", "s.toml"])
            .status(1)
            .stderr_contains("s.toml:9:9")
            .stderr_contains(needle)
            .run();
    }
}

#[test]
fn a_report_date_that_is_no_date_is_located() {
    let text = fixture_text(FULL).replace(
        "author = \"Иванова А. П.\"",
        "author = \"Иванова А. П.\"\ndate = \"в декабре\"",
    );
    Test::new()
        .file("s.toml", text)
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains("`date` в [report] — не дата")
        .run();
}
