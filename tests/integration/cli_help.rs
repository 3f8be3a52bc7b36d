//! The command line itself: `--help` of every command in Russian (the default) and in
//! English, and clap's own errors in words of the interface language, with exit code 2.

use crate::common::{Test, assert_snapshot};

/// Every subcommand, in the order `cowork --help` lists them.
const COMMANDS: &[&str] = &[
    "new",
    "check",
    "agenda",
    "attendance",
    "checkin",
    "groups",
    "feedback",
    "summary",
    "report",
    "archive",
    "list",
    "participants",
    "participants import",
    "participants export",
    "plan",
    "templates",
    "completions",
    "man",
];

fn help(words: &[&str], english: bool) -> String {
    let mut test = Test::new().args(words.iter().copied()).arg("--help");
    if english {
        test = test.env("COWORK_LANG", "en");
    }
    test.run().stdout
}

#[test]
fn help_of_every_command_in_russian_and_english() {
    assert_snapshot("help_ru", &help(&[], false));
    assert_snapshot("help_en", &help(&[], true));
    for command in COMMANDS {
        let words: Vec<&str> = command.split(' ').collect();
        let ru = help(&words, false);
        assert!(ru.contains("Использование: cowork "), "{command}: {ru}");
        assert!(
            !ru.contains("Usage:") && !ru.contains("Print help"),
            "{command}: {ru}"
        );
        let name = command.replace(' ', "_");
        assert_snapshot(&format!("help_ru_{name}"), &ru);
        let en = help(&words, true);
        assert!(en.contains("Usage: cowork "), "{command}: {en}");
        assert_snapshot(&format!("help_en_{name}"), &en);
    }
}

#[test]
fn short_help_and_version_exit_0() {
    Test::new()
        .args(["agenda", "-h"])
        .stdout_contains("Показать справку (подробнее: --help)")
        .stdout_contains("[возможные значения: table, md, html,")
        .run();
    Test::new().arg("--version").stdout("cowork 0.1.0\n").run();
    Test::new()
        .args(["help", "groups"])
        .stdout_contains("Использование: cowork groups [ПАРАМЕТРЫ] <ФАЙЛ>")
        .run();
    // `--lang` before or after the subcommand speaks its language in the help too.
    Test::new()
        .args(["agenda", "--help", "--lang", "en"])
        .stdout_contains("Usage: cowork agenda [OPTIONS] <FILE>")
        .run();
}

#[test]
fn without_a_command_the_help_goes_to_stderr_with_2() {
    Test::new()
        .status(2)
        .stdout("")
        .stderr_contains("Использование: cowork [ПАРАМЕТРЫ] <КОМАНДА>")
        .run();
}

fn refused(words: &[&str], name: &str) {
    Test::new()
        .args(words.iter().copied())
        .status(2)
        .stdout("")
        .stderr_snapshot(format!("{name}_ru"))
        .run();
    Test::new()
        .args(words.iter().copied())
        .env("COWORK_LANG", "en")
        .status(2)
        .stdout("")
        .stderr_snapshot(format!("{name}_en"))
        .run();
}

#[test]
fn an_unknown_argument() {
    refused(&["agenda", "s.toml", "--formt", "md"], "unknown_argument");
    refused(&["agend", "s.toml"], "unknown_command");
    refused(&["check", "-x"], "unknown_short_option");
    refused(&["agenda", "a.toml", "b.toml"], "extra_argument");
}

#[test]
fn a_missing_value_or_argument() {
    refused(&["agenda", "s.toml", "--day"], "missing_value");
    refused(&["plan", "--start", "2026-10-15"], "missing_argument");
    refused(&["check"], "missing_file");
}

#[test]
fn an_invalid_value_with_the_possible_ones() {
    refused(&["agenda", "s.toml", "--format", "rtf"], "invalid_value");
    refused(&["--lang", "de", "check", "s.toml"], "invalid_language");
}

#[test]
fn a_number_out_of_range_says_the_range_in_words() {
    refused(&["groups", "s.toml", "--count", "0"], "count_out_of_range");
    refused(
        &["groups", "s.toml", "--count", "два"],
        "count_not_a_number",
    );
    refused(&["agenda", "s.toml", "--day", "0"], "day_zero");
    refused(
        &["attendance", "s.toml", "--blank-rows", "501"],
        "blank_rows_too_many",
    );
    // clap's own ranged parsers (kept by other commands) are said in words too.
    Test::new()
        .args(["plan", "--start", "2026-10-15", "--count", "37"])
        .status(2)
        .stderr_contains("нужно целое число от 1 до 36")
        .run();
}

#[test]
fn conflicting_arguments() {
    refused(
        &["archive", "s.toml", "--no-commit", "-m", "Архив"],
        "conflict",
    );
}

#[test]
fn man_pages_and_completions_speak_the_interface_language() {
    let page = Test::new().arg("man").run().stdout;
    assert!(page.contains(".SH \"ИМЯ\""), "{page}");
    assert!(page.contains("Планы, листы регистрации"), "{page}");
    assert!(!page.contains(".SH NAME"), "{page}");
    let page = Test::new().arg("man").env("COWORK_LANG", "en").run().stdout;
    assert!(page.contains(".SH \"NAME\""), "{page}");
    let out = Test::new()
        .args(["man", "--dir", "man"])
        .stderr_contains("Страницы руководства записаны в man")
        .run();
    assert!(out.exists("man/cowork.1") && out.exists("man/cowork-agenda.1"));
    assert!(!out.exists("man/cowork-help.1"));
    assert!(out.read("man/cowork-agenda.1").contains("Файл коворкинга"));
    let fish = Test::new().args(["completions", "fish"]).run().stdout;
    assert!(
        fish.contains("Файл коворкинга") || fish.contains("Формат вывода"),
        "{fish}"
    );
}
