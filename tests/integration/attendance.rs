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
    assert!(md.contains("# Sign-in sheet\n"));
    assert!(md.contains("**Date:** Thursday 3\u{a0}December\u{a0}2026 (day 1)"));
    assert!(md.contains("Present: 6 of 9"));
    let csv = out
        .then()
        .args(["attendance", "--format", "csv", "en.toml"])
        .run()
        .stdout;
    assert!(csv.starts_with("\u{feff}Day,Date,No.,Full name,Position,Organisation,Attendance\r\n"));
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

/// `cowork attendance attendance/<fixture> [args...]`: stdout.
fn sheet_of(fixture: &str, args: &[&str]) -> String {
    let name = fixture.rsplit('/').next().unwrap_or(fixture);
    Test::new()
        .fixture(fixture)
        .args(["attendance", name])
        .args(args)
        .run()
        .stdout
}

#[test]
fn one_organisation_is_named_once_not_in_every_row() {
    // Twenty from the session's own kindergarten (one of them writes it in other letter
    // case): no organisation column, the header names it once; day 1 has marks.
    let md = Test::new()
        .fixture("attendance/one_org.toml")
        .args([
            "attendance",
            "one_org.toml",
            "--format",
            "md",
            "--blank-rows",
            "2",
        ])
        .stdout_snapshot("one_organisation_markdown")
        .run()
        .stdout;
    assert!(!md.contains("Организация"), "{md}");
    assert_eq!(
        md.matches("МБДОУ «Детский сад № 15 «Радуга»").count(),
        2,
        "once a sheet"
    );
    assert!(md.contains("| № | ФИО | Должность | Отметка | Подпись |\n|---:|---|---|---|---|\n"));
    assert!(md.contains("| № | ФИО | Должность | Подпись |\n|---:|---|---|---|\n"));
    // Blank rows: number, name, position, mark (day 1 only), signature.
    assert!(
        md.contains("| 22 |  |  |  |  |\n\nПрисутствовали: 17 из 20"),
        "{md}"
    );
    assert!(md.ends_with(
        "| 22 |  |  |  |\n\nОтветственный: ____________ Орлова Вера Павловна, старший воспитатель\n"
    ));
    let html = sheet_of("attendance/one_org.toml", &["--format", "html"]);
    assert!(!html.contains("Организация"));
    assert!(html.contains("<table class=\"signin\">"));
    let table = sheet_of(
        "attendance/one_org.toml",
        &["--format", "table", "--day", "2"],
    );
    assert!(!table.contains("Организация"), "{table}");
    // A spreadsheet keeps every column.
    let csv = sheet_of("attendance/one_org.toml", &["--format", "csv"]);
    assert!(csv.contains(";Организация;"));
    assert!(csv.contains(";МБДОУ «Детский сад № 15 «Радуга»;"));
}

#[test]
fn several_organisations_keep_the_column() {
    let md = sheet_of(
        "attendance/mixed_orgs.toml",
        &["--format", "md", "--day", "2"],
    );
    assert!(
        md.contains("| № | ФИО | Должность | Организация | Подпись |"),
        "{md}"
    );
    assert!(md.contains(
        "| Белова Ирина Николаевна | воспитатель | МАДОУ «Центр развития ребёнка — детский сад № 3 «Солнышко» |  |"
    ));
    // A participant without an organisation comes from the session's.
    assert!(md.contains(
        "| Абрамова Елена Викторовна | воспитатель | МБДОУ «Детский сад № 15 «Радуга» |  |"
    ));
    let html = sheet_of("attendance/mixed_orgs.toml", &["--format", "html"]);
    assert!(html.contains("<table class=\"signin with-org\">"));
    assert!(html.contains("<th class=\"org\">Организация</th>"));
}

#[test]
fn english_sheet_sorts_by_surname_in_natural_english() {
    // "Given Surname": the last word is the surname.
    let md = Test::new()
        .fixture("attendance/en.toml")
        .args([
            "attendance",
            "en.toml",
            "--format",
            "md",
            "--blank-rows",
            "1",
        ])
        .stdout_snapshot("english_sheet")
        .run()
        .stdout;
    assert_eq!(
        names_in_order(&md),
        [
            "Tom Baker",
            "Helen Clarke",
            "Zoe Evans",
            "Mary O'Neill",
            "Priya Patel",
            "Anna Smith",
            "Aaron Young"
        ]
    );
    assert!(md.contains("# Sign-in sheet\n"));
    assert!(md.contains("**Topic:** “Game-based learning in the early years”"));
    assert!(md.contains("**Date:** Thursday 8\u{a0}April\u{a0}2027\n"));
    assert!(md.contains("| No. | Full name | Position | Organisation | Signature |"));
    assert!(md.contains("Person responsible: ____________ Helen Clarke, deputy head"));
    let csv = sheet_of("attendance/en.toml", &["--format", "csv"]);
    assert!(
        csv.starts_with("\u{feff}Day,Date,No.,Full name,Position,Organisation,Attendance\r\n1,2027-04-08,1,Tom Baker,"),
        "{csv}"
    );
}

#[test]
fn names_with_a_patronymic_sort_by_their_first_word_in_english_too() {
    // The Russian roster in an English session: «Фамилия Имя Отчество» is still surname
    // first; only «Smith Jane», without a patronymic, is taken for "Given Surname" (Jane),
    // which changes nothing here: Latin names come after Cyrillic ones.
    let text = fixture_text("signin.toml").replace("dates = [", "language = \"en\"\ndates = [");
    let md = Test::new()
        .file("en.toml", text)
        .args(["attendance", "en.toml", "--format", "md", "--day", "2"])
        .run()
        .stdout;
    let russian = sheet(&["--format", "md", "--day", "2"]);
    assert_eq!(names_in_order(&md), names_in_order(&russian));
    // A Latin name without a patronymic does move: "Jane Smith" sorts before "Zoe Adams".
    let text = fixture_text("attendance/en.toml")
        .replace("Anna Smith", "Jane Smith")
        .replace("Tom Baker", "Zoe Adams");
    let md = Test::new()
        .file("en.toml", text)
        .args(["attendance", "en.toml", "--format", "md"])
        .run()
        .stdout;
    let names = names_in_order(&md);
    assert_eq!(names.first().map(String::as_str), Some("Zoe Adams"));
    assert_eq!(names[5], "Jane Smith");
}

#[test]
fn the_responsible_line_has_room_for_a_name_when_none_is_given() {
    let text = fixture_text("signin.toml").replace(
        "organizer = \"Орлова Вера Павловна, старший воспитатель\"\n",
        "",
    );
    let out = Test::new()
        .file("s.toml", text)
        .args(["attendance", "s.toml", "--format", "md", "--day", "2"])
        .run();
    assert!(
        out.stdout.ends_with(
            "\nОтветственный: ____________ (подпись) ____________________ (Ф.\u{a0}И.\u{a0}О.)\n"
        ),
        "{}",
        out.stdout
    );
    let html = out
        .then()
        .args(["attendance", "s.toml", "--format", "html", "--day", "2"])
        .run()
        .stdout;
    assert!(html.contains("<small>подпись</small>"));
    assert!(html.contains("<small>Ф.\u{a0}И.\u{a0}О.</small>"));
}

#[test]
fn html_keeps_the_totals_and_the_responsible_line_with_the_last_rows() {
    let html = sheet_of(
        "attendance/one_org.toml",
        &["--format", "html", "--day", "1"],
    );
    // The header repeats on a continuation page; the totals and the responsible line are
    // one block that may not break and may not be separated from the rows before it.
    assert!(html.contains("<thead><tr><th class=\"num\">№</th>"));
    assert!(html.contains(
        ".sheet-end { break-inside: avoid; page-break-inside: avoid; break-before: avoid;"
    ));
    let end = html
        .find("<div class=\"sheet-end\">")
        .expect("the footer block");
    let tail = &html[end..];
    let close = tail
        .find("</div>\n</section>")
        .expect("the block ends the sheet");
    let block = &tail[..close];
    assert!(block.contains("Присутствовали: 17 из 20"), "{block}");
    assert!(block.contains("Ответственный:"), "{block}");
}

/// Prints `html` to PDF with headless Chromium; `None` when Chromium is not installed.
fn print_pdf(dir: &std::path::Path, name: &str, html: &str) -> Option<std::path::PathBuf> {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })?;
    let page = dir.join(format!("{name}.html"));
    let pdf = dir.join(format!("{name}.pdf"));
    std::fs::write(&page, html).unwrap();
    let profile = dir.join(format!("{name}-profile"));
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    assert!(status.success(), "chromium failed on {name}");
    Some(pdf)
}

/// The text of each page of a PDF (`pdftotext`), or `None` without poppler.
fn pdf_pages(pdf: &std::path::Path) -> Option<Vec<String>> {
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

#[test]
fn twenty_rows_print_on_one_a4_page_and_more_keep_the_footer_with_the_last_rows() {
    let dir = tempfile::tempdir().unwrap();
    // (fixture, day, blank rows, rows in all, pages)
    let cases = [
        ("attendance/one_org.toml", "1", "0", 20, 1),
        ("attendance/one_org.toml", "2", "0", 20, 1),
        ("attendance/one_org.toml", "1", "5", 25, 2),
        ("attendance/one_org.toml", "2", "5", 25, 2),
        ("attendance/mixed_orgs.toml", "1", "0", 20, 1),
        ("attendance/mixed_orgs.toml", "2", "0", 20, 1),
        ("signin.toml", "1", "5", 14, 1),
        ("signin.toml", "2", "5", 14, 1),
    ];
    for (fixture, day, blank, rows, pages) in cases {
        let html = sheet_of(
            fixture,
            &["--format", "html", "--day", day, "--blank-rows", blank],
        );
        let name = format!("{}-{day}-{blank}", fixture.replace('/', "-"));
        let Some(pdf) = print_pdf(dir.path(), &name, &html) else {
            eprintln!(
                "\n*** SKIPPED: the print check needs chromium (Debian package `chromium`) ***\n"
            );
            return;
        };
        let Some(text) = pdf_pages(&pdf) else {
            eprintln!(
                "\n*** SKIPPED: the print check needs pdftotext (Debian package `poppler-utils`) ***\n"
            );
            return;
        };
        let context = format!("{fixture} --day {day} --blank-rows {blank}: {rows} rows");
        assert_eq!(text.len(), pages, "{context}:\n{text:#?}");
        let last = text.last().unwrap();
        assert!(last.contains("Ответственный:"), "{context}: {last}");
        // The last row is printed with the footer, under a repeated header.
        let number = |line: &str| line.split_whitespace().next().map(str::to_string);
        assert!(
            last.lines()
                .any(|l| number(l).as_deref() == Some(&rows.to_string())),
            "{context}: row {rows} not on the last page:\n{last}"
        );
        if pages > 1 {
            assert!(
                last.contains("ФИО"),
                "{context}: no header on the continuation page"
            );
        }
        if day == "1" {
            assert!(last.contains("Присутствовали:"), "{context}");
        }
    }
}
