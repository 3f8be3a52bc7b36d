//! `cowork check` on the habits of hand-written files (issue 12, items 5 and 7): one message
//! per mistake, with a fix that is itself valid, in Russian (the default) and in English.

use crate::common::{Output, Test};

const HEAD: &str = "[session]\ntitle = \"Игровые технологии\"\ngoal = \"Обмен опытом\"\n";

/// A clean programme of the four phases, so that only the habit is reported.
const PROGRAMME: &str = "\n[[participants]]\nname = \"Иванова Анна Петровна\"\nid = \"ivanova\"\n\
[[activities]]\ntitle = \"Открытие\"\nphase = \"immersion\"\nstart = 09:00\nduration = 30\nmoderators = [\"ivanova\"]\n\
[[activities]]\ntitle = \"Мастер-класс\"\nphase = \"presentation\"\nduration = 60\nmoderators = [\"ivanova\"]\n\
[[activities]]\ntitle = \"Работа в группах\"\nphase = \"group-work\"\nduration = 60\nmoderators = [\"ivanova\"]\n\
[[activities]]\ntitle = \"Плюсы и минусы\"\nphase = \"discussion\"\nduration = 30\nmoderators = [\"ivanova\"]\n";

/// Checks `text` in Russian (snapshot `name`) and in English (`name_en`); returns both runs.
fn both(name: &str, text: &str, status: i32) -> (Output, Output) {
    let ru = Test::new()
        .file("s.toml", text)
        .args(["check", "s.toml"])
        .status(status)
        .stdout("")
        .stderr_snapshot(name)
        .run();
    let en = Test::new()
        .file("s.toml", text)
        .env("COWORK_LANG", "en")
        .args(["check", "s.toml"])
        .status(status)
        .stdout("")
        .stderr_snapshot(format!("{name}_en"))
        .run();
    (ru, en)
}

fn errors(stderr: &str) -> usize {
    stderr.matches("ошибка: ").count() + stderr.matches("error: ").count()
}

#[test]
fn a_date_with_dots_gets_its_own_line_rewritten() {
    let text = format!("{HEAD}dates = [15.10.2026, 16.10.2026]\n{PROGRAMME}");
    let (ru, en) = both("dotted_dates", &text, 1);
    assert!(
        ru.stderr
            .contains("подсказка: напишите так: dates = [2026-10-15, 2026-10-16]"),
        "{}",
        ru.stderr
    );
    assert!(
        en.stderr
            .contains("help: write it as: dates = [2026-10-15, 2026-10-16]"),
        "{}",
        en.stderr
    );
    // The message and the closing line: nothing else.
    assert_eq!(errors(&ru.stderr), 2, "{}", ru.stderr);
}

#[test]
fn a_time_without_its_leading_zero() {
    let text = format!(
        "{HEAD}dates = [2026-10-15]\n{}",
        PROGRAMME.replace("start = 09:00", "start = 9:30")
    );
    let (ru, _) = both("short_time", &text, 1);
    assert!(
        ru.stderr.contains("напишите так: start = 09:30"),
        "{}",
        ru.stderr
    );
    assert!(ru.stderr.contains("s.toml:12:9"), "{}", ru.stderr);
}

#[test]
fn typographic_quotes_become_straight_ones() {
    for (written, fixed) in [
        ("venue = “Детский сад № 5”", "venue = \"Детский сад № 5\""),
        (
            "venue = „Детский сад «Солнышко»“",
            "venue = \"Детский сад «Солнышко»\"",
        ),
        ("venue = «Актовый зал»", "venue = \"Актовый зал\""),
    ] {
        let text = format!("{HEAD}{written}\ndates = [2026-10-15]\n{PROGRAMME}");
        let out = Test::new()
            .file("s.toml", text)
            .args(["check", "s.toml"])
            .status(1)
            .stderr_contains("ошибка: текст взят в типографские кавычки")
            .run();
        assert!(
            out.stderr.contains(&format!("напишите так: {fixed}")),
            "{}",
            out.stderr
        );
        // The suggested line is valid TOML itself.
        let valid = format!("{HEAD}{fixed}\ndates = [2026-10-15]\n{PROGRAMME}");
        Test::new()
            .file("s.toml", valid)
            .args(["check", "s.toml"])
            .stderr("s.toml: всё в порядке\n")
            .run();
    }
    let text = format!("{HEAD}venue = “Детский сад № 5”\ndates = [2026-10-15]\n{PROGRAMME}");
    both("typographic_quotes", &text, 1);
}

#[test]
fn a_misspelled_key_is_reported_once() {
    let text = format!(
        "{HEAD}dates = [2026-10-15]\n{}",
        PROGRAMME.replacen("duration = 60\nmoderators", "duraton = 60\nmoderators", 1)
    );
    let (ru, en) = both("misspelled_duration", &text, 1);
    assert!(
        ru.stderr
            .contains("неизвестный ключ `duraton` в [[activities]] № 2"),
        "{}",
        ru.stderr
    );
    assert!(
        ru.stderr.contains("возможно, вы имели в виду `duration`?"),
        "{}",
        ru.stderr
    );
    assert!(!ru.stderr.contains("нет ни `duration`"), "{}", ru.stderr);
    assert!(!en.stderr.contains("has neither"), "{}", en.stderr);
    assert!(ru.stderr.contains("s.toml: 1 ошибка\n"), "{}", ru.stderr);

    // Nor does a misspelled `title` also say that the title is missing.
    let text = format!("[session]\ntitel = \"Т\"\ngoal = \"Ц\"\ndates = [2026-10-15]\n{PROGRAMME}");
    let out = Test::new()
        .file("s.toml", text)
        .args(["check", "s.toml"])
        .status(1)
        .stderr_lacks("нет `title`")
        .run();
    assert!(out.stderr.contains("s.toml: 1 ошибка\n"), "{}", out.stderr);
}

#[test]
fn a_misspelled_table_header_is_one_message() {
    let programme = PROGRAMME.replace("[[activities]]", "[[activity]]");
    let text = format!("{HEAD}dates = [2026-10-15]\n{programme}");
    let (ru, en) = both("misspelled_header", &text, 1);
    assert!(
        ru.stderr
            .contains("возможно, вы имели в виду [[activities]]?"),
        "{}",
        ru.stderr
    );
    assert!(
        en.stderr.contains("did you mean [[activities]]?"),
        "{}",
        en.stderr
    );
    assert!(!ru.stderr.contains("программа пуста"), "{}", ru.stderr);
    assert!(
        !ru.stderr.contains("нет ни одного мероприятия этапа"),
        "{}",
        ru.stderr
    );
    assert!(ru.stderr.contains("s.toml: 1 ошибка\n"), "{}", ru.stderr);
}

#[test]
fn zone_fixes_are_valid_zone_ids() {
    // A Russian id in a header is a syntax error of TOML: the fix has a Latin id and the name.
    let text = format!(
        "{HEAD}dates = [2026-10-15]\n\n[zones.Спортзал]\nroom = \"спортзал\"\n{}",
        PROGRAMME.replace(
            "phase = \"presentation\"",
            "phase = \"presentation\"\nzone = \"sportzal\""
        )
    );
    let (ru, _) = both("cyrillic_zone_header", &text, 1);
    assert!(
        ru.stderr.contains("[zones.sportzal] и name = \"Спортзал\""),
        "{}",
        ru.stderr
    );
    let fixed = text.replace("[zones.Спортзал]", "[zones.sportzal]\nname = \"Спортзал\"");
    Test::new()
        .file("s.toml", fixed)
        .args(["check", "s.toml"])
        .stderr("s.toml: всё в порядке\n")
        .run();

    // An unknown zone: the closest zone by its name, else a Latin id to declare.
    let text = format!(
        "{HEAD}dates = [2026-10-15]\n{}",
        PROGRAMME
            .replace(
                "phase = \"presentation\"",
                "phase = \"presentation\"\nzone = \"Интерактивна\""
            )
            .replace(
                "phase = \"group-work\"",
                "phase = \"group-work\"\nzone = \"Зимний сад\""
            )
    );
    let (ru, en) = both("unknown_zone_by_name", &text, 1);
    assert!(
        ru.stderr
            .contains("возможно, вы имели в виду «interactive»?"),
        "{}",
        ru.stderr
    );
    assert!(
        ru.stderr
            .contains("[zones.zimniy-sad] с name = \"Зимний сад\""),
        "{}",
        ru.stderr
    );
    for out in [&ru, &en] {
        assert!(!out.stderr.contains("[zones.Зимний"), "{}", out.stderr);
        assert!(
            !out.stderr.contains("[zones.Интерактивная"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn a_deep_dotted_header_is_reported_at_its_own_line() {
    let header = vec!["a"; 10_000].join(".");
    let text = format!("{HEAD}dates = [2026-10-15]\n{PROGRAMME}\n[{header}]\nx = 1\n");
    let line = text
        .lines()
        .position(|l| l.starts_with("[a.a"))
        .expect("the header")
        + 1;
    let out = Test::new()
        .file("s.toml", text)
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains("слишком глубокая вложенность")
        .run();
    assert!(
        out.stderr.contains(&format!("--> s.toml:{line}:1")),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("s.toml:1:1"), "{}", out.stderr);
    Test::new()
        .file(
            "s.toml",
            format!("{HEAD}dates = [2026-10-15]\n\n[{header}]\n"),
        )
        .env("COWORK_LANG", "en")
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains("nested too deeply")
        .run();
}

#[test]
fn an_impossible_date_is_the_only_message() {
    for (name, dates) in [
        ("impossible_date_quoted", "[\"2027-02-29\"]"),
        ("impossible_date", "[2027-02-29]"),
    ] {
        let text = format!("{HEAD}dates = {dates}\n{PROGRAMME}");
        let (ru, en) = both(name, &text, 1);
        assert!(
            ru.stderr.contains("такой даты нет: 2027-02-29"),
            "{}",
            ru.stderr
        );
        assert!(
            en.stderr.contains("there is no such date: 2027-02-29"),
            "{}",
            en.stderr
        );
        assert!(!ru.stderr.contains("`dates` пуст"), "{}", ru.stderr);
        assert!(!en.stderr.contains("`dates` is empty"), "{}", en.stderr);
        assert_eq!(errors(&ru.stderr), 2, "{}", ru.stderr);
    }
}

#[test]
fn a_look_alike_reference_says_which_letters_differ() {
    // «Pабота» with a Latin P.
    let text = format!(
        "{HEAD}dates = [2026-10-15]\n{PROGRAMME}\n[[feedback]]\nkind = \"plus\"\ntext = \"Полезно\"\nactivity = \"Pабота в группах\"\n"
    );
    let (ru, en) = both("lookalike_activity", &text, 1);
    assert!(
        ru.stderr
            .contains("латинская `P` (U+0050) вместо кириллической `Р` (U+0420)"),
        "{}",
        ru.stderr
    );
    assert!(
        en.stderr
            .contains("Latin `P` (U+0050) where the other has Cyrillic `Р` (U+0420)"),
        "{}",
        en.stderr
    );
}
