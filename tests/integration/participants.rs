//! `cowork participants import/export`: lists of participants read from xlsx, ods, xls and
//! csv (UTF-8, UTF-8 with a byte-order mark, Windows-1251; `;` and `,`) into the session
//! file through the one safe edit, and written back out as xlsx and csv, read back here.
//!
//! `fixtures/participants/list.ods` and `list.xls` were made by LibreOffice from
//! `list-source.csv`: `soffice --headless --infilter="CSV:44,34,76,1" --convert-to ods
//! list-source.csv` (and `--convert-to xls`).

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::common::{self, Test};

/// The fixture session's text.
fn session() -> String {
    common::fixture_text("participants/session.toml")
}

/// The fixture session as `s.toml`, with `list` under `name`, and `participants import`.
fn import(name: &str, list: impl AsRef<[u8]>) -> Test {
    Test::new()
        .fixture_as("participants/session.toml", "s.toml")
        .file(name, list)
        .args(["participants", "import", "s.toml", name])
}

/// [`import`] of the list `fixtures/participants/NAME`.
fn import_fixture(name: &str) -> Test {
    Test::new()
        .fixture_as("participants/session.toml", "s.toml")
        .fixture(&format!("participants/{name}"))
        .args(["participants", "import", "s.toml", name])
}

/// Runs an import of the people of `list-source.csv`: all three added after the last.
fn adds_the_source_people(import: Test) {
    let out = import
        .stderr("s.toml: добавлено 3 участника, пропущено 0\n")
        .run();
    assert_eq!(
        out.read("s.toml"),
        with_block(&session(), LAST_PARTICIPANT, SOURCE_PEOPLE)
    );
}

/// `original` with `block` inserted right after the first `anchor`.
fn with_block(original: &str, anchor: &str, block: &str) -> String {
    let at = original.find(anchor).expect("anchor in the fixture") + anchor.len();
    format!("{}{block}{}", &original[..at], &original[at..])
}

/// Where new participants go in the fixture: after the last one, before the programme.
const LAST_PARTICIPANT: &str = "group = 1\n";

/// The three people of `list-source.csv` (and of list.ods, list.xls) as appended.
const SOURCE_PEOPLE: &str = "\n[[participants]]\nname = \"Ёлкина Анна Сергеевна\"\nid = \"elkina\"\nposition = \"воспитатель\"\nexperience = 5\n\n[[participants]]\nname = \"Морозов Иван Ильич\"\nposition = \"инструктор по физкультуре\"\nexperience = 12\nrole = \"mentor\"\n\n[[participants]]\nname = \"Крылова Ольга\"\n";

const SEMICOLON_LIST: &str = "ФИО;Должность;Организация;Стаж;Роль;id\r\nИванова Мария Петровна;воспитатель;МБДОУ № 7;5 лет;участник;ivanova\r\nПетров Олег;музыкальный руководитель;;3;модератор;\r\n";

const TWO_PEOPLE: &str = "\n[[participants]]\nname = \"Иванова Мария Петровна\"\nid = \"ivanova\"\nposition = \"воспитатель\"\norganization = \"МБДОУ № 7\"\nexperience = 5\n\n[[participants]]\nname = \"Петров Олег\"\nposition = \"музыкальный руководитель\"\nexperience = 3\nrole = \"moderator\"\n";

#[test]
fn a_semicolon_csv_is_added_in_place_keeping_every_comment() {
    let original = session();
    let out = import("list.csv", SEMICOLON_LIST)
        .stdout("")
        .stderr("s.toml: добавлено 2 участника, пропущено 0\n")
        .run();
    assert_eq!(
        out.read("s.toml"),
        with_block(&original, LAST_PARTICIPANT, TWO_PEOPLE)
    );
    out.then().args(["check", "s.toml"]).run();
}

#[test]
fn a_comma_csv_with_a_byte_order_mark_and_title_rows() {
    let mut list = "\u{feff}".as_bytes().to_vec();
    list.extend(common::fixture_text("participants/list-source.csv").bytes());
    adds_the_source_people(import("list.csv", list));
}

#[test]
fn a_windows_1251_csv_is_decoded_and_said_so() {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(SEMICOLON_LIST);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the list is not UTF-8"
    );
    let out = import("list.csv", &bytes)
        .stderr(
            "примечание: файл list.csv прочитан в кодировке Windows-1251\n\
             s.toml: добавлено 2 участника, пропущено 0\n",
        )
        .run();
    assert_eq!(
        out.read("s.toml"),
        with_block(&session(), LAST_PARTICIPANT, TWO_PEOPLE)
    );
}

#[test]
fn an_ods_made_by_libreoffice() {
    adds_the_source_people(import_fixture("list.ods"));
}

#[test]
fn an_old_xls_made_by_libreoffice() {
    adds_the_source_people(import_fixture("list.xls"));
}

/// An xlsx as Excel has it: a title row, a blank row, then the header; numbers as numbers.
fn split_names_xlsx() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let text = |sheet: &mut rust_xlsxwriter::Worksheet, r: u32, c: u16, t: &str| {
        sheet.write_string(r, c, t).expect("a cell");
    };
    text(sheet, 0, 0, "Список участников методического коворкинга");
    for (c, heading) in [
        "№",
        "Фамилия",
        "Имя",
        "Отчество",
        "Должность",
        "Стаж, лет",
        "ДОО",
    ]
    .iter()
    .enumerate()
    {
        text(sheet, 2, c as u16, heading);
    }
    let rows: [(&str, &str, &str, &str, f64, &str); 2] = [
        (
            "Сидорова",
            "Вера",
            "Павловна",
            "педагог-психолог",
            7.0,
            "МБДОУ № 12",
        ),
        ("Ким", "Алина", "", "учитель-логопед", 2.0, ""),
    ];
    for (i, (surname, first, patronymic, position, years, org)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).expect("a cell");
        text(sheet, r, 1, surname);
        text(sheet, r, 2, first);
        text(sheet, r, 3, patronymic);
        text(sheet, r, 4, position);
        sheet.write_number(r, 5, *years).expect("a cell");
        text(sheet, r, 6, org);
    }
    book.save_to_buffer().expect("an xlsx")
}

#[test]
fn an_xlsx_with_split_name_columns_below_a_title() {
    let out = import("list.xlsx", split_names_xlsx())
        .stderr("s.toml: добавлено 2 участника, пропущено 0\n")
        .run();
    assert_eq!(
        out.read("s.toml"),
        with_block(
            &session(),
            LAST_PARTICIPANT,
            "\n[[participants]]\nname = \"Сидорова Вера Павловна\"\nposition = \"педагог-психолог\"\norganization = \"МБДОУ № 12\"\nexperience = 7\n\n[[participants]]\nname = \"Ким Алина\"\nposition = \"учитель-логопед\"\nexperience = 2\n"
        )
    );
}

#[test]
fn people_already_in_the_file_or_twice_in_the_list_are_added_once_and_reported() {
    let list = "ФИО;Стаж\nгромова  ЁЛЕНА викторовна;21\nНовикова Ольга;4\nСоколова Марина Викторовна;\nНовикова  ольга;4\nЗайцева Ирина;1 год\n";
    let original = session();
    let out = import("list.csv", list)
        .stderr(
            "примечание: строка 2: «громова ЁЛЕНА викторовна» уже есть в файле как «Громова Елена Викторовна» — пропущено\n\
             примечание: строка 4: «Соколова Марина Викторовна» уже есть в файле — пропущено\n\
             примечание: строка 5: «Новикова ольга» уже было в строке 3 — пропущено\n\
             s.toml: добавлено 2 участника, пропущено 3\n",
        )
        .run();
    assert_eq!(
        out.read("s.toml"),
        with_block(
            &original,
            LAST_PARTICIPANT,
            "\n[[participants]]\nname = \"Новикова Ольга\"\nexperience = 4\n\n[[participants]]\nname = \"Зайцева Ирина\"\nexperience = 1\n"
        )
    );
    // Once more: everyone is there now.
    out.then()
        .file("list.csv", list)
        .args(["participants", "import", "s.toml", "list.csv"])
        .stderr_contains("s.toml: добавлено 0 участников, пропущено 5\n")
        .run();
}

#[test]
fn an_id_taken_by_someone_else_is_reported() {
    let out = import("list.csv", "ФИО;id\nГромов Пётр;gromova\nОдин Человек;one\n")
        .stderr(
            "примечание: строка 2: id «gromova» у «Громов Пётр» уже занят участником «Громова Елена Викторовна» — пропущено\n\
             s.toml: добавлен 1 участник, пропущено 1\n",
        )
        .run();
    assert!(
        out.read("s.toml")
            .contains("name = \"Один Человек\"\nid = \"one\"\n")
    );
}

#[test]
fn unreadable_rows_are_reported_with_their_row_numbers_and_skipped() {
    let list = "Участники\n\nФ.И.О.;Должность;Стаж;Роль\n;логопед;;\nБелова Анна;воспитатель;пять;\nОрлова Нина;;3;ведущая\n\"Тихонова\nИнна\";;10 лет;Гость\n5;;;\n";
    let out = import("list.csv", list)
        .stderr(
            "примечание: строка 4: нет ФИО — строка пропущена\n\
             примечание: строка 5: стаж «пять» — не число лет (например, 5 или «5 лет») — строка пропущена\n\
             примечание: строка 6: роль «ведущая» неизвестна (участник, модератор, наставник, гость, организатор) — строка пропущена\n\
             s.toml: добавлено 2 участника, пропущено 3\n",
        )
        .run();
    let text = out.read("s.toml");
    // A line break inside a quoted cell stays in its row; «5» alone is a name here.
    assert!(
        text.contains("name = \"Тихонова Инна\"\nexperience = 10\nrole = \"guest\"\n"),
        "{text}"
    );
    assert!(text.contains("name = \"5\"\n"), "{text}");
}

#[test]
fn dry_run_shows_who_would_be_added_and_leaves_the_file_byte_for_byte() {
    let original = session();
    let out = import("list.csv", SEMICOLON_LIST)
        .arg("--dry-run")
        .stdout(
            "строка 2: Иванова Мария Петровна; воспитатель; МБДОУ № 7; стаж 5 лет; id = ivanova\n\
             строка 3: Петров Олег; музыкальный руководитель; стаж 3 года; модератор\n",
        )
        .stderr("s.toml: будут добавлены 2 участника, пропущено 0; файл не изменён (--dry-run)\n")
        .run();
    assert_eq!(out.read("s.toml"), original);
    assert_eq!(out.list(""), ["list.csv", "s.toml"]);
}

#[test]
fn crlf_a_byte_order_mark_and_an_inline_array_keep_their_style() {
    let original = "\u{feff}# список\r\nparticipants = [\r\n  { name = \"Первая Анна\" },  # первая\r\n]\r\n\r\n[session]\r\ntitle = \"Т\"\r\ngoal = \"Ц\"\r\ndates = [2026-12-03]\r\n";
    let out = Test::new()
        .file("s.toml", original)
        .file("list.csv", "ФИО\nВторая Вера\n")
        .args(["participants", "import", "s.toml", "list.csv"])
        .stderr_contains("s.toml: добавлен 1 участник, пропущено 0\n")
        .run();
    let bytes = std::fs::read(out.path().join("s.toml")).expect("the session file");
    assert_eq!(
        String::from_utf8(bytes).expect("UTF-8"),
        "\u{feff}# список\r\nparticipants = [\r\n  { name = \"Первая Анна\" },  # первая\r\n  { name = \"Вторая Вера\" },\r\n]\r\n\r\n[session]\r\ntitle = \"Т\"\r\ngoal = \"Ц\"\r\ndates = [2026-12-03]\r\n"
    );
}

#[test]
fn the_first_participants_go_to_the_end_of_the_file() {
    let original = "[session]\ntitle = \"Т\"\ndates = [2026-12-03]\n\n[[activities]]\ntitle = \"А\"\nduration = 30\n";
    let out = Test::new()
        .file("s.toml", original)
        .file("list.csv", "ФИО\nПервая Анна\nВторая Вера\n")
        .args(["participants", "import", "s.toml", "list.csv"])
        .stderr_contains("s.toml: добавлено 2 участника, пропущено 0\n")
        .run();
    assert_eq!(
        out.read("s.toml"),
        format!(
            "{original}\n[[participants]]\nname = \"Первая Анна\"\n\n[[participants]]\nname = \"Вторая Вера\"\n"
        )
    );
}

#[test]
fn a_list_that_would_break_the_file_leaves_it_untouched() {
    let original = session();
    let out = import(
        "list.csv",
        "ФИО;id\nНовикова Ольга;Громова Елена Викторовна\n",
    )
    .status(1)
    .stderr_contains("id «Громова Елена Викторовна» совпадает с ФИО другого участника")
    .stderr_contains("файл не изменён")
    .run();
    assert_eq!(out.read("s.toml"), original);
    assert_eq!(out.list(""), ["list.csv", "s.toml"]);
}

#[test]
fn a_session_with_errors_is_refused_as_it_is() {
    let broken = common::fixture_text("check/unknown_participant.toml");
    let out = Test::new()
        .file("s.toml", &broken)
        .file("list.csv", "ФИО\nНовикова Ольга\n")
        .args(["participants", "import", "s.toml", "list.csv"])
        .status(1)
        .run();
    assert_eq!(out.read("s.toml"), broken);
}

#[test]
fn a_list_without_a_name_column_names_the_headings_found_and_expected() {
    let original = session();
    let out = import(
        "list.csv",
        "Сотрудник;Должность;Телефон\nИванова М. П.;воспитатель;123\n",
    )
    .status(1)
    .stderr_snapshot("no_name_column")
    .run();
    assert_eq!(out.read("s.toml"), original);
}

#[test]
fn lists_that_cannot_be_read() {
    import("list.docx", "ФИО\n")
        .status(2)
        .stderr_contains("list.docx: такой список cowork читать не умеет")
        .run();
    import("list.xlsx", "ФИО;Должность\nне таблица\n")
        .status(1)
        .stderr_contains("не удалось прочитать list.xlsx как таблицу Excel")
        .run();
    import("list.csv", "\n\n;;\n")
        .status(1)
        .stderr_contains("в списке list.csv нет ни одной заполненной строки")
        .run();
    Test::new()
        .fixture_as("participants/session.toml", "s.toml")
        .args(["participants", "import", "s.toml", "нет.csv"])
        .status(1)
        .stderr_contains("нет.csv")
        .run();
}

#[test]
fn a_list_over_the_size_limit_is_refused() {
    let out = Test::new()
        .fixture_as("participants/session.toml", "s.toml")
        .file("big.csv", "ФИО\n");
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(out.path().join("big.csv"))
        .expect("the list");
    // Sparse: no disk is spent on it.
    file.set_len(33 * 1024 * 1024).expect("a sparse file");
    out.args(["participants", "import", "s.toml", "big.csv"])
        .status(1)
        .stderr_contains("big.csv больше 32 МБ")
        .run();
}

/// A session whose participants test what an export must keep as it is.
const TRICKY: &str = "[session]\ntitle = \"Т\"\ngoal = \"Ц\"\norganization = \"МБДОУ № 5\"\ndates = [2026-12-03]\n\n[[participants]]\nname = \"=1+1\"\nid = \"formula\"\nposition = \"@воспитатель\"\nexperience = 5\nrole = \"mentor\"\ngroup = 2\n\n[[participants]]\nname = \"Орлова Нина\"\norganization = \"-ДОУ\"\n";

/// The cells of the first sheet of an xlsx, as calamine reads them.
fn xlsx_cells(bytes: Vec<u8>) -> (Vec<Vec<Data>>, Vec<(String, String)>) {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("an xlsx");
    let names = book.defined_names().to_vec();
    let range = book
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("a readable sheet");
    (range.rows().map(|r| r.to_vec()).collect(), names)
}

#[test]
fn export_to_xlsx_writes_typed_cells() {
    let out = Test::new()
        .file("s.toml", TRICKY)
        .args(["participants", "export", "s.toml", "-o", "list.xlsx"])
        .stdout("")
        .stderr_contains("list.xlsx: записаны 2 участника\n")
        .run();
    let bytes = std::fs::read(out.path().join("list.xlsx")).expect("the list");
    let (rows, names) = xlsx_cells(bytes);
    let s = |t: &str| Data::String(t.to_string());
    assert_eq!(
        rows,
        vec![
            vec![
                s("№"),
                s("ФИО"),
                s("Должность"),
                s("Организация"),
                s("Стаж"),
                s("Роль"),
                s("id"),
                s("Группа")
            ],
            vec![
                Data::Float(1.0),
                s("=1+1"),
                s("@воспитатель"),
                s("МБДОУ № 5"),
                Data::Float(5.0),
                s("наставник"),
                s("formula"),
                Data::Float(2.0)
            ],
            vec![
                Data::Float(2.0),
                s("Орлова Нина"),
                Data::Empty,
                s("-ДОУ"),
                Data::Empty,
                s("участник"),
                Data::Empty,
                Data::Empty
            ],
        ]
    );
    // The filter over the table, and the header printed on every page.
    let names: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"_xlnm._FilterDatabase"), "{names:?}");
    assert!(names.contains(&"_xlnm.Print_Titles"), "{names:?}");
    // Read back, it is a list again: everyone is already there.
    out.then()
        .args(["participants", "import", "s.toml", "list.xlsx"])
        .stderr_contains("s.toml: добавлено 0 участников, пропущено 2\n")
        .run();
}

#[test]
fn export_to_csv_is_for_excel_on_a_russian_windows() {
    let out = Test::new()
        .file("s.toml", TRICKY)
        .args(["participants", "export", "s.toml", "-o", "list.csv"])
        .run();
    let bytes = std::fs::read(out.path().join("list.csv")).expect("the list");
    let text = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a byte-order mark");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(
        rows,
        vec![
            vec![
                "№",
                "ФИО",
                "Должность",
                "Организация",
                "Стаж",
                "Роль",
                "id",
                "Группа"
            ],
            vec![
                "1",
                "'=1+1",
                "'@воспитатель",
                "МБДОУ № 5",
                "5",
                "наставник",
                "formula",
                "2"
            ],
            vec!["2", "Орлова Нина", "", "'-ДОУ", "", "участник", "", ""],
        ]
    );
    assert!(text.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
}

#[test]
fn an_english_session_exports_english_headings() {
    let out = Test::new()
        .file(
            "s.toml",
            "[session]\ntitle = \"T\"\nlanguage = \"en\"\ndates = [2026-12-03]\n\n[[participants]]\nname = \"Ann Lee\"\nrole = \"guest\"\n",
        )
        .args(["participants", "export", "s.toml", "-o", "list.xlsx"])
        .run();
    let bytes = std::fs::read(out.path().join("list.xlsx")).expect("the list");
    let (rows, _) = xlsx_cells(bytes);
    let words: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(
        words,
        [
            "No.",
            "Full name",
            "Position",
            "Organisation",
            "Experience",
            "Role",
            "id",
            "Group"
        ]
    );
    assert_eq!(rows[1][5], Data::String("guest".to_string()));
}

#[test]
fn export_refuses_other_extensions_and_the_session_itself() {
    for name in ["list.docx", "list", "-"] {
        Test::new()
            .file("s.toml", TRICKY)
            .args(["participants", "export", "s.toml", "-o", name])
            .status(2)
            .stderr_contains("список участников можно записать только в .xlsx или .csv")
            .stderr_contains("xlsx, csv")
            .run();
    }
    Test::new()
        .file("s.toml", TRICKY)
        .args(["participants", "export", "s.toml"])
        .status(2)
        .run();
}

/// The heavily commented fixture as written, with CRLF line ends, and with CRLF and a
/// byte-order mark, as files made in Notepad have.
fn commented_variants() -> Vec<(&'static str, Vec<u8>)> {
    let text = common::fixture_text("commented.toml");
    let crlf = text.replace('\n', "\r\n");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(crlf.as_bytes());
    vec![
        ("lf", text.into_bytes()),
        ("crlf", crlf.into_bytes()),
        ("bom", bom),
    ]
}

/// The comments of a text, in order (the fixture has no `#` inside strings).
fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.find('#').map(|i| l[i..].trim_end()))
        .collect()
}

#[test]
fn an_import_keeps_every_comment_line_end_and_byte_order_mark() {
    for (variant, bytes) in commented_variants() {
        let out = Test::new()
            .file("s.toml", &bytes)
            .file("list.csv", "ФИО;Стаж\nНовикова Ольга;4\nкузнецова ольга николаевна;22\n")
            .args(["participants", "import", "s.toml", "list.csv"])
            .stderr_contains("примечание: строка 3: «кузнецова ольга николаевна» уже есть в файле как «Кузнецова Ольга Николаевна» — пропущено\n")
            .stderr_contains("s.toml: добавлен 1 участник, пропущено 1\n")
            .stderr_lacks("ошибка")
            .run();
        let after_bytes = std::fs::read(out.path().join("s.toml")).expect("the file");
        let (before, after) = (
            String::from_utf8_lossy(&bytes).into_owned(),
            String::from_utf8_lossy(&after_bytes).into_owned(),
        );
        assert_eq!(comments(&before), comments(&after), "{variant}: comments");
        assert_eq!(
            after_bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
            variant == "bom",
            "{variant}: the byte-order mark"
        );
        if variant != "lf" {
            assert!(
                !after.replace("\r\n", "").contains('\n'),
                "{variant}: mixed line ends:\n{after:?}"
            );
        }
        let nl = if variant == "lf" { "\n" } else { "\r\n" };
        assert!(
            after.contains(
                &format!("experience = 7{nl}{nl}[[participants]]{nl}name = \"Новикова Ольга\"{nl}experience = 4{nl}{nl}# --- Программа")
            ),
            "{variant}: where the new participant went:\n{after}"
        );
        // Nothing but the two files is left in the folder.
        assert_eq!(out.list(""), ["list.csv", "s.toml"], "{variant}");
    }
}

#[test]
fn a_read_only_session_is_refused() {
    let out = Test::new()
        .fixture_as("participants/session.toml", "s.toml")
        .file("list.csv", "ФИО\nНовикова Ольга\n");
    let path = out.path().join("s.toml");
    let mut perms = std::fs::metadata(&path).expect("meta").permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).expect("read-only");
    let out = out
        .args(["participants", "import", "s.toml", "list.csv"])
        .status(1)
        .stderr_contains("s.toml только для чтения; ничего не изменено")
        .run();
    assert_eq!(out.read("s.toml"), session());
}

#[cfg(unix)]
#[test]
fn a_hard_linked_session_is_refused_and_a_symlink_followed() {
    let test = Test::new()
        .fixture_as("participants/session.toml", "s.toml")
        .file("list.csv", "ФИО\nНовикова Ольга\n");
    std::fs::hard_link(test.path().join("s.toml"), test.path().join("other.toml"))
        .expect("hard link");
    let out = test
        .args(["participants", "import", "s.toml", "list.csv"])
        .status(1)
        .stderr_contains("2 имени (жёсткие ссылки)")
        .run();
    assert_eq!(out.read("s.toml"), session());
    std::fs::remove_file(out.path().join("other.toml")).expect("one name again");
    std::os::unix::fs::symlink("s.toml", out.path().join("link.toml")).expect("symlink");
    let out = out
        .then()
        .args(["participants", "import", "link.toml", "list.csv"])
        .stderr_contains("добавлен 1 участник")
        .run();
    let link = std::fs::symlink_metadata(out.path().join("link.toml")).expect("the link");
    assert!(link.file_type().is_symlink(), "the link was replaced");
    assert!(out.read("s.toml").contains("name = \"Новикова Ольга\""));
}

#[test]
fn parallel_imports_lose_nobody() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("s.toml"), session()).expect("the session");
    // Four runs at once: each waits for the lock and adds to the file as it is then.
    let runs: Vec<std::process::Output> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|i| {
                let dir = dir.path();
                let name = format!("list{i}.csv");
                let list = format!("ФИО\nУчастник Номер{i}\nОбщий Человек\n");
                std::fs::write(dir.join(&name), list).expect("a list");
                scope.spawn(move || {
                    common::cowork_in(dir)
                        .args(["participants", "import", "s.toml", name.as_str()])
                        .env("COWORK_LOCK_WAIT", "60")
                        .timeout(std::time::Duration::from_secs(90))
                        .output()
                        .expect("run cowork")
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a run"))
            .collect()
    });
    for out in &runs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = std::fs::read_to_string(dir.path().join("s.toml")).expect("the session");
    for i in 0..4 {
        assert_eq!(text.matches(&format!("Номер{i}\"")).count(), 1, "{text}");
    }
    assert_eq!(text.matches("Общий Человек").count(), 1, "{text}");
}

#[test]
fn english_headings_are_found_as_the_russian_ones_are() {
    let original = session();
    let list = "Full name,Position,Organisation,Years of experience,Role,ID\n\
                Mary Smith,teacher,Kindergarten No. 12,4,mentor,smith\n";
    let out = import("list.csv", list)
        .stderr("s.toml: добавлен 1 участник, пропущено 0\n")
        .run();
    assert_eq!(
        out.read("s.toml"),
        with_block(
            &original,
            LAST_PARTICIPANT,
            "\n[[participants]]\nname = \"Mary Smith\"\nid = \"smith\"\nposition = \"teacher\"\norganization = \"Kindergarten No. 12\"\nexperience = 4\nrole = \"mentor\"\n"
        )
    );
    // The name in three columns, headed in English.
    let split = "Surname;First name;Middle name;Job title\nБелова;Татьяна;Александровна;методист\n";
    let out = import("split.csv", split)
        .stderr("s.toml: добавлен 1 участник, пропущено 0\n")
        .run();
    assert_eq!(
        out.read("s.toml"),
        with_block(
            &original,
            LAST_PARTICIPANT,
            "\n[[participants]]\nname = \"Белова Татьяна Александровна\"\nposition = \"методист\"\n"
        )
    );
}
