//! The error paths of every command, run in Russian (the default): no English sentence may
//! reach the methodist. Names from the input, paths, flags, TOML keys in backticks and
//! commands to type stay as they are; everything else must be Russian.

use crate::common::{self, Test};

/// The words of a message that are not prose: quoted or backticked spans, paths, flags,
/// `key = value` examples and identifiers taken from the input.
fn prose(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (None, '`' | '"' | '«' | '\'') => quote = Some(if c == '«' { '»' } else { c }),
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    out
}

/// Three or more Latin words in a row, once the non-prose is taken out: an English sentence.
pub(crate) fn english_run(text: &str) -> Option<String> {
    for line in text.lines() {
        // The source lines of a diagnostic (`3 | title = …`) quote the file.
        let trimmed = line.trim_start();
        // Output of another program (git) is shown indented, as it printed it.
        if line.starts_with("    ") && !trimmed.starts_with('=') {
            continue;
        }
        if trimmed
            .split_once('|')
            .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()))
            || trimmed.starts_with("-->")
        {
            continue;
        }
        let mut run: Vec<&str> = Vec::new();
        let prose = prose(line);
        // A comma ends a run: «table, md, html» is a list of values, not a sentence.
        for word in prose.split(|c: char| c.is_whitespace() || ".;:()[]!?".contains(c)) {
            if word.ends_with(',') {
                run.clear();
                continue;
            }
            // `cowork` starts a command line (`cowork participants export --help`).
            let latin = word.len() > 1
                && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
                && !word.starts_with('-')
                && word != "cowork";
            if latin {
                run.push(word);
                if run.len() >= 3 {
                    return Some(format!("{:?} in: {line}", run.join(" ")));
                }
            } else if !word.is_empty() {
                run.clear();
            }
        }
    }
    None
}

#[test]
fn the_detector_finds_english_and_spares_names_and_code() {
    assert!(english_run("ошибка: cannot open s.toml: no such file").is_some());
    assert!(english_run("ошибка: в `[session]` нет `title`").is_none());
    assert!(english_run("подсказка: добавьте dates = [2026-12-03]").is_none());
    assert!(english_run("  3 | title = \"Game based learning today\"").is_none());
}

/// Every command on a bad input, in Russian.
#[test]
fn no_english_sentence_on_any_error_path() {
    let broken = common::fixture_text("check/unknown_participant.toml");
    let cases: Vec<(&str, i32, Vec<&str>)> = vec![
        (
            "unknown argument",
            2,
            vec!["agenda", "s.toml", "--frobnicate"],
        ),
        ("missing value", 2, vec!["agenda", "s.toml", "--day"]),
        (
            "invalid value",
            2,
            vec!["agenda", "s.toml", "--format", "docx2"],
        ),
        (
            "number out of range",
            2,
            vec!["groups", "s.toml", "--count", "0"],
        ),
        ("unknown command", 2, vec!["agendaa"]),
        ("missing file", 1, vec!["agenda", "нет.toml"]),
        ("check a broken file", 1, vec!["check", "broken.toml"]),
        ("agenda of a broken file", 1, vec!["agenda", "broken.toml"]),
        ("day beyond", 2, vec!["agenda", "s.toml", "--day", "9"]),
        (
            "unknown zone",
            2,
            vec!["agenda", "s.toml", "--zone", "нет-такой"],
        ),
        (
            "door schedule as json",
            2,
            vec![
                "agenda",
                "s.toml",
                "--zone",
                "interactive",
                "--format",
                "json",
            ],
        ),
        (
            "attendance day beyond",
            2,
            vec!["attendance", "s.toml", "--day", "9"],
        ),
        (
            "too many groups",
            2,
            vec!["groups", "s.toml", "--count", "999"],
        ),
        (
            "checkin unknown",
            1,
            vec![
                "checkin",
                "s.toml",
                "--day",
                "1",
                "--present",
                "Никто Никтович",
            ],
        ),
        (
            "feedback no text",
            2,
            vec!["feedback", "s.toml", "--no-input"],
        ),
        ("new without flags", 2, vec!["new", "--no-input"]),
        (
            "summary by activity of two",
            2,
            vec!["summary", "s.toml", "broken.toml", "--by-activity"],
        ),
        (
            "-o with an extension the plan has not",
            2,
            vec!["agenda", "s.toml", "-o", "plan.doc"],
        ),
        (
            "-o without an extension",
            2,
            vec!["agenda", "s.toml", "-o", "plan"],
        ),
        (
            "--format against -o",
            2,
            vec!["agenda", "s.toml", "--format", "md", "-o", "plan.html"],
        ),
        (
            "pdf with a browser that is not there",
            1,
            vec![
                "agenda",
                "s.toml",
                "-o",
                "plan.pdf",
                "--browser",
                "/нет/chromium",
            ],
        ),
        (
            "pdf with printing off",
            1,
            vec!["report", "s.toml", "-o", "r.pdf"],
        ),
        (
            "report into the input",
            1,
            vec!["report", "s.toml", "-o", "s.toml"],
        ),
        (
            "templates folder missing",
            2,
            vec!["agenda", "s.toml", "--templates", "нет"],
        ),
        ("list of a missing folder", 1, vec!["list", "нет"]),
        (
            "serve a broken file",
            1,
            vec!["serve", "broken.toml", "--port", "0"],
        ),
        (
            "serve a missing file",
            1,
            vec!["serve", "нет.toml", "--port", "0"],
        ),
        (
            "serve a port too big",
            2,
            vec!["serve", "s.toml", "--port", "70000"],
        ),
        ("archive outside git", 1, vec!["archive", "s.toml"]),
        (
            "feedback on a missing file",
            1,
            vec!["feedback", "нет.toml", "--plus", "Хорошо"],
        ),
        (
            "checkin on a missing file",
            1,
            vec!["checkin", "нет.toml", "--day", "1", "--present", "x"],
        ),
        ("groups none recorded", 2, vec!["groups", "s.toml"]),
        (
            "groups write without a count",
            2,
            vec!["groups", "s.toml", "--write"],
        ),
        (
            "groups regroup with a count",
            2,
            vec!["groups", "s.toml", "--regroup", "-n", "2"],
        ),
        (
            "groups of a broken file",
            1,
            vec!["groups", "broken.toml", "--count", "2"],
        ),
        (
            "plan with an impossible start",
            2,
            vec!["plan", "--start", "2026-13-01", "--no-input"],
        ),
        (
            "new with a bad date",
            2,
            vec!["new", "--title", "Т", "--date", "31.02.2027", "--no-input"],
        ),
        (
            "templates dump twice",
            2,
            vec!["templates", "--dump", "t", "--force", "--force"],
        ),
        (
            "summary of a broken file",
            1,
            vec!["summary", "broken.toml"],
        ),
        ("report of a broken file", 1, vec!["report", "broken.toml"]),
        (
            "attendance with too many blank rows",
            2,
            vec!["attendance", "s.toml", "--blank-rows", "9999"],
        ),
        (
            "list as a workbook over a session file",
            1,
            vec!["list", ".", "--format", "xlsx", "-o", "s.toml"],
        ),
    ];
    let mut found = Vec::new();
    for (what, status, args) in cases {
        let out = Test::new()
            .fixture_as("commented.toml", "s.toml")
            .file("broken.toml", &broken)
            .args(&args)
            .status(status)
            .run();
        if let Some(run) = english_run(&out.stderr) {
            found.push(format!("{what} (cowork {}): {run}", args.join(" ")));
        }
    }
    assert!(
        found.is_empty(),
        "English on the Russian error paths:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_english_sentence_on_the_error_paths_of_format_1_1() {
    let mut found = Vec::new();
    for rule in [
        "hours_not_positive",
        "approval_missing_name",
        "approval_unknown_key",
        "report_bad_date",
        "report_author_ambiguous",
        "break_with_phase",
    ] {
        for command in ["check", "agenda", "report"] {
            let file = format!("{rule}.toml");
            let out = Test::new()
                .fixture(&format!("check/{file}"))
                .args([command, file.as_str()])
                .status(if rule == "break_with_phase" { 0 } else { 1 })
                .run();
            if let Some(run) = english_run(&out.stderr) {
                found.push(format!("cowork {command} {file}: {run}"));
            }
        }
    }
    // A broken [approval] or [agreed] in cowork.toml.
    for config in [
        "[approval]\nposition = \"Заведующий\"\nnmae = \"О. В. Смирнова\"\n",
        "[agreed]\nname = \"Протокол № 1\"\ndate = \"в ноябре\"\n",
        // A broken [calendar]: a reversed range, a number, a misspelt key.
        "[calendar]\nholidays = [\"2027-01-08..2026-12-28\", 5]\nworkday = [2026-11-07]\n",
    ] {
        let out = Test::new()
            .fixture_as("commented.toml", "s.toml")
            .file("cowork.toml", config)
            .args(["agenda", "s.toml", "--format", "json"])
            .status(1)
            .run();
        if let Some(run) = english_run(&out.stderr) {
            found.push(format!("cowork.toml {config:?}: {run}"));
        }
    }
    assert!(
        found.is_empty(),
        "English on the Russian error paths:\n{}",
        found.join("\n")
    );
}

/// Calendars (issue 15): an unknown time zone in a session file or in `cowork.toml`, an
/// empty `uid`, a file left out of the folder's calendar.
#[test]
fn no_english_sentence_on_the_error_paths_of_calendars() {
    let mut found = Vec::new();
    for rule in ["unknown_timezone", "timezone_town", "empty_uid"] {
        let file = format!("{rule}.toml");
        for args in [
            vec!["check", file.as_str()],
            vec!["agenda", file.as_str(), "--format", "ics"],
            vec!["list", ".", "--format", "ics"],
        ] {
            let out = Test::new()
                .fixture(&format!("check/{file}"))
                .args(args.iter().copied())
                .status(if args[0] == "list" { 0 } else { 1 })
                .run();
            if let Some(run) = english_run(&out.stderr) {
                found.push(format!("cowork {}: {run}", args.join(" ")));
            }
        }
    }
    for config in [
        "timezone = \"Europe/Moskow\"\n",
        "timezone = \"Новосибирск\"\n",
        "timezone = \"совсем не пояс\"\n",
        "timezone = 3\n",
    ] {
        let out = Test::new()
            .fixture_as("commented.toml", "s.toml")
            .file("cowork.toml", config)
            .args(["agenda", "s.toml", "--format", "ics"])
            .status(1)
            .stderr_contains("cowork.toml:1:12")
            .run();
        if let Some(run) = english_run(&out.stderr) {
            found.push(format!("cowork.toml {config:?}: {run}"));
        }
    }
    assert!(
        found.is_empty(),
        "English on the Russian error paths:\n{}",
        found.join("\n")
    );
}

/// `cowork certificates`: no attendance, an unknown, ambiguous or certificate-less
/// `--only`, no `[approval]` (a warning).
#[test]
fn no_english_sentence_on_the_error_paths_of_certificates() {
    let ru = common::fixture_text("certificates/ru.toml");
    let ambiguous = ru.replacen(
        "[[activities]]",
        "[[participants]]\nname = \"Иванова Мария Сергеевна\"\nid = \"ivanova2\"\n\n[[activities]]",
        1,
    );
    let unsigned = common::fixture_text("certificates/en.toml").replace("language = \"en\"\n", "");
    let cases: Vec<(&str, &str, i32, Vec<&str>)> = vec![
        (
            "no attendance",
            "certificates/no-attendance.toml",
            1,
            vec![],
        ),
        (
            "unknown --only",
            "certificates/ru.toml",
            1,
            vec!["--only", "Громов"],
        ),
        (
            "unknown --only, nobody close",
            "certificates/ru.toml",
            1,
            vec!["--only", "zzz"],
        ),
        ("no certificate", "", 1, vec!["--only", "ivanova2"]),
        ("ambiguous --only", "", 1, vec!["--only", "Иванова"]),
        ("no approval", "unsigned", 0, vec![]),
    ];
    let mut found = Vec::new();
    for (what, fixture, status, extra) in cases {
        let text = match fixture {
            "" => ambiguous.clone(),
            "unsigned" => unsigned.clone(),
            f => common::fixture_text(f),
        };
        let mut args = vec!["certificates", "s.toml", "-f", "md"];
        args.extend(extra);
        let out = Test::new()
            .file("s.toml", &text)
            .args(&args)
            .status(status)
            .run();
        assert!(!out.stderr.is_empty(), "{what}: nothing said");
        if let Some(run) = english_run(&out.stderr) {
            found.push(format!("{what} (cowork {}): {run}", args.join(" ")));
        }
    }
    assert!(
        found.is_empty(),
        "English on the Russian error paths:\n{}",
        found.join("\n")
    );
}

/// What a case runs: its name, the exit status, the arguments, and the list file it has.
type ListCase<'a> = (&'a str, i32, Vec<&'a str>, &'a str, &'a [u8]);

/// A case of `participants import s.toml LIST`, the list `LIST` holding `bytes`.
fn import<'a>(what: &'a str, status: i32, list: &'a str, bytes: &'a [u8]) -> ListCase<'a> {
    (
        what,
        status,
        vec!["participants", "import", "s.toml", list],
        list,
        bytes,
    )
}

/// A case that reads no list (`args` as given; a list is there all the same).
fn without_a_list<'a>(what: &'a str, status: i32, args: Vec<&'a str>) -> ListCase<'a> {
    (what, status, args, "list.csv", b"x")
}

#[test]
fn no_english_sentence_on_the_error_paths_of_participants() {
    let cases: Vec<ListCase> = vec![
        import("a list of an unknown kind", 2, "list.docx", b"x"),
        without_a_list(
            "a missing list",
            1,
            vec!["participants", "import", "s.toml", "нет.csv"],
        ),
        import(
            "a list without a name column",
            1,
            "list.csv",
            "Сотрудник;Телефон\nИванова;1\n".as_bytes(),
        ),
        import("an empty list", 1, "list.csv", b";;\n"),
        import(
            "a broken workbook",
            1,
            "list.xlsx",
            b"PK\x03\x04 not a workbook",
        ),
        import("a broken OpenDocument", 1, "list.ods", b"not a spreadsheet"),
        import(
            "a list that would break the file",
            1,
            "list.csv",
            "ФИО;id\nНовикова Ольга;Громова Елена Викторовна\n".as_bytes(),
        ),
        (
            "import into a broken file",
            1,
            vec!["participants", "import", "broken.toml", "list.csv"],
            "list.csv",
            "ФИО\nНовикова Ольга\n".as_bytes(),
        ),
        (
            "rows that cannot be read",
            0,
            vec!["participants", "import", "s.toml", "list.csv", "--dry-run"],
            "list.csv",
            "ФИО;Стаж;Роль\n;5;\nБелова;пять;\nОрлова;;ведущая\nГромова Елена Викторовна;;\n"
                .as_bytes(),
        ),
        without_a_list(
            "export to another extension",
            2,
            vec!["participants", "export", "s.toml", "-o", "list.docx"],
        ),
        without_a_list(
            "export into the session",
            2,
            vec!["participants", "export", "s.toml", "-o", "s.toml"],
        ),
        without_a_list(
            "export without -o",
            2,
            vec!["participants", "export", "s.toml"],
        ),
        without_a_list("participants without an action", 2, vec!["participants"]),
    ];
    let broken = common::fixture_text("check/unknown_participant.toml");
    let mut found = Vec::new();
    for (what, status, args, name, list) in cases {
        let out = Test::new()
            .fixture_as("participants/session.toml", "s.toml")
            .file("broken.toml", &broken)
            .file(name, list)
            .args(&args)
            .status(status)
            .run();
        if let Some(run) = english_run(&out.stderr) {
            found.push(format!("{what} (cowork {}): {run}", args.join(" ")));
        }
    }
    assert!(
        found.is_empty(),
        "English on the Russian error paths:\n{}",
        found.join("\n")
    );
}

/// The refusal of a report of a session still ahead, and its hint, are Russian.
#[test]
fn the_refused_report_of_a_session_ahead_is_in_russian() {
    let out = Test::new()
        .fixture_as("report/future.toml", "s.toml")
        .env("COWORK_TODAY", "2026-12-10")
        .args(["report", "s.toml"])
        .status(1)
        .stderr_contains("ещё не проведён")
        .stderr_contains("--draft")
        .run();
    assert_eq!(english_run(&out.stderr), None, "{}", out.stderr);
}

#[test]
fn no_english_sentence_about_sessions_ahead_or_a_new_school_year() {
    let mut found = Vec::new();
    let mut check = |what: &str, out: common::Output| {
        if let Some(run) = english_run(&out.stderr) {
            found.push(format!("{what}: {run}"));
        }
    };
    // A session still ahead, named and in a folder, without --planned: left out, refused.
    let ahead = std::fs::read_to_string(common::PATRIOTIC_EXAMPLE).unwrap();
    for args in [
        vec!["archive", "--no-commit", "s.toml"],
        vec!["archive", "--no-commit", "."],
    ] {
        let out = Test::new()
            .file("s.toml", &ahead)
            .env("COWORK_TODAY", "2000-01-01")
            .args(&args)
            .status(1)
            .stderr_contains("ещё не проведён")
            .run();
        check("archive of a session ahead", out);
    }
    // A copy into the next school year, and a plan across 1 September: the series renamed.
    let with_series = common::fixture_text("commented.toml").replacen(
        "goal    = \"Обмен опытом\"",
        "goal    = \"Обмен опытом\"\nseries = \"Коворкинги 2026/2027\"",
        1,
    );
    let out = Test::new()
        .file("s.toml", with_series)
        .args([
            "new",
            "--from",
            "s.toml",
            "--title",
            "Т",
            "--date",
            "2031-10-14",
            "--no-input",
        ])
        .stderr_contains("учебному году")
        .run();
    check("new --from into the next school year", out);
    let out = Test::new()
        .args([
            "plan",
            "--start",
            "2027-05-12",
            "--every",
            "4",
            "--count",
            "2",
            "--dry-run",
        ])
        .stderr_contains("учебному году")
        .run();
    check("plan across 1 September", out);
    assert!(
        found.is_empty(),
        "English on the Russian paths:\n{}",
        found.join("\n")
    );
}
