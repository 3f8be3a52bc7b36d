//! Limits: files too big are refused by every command that reads one, and adversarial files
//! — thousands of activities in one zone, thousands of references, thousands of unknown
//! ones, thousands of zones, one huge line full of errors — are handled in near-linear time.
//!
//! The time bounds are loose (a debug build on a busy 2-core machine); what they catch is
//! quadratic behaviour, which turns these inputs from a fraction of a second into minutes.

use crate::common;

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use common::Test;
use cowork::session::diagnostic::Style;
use cowork::session::file as session_file;

/// Checks `text`, renders every diagnostic, and for a valid file every document; returns
/// the number of errors. Fails when it takes longer than `limit`.
fn timed(name: &str, text: &str, limit: Duration) -> usize {
    let started = Instant::now();
    let checked = session_file::check_text("big.toml", text.to_string())
        .unwrap_or_else(|e| panic!("{name}: not TOML: {e}"));
    let rendered = checked.render(Style::Plain);
    let errors = checked.errors();
    if errors == 0 {
        cowork::fuzz::render_everything(&checked);
    }
    let took = started.elapsed();
    assert!(
        took < limit,
        "{name}: {took:?} (limit {limit:?}) for {} KiB, {} diagnostics, {} KiB of messages",
        text.len() / 1024,
        checked.diagnostics.len(),
        rendered.len() / 1024
    );
    eprintln!(
        "{name}: {took:?}, {} KiB, {} diagnostics",
        text.len() / 1024,
        checked.diagnostics.len()
    );
    errors
}

const HEAD: &str = "[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [2026-12-03]\n";

fn participants(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let _ = write!(
            out,
            "[[participants]]\nname = \"Участникова Анна Петровна {i}\"\nid = \"p{i}\"\n"
        );
    }
    out
}

const LIMIT: Duration = Duration::from_secs(20);

#[test]
fn thousands_of_activities_in_one_zone() {
    let mut back_to_back = String::from(HEAD);
    let mut overlapping = String::from(HEAD);
    for i in 0..3000 {
        let _ = write!(
            back_to_back,
            "[[activities]]\ntitle = \"A{i}\"\nzone = \"interactive\"\nduration = 0\n"
        );
        let _ = write!(
            overlapping,
            "[[activities]]\ntitle = \"A{i}\"\nzone = \"interactive\"\nstart = 10:00\nduration = 60\n"
        );
    }
    // Zero durations are errors, 3000 of them; the overlapping ones clash 2999 times.
    assert_eq!(timed("durations", &back_to_back, LIMIT), 3000);
    assert_eq!(timed("one zone", &overlapping, LIMIT), 2999);
}

#[test]
fn thousands_of_unknown_references_against_a_thousand_names() {
    let mut text = String::from(HEAD);
    text.push_str(&participants(1000));
    for i in 0..1000 {
        let _ = write!(
            text,
            "[[activities]]\ntitle = \"A{i}\"\nstart = 09:00\nduration = 1\n\
             moderators = [\"Участникова Анна Петрвона {i}\", \"p{i}x\", \"nobody{i}\", \"Иванов {i}\", \"q{i}\"]\n"
        );
    }
    let errors = timed("unknown moderators", &text, LIMIT);
    assert!(errors >= 5000, "{errors}");
}

#[test]
fn thousands_of_valid_references() {
    let mut text = String::from(HEAD);
    text.push_str(&participants(1000));
    let everyone: Vec<String> = (0..1000).map(|i| format!("\"p{i}\"")).collect();
    let _ = write!(
        text,
        "[[activities]]\ntitle = \"Все\"\nstart = 09:00\nduration = 60\nmoderators = [{}]\n\
         [[activities]]\ntitle = \"Снова все\"\nstart = 09:30\nduration = 60\nmoderators = [{}]\n",
        everyone.join(", "),
        everyone.join(", ")
    );
    for i in 0..3000 {
        let _ = write!(
            text,
            "[[feedback]]\nkind = \"plus\"\ntext = \"Спасибо Участниковой А. П. {i}\"\nactivity = \"Все\"\n"
        );
    }
    // Everyone moderates two overlapping plenary activities: one error per person, and one
    // for the overlap itself.
    assert_eq!(timed("moderators clash", &text, LIMIT), 1001);
}

#[test]
fn thousands_of_unknown_activities_and_zones() {
    let mut text = String::from(HEAD);
    for i in 0..1000 {
        let _ = write!(
            text,
            "[[activities]]\ntitle = \"Мастер-класс номер {i}\"\nzone = \"zone-{i}\"\nstart = 09:00\nduration = 1\n"
        );
    }
    for i in 0..5000 {
        let _ = write!(
            text,
            "[[feedback]]\nkind = \"minus\"\ntext = \"т\"\nactivity = \"Мастер-клас номер {i}\"\n"
        );
    }
    let errors = timed("unknown activities", &text, LIMIT);
    assert_eq!(errors, 6000);
}

#[test]
fn thousands_of_zones_and_plenary_activities() {
    let mut text = String::from(HEAD);
    for i in 0..1400 {
        let _ = write!(
            text,
            "[zones.z{i}]\nname = \"Зона {i}\"\n[[activities]]\ntitle = \"З{i}\"\nzone = \"z{i}\"\nstart = {:02}:{:02}\nduration = 1\n",
            i / 60,
            i % 60
        );
    }
    // Every zone busy at its own minute: a grid would be 1400 × 1400 cells, so the day is
    // laid out one row per activity, each naming its zone.
    assert_eq!(timed("zones", &text, LIMIT), 0);
    let checked = session_file::check_text("zones.toml", text.clone()).expect("TOML");
    let view = cowork::view::agenda::build(
        &checked.session,
        &checked.schedule,
        None,
        Vec::new(),
        &Default::default(),
    );
    assert!(view.days[0].columns.is_empty());
    assert_eq!(view.days[0].rows.len(), 1400);
    let html = cowork::render::Renderer::new(&Default::default())
        .render("agenda.html", &view)
        .expect("the agenda renders");
    assert!(
        html.contains("Зона: Зона 1399"),
        "the zone is named in its row"
    );
    let mut clash = text.clone();
    for i in 0..1400 {
        let _ = write!(
            clash,
            "[[activities]]\ntitle = \"П{i}\"\nstart = {:02}:{:02}\nend = 23:59\n",
            i / 60,
            i % 60
        );
    }
    let errors = timed("plenary", &clash, LIMIT);
    assert!(errors >= 1400, "{errors}");
}

#[test]
fn one_huge_line_of_errors() {
    let refs: Vec<String> = (0..60_000).map(|i| format!("\"n{i}\"")).collect();
    let text = format!(
        "{HEAD}{}[[attendance]]\nday = 1\npresent = [{}]\n",
        participants(100),
        refs.join(",")
    );
    let errors = timed("one line", &text, LIMIT);
    assert_eq!(errors, 60_000);
    let dupes = format!(
        "{HEAD}[[participants]]\nname = \"А\"\n[[attendance]]\nday = 1\npresent = [{}]\n",
        vec!["\"А\""; 60_000].join(", ")
    );
    assert_eq!(timed("duplicates", &dupes, LIMIT), 59_999);
}

#[test]
fn thousands_of_unknown_keys_and_days() {
    let mut text = String::from(HEAD);
    for i in 0..5000 {
        let _ = writeln!(text, "titel{i} = 1");
    }
    let mut days = String::from("[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [2026-12-03]\n");
    for i in 0..20_000 {
        let _ = write!(days, "[[attendance]]\nday = {}\nguests = 1\n", i + 2);
    }
    assert_eq!(timed("keys", &text, LIMIT), 5000);
    assert_eq!(timed("attendance days", &days, LIMIT), 20_000);
}

// ── files that are too big ──────────────────────────────────────────────────────────────

/// A sparse file just over 4 MiB (no disk space or time needed to make it).
fn oversized(test: Test, name: &str) -> Test {
    let path = test.path().join(name);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("a folder");
    }
    let file = std::fs::File::create(&path).expect("a file");
    file.set_len(4 * 1024 * 1024 + 1).expect("a sparse file");
    test
}

#[test]
fn every_command_refuses_a_file_over_4_mib() {
    let commands: &[&[&str]] = &[
        &["check", "big.toml"],
        &["agenda", "big.toml"],
        &["attendance", "big.toml"],
        &["checkin", "big.toml", "--day", "1", "--present", "a"],
        &["groups", "big.toml", "--count", "2"],
        &["feedback", "big.toml", "--plus", "x", "--no-input"],
        &["summary", "big.toml"],
        &["report", "big.toml"],
        &["archive", "big.toml", "--no-commit"],
        &[
            "new",
            "--from",
            "big.toml",
            "--title",
            "T",
            "--date",
            "2027-01-01",
            "--no-input",
        ],
    ];
    for args in commands {
        let out = oversized(Test::new(), "big.toml")
            .args(*args)
            .status(1)
            .run();
        assert!(
            out.stderr.contains("не больше 4 МиБ"),
            "{args:?}:\n{}",
            out.stderr
        );
    }
}

#[test]
fn an_oversized_cowork_toml_is_refused() {
    let out = oversized(Test::new(), "cowork.toml")
        .file(
            "s.toml",
            format!("{HEAD}[[activities]]\ntitle = \"A\"\nduration = 5\n"),
        )
        .args(["agenda", "s.toml"])
        .status(1)
        .run();
    assert!(out.stderr.contains("cowork.toml"), "{}", out.stderr);
    assert!(out.stderr.contains("не больше 4 МиБ"), "{}", out.stderr);
}

#[test]
fn an_oversized_template_is_refused() {
    let out = oversized(Test::new(), "templates/agenda.md")
        .file(
            "s.toml",
            format!("{HEAD}[[activities]]\ntitle = \"A\"\nduration = 5\n"),
        )
        .args(["agenda", "s.toml", "--format", "md"])
        .status(1)
        .run();
    assert!(out.stderr.contains("agenda.md"), "{}", out.stderr);
    assert!(out.stderr.contains("не больше 4 МиБ"), "{}", out.stderr);
}

#[test]
fn an_oversized_sibling_of_a_series_is_passed_over() {
    let session = "[session]\ntitle = \"Т\"\ngoal = \"Ц\"\nseries = \"С\"\ndates = [2026-12-03]\n\
                   [[activities]]\ntitle = \"A\"\nduration = 5\n";
    oversized(Test::new(), "sessions/2026-01-01-big.toml")
        .file("sessions/s.toml", session)
        .args(["agenda", "sessions/s.toml", "--format", "md"])
        .stdout_contains("# План проведения")
        .run();
}

#[test]
fn an_oversized_copy_in_the_archive_is_passed_over() {
    let session = format!("{HEAD}[[activities]]\ntitle = \"A\"\nduration = 5\n");
    let out = oversized(Test::new(), "archive/2025/2025-01-01-big/session.toml")
        .file("s.toml", session)
        .args(["archive", "s.toml", "--no-commit"])
        .run();
    assert!(out.stderr.contains("session.toml"), "{}", out.stderr);
    assert!(out.read("archive/README.md").contains("2025-01-01-big"));
}

#[test]
fn a_session_of_more_than_a_year_is_an_error() {
    let dates: Vec<String> = (0..400)
        .map(|i| {
            (chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(i))
                .to_string()
        })
        .collect();
    let text = format!(
        "[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [{}]\n{}",
        dates.join(", "),
        participants(1000)
    );
    assert_eq!(timed("days", &text, LIMIT), 1);
}

/// Big files keep every span at its place in the file, and numbering goes on to the end.
#[test]
fn big_files_keep_their_places() {
    let mut text =
        String::from("schema = 1\n[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [2026-12-03]\n");
    text.push_str("[zones.far]\nname = \"Далёкая\"\n");
    for i in 0..3000 {
        let zone = if i % 500 == 499 {
            "nowhere"
        } else {
            "interactive"
        };
        let _ = write!(
            text,
            "# comment [[not a header]]\n[[activities]]\ntitle = \"Мероприятие {i}\"\nzone = \"{zone}\"\n\
             start = 09:00\nend = 09:01\nday = 1\ndescription = \"\"\"\n[[activities]]\n\"\"\"\n\
             outputs = [\n  [\"nested\"],\n]\n"
        );
    }
    assert!(text.len() > 4 * 64 * 1024);
    let checked = session_file::check_text("big.toml", text.clone()).expect("TOML");
    let unknown: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.message.starts_with("неизвестная зона"))
        .collect();
    assert_eq!(unknown.len(), 6);
    for d in &unknown {
        assert_eq!(&text[d.span.clone()], "\"nowhere\"");
    }
    let outputs: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("элементы `outputs`"))
        .collect();
    assert_eq!(outputs.len(), 3000, "one per activity");
    assert!(
        outputs
            .iter()
            .any(|d| d.message.contains("[[activities]] № 3000"))
    );
    for d in outputs {
        assert_eq!(&text[d.span.clone()], "[\"nested\"]");
    }
    assert_eq!(checked.session.activities.len(), 3000);
}

/// One activity in zone `a` and `count` participants: a filler that takes a file past
/// 64 KiB (and that the parser used to cut into pieces).
fn activities(count: usize) -> String {
    format!(
        "[[activities]]\ntitle = \"Мероприятие\"\nzone = \"a\"\nduration = 30\n{}",
        participants(count)
    )
}

/// `[zones]` and, far below it, `[zones.x]` is valid TOML: the file passes `check` whatever
/// its size (it used to fail over 64 KiB with "`zones` is written twice").
#[test]
fn zones_and_a_later_dotted_zone_pass_check_at_any_size() {
    for count in [1, 3000] {
        let text = format!(
            "{HEAD}[zones]\na = {{ name = \"Первая\" }}\n{}[zones.x]\nname = \"Вторая\"\n",
            activities(count)
        );
        assert_eq!(text.len() > 64 * 1024, count > 1);
        let out = Test::new()
            .file("s.toml", &text)
            .args(["check", "s.toml"])
            .run();
        assert!(!out.stderr.contains("twice"), "{count}: {}", out.stderr);
    }
}

/// The errors `check` finds in a file, in file order.
fn errors(text: &str) -> Vec<String> {
    let checked = session_file::check_text("s.toml", text.to_string()).expect("TOML");
    checked
        .diagnostics
        .into_iter()
        .filter(|d| d.is_error())
        .map(|d| d.message)
        .collect()
}

/// `[session.extra]` is one error, the same whether the file is small or big and whether it
/// comes right after `[session]` or far below.
#[test]
fn a_session_subtable_gives_the_same_error_at_any_size() {
    let extra = "[session.extra]\nx = 1\n";
    for count in [1, 3000] {
        let zone = "[zones.a]\nname = \"А\"\n";
        let below = format!("{HEAD}{zone}{}{extra}", activities(count));
        let near = format!("{HEAD}{extra}{zone}{}", activities(count));
        for text in [below, near] {
            assert_eq!(
                errors(&text),
                ["неизвестный ключ `extra` в [session]"],
                "{count} activities"
            );
        }
    }
}

/// A table or a key given twice is a TOML error at the second one, however far apart.
#[test]
fn a_table_given_twice_is_an_error_at_any_size() {
    for count in [1, 3000] {
        for twice in ["[zones.a]\n", "[session]\ntitle = \"Снова\"\n"] {
            let text = format!("schema = 1\n{HEAD}[zones.a]\n{}{twice}", activities(count));
            let at = text.len() - twice.len();
            let error = cowork::session::load::parse(&text).expect_err("not TOML");
            assert!(
                error.span.start >= at,
                "{twice}: {:?} before {at}",
                error.span
            );
            assert!(
                error.message.contains("неверная запись TOML"),
                "{}",
                error.message
            );
        }
    }
}

#[test]
fn a_syntax_error_far_down_points_at_its_place() {
    let mut text = String::from(HEAD);
    for i in 0..3000 {
        let _ = write!(
            text,
            "[[feedback]]\nkind = \"plus\"\ntext = \"Пункт {i}\"\n"
        );
    }
    let at = text.len();
    text.push_str("[[feedback]]\nkind = plus\n");
    let error = cowork::session::load::parse(&text).expect_err("not TOML");
    assert!(error.span.start >= at, "{:?} before {at}", error.span);
    assert!(
        error.message.contains("неверная запись TOML"),
        "{}",
        error.message
    );
}

#[test]
fn list_marks_an_oversized_file_and_goes_on() {
    let session = format!("{HEAD}[[activities]]\ntitle = \"A\"\nduration = 5\n");
    oversized(Test::new(), "sessions/2026-01-01-big.toml")
        .file("sessions/2026-12-03-t.toml", session)
        .args(["list"])
        .stdout_contains("sessions/2026-12-03-t.toml")
        .stdout_contains("sessions/2026-01-01-big.toml")
        .run();
}
