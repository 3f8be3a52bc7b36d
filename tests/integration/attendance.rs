//! `cowork attendance`: sign-in sheets in every format, the collation, blank rows, the BOM.

use crate::common;

use common::*;

/// `cowork attendance signin.toml [args...]` with the fixture copied in.
fn attendance(args: &[&str]) -> Test {
    Test::new()
        .fixture("signin.toml")
        .env_remove("CLICOLOR_FORCE")
        .args(["attendance", "signin.toml"])
        .args(args)
}

/// stdout of a successful `cowork attendance signin.toml [args...]`.
fn sheet(args: &[&str]) -> String {
    attendance(args).run().stdout
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
    attendance(&["--format", "md"])
        .stdout_snapshot("markdown_sheets_for_every_day")
        .run();
}

#[test]
fn html_sheet_each_day_on_its_own_page() {
    let html = attendance(&["--format", "html"])
        .stdout_snapshot("html_sheet_each_day_on_its_own_page")
        .run()
        .stdout;
    assert_eq!(html.matches("<section class=\"sheet\">").count(), 2);
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains(".sheet { break-before: page"));
    // Text from the file is escaped.
    assert!(html.contains("Частный детский сад &lt;Sunny &amp; Co&gt;"));
}

#[test]
fn terminal_table() {
    attendance(&["--format", "table", "--day", "1"])
        .stdout_snapshot("terminal_table")
        .run();
}

#[test]
fn csv_is_utf8_with_a_bom_one_row_per_participant_per_day() {
    let out = attendance(&["--format", "csv"]).run();
    assert_eq!(
        &out.stdout_bytes[..3],
        b"\xEF\xBB\xBF",
        "UTF-8 byte-order mark"
    );
    let text = String::from_utf8(out.stdout_bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // A header, then 9 participants × 2 days; no blank rows in a spreadsheet.
    assert_eq!(lines.len(), 1 + 9 * 2);
    assert_eq!(
        lines[0],
        "День;Дата проведения;№;ФИО;Должность;Организация;Отметка"
    );
    assert_snapshot(
        "csv_is_utf8_with_a_bom_one_row_per_participant_per_day",
        &text,
    );
}

#[test]
fn csv_to_a_file_by_extension() {
    let out = attendance(&["-o", "sheet.csv"]).run();
    let bytes = std::fs::read(out.path().join("sheet.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
}

#[test]
fn russian_alphabetical_order_with_yo_as_ye() {
    let md = sheet(&["--format", "md", "--day", "2"]);
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
    let md = sheet(&["--format", "md", "--day", "2"]);
    assert!(md.contains("| 14 |  |  |  |  |\n"), "{md}");
    assert!(!md.contains("| 15 |"));
    let md = sheet(&["--format", "md", "--day", "2", "--blank-rows", "12"]);
    assert!(md.contains("| 21 |  |  |  |  |\n"));
    assert!(!md.contains("| 22 |"));
    let md = sheet(&["--format", "md", "--day", "2", "--blank-rows", "0"]);
    assert!(!md.contains("| 10 |"));
}

#[test]
fn recorded_attendance_marks_present_absent_excused_and_guests() {
    let md = sheet(&["--format", "md", "--day", "1"]);
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
    let md = sheet(&["--format", "md", "--day", "2"]);
    assert!(!md.contains("Отметка"));
}

#[test]
fn english_sessions_get_english_sheets_and_comma_csv() {
    let text = fixture_text("signin.toml").replace("dates = [", "language = \"en\"\ndates = [");
    let out = Test::new()
        .file("en.toml", text)
        .args(["attendance", "--format", "md", "--day", "1", "en.toml"])
        .run();
    let md = out.stdout.clone();
    assert!(md.contains("# Sign-in sheet of the methodical coworking"));
    assert!(md.contains("**Date:** 3\u{a0}December\u{a0}2026, Thursday (day 1)"));
    assert!(md.contains("Present: 6 of 9"));
    let csv = out
        .then()
        .args(["attendance", "--format", "csv", "en.toml"])
        .run()
        .stdout;
    assert!(csv.starts_with("\u{feff}Day,Date,No.,Full name,Position,Organization,Attendance\r\n"));
}

#[test]
fn a_day_beyond_the_session_is_a_usage_error() {
    attendance(&["--day", "3"])
        .status(2)
        .stderr_contains("--day 3: в коворкинге всего 2 дня")
        .run();
}

#[test]
fn an_invalid_file_is_refused_with_located_errors() {
    let text = fixture_text("signin.toml").replace(
        "excused = [\"egorova\"]",
        "excused = [\"egorova\", \"smith\"]",
    );
    Test::new()
        .file("bad.toml", text)
        .args(["attendance", "bad.toml"])
        .status(1)
        .stderr_contains("«smith» есть и среди присутствующих, и среди отсутствующих")
        .stderr_contains("bad.toml:")
        .run();
}
