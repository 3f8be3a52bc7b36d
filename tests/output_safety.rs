//! Output safety: a corpus of hostile text in every field a methodist can type, through
//! every document. HTML escapes it all and links only http(s) addresses; Markdown tables
//! keep their columns and lists their items; CSV cells are quoted and never formulas; file
//! and folder names made from a theme stay inside their folder.

mod common;

use common::Test;

/// Hostile text for every free-text field: markup, attribute breakers, links of every
/// scheme, template syntax, table and list breakers, formula starters.
const HOSTILE: &str = r#"
schema = 1

[session]
title = "<script>alert('title')</script> | \"кавычки\"\n# заголовок"
goal = "</dd><script>alert('goal')</script>"
tasks = ["<img src=x onerror=alert(1)>", "Задача | с чертой\n- и списком", "1. не пункт"]
organization = "</title><script>alert('org')</script>\n# Заголовок"
venue = "\" onmouseover=\"alert(1)"
organizer = "Соколова Марина Викторовна <b>методист</b>"
audience = "' onfocus='alert(1)"
series = "<i>Серия</i> | {{ 7*7 }}"
dates = [2026-12-03, 2026-12-04]

[zones.media-hub]
online = "javascript:alert(1)"

[zones.interactive]
online = "data:text/html,<script>alert(1)</script>"

[zones.evil]
name = "<b>Зона</b> | с чертой\nи переносом"
room = "каб. <i>5</i>"
purpose = "=HYPERLINK(\"http://evil\")"
online = "https://example.org/?q=\"><script>alert('zone')</script>"

[[participants]]
name = "<script>alert('name')</script>"
id = "xss"
position = "=1+2"
organization = "@SUM(A1)"
role = "moderator"
experience = 2

[[participants]]
name = "Иванова | Анна\nПетровна"
id = "ivanova"
position = "+7 (999) 000-00-00"
organization = "-Детский сад | №1"
role = "mentor"
experience = 12

[[participants]]
name = "Петров \"Игорь\" <b>Сергеевич</b>"
id = "petrov"
position = "\tТаб"
experience = 5

[[activities]]
title = "Открытие <script>alert(1)</script>"
format = "Семинар | практикум"
phase = "immersion"
start = 09:00
duration = 30
moderators = ["xss"]
description = "Строка | одна\n# Заголовок\n- пункт\n<script>alert('desc')</script>"
outputs = ["<u>продукт</u> | один", "продукт\nдва"]

[[activities]]
title = "Презентация \"опыта\" 'и' <b>не только</b>"
format = "{{ 7*7 }}"
phase = "presentation"
zone = "evil"
duration = 60
moderators = ["ivanova"]

[[activities]]
title = "Группы\nс переносом | и чертой"
phase = "group-work"
zone = "media-hub"
day = 2
start = 10:00
duration = 45
moderators = ["petrov"]

[[activities]]
title = "Плюсы | минусы"
phase = "discussion"
day = 2
start = 11:00
duration = 30
moderators = ["xss", "ivanova"]

[[attendance]]
day = 1
present = ["xss", "ivanova", "petrov"]
guests = 2

[[feedback]]
kind = "plus"
text = "<script>alert('plus')</script> | полезно\nочень"
activity = "Плюсы | минусы"
votes = 3

[[feedback]]
kind = "minus"
text = "=cmd|' /C calc'!A0"

[[feedback]]
kind = "interesting"
text = "- список\n1. пункт"

[[decisions]]
text = "<script>alert('decision')</script> | решить"
owner = "ivanova"
due = 2027-01-20

[[decisions]]
text = "Второе\nрешение"
owner = "Петров <b>И.</b>"

[[products]]
title = "<b>Сборник</b> | один"
kind = "сборник\nметодический"
link = "javascript:alert('product')"
authors = ["xss"]

[[products]]
title = "Второй"
link = " JAVASCRIPT:alert(1)"

[[products]]
title = "Третий"
link = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="

[[products]]
title = "Четвёртый"
link = "https://example.org/a|b"

[[products]]
title = "Пятый"
link = "https://example.org/sbornik?x=1&y=\"2\""

[[indicators]]
name = "<script>alert('ind')</script> | показатель"
value = "<b>5</b> | пять"
unit = "чел.\nи более"

[report]
summary = """
<script>alert('summary')</script> Вывод | первый.

# Не заголовок
- не список
"""
"#;

/// Every HTML document of the hostile session, by name.
fn html_documents() -> Vec<(String, String)> {
    let mut docs = Vec::new();
    let runs: &[(&str, &[&str])] = &[
        ("agenda", &["agenda", "s.toml", "--format", "html"]),
        ("attendance", &["attendance", "s.toml", "--format", "html"]),
        ("summary", &["summary", "s.toml", "--format", "html"]),
        (
            "summary by activity",
            &["summary", "s.toml", "--format", "html", "--by-activity"],
        ),
        (
            "series summary",
            &["summary", "s.toml", "t.toml", "--format", "html"],
        ),
        ("report", &["report", "s.toml", "--format", "html"]),
        (
            "anonymized report",
            &["report", "s.toml", "--format", "html", "--anonymize"],
        ),
    ];
    for (name, args) in runs {
        let out = session().args(*args).run();
        docs.push((name.to_string(), out.stdout));
    }
    docs
}

fn session() -> Test {
    Test::new().file("s.toml", HOSTILE).file(
        "t.toml",
        HOSTILE.replace("2026-12-03, 2026-12-04", "2027-02-03, 2027-02-04"),
    )
}

#[test]
fn html_escapes_everything_in_every_document() {
    for (name, html) in html_documents() {
        let lower = html.to_lowercase();
        for raw in [
            "<script",
            "<img",
            "<b>",
            "<i>",
            "<u>",
            "</title><script",
            "</dd><script",
        ] {
            assert!(!lower.contains(raw), "{name}: raw {raw} in:\n{html}");
        }
        // Attribute breakers come out as entities, so no attribute ever opens.
        assert!(!html.contains("\" onmouseover="), "{name}");
        assert!(!html.contains("' onfocus="), "{name}");
        assert!(!html.contains("{{") || html.contains("{{ 7*7 }}"), "{name}");
        assert!(
            !html.contains(">49<"),
            "{name}: template syntax was evaluated"
        );
    }
}

#[test]
fn html_links_only_web_addresses() {
    for (name, html) in html_documents() {
        let lower = html.to_lowercase();
        for scheme in ["javascript:", "data:", "vbscript:"] {
            assert!(
                !lower.contains(&format!("href=\"{scheme}"))
                    && !lower.contains(&format!("href=\" {scheme}"))
                    && !lower.contains(&format!("src=\"{scheme}")),
                "{name}: a {scheme} link in:\n{html}"
            );
        }
        for href in lower.split("href=\"").skip(1) {
            assert!(
                href.starts_with("https://") || href.starts_with("http://"),
                "{name}: a link to {:?}",
                href.split('"').next()
            );
            let target = href.split('"').next().unwrap_or_default();
            assert!(
                !target.contains('<') && !target.contains('>'),
                "{name}: {target}"
            );
        }
    }
}

/// Cells of a Markdown table row, split at the `|` that are not escaped.
fn cells(row: &str) -> usize {
    let mut count: usize = 0;
    let mut escaped = false;
    for c in row.trim().chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count.saturating_sub(1)
}

fn assert_markdown_intact(name: &str, md: &str) {
    let lines: Vec<&str> = md.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].starts_with('|') {
            let width = cells(lines[i]);
            while i < lines.len() && lines[i].starts_with('|') {
                assert!(lines[i].ends_with('|'), "{name}: cut row {:?}", lines[i]);
                assert_eq!(cells(lines[i]), width, "{name}: {:?}\n{md}", lines[i]);
                i += 1;
            }
            assert!(
                lines.get(i).is_none_or(|l| l.trim().is_empty()),
                "{name}: a cell spilled onto {:?}",
                lines.get(i)
            );
        }
        i += 1;
    }
    // Nothing from the file starts a heading, a list or a quote of its own: every line that
    // does comes from the template.
    for line in &lines {
        for hostile in [
            "# Заголовок",
            "# заголовок",
            "# Не заголовок",
            "- пункт",
            "- не список",
            "- и списком",
            "- список",
            "1. пункт",
            "1. не пункт",
            "Петровна",
            "очень",
            "переносом",
        ] {
            assert!(
                !line.starts_with(hostile),
                "{name}: a line starts with {hostile:?}:\n{md}"
            );
        }
    }
}

#[test]
fn markdown_keeps_tables_and_lists_whole_everywhere() {
    let runs: &[(&str, &[&str])] = &[
        ("agenda", &["agenda", "s.toml", "--format", "md"]),
        ("attendance", &["attendance", "s.toml", "--format", "md"]),
        (
            "groups",
            &["groups", "s.toml", "--count", "2", "--format", "md"],
        ),
        ("summary", &["summary", "s.toml", "--format", "md"]),
        (
            "summary by activity",
            &["summary", "s.toml", "--format", "md", "--by-activity"],
        ),
        (
            "series summary",
            &["summary", "s.toml", "t.toml", "--format", "md"],
        ),
        ("report", &["report", "s.toml", "--format", "md"]),
        (
            "anonymized report",
            &["report", "s.toml", "--format", "md", "--anonymize"],
        ),
    ];
    for (name, args) in runs {
        let md = session().args(*args).run().stdout;
        assert_markdown_intact(name, &md);
    }
}

#[test]
fn the_archive_index_and_documents_stay_intact() {
    let out = session().args(["archive", "s.toml", "--no-commit"]).run();
    let index = out.read("archive/README.md");
    assert_markdown_intact("archive index", &index);
    let folder = out
        .list("archive/2026")
        .into_iter()
        .next()
        .expect("a session folder");
    assert!(
        folder.starts_with("2026-12-03-")
            && folder
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
        "{folder}"
    );
    for doc in ["agenda.md", "attendance.md", "summary.md", "report.md"] {
        assert_markdown_intact(doc, &out.read(format!("archive/2026/{folder}/{doc}")));
    }
    for doc in ["agenda.html", "report.html"] {
        let html = out
            .read(format!("archive/2026/{folder}/{doc}"))
            .to_lowercase();
        assert!(!html.contains("<script"), "{doc}");
        assert!(!html.contains("href=\"javascript"), "{doc}");
    }
}

/// Rows of a semicolon-separated CSV, respecting quotes.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

#[test]
fn csv_is_quoted_and_never_a_formula() {
    let out = session()
        .args(["attendance", "s.toml", "--format", "csv"])
        .run();
    let rows = csv_rows(&out.stdout);
    let width = rows[0].len();
    for row in &rows {
        assert_eq!(row.len(), width, "{row:?}");
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
    }
    let all: Vec<&String> = rows.iter().flatten().collect();
    assert!(all.iter().any(|c| *c == "'=1+2"), "{all:?}");
    assert!(all.iter().any(|c| *c == "'@SUM(A1)"), "{all:?}");
    assert!(all.iter().any(|c| *c == "'+7 (999) 000-00-00"), "{all:?}");
    assert!(
        all.iter().any(|c| c.contains("Иванова | Анна\nПетровна")),
        "{all:?}"
    );
}

// ── file names made from a theme ─────────────────────────────────────────────────────────

const ESCAPING_TITLES: &[&str] = &[
    "../../etc/passwd",
    "..",
    ".",
    "/абсолютный/путь",
    "C:\\Windows\\System32",
    "..\\..\\выход",
    "CON",
    "NUL",
    "aux",
    "com1",
    "LPT1.txt",
    "   ",
    "«»…",
    "\u{202e}txt.exe",
    "a/../../b",
];

/// A name that cannot leave its folder or be refused by Windows.
fn assert_safe_name(name: &str) {
    assert!(!name.is_empty());
    assert!(
        name.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
        "{name}"
    );
    assert!(!name.contains(".."), "{name}");
    let stem = name.split('.').next().unwrap_or_default();
    for reserved in ["con", "prn", "aux", "nul", "com1", "lpt1"] {
        assert_ne!(stem, reserved, "{name}");
    }
}

#[test]
fn new_never_writes_outside_its_folder() {
    for title in ESCAPING_TITLES {
        let out = Test::new()
            .dir("sessions")
            .args([
                "new",
                "--title",
                &format!("Т {title}"),
                "--date",
                "2026-12-03",
                "--no-input",
            ])
            .run();
        let files = out.list("sessions");
        assert_eq!(files.len(), 1, "{title}: {files:?}");
        assert_safe_name(&files[0]);
        assert!(files[0].starts_with("2026-12-03-"), "{files:?}");
        let top: Vec<String> = out.list(".");
        assert_eq!(
            top,
            ["sessions"],
            "{title}: something was written beside it"
        );
        // A theme that is nothing but punctuation or a path still makes a name.
        let bare = Test::new()
            .dir("sessions")
            .args([
                "new",
                "--title",
                title,
                "--date",
                "2026-12-03",
                "--no-input",
            ])
            .status(if title.trim().is_empty() { 2 } else { 0 })
            .run();
        for f in bare.list("sessions") {
            assert_safe_name(&f);
        }
    }
}

#[test]
fn plan_never_writes_outside_its_folder() {
    for title in ESCAPING_TITLES.iter().filter(|t| !t.trim().is_empty()) {
        let out = Test::new()
            .args([
                "plan",
                "--start",
                "2026-10-15",
                "--count",
                "2",
                "--title",
                title,
            ])
            .run();
        let files = out.list("sessions");
        assert_eq!(files.len(), 2, "{title}: {files:?}");
        for f in &files {
            assert_safe_name(f);
        }
        assert_eq!(out.list("."), ["sessions"], "{title}");
    }
}

#[test]
fn archive_folders_never_leave_the_archive() {
    for title in ESCAPING_TITLES.iter().filter(|t| !t.trim().is_empty()) {
        let text = format!(
            "[session]\ntitle = {}\ngoal = \"Ц\"\ndates = [2026-12-03]\n\
             [[activities]]\ntitle = \"A\"\nduration = 30\n",
            toml_edit::Value::from(*title)
        );
        let out = Test::new()
            .file("s.toml", text)
            .args(["archive", "s.toml", "--no-commit"])
            .run();
        assert_eq!(out.list("."), ["archive", "s.toml"], "{title}");
        assert_eq!(
            out.list("archive"),
            [".gitattributes", "2026", "README.md"],
            "{title}"
        );
        let folders = out.list("archive/2026");
        assert_eq!(folders.len(), 1, "{title}: {folders:?}");
        assert_safe_name(&folders[0]);
    }
}
