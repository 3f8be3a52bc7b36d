//! Every HTML document printed on A4 in headless Chromium and read back page by page (see `common::print`): page counts, page starts, no heading left at a page bottom, headers repeated, nothing past the right margin.
//!
//! Without Chromium and poppler these tests pass after a loud "PRINT TESTS SKIPPED" on
//! stderr; `.ci/run` installs both and sets `COWORK_REQUIRE_PRINT=1`, under which a missing
//! program fails them. The page counts were verified by reading every page of the PDFs.

use std::path::{Path, PathBuf};

use crate::common::Test;
use crate::common::print::{Printed, first_line, normalize};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

fn fixture(name: &str) -> PathBuf {
    crate::common::fixtures_dir().join("print").join(name)
}

/// `cowork <document> <session> --format html` printed; `None` when printing is skipped.
fn print(session: &Path, document: &str, extra: &[&str]) -> Option<Printed> {
    let text = std::fs::read(session).expect("the session file is readable");
    let out = Test::new()
        .file("s.toml", text)
        .args([document, "s.toml", "--format", "html", "-o", "out.html"])
        .args(extra)
        .run();
    Printed::of(&out.path().join("out.html"))
}

/// The documents of one session printed side by side (Chromium takes a second or two to
/// start); `None` when printing is skipped.
fn print_all(session: &Path, documents: &[&str]) -> Option<Vec<Printed>> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = documents
            .iter()
            .map(|document| scope.spawn(move || print(session, document, &[])))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// The headings of the plan's days («День 2 — …», "Day 2 — …").
fn day_headings(printed: &Printed) -> Vec<&String> {
    printed
        .headings
        .iter()
        .filter(|h| {
            ["День ", "Day "].iter().any(|word| {
                h.strip_prefix(word)
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            })
        })
        .collect()
}

/// Every day after the first begins a page of the plan.
#[track_caller]
fn assert_days_begin_pages(plan: &Printed, days: usize) {
    let headings = day_headings(plan);
    assert_eq!(
        headings.len(),
        days,
        "{}: day headings {headings:?}",
        plan.name
    );
    for heading in headings.iter().skip(1) {
        assert!(
            plan.begins_page(heading),
            "{}: {heading:?} does not begin a page\n{}",
            plan.name,
            plan.dump()
        );
    }
}

/// Every sign-in sheet begins a page: as many pages begin with the sheet's first line (the
/// organisation, else the title) as there are days.
#[track_caller]
fn assert_sheets_begin_pages(sheets: &Printed, first_words: &str, days: usize) {
    let starts = sheets
        .pages
        .iter()
        .filter(|page| first_line(page).is_some_and(|l| normalize(l).starts_with(first_words)))
        .count();
    assert_eq!(
        starts,
        days,
        "{}: sheets beginning a page\n{}",
        sheets.name,
        sheets.dump()
    );
}

#[track_caller]
fn assert_pages(printed: &Printed, pages: usize) {
    assert_eq!(
        printed.pages.len(),
        pages,
        "{}: page count\n{}",
        printed.name,
        printed.dump()
    );
}

#[test]
fn the_patriotic_example_prints() {
    let session = example("grazhdansko-patrioticheskoe.toml");
    let Some(docs) = print_all(&session, &["agenda", "attendance", "summary", "report"]) else {
        return;
    };
    let [plan, sheets, summary, report] = &docs[..] else {
        unreachable!()
    };
    assert_pages(plan, 5);
    assert_days_begin_pages(plan, 2);
    assert_pages(sheets, 2);
    assert_sheets_begin_pages(sheets, "МБУ ДО «Дом детского творчества", 2);
    assert_pages(summary, 1);
    assert_pages(report, 3);
    for printed in &docs {
        printed.assert_no_page_ends_in_a_heading();
    }
}

#[test]
fn the_kindergarten_example_prints() {
    let session = example("detskij-sad-my-vmeste.toml");
    let Some(docs) = print_all(&session, &["agenda", "attendance", "summary", "report"]) else {
        return;
    };
    let [plan, sheets, summary, report] = &docs[..] else {
        unreachable!()
    };
    assert_pages(plan, 4);
    assert_days_begin_pages(plan, 1);
    assert_pages(sheets, 1);
    assert_sheets_begin_pages(sheets, "МБДОУ «Детский сад № 15»", 1);
    assert_pages(summary, 1);
    // Five since the report became a справка (narrative, signature; issue 13): read page by page.
    assert_pages(report, 5);
    // The product's link is printed whole, inside the right margin.
    assert!(
        report.contains_unbroken("https://vk.com/ds15_my_vmeste"),
        "{}",
        report.dump()
    );
    for printed in &docs {
        printed.assert_no_page_ends_in_a_heading();
    }
}

#[test]
fn the_english_example_prints() {
    let session = example("english-game-based-learning.toml");
    let Some(docs) = print_all(&session, &["agenda", "attendance", "summary", "report"]) else {
        return;
    };
    let [plan, sheets, summary, report] = &docs[..] else {
        unreachable!()
    };
    assert_pages(plan, 3);
    assert_days_begin_pages(plan, 2);
    assert_pages(sheets, 2);
    assert_pages(summary, 1);
    assert_pages(report, 3);
    // The summary speaks English.
    let text = normalize(&summary.pages[0]);
    assert!(
        text.contains("Pros and cons") && !text.contains('№'),
        "{text}"
    );
    for printed in &docs {
        printed.assert_no_page_ends_in_a_heading();
    }
}

/// Twenty registered participants: the totals and the responsible person's line share a
/// page with the last rows of the table, and the table's header row repeats on the
/// page it continues on.
#[test]
fn a_sheet_of_twenty_keeps_its_end_with_its_table() {
    let Some(sheets) = print(&fixture("signin20.toml"), "attendance", &[]) else {
        return;
    };
    assert_sheets_begin_pages(&sheets, "МБДОУ «Детский сад № 15 «Солнышко»", 2);
    sheets.assert_no_page_ends_in_a_heading();
    for (responsible, page) in sheets
        .flow
        .iter()
        .enumerate()
        .filter(|(_, page)| page.contains("Ответственный"))
    {
        let text = normalize(page);
        // The sheet's last rows (the walk-in rows after the twenty, up to 25) are on the
        // responsible line's page: the end of the sheet never stands alone.
        assert!(
            sheets.pages[responsible].lines().any(|l| l.trim() == "25"),
            "page {}: the responsible line is apart from its table\n{}",
            responsible + 1,
            sheets.dump()
        );
        // And the name is tied to its initials.
        assert!(text.contains("Т. А. Белова"), "{text}");
    }
    let totals = sheets.page_of("Присутствовали: 17 из 20");
    assert!(totals.is_some(), "{}", sheets.dump());
    assert!(
        sheets.pages[totals.unwrap_or(1) - 1].contains("Ответственный"),
        "the totals and the responsible line are on different pages\n{}",
        sheets.dump()
    );
    // Where the sheet continues, its header row is printed again.
    for (i, page) in sheets.pages.iter().enumerate() {
        if !first_line(page).is_some_and(|l| l.starts_with("МБДОУ")) {
            let first = normalize(first_line(page).unwrap_or_default());
            assert!(
                first.starts_with("№ ФИО"),
                "page {}: no header row on a continuation page\n{}",
                i + 1,
                sheets.dump()
            );
        }
    }
}

/// The sign-in sheet for twenty fits one page per day with its totals and signature line.
#[test]
fn a_sheet_of_twenty_fits_one_page_per_day() {
    let Some(sheets) = print(
        &fixture("signin20.toml"),
        "attendance",
        &["--blank-rows", "0"],
    ) else {
        return;
    };
    assert_pages(&sheets, 2);
    assert_sheets_begin_pages(&sheets, "МБДОУ «Детский сад № 15 «Солнышко»", 2);
    for page in &sheets.pages {
        assert!(page.contains("Ответственный"), "{}", sheets.dump());
    }
}

/// A day too long for a page: each day begins a page, no heading is left at a page's foot,
/// and long addresses wrap inside their cells, whole and within the right margin.
#[test]
fn a_long_day_and_long_links_print() {
    let session = fixture("long-day.toml");
    let Some(docs) = print_all(&session, &["agenda", "report", "summary"]) else {
        return;
    };
    let [plan, report, summary] = &docs[..] else {
        unreachable!()
    };
    assert_pages(plan, 7);
    assert_days_begin_pages(plan, 3);
    assert!(
        plan.contains_unbroken(
            "https://example.org/metodicheskij-kovorking/igrovye-tehnologii-v-rabote-s-detmi-rannego-vozrasta/materialy"
        ),
        "the zone's link is cut off\n{}",
        plan.dump()
    );
    assert!(
        report.contains_unbroken(
            "https://example.org/metodicheskij-kovorking/kartoteka-sensornyh-igr-dlya-detej-rannego-vozrasta-2026.pdf"
        ),
        "the product's link is cut off\n{}",
        report.dump()
    );
    // Three days apart: «30 ноября, 2 и 4 декабря 2026 г.».
    assert!(
        normalize(&summary.pages[0]).contains("30 ноября, 2 и 4 декабря 2026 г."),
        "{}",
        summary.dump()
    );
    for printed in &docs {
        printed.assert_no_page_ends_in_a_heading();
    }
}

/// The long day's timetable repeats its header row (time and zones) on every page it
/// continues on.
#[test]
fn a_long_day_repeats_its_header_row() {
    let Some(plan) = print(&fixture("long-day.toml"), "agenda", &[]) else {
        return;
    };
    let day1 = plan.page_of("День 1").expect("day 1 is printed");
    let day2 = plan.page_of("День 2").expect("day 2 is printed");
    assert!(day2 > day1 + 1, "day 1 fits one page\n{}", plan.dump());
    for page in day1 + 1..day2 {
        let first = normalize(first_line(&plan.pages[page - 1]).unwrap_or_default());
        assert!(
            first.starts_with("Время"),
            "page {page}: the timetable's header row is not repeated\n{}",
            plan.dump()
        );
    }
}

/// A plan's day headings and its first rows stay together on page 1 or move over whole.
#[test]
fn every_day_of_a_plan_begins_a_page() {
    let Some(plan) = print(&example("grazhdansko-patrioticheskoe.toml"), "agenda", &[]) else {
        return;
    };
    for heading in day_headings(&plan) {
        assert!(plan.begins_page(heading), "{heading:?}\n{}", plan.dump());
    }
}

/// The groups and the certificates print too, once they are HTML documents.
#[test]
fn groups_and_certificates_print() {
    let session = example("detskij-sad-my-vmeste.toml");
    let Some(groups) = print(&session, "groups", &["--count", "4"]) else {
        return;
    };
    assert_pages(&groups, 1);
    groups.assert_no_page_ends_in_a_heading();
    let Some(certificates) = print(&session, "certificates", &["--all-registered"]) else {
        return;
    };
    // One A4 page for each certificate.
    let count = certificates
        .pages
        .iter()
        .filter(|p| p.matches("СЕРТИФИКАТ").count() == 1)
        .count();
    assert_eq!(count, certificates.pages.len(), "{}", certificates.dump());
}

/// Each certificate is exactly one A4 landscape page, with its name, theme and signature
/// on it; a long theme and a long organisation still fit.
#[test]
fn every_certificate_is_one_landscape_page() {
    let ru = crate::common::fixtures_dir().join("certificates/ru.toml");
    let Some(printed) = print(&ru, "certificates", &[]) else {
        return;
    };
    let names = [
        "Громова Елена Викторовна",
        "Ёлкина Дарья Андреевна",
        "Иванова Анна Петровна",
        "Ким Саша",
        "Ёлкина Дарья Андреевна",
        "Иванова Анна Петровна",
        "Петров Игорь Сергеевич",
    ];
    assert_pages(&printed, names.len());
    for (page, name) in printed.pages.iter().zip(names) {
        let text = normalize(page);
        assert_eq!(text.matches("СЕРТИФИКАТ").count(), 1, "{}", printed.dump());
        for wanted in [
            name,
            "О. В. Смирнова",
            "в объёме 6 часов",
            "Игровые технологии",
        ] {
            assert!(
                text.contains(&normalize(wanted)),
                "{wanted:?} missing:\n{page}"
            );
        }
    }
    printed.assert_no_page_ends_in_a_heading();

    // The longest a methodist writes: a theme of three lines, a long organisation and
    // position, four activities held.
    let long = std::fs::read_to_string(&ru)
        .expect("the fixture reads")
        .replace(
            "title = \"Игровые технологии в работе с дошкольниками\"",
            "title = \"Игровые технологии в образовательной деятельности дошкольной образовательной организации как средство развития познавательной активности, самостоятельности и инициативы детей старшего дошкольного возраста в условиях реализации ФОП ДО\"",
        )
        .replace(
            "organization = \"МБДОУ «Детский сад № 7 „Солнышко“»\"",
            "organization = \"Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад комбинированного вида № 7 „Солнышко“» городского округа город Липецк\"",
        );
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("long.toml");
    std::fs::write(&file, long).expect("the file is written");
    let Some(printed) = print(&file, "certificates", &[]) else {
        return;
    };
    assert_pages(&printed, names.len());
    let last = normalize(printed.pages.last().expect("pages"));
    assert!(
        last.contains("О. В. Смирнова") && last.contains("ФОП ДО"),
        "{last}"
    );

    // The shipped example with attendance: a page for each certificate the HTML holds.
    let session = example("detskij-sad-my-vmeste.toml");
    let out = Test::new()
        .file(
            "s.toml",
            std::fs::read(&session).expect("the example reads"),
        )
        .args(["certificates", "s.toml", "-o", "out.html"])
        .run();
    let sections = out
        .read("out.html")
        .matches("<section class=\"certificate ")
        .count();
    let Some(printed) = Printed::of(&out.path().join("out.html")) else {
        return;
    };
    assert!(sections > 1);
    assert_pages(&printed, sections);
    for page in &printed.pages {
        assert_eq!(page.matches("СЕРТИФИКАТ").count(), 1, "{}", printed.dump());
    }
}

/// The report: each heading on the page of its table, the signature block on the page of
/// the last section, the draft mark on the first page.
#[test]
fn the_report_keeps_its_headings_and_signature_with_what_they_head() {
    let full = crate::common::fixtures_dir()
        .join("report")
        .join("full.toml");
    let counts = crate::common::fixtures_dir()
        .join("report")
        .join("counts.toml");
    let (Some(report), Some(longer), Some(draft)) = std::thread::scope(|scope| {
        let a = scope.spawn(|| print(&full, "report", &[]));
        let b = scope.spawn(|| print(&counts, "report", &[]));
        let c = scope.spawn(|| print(&full, "report", &["--draft"]));
        let join = |h: std::thread::ScopedJoinHandle<'_, Option<Printed>>| {
            h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
        };
        (join(a), join(b), join(c))
    }) else {
        return;
    };
    assert_pages(&report, 4);
    assert_pages(&longer, 5);
    for printed in [&report, &longer] {
        printed.assert_no_page_ends_in_a_heading();
        let last = printed.pages.len();
        // The signature with the last section («Выводы» and «Рекомендации» here).
        assert_eq!(printed.page_of("Выводы"), Some(last), "{}", printed.dump());
        // A heading with the table it heads.
        for (heading, table) in [
            ("Участие", "Присутствовали хотя бы в один из дней"),
            ("По ролям", "Организаторы"),
            ("Проведённые мероприятия", "Мероприятий"),
            ("Принятые решения", "Отметка о выполнении"),
            ("Методические продукты", "Авторы"),
        ] {
            assert_eq!(
                printed.page_of(heading),
                printed.page_of(table),
                "{heading}\n{}",
                printed.dump()
            );
        }
    }
    assert!(
        report.pages[3].contains("Е. В. Громова"),
        "{}",
        report.dump()
    );
    assert!(
        normalize(&report.pages[3]).contains("10 декабря 2026 г."),
        "{}",
        report.dump()
    );
    assert_eq!(draft.page_of("ПРОЕКТ"), Some(1), "{}", draft.dump());
    assert!(
        longer.pages[4].contains("М. В. Соколова"),
        "{}",
        longer.dump()
    );
}
