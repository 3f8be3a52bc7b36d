//! Output safety: a corpus of hostile text in every field a methodist can type, through
//! every document. HTML escapes it all and links only http(s) addresses; Markdown tables
//! keep their columns and lists their items; CSV cells are quoted and never formulas; file
//! and folder names made from a theme stay inside their folder.

use crate::common;

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

// ── escape sequences: terminal tables, txt and Markdown ──────────────────────────────────

/// What a hostile file puts in every string, as a TOML escape: clear the screen, retitle the
/// window (OSC … BEL), colours, the C1 CSI, a bidi override and isolate, HTML and a
/// javascript: link.
const PAYLOAD: &str = "\\u001B[2J\\u001B]0;pwned\\u0007\\u001B[31mкрасный\\u001B[0m\\u009B31m\\u202Eэвон\\u2066\
                       <script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))";

/// A session whose every free-text field carries [`PAYLOAD`] (written `{P}`), and some a line
/// break that would start a fake line of its own.
const TERMINAL: &str = r#"
schema = 1

[session]
title = "Тема {P}\nФальшивая строка"
goal = "Цель {P}"
tasks = ["Задача {P}", "Вторая\nФальшивая задача"]
organization = "Организация {P}"
venue = "Место {P}"
organizer = "Организатор {P}"
audience = "Аудитория {P}"
series = "Серия {P}"
dates = [2026-12-03, 2026-12-04]

[zones.media-hub]
name = "Медиа {P}"
room = "каб. {P}"
purpose = "Назначение {P}"
online = "javascript:alert(1)"

[zones.interactive]
name = "Интерактив {P}"
online = "https://example.org/{P}"

[[participants]]
name = "Иванова Анна {P}"
id = "ivanova"
position = "Воспитатель {P}"
organization = "Детский сад {P}"
role = "moderator"
experience = 2

[[participants]]
name = "Петров Игорь {P}\nФальшивый участник"
id = "petrov"
position = "Методист {P}"
organization = "Школа {P}"
role = "mentor"
experience = 12

[[participants]]
name = "Сидорова Мария {P}"
id = "sidorova"
experience = 5

[[participants]]
name = "Кузнецова Ольга {P}"
id = "kuznetsova"

[[activities]]
title = "Открытие {P}"
format = "Семинар {P}"
phase = "immersion"
start = 09:00
duration = 30
moderators = ["ivanova"]
description = "Описание {P}\nФальшивое описание"
outputs = ["Продукт {P}", "Второй\nФальшивый продукт"]

[[activities]]
title = "Мастер-класс {P}"
format = "Практикум {P}"
phase = "presentation"
zone = "media-hub"
duration = 60
moderators = ["petrov"]

[[activities]]
title = "Группы {P}"
phase = "group-work"
zone = "interactive"
day = 2
start = 10:00
duration = 45
moderators = ["sidorova"]

[[activities]]
title = "Плюсы и минусы {P}"
phase = "discussion"
day = 2
start = 11:00
duration = 30
moderators = ["ivanova", "petrov"]

[[attendance]]
day = 1
present = ["ivanova", "petrov", "sidorova"]
guests = 1

[[feedback]]
kind = "plus"
text = "Плюс {P}\nФальшивый плюс"
activity = "Открытие {P}"
votes = 3

[[feedback]]
kind = "minus"
text = "Минус {P}"
activity = "Мастер-класс {P}"

[[feedback]]
kind = "interesting"
text = "Интересно {P}"

[[decisions]]
text = "Решение {P}\nФальшивое решение"
owner = "ivanova"
due = 2027-01-20

[[decisions]]
text = "Второе решение {P}"
owner = "Ответственный {P}"

[[products]]
title = "Сборник {P}"
kind = "Вид {P}"
link = "javascript:alert('product')"
authors = ["ivanova"]

[[products]]
title = "Второй {P}"
link = " JaVaScRiPt:alert(1)"

[[products]]
title = "Третий {P}"
link = "java\tscript:alert(1)"

[[products]]
title = "Четвёртый {P}"
link = "https://example.org/{P}"

[[products]]
title = "Пятый {P}"
link = "[x](javascript:alert(1))"

[[indicators]]
name = "Показатель {P}"
value = "Значение {P}"
unit = "ед. {P}"

[report]
summary = """
Вывод {P}
Фальшивый вывод

Второй абзац {P}
"""
"#;

fn terminal_corpus() -> String {
    TERMINAL.replace("{P}", PAYLOAD)
}

/// The corpus as `s.toml`, and an earlier session of its series, `t.toml`, whose open
/// decisions the agenda and the report carry over.
fn terminal_session() -> Test {
    let text = terminal_corpus();
    Test::new().file("s.toml", &text).file(
        "t.toml",
        text.replace("2026-12-03, 2026-12-04", "2026-11-03, 2026-11-04"),
    )
}

/// The characters a terminal would obey: C0 but the line break, DEL, C1, bidi controls.
fn raw_control(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
    })
}

fn assert_no_raw_control(name: &str, text: &str) {
    if let Some(c) = raw_control(text) {
        panic!("{name}: a raw {c:?} in:\n{}", text.escape_debug());
    }
}

/// Every terminal table and txt document of the corpus, by name.
const TERMINAL_RUNS: &[(&str, &[&str])] = &[
    ("agenda table", &["agenda", "s.toml", "--format", "table"]),
    (
        "agenda day 2 table",
        &["agenda", "s.toml", "--format", "table", "--day", "2"],
    ),
    ("agenda txt", &["agenda", "s.toml", "--format", "txt"]),
    (
        "attendance table",
        &["attendance", "s.toml", "--format", "table"],
    ),
    (
        "groups table",
        &["groups", "s.toml", "--count", "2", "--format", "table"],
    ),
    ("summary table", &["summary", "s.toml", "--format", "table"]),
    (
        "summary by activity table",
        &["summary", "s.toml", "--format", "table", "--by-activity"],
    ),
    (
        "series summary table",
        &["summary", "t.toml", "s.toml", "--format", "table"],
    ),
    ("report txt", &["report", "s.toml", "--format", "txt"]),
    (
        "anonymized report txt",
        &["report", "s.toml", "--format", "txt", "--anonymize"],
    ),
    ("list", &["list", "."]),
];

/// Every Markdown document of the corpus, by name.
const MARKDOWN_RUNS: &[(&str, &[&str])] = &[
    ("agenda md", &["agenda", "s.toml", "--format", "md"]),
    ("attendance md", &["attendance", "s.toml", "--format", "md"]),
    (
        "groups md",
        &["groups", "s.toml", "--count", "2", "--format", "md"],
    ),
    ("summary md", &["summary", "s.toml", "--format", "md"]),
    (
        "summary by activity md",
        &["summary", "s.toml", "--format", "md", "--by-activity"],
    ),
    (
        "series summary md",
        &["summary", "t.toml", "s.toml", "--format", "md"],
    ),
    ("report md", &["report", "s.toml", "--format", "md"]),
    (
        "anonymized report md",
        &["report", "s.toml", "--format", "md", "--anonymize"],
    ),
];

#[test]
fn terminal_tables_and_txt_show_escape_sequences_as_text() {
    for (name, args) in TERMINAL_RUNS {
        let out = terminal_session().args(*args).run();
        assert_no_raw_control(name, &out.stdout);
        assert_no_raw_control(&format!("{name} (stderr)"), &out.stderr);
        // Shown, not dropped: the methodist sees that something odd is in her file.
        assert!(out.stdout.contains("␛[2J"), "{name}:\n{}", out.stdout);
        assert!(out.stdout.contains("␛]0;pwned␇"), "{name}:\n{}", out.stdout);
        assert!(out.stdout.contains("\\u009B31m"), "{name}:\n{}", out.stdout);
        assert!(
            out.stdout.contains("\\u202Eэвон\\u2066"),
            "{name}:\n{}",
            out.stdout
        );
    }
}

#[test]
fn a_line_break_in_a_value_starts_no_line_in_txt() {
    for (name, args) in TERMINAL_RUNS.iter().filter(|(n, _)| n.ends_with("txt")) {
        let out = terminal_session().args(*args).run();
        for line in out.stdout.lines() {
            assert!(
                !line.trim_start().starts_with("Фальшив"),
                "{name}: a value started a line of its own: {line:?}\n{}",
                out.stdout
            );
        }
        assert!(out.stdout.contains("Фальшив"), "{name}: shown on its line");
    }
}

#[test]
fn markdown_shows_escape_sequences_and_no_html_or_script_links() {
    let mut docs: Vec<(String, String)> = MARKDOWN_RUNS
        .iter()
        .map(|(name, args)| {
            (
                name.to_string(),
                terminal_session().args(*args).run().stdout,
            )
        })
        .collect();
    let archived = terminal_session()
        .args(["archive", "s.toml", "--no-commit"])
        .run();
    docs.push(("archive index".into(), archived.read("archive/README.md")));
    let folder = archived
        .list("archive/2026")
        .into_iter()
        .find(|f| f.starts_with("2026-12-03"))
        .expect("the session's folder");
    for doc in ["agenda.md", "attendance.md", "summary.md", "report.md"] {
        docs.push((
            format!("archived {doc}"),
            archived.read(format!("archive/2026/{folder}/{doc}")),
        ));
    }
    for (name, md) in &docs {
        assert_no_raw_control(name, md);
        let lower = md.to_lowercase();
        for raw in [
            "<script",
            "<img",
            "](javascript:",
            "<javascript:",
            "]( javascript:",
        ] {
            assert!(!lower.contains(raw), "{name}: {raw} in:\n{md}");
        }
        assert!(md.contains("␛[2J"), "{name}:\n{md}");
        assert!(
            md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{name}:\n{md}"
        );
        // Every link left is a web address the template made.
        for target in md.split("](").skip(1) {
            let target = target.split(')').next().unwrap_or_default().to_lowercase();
            assert!(
                target.starts_with("http://")
                    || target.starts_with("https://")
                    || target.starts_with("mailto:")
                    || (name == "archive index" && !target.contains(':')),
                "{name}: a link to {target:?}"
            );
        }
    }
}

#[test]
fn markdown_and_html_link_only_web_and_mail_addresses() {
    let report = terminal_session()
        .args(["report", "s.toml", "--format", "md"])
        .run()
        .stdout;
    // The product links that are not web addresses are text; none is an autolink.
    for autolink in report.split('<').skip(1) {
        let lower = autolink.to_lowercase();
        assert!(
            lower.starts_with("br>")
                || lower.starts_with("https://")
                || lower.starts_with("http://"),
            "an autolink to {:?}",
            autolink.split('>').next()
        );
    }
    assert!(report.contains("javascript:alert('product')"), "{report}");
    for format in ["html"] {
        for command in ["agenda", "report"] {
            let html = terminal_session()
                .args([command, "s.toml", "--format", format])
                .run()
                .stdout;
            for href in html.split("href=\"").skip(1) {
                let lower = href.to_lowercase();
                assert!(
                    lower.starts_with("https://") || lower.starts_with("http://"),
                    "{command}: a link to {:?}",
                    href.split('"').next()
                );
            }
        }
    }
}

#[test]
fn check_shows_escape_sequences_in_its_lines_and_hints() {
    // An unknown activity close to a hostile title: the hint quotes the title.
    let text = terminal_corpus().replace(
        "activity = \"Мастер-класс {P}\""
            .replace("{P}", PAYLOAD)
            .as_str(),
        &"activity = \"Мастер-клас {P}\"".replace("{P}", PAYLOAD),
    );
    let out = Test::new()
        .file("s.toml", text)
        .args(["check", "s.toml"])
        .status(1)
        .run();
    assert_no_raw_control("check", &out.stderr);
    assert!(out.stderr.contains("подсказка:"), "{}", out.stderr);
    assert!(out.stderr.contains("␛[2J"), "{}", out.stderr);
    assert!(out.stderr.contains("\\u009B31m"), "{}", out.stderr);
}

#[test]
fn a_line_break_in_a_quoted_value_starts_no_line_in_check() {
    let text = terminal_corpus().replace(
        "[[feedback]]\nkind = \"interesting\"",
        "[[feedback]]\nkind = \"interesting\"\nactivity = \"Нет такого\\nФальшивая строка\"",
    );
    let out = Test::new()
        .file("s.toml", text)
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains("Нет такого Фальшивая строка")
        .run();
    for line in out.stderr.lines() {
        assert!(!line.starts_with("Фальшив"), "{}", out.stderr);
    }
}

#[test]
fn check_shows_raw_control_characters_in_the_source_line() {
    // Raw characters in the file itself: TOML refuses them, and check shows the line.
    let out = Test::new()
        .file(
            "s.toml",
            "schema = 1\n[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [2026-12-03]\n\
             titel = \"\u{9b}31m\u{202e}x\" # \u{1b}[2J\n\
             [[activities]]\ntitle = \"A\"\nduration = 30\n",
        )
        .args(["check", "s.toml"])
        .status(1)
        .run();
    assert_no_raw_control("check", &out.stderr);
    assert!(out.stderr.contains("\\u009B31m\\u202Ex"), "{}", out.stderr);
    assert!(out.stderr.contains("# ␛[2J"), "{}", out.stderr);
}

#[test]
fn checkin_close_matches_show_escape_sequences() {
    let out = terminal_session()
        .args(["checkin", "s.toml", "--day", "1", "--present", "Иванов"])
        .status(1)
        .run();
    assert_no_raw_control("checkin", &out.stderr);
    assert!(out.stderr.contains("похожие:"), "{}", out.stderr);
    assert!(out.stderr.contains("␛[2J"), "{}", out.stderr);
}

// ── prompts on a pseudo-terminal ─────────────────────────────────────────────────────────

/// rexpect reads the terminal one byte per char; this is how UTF-8 text looks to it.
#[cfg(unix)]
fn as_seen(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// A prompt of `args` on a pseudo-terminal in a folder holding the corpus as `s.toml`.
#[cfg(unix)]
fn prompt(args: &[&str]) -> (tempfile::TempDir, rexpect::session::PtySession) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("s.toml"), terminal_corpus()).expect("the corpus");
    let mut cmd = std::process::Command::new(common::cowork_bin());
    cmd.current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args(args);
    let p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("cowork on a pty");
    (dir, p)
}

/// What the terminal received holds the hostile names shown, none of their sequences.
#[cfg(unix)]
fn assert_shown_not_obeyed(name: &str, seen: &str) {
    for raw in [
        "\u{1b}]0;pwned",
        "\u{1b}[31mкрасный",
        "\u{9b}31m",
        "\u{202e}эвон",
        "\u{2066}",
    ] {
        assert!(
            !seen.contains(&as_seen(raw)),
            "{name}: a raw {raw:?} in {seen:?}"
        );
    }
    assert!(seen.contains(&as_seen("␛]0;pwned␇")), "{name}: {seen:?}");
}

#[cfg(unix)]
#[test]
fn the_checkin_checklist_shows_escape_sequences_as_text() {
    let (_dir, mut p) = prompt(&["checkin", "s.toml", "--day", "1"]);
    let mut seen = p.exp_string(&as_seen("Кто пришёл")).expect("the checklist");
    seen += &p
        .exp_string(&as_seen("Кузнецова Ольга"))
        .expect("the names");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send("q").expect("a key");
    p.flush().expect("a key");
    seen += &p.exp_eof().expect("the end");
    assert_shown_not_obeyed("checkin", &seen);
}

#[cfg(unix)]
#[test]
fn the_feedback_activity_list_shows_escape_sequences_as_text() {
    let press = |p: &mut rexpect::session::PtySession, keys: &str| {
        std::thread::sleep(std::time::Duration::from_millis(150));
        p.send(keys).expect("a key");
        p.flush().expect("a key");
    };
    let (_dir, mut p) = prompt(&["feedback", "s.toml"]);
    p.exp_string(&as_seen("Что записать")).expect("the kind");
    press(&mut p, "\r");
    p.exp_string(&as_seen("Текст")).expect("the text");
    press(&mut p, "Полезно\r");
    p.exp_string(&as_seen("Сколько голосов"))
        .expect("the votes");
    press(&mut p, "\r");
    let mut seen = p
        .exp_string(&as_seen("К какому мероприятию"))
        .expect("the activities");
    seen += &p.exp_string(&as_seen("Открытие")).expect("a title");
    std::thread::sleep(std::time::Duration::from_millis(300));
    press(&mut p, "\r");
    seen += &p
        .exp_string(&as_seen("Что записать"))
        .expect("the next point");
    press(&mut p, "\r");
    p.exp_string(&as_seen("Текст")).expect("the text");
    press(&mut p, "\r");
    seen += &p.exp_eof().expect("the end");
    assert_shown_not_obeyed("feedback", &seen);
}

#[cfg(unix)]
#[test]
fn a_suggested_answer_from_an_earlier_session_shows_escape_sequences_as_text() {
    let (_dir, mut p) = prompt(&["new", "--from", "s.toml", "-o", "out"]);
    let seen = p
        .exp_string(&as_seen("Тема коворкинга"))
        .expect("the theme, with the earlier one suggested");
    p.send_control('c').expect("Ctrl+C");
    let _ = p.exp_eof();
    assert!(seen.contains(&as_seen("Предлагается")), "{seen:?}");
    assert_shown_not_obeyed("new --from", &seen);
}

#[test]
fn error_messages_show_escape_sequences_from_the_file_as_text() {
    // A usage error whose hint quotes a title from the file (and the mistyped one).
    let raw = PAYLOAD
        .replace("\\u001B", "\u{1b}")
        .replace("\\u0007", "\u{7}")
        .replace("\\u009B", "\u{9b}")
        .replace("\\u202E", "\u{202e}")
        .replace("\\u2066", "\u{2066}");
    let typo = format!("Открыте {raw}");
    let out = terminal_session()
        .args([
            "feedback",
            "s.toml",
            "--plus",
            "Полезно",
            "--activity",
            &typo,
        ])
        .status(2)
        .stderr_contains("возможно, вы имели в виду")
        .run();
    assert_no_raw_control("feedback --activity", &out.stderr);
    assert!(out.stderr.contains("␛[2J"), "{}", out.stderr);
    // An input error whose message quotes a name from the file.
    let out = terminal_session()
        .args([
            "checkin",
            "s.toml",
            "--day",
            "1",
            "--present",
            "ivanova",
            "--excused",
            "ivanova",
        ])
        .status(1)
        .stderr_contains("указан и в --present, и в --excused")
        .run();
    assert_no_raw_control("checkin --present --excused", &out.stderr);
    assert!(out.stderr.contains("␛[2J"), "{}", out.stderr);
}

/// The confirmation lines of edits and the `plan` table show what came from the user as text.
#[test]
fn confirmations_and_the_plan_table_show_escape_sequences_as_text() {
    let raw = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}";
    let out = terminal_session()
        .args(["feedback", "s.toml", "--plus", raw])
        .run();
    assert_no_raw_control("feedback confirmation", &out.stderr);
    assert!(out.stderr.contains("␛[2J"), "{}", out.stderr);
    let out = Test::new()
        .args([
            "plan",
            "--start",
            "2026-09-17",
            "--count",
            "2",
            "--series",
            raw,
            "--dry-run",
        ])
        .run();
    assert_no_raw_control("plan table", &out.stdout);
    assert_no_raw_control("plan (stderr)", &out.stderr);
}
