//! `cowork agenda`: the printed plan in every format and language, day selection, output
//! files, user templates, and escaping of whatever the session file says.

use crate::common;

use common::{Output, Test, fixture_text};

/// `cowork agenda <fixture> [extra...]` with `tests/fixtures/agenda/<name>.toml` as `s.toml`.
fn agenda(name: &str) -> Test {
    Test::new()
        .fixture_as(&format!("agenda/{name}.toml"), "s.toml")
        .args(["agenda", "s.toml"])
}

// ── every format, in Russian and in English ─────────────────────────────────────────────

macro_rules! format_snapshots {
    ($($test:ident: $fixture:literal, $format:literal;)*) => {
        $(
            #[test]
            fn $test() {
                agenda($fixture)
                    .args(["--format", $format])
                    .stderr("")
                    .stdout_snapshot(stringify!($test))
                    .run();
            }
        )*
    };
}

format_snapshots! {
    ru_table: "ru", "table";
    ru_md: "ru", "md";
    ru_html: "ru", "html";
    ru_txt: "ru", "txt";
    ru_json: "ru", "json";
    en_table: "en", "table";
    en_md: "en", "md";
    en_html: "en", "html";
    en_txt: "en", "txt";
    en_json: "en", "json";
}

#[test]
fn russian_documents_read_as_russian() {
    let out = agenda("ru").args(["--format", "md"]).run();
    for expected in [
        "# План проведения методического коворкинга",
        "**Тема:** «Игровые технологии в образовательной деятельности ДОО»",
        "**Сроки проведения:** 3–4\u{a0}декабря\u{a0}2026\u{a0}г.",
        "## День 1 — 3\u{a0}декабря\u{a0}2026\u{a0}г., четверг",
        "| Время | Интерактивная | Презентационная | Медиа-хаб | Игротека |",
        "(все зоны)",
        "Мастер-класс «Играем вместе»",
    ] {
        assert!(
            out.stdout.contains(expected),
            "{expected:?} not in:\n{}",
            out.stdout
        );
    }
}

#[test]
fn english_documents_read_as_english() {
    let out = agenda("en").args(["--format", "md"]).run();
    for expected in [
        "# Teachers' co-working session programme",
        "**Topic:** “Play-based learning in preschool”",
        "**Dates:** 1–2\u{a0}March\u{a0}2027",
        "## Day 1 — Monday 1\u{a0}March\u{a0}2027",
        "(all zones)",
    ] {
        assert!(
            out.stdout.contains(expected),
            "{expected:?} not in:\n{}",
            out.stdout
        );
    }
    assert!(!out.stdout.contains("День"), "{}", out.stdout);
}

#[test]
fn zones_side_by_side_with_plenary_rows_across() {
    let out = agenda("ru").args(["--format", "html"]).run();
    // Day 1 has four zones in parallel: plenary rows span all four columns.
    assert!(out.stdout.contains("<td class=\"plenary\" colspan=\"4\">"));
    // The media hub's long activity (09:30–11:30) spans the three rows that start meanwhile.
    assert!(out.stdout.contains("rowspan=\"3\""), "{}", out.stdout);
}

#[test]
fn the_terminal_table_marks_plenary_items_after_their_title() {
    // "(all zones)" qualifies the activity, not the moderator listed under it.
    let out = agenda("en").args(["--format", "table"]).run();
    assert!(
        out.stdout
            .contains("Briefing “Welcome and warm-up” (all zones)"),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("Anna Ivanova (all zones)"),
        "{}",
        out.stdout
    );
}

#[test]
fn the_bundled_example_renders_in_every_format() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join("grazhdansko-patrioticheskoe.toml");
    let text = std::fs::read_to_string(example).expect("the example exists");
    for format in ["table", "md", "html", "txt", "json"] {
        let out = Test::new()
            .file("example.toml", &text)
            .args(["agenda", "example.toml", "--format", format])
            .stderr("")
            .run();
        assert!(out.stdout.contains("2026"), "{format}: {}", out.stdout);
    }
}

// ── --day ───────────────────────────────────────────────────────────────────────────────

#[test]
fn day_selects_one_day() {
    let out = agenda("ru")
        .args(["--format", "md", "--day", "2"])
        .stdout_snapshot("ru_md_day_2")
        .run();
    assert!(
        out.stdout
            .contains("## День 2 — 4\u{a0}декабря\u{a0}2026\u{a0}г., пятница")
    );
    assert!(!out.stdout.contains("## День 1"), "{}", out.stdout);
}

#[test]
fn day_in_json() {
    let out = agenda("en").args(["--format", "json", "--day", "1"]).run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    let days = doc["days"].as_array().expect("days");
    assert_eq!(days.len(), 1);
    assert_eq!(days[0]["day"], 1);
    assert_eq!(days[0]["date"], "2027-03-01");
}

#[test]
fn day_beyond_the_session_is_a_usage_error() {
    agenda("ru")
        .args(["--day", "3"])
        .status(2)
        .stdout("")
        .stderr("ошибка: --day 3: в коворкинге всего 2 дня\n")
        .run();
    agenda("ru")
        .args(["--day", "3"])
        .env("COWORK_LANG", "en")
        .status(2)
        .stdout("")
        .stderr("error: --day 3: the session has 2 days\n")
        .run();
}

#[test]
fn day_zero_is_a_usage_error() {
    agenda("ru")
        .args(["--day", "0"])
        .status(2)
        .stdout("")
        .stderr_contains("--day")
        .run();
}

#[test]
fn a_day_without_activities_says_so() {
    let text = fixture_text("check/ok.toml")
        .replace("dates = [2026-12-03]", "dates = [2026-12-03, 2026-12-04]");
    for (format, expected) in [
        (
            "md",
            "## День 2 — 4\u{a0}декабря\u{a0}2026\u{a0}г., пятница\n\nМероприятия не запланированы.\n",
        ),
        (
            "txt",
            "ДЕНЬ 2 — 4\u{a0}декабря\u{a0}2026\u{a0}г., пятница\n\nМероприятия не запланированы.\n",
        ),
        (
            "table",
            "День 2 — 4\u{a0}декабря\u{a0}2026\u{a0}г., пятница\nМероприятия не запланированы\n",
        ),
        (
            "html",
            "<p class=\"empty\">Мероприятия не запланированы.</p>",
        ),
    ] {
        Test::new()
            .file("s.toml", &text)
            .args(["agenda", "s.toml", "--day", "2", "--format", format])
            .stdout_contains(expected)
            .stderr_contains("не последний этап последнего дня")
            .run();
    }
}

// ── where the document goes ─────────────────────────────────────────────────────────────

#[test]
fn without_a_terminal_the_default_format_is_markdown() {
    let md = agenda("ru").args(["--format", "md"]).run();
    agenda("ru").stdout(md.stdout).run();
}

#[test]
fn output_writes_the_file_and_its_extension_picks_the_format() {
    for (file, format) in [
        ("plan.html", "html"),
        ("plan.HTM", "html"),
        ("plan.txt", "txt"),
        ("plan.json", "json"),
        ("plan.md", "md"),
        ("plan.MD", "md"),
    ] {
        let expected = agenda("ru").args(["--format", format]).run().stdout;
        let out = agenda("ru").args(["-o", file]).stdout("").stderr("").run();
        assert_eq!(out.read(file), expected, "-o {file}");
        let mut expected_files = vec![file, "s.toml"];
        expected_files.sort_unstable();
        assert_eq!(out.list("."), expected_files, "no temporary files left");
    }
}

#[test]
fn an_explicit_format_against_the_extension_is_refused() {
    // Nothing is written in a format other than the one its name says (issue 14).
    let out = agenda("en")
        .args(["--format", "html", "--output", "plan.txt"])
        .status(2)
        .stderr_contains("--format html и -o plan.txt противоречат друг другу")
        .run();
    assert!(!out.exists("plan.txt"));
    let html = agenda("en").args(["--format", "html"]).run().stdout;
    let out = agenda("en")
        .args(["--format", "html", "--output", "plan"])
        .run();
    assert_eq!(
        out.read("plan"),
        html,
        "a name without an extension takes --format"
    );
}

#[test]
fn output_replaces_an_existing_file() {
    let out = agenda("en")
        .file("plan.md", "old plan\n")
        .args(["-o", "plan.md"])
        .run();
    assert!(
        out.read("plan.md")
            .starts_with("# Teachers' co-working session programme")
    );
}

#[test]
fn output_into_a_missing_folder_fails_cleanly() {
    agenda("en")
        .args(["-o", "no/such/folder/plan.md"])
        .status(1)
        .stdout("")
        .stderr_contains("не удалось записать no/such/folder/plan.md")
        .run();
}

#[test]
fn output_onto_a_folder_fails_cleanly() {
    let out = agenda("en")
        .dir("plans.md")
        .args(["-o", "plans.md"])
        .status(1)
        .stdout("")
        .stderr_contains("не удалось записать plans.md: это папка")
        .run();
    assert!(
        out.list("plans.md").is_empty(),
        "no temporary file left behind"
    );
    assert_eq!(out.list("."), ["plans.md", "s.toml"]);
}

// ── user templates ──────────────────────────────────────────────────────────────────────

#[test]
fn templates_in_the_current_folder_override_the_built_in_ones() {
    agenda("ru")
        .file(
            "templates/agenda.md",
            "Свой шаблон: {{ header.title_quoted }}, {{ days | length }} дн.\n",
        )
        .stdout("Свой шаблон: «Игровые технологии в образовательной деятельности ДОО», 2 дн.\n")
        .run();
}

#[test]
fn an_override_replaces_only_its_own_file() {
    let html = agenda("ru").args(["--format", "html"]).run().stdout;
    agenda("ru")
        .file("templates/agenda.md", "custom\n")
        .args(["--format", "html"])
        .stdout(html)
        .run();
}

#[test]
fn templates_option_names_the_folder() {
    agenda("en")
        .file(
            "my-templates/agenda.txt",
            "{{ header.title }} / {{ labels.day }}\n",
        )
        .file(
            "templates/agenda.txt",
            "the ./templates folder is not used\n",
        )
        .args(["--format", "txt", "--templates", "my-templates"])
        .stdout("Play-based learning in preschool / Day\n")
        .run();
}

#[test]
fn templates_option_may_come_before_the_command() {
    Test::new()
        .fixture_as("agenda/en.toml", "s.toml")
        .file("t/agenda.md", "before: {{ header.language }}\n")
        .args(["--templates", "t", "agenda", "s.toml"])
        .stdout("before: en\n")
        .run();
}

#[test]
fn a_style_override_reaches_the_html() {
    let out = agenda("en")
        .file("templates/style.css", "body { color: #123456; }\n")
        .args(["--format", "html"])
        .run();
    assert!(out.stdout.contains("body { color: #123456; }"));
    assert!(
        !out.stdout.contains("@media print"),
        "the built-in style is replaced"
    );
}

#[test]
fn a_user_template_extends_base_html_and_includes_a_partial_of_its_own() {
    let out = agenda("en")
        .file(
            "templates/agenda.html",
            "{% extends \"base.html\" %}\n\
             {% block title %}Ours: {{ header.title }}{% endblock title %}\n\
             {% block body %}{% include \"parts/footer.html\" %}{% endblock body %}\n",
        )
        .file(
            "templates/parts/footer.html",
            "<footer>{{ labels.day }} · {{ days | length }}</footer>\n",
        )
        .args(["--format", "html"])
        .run();
    assert!(
        out.stdout.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Ours: Play-based learning in preschool</title>"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("@media print"), "the built-in style");
    assert!(
        out.stdout
            .ends_with("<body>\n<footer>Day · 2</footer>\n</body>\n</html>\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_user_base_html_reaches_every_built_in_html_document() {
    let base = "<!-- наш бланк -->\n{% block title %}{% endblock title %}|{% block style %}{% endblock style %}|{% block body %}{% endblock body %}";
    agenda("en")
        .file("templates/base.html", base)
        .args(["--format", "html"])
        .stdout_contains(
            "<!-- наш бланк -->\nTeachers&#39; co-working session programme: Play-based",
        )
        .stdout_lacks("<!DOCTYPE html>")
        .run();
    Test::new()
        .fixture_as("agenda/en.toml", "s.toml")
        .file("templates/base.html", base)
        .args(["report", "s.toml", "--format", "html"])
        .stdout_contains("<!-- наш бланк -->")
        .run();
}

#[test]
fn a_user_template_extends_the_built_in_one_it_replaces() {
    let html = agenda("en").args(["--format", "html"]).run().stdout;
    let out = agenda("en")
        .file(
            "templates/agenda.html",
            "{% extends \"builtin/agenda.html\" %}{% block title %}Наш план{% endblock title %}",
        )
        .args(["--format", "html"])
        .run();
    let title = "<title>Teachers&#39; co-working session programme: Play-based learning in preschool</title>";
    assert!(html.contains(title));
    assert_eq!(out.stdout, html.replace(title, "<title>Наш план</title>"));
}

#[test]
fn templates_that_extend_each_other_in_a_circle_are_an_error() {
    agenda("en")
        .file("templates/agenda.md", "{% extends \"agenda.md\" %}")
        .status(1)
        .stdout("")
        .stderr_contains("по кругу расширяют или подключают друг друга: agenda.md → agenda.md")
        .stderr_contains("builtin/agenda.html")
        .run();
}

#[test]
fn a_broken_partial_of_the_users_names_its_path_and_a_hint_that_fits() {
    agenda("en")
        .file("templates/agenda.md", "{% include \"mine.md\" %}")
        .file("templates/mine.md", "{{ oops \n")
        .status(1)
        .stderr_contains("шаблон templates/mine.md содержит ошибку")
        .stderr_lacks("use the built-in one")
        .run();
}

#[test]
fn an_unused_file_in_the_templates_folder_is_left_alone() {
    let md = agenda("en").args(["--format", "md"]).run().stdout;
    agenda("en")
        .file("templates/logo.png", [0x89u8, b'P', b'N', b'G', 0xFF, 0xFE])
        .file("templates/draft.md", "{% broken")
        .args(["--format", "md"])
        .stdout(md)
        .run();
}

#[test]
fn a_missing_templates_folder_is_a_usage_error() {
    agenda("en")
        .args(["--templates", "nowhere"])
        .status(2)
        .stdout("")
        .stderr(
            "ошибка: --templates nowhere: такой папки нет\n  = подсказка: укажите существующую папку с шаблонами или создайте её: cowork templates --dump ПАПКА\n",
        )
        .run();
}

#[test]
fn a_broken_template_names_its_path_and_line() {
    let out = agenda("en")
        .file(
            "templates/agenda.md",
            "# {{ header.title }}\n\n{% for day in days %}\n{{ day.number \n{% endfor %}\n",
        )
        .status(1)
        .stdout("")
        .stderr_contains("шаблон templates/agenda.md содержит ошибку")
        .stderr_contains("agenda.md:5:")
        .stderr_snapshot("broken_template")
        .run();
    assert!(!out.stderr.contains("panicked"));
}

#[test]
fn a_template_that_fails_to_render_names_its_path_and_line() {
    agenda("en")
        .file(
            "templates/agenda.html",
            "<p>\n{{ header.title }}\n{{ header.no_such_field }}\n</p>\n",
        )
        .args(["--format", "html"])
        .status(1)
        .stdout("")
        .stderr_contains("не удалось сформировать документ по шаблону templates/agenda.html")
        .stderr_contains("agenda.html:3:")
        .stderr_snapshot("template_render_error")
        .run();
}

#[test]
fn a_template_that_is_not_utf8_fails_cleanly() {
    agenda("en")
        .file("templates/agenda.md", [0xD2u8, 0xE5, 0xEC, 0xE0, b'\n'])
        .status(1)
        .stdout("")
        .stderr_contains("templates/agenda.md")
        .run();
}

// ── hostile input ───────────────────────────────────────────────────────────────────────

/// The agenda of the injection fixture in one format.
fn injection(format: &str) -> Output {
    // Nothing on stderr but the warnings about line breaks written into one-line texts.
    agenda("injection")
        .args(["--format", format])
        .stderr_contains(
            "предупреждение: в `name` есть управляющий символ: U+000A (перевод строки)",
        )
        .stderr_lacks("error")
        .run()
}

#[test]
fn html_escapes_everything_from_the_session_file() {
    let html = injection("html").stdout;
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "raw <script> in:\n{html}");
    for tag in ["<img", "<b>", "<i>", "<u>", "</title><", "</dd><"] {
        assert!(!lower.contains(tag), "raw {tag} in:\n{html}");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Игры &quot;в кавычках&quot; и &#39;апострофах&#39; &gt;"));
    assert!(html.contains("&quot; onmouseover=&quot;alert(1)"));
    assert!(html.contains("Петров &quot;Игорь&quot; &lt;b&gt;Сергеевич&lt;/b&gt;"));
}

#[test]
fn html_keeps_only_web_links_and_escapes_them() {
    let html = injection("html").stdout;
    let hrefs: Vec<&str> = html
        .split("href=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default())
        .collect();
    assert_eq!(
        hrefs,
        ["https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"],
        "only the http(s) link becomes a link, and it cannot leave its attribute"
    );
    let lower = html.to_lowercase();
    assert!(!lower.contains("href=\"javascript") && !lower.contains("href=\" javascript"));
    // The javascript: "links" are shown as text.
    assert!(html.contains("<td>javascript:alert(1)</td>"));
}

#[test]
fn template_syntax_in_the_input_is_printed_literally() {
    for format in ["html", "md", "txt"] {
        let out = injection(format).stdout;
        assert!(out.contains("{{ 7*7 }}"), "{format}:\n{out}");
        assert!(
            out.contains("{% raw %}сырой{% endraw %}"),
            "{format}:\n{out}"
        );
        assert!(
            !out.contains("49"),
            "{format}: the input was evaluated:\n{out}"
        );
    }
}

#[test]
fn json_carries_the_input_unchanged() {
    let out = injection("json");
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    assert_eq!(
        doc["session"]["title"],
        "<script>alert(1)</script> Игры \"в кавычках\" и 'апострофах' > {{ 7*7 }} {% raw %}сырой{% endraw %}"
    );
    assert_eq!(
        doc["days"][0]["activities"][2]["title"],
        "Строка один\nСтрока два | три"
    );
}

/// Cells of a Markdown table row, split at the `|` that are not escaped.
fn markdown_cells(row: &str) -> usize {
    let mut cells: usize = 0;
    let mut escaped = false;
    for c in row.trim().chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => cells += 1,
            _ => escaped = false,
        }
    }
    cells.saturating_sub(1)
}

/// Every table of a Markdown document: its rows, each as (line number, text).
fn markdown_tables(md: &str) -> Vec<Vec<(usize, &str)>> {
    let mut tables = Vec::new();
    let mut current: Vec<(usize, &str)> = Vec::new();
    for (i, line) in md.lines().enumerate() {
        if line.starts_with('|') {
            current.push((i + 1, line));
        } else if !current.is_empty() {
            tables.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        tables.push(current);
    }
    tables
}

#[test]
fn markdown_tables_survive_pipes_and_line_breaks() {
    let md = injection("md").stdout;
    let tables = markdown_tables(&md);
    assert_eq!(tables.len(), 2, "the day and the zones:\n{md}");
    for table in &tables {
        let (_, header) = table[0];
        let width = markdown_cells(header);
        assert!(table[1].1.starts_with("|---"), "{md}");
        for &(line, row) in table {
            assert!(row.ends_with('|'), "line {line} is cut: {row:?}\n{md}");
            assert_eq!(markdown_cells(row), width, "line {line}: {row:?}\n{md}");
        }
        // The line after a table is blank: no cell spilled onto the next line.
        let after = md
            .lines()
            .nth(table.last().map_or(0, |r| r.0))
            .unwrap_or("");
        assert!(after.trim().is_empty(), "after the table: {after:?}\n{md}");
    }
    assert!(md.contains("Семинар \\| практикум"));
    assert!(md.contains("«Строка один<br>Строка два \\| три»"));
    assert!(md.contains("строка 1<br>строка 2 \\| столбец"));
}

#[test]
fn markdown_tables_of_the_regular_fixtures_are_well_formed() {
    for fixture in ["ru", "en"] {
        let md = agenda(fixture).args(["--format", "md"]).run().stdout;
        for table in markdown_tables(&md) {
            let width = markdown_cells(table[0].1);
            for &(line, row) in &table {
                assert_eq!(markdown_cells(row), width, "{fixture} line {line}: {row:?}");
            }
        }
    }
}

#[test]
fn the_terminal_table_shows_hostile_text_as_text() {
    let out = injection("table").stdout;
    assert!(out.contains("{{ 7*7 }}"));
    assert!(
        !out.contains('\u{1b}'),
        "no escape sequences without a terminal"
    );
}

// ── validation comes first ──────────────────────────────────────────────────────────────

#[test]
fn a_session_with_warnings_still_renders() {
    let out = Test::new()
        .fixture("check/phase_without_moderator.toml")
        .args(["agenda", "phase_without_moderator.toml", "--format", "md"])
        .stderr_contains("предупреждение: у «Мастер-класс «Играем вместе»» нет модератора")
        .stderr_contains("phase_without_moderator.toml:27:9")
        .stdout_contains("# План проведения методического коворкинга")
        .run();
    assert!(!out.stderr.contains("error"), "{}", out.stderr);
}

#[test]
fn warnings_go_to_stderr_even_when_writing_a_file() {
    let out = Test::new()
        .fixture("check/missing_goal.toml")
        .args(["agenda", "missing_goal.toml", "-o", "plan.html"])
        .stdout("")
        .stderr_contains("предупреждение: у сессии не указана цель")
        .run();
    assert!(out.read("plan.html").starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_session_with_errors_renders_nothing() {
    Test::new()
        .fixture("check/zone_overlap.toml")
        .args(["agenda", "zone_overlap.toml"])
        .status(1)
        .stdout("")
        .stderr_snapshot("session_with_errors")
        .run();
}

#[test]
fn a_session_with_errors_writes_no_file() {
    let out = Test::new()
        .fixture("check/zone_overlap.toml")
        .args(["agenda", "zone_overlap.toml", "-o", "plan.html"])
        .status(1)
        .stdout("")
        .stderr_contains("в zone_overlap.toml 1 ошибка")
        .run();
    assert!(!out.exists("plan.html"));
}

#[test]
fn a_file_that_is_not_toml_renders_nothing() {
    Test::new()
        .file("s.toml", "[session\n")
        .args(["agenda", "s.toml"])
        .status(1)
        .stdout("")
        .stderr_contains("s.toml:1:")
        .stderr_contains("неверная запись TOML")
        .run();
}

#[test]
fn a_missing_file() {
    Test::new()
        .args(["agenda", "nowhere.toml"])
        .status(1)
        .stdout("")
        .stderr_contains("не удалось открыть nowhere.toml: такого файла нет")
        .run();
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    agenda("en")
        .args(["--format", "rtf"])
        .status(2)
        .stdout("")
        .stderr_contains("rtf")
        .run();
}

// ── the plan's layout and words (issue 13) ──────────────────────────────────────────────

#[test]
fn every_format_puts_the_days_before_the_zones_and_the_stages() {
    for format in ["md", "txt", "html"] {
        let out = agenda("doors")
            .args(["--format", format])
            .run()
            .stdout
            .to_lowercase();
        let at = |needle: &str| {
            out.find(needle)
                .unwrap_or_else(|| panic!("{format}: {needle:?} not in:\n{out}"))
        };
        let tasks = at("разработать банк цифровых игр");
        let day_1 = at("день 1 —");
        let day_2 = at("день 2 —");
        let zones = at("коворкинг-зоны");
        let phases = at("этапы методического коворкинга");
        assert!(
            tasks < day_1 && day_1 < day_2 && day_2 < zones && zones < phases,
            "{format}"
        );
    }
}

#[test]
fn html_days_have_a_header_row_that_repeats_and_equal_zone_columns() {
    let out = agenda("doors").args(["--format", "html"]).run().stdout;
    assert!(
        out.contains("table.timetable { table-layout: fixed; }"),
        "{out}"
    );
    assert!(
        out.contains(
            "<colgroup><col class=\"time\"><col><col><col></colgroup>\n<thead><tr><th>Время</th>"
        ),
        "{out}"
    );
    // Every day is a section of its own (a page each in print); the heading comes first.
    assert_eq!(out.matches("<section class=\"day\">\n<h2>День ").count(), 2);
    assert!(out.contains(".day h2 { margin-top: 0; break-after: avoid;"));
    // Zones and stages come after the last day.
    assert!(
        out.find("<section class=\"plan-after zones\">") > out.rfind("<section class=\"day\">")
    );
}

#[test]
fn one_moderator_is_a_moderator_and_several_are_moderators() {
    for format in ["md", "txt"] {
        let out = agenda("doors").args(["--format", format]).run().stdout;
        assert!(
            out.contains("Модератор: Фролова Ирина Викторовна"),
            "{format}: {out}"
        );
        assert!(
            out.contains("Модераторы: Белов Павел Андреевич, Соколова Елена Павловна"),
            "{format}: {out}"
        );
        assert!(
            !out.contains("Модераторы: Фролова Ирина Викторовна\n"),
            "{format}: {out}"
        );
    }
}

#[test]
fn zone_purposes_never_restate_the_room() {
    let out = agenda("doors").args(["--format", "md"]).run().stdout;
    // A built-in zone in a room of the file's own has no built-in purpose; in its usual
    // room it keeps it; a purpose that starts with its room loses the room.
    assert!(
        out.contains("| Интерактивная | музыкальный зал |  |"),
        "{out}"
    );
    assert!(
        out.contains("| Презентационная | творческая мастерская | мастер-классы, презентация педагогического опыта |"),
        "{out}"
    );
    assert!(
        out.contains("| Зона IT-технологий | компьютерный класс | робототехника, интерактивная доска, цифровые игры |"),
        "{out}"
    );
    assert!(!out.contains("конференц-зал"), "{out}");
}

#[test]
fn stages_fold_to_one_line_each() {
    let out = agenda("doors").args(["--format", "md"]).run().stdout;
    assert!(
        out.contains("3. **Работа в группах по применению и адаптации методики**: день 1 — «Банк цифровых игр», «Сценарий занятия с интерактивной доской», «Программируем робота»; день 2 — «Цифровая среда: что взять в работу»\n"),
        "{out}"
    );
}

#[test]
fn the_terminal_table_draws_plenary_items_across_every_zone() {
    let out = agenda("doors").args(["--format", "table"]).run().stdout;
    let line = out
        .lines()
        .find(|l| l.contains("Обед (все зоны)"))
        .unwrap_or_else(|| panic!("{out}"));
    // Only the time column's separator: no zone column cuts through it.
    assert_eq!(line.matches('┆').count(), 1, "{line}");
    assert!(
        line.starts_with("│ 11:30–12:15 ┆ Обед (все зоны)"),
        "{line}"
    );
    let width = |l: &str| l.chars().count();
    let top = out.lines().find(|l| l.starts_with('┌')).expect("a table");
    assert_eq!(width(line), width(top), "{out}");
    // A parallel row still has a column per zone.
    assert!(
        out.lines()
            .any(|l| l.starts_with("│ 09:30") && l.matches('┆').count() == 3)
    );
}

#[test]
fn an_english_plan_reads_as_english() {
    let out = agenda("en").args(["--format", "md"]).run().stdout;
    for wrong in [
        "Methodical",
        "Theme",
        "Tasks",
        "methodical products",
        "«",
        "»",
    ] {
        assert!(!out.contains(wrong), "{wrong:?} in:\n{out}");
    }
    let title = fixture_text("agenda/en.toml").replace(
        "title = \"Play-based learning in preschool\"",
        "title = \"«Play» in preschool\"",
    );
    Test::new()
        .file("s.toml", &title)
        .args(["agenda", "s.toml", "--format", "md"])
        .stdout_contains("**Topic:** “Play” in preschool")
        .stdout_lacks("«")
        .run();
}

// ── the door schedule: agenda --zone ─────────────────────────────────────────────────────

#[test]
fn door_md() {
    agenda("doors")
        .args(["--zone", "it", "--format", "md"])
        .stderr("")
        .stdout_snapshot("door_md")
        .run();
}

#[test]
fn door_txt() {
    agenda("doors")
        .args(["--zone", "interactive", "--format", "txt"])
        .stderr("")
        .stdout_snapshot("door_txt")
        .run();
}

#[test]
fn door_html_is_a_page_per_day_with_the_zone_large() {
    let out = agenda("doors")
        .args(["--zone", "Интерактивная", "--format", "html"])
        .run()
        .stdout;
    assert_eq!(
        out.matches("<section class=\"door-page\">").count(),
        2,
        "{out}"
    );
    assert!(
        out.contains("<h1>Коворкинг-зона «Интерактивная»</h1>"),
        "{out}"
    );
    assert!(
        out.contains("<div class=\"door-room\">музыкальный зал</div>"),
        "{out}"
    );
    assert!(
        out.contains("<tr class=\"plenary\"><td class=\"time\">09:00–09:30</td>"),
        "{out}"
    );
    assert!(
        out.contains("<span class=\"all\">для всех зон</span>"),
        "{out}"
    );
    // Another zone's activities are not on this door.
    assert!(!out.contains("Робототехника"), "{out}");
}

#[test]
fn a_zone_is_found_by_its_name_in_any_case_and_a_custom_name_is_not_doubled() {
    let by_id = agenda("doors")
        .args(["--zone", "it", "--format", "md"])
        .run()
        .stdout;
    let by_name = agenda("doors")
        .args(["--zone", "зона it-технологий", "--format", "md"])
        .run()
        .stdout;
    assert_eq!(by_id, by_name);
    assert!(by_id.contains("\n# Зона IT-технологий\n"), "{by_id}");
    assert!(!by_id.contains("Коворкинг-зона «Зона"), "{by_id}");
}

#[test]
fn a_door_schedule_of_one_day() {
    let out = agenda("doors")
        .args(["--zone", "presentation", "--day", "2", "--format", "md"])
        .run()
        .stdout;
    assert!(
        out.contains("## 11\u{a0}декабря\u{a0}2026\u{a0}г., пятница"),
        "{out}"
    );
    assert!(!out.contains("10 декабря"), "{out}");
    // Nothing of the zone's own that day: it says so, and shows the plenary items.
    assert!(
        out.contains("В этот день в зоне нет своих мероприятий."),
        "{out}"
    );
    assert!(out.contains("**«Плюсы и минусы»**"), "{out}");
}

#[test]
fn an_unknown_zone_is_a_usage_error_that_lists_the_zones() {
    agenda("doors")
        .args(["--zone", "спортзал"])
        .status(2)
        .stdout("")
        .stderr(
            "ошибка: --zone «спортзал»: такой коворкинг-зоны нет. Зоны коворкинга: \
             Интерактивная (interactive), Презентационная (presentation), \
             Зона IT-технологий (it)\n",
        )
        .run();
    agenda("doors")
        .args(["--zone", "it", "--format", "json"])
        .status(2)
        .stdout("")
        .stderr_contains("--zone")
        .run();
}

#[test]
fn an_english_door_schedule() {
    agenda("en")
        .args(["--zone", "presentation", "--format", "md"])
        .stdout_contains("# Presentation zone\n")
        .stdout_contains("## Monday 1\u{a0}March\u{a0}2027\n")
        .stdout_contains("(for all zones)")
        .stdout_lacks("«")
        .run();
}

#[test]
fn a_users_door_template_replaces_the_built_in_one() {
    agenda("doors")
        .file(
            "templates/door.md",
            "{% for p in pages %}{{ p.zone.title }} {{ p.number }}\n{% endfor %}",
        )
        .args(["--zone", "it", "--format", "md"])
        .stdout("Зона IT-технологий 1\nЗона IT-технологий 2\n")
        .run();
}

// ── the «УТВЕРЖДАЮ» and «СОГЛАСОВАНО» blocks, breaks ────────────────────────────────────

#[test]
fn the_plan_carries_its_approval_and_agreement() {
    agenda("approval")
        .args(["--format", "md"])
        .stdout_snapshot("approval_md")
        .run();
    let html = agenda("approval").args(["--format", "html"]).run().stdout;
    // «СОГЛАСОВАНО» on the left, «УТВЕРЖДАЮ» on the right, before the organisation's name.
    let agreed = html
        .find("<td class=\"agreed\">")
        .expect("the agreed block");
    let approved = html
        .find("<td class=\"approved\">")
        .expect("the approval block");
    let organization = html
        .find("<div class=\"organization\">")
        .expect("the organisation");
    assert!(agreed < approved && approved < organization, "{html}");
    assert!(
        html.contains("<div class=\"word\">УТВЕРЖДАЮ</div>"),
        "{html}"
    );
    assert!(html.contains("Приказ №\u{a0}45 от 20.11.2026"), "{html}");
    // No date given for the approval: a line to write it in by hand.
    assert!(html.contains("«___» ____________ 20___ г."), "{html}");
    assert!(html.contains("18\u{a0}ноября\u{a0}2026\u{a0}г."), "{html}");
    let txt = agenda("approval").args(["--format", "txt"]).run().stdout;
    assert!(
        txt.starts_with("СОГЛАСОВАНО\nПедагогический совет\n"),
        "{txt}"
    );
}

#[test]
fn a_break_prints_as_a_plenary_row_without_phase_or_moderator() {
    let html = agenda("approval").args(["--format", "html"]).run().stdout;
    let row = html
        .lines()
        .find(|l| l.contains("Обед"))
        .expect("the break is printed");
    assert!(row.contains("class=\"plenary break\""), "{row}");
    assert!(
        !row.contains("Громова") && !row.contains("class=\"phase\""),
        "{row}"
    );
}

#[test]
fn without_approval_the_plan_has_no_signature_blocks() {
    let html = agenda("ru").args(["--format", "html"]).run().stdout;
    // (The style sheet names the blocks; the page has none.)
    assert!(!html.contains("<table class=\"signatures\">"), "{html}");
    assert!(!html.contains("<div class=\"word\">"), "{html}");
}
