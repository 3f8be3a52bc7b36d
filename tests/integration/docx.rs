//! Word documents (`--format docx`, `-o NAME.docx`): each one unzipped and its XML read back
//! (the theme, «УТВЕРЖДАЮ», the day headings, every participant, repeated header rows, page
//! breaks, the A4 page and its margins, the styles and the font), and converted to PDF by
//! LibreOffice, whose pages are counted and read.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{self, Test};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The parts of a .docx that matter here, as text.
struct Word {
    document: String,
    styles: String,
}

/// One paragraph of the body, in document order.
#[derive(Debug)]
struct Para {
    text: String,
    style: Option<String>,
    page_break_before: bool,
    in_table: bool,
}

impl Word {
    #[track_caller]
    fn open(path: &Path) -> Self {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Self::from_bytes(&bytes)
    }

    #[track_caller]
    fn from_bytes(bytes: &[u8]) -> Self {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a docx is a zip");
        let mut part = |name: &str| {
            let mut text = String::new();
            zip.by_name(name)
                .unwrap_or_else(|e| panic!("{name}: {e}"))
                .read_to_string(&mut text)
                .expect("a part is UTF-8");
            // Every part must be well-formed XML 1.0 (roxmltree refuses control characters).
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            text
        };
        assert!(part("[Content_Types].xml").contains("wordprocessingml"));
        Self {
            document: part("word/document.xml"),
            styles: part("word/styles.xml"),
        }
    }

    fn xml(&self) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(&self.document).expect("parsed once already")
    }

    fn paragraphs(&self) -> Vec<Para> {
        let xml = self.xml();
        xml.descendants()
            .filter(|n| n.has_tag_name((W, "p")))
            .map(|p| {
                let text = p
                    .descendants()
                    .filter_map(|n| {
                        if n.has_tag_name((W, "t")) {
                            n.text().map(str::to_string)
                        } else if n.has_tag_name((W, "br")) {
                            Some("\n".to_string())
                        } else {
                            None
                        }
                    })
                    .collect::<String>();
                let ppr = p.children().find(|n| n.has_tag_name((W, "pPr")));
                let child = |name: &str| {
                    ppr.and_then(|pr| pr.children().find(|n| n.has_tag_name((W, name))))
                };
                Para {
                    text,
                    style: child("pStyle")
                        .and_then(|s| s.attribute((W, "val")))
                        .map(str::to_string),
                    page_break_before: child("pageBreakBefore").is_some(),
                    in_table: p.ancestors().any(|a| a.has_tag_name((W, "tbl"))),
                }
            })
            .collect()
    }

    /// All the text, a line per paragraph.
    fn text(&self) -> String {
        self.paragraphs()
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The paragraphs of style `style`.
    fn styled(&self, style: &str) -> Vec<Para> {
        self.paragraphs()
            .into_iter()
            .filter(|p| p.style.as_deref() == Some(style))
            .collect()
    }

    /// Each section's page: (width, height, orientation, margins left/right/top/bottom).
    fn sections(&self) -> Vec<(u32, u32, String, [u32; 4])> {
        let xml = self.xml();
        let num = |n: roxmltree::Node, a: &str| -> u32 {
            n.attribute((W, a))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        xml.descendants()
            .filter(|n| n.has_tag_name((W, "sectPr")))
            .map(|s| {
                let size = s
                    .children()
                    .find(|n| n.has_tag_name((W, "pgSz")))
                    .expect("pgSz");
                let mar = s
                    .children()
                    .find(|n| n.has_tag_name((W, "pgMar")))
                    .expect("pgMar");
                (
                    num(size, "w"),
                    num(size, "h"),
                    size.attribute((W, "orient"))
                        .unwrap_or("portrait")
                        .to_string(),
                    [
                        num(mar, "left"),
                        num(mar, "right"),
                        num(mar, "top"),
                        num(mar, "bottom"),
                    ],
                )
            })
            .collect()
    }

    /// The tables of the body: for each, its rows as (repeated header, cannot split, text of
    /// the cells).
    fn tables(&self) -> Vec<Vec<(bool, bool, Vec<String>)>> {
        let xml = self.xml();
        xml.descendants()
            .filter(|n| n.has_tag_name((W, "tbl")))
            .map(|t| {
                t.children()
                    .filter(|n| n.has_tag_name((W, "tr")))
                    .map(|tr| {
                        let trpr = tr.children().find(|n| n.has_tag_name((W, "trPr")));
                        let has = |name: &str| {
                            trpr.is_some_and(|pr| pr.children().any(|n| n.has_tag_name((W, name))))
                        };
                        let cells = tr
                            .children()
                            .filter(|n| n.has_tag_name((W, "tc")))
                            .map(|tc| {
                                tc.descendants()
                                    .filter(|n| n.has_tag_name((W, "t")))
                                    .filter_map(|n| n.text())
                                    .collect::<String>()
                            })
                            .collect();
                        (has("tblHeader"), has("cantSplit"), cells)
                    })
                    .collect()
            })
            .collect()
    }
}

/// The docx `args` write to `out` in a folder with `fixture`, read back.
#[track_caller]
fn docx_of(fixture: &str, args: &[&str], out: &str) -> Word {
    let name = Path::new(fixture)
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a name");
    let mut all: Vec<&str> = args.to_vec();
    all.extend([name, "-o", out]);
    let run = Test::new().fixture_as(fixture, name).args(all).run();
    Word::open(&run.path().join(out))
}

/// The same from a shipped example (`examples/NAME`).
#[track_caller]
fn example_docx(example: &str, args: &[&str], out: &str) -> Word {
    let text = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(example),
    )
    .expect("the example reads");
    let mut all: Vec<&str> = args.to_vec();
    all.extend([example, "-o", out]);
    let run = Test::new().file(example, text).args(all).run();
    Word::open(&run.path().join(out))
}

/// The names of the `[[participants]]` of a fixture.
fn participants(fixture: &str) -> Vec<String> {
    let value: toml::Value =
        toml::from_str(&common::fixture_text(fixture)).expect("a fixture parses");
    value["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .map(|p| p["name"].as_str().expect("a name").to_string())
        .collect()
}

#[test]
fn the_plan_has_the_page_the_styles_and_the_font_of_russian_office_papers() {
    let word = docx_of("agenda/approval.toml", &["agenda"], "plan.docx");
    // A4 portrait; margins 30, 15, 20, 20 mm in twips.
    for section in word.sections() {
        assert_eq!(
            section,
            (
                11906,
                16838,
                "portrait".to_string(),
                [1701, 850, 1134, 1134]
            )
        );
    }
    for (id, name) in [
        ("Normal", "Normal"),
        ("Title", "Title"),
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("ListNumber", "List Number"),
        ("TableGrid", "Table Grid"),
        ("TableText", "Table Text"),
    ] {
        let style = format!("w:styleId=\"{id}\"><w:name w:val=\"{name}\" />");
        assert!(
            word.styles.contains(&style),
            "no style {id} ({name}) in styles.xml"
        );
    }
    let styles = roxmltree::Document::parse(&word.styles).expect("styles.xml");
    let defaults = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "rPrDefault")))
        .expect("rPrDefault");
    let fonts = defaults
        .descendants()
        .find(|n| n.has_tag_name((W, "rFonts")))
        .expect("rFonts");
    assert_eq!(fonts.attribute((W, "ascii")), Some("Times New Roman"));
    assert_eq!(fonts.attribute((W, "hAnsi")), Some("Times New Roman"));
    let size = defaults
        .descendants()
        .find(|n| n.has_tag_name((W, "sz")))
        .expect("sz");
    assert_eq!(size.attribute((W, "val")), Some("28"), "14 pt body text");
    let table_text = styles
        .descendants()
        .find(|n| n.attribute((W, "styleId")) == Some("TableText"))
        .expect("TableText");
    let size = table_text
        .descendants()
        .find(|n| n.has_tag_name((W, "sz")))
        .expect("sz");
    assert_eq!(size.attribute((W, "val")), Some("24"), "12 pt in tables");
    let spacing = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "spacing")))
        .expect("spacing");
    assert_eq!(
        spacing.attribute((W, "line")),
        Some("240"),
        "single spacing"
    );
    // Every table but the signature blocks is in "Table Grid"; without them, every
    // paragraph of a table is in the table text's style.
    assert_eq!(
        word.document
            .matches("<w:tblStyle w:val=\"TableGrid\" />")
            .count(),
        word.tables().len() - 1
    );
    let plain = docx_of("agenda/ru.toml", &["agenda"], "plan.docx");
    let cells: Vec<Para> = plain
        .paragraphs()
        .into_iter()
        .filter(|p| p.in_table)
        .collect();
    assert!(!cells.is_empty());
    assert!(
        cells
            .iter()
            .all(|p| p.style.as_deref() == Some("TableText")),
        "{cells:?}"
    );
}

#[test]
fn approval_and_agreement_sit_at_the_top_as_on_paper() {
    let word = docx_of("agenda/approval.toml", &["agenda"], "plan.docx");
    let tables = word.tables();
    let signatures = &tables[0];
    assert_eq!(signatures.len(), 1);
    let cells = &signatures[0].2;
    assert_eq!(cells.len(), 3);
    assert!(cells[0].starts_with("СОГЛАСОВАНО"), "{cells:?}");
    assert!(cells[1].is_empty());
    assert!(cells[2].starts_with("УТВЕРЖДАЮ"), "{cells:?}");
    assert!(cells[2].contains("П.\u{a0}П.\u{a0}Петрова"), "{cells:?}");
    // The first thing of the body, and without borders.
    let body_start = &word.document[word.document.find("<w:body>").expect("body")..];
    assert!(body_start.starts_with("<w:body><w:tbl>"));
    let first_table = &body_start[..body_start.find("</w:tblPr>").expect("tblPr")];
    assert!(!first_table.contains("tblStyle"));
    assert_eq!(
        first_table.matches("w:val=\"nil\"").count(),
        6,
        "{first_table}"
    );
    let text = word.text();
    assert!(text.contains("План проведения методического коворкинга"));
    assert!(text.contains("Тема: «Игровые технологии»"), "{text}");
}

#[test]
fn every_day_of_the_plan_begins_a_page_and_its_header_row_repeats() {
    let word = docx_of("agenda/approval.toml", &["agenda"], "plan.docx");
    let days: Vec<Para> = word
        .styled("Heading2")
        .into_iter()
        .filter(|p| p.text.starts_with("День"))
        .collect();
    let titles: Vec<&str> = days.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        titles,
        [
            "День 1 — 3\u{a0}декабря\u{a0}2026\u{a0}г., четверг",
            "День 2 — 4\u{a0}декабря\u{a0}2026\u{a0}г., пятница"
        ]
    );
    assert!(days.iter().all(|d| d.page_break_before), "{days:?}");
    let timetables: Vec<_> = word.tables().into_iter().skip(1).collect();
    for table in &timetables {
        let (header, cant_split, cells) = &table[0];
        assert!(
            *header && *cant_split,
            "the first row repeats on each page: {cells:?}"
        );
        assert!(table[1..].iter().all(|(h, split, _)| !h && *split));
    }
    assert_eq!(timetables[0][0].2, ["Время", "Мероприятие"]);
    // The rest (zones, stages) follows the last day without a break.
    assert!(
        word.paragraphs()
            .iter()
            .filter(|p| p.page_break_before)
            .count()
            == 2
    );
}

#[test]
fn a_day_of_five_zones_is_a_landscape_section() {
    let word = example_docx("detskij-sad-my-vmeste.toml", &["agenda"], "plan.docx");
    let sections = word.sections();
    let landscape = (
        16838,
        11906,
        "landscape".to_string(),
        [1701, 850, 1134, 1134],
    );
    assert!(sections.contains(&landscape), "{sections:?}");
    // The document ends in portrait: the zones and stages after the wide day.
    assert_eq!(sections.last().map(|s| s.2.as_str()), Some("portrait"));
    let header = &word.tables()[0][0];
    assert!(header.0);
    assert_eq!(header.2.len(), 6, "time and five zones: {:?}", header.2);
    let text = word.text();
    for heading in ["Коворкинг-зоны", "Этапы методического коворкинга"]
    {
        assert!(text.contains(heading), "{heading}");
    }
    // Stages are a real numbered list.
    assert!(word.styled("ListNumber").len() >= 4);
    assert!(word.document.contains("<w:numPr>"));
}

#[test]
fn an_english_plan_speaks_english() {
    let word = docx_of("agenda/en.toml", &["agenda"], "plan.docx");
    let text = word.text();
    assert!(text.contains("Topic:"), "{text}");
    assert!(!text.contains("Тема"), "{text}");
    assert_eq!(word.tables()[0][0].2[0], "Time");
}

#[test]
fn door_schedules_have_a_page_per_day() {
    let word = docx_of(
        "agenda/doors.toml",
        &["agenda", "--zone", "interactive"],
        "door.docx",
    );
    let titles = word.styled("Title");
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(
        titles
            .iter()
            .all(|t| t.text == "Коворкинг-зона «Интерактивная»"),
        "{titles:?}"
    );
    assert!(!titles[0].page_break_before);
    let breaks = word
        .paragraphs()
        .into_iter()
        .filter(|p| p.page_break_before)
        .count();
    assert_eq!(breaks, 1, "the second day's page");
    assert!(word.tables().iter().all(|t| t[0].0));
}

#[test]
fn every_participant_is_on_every_sign_in_sheet() {
    let fixture = "attendance/mixed_orgs.toml";
    let word = docx_of(fixture, &["attendance"], "signin.docx");
    let tables = word.tables();
    assert_eq!(tables.len(), 2, "a sheet per day");
    // Day 1 is recorded (a mark column), day 2 is not.
    assert_eq!(tables[0][0].2[4], "Отметка");
    assert_eq!(tables[1][0].2.len(), 5);
    for table in &tables {
        let (header, _, titles) = &table[0];
        assert!(*header);
        assert_eq!(titles[..4], ["№", "ФИО", "Должность", "Организация"]);
        assert_eq!(titles.last().map(String::as_str), Some("Подпись"));
        let names: Vec<&str> = table[1..].iter().map(|r| r.2[1].as_str()).collect();
        for person in participants(fixture) {
            assert!(
                names.iter().any(|n| n.replace('\u{a0}', " ") == person),
                "{person} is not on the sheet"
            );
        }
        assert!(
            table[1..].iter().all(|r| r.1),
            "rows are not split across pages"
        );
    }
    let sheets: Vec<Para> = word.styled("Title");
    assert_eq!(sheets.len(), 2);
    // The second sheet begins a page: its first paragraph (the organisation, else the
    // title) breaks.
    let outside: Vec<Para> = word
        .paragraphs()
        .into_iter()
        .filter(|p| !p.in_table)
        .collect();
    let broken = outside
        .iter()
        .position(|p| p.page_break_before)
        .expect("a page break");
    let title = outside
        .iter()
        .rposition(|p| p.text == "Лист регистрации участников методического коворкинга")
        .expect("the second title");
    assert!(title == broken || title == broken + 1, "{outside:?}");
    assert!(broken > 0);
}

#[test]
fn groups_and_summary_are_word_documents_too() {
    let groups = docx_of("groups/recorded.toml", &["groups"], "groups.docx");
    let headings: Vec<String> = groups
        .styled("Heading2")
        .into_iter()
        .map(|p| p.text)
        .collect();
    assert!(
        !headings.is_empty() && headings.iter().all(|h| h.starts_with("Группа ")),
        "{headings:?}"
    );
    assert!(groups.tables().iter().all(|t| t[0].0));

    let summary = example_docx("detskij-sad-my-vmeste.toml", &["summary"], "itogi.docx");
    let headings: Vec<String> = summary
        .styled("Heading2")
        .into_iter()
        .map(|p| p.text)
        .collect();
    assert!(
        headings.starts_with(&["Плюсы".to_string(), "Минусы".to_string()]),
        "{headings:?}"
    );
    assert!(summary.text().contains("Итого:"));
}

#[test]
fn hostile_text_is_text_and_control_characters_are_dropped() {
    let word = docx_of("agenda/injection.toml", &["agenda"], "plan.docx");
    assert!(word.text().contains("<script>"), "{}", word.text());
    assert!(!word.document.contains("<script>"));
    // A theme with control characters XML 1.0 cannot hold.
    let text = common::fixture_text("agenda/ru.toml");
    let start = text.find("title = \"").expect("a title") + "title = \"".len();
    let hostile = format!(
        "{}Игры\\u0001\\u001b[2J\\u0007 и\\u000bзабавы {}",
        &text[..start],
        &text[start..]
    );
    let run = Test::new()
        .file("s.toml", hostile)
        .args(["agenda", "s.toml", "-o", "s.docx"])
        .run();
    let word = Word::open(&run.path().join("s.docx"));
    assert!(word.text().contains("Игры[2J изабавы"), "{}", word.text());
}

#[test]
fn a_docx_goes_to_a_pipe_but_never_to_a_terminal() {
    let run = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args(["agenda", "s.toml", "--format", "docx"])
        .run();
    assert!(run.stdout_bytes.starts_with(b"PK"));
    Word::from_bytes(&run.stdout_bytes);
    // Door schedules in docx; json or ics are still refused.
    Test::new()
        .fixture_as("agenda/doors.toml", "s.toml")
        .args(["agenda", "s.toml", "--zone", "it", "--format", "json"])
        .status(2)
        .stderr_contains("md, html, txt и docx")
        .run();
}

#[cfg(unix)]
#[test]
fn a_docx_on_a_terminal_is_a_usage_error_in_russian() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(
        dir.path().join("s.toml"),
        common::fixture_text("agenda/ru.toml"),
    )
    .expect("written");
    let mut cmd = Command::new(common::cowork_bin());
    cmd.current_dir(dir.path())
        .args(["agenda", "s.toml", "--format", "docx"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COWORK_LANG")
        .env("NO_COLOR", "1");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn cowork on a pty");
    let said: String = "документ в формате docx — не текст, на экран терминала его не вывести"
        .bytes()
        .map(char::from)
        .collect();
    p.exp_string(&said).expect("the refusal");
    let hint: String = "-o plan.docx".bytes().map(char::from).collect();
    p.exp_string(&hint).expect("the hint");
    match p.process().wait().expect("cowork exits") {
        rexpect::process::WaitStatus::Exited(_, code) => assert_eq!(code, 2),
        other => panic!("{other:?}"),
    }
}

/// LibreOffice (`soffice`), or `None` after a loud note; with `COWORK_REQUIRE_OFFICE=1` a
/// missing one fails the test.
fn office() -> Option<(PathBuf, PathBuf, PathBuf)> {
    let find = |name: &str| {
        std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
    };
    match (find("soffice"), find("pdfinfo"), find("pdftotext")) {
        (Some(soffice), Some(info), Some(text)) => Some((soffice, info, text)),
        _ => {
            assert!(
                std::env::var_os("COWORK_REQUIRE_OFFICE").is_none_or(|v| v != "1"),
                "COWORK_REQUIRE_OFFICE=1 but soffice, pdfinfo or pdftotext is missing \
                 (apt-get install libreoffice-writer-nogui poppler-utils)"
            );
            eprintln!(
                "\n*** OFFICE TESTS SKIPPED: soffice, pdfinfo or pdftotext is not installed \
                 (apt-get install libreoffice-writer-nogui poppler-utils) ***\n"
            );
            None
        }
    }
}

/// Each page's text of a PDF.
fn pages(pdf: &Path, info: &Path, text: &Path) -> Vec<String> {
    let out = Command::new(info).arg(pdf).output().expect("pdfinfo runs");
    let out = String::from_utf8_lossy(&out.stdout).to_string();
    let count: usize = out
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count: {out}"));
    (1..=count)
        .map(|n| {
            let out = Command::new(text)
                .args(["-f", &n.to_string(), "-l", &n.to_string(), "-layout"])
                .arg(pdf)
                .arg("-")
                .output()
                .expect("pdftotext runs");
            String::from_utf8_lossy(&out.stdout).to_string()
        })
        .collect()
}

/// The first line of a page with text on it.
fn first_line(page: &str) -> &str {
    page.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

#[test]
fn libreoffice_opens_every_document_and_lays_out_its_pages() {
    let Some((soffice, info, text)) = office() else {
        return;
    };
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/detskij-sad-my-vmeste.toml");
    let run = Test::new()
        .file(
            "wide.toml",
            std::fs::read(example).expect("the example reads"),
        )
        .fixture_as("agenda/approval.toml", "plan.toml")
        .fixture_as("agenda/doors.toml", "doors.toml")
        .fixture_as("attendance/mixed_orgs.toml", "signin.toml")
        .fixture_as("groups/recorded.toml", "groups.toml")
        .args(["agenda", "plan.toml", "-o", "plan.docx"])
        .run()
        .then()
        .args(["agenda", "doors.toml", "--zone", "it", "-o", "door.docx"])
        .run()
        .then()
        .args(["attendance", "signin.toml", "-o", "signin.docx"])
        .run()
        .then()
        .args(["groups", "groups.toml", "-o", "groups.docx"])
        .run()
        .then()
        .args(["agenda", "wide.toml", "-o", "wide.docx"])
        .run();
    let dir = run.path();
    let profile = tempfile::tempdir().expect("a LibreOffice profile folder");
    let profile_url = format!("-env:UserInstallation=file://{}", profile.path().display());
    let names = ["plan", "door", "signin", "groups", "wide"];
    let status = Command::new(&soffice)
        .current_dir(dir)
        .args([
            profile_url.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            "pdf",
        ])
        .args(names.map(|n| format!("{n}.docx")))
        .output()
        .expect("soffice runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let pdf = |name: &str| pages(&dir.join("pdf").join(format!("{name}.pdf")), &info, &text);

    let plan = pdf("plan");
    assert_eq!(plan.len(), 3, "front matter, day 1, day 2: {plan:#?}");
    assert!(plan[0].contains("УТВЕРЖДАЮ") && plan[0].contains("СОГЛАСОВАНО"));
    assert!(plan[0].contains("«Игровые технологии»"));
    assert!(first_line(&plan[1]).starts_with("День 1"), "{}", plan[1]);
    assert!(first_line(&plan[2]).starts_with("День 2"), "{}", plan[2]);

    let door = pdf("door");
    assert_eq!(door.len(), 2, "a page per day");
    for page in &door {
        assert!(page.contains("Зона IT-технологий"), "{page}");
    }

    let signin = pdf("signin");
    let starts: Vec<usize> = signin
        .iter()
        .enumerate()
        .filter(|(_, p)| p.contains("Лист регистрации участников"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(starts.len(), 2, "{signin:#?}");
    let all = signin.join("\n");
    for person in participants("attendance/mixed_orgs.toml") {
        let surname = person.split(' ').next().unwrap_or_default();
        assert!(all.matches(surname).count() >= 2, "{person} on both sheets");
    }

    let groups = pdf("groups");
    assert!(groups[0].contains("Группа 1"), "{}", groups[0]);

    // The day of five zones is printed on a landscape page, the rest upright.
    let sizes = Command::new(&info)
        .args(["-f", "1", "-l", "99"])
        .arg(dir.join("pdf/wide.pdf"))
        .output()
        .expect("pdfinfo runs");
    let sizes = String::from_utf8_lossy(&sizes.stdout).to_string();
    assert!(
        sizes.contains("841.89 x 595.304") && sizes.contains("595.304 x 841.89"),
        "{sizes}"
    );
    let wide = pdf("wide");
    let landscape = wide
        .iter()
        .position(|p| first_line(p).starts_with("День 1"))
        .expect("day 1");
    assert!(wide[landscape].contains("Время"));
}

#[test]
fn the_report_is_a_word_document_with_every_section_and_its_figures() {
    let word = example_docx("detskij-sad-my-vmeste.toml", &["report"], "report.docx");
    let title = word.styled("Title");
    assert_eq!(title.len(), 1);
    assert!(
        title[0]
            .text
            .starts_with("Аналитическая справка по итогам методического коворкинга"),
        "{title:?}"
    );
    assert!(title[0].text.contains("«Детско-родительские сообщества"));
    let h1: Vec<String> = word
        .styled("Heading1")
        .into_iter()
        .map(|p| p.text)
        .collect();
    for heading in ["Цель и задачи", "Ход проведения", "Результаты"]
    {
        assert!(h1.iter().any(|h| h == heading), "{heading}: {h1:?}");
    }
    let h2: Vec<String> = word
        .styled("Heading2")
        .into_iter()
        .map(|p| p.text)
        .collect();
    for heading in ["Участие", "Проведённые мероприятия", "Принятые решения"]
    {
        assert!(h2.iter().any(|h| h == heading), "{heading}: {h2:?}");
    }
    let text = word.text();
    assert!(text.contains("Зарегистрировано участников: "), "{text}");
    assert!(text.contains("Всего проведено мероприятий: "), "{text}");
    assert!(!word.tables().is_empty());
    // Every Table Grid table repeats its header row.
    for table in word.tables().iter().filter(|t| t.len() > 1) {
        assert!(table[0].0, "{:?}", table[0].2);
    }
    assert!(word.styled("ListNumber").len() >= 4);
}

#[test]
fn the_anonymized_report_in_word_has_no_names() {
    let named = example_docx("detskij-sad-my-vmeste.toml", &["report"], "r.docx");
    assert!(named.text().contains("Громова"), "{}", named.text());
    let word = example_docx(
        "detskij-sad-my-vmeste.toml",
        &["report", "--anonymize"],
        "r.docx",
    );
    let text = word.text();
    assert!(!text.contains("Громова"), "{text}");
    assert!(text.contains("Справка обезличена"), "{text}");
}

#[test]
fn an_english_report_in_word_speaks_english() {
    let word = docx_of("report/english.toml", &["report"], "report.docx");
    let text = word.text();
    assert!(!text.contains("Аналитическая"), "{text}");
    assert!(!text.contains("Результаты"), "{text}");
}

#[test]
fn a_report_of_a_session_ahead_is_refused_in_word_as_in_every_format() {
    Test::new()
        .fixture_as("report/future.toml", "s.toml")
        .env("COWORK_TODAY", "2026-01-01")
        .args(["report", "s.toml", "-o", "r.docx"])
        .status(1)
        .stderr_contains("--draft")
        .run();
}

#[test]
fn certificates_are_landscape_pages_one_per_certificate() {
    let fixture = "certificates/ru.toml";
    let word = docx_of(fixture, &["certificates"], "c.docx");
    for section in word.sections() {
        assert_eq!(section.2, "landscape", "{section:?}");
        assert_eq!((section.0, section.1), (16838, 11906));
    }
    let titles = word.styled("Title");
    assert!(titles.len() > 1);
    assert!(titles.iter().all(|t| t.text == "СЕРТИФИКАТ"), "{titles:?}");
    let breaks = word
        .paragraphs()
        .into_iter()
        .filter(|p| p.page_break_before)
        .count();
    assert_eq!(breaks, titles.len() - 1, "a page per certificate");
    let text = word.text().replace('\u{a0}', " ");
    assert!(text.contains("Громова Елена Викторовна"), "{text}");
    assert!(text.contains("приняла участие"), "{text}");
}

/// The text of a document with its non-breaking spaces as plain ones.
fn spaced(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

/// Whether `text` has a Cyrillic letter: what an English document must not.
fn cyrillic(text: &str) -> Option<char> {
    text.chars().find(|c| ('\u{400}'..='\u{4ff}').contains(c))
}

/// The `w:pgBorders` of each section: the line of each side (top, left, bottom, right).
fn page_borders(word: &Word) -> Vec<Vec<String>> {
    word.xml()
        .descendants()
        .filter(|n| n.has_tag_name((W, "sectPr")))
        .map(|s| {
            s.children()
                .find(|n| n.has_tag_name((W, "pgBorders")))
                .map(|b| {
                    b.children()
                        .filter(|n| n.is_element())
                        .map(|side| {
                            format!(
                                "{}:{}",
                                side.tag_name().name(),
                                side.attribute((W, "val")).unwrap_or("")
                            )
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_report_in_word_is_portrait_a4_with_table_grid_tables_and_findings() {
    let word = docx_of("report/full.toml", &["report"], "report.docx");
    for section in word.sections() {
        assert_eq!(
            section,
            (
                11906,
                16838,
                "portrait".to_string(),
                [1701, 850, 1134, 1134]
            )
        );
    }
    let h1: Vec<String> = word
        .styled("Heading1")
        .into_iter()
        .map(|p| p.text)
        .collect();
    for heading in ["Выводы", "Рекомендации"] {
        assert!(h1.iter().any(|h| h == heading), "{heading}: {h1:?}");
    }
    assert_eq!(word.styled("Title").len(), 1);
    assert!(word.styled("ListNumber").len() >= 2);
    // Every table but the signature block is a Table Grid whose header row repeats.
    let grids = word
        .document
        .matches("<w:tblStyle w:val=\"TableGrid\" />")
        .count();
    assert!(grids >= 4, "{grids} Table Grid tables");
    assert_eq!(grids, word.tables().len() - 1);
    let repeated = word.tables().iter().filter(|t| t[0].0).count();
    assert_eq!(repeated, grids, "every grid repeats its header row");
    // A date of the decisions never splits inside a word: the due column holds it.
    let text = word.text();
    assert!(text.contains("20\u{a0}декабря\u{a0}2026\u{a0}г."), "{text}");
    assert!(page_borders(&word).iter().all(Vec::is_empty), "no frame");
}

#[test]
fn certificates_in_word_have_a_double_frame_and_a_borderless_signature() {
    let word = docx_of("certificates/ru.toml", &["certificates"], "c.docx");
    let borders = page_borders(&word);
    assert!(!borders.is_empty());
    for sides in borders {
        assert_eq!(
            sides,
            ["top:double", "left:double", "bottom:double", "right:double"],
            "a double frame round each page, like the HTML certificate"
        );
    }
    // The only tables are the signature rows, without borders.
    assert_eq!(word.document.matches("<w:tblStyle").count(), 0);
    assert_eq!(word.tables().len(), word.styled("Title").len());
    let text = word.text();
    assert!(
        text.contains("«Игровые технологии в работе с дошкольниками»"),
        "{text}"
    );
    assert!(
        text.contains("3–4\u{a0}декабря\u{a0}2026\u{a0}г., в объёме 6\u{a0}часов"),
        "{text}"
    );
    assert!(text.contains("Ёлкина Дарья Андреевна"), "ё kept: {text}");
}

#[test]
fn english_report_and_certificates_in_word_read_as_english() {
    let report = docx_of("report/english.toml", &["report"], "report.docx");
    let text = spaced(&report.text());
    assert_eq!(cyrillic(&text), None, "{text}");
    for said in [
        "Post-session report: “Play-based learning in preschool”",
        "Date: 11 March 2027",
        "Aim and objectives",
        "On 11 March 2027, the teachers’ co-working session “Play-based learning in preschool” \
         was held at City Methodical Centre.",
        "3 teachers from one organisation took part. 2 guests also attended.",
        "The information immersion stage included one activity:",
        "Present: 3 of 4 (75%); unregistered guests: 2.",
        "1 April 2027",
        "Findings",
        "12 March 2027",
    ] {
        assert!(text.contains(said), "{said:?} in:\n{text}");
    }
    let certificates = docx_of("certificates/en.toml", &["certificates"], "c.docx");
    let text = spaced(&certificates.text());
    assert_eq!(cyrillic(&text), None, "{text}");
    for said in [
        "CERTIFICATE",
        "of participation",
        "This is to certify that",
        "Anna Ivanova",
        "took part in the teachers' co-working session",
        "“Play-based learning in preschool”",
        "8 April 2027, 1 hour",
        "shared their professional experience at the teachers' co-working session",
        "Presentation: master class “Games with rules”",
    ] {
        assert!(text.contains(said), "{said:?} in:\n{text}");
    }
}

/// The holders of the certificates of the fixtures, by hand: who came, who presented.
const RUSSIAN_HOLDERS: [&str; 5] = [
    "Громова Елена Викторовна",
    "Ёлкина Дарья Андреевна",
    "Иванова Анна Петровна",
    "Ким Саша",
    "Петров Игорь Сергеевич",
];
const ENGLISH_HOLDERS: [&str; 3] = ["Anna Ivanova", "Igor Petrov", "Mary Smith"];

#[test]
fn libreoffice_lays_out_the_report_and_the_certificates_in_both_languages() {
    let Some((soffice, info, text)) = office() else {
        return;
    };
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/detskij-sad-my-vmeste.toml");
    let run = Test::new()
        .file("seed.toml", std::fs::read(seed).expect("the example reads"))
        .fixture_as("report/full.toml", "full.toml")
        .fixture_as("report/english.toml", "english.toml")
        .fixture_as("certificates/ru.toml", "ru.toml")
        .fixture_as("certificates/en.toml", "en.toml")
        .args(["report", "seed.toml", "-o", "seed.docx"])
        .run()
        .then()
        .args(["report", "full.toml", "-o", "full.docx"])
        .run()
        .then()
        .args(["report", "english.toml", "-o", "english.docx"])
        .run()
        .then()
        .args(["certificates", "ru.toml", "-o", "cert-ru.docx"])
        .run()
        .then()
        .args(["certificates", "en.toml", "-o", "cert-en.docx"])
        .run();
    let dir = run.path();
    let profile = tempfile::tempdir().expect("a LibreOffice profile folder");
    let profile_url = format!("-env:UserInstallation=file://{}", profile.path().display());
    let names = ["seed", "full", "english", "cert-ru", "cert-en"];
    let status = Command::new(&soffice)
        .current_dir(dir)
        .args([
            profile_url.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            "pdf",
        ])
        .args(names.map(|n| format!("{n}.docx")))
        .output()
        .expect("soffice runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let path = |name: &str| dir.join("pdf").join(format!("{name}.pdf"));
    let pdf = |name: &str| -> Vec<String> {
        pages(&path(name), &info, &text)
            .iter()
            .map(|p| spaced(p))
            .collect()
    };
    // Every page of a PDF as pdfinfo sizes it: landscape when wider than high.
    let landscape = |name: &str| -> Vec<bool> {
        let out = Command::new(&info)
            .args(["-f", "1", "-l", "999"])
            .arg(path(name))
            .output()
            .expect("pdfinfo runs");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.starts_with("Page") && l.contains(" size:"))
            .map(|l| {
                let numbers: Vec<f64> = l
                    .split_whitespace()
                    .filter_map(|w| w.parse().ok())
                    .collect();
                // "Page    1 size: 841.89 x 595.304 pts (A4)": number, width, height.
                assert_eq!(numbers.len(), 3, "{l}");
                numbers[1] > numbers[2]
            })
            .collect()
    };

    // The report of the seed: about five pages, every section, the date under the signature.
    let seed = pdf("seed");
    assert!(
        (4..=6).contains(&seed.len()),
        "{} pages: {seed:#?}",
        seed.len()
    );
    assert!(
        landscape("seed").iter().all(|l| !l),
        "the report stands upright"
    );
    let all = seed.join("\n");
    assert!(
        first_line(&seed[0]).contains("МБДОУ «Детский сад № 15»"),
        "{}",
        seed[0]
    );
    for said in [
        "Аналитическая справка по итогам методического коворкинга",
        "Цель и задачи",
        "Ход проведения",
        "из одной образовательной организации",
        "Результаты",
        "Принятые решения",
        "10 декабря 2026 г.",
        "28 января 2027 г.",
        "Выводы",
        "20 ноября 2026 г.",
    ] {
        assert!(all.contains(said), "{said:?} in:\n{all}");
    }
    let full = pdf("full").join("\n");
    for said in ["Аналитическая справка", "Выводы", "Рекомендации"]
    {
        assert!(full.contains(said), "{said:?} in:\n{full}");
    }
    let english = pdf("english");
    assert!((2..=4).contains(&english.len()), "{english:#?}");
    let all = english.join("\n");
    assert_eq!(cyrillic(&all), None, "{all}");
    for said in ["Post-session report", "Aim and objectives", "Findings"] {
        assert!(all.contains(said), "{said:?} in:\n{all}");
    }

    // A landscape page per certificate, each with its holder's name.
    for (name, holders, count, title) in [
        ("cert-ru", &RUSSIAN_HOLDERS[..], 7, "СЕРТИФИКАТ"),
        ("cert-en", &ENGLISH_HOLDERS[..], 4, "CERTIFICATE"),
    ] {
        let pages = pdf(name);
        assert_eq!(pages.len(), count, "{name}: {pages:#?}");
        assert_eq!(landscape(name), vec![true; count], "{name}");
        for page in &pages {
            assert!(page.contains(title), "{name}: {page}");
            assert_eq!(
                holders.iter().filter(|h| page.contains(*h)).count(),
                1,
                "{name}: one holder a page: {page}"
            );
        }
        for holder in holders {
            assert!(pages.iter().any(|p| p.contains(holder)), "{name}: {holder}");
        }
    }
}
