//! `cowork feedback`: points appended in place, the rest of the file byte for byte.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::prelude::*;
use predicates::str::contains;

const FIXTURE: &str = "tests/fixtures/feedback/session.toml";

fn cowork() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("cowork"));
    cmd.env("NO_COLOR", "1");
    cmd
}

/// A copy of `text` in a fresh folder, as `session.toml`.
fn copy(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
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
    let original = read(Path::new(FIXTURE));
    let (_dir, path) = copy(&original);
    cowork()
        .args(["feedback"])
        .arg(&path)
        .args([
            "--plus",
            "Практическая  направленность\nмастер-классов",
            "--votes",
            "7",
            "--activity",
            "Время действовать!",
        ])
        .assert()
        .success()
        .stdout("")
        .stderr(contains(
            "added a plus «Практическая направленность мастер-классов» (7 votes)",
        ));
    // Right after the existing point, before the comment that opens the decisions; every
    // other byte as it was.
    assert_eq!(
        read(&path),
        with_block(
            &original,
            "votes = 3\n",
            "\n[[feedback]]\nkind = \"plus\"\ntext = \"Практическая направленность мастер-классов\"\nactivity = \"Время действовать!\"\nvotes = 7\n"
        )
    );
    cowork().arg("check").arg(&path).assert().success();
}

#[test]
fn minus_and_interesting_without_activity_default_to_one_vote() {
    let original = read(Path::new(FIXTURE));
    let (_dir, path) = copy(&original);
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--minus", "Мало времени", "--no-input"])
        .assert()
        .success();
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--interesting", "Идея «музея в чемодане»"])
        .assert()
        .success()
        .stderr(contains("added an interesting point"));
    assert_eq!(
        read(&path),
        with_block(
            &original,
            "votes = 3\n",
            "\n[[feedback]]\nkind = \"minus\"\ntext = \"Мало времени\"\nvotes = 1\n\n[[feedback]]\nkind = \"interesting\"\ntext = \"Идея «музея в чемодане»\"\nvotes = 1\n"
        )
    );
}

#[test]
fn the_first_feedback_goes_to_the_end_of_the_file() {
    let original = read(Path::new(FIXTURE));
    let start = original.find("[[feedback]]").unwrap();
    let end = original.find("# Решения").unwrap();
    let without: String = format!("{}{}", &original[..start], &original[end..]);
    let (_dir, path) = copy(&without);
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--plus", "Первый плюс", "--votes", "2"])
        .assert()
        .success();
    assert_eq!(
        read(&path),
        format!("{without}\n[[feedback]]\nkind = \"plus\"\ntext = \"Первый плюс\"\nvotes = 2\n")
    );
}

#[test]
fn crlf_line_ends_and_a_bom_are_kept() {
    let original = format!("\u{feff}{}", read(Path::new(FIXTURE)).replace('\n', "\r\n"));
    let (_dir, path) = copy(&original);
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--plus", "Плюс"])
        .assert()
        .success();
    assert_eq!(
        read(&path),
        with_block(
            &original,
            "votes = 3\r\n",
            "\r\n[[feedback]]\r\nkind = \"plus\"\r\ntext = \"Плюс\"\r\nvotes = 1\r\n"
        )
    );
}

#[test]
fn quotes_and_backslashes_are_written_as_valid_toml() {
    let (_dir, path) = copy(&read(Path::new(FIXTURE)));
    let text = r#"<script>alert("x")</script> & C:\папка 'кавычки'"#;
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--plus", text])
        .assert()
        .success();
    cowork().arg("check").arg(&path).assert().success();
    let json = cowork()
        .args(["summary", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let pluses = &value["feedback"]["kinds"][0]["points"];
    assert_eq!(pluses[1]["text"], text);
}

#[test]
fn an_unknown_activity_is_a_usage_error_and_the_file_stays() {
    let original = read(Path::new(FIXTURE));
    let (_dir, path) = copy(&original);
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--plus", "Плюс", "--activity", "Время действоват"])
        .assert()
        .code(2)
        .stderr(contains(
            "--activity \"Время действоват\": no such activity",
        ))
        .stderr(contains("did you mean \"Время действовать!\"?"));
    assert_eq!(read(&path), original);
}

#[test]
fn an_activity_is_matched_ignoring_case_and_punctuation() {
    let (_dir, path) = copy(&read(Path::new(FIXTURE)));
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--minus", "Минус", "--activity", "время действовать"])
        .assert()
        .success();
    assert!(read(&path).contains("activity = \"Время действовать!\""));
}

#[test]
fn bad_votes_and_missing_text_are_usage_errors() {
    let original = read(Path::new(FIXTURE));
    let (_dir, path) = copy(&original);
    for args in [
        vec!["--plus", "Плюс", "--votes", "0"],
        vec!["--plus", "Плюс", "--minus", "Минус"],
        vec!["--plus", "   "],
        vec![],
        vec!["--no-input", "--votes", "3"],
    ] {
        cowork()
            .arg("feedback")
            .arg(&path)
            .args(&args)
            .assert()
            .code(2);
    }
    cowork()
        .arg("feedback")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains(
            "pass --plus TEXT, --minus TEXT or --interesting TEXT",
        ));
    assert_eq!(read(&path), original);
}

#[test]
fn a_file_with_errors_is_not_touched() {
    let original = read(Path::new(FIXTURE)).replace(
        "owner = \"sokolova\"",
        "owner = \"sokolova\"\ndue = 2027-13-01",
    );
    let (_dir, path) = copy(&original);
    cowork()
        .arg("feedback")
        .arg(&path)
        .args(["--plus", "Плюс"])
        .assert()
        .code(1)
        .stderr(contains("session.toml:"));
    assert_eq!(read(&path), original);
    let missing = path.with_file_name("missing.toml");
    cowork()
        .arg("feedback")
        .arg(&missing)
        .args(["--plus", "Плюс"])
        .assert()
        .code(1)
        .stderr(contains("no such file"));
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
    let original = read(Path::new(FIXTURE));
    let (_dir, path) = copy(&original);
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("cowork"));
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .arg("feedback")
        .arg(&path);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();

    // First point: a plus about the second activity, 5 votes.
    p.exp_string(&bytes("Вид")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Текст")).unwrap();
    press(&mut p, "Много практики\r");
    p.exp_string(&bytes("Голосов")).unwrap();
    press(&mut p, "5\r");
    p.exp_string(&bytes("Мероприятие")).unwrap();
    press(&mut p, DOWN);
    press(&mut p, DOWN);
    press(&mut p, "\r");
    p.exp_string(&bytes("записано")).unwrap();

    // Second point: a minus, default vote, no activity.
    p.exp_string(&bytes("Вид")).unwrap();
    press(&mut p, DOWN);
    press(&mut p, "\r");
    p.exp_string(&bytes("Текст")).unwrap();
    press(&mut p, "Тесно\r");
    p.exp_string(&bytes("Голосов")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Мероприятие")).unwrap();
    // The activity select remembers the last choice: go back up to «без привязки».
    press(&mut p, "\x1b[A");
    press(&mut p, "\x1b[A");
    press(&mut p, "\r");
    p.exp_string(&bytes("записано")).unwrap();

    // An empty line ends the loop.
    p.exp_string(&bytes("Вид")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Текст")).unwrap();
    press(&mut p, "\r");
    p.exp_string(&bytes("Записано пунктов: 2")).unwrap();
    p.exp_eof().unwrap();

    assert_eq!(
        read(&path),
        with_block(
            &original,
            "votes = 3\n",
            "\n[[feedback]]\nkind = \"plus\"\ntext = \"Много практики\"\nactivity = \"Время действовать!\"\nvotes = 5\n\n[[feedback]]\nkind = \"minus\"\ntext = \"Тесно\"\nvotes = 1\n"
        )
    );
}
