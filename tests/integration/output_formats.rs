//! `-o` names the format or the command refuses (every document × every extension), and `--format pdf` printed by a browser: the real Chromium, none at all, one that writes garbage or hangs.

use std::path::Path;

use crate::common::{self, Test, print};

/// A document command: its arguments before `-o`, its fixture (copied to `s.toml`), and the
/// formats it offers, in the order its refusal lists them.
struct Document {
    args: &'static [&'static str],
    fixture: &'static str,
    offered: &'static [&'static str],
}

const DOCUMENTS: &[Document] = &[
    Document {
        args: &["agenda", "s.toml"],
        fixture: "agenda/ru.toml",
        offered: &["md", "html", "txt", "json", "ics", "docx", "pdf"],
    },
    Document {
        args: &["agenda", "s.toml", "--zone", "interactive"],
        fixture: "agenda/doors.toml",
        offered: &["md", "html", "txt", "docx", "pdf"],
    },
    Document {
        args: &["attendance", "s.toml"],
        fixture: "attendance/one_org.toml",
        offered: &["md", "html", "csv", "xlsx", "docx", "pdf"],
    },
    Document {
        args: &["groups", "s.toml"],
        fixture: "groups/recorded.toml",
        offered: &["md", "html", "json", "docx", "pdf"],
    },
    Document {
        args: &["summary", "s.toml"],
        fixture: "agenda/ru.toml",
        offered: &["md", "html", "json", "docx", "pdf"],
    },
    Document {
        args: &["report", "s.toml"],
        fixture: "agenda/ru.toml",
        offered: &["md", "html", "txt", "json", "xlsx", "docx", "pdf"],
    },
    Document {
        args: &["certificates", "s.toml"],
        fixture: "certificates/ru.toml",
        offered: &["md", "html", "docx", "pdf"],
    },
    Document {
        args: &["list", "."],
        fixture: "agenda/ru.toml",
        offered: &["json", "ics", "xlsx"],
    },
];

/// Every extension `-o` knows, and some it does not.
const EXTENSIONS: &[&str] = &[
    "md", "html", "htm", "txt", "json", "csv", "ics", "docx", "xlsx", "pdf", "doc", "rtf",
    "markdown", "table",
];

fn format_of(extension: &str) -> &str {
    if extension == "htm" {
        "html"
    } else {
        extension
    }
}

fn doc(document: &Document) -> Test {
    Test::new()
        .fixture_as(document.fixture, "s.toml")
        .args(document.args.iter().copied())
}

#[test]
fn every_document_takes_the_extensions_it_offers_and_refuses_every_other() {
    for document in DOCUMENTS {
        let listed: Vec<String> = document.offered.iter().map(|f| format!(".{f}")).collect();
        let listed = listed.join(", ");
        for extension in EXTENSIONS {
            for name in [
                format!("out.{extension}"),
                format!("OUT.{}", extension.to_uppercase()),
            ] {
                let format = format_of(extension);
                let what = format!("{:?} -o {name}", document.args);
                if !document.offered.contains(&format) {
                    let out = doc(document)
                        .args(["-o", &name])
                        .status(2)
                        .stdout("")
                        .stderr_contains(listed.as_str())
                        .run();
                    assert!(!out.exists(&name), "{what} wrote a file");
                    continue;
                }
                if format == "pdf" {
                    // The harness turns printing off: the no-browser refusal, nothing written.
                    let out = doc(document)
                        .args(["-o", &name])
                        .status(1)
                        .stderr_contains("не найден браузер")
                        .run();
                    assert!(!out.exists(&name), "{what} wrote a file");
                    continue;
                }
                let out = doc(document).args(["-o", &name]).stdout("").run();
                let written = std::fs::read(out.path().join(&name)).expect("written");
                if format == "docx" || format == "xlsx" {
                    assert!(written.starts_with(b"PK\x03\x04"), "{what}: not a zip");
                    continue;
                }
                let expected = doc(document).args(["--format", format]).run().stdout_bytes;
                assert_eq!(written, expected, "{what}");
            }
        }
    }
}

#[test]
fn a_name_without_an_extension_needs_a_format() {
    for document in DOCUMENTS {
        let out = doc(document)
            .args(["-o", "plan"])
            .status(2)
            .stderr_contains("нет расширения")
            .run();
        assert!(!out.exists("plan"));
        let format = document.offered[0];
        let expected = doc(document).args(["--format", format]).run().stdout;
        let out = doc(document).args(["--format", format, "-o", "plan"]).run();
        assert_eq!(out.read("plan"), expected, "{:?}", document.args);
    }
}

#[test]
fn a_format_against_the_extension_is_refused() {
    for (format, path) in [
        ("md", "plan.html"),
        ("html", "plan.txt"),
        ("table", "plan.md"),
        ("html", "plan.doc"),
    ] {
        let out = Test::new()
            .fixture_as("agenda/ru.toml", "s.toml")
            .args(["agenda", "s.toml", "--format", format, "-o", path])
            .status(2)
            .stdout("")
            .run();
        assert!(!out.exists(path), "--format {format} -o {path}");
    }
    Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args(["agenda", "s.toml", "--format", "md", "-o", "plan.html"])
        .status(2)
        .stderr_contains("--format md и -o plan.html противоречат друг другу")
        .stderr_contains("-o plan.md")
        .run();
}

#[test]
fn the_refusal_lists_what_this_document_can_be_written_as() {
    Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args(["agenda", "s.toml", "-o", "plan.xlsx"])
        .status(2)
        .stderr_contains(
            "план нельзя записать как .xlsx, можно только как .md, .html, .txt, .json, .ics, .docx, .pdf",
        )
        .stderr_contains("например -o plan.html")
        .run();
    Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args(["--lang", "en", "agenda", "s.toml", "-o", "plan.xlsx"])
        .status(2)
        .stderr_contains("the programme cannot be written as .xlsx; it can be written as .md, .html, .txt, .json, .ics, .docx, .pdf")
        .run();
}

#[test]
fn the_check_comes_before_the_session_is_read() {
    Test::new()
        .args(["agenda", "нет.toml", "-o", "plan.doc"])
        .status(2)
        .stderr_contains("нельзя записать как .doc")
        .stderr_lacks("нет.toml:")
        .run();
}

#[test]
fn dash_is_stdout() {
    let md = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args(["agenda", "s.toml", "--format", "md"])
        .run()
        .stdout;
    let out = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args(["agenda", "s.toml", "-o", "-"])
        .run();
    assert_eq!(out.stdout, md);
    assert_eq!(out.list("."), ["s.toml"]);
    let html = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args(["agenda", "s.toml", "--format", "html", "-o", "-"])
        .run();
    assert!(
        html.stdout.starts_with("<!DOCTYPE html>"),
        "{}",
        html.stdout
    );
}

// ── PDF ────────────────────────────────────────────────────────────────────────────────

/// A run that prints with the real Chromium (the one the print tests use), or `None` after
/// the loud skip.
fn with_chromium(test: Test) -> Option<Test> {
    let chromium = print::chromium()?;
    Some(
        test.env_remove("COWORK_BROWSER")
            .arg("--browser")
            .arg(chromium),
    )
}

fn read_bytes(out: &common::Output, name: &str) -> Vec<u8> {
    std::fs::read(out.path().join(name)).expect("the PDF is there")
}

#[test]
fn the_plan_prints_to_a_pdf_the_header_then_a_page_a_day() {
    let Some(test) = with_chromium(
        Test::new()
            .fixture_as("agenda/ru.toml", "s.toml")
            .args(["agenda", "s.toml", "-o", "plan.pdf"]),
    ) else {
        return;
    };
    let out = test.stdout("").run();
    let bytes = read_bytes(&out, "plan.pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(
        out.list("."),
        ["plan.pdf", "s.toml"],
        "no temporary file left"
    );
    let pages = print::pdf_pages(&out.path().join("plan.pdf")).expect("the tools are there");
    // The header, then each of the two days on a page of its own.
    assert_eq!(pages.len(), 3, "{pages:#?}");
    assert!(print::first_line(&pages[1]).is_some_and(|l| l.starts_with("День 1")));
    assert!(print::first_line(&pages[2]).is_some_and(|l| l.starts_with("День 2")));
    let text = print::normalize(&pages.join("\n"));
    assert!(
        text.contains("Игровые технологии в образовательной деятельности ДОО"),
        "{text}"
    );
    assert!(
        text.contains("План проведения методического коворкинга"),
        "{text}"
    );
}

#[test]
fn the_sign_in_sheets_print_a_page_a_day() {
    let Some(test) = with_chromium(
        Test::new()
            .fixture_as("attendance/one_org.toml", "s.toml")
            .args([
                "attendance",
                "s.toml",
                "--blank-rows",
                "0",
                "--format",
                "pdf",
                "-o",
                "листы.PDF",
            ]),
    ) else {
        return;
    };
    let out = test.run();
    let pages = print::pdf_pages(&out.path().join("листы.PDF")).expect("the tools are there");
    assert_eq!(pages.len(), 2, "{pages:#?}");
    for page in &pages {
        let text = print::normalize(page);
        assert!(
            text.contains("Развивающая предметно-пространственная среда ДОО"),
            "{text}"
        );
        assert!(text.contains("Лист регистрации"), "{text}");
    }
}

#[test]
fn a_pdf_goes_to_a_pipe() {
    let Some(test) = with_chromium(
        Test::new()
            .fixture_as("agenda/ru.toml", "s.toml")
            .args(["report", "s.toml", "--format", "pdf"]),
    ) else {
        return;
    };
    let out = test.run();
    assert!(out.stdout_bytes.starts_with(b"%PDF-"));
    assert_eq!(out.list("."), ["s.toml"]);
}

#[test]
fn a_named_browser_that_is_not_there_writes_nothing() {
    let out = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .file("plan.pdf", "old")
        .args([
            "agenda",
            "s.toml",
            "-o",
            "plan.pdf",
            "--browser",
            "/nonexistent/chromium",
        ])
        .status(1)
        .stdout("")
        .stderr_contains("браузер /nonexistent/chromium (--browser) не найден")
        .stderr_contains("«Печать» → «Сохранить как PDF»")
        .stderr_contains("-o plan.html")
        .run();
    assert_eq!(out.read("plan.pdf"), "old");
}

#[test]
fn a_browser_named_in_cowork_toml_that_is_not_there_is_shown_at_its_line() {
    Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .file("cowork.toml", "browser = \"/nonexistent/edge\"\n")
        .env_remove("COWORK_BROWSER")
        .args(["agenda", "s.toml", "-o", "plan.pdf"])
        .status(1)
        .stderr_contains("браузер /nonexistent/edge из cowork.toml не найден")
        .stderr_contains("cowork.toml:1:11")
        .run();
}

#[test]
fn no_browser_on_the_machine_says_how_to_print_by_hand() {
    let empty = tempfile::tempdir().expect("a temporary folder");
    let out = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .env_remove("COWORK_BROWSER")
        .env("PATH", empty.path())
        .args(["agenda", "s.toml", "-o", "plan.pdf"])
        .status(1)
        .stdout("")
        .stderr_contains("не найден браузер, чтобы сделать PDF")
        .stderr_contains("--browser")
        .stderr_contains("сохраните документ как HTML (-o plan.html), откройте его в браузере и выберите «Печать» → «Сохранить как PDF»")
        .run();
    assert_eq!(out.list("."), ["s.toml"]);
}

/// A fake browser: a shell script that runs `body` with `$out` the PDF it is asked for.
#[cfg(unix)]
fn fake_browser(dir: &Path, body: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("fake-browser");
    let script = format!(
        "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) out=\"${{a#--print-to-pdf=}}\";; esac; done\n{body}\n"
    );
    std::fs::write(&path, script).expect("the script writes");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

#[cfg(unix)]
#[test]
fn a_browser_that_writes_garbage_is_refused_and_nothing_written() {
    let bin = tempfile::tempdir().expect("a temporary folder");
    for body in [
        "printf 'garbage' > \"$out\"",
        "printf '%%PDF-1.4 cut off' > \"$out\"",
        "true",
        "exit 3",
    ] {
        let browser = fake_browser(bin.path(), body);
        let out = Test::new()
            .fixture_as("agenda/ru.toml", "s.toml")
            .file("plan.pdf", "old")
            .args(["agenda", "s.toml", "-o", "plan.pdf", "--browser"])
            .arg(&browser)
            .status(1)
            .stderr_contains("ничего не записано")
            .run();
        assert_eq!(out.read("plan.pdf"), "old", "{body}");
        assert_eq!(out.list("."), ["plan.pdf", "s.toml"], "{body}");
    }
}

#[cfg(unix)]
#[test]
fn a_browser_that_hangs_is_stopped_at_the_time_limit() {
    let bin = tempfile::tempdir().expect("a temporary folder");
    let browser = fake_browser(bin.path(), "exec sleep 30");
    let started = std::time::Instant::now();
    let out = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .env("COWORK_PRINT_TIMEOUT", "1")
        .args(["agenda", "s.toml", "-o", "plan.pdf", "--browser"])
        .arg(&browser)
        .status(1)
        .stderr_contains("не напечатал документ за 1 с и был остановлен; ничего не записано")
        .run();
    assert!(started.elapsed().as_secs() < 20);
    assert_eq!(out.list("."), ["s.toml"]);
}

#[cfg(unix)]
#[test]
fn what_a_browser_prints_is_written_as_it_is() {
    let bin = tempfile::tempdir().expect("a temporary folder");
    let body = "printf '%%PDF-1.4\\n' > \"$out\"; i=0; while [ $i -lt 100 ]; do printf '%% filler line\\n' >> \"$out\"; i=$((i+1)); done; printf '%%%%EOF\\n' >> \"$out\"";
    let browser = fake_browser(bin.path(), body);
    let out = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .args([
            "agenda",
            "s.toml",
            "--zone",
            "interactive",
            "-o",
            "door.pdf",
            "--browser",
        ])
        .arg(&browser)
        .run();
    let bytes = read_bytes(&out, "door.pdf");
    assert!(bytes.starts_with(b"%PDF-1.4\n% filler line\n"));
    assert!(bytes.ends_with(b"%%EOF\n"));
}

// ── the archive ────────────────────────────────────────────────────────────────────────

#[test]
fn the_archive_keeps_the_plan_and_the_report_as_pdf_the_same_bytes_each_time() {
    let Some(test) = with_chromium(Test::new().fixture_as("agenda/ru.toml", "s.toml").args([
        "archive",
        "s.toml",
        "--no-commit",
    ])) else {
        return;
    };
    let out = test.run();
    let folder = out.path().join("archive");
    let pdfs: Vec<std::path::PathBuf> = walk(&folder)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    let names: Vec<String> = pdfs
        .iter()
        .map(|p| {
            p.file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, ["agenda.pdf", "report.pdf"], "{pdfs:?}");
    let first: Vec<Vec<u8>> = pdfs
        .iter()
        .map(|p| std::fs::read(p).expect("reads"))
        .collect();
    let index = std::fs::read_to_string(folder.join("README.md")).expect("the index");
    assert!(
        index.contains("agenda.pdf") && index.contains("report.pdf"),
        "{index}"
    );
    let chromium = print::chromium().expect("found above");
    let again = out
        .then()
        .env_remove("COWORK_BROWSER")
        .args(["archive", "s.toml", "--no-commit", "--browser"])
        .arg(chromium)
        .run();
    let second: Vec<Vec<u8>> = pdfs
        .iter()
        .map(|p| std::fs::read(p).expect("reads"))
        .collect();
    assert!(first == second, "the same session printed to other bytes");
    drop(again);
}

#[test]
fn the_archive_without_a_browser_says_so_and_goes_on() {
    let empty = tempfile::tempdir().expect("a temporary folder");
    let out = Test::new()
        .fixture_as("agenda/ru.toml", "s.toml")
        .env_remove("COWORK_BROWSER")
        .env("PATH", empty.path())
        .args(["archive", "s.toml", "--no-commit"])
        .stderr_contains(
            "примечание: PDF (agenda.pdf, report.pdf) в архив не добавлены: не найден браузер",
        )
        .run();
    assert!(
        !walk(&out.path().join("archive"))
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "pdf"))
    );
}

/// Every file under `dir`, sorted.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
