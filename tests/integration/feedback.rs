//! `cowork feedback`: points appended in place, the rest of the file byte for byte.

use crate::common;

use common::*;

/// The fixture's text.
fn fixture() -> String {
    fixture_text("feedback/session.toml")
}

/// `text` as `session.toml` in a fresh folder, and `cowork feedback session.toml`.
fn feedback(text: &str) -> Test {
    Test::new()
        .file("session.toml", text)
        .args(["feedback", "session.toml"])
}

/// `original` with `block` inserted right after the first `anchor`.
fn with_block(original: &str, anchor: &str, block: &str) -> String {
    let at = original.find(anchor).expect("anchor in the fixture") + anchor.len();
    format!("{}{block}{}", &original[..at], &original[at..])
}

/// What rexpect reads: it turns every byte into a char, so Cyrillic is matched byte-wise.
#[cfg(unix)]
fn bytes(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

#[test]
fn a_plus_by_flags_is_appended_after_the_last_feedback() {
    let original = fixture();
    let out = feedback(&original)
        .args([
            "--plus",
            "Практическая  направленность\nмастер-классов",
            "--votes",
            "7",
            "--activity",
            "Время действовать!",
        ])
        .stdout("")
        .stderr_contains(
            "session.toml: добавлен плюс «Практическая направленность мастер-классов» (7 голосов)\n",
        )
        .run();
    // Right after the existing point, before the comment that opens the decisions; every
    // other byte as it was.
    assert_eq!(
        out.read("session.toml"),
        with_block(
            &original,
            "votes = 3\n",
            "\n[[feedback]]\nkind = \"plus\"\ntext = \"Практическая направленность мастер-классов\"\nactivity = \"Время действовать!\"\nvotes = 7\n"
        )
    );
    out.then().args(["check", "session.toml"]).run();
}

#[test]
fn minus_and_interesting_without_activity_default_to_one_vote() {
    let original = fixture();
    let out = feedback(&original)
        .args(["--minus", "Мало времени", "--no-input"])
        .run()
        .then()
        .args(["feedback", "session.toml"])
        .args(["--interesting", "Идея «музея в чемодане»"])
        .stderr_contains(
            "session.toml: добавлен пункт «интересно»: «Идея «музея в чемодане»» (1 голос)",
        )
        .run();
    assert_eq!(
        out.read("session.toml"),
        with_block(
            &original,
            "votes = 3\n",
            "\n[[feedback]]\nkind = \"minus\"\ntext = \"Мало времени\"\nvotes = 1\n\n[[feedback]]\nkind = \"interesting\"\ntext = \"Идея «музея в чемодане»\"\nvotes = 1\n"
        )
    );
}

#[test]
fn the_first_feedback_goes_to_the_end_of_the_file() {
    let original = fixture();
    let start = original.find("[[feedback]]").unwrap();
    let end = original.find("# Решения").unwrap();
    let without: String = format!("{}{}", &original[..start], &original[end..]);
    let out = feedback(&without)
        .args(["--plus", "Первый плюс", "--votes", "2"])
        .run();
    assert_eq!(
        out.read("session.toml"),
        format!("{without}\n[[feedback]]\nkind = \"plus\"\ntext = \"Первый плюс\"\nvotes = 2\n")
    );
}

#[test]
fn crlf_line_ends_and_a_bom_are_kept() {
    let original = format!("\u{feff}{}", fixture().replace('\n', "\r\n"));
    let out = feedback(&original).args(["--plus", "Плюс"]).run();
    assert_eq!(
        out.read("session.toml"),
        with_block(
            &original,
            "votes = 3\r\n",
            "\r\n[[feedback]]\r\nkind = \"plus\"\r\ntext = \"Плюс\"\r\nvotes = 1\r\n"
        )
    );
}

#[test]
fn quotes_and_backslashes_are_written_as_valid_toml() {
    let text = r#"<script>alert("x")</script> & C:\папка 'кавычки'"#;
    let value = feedback(&fixture())
        .args(["--plus", text])
        .run()
        .then()
        .args(["check", "session.toml"])
        .run()
        .then()
        .args(["summary", "--format", "json", "session.toml"])
        .run()
        .json();
    let pluses = &value["feedback"]["kinds"][0]["points"];
    assert_eq!(pluses[1]["text"], text);
}

#[test]
fn an_unknown_activity_is_a_usage_error_and_the_file_stays() {
    let original = fixture();
    let out = feedback(&original)
        .args(["--plus", "Плюс", "--activity", "Время действоват"])
        .status(2)
        .stderr_contains(
            "ошибка: --activity «Время действоват»: такого мероприятия в коворкинге нет\n  = подсказка: возможно, вы имели в виду «Время действовать!»?",
        )
        .run();
    assert_eq!(out.read("session.toml"), original);
}

#[test]
fn an_activity_is_matched_ignoring_case_and_punctuation() {
    let out = feedback(&fixture())
        .args(["--minus", "Минус", "--activity", "время действовать"])
        .run();
    assert!(
        out.read("session.toml")
            .contains("activity = \"Время действовать!\"")
    );
}

#[test]
fn bad_votes_and_missing_text_are_usage_errors() {
    let original = fixture();
    // Each refusal in the same folder, one after another.
    let mut out = feedback(&original)
        .args(["--plus", "Плюс", "--votes", "0"])
        .status(2)
        .run();
    for args in [
        vec!["--plus", "Плюс", "--minus", "Минус"],
        vec!["--plus", "   "],
        vec![],
        vec!["--no-input", "--votes", "3"],
    ] {
        out = out
            .then()
            .args(["feedback", "session.toml"])
            .args(&args)
            .status(2)
            .run();
    }
    let out = out
        .then()
        .args(["feedback", "session.toml"])
        .status(2)
        .stderr_contains("передайте --plus TEXT, --minus TEXT или --interesting TEXT")
        .run();
    assert_eq!(out.read("session.toml"), original);
}

#[test]
fn a_file_with_errors_is_not_touched() {
    let original = fixture().replace(
        "owner = \"sokolova\"",
        "owner = \"sokolova\"\ndue = 2027-13-01",
    );
    let out = feedback(&original)
        .args(["--plus", "Плюс"])
        .status(1)
        .stderr_contains("session.toml:")
        .run();
    assert_eq!(out.read("session.toml"), original);
    out.then()
        .args(["feedback", "missing.toml", "--plus", "Плюс"])
        .status(1)
        .stderr_contains("no such file")
        .run();
}

/// Sends keys the way a person types them: one prompt at a time, flushed.
#[cfg(unix)]
fn press(p: &mut rexpect::session::PtySession, keys: &str) {
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// The prompt loop on a pseudo-terminal: kind, text, votes, activity, until an empty line.
#[cfg(unix)]
#[test]
fn the_prompt_loop_on_a_terminal() {
    use rexpect::session::spawn_command;

    const DOWN: &str = "\x1b[B";
    let original = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::write(&path, &original).unwrap();
    let mut cmd = std::process::Command::new(cowork_bin());
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .arg("feedback")
        .arg(&path);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();

    // First point: a plus about the second activity, 5 votes.
    p.exp_string(&bytes("Что записать")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Текст")).unwrap();
    press(&mut p, "Много практики\r");
    p.exp_string(&bytes("Сколько голосов")).unwrap();
    press(&mut p, "5\r");
    p.exp_string(&bytes("К какому мероприятию")).unwrap();
    press(&mut p, DOWN);
    press(&mut p, DOWN);
    press(&mut p, "\r");
    p.exp_string(&bytes("записано")).unwrap();

    // Second point: a minus, default vote, no activity. The list opens on «Плюс» again,
    // not on the previous answer.
    p.exp_string(&bytes("Что записать")).unwrap();
    p.exp_string(&bytes("> Плюс")).unwrap();
    press(&mut p, DOWN);
    press(&mut p, "\r");
    p.exp_string(&bytes("Текст")).unwrap();
    press(&mut p, "Тесно\r");
    p.exp_string(&bytes("Сколько голосов")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("К какому мероприятию")).unwrap();
    // And the activities open on «без привязки», not on the one chosen before.
    p.exp_string(&bytes("> — без привязки к мероприятию —"))
        .unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("записано")).unwrap();

    // An empty line ends the loop.
    p.exp_string(&bytes("Что записать")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Текст")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Записано 2 пункта")).unwrap();
    p.exp_eof().unwrap();

    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        with_block(
            &original,
            "votes = 3\n",
            "\n[[feedback]]\nkind = \"plus\"\ntext = \"Много практики\"\nactivity = \"Время действовать!\"\nvotes = 5\n\n[[feedback]]\nkind = \"minus\"\ntext = \"Тесно\"\nvotes = 1\n"
        )
    );
}

#[test]
fn english_forms_of_the_messages() {
    let original = fixture();
    feedback(&original)
        .env("COWORK_LANG", "en")
        .args(["--plus", "Практика", "--votes", "7"])
        .stderr_contains("session.toml: added a plus «Практика» (7 votes)\n")
        .run()
        .then()
        .env("COWORK_LANG", "en")
        .args(["feedback", "session.toml", "--interesting", "Идея"])
        .stderr_contains("session.toml: added an interesting point «Идея» (1 vote)\n")
        .run()
        .then()
        .env("COWORK_LANG", "en")
        .args(["feedback", "session.toml", "--plus", "Плюс"])
        .args(["--activity", "Время действоват"])
        .status(2)
        .stderr_contains(
            "error: --activity \"Время действоват\": no such activity in the session\n  = help: did you mean \"Время действовать!\"?",
        )
        .run()
        .then()
        .env("COWORK_LANG", "en")
        .args(["feedback", "session.toml"])
        .status(2)
        .stderr_contains("pass --plus TEXT, --minus TEXT or --interesting TEXT")
        .run();
}

#[test]
fn russian_plurals_of_the_votes() {
    feedback(&fixture())
        .args(["--minus", "Тесно", "--votes", "3"])
        .stderr_contains("добавлен минус «Тесно» (3 голоса)\n")
        .run()
        .then()
        .args([
            "feedback",
            "session.toml",
            "--minus",
            "Душно",
            "--votes",
            "21",
        ])
        .stderr_contains("добавлен минус «Душно» (21 голос)\n")
        .run();
}

/// `cowork feedback session.toml` on a pseudo-terminal.
#[cfg(unix)]
fn on_terminal(path: &std::path::Path, lang: Option<&str>) -> rexpect::session::PtySession {
    let mut cmd = std::process::Command::new(cowork_bin());
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COWORK_LANG")
        .arg("feedback")
        .arg(path);
    if let Some(lang) = lang {
        cmd.env("COWORK_LANG", lang);
    }
    rexpect::session::spawn_command(cmd, Some(20_000)).unwrap()
}

#[cfg(unix)]
fn exit_code(p: &mut rexpect::session::PtySession) -> i32 {
    match p.process().wait().unwrap() {
        rexpect::process::WaitStatus::Exited(_, code) => code,
        other => panic!("cowork did not exit normally: {other:?}"),
    }
}

/// Ctrl-C in the first list: the cursor comes back and nothing was written (exit 130).
#[cfg(unix)]
#[test]
fn ctrl_c_before_any_point_changes_nothing() {
    let original = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::write(&path, &original).unwrap();
    let mut p = on_terminal(&path, None);
    p.exp_string(&bytes("↑↓ — выбрать, Enter — готово, Esc — отмена"))
        .unwrap();
    p.exp_string(&bytes("Интересно")).unwrap();
    press(&mut p, "\x03");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("\x1b[?25h"), "{rest:?}");
    assert!(rest.contains(&bytes("Прервано, файл ")), "{rest:?}");
    assert!(rest.contains(&bytes(" не изменён")), "{rest:?}");
    assert_eq!(exit_code(&mut p), 130);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

/// Ctrl-C after a point was saved says the point stays (English this time).
#[cfg(unix)]
#[test]
fn ctrl_c_after_a_point_says_it_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::write(&path, fixture()).unwrap();
    let mut p = on_terminal(&path, Some("en"));
    p.exp_string("Kind").unwrap();
    press(&mut p, "\r");
    p.exp_string("Text").unwrap();
    press(&mut p, "Much practice\r");
    p.exp_string("Votes").unwrap();
    press(&mut p, "\r");
    p.exp_string("Activity").unwrap();
    p.exp_string(&bytes("> — not tied to an activity —"))
        .unwrap();
    press(&mut p, "\r");
    p.exp_string("saved").unwrap();
    p.exp_string("Kind").unwrap();
    p.exp_string("> Plus").unwrap();
    press(&mut p, "\x03");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("\x1b[?25h"), "{rest:?}");
    assert!(
        rest.contains("Interrupted; the 1 point saved before stays in "),
        "{rest:?}"
    );
    assert_eq!(exit_code(&mut p), 130);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Much practice")
    );
}

/// A number that is not one is asked again with a sentence, not a parser's error.
#[cfg(unix)]
#[test]
fn a_word_for_the_votes_is_asked_again_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::write(&path, fixture()).unwrap();
    let mut p = on_terminal(&path, None);
    p.exp_string(&bytes("Что записать")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Текст")).unwrap();
    press(&mut p, "Много практики\r");
    p.exp_string(&bytes("Сколько голосов")).unwrap();
    press(&mut p, "\x7f");
    press(&mut p, "два\r");
    p.exp_string(&bytes("нужно целое число от 1 до 9999"))
        .unwrap();
    press(&mut p, "\x7f\x7f\x7f2\r");
    p.exp_string(&bytes("К какому мероприятию")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("записано")).unwrap();
    p.exp_string(&bytes("Что записать")).unwrap();
    press(&mut p, "q");
    p.exp_string(&bytes("Записан 1 пункт")).unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("votes = 2\n")
    );
}
