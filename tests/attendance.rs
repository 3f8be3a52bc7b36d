//! `cowork attendance`: sign-in sheets in every format, the collation, blank rows, the BOM.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn cowork() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cowork"));
    cmd.env("NO_COLOR", "1").env_remove("CLICOLOR_FORCE");
    cmd
}

/// Runs `cowork attendance` on a fixture with extra arguments; returns stdout.
fn sheet(file: &str, args: &[&str]) -> String {
    let out = cowork()
        .arg("attendance")
        .arg(fixture(file))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The names in the order the Markdown sheet of day 2 (nothing recorded) prints them.
fn names_in_order(md: &str) -> Vec<String> {
    md.lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells.len() > 3 && cells[1].parse::<usize>().is_ok() && !cells[2].is_empty())
                .then(|| cells[2].to_string())
        })
        .collect()
}

#[test]
fn markdown_sheets_for_every_day() {
    insta::assert_snapshot!(sheet("signin.toml", &["--format", "md"]));
}

#[test]
fn html_sheet_each_day_on_its_own_page() {
    let html = sheet("signin.toml", &["--format", "html"]);
    assert_eq!(html.matches("<section class=\"sheet\">").count(), 2);
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains(".sheet { break-before: page"));
    // Text from the file is escaped.
    assert!(html.contains("Частный детский сад &lt;Sunny &amp; Co&gt;"));
    insta::assert_snapshot!(html);
}

#[test]
fn terminal_table() {
    insta::assert_snapshot!(sheet("signin.toml", &["--format", "table", "--day", "1"]));
}

#[test]
fn csv_is_utf8_with_a_bom_one_row_per_participant_per_day() {
    let out = cowork()
        .args(["attendance", "--format", "csv"])
        .arg(fixture("signin.toml"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(&out.stdout[..3], b"\xEF\xBB\xBF", "UTF-8 byte-order mark");
    let text = String::from_utf8(out.stdout[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // A header, then 9 participants × 2 days; no blank rows in a spreadsheet.
    assert_eq!(lines.len(), 1 + 9 * 2);
    assert_eq!(
        lines[0],
        "День;Дата проведения;№;ФИО;Должность;Организация;Отметка"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn csv_to_a_file_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.csv");
    cowork()
        .arg("attendance")
        .arg(fixture("signin.toml"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
}

#[test]
fn russian_alphabetical_order_with_yo_as_ye() {
    let md = sheet("signin.toml", &["--format", "md", "--day", "2"]);
    assert_eq!(
        names_in_order(&md),
        [
            "Абрамова Елена Викторовна",
            "егорова Ольга Сергеевна",
            // Ё counts as Е: «ёжи…» before «ежо…», «фёдорова а…» before «федорова з…»;
            // byte order would put Ё after every other Cyrillic letter.
            "Ёжиков Степан Ильич",
            "Ежова Нина Глебовна",
            "Орлова Вера Павловна",
            "Фёдорова Алла Ивановна",
            "Федорова Зоя Петровна",
            "Яковлев Артём Олегович",
            "Smith Jane",
        ]
    );
}

#[test]
fn blank_rows_continue_the_numbering() {
    let md = sheet("signin.toml", &["--format", "md", "--day", "2"]);
    assert!(md.contains("| 14 |  |  |  |  |\n"), "{md}");
    assert!(!md.contains("| 15 |"));
    let md = sheet(
        "signin.toml",
        &["--format", "md", "--day", "2", "--blank-rows", "12"],
    );
    assert!(md.contains("| 21 |  |  |  |  |\n"));
    assert!(!md.contains("| 22 |"));
    let md = sheet(
        "signin.toml",
        &["--format", "md", "--day", "2", "--blank-rows", "0"],
    );
    assert!(!md.contains("| 10 |"));
}

#[test]
fn recorded_attendance_marks_present_absent_excused_and_guests() {
    let md = sheet("signin.toml", &["--format", "md", "--day", "1"]);
    assert!(md.contains("| Отметка | Подпись |"));
    assert!(md.contains("| Ежова Нина Глебовна | музыкальный руководитель | МБДОУ «Детский сад № 7 «Ёлочка» | присутствует |"));
    assert!(md.contains("| егорова Ольга Сергеевна | педагог-психолог | МБДОУ «Детский сад № 7 «Ёлочка» | уважительная причина |"));
    assert!(md.contains(
        "| Фёдорова Алла Ивановна | воспитатель | МБДОУ «Детский сад № 7 «Ёлочка» | отсутствует |"
    ));
    assert!(md.contains("Присутствовали: 6 из 9"));
    assert!(md.contains("Отсутствовали: 2"));
    assert!(md.contains("Отсутствовали по уважительной причине: 1"));
    assert!(md.contains("Гости без предварительной регистрации: 3"));
    // Day 2 has no record yet: a plain sheet to sign.
    let md = sheet("signin.toml", &["--format", "md", "--day", "2"]);
    assert!(!md.contains("Отметка"));
}

#[test]
fn english_sessions_get_english_sheets_and_comma_csv() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("signin.toml"))
        .unwrap()
        .replace("dates = [", "language = \"en\"\ndates = [");
    let path = dir.path().join("en.toml");
    std::fs::write(&path, text).unwrap();
    let out = cowork()
        .args(["attendance", "--format", "md", "--day", "1"])
        .arg(&path)
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("# Sign-in sheet of the methodical coworking"));
    assert!(md.contains("**Date:** 3 December 2026, Thursday (day 1)"));
    assert!(md.contains("Present: 6 of 9"));
    let out = cowork()
        .args(["attendance", "--format", "csv"])
        .arg(&path)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("\u{feff}Day,Date,No.,Full name,Position,Organization,Attendance\r\n"));
}

#[test]
fn a_day_beyond_the_session_is_a_usage_error() {
    cowork()
        .args(["attendance", "--day", "3"])
        .arg(fixture("signin.toml"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--day 3: the session has 2 days"));
}

#[test]
fn an_invalid_file_is_refused_with_located_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    let text = std::fs::read_to_string(fixture("signin.toml"))
        .unwrap()
        .replace(
            "excused = [\"egorova\"]",
            "excused = [\"egorova\", \"smith\"]",
        );
    std::fs::write(&path, text).unwrap();
    cowork()
        .arg("attendance")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "\"smith\" is both present and excused",
        ))
        .stderr(predicates::str::contains("bad.toml:"));
}
