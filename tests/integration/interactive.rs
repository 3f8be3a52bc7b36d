//! `cowork new` on a pseudo-terminal: the Russian prompts answered as a methodist would.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;

use rexpect::session::{PtySession, spawn_command};

use crate::common;

const TIMEOUT_MS: u64 = 20_000;
const DOWN: &str = "\x1b[B";

fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(common::cowork_bin());
    cmd.current_dir(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn cowork on a pty")
}

/// rexpect reads the terminal byte by byte, each byte one `char`: a UTF-8 prompt is matched
/// by its bytes spelled the same way.
fn expect(p: &mut PtySession, text: &str) {
    let as_read: String = text.bytes().map(char::from).collect();
    if let Err(e) = p.exp_string(&as_read) {
        panic!("waiting for {text:?}: {e}");
    }
}

fn exit_code(p: &mut PtySession) -> i32 {
    match p.process().wait().expect("wait for cowork") {
        rexpect::process::WaitStatus::Exited(_, code) => code,
        other => panic!("cowork did not exit normally: {other:?}"),
    }
}

#[test]
fn interactive_new_writes_a_valid_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["new", "-o", "sessions"]);
    expect(&mut p, "Тема коворкинга");
    p.send_line("Игровые технологии в ДОО").unwrap();
    expect(&mut p, "Первый день");
    p.send_line("03.12.2026").unwrap();
    expect(&mut p, "Сколько дней");
    p.send_line("2").unwrap();
    expect(&mut p, "Цель");
    p.send_line("").unwrap(); // the suggested goal
    expect(&mut p, "Задача 1");
    p.send_line("Познакомить педагогов с игровыми технологиями")
        .unwrap();
    expect(&mut p, "Задача 2");
    p.send_line("").unwrap();
    expect(&mut p, "Образовательная организация");
    p.send_line("МБДОУ «Детский сад № 5»").unwrap();
    expect(&mut p, "Ответственный методист");
    p.send_line("Соколова Марина Викторовна, методист").unwrap();
    expect(&mut p, "Коворкинг-зоны");
    // All three are marked; unmark the media hub (the third) and confirm.
    p.send(DOWN).unwrap();
    p.send(DOWN).unwrap();
    p.send(" ").unwrap();
    p.send_line("").unwrap();
    expect(&mut p, "Создан");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);

    let file = "sessions/2026-12-03-igrovye-tekhnologii-v-doo.toml";
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    assert!(text.contains("dates = [2026-12-03, 2026-12-04]"), "{text}");
    assert!(text.contains("tasks = [\n  \"Познакомить педагогов с игровыми технологиями\",\n]"));
    assert!(text.contains("organization = \"МБДОУ «Детский сад № 5»\""));
    assert!(text.contains("[zones.interactive]") && text.contains("[zones.presentation]"));
    assert!(!text.contains("[zones.media-hub]") && !text.contains("zone = \"media-hub\""));
    let check = Command::new(common::cowork_bin())
        .current_dir(dir.path())
        .args(["check", file])
        .output()
        .unwrap();
    assert!(check.status.success());
    assert_eq!(
        String::from_utf8_lossy(&check.stderr),
        format!("{file}: всё в порядке\n")
    );
}

#[test]
fn no_input_on_a_terminal_still_names_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["new", "--no-input", "--date", "2026-12-03"]);
    expect(&mut p, "--title");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 2);
}

/// The questions in English when asked, and Ctrl-C in the list of zones: the cursor comes
/// back, no file is created, exit 130.
#[test]
fn english_prompts_and_ctrl_c_in_the_zones() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(common::cowork_bin());
    cmd.current_dir(dir.path())
        .args(["new", "-o", "sessions", "--lang", "en"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn cowork on a pty");
    expect(&mut p, "Theme of the coworking");
    p.send_line("Play").unwrap();
    expect(&mut p, "First day (YYYY-MM-DD or DD.MM.YYYY)");
    p.send_line("2026-12-03").unwrap();
    expect(&mut p, "How many days (1–3)");
    p.send_line("1").unwrap();
    expect(&mut p, "Goal");
    p.send_line("").unwrap();
    expect(&mut p, "Task 1");
    p.send_line("").unwrap();
    expect(&mut p, "Educational organization");
    p.send_line("").unwrap();
    expect(&mut p, "Responsible methodist");
    p.send_line("").unwrap();
    expect(&mut p, "Coworking zones");
    expect(
        &mut p,
        "↑↓ move, Space marks or unmarks, a marks everyone, Enter confirms",
    );
    expect(&mut p, "[x] Media hub");
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("\x1b[?25h"), "{rest:?}");
    assert!(
        rest.contains("Interrupted; no file was created"),
        "{rest:?}"
    );
    assert_eq!(exit_code(&mut p), 130);
    assert!(!dir.path().join("sessions").exists());
}

/// A date that is not one is asked again, in Russian.
#[test]
fn a_wrong_date_is_asked_again_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["new", "-o", "sessions", "--title", "Игры"]);
    expect(&mut p, "Первый день (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)");
    // Clear the suggested date first.
    p.send(&"\x7f".repeat(10)).unwrap();
    p.send_line("31.02.2026").unwrap();
    expect(
        &mut p,
        "«31.02.2026» — не дата; запишите её так: 03.12.2026 или 2026-12-03",
    );
}
