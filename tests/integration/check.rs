//! `cowork check`: every rule of the session format, as a fixture with its expected report.
//!
//! Each `tests/fixtures/check/<rule>.toml` is a clean session with one rule broken; its
//! stderr is snapshotted in `tests/snapshots/check__<rule>.snap` (file:line:col, the source
//! line, a caret, a hint) and the exit status is checked: 1 for errors, 0 for warnings only.

use crate::common;

use common::{Output, Test, fixture_text};

/// Runs `cowork check <rule>.toml` on the fixture and snapshots stderr, in Russian (the
/// default, `check__<rule>.snap`) and in English (`check__<rule>_en.snap`); returns the
/// Russian run.
fn check_fixture(rule: &str, status: i32) -> Output {
    let file = format!("{rule}.toml");
    Test::new()
        .fixture(&format!("check/{file}"))
        .env("COWORK_LANG", "en")
        .args(["check", &file])
        .status(status)
        .stdout("")
        .stderr_snapshot(format!("{rule}_en"))
        .run();
    let out = Test::new()
        .fixture(&format!("check/{file}"))
        .args(["check", &file])
        .status(status)
        .stdout("")
        .stderr_snapshot(rule)
        .run();
    // Every word of it is Russian, but for names, keys and code.
    if let Some(run) = crate::russian::english_run(&out.stderr) {
        panic!("English in the Russian report of {file}: {run}");
    }
    out
}

/// One test per fixture: `rule => exit status`. Also lists them, so that a fixture
/// without a test is noticed (`every_fixture_has_a_test`).
macro_rules! fixtures {
    ($($rule:ident => $status:expr,)*) => {
        $(
            #[test]
            fn $rule() {
                check_fixture(stringify!($rule), $status);
            }
        )*
        const FIXTURES: &[&str] = &[$(stringify!($rule)),*];
    };
}

const ERRORS: i32 = 1;
const WARNINGS_ONLY: i32 = 0;

fixtures! {
    ok => 0,

    // The header.
    schema_not_one => ERRORS,
    no_session => ERRORS,
    missing_title => ERRORS,
    empty_title => ERRORS,
    missing_dates => ERRORS,
    empty_dates => ERRORS,
    dates_not_ascending => ERRORS,
    too_many_dates => WARNINGS_ONLY,
    missing_goal => WARNINGS_ONLY,
    bad_language => ERRORS,
    unknown_language => ERRORS,
    unknown_timezone => ERRORS,
    timezone_town => ERRORS,
    empty_uid => ERRORS,

    // Shapes: keys, types, dates and times.
    unknown_keys => ERRORS,
    report_unknown_key => ERRORS,
    wrong_types => ERRORS,
    wrong_type_reported_once => ERRORS,
    not_tables => ERRORS,
    bad_date_native => ERRORS,
    bad_dates_quoted => ERRORS,
    bad_time_native => ERRORS,
    bad_times_quoted => ERRORS,

    // Zones, phases, participants.
    zone_id_invalid => ERRORS,
    custom_zone_without_name => ERRORS,
    unknown_zone => ERRORS,
    unknown_phase => ERRORS,
    unknown_participant => ERRORS,
    moderator_listed_twice => WARNINGS_ONLY,

    // Times.
    day_beyond_dates => ERRORS,
    duration_and_end => ERRORS,
    neither_duration_nor_end => ERRORS,
    duration_not_positive => ERRORS,
    end_before_start => ERRORS,
    past_midnight => ERRORS,
    zone_overlap => ERRORS,
    plenary_overlap => ERRORS,
    moderator_double_booking => ERRORS,

    // Programme warnings.
    empty_activities => WARNINGS_ONLY,
    missing_phase => WARNINGS_ONLY,
    discussion_not_last => WARNINGS_ONLY,
    zone_unused => WARNINGS_ONLY,
    phase_without_moderator => WARNINGS_ONLY,

    // Participants.
    participant_duplicates => ERRORS,
    empty_name_and_id => ERRORS,
    negative_experience => ERRORS,
    group_below_one => ERRORS,

    // After the session.
    attendance_day_beyond => ERRORS,
    attendance_day_twice => ERRORS,
    attendance_unknown_ref => ERRORS,
    attendance_present_twice => ERRORS,
    attendance_present_and_excused => ERRORS,
    attendance_missing_day => ERRORS,
    attendance_excused_twice => ERRORS,
    attendance_negative_guests => ERRORS,
    feedback_votes_below_one => ERRORS,
    feedback_unknown_activity => ERRORS,
    feedback_unknown_kind => ERRORS,
    product_unknown_author => ERRORS,
    indicator_value_wrong_type => ERRORS,

    // Version 1.1: volume, signature blocks, breaks, the report's signature.
    hours_not_positive => ERRORS,
    approval_missing_name => ERRORS,
    approval_unknown_key => ERRORS,
    report_bad_date => ERRORS,
    report_author_ambiguous => ERRORS,
    break_with_phase => WARNINGS_ONLY,

    // Locations.
    cyrillic_columns => ERRORS,

    // Characters that cannot be seen, and names that look the same.
    text_control_character => WARNINGS_ONLY,
    text_bidi_override => WARNINGS_ONLY,
    text_zero_width => WARNINGS_ONLY,
    lookalike_nfc_nfd => WARNINGS_ONLY,
    lookalike_double_space => WARNINGS_ONLY,
    lookalike_trailing_nbsp => WARNINGS_ONLY,
    lookalike_latin_cyrillic => WARNINGS_ONLY,
    lookalike_case => WARNINGS_ONLY,
    lookalike_yo => WARNINGS_ONLY,
    mixed_script_word => WARNINGS_ONLY,
    lookalike_reference => ERRORS,
}

#[test]
fn every_fixture_has_a_test() {
    let dir = common::fixtures_dir().join("check");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/check exists")
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".toml").map(str::to_string)
        })
        .collect();
    files.sort();
    let mut tested: Vec<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    tested.sort();
    assert_eq!(files, tested, "fixtures in tests/fixtures/check vs. tests");
}

/// The file:line:col printed for the first diagnostic whose message contains `needle`.
fn location_of(stderr: &str, needle: &str) -> String {
    let mut lines = stderr.lines();
    while let Some(line) = lines.next() {
        if line.contains(needle) {
            let arrow = lines.next().unwrap_or_default();
            return arrow
                .trim_start()
                .strip_prefix("--> ")
                .unwrap_or_else(|| panic!("no location after {line:?}:\n{stderr}"))
                .to_string();
        }
    }
    panic!("no diagnostic {needle:?} in:\n{stderr}");
}

/// 1-based line and column in characters of the `n`-th (0-based) occurrence of `needle`.
fn position(text: &str, needle: &str, n: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle:?} #{n} not in the fixture"))
        .0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

#[test]
fn columns_count_characters_not_bytes() {
    let out = check_fixture("cyrillic_columns", ERRORS);
    let text = fixture_text("check/cyrillic_columns.toml");

    let (line, col) = position(&text, "\"Сидорова\"", 0);
    assert!(
        col > 30,
        "the reference comes after Cyrillic text on its line"
    );
    assert_eq!(
        location_of(&out.stderr, "неизвестный участник «Сидорова»"),
        format!("cyrillic_columns.toml:{line}:{col}")
    );
    // The caret stands under the value, counted in characters.
    let source_line = text.lines().nth(line - 1).unwrap_or_default();
    let caret_line = out
        .stderr
        .lines()
        .skip_while(|l| !l.ends_with(source_line))
        .nth(1)
        .expect("a caret line under the source line");
    let gutter = out
        .stderr
        .lines()
        .find(|l| l.ends_with(source_line))
        .map(|l| l.chars().count() - source_line.chars().count())
        .unwrap_or_default();
    assert_eq!(
        caret_line.chars().position(|c| c == '^'),
        Some(gutter + col - 1),
        "caret misplaced:\n{}",
        out.stderr
    );

    let (line, col) = position(&text, "\"два года\"", 0);
    assert_eq!(
        location_of(&out.stderr, "`experience` в [[participants]] № 3"),
        format!("cyrillic_columns.toml:{line}:{col}")
    );
}

const MANY_PROBLEMS: &str = r#"schema = 3
colour = "blue"

[session]
titel = "Игровые технологии"
dates = [2026-12-04, 2026-12-03]
language = "de"

[zones.Sport]
room = "спортзал"

[[participants]]
name = "Иванова Анна"
id = "ivanova"
experience = -1
group = 0

[[participants]]
name = "Иванова Анна"
id = "ivanova"

[[activities]]
title = "Открытие"
phase = "immersion"
zone = "hall"
duration = 30
moderators = ["ivanova"]

[[activities]]
title = "Мастер-класс"
phase = "presentaton"
day = 5
duration = 45

[[activities]]
title = "Семинар"
zone = "interactive"
start = 10:00
duration = 60
end = 11:00

[[activities]]
title = "Практикум"
zone = "interactive"
start = 12:00
end = 11:00

[[activities]]
title = "Квест"
zone = "interactive"
start = 23:30
duration = 60

[[activities]]
title = "Консультация"
zone = "presentation"
start = 10:00
duration = 0

[[attendance]]
day = 4
present = ["ivanova", "ivanova", "nobody"]

[[feedback]]
kind = "pluss"
text = "Много практики"
votes = 0
activity = "Открыте"

[[products]]
title = "Сборник"
authors = ["someone"]

[[indicators]]
name = "Доля"
value = true

[report]
summry = "…"
"#;

#[test]
fn a_file_with_many_problems_reports_all_of_them_in_one_run() {
    let text = MANY_PROBLEMS;
    let out = Test::new()
        .env("COWORK_LANG", "en")
        .file("many.toml", text)
        .args(["check", "many.toml"])
        .status(1)
        .stderr_snapshot("many_problems_en")
        .run();
    let expected = [
        "unsupported schema 3",
        "unknown key `colour` in the file",
        "unknown key `titel` in [session]",
        "the dates must go in order",
        "unknown language \"de\"",
        "zone id \"Sport\" is not allowed",
        "`experience` cannot be negative",
        "`group` numbers start at 1",
        "name \"Иванова Анна\" is used twice",
        "id \"ivanova\" is used twice",
        "unknown zone \"hall\"",
        "unknown phase \"presentaton\"",
        "day 5 is outside the session",
        "an activity takes `duration` or `end`, not both",
        "\"Практикум\" ends at 11:00 but starts at 12:00",
        "\"Квест\" starts at 23:30 and runs past midnight",
        "`duration` must be a positive number of minutes",
        "attendance for day 4",
        "\"ivanova\" is listed twice in one day's `present`",
        "unknown participant \"nobody\" in `present`",
        "unknown kind \"pluss\" in [[feedback]] #1",
        "`votes` must be 1 or more",
        "unknown activity \"Открыте\"",
        "unknown participant \"someone\" in `authors`",
        "`value` in [[indicators]] #1 must be a number or a string",
        "unknown key `summry` in [report]",
    ];
    let missing: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|m| !out.stderr.contains(m))
        .collect();
    assert!(
        missing.is_empty(),
        "not reported: {missing:#?}\n{}",
        out.stderr
    );
    let errors = out.stderr.matches("\nerror: ").count()
        + out.stderr.matches("\nошибка: ").count()
        + usize::from(out.stderr.starts_with("error: "));
    // One per expected message, plus the final "has problems" line.
    assert!(errors > expected.len(), "{errors} errors:\n{}", out.stderr);
    assert!(out.stderr.contains("many.toml: "));
}

#[test]
fn a_clean_file_says_ok() {
    Test::new()
        .env("COWORK_LANG", "en")
        .fixture("check/ok.toml")
        .args(["check", "ok.toml"])
        .stdout("")
        .stderr("ok.toml: ok\n")
        .run();
}

#[test]
fn the_bundled_example_is_clean() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join("grazhdansko-patrioticheskoe.toml");
    let text = std::fs::read_to_string(example).expect("the example exists");
    Test::new()
        .env("COWORK_LANG", "en")
        .file("example.toml", text)
        .args(["check", "example.toml"])
        .stderr("example.toml: ok\n")
        .run();
}

// ── files that are not session files at all ─────────────────────────────────────────────

#[test]
fn a_non_utf8_file() {
    // «Тема» in Windows-1251 after a valid first line.
    let mut bytes = b"[session]\ntitle = \"".to_vec();
    bytes.extend([0xD2, 0xE5, 0xEC, 0xE0]);
    bytes.extend(b"\"\n");
    Test::new()
        .env("COWORK_LANG", "en")
        .file("cp1251.toml", bytes)
        .args(["check", "cp1251.toml"])
        .status(1)
        .stdout("")
        .stderr_contains("cp1251.toml:2:10: the file is saved as Windows-1251")
        .stderr_snapshot("non_utf8_en")
        .run();
}

#[test]
fn an_empty_file() {
    Test::new()
        .env("COWORK_LANG", "en")
        .file("empty.toml", "")
        .args(["check", "empty.toml"])
        .status(1)
        .stderr_contains("the session file is empty")
        .stderr_snapshot("empty_file_en")
        .run();
}

#[test]
fn a_file_of_blank_lines_is_empty_too() {
    Test::new()
        .env("COWORK_LANG", "en")
        .file("blank.toml", "\n   \n\t\n")
        .args(["check", "blank.toml"])
        .status(1)
        .stderr_contains("the session file is empty")
        .run();
}

#[test]
fn a_file_that_is_not_toml() {
    Test::new()
        .env("COWORK_LANG", "en")
        .file(
            "notes.toml",
            "План коворкинга\n3 декабря: открытие, мастер-классы\n",
        )
        .args(["check", "notes.toml"])
        .status(1)
        .stderr_contains("notes.toml:1:")
        .stderr_contains("this is not valid TOML")
        .stderr_snapshot("not_toml_en")
        .run();
}

#[test]
fn a_json_file() {
    Test::new()
        .env("COWORK_LANG", "en")
        .file("s.toml", "{\"session\": {\"title\": \"T\"}}\n")
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains("this is not valid TOML")
        .run();
}

#[test]
fn a_directory() {
    // A folder stands for its session files (forgiving::check_takes_a_folder); an empty one
    // says so.
    Test::new()
        .dir("sessions")
        .args(["check", "sessions"])
        .status(1)
        .stderr_contains("в папке sessions нет файлов коворкингов (*.toml)")
        .stderr_snapshot("directory")
        .run();
}

#[test]
fn a_missing_file() {
    Test::new()
        .env("COWORK_LANG", "en")
        .args(["check", "sessions/2026-12-03.toml"])
        .status(1)
        .stderr_contains("cannot open sessions/2026-12-03.toml: no such file")
        .stderr_snapshot("missing_file_en")
        .run();
}

#[test]
fn a_file_over_4_mib() {
    let test = Test::new();
    let file = std::fs::File::create(test.path().join("huge.toml")).expect("create");
    file.set_len(5 * 1024 * 1024).expect("grow the file");
    test.env("COWORK_LANG", "en")
        .args(["check", "huge.toml"])
        .status(1)
        .stderr_contains(
            "huge.toml is 5 MiB; a session file may be at most 4 MiB; \
             a session of a whole city is under 1 MiB",
        )
        .run();
}

#[test]
fn a_file_just_over_4_mib() {
    let test = Test::new();
    let file = std::fs::File::create(test.path().join("huge.toml")).expect("create");
    file.set_len(4 * 1024 * 1024 + 1).expect("grow the file");
    test.env("COWORK_LANG", "en")
        .args(["check", "huge.toml"])
        .status(1)
        .stderr_contains("huge.toml is over 4 MiB; a session file may be at most 4 MiB")
        .run();
}

#[test]
fn a_utf8_bom_is_ignored() {
    let text = format!("\u{feff}{}", fixture_text("check/ok.toml"));
    Test::new()
        .env("COWORK_LANG", "en")
        .file("bom.toml", text)
        .args(["check", "bom.toml"])
        .stderr("bom.toml: ok\n")
        .run();
}

#[test]
fn windows_line_endings_are_fine() {
    let text = fixture_text("check/missing_goal.toml").replace('\n', "\r\n");
    let out = Test::new()
        .file("crlf.toml", text)
        .args(["check", "crlf.toml"])
        .stderr_contains("crlf.toml:3:1")
        .run();
    assert!(!out.stderr.contains('\r'), "{:?}", out.stderr);
}

// ── the command line ────────────────────────────────────────────────────────────────────

#[test]
fn several_files_in_one_run() {
    Test::new()
        .env("COWORK_LANG", "en")
        .fixture("check/ok.toml")
        .fixture("check/missing_goal.toml")
        .fixture("check/schema_not_one.toml")
        .fixture("check/zone_overlap.toml")
        .args([
            "check",
            "ok.toml",
            "missing_goal.toml",
            "schema_not_one.toml",
            "absent.toml",
            "zone_overlap.toml",
        ])
        .status(1)
        .stdout("")
        .stderr_contains("ok.toml: ok\n")
        .stderr_contains("missing_goal.toml: ok, 1 warning\n")
        .stderr_contains("schema_not_one.toml: 1 error\n")
        .stderr_contains("cannot open absent.toml")
        .stderr_contains("zone_overlap.toml: 1 error\n")
        .stderr_contains("error: 3 of 5 files have problems")
        .stderr_snapshot("several_files_en")
        .run();
}

#[test]
fn several_clean_files_exit_zero() {
    Test::new()
        .env("COWORK_LANG", "en")
        .fixture("check/ok.toml")
        .fixture("check/missing_goal.toml")
        .args(["check", "ok.toml", "missing_goal.toml"])
        .stderr_contains("ok.toml: ok\n")
        .stderr_contains("missing_goal.toml: ok, 1 warning\n")
        .run();
}

#[test]
fn no_file_is_a_usage_error() {
    Test::new()
        .arg("check")
        .status(2)
        .stdout("")
        .stderr_contains("<ФАЙЛ>")
        .run();
}

#[test]
fn no_colour_without_a_terminal_even_without_no_color() {
    let out = Test::new()
        .fixture("check/zone_overlap.toml")
        .env_remove("NO_COLOR")
        .args(["check", "zone_overlap.toml"])
        .status(1)
        .run();
    assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
}

// ── hidden characters and look-alike names at city scale ───────────────────────────────

/// Thousands of look-alike names, hidden characters in each, and two huge look-alike names:
/// grouped by key, not compared pairwise, so this takes well under a second, not minutes.
#[test]
fn look_alikes_at_city_scale_take_linear_time() {
    use std::fmt::Write as _;
    let mut text = String::from("[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [2026-12-03]\n");
    let n = 3000;
    for i in 0..n {
        let _ = write!(
            text,
            "[[participants]]\nname = \"Участникова Анна {i}\"\nid = \"p{i}\"\n\
             [[participants]]\nname = \"участникова\u{200B} анна {i}\"\nid = \"q{i}\"\n"
        );
    }
    // Long names are taken apart letter by letter; huge ones are only told apart.
    for length in [5_000, 1_000_000] {
        let long = "Я".repeat(length);
        let _ = write!(
            text,
            "[[participants]]\nname = \"{long}\"\n[[participants]]\nname = \"{}\"\n",
            long.to_lowercase()
        );
    }
    let started = std::time::Instant::now();
    let checked = cowork::session::file::check_text("city.toml", text).expect("valid TOML");
    let rendered = checked.render(cowork::session::diagnostic::Style::Plain);
    let took = started.elapsed();
    let count = |needle: &str| {
        checked
            .diagnostics
            .iter()
            .filter(|d| d.message.contains(needle))
            .count()
    };
    assert_eq!(count("ФИО другого участника"), n + 2);
    assert_eq!(count("есть невидимый символ"), n);
    assert!(rendered.contains("U+200B (пробел нулевой ширины)"));
    let labelled = |label: &str| {
        checked
            .diagnostics
            .iter()
            .any(|d| d.label.as_deref() == Some(label))
    };
    assert!(labelled(
        "заглавные и строчные буквы различаются в 5000 местах"
    ));
    assert!(labelled("написано иначе"));
    assert!(took < std::time::Duration::from_secs(20), "{took:?}");
}

/// Windows files end their lines in CRLF: the same warnings, at the same places.
#[test]
fn hidden_characters_and_look_alikes_in_a_crlf_file() {
    for rule in [
        "text_control_character",
        "text_zero_width",
        "lookalike_nfc_nfd",
        "lookalike_trailing_nbsp",
    ] {
        let lf = fixture_text(&format!("check/{rule}.toml"));
        let crlf = lf.replace('\n', "\r\n");
        let check = |text: &str| {
            Test::new()
                .env("COWORK_LANG", "en")
                .file("s.toml", text)
                .args(["check", "s.toml"])
                .stderr_contains("warning: ")
                .run()
                .stderr
        };
        assert_eq!(check(&lf), check(&crlf), "{rule}");
    }
}

/// A look-alike written with escapes is found too, and pointed at where it is written.
#[test]
fn look_alikes_written_as_escapes() {
    let text = format!(
        "{}[[participants]]\nname = \"Ковалёва Нина\"\n\n[[participants]]\nname = \"Ковале\\u0308ва\\u00A0Нина\"\n",
        "[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [2026-12-03]\n\n"
    );
    let out = Test::new()
        .env("COWORK_LANG", "en")
        .file("s.toml", text)
        .args(["check", "s.toml"])
        .run();
    assert!(
        out.stderr.contains(
            "<U+00A0>Нина\" looks the same as another participant's name \"Ковалёва Нина\""
        ),
        "{}",
        out.stderr
    );
    // The caret starts at the `е` of `е\u0308` (column 14) and the first is shown below.
    assert_eq!(
        location_of(&out.stderr, "looks the same as"),
        "s.toml:10:14"
    );
    assert!(out.stderr.contains("::: s.toml:7:14"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("`ё` is written as U+0435 U+0308 where the other has U+0451; U+00A0 NO-BREAK SPACE where the other has a space"),
        "{}",
        out.stderr
    );
}

// ── the same in Russian, the default ────────────────────────────────────────────────────

#[test]
fn many_problems_in_russian() {
    let out = Test::new()
        .file("many.toml", MANY_PROBLEMS)
        .args(["check", "many.toml"])
        .status(1)
        .stderr_snapshot("many_problems")
        .run();
    assert!(
        out.stderr
            .contains("many.toml: 26 ошибок, 4 предупреждения"),
        "{}",
        out.stderr
    );
    // The misspelled `titel` is one error, not also a missing `title`.
    assert!(!out.stderr.contains("нет `title`"), "{}", out.stderr);
}

#[test]
fn files_that_are_not_session_files_in_russian() {
    let mut cp1251 = b"[session]\ntitle = \"".to_vec();
    cp1251.extend([0xD2, 0xE5, 0xEC, 0xE0]);
    cp1251.extend(b"\"\n");
    Test::new()
        .file("cp1251.toml", cp1251)
        .args(["check", "cp1251.toml"])
        .status(1)
        .stderr_contains("cp1251.toml:2:10: файл сохранён в кодировке Windows-1251")
        .stderr_contains("в Блокноте «Файл → Сохранить как → Кодировка: UTF-8»")
        .stderr_snapshot("non_utf8")
        .run();
    Test::new()
        .file("empty.toml", "")
        .args(["check", "empty.toml"])
        .status(1)
        .stderr_snapshot("empty_file")
        .run();
    Test::new()
        .file(
            "notes.toml",
            "План коворкинга\n3 декабря: открытие, мастер-классы\n",
        )
        .args(["check", "notes.toml"])
        .status(1)
        .stderr_snapshot("not_toml")
        .run();
    Test::new()
        .args(["check", "sessions/2026-12-03.toml"])
        .status(1)
        .stderr_snapshot("missing_file")
        .run();
    let test = Test::new();
    let file = std::fs::File::create(test.path().join("huge.toml")).expect("create");
    file.set_len(5 * 1024 * 1024).expect("grow the file");
    test.args(["check", "huge.toml"])
        .status(1)
        .stderr_contains("размер huge.toml — 5 МиБ, а файл сессии может быть не больше 4 МиБ")
        .run();
}

#[test]
fn a_utf16_file_names_notepads_russian_menu() {
    for (name, bom, big_endian) in [
        ("le.toml", [0xFF, 0xFE], false),
        ("be.toml", [0xFE, 0xFF], true),
    ] {
        let mut bytes = bom.to_vec();
        for unit in "[session]\ntitle = \"Тема\"\n".encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend(pair);
        }
        Test::new()
            .file(name, bytes)
            .args(["check", name])
            .status(1)
            .stderr_contains("сохранён в кодировке UTF-16")
            .stderr_contains("«Файл → Сохранить как → Кодировка: UTF-8»")
            .run();
    }
}

#[test]
fn several_files_in_russian_with_plurals() {
    Test::new()
        .fixture("check/ok.toml")
        .fixture("check/missing_goal.toml")
        .fixture("check/schema_not_one.toml")
        .fixture("check/zone_overlap.toml")
        .args([
            "check",
            "ok.toml",
            "missing_goal.toml",
            "schema_not_one.toml",
            "absent.toml",
            "zone_overlap.toml",
        ])
        .status(1)
        .stdout("")
        .stderr_contains("ok.toml: всё в порядке\n")
        .stderr_contains("missing_goal.toml: ошибок нет, 1 предупреждение\n")
        .stderr_contains("schema_not_one.toml: 1 ошибка\n")
        .stderr_contains("не удалось открыть absent.toml: такого файла нет")
        .stderr_contains("ошибка: ошибки в 3 файлах из 5 (см. выше)")
        .stderr_snapshot("several_files")
        .run();
    Test::new()
        .fixture("check/ok.toml")
        .fixture("check/schema_not_one.toml")
        .args(["check", "ok.toml", "schema_not_one.toml"])
        .status(1)
        .stderr_contains("ошибка: ошибки в 1 файле из 2 (см. выше)")
        .run();
}
