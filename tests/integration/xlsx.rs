//! `--format xlsx`: the workbooks read back with calamine (typed cells, sheet names), their
//! print setup read from the XML inside, and their cells as LibreOffice sees them.

use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Range, Reader, Xlsx, open_workbook};

use crate::common::{Test, fixtures_dir};

/// The sheets of a workbook, in order: name and cells.
fn sheets(path: &Path) -> Vec<(String, Range<Data>)> {
    let mut book: Xlsx<_> = open_workbook(path)
        .unwrap_or_else(|e| panic!("{} is not a workbook calamine reads: {e}", path.display()));
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("a sheet it listed");
            let formulas = book.worksheet_formula(&name).expect("a sheet it listed");
            assert!(
                formulas.used_cells().all(|(_, _, f)| f.is_empty()),
                "sheet {name} has a formula"
            );
            (name, range)
        })
        .collect()
}

/// The text of a cell, `None` when it holds anything but text.
fn text(range: &Range<Data>, row: u32, col: u32) -> Option<&str> {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => Some(s),
        _ => None,
    }
}

/// The number of a cell, `None` when it holds anything but a number.
fn number(range: &Range<Data>, row: u32, col: u32) -> Option<f64> {
    match range.get_value((row, col)) {
        Some(Data::Float(x)) => Some(*x),
        Some(Data::Int(i)) => Some(*i as f64),
        _ => None,
    }
}

/// The date of a cell as ISO text, `None` when it holds anything but a date.
fn date(range: &Range<Data>, row: u32, col: u32) -> Option<String> {
    match range.get_value((row, col)) {
        Some(Data::DateTime(d)) if d.as_f64().fract() == 0.0 => {
            d.as_datetime().map(|d| d.date().to_string())
        }
        _ => None,
    }
}

/// The row holding `wanted` as the text of its cell in column `col`.
#[track_caller]
fn row_of(range: &Range<Data>, col: u32, wanted: &str) -> u32 {
    let (start, _) = range.start().expect("a sheet with cells");
    let (end, _) = range.end().expect("a sheet with cells");
    (start..=end)
        .find(|&r| text(range, r, col) == Some(wanted))
        .unwrap_or_else(|| panic!("no cell {wanted:?} in column {col}"))
}

/// The texts of a row, empty for cells that hold no text.
fn row_texts(range: &Range<Data>, row: u32) -> Vec<String> {
    let (_, end) = range.end().expect("a sheet with cells");
    (0..=end)
        .map(|c| text(range, row, c).unwrap_or_default().to_string())
        .collect()
}

/// A file inside the workbook (an .xlsx is a zip of XML files).
fn part(path: &Path, name: &str) -> String {
    let file = std::fs::File::open(path).expect("the workbook");
    let mut zip = zip::ZipArchive::new(file).expect("a zip archive");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("no {name} in {}: {e}", path.display()))
        .read_to_string(&mut text)
        .expect("UTF-8 XML");
    text
}

/// `cowork ARGS` in a folder holding `fixture`, writing `out`; the folder's path and the run.
fn made(fixture: &str, args: &[&str]) -> crate::common::Output {
    let name = Path::new(fixture).file_name().unwrap().to_str().unwrap();
    Test::new()
        .fixture(fixture)
        .args(args.iter().map(|a| if *a == "FILE" { name } else { a }))
        .stdout("")
        .run()
}

#[test]
fn sign_in_sheets_one_sheet_per_day_with_typed_cells() {
    let out = made(
        "attendance/mixed_orgs.toml",
        &["attendance", "FILE", "-o", "листы.xlsx"],
    );
    let book = sheets(&out.path().join("листы.xlsx"));
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["День 1 (10.12)", "День 2 (11.12)"]);

    // Day 1 is recorded: a mark column; several organisations: an organisation column.
    let day1 = &book[0].1;
    assert_eq!(
        text(day1, 1, 0),
        Some("Лист регистрации участников методического коворкинга")
    );
    assert_eq!(
        text(day1, 3, 0),
        Some("Дата проведения: 10\u{a0}декабря\u{a0}2026\u{a0}г., четверг (день 1)")
    );
    let head = row_of(day1, 0, "№");
    assert_eq!(
        row_texts(day1, head),
        ["№", "ФИО", "Должность", "Организация", "Отметка", "Подпись"]
    );
    assert_eq!(number(day1, head + 1, 0), Some(1.0));
    assert_eq!(text(day1, head + 1, 1), Some("Абрамова Елена Викторовна"));
    assert_eq!(text(day1, head + 1, 4), Some("присутствует"));
    assert!(matches!(
        day1.get_value((head + 1, 5)),
        None | Some(Data::Empty)
    ));
    let last = row_of(day1, 1, "Яковлева Полина Артёмовна");
    assert_eq!(number(day1, last, 0), Some(20.0));
    assert_eq!(text(day1, last, 4), Some("уважительная причина"));
    // Five numbered blank rows for walk-ins, then the totals and the one responsible.
    for n in 1..=5u32 {
        assert_eq!(number(day1, last + n, 0), Some(f64::from(20 + n)));
        assert_eq!(text(day1, last + n, 1), None);
    }
    let present = row_of(day1, 0, "Присутствовали");
    assert_eq!(number(day1, present, 2), Some(17.0));
    let guests = row_of(day1, 0, "Гости без предварительной регистрации");
    assert_eq!(number(day1, guests, 2), Some(2.0));
    let responsible = row_of(day1, 0, "Ответственный:");
    assert_eq!(
        text(day1, responsible, 3),
        Some("Орлова Вера Павловна, старший воспитатель")
    );

    // Day 2 is not recorded: no mark column.
    let day2 = &book[1].1;
    let head = row_of(day2, 0, "№");
    assert_eq!(
        row_texts(day2, head),
        ["№", "ФИО", "Должность", "Организация", "Подпись"]
    );
}

#[test]
fn one_organisation_drops_its_column() {
    let out = made(
        "attendance/one_org.toml",
        &["attendance", "FILE", "--format", "xlsx", "-o", "a.xlsx"],
    );
    let book = sheets(&out.path().join("a.xlsx"));
    let day2 = &book[1].1;
    let head = row_of(day2, 0, "№");
    assert_eq!(row_texts(day2, head), ["№", "ФИО", "Должность", "Подпись"]);
}

#[test]
fn english_sheets_speak_english() {
    let out = made(
        "attendance/en.toml",
        &["attendance", "FILE", "-o", "a.xlsx"],
    );
    let book = sheets(&out.path().join("a.xlsx"));
    assert_eq!(book[0].0, "Day 1 (8 Apr)");
    let sheet = &book[0].1;
    assert_eq!(text(sheet, 1, 0), Some("Sign-in sheet"));
    let head = row_of(sheet, 0, "No.");
    assert_eq!(text(sheet, head, 1), Some("Full name"));
    assert_eq!(text(sheet, head + 1, 1), Some("Tom Baker"));
}

#[test]
fn formulas_in_names_stay_text() {
    let session = std::fs::read_to_string(fixtures_dir().join("attendance/en.toml")).unwrap();
    let mut session = session;
    for (i, name) in ["=1+1", "+7 999 000-00-00", "-Minus Sign", "@SUM(A1:A2)"]
        .iter()
        .enumerate()
    {
        session.push_str(&format!(
            "\n[[participants]]\nname = \"{name}\"\nid = \"x{i}\"\nposition = \"=HYPERLINK(\\\"http://x\\\")\"\n"
        ));
    }
    let out = Test::new()
        .file("s.toml", &session)
        .args(["attendance", "s.toml", "-o", "a.xlsx"])
        .run();
    let book = sheets(&out.path().join("a.xlsx"));
    let sheet = &book[0].1;
    for name in ["=1+1", "+7 999 000-00-00", "-Minus Sign", "@SUM(A1:A2)"] {
        let row = row_of(sheet, 1, name);
        assert_eq!(text(sheet, row, 2), Some("=HYPERLINK(\"http://x\")"));
    }
    // Not even a formula cell that happens to show the text.
    let xml = part(&out.path().join("a.xlsx"), "xl/worksheets/sheet1.xml");
    assert!(!xml.contains("<f>"), "a formula in the sheet:\n{xml}");
}

#[test]
fn sheets_print_on_a4_with_the_heading_on_every_page() {
    let out = made(
        "attendance/mixed_orgs.toml",
        &["attendance", "FILE", "-o", "a.xlsx"],
    );
    let path = out.path().join("a.xlsx");
    let workbook = part(&path, "xl/workbook.xml");
    // The table's heading is row 7 (organisation, title, theme, date, venue, a gap).
    assert!(
        workbook.contains(r#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'День 1 (10.12)'!$7:$7</definedName>"#),
        "{workbook}"
    );
    assert!(
        workbook.contains(r#"<definedName name="_xlnm.Print_Titles" localSheetId="1">'День 2 (11.12)'!$7:$7</definedName>"#),
        "{workbook}"
    );
    for sheet in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
        let xml = part(&path, sheet);
        assert!(xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{xml}");
        assert!(
            xml.contains(r#"<pageSetup paperSize="9" fitToHeight="0" orientation="portrait""#),
            "{xml}"
        );
        assert!(xml.contains(r#"<pageMargins left="0.7874"#), "{xml}");
    }
}

#[test]
fn report_figures_one_sheet_each() {
    let out = made("report/counts.toml", &["report", "FILE", "-o", "r.xlsx"]);
    let book = sheets(&out.path().join("r.xlsx"));
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Участие",
            "Плюсы и минусы",
            "Принятые решения",
            "Показатели"
        ]
    );

    let participation = &book[0].1;
    let head = row_of(participation, 0, "День");
    assert_eq!(number(participation, head + 1, 0), Some(1.0));
    assert_eq!(
        date(participation, head + 1, 1).as_deref(),
        Some("2026-12-03")
    );
    assert_eq!(number(participation, head + 1, 2), Some(10.0));
    assert_eq!(number(participation, head + 1, 3), Some(3.0));
    assert_eq!(number(participation, head + 1, 4), Some(13.0));
    assert_eq!(number(participation, head + 1, 5), Some(0.83));
    assert_eq!(number(participation, head + 2, 2), Some(6.0));
    let any = row_of(participation, 0, "Присутствовали хотя бы в один из дней");
    assert_eq!(number(participation, any, 2), Some(11.0));
    assert_eq!(number(participation, any, 3), Some(0.92));

    let feedback = &book[1].1;
    let row = row_of(feedback, 2, "Практическая направленность мастер-классов");
    assert_eq!(text(feedback, row, 0), Some("Плюс"));
    assert_eq!(number(feedback, row, 3), Some(7.0));
    assert_eq!(text(feedback, row, 4), Some("Время действовать!"));
    let row = row_of(feedback, 2, "Тесно в медиатеке");
    assert_eq!(text(feedback, row, 0), Some("Минус"));

    let decisions = &book[2].1;
    let row = row_of(decisions, 1, "Разместить материалы в группе ВКонтакте");
    assert_eq!(date(decisions, row, 3).as_deref(), Some("2026-12-20"));
    assert_eq!(text(decisions, row, 4), Some("выполнено"));
    let row = row_of(
        decisions,
        1,
        "Провести повторный мастер-класс для молодых педагогов",
    );
    assert!(matches!(
        decisions.get_value((row, 3)),
        None | Some(Data::Empty)
    ));
    assert_eq!(text(decisions, row, 4), Some("в работе"));

    let indicators = &book[3].1;
    let row = row_of(indicators, 1, "Педагогов, представивших опыт");
    assert_eq!(number(indicators, row, 2), Some(5.0));
    assert_eq!(text(indicators, row, 3), Some("чел."));
    let row = row_of(indicators, 1, "Средняя оценка мероприятия");
    assert_eq!(number(indicators, row, 2), Some(4.6));
    let row = row_of(indicators, 1, "Охват онлайн-трансляции");
    assert_eq!(text(indicators, row, 2), Some("более 100 просмотров"));

    // Lists have an autofilter over their heading.
    let xml = part(&out.path().join("r.xlsx"), "xl/worksheets/sheet3.xml");
    assert!(xml.contains("<autoFilter ref=\"A4:E8\"/>"), "{xml}");
}

#[test]
fn anonymized_report_figures_name_nobody() {
    let out = made(
        "report/counts.toml",
        &["report", "FILE", "--anonymize", "-o", "r.xlsx"],
    );
    let book = sheets(&out.path().join("r.xlsx"));
    let all: Vec<String> = book
        .iter()
        .flat_map(|(_, r)| {
            r.used_cells()
                .map(|(_, _, c)| c.to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    for name in ["Петров", "Кузнецов", "Соколов", "Ёлкин"] {
        assert!(!all.iter().any(|c| c.contains(name)), "{name} in {all:?}");
    }
    assert!(all.iter().any(|c| c.contains("школьном музее")), "{all:?}");
}

#[test]
fn list_one_row_per_session_with_dates_as_dates() {
    let out = Test::new()
        .fixture_as("attendance/mixed_orgs.toml", "sessions/a.toml")
        .fixture_as("attendance/en.toml", "sessions/b.toml")
        // Before 8 April 2027: that session is still ahead.
        .env("COWORK_TODAY", "2027-01-01")
        .args(["list", "sessions", "-o", "list.xlsx"])
        .stdout("")
        .run();
    let book = sheets(&out.path().join("list.xlsx"));
    assert_eq!(book.len(), 1);
    assert_eq!(book[0].0, "Коворкинги");
    let sheet = &book[0].1;
    assert_eq!(text(sheet, 0, 0), Some("Начало"));
    let row = row_of(sheet, 2, "Развивающая предметно-пространственная среда ДОО");
    assert_eq!(date(sheet, row, 0).as_deref(), Some("2026-12-10"));
    assert_eq!(date(sheet, row, 1).as_deref(), Some("2026-12-11"));
    assert_eq!(number(sheet, row, 5), Some(20.0));
    let row = row_of(sheet, 2, "Game-based learning in the early years");
    assert_eq!(date(sheet, row, 0).as_deref(), Some("2027-04-08"));
    assert_eq!(text(sheet, row, 4), Some("запланирован"));
    let xml = part(&out.path().join("list.xlsx"), "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<autoFilter ref=\"A1:K3\"/>"), "{xml}");
}

#[test]
fn csv_stays_as_it_was() {
    let out = made(
        "attendance/mixed_orgs.toml",
        &["attendance", "FILE", "-o", "a.csv"],
    );
    assert!(out.read("a.csv").starts_with('\u{feff}'));
}

/// LibreOffice's name of the csv file of each sheet (`--convert-to csv` of every sheet).
fn office_csv(xlsx: &Path) -> Option<Vec<(String, String)>> {
    let found = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("COWORK_REQUIRE_OFFICE").is_none_or(|v| v != "1"),
            "COWORK_REQUIRE_OFFICE=1 but soffice (LibreOffice) is not installed"
        );
        eprintln!(
            "SKIPPED: soffice (LibreOffice) is not installed; the workbooks were not opened in an office suite"
        );
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let profile = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to"])
        // UTF-8, comma-separated, cells as shown (dates as DD.MM.YYYY), every sheet to a file.
        .arg("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1")
        .arg("--outdir")
        .arg(dir.path())
        .arg(xlsx)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "soffice failed: {status:?}");
    let stem = xlsx.file_stem().unwrap().to_str().unwrap().to_string();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    Some(
        files
            .into_iter()
            .map(|f| {
                let name = f.file_stem().unwrap().to_str().unwrap();
                let sheet = name
                    .strip_prefix(&format!("{stem}-"))
                    .unwrap_or(name)
                    .to_string();
                (sheet, std::fs::read_to_string(&f).unwrap())
            })
            .collect(),
    )
}

#[test]
fn libreoffice_reads_the_sign_in_sheets() {
    let out = made(
        "attendance/mixed_orgs.toml",
        &["attendance", "FILE", "-o", "a.xlsx"],
    );
    let Some(sheets) = office_csv(&out.path().join("a.xlsx")) else {
        return;
    };
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["День 1 (10.12)", "День 2 (11.12)"]);
    let day1 = &sheets[0].1;
    assert!(
        day1.contains("\n№,ФИО,Должность,Организация,Отметка,Подпись\n"),
        "{day1}"
    );
    assert!(
        day1.contains("\n1,Абрамова Елена Викторовна,воспитатель,МБДОУ «Детский сад № 15 «Радуга»,присутствует,\n"),
        "{day1}"
    );
    assert!(day1.contains("\n25,,,,,\n"), "{day1}");
    assert!(day1.contains("\nПрисутствовали,,17,,,\n"), "{day1}");
}

#[test]
fn libreoffice_reads_the_report_figures_and_the_list() {
    let out = made("report/counts.toml", &["report", "FILE", "-o", "r.xlsx"]);
    let Some(sheets) = office_csv(&out.path().join("r.xlsx")) else {
        return;
    };
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    let mut expected = [
        "Участие",
        "Плюсы и минусы",
        "Принятые решения",
        "Показатели",
    ];
    expected.sort();
    assert_eq!(names, expected);
    let find = |name: &str| &sheets.iter().find(|(n, _)| n == name).unwrap().1;
    assert!(
        find("Участие").contains("\n1,03.12.2026,10,3,13,83%\n"),
        "{}",
        find("Участие")
    );
    assert!(
        find("Принятые решения").contains(
            "\n2,Разместить материалы в группе ВКонтакте,Ёлкина Д. А.,20.12.2026,выполнено\n"
        ),
        "{}",
        find("Принятые решения")
    );
    assert!(
        find("Показатели").contains("\n2,Средняя оценка мероприятия,4.6,балла\n"),
        "{}",
        find("Показатели")
    );

    let out = Test::new()
        .fixture_as("attendance/en.toml", "sessions/b.toml")
        .env("COWORK_TODAY", "2027-01-01")
        .args(["list", "sessions", "-o", "list.xlsx"])
        .run();
    let Some(sheets) = office_csv(&out.path().join("list.xlsx")) else {
        return;
    };
    assert_eq!(sheets.len(), 1);
    assert!(
        sheets[0].1.contains(
            "08.04.2027,08.04.2027,Game-based learning in the early years,,запланирован,7,4,0,0,0,"
        ),
        "{}",
        sheets[0].1
    );
}

/// A workbook is not text: to a terminal it is refused as wrong usage, in Russian, and the
/// hint names a file to write instead.
#[cfg(unix)]
#[test]
fn a_workbook_is_not_sent_to_a_terminal() {
    use rexpect::session::spawn_command;

    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixtures_dir().join("attendance/one_org.toml"),
        dir.path().join("s.toml"),
    )
    .unwrap();
    for args in [
        &["attendance", "s.toml", "--format", "xlsx"][..],
        &["report", "s.toml", "-f", "xlsx"],
        &["list", ".", "--format", "xlsx"],
    ] {
        let mut cmd = std::process::Command::new(crate::common::cowork_bin());
        cmd.current_dir(dir.path())
            .args(args)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("NO_COLOR", "1")
            .env("TERM", "xterm");
        let mut p = spawn_command(cmd, Some(20_000)).expect("spawn cowork on a pty");
        let seen = p.exp_eof().expect("cowork ends");
        let code = match p.process().wait().expect("wait for cowork") {
            rexpect::process::WaitStatus::Exited(_, code) => code,
            other => panic!("cowork did not exit normally: {other:?}"),
        };
        // rexpect reads byte by byte, each byte one char: put the UTF-8 back together.
        let bytes: Vec<u8> = seen.chars().map(|c| c as u32 as u8).collect();
        let seen = String::from_utf8_lossy(&bytes);
        assert_eq!(code, 2, "{args:?}: {seen}");
        assert!(
            seen.contains("документ в формате xlsx — не текст"),
            "{args:?}: {seen}"
        );
        assert!(seen.contains("-o "), "{args:?}: {seen}");
        assert!(
            crate::russian::english_run(&seen).is_none(),
            "{args:?}: {seen}"
        );
        assert!(
            !seen.contains("PK"),
            "{args:?}: the workbook went to the terminal"
        );
    }
    assert!(!dir.path().join("s.xlsx").exists());
}
