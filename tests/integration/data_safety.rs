//! Nothing a methodist writes is ever lost: edits under concurrency, through links, on
//! read-only files, on a full disk; `-o` that cannot overwrite an input; all-or-nothing plans.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{Test, cowork_bin, fixture_text};

/// A scratch folder holding the commented fixture as `s.toml`.
fn session_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.toml");
    std::fs::write(&path, fixture_text("commented.toml")).expect("write fixture");
    (dir, path)
}

/// `cowork ARGS` in `dir`, as a script runs it; the output, for the assertion messages.
fn cowork(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(cowork_bin())
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("run cowork")
}

fn ok(out: &std::process::Output, what: &str) {
    assert!(
        out.status.success(),
        "{what}: exit {:?}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

#[test]
fn parallel_feedback_runs_lose_no_point() {
    let (dir, path) = session_dir();
    let before = count(
        &std::fs::read_to_string(&path).expect("read"),
        "[[feedback]]",
    );
    const RUNS: usize = 100;
    std::thread::scope(|s| {
        for writer in ["A", "B"] {
            let dir = dir.path();
            s.spawn(move || {
                for i in 0..RUNS {
                    let text = format!("Пункт {writer}-{i}");
                    let out = cowork(dir, &["feedback", "s.toml", "--plus", &text, "--no-input"]);
                    ok(&out, &text);
                }
            });
        }
    });
    let after = std::fs::read_to_string(&path).expect("read");
    for writer in ["A", "B"] {
        for i in 0..RUNS {
            let text = format!("text = \"Пункт {writer}-{i}\"");
            assert_eq!(count(&after, &text), 1, "{text} is not in the file once");
        }
    }
    assert_eq!(count(&after, "[[feedback]]"), before + 2 * RUNS);
    ok(&cowork(dir.path(), &["check", "s.toml"]), "check after");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("list").count(),
        1,
        "nothing but s.toml is left (no lock, no temporary file)"
    );
}

#[test]
fn checkin_and_feedback_next_to_groups_write_lose_nothing() {
    let (dir, path) = session_dir();
    const RUNS: usize = 25;
    let people = ["petrov", "yolkina", "zaytseva", "kuznetsova"];
    std::thread::scope(|s| {
        let d = dir.path();
        s.spawn(move || {
            for i in 0..RUNS {
                let count = if i % 2 == 1 { "2" } else { "1" };
                ok(
                    &cowork(d, &["groups", "s.toml", "--count", count, "--write"]),
                    "groups --write",
                );
            }
        });
        s.spawn(move || {
            for i in 0..RUNS {
                let text = format!("Точка {i}");
                ok(
                    &cowork(d, &["feedback", "s.toml", "--minus", &text]),
                    "feedback",
                );
                let who = people[i % people.len()];
                ok(
                    &cowork(d, &["checkin", "s.toml", "--day", "2", "--present", who]),
                    "checkin",
                );
            }
        });
    });
    let after = std::fs::read_to_string(&path).expect("read");
    for i in 0..RUNS {
        assert!(
            after.contains(&format!("text = \"Точка {i}\"")),
            "point {i} lost"
        );
    }
    let day2 = after
        .split("[[attendance]]")
        .find(|t| t.contains("day = 2"))
        .expect("day 2 recorded");
    for who in people {
        assert!(
            day2.contains(&format!("\"{who}\"")),
            "{who} lost from day 2:\n{day2}"
        );
    }
    // The last groups --write asked for one group: everyone placed is in group 1.
    assert!(
        after.contains("group = 1") && !after.contains("group = 2"),
        "{after}"
    );
    ok(&cowork(dir.path(), &["check", "s.toml"]), "check after");
}

/// An edit that finds the lock held waits, says so, and fails (changing nothing) once the
/// bound runs out; when the lock is released in time, it goes on.
#[test]
fn a_held_lock_is_waited_for_and_named() {
    let (dir, path) = session_dir();
    let original = std::fs::read(&path).expect("read");
    let lock_path = dir.path().join(".s.toml.cowork-lock");
    let lock = std::fs::File::create(&lock_path).expect("lock file");
    lock.lock().expect("take the lock");

    let out = Command::new(cowork_bin())
        .current_dir(dir.path())
        .args(["feedback", "s.toml", "--plus", "Ждём"])
        .env("COWORK_LOCK_WAIT", "1")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("waiting up to 1 s"), "{stderr}");
    assert!(
        stderr.contains("is being changed by another cowork run")
            && stderr.contains(".s.toml.cowork-lock"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), original);

    let child = Command::new(cowork_bin())
        .current_dir(dir.path())
        .args(["feedback", "s.toml", "--plus", "Дождались"])
        .env("COWORK_LOCK_WAIT", "20")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(400));
    // The holder removes the name before it unlocks, as cowork itself does.
    std::fs::remove_file(&lock_path).expect("remove lock file");
    drop(lock);
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("waiting"), "{stderr}");
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("Дождались")
    );
}

/// The interactive loop writes each point into the file as it is then: a decision typed into
/// the file in an editor between two points stays.
#[cfg(unix)]
#[test]
fn an_edit_made_between_two_answers_survives() {
    use rexpect::session::spawn_command;
    let as_seen = |t: &str| -> String { t.bytes().map(char::from).collect() };
    let press = |p: &mut rexpect::session::PtySession, keys: &str| {
        std::thread::sleep(Duration::from_millis(150));
        p.send(keys).expect("send");
        p.flush().expect("flush");
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.toml");
    std::fs::write(&path, fixture_text("feedback/session.toml")).expect("write");
    let mut cmd = Command::new(cowork_bin());
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .arg("feedback")
        .arg("--activity")
        .arg("Время действовать!")
        .arg(&path);
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawn");
    for text in ["Первый пункт", "Второй пункт"] {
        p.exp_string(&as_seen("Что записать")).expect("kind");
        press(&mut p, "\r");
        p.exp_string(&as_seen("Текст")).expect("text");
        press(&mut p, &format!("{text}\r"));
        p.exp_string(&as_seen("Сколько голосов")).expect("votes");
        press(&mut p, "\r");
        p.exp_string(&as_seen("записано")).expect("saved");
        if text == "Первый пункт" {
            // The methodist adds a decision in Notepad, between two points.
            let mut now = std::fs::read_to_string(&path).expect("read");
            now.push_str(
                "\n# записано вручную\n[[decisions]]\ntext = \"Провести открытые занятия\"\n",
            );
            std::fs::write(&path, now).expect("write");
        }
    }
    p.exp_string(&as_seen("Что записать")).expect("kind");
    press(&mut p, "\r");
    p.exp_string(&as_seen("Текст")).expect("text");
    press(&mut p, "\r");
    p.exp_eof().expect("eof");
    let after = std::fs::read_to_string(&path).expect("read");
    assert!(
        after.contains("# записано вручную\n[[decisions]]\ntext = \"Провести открытые занятия\""),
        "{after}"
    );
    assert!(
        after.contains("Первый пункт") && after.contains("Второй пункт"),
        "{after}"
    );
}

#[cfg(unix)]
#[test]
fn an_edit_through_a_symlink_changes_the_target_and_keeps_the_link() {
    let (dir, path) = session_dir();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink("s.toml", &link).expect("symlink");
    ok(
        &cowork(
            dir.path(),
            &["feedback", "link.toml", "--plus", "Через ссылку"],
        ),
        "feedback through a link",
    );
    let meta = std::fs::symlink_metadata(&link).expect("link");
    assert!(
        meta.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("Через ссылку")
    );
}

#[cfg(unix)]
#[test]
fn a_hard_linked_file_is_refused_not_split() {
    let (dir, path) = session_dir();
    let other = dir.path().join("other.toml");
    std::fs::hard_link(&path, &other).expect("hard link");
    let original = std::fs::read(&path).expect("read");
    let out = cowork(dir.path(), &["feedback", "s.toml", "--plus", "Раздвоение"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("2 имени (жёсткие ссылки)"), "{stderr}");
    assert_eq!(std::fs::read(&path).expect("read"), original);
    assert_eq!(std::fs::read(&other).expect("read"), original);
}

#[cfg(unix)]
#[test]
fn owner_group_and_mode_are_kept() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let (dir, path) = session_dir();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let as_root = std::os::unix::fs::chown(&path, Some(4321), Some(4322)).is_ok();
    if !as_root {
        eprintln!(
            "SKIPPED part of owner_group_and_mode_are_kept: not root, cannot give the file to another user"
        );
    }
    ok(
        &cowork(dir.path(), &["feedback", "s.toml", "--plus", "Права"]),
        "feedback",
    );
    let meta = std::fs::metadata(&path).expect("meta");
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    if as_root {
        assert_eq!((meta.uid(), meta.gid()), (4321, 4322));
    }
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("Права")
    );
}

#[test]
fn a_read_only_file_is_refused() {
    let (dir, path) = session_dir();
    let mut perms = std::fs::metadata(&path).expect("meta").permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).expect("read-only");
    let original = std::fs::read(&path).expect("read");
    for args in [
        &["feedback", "s.toml", "--plus", "Нельзя"][..],
        &["checkin", "s.toml", "--day", "1", "--present", "yolkina"],
        &["groups", "s.toml", "--count", "2", "--write"],
    ] {
        let out = cowork(dir.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("s.toml только для чтения; ничего не изменено"),
            "{stderr}"
        );
        assert_eq!(std::fs::read(&path).expect("read"), original, "{args:?}");
    }
}

#[test]
fn untouched_lines_keep_their_own_line_endings() {
    // Every other line ends in CRLF, as a file pasted together from two editors does.
    let text = fixture_text("commented.toml");
    let mixed: String = text
        .split_inclusive('\n')
        .enumerate()
        .map(|(i, l)| {
            if i % 2 == 0 {
                l.replace('\n', "\r\n")
            } else {
                l.to_string()
            }
        })
        .collect();
    let out = Test::new()
        .file("s.toml", &mixed)
        .args(["checkin", "s.toml", "--day", "1", "--present", "yolkina"])
        .run();
    let after = std::fs::read(out.path().join("s.toml")).expect("read");
    let after = String::from_utf8(after).expect("utf-8");
    // Each original line is still there with its ending, in order.
    let mut rest = after.as_str();
    for line in mixed.split_inclusive('\n') {
        if line.contains("present") || line.trim_start().starts_with('"') {
            continue; // the edited list
        }
        match rest.find(line) {
            Some(at) => rest = &rest[at + line.len()..],
            None => panic!("line {line:?} lost or changed:\n{after:?}"),
        }
    }
    assert!(after.contains("yolkina"));
}

#[test]
fn an_edit_that_would_pass_the_size_limit_is_refused() {
    const LIMIT: usize = cowork::session::load::MAX_FILE_SIZE as usize;
    let text = fixture_text("commented.toml");
    let filler = LIMIT - text.len() - 20;
    let mut big = text.clone();
    big.push_str("# ");
    big.push_str(&"x".repeat(filler - 3));
    big.push('\n');
    let out = Test::new()
        .file("s.toml", &big)
        .args([
            "feedback",
            "s.toml",
            "--plus",
            "Слишком длинный пункт, чтобы поместиться",
        ])
        .status(1)
        .stderr_contains("bigger than cowork reads")
        .stderr_contains("the file was not changed")
        .run();
    assert_eq!(out.read("s.toml"), big);
}

// -o

#[test]
fn output_onto_the_input_is_refused() {
    let text = fixture_text("commented.toml");
    for (command, output) in [
        ("agenda", "s.toml"),
        ("agenda", "./s.toml"),
        ("report", "s.toml"),
        ("attendance", "s.toml"),
        ("summary", "s.toml"),
        ("groups", "s.toml"),
        ("agenda", "plan.toml"),
    ] {
        let mut args = vec![command, "s.toml", "-o", output];
        if command == "groups" {
            args.extend(["--count", "2", "--write"]);
        }
        let out = Test::new()
            .file("s.toml", &text)
            .args(&args)
            .status(1)
            .stderr_contains("nothing was written")
            .run();
        assert_eq!(
            out.read("s.toml"),
            text,
            "{args:?} changed the session file"
        );
        assert!(!out.exists("plan.toml"));
    }
}

#[cfg(unix)]
#[test]
fn output_onto_a_link_to_the_input_is_refused() {
    let (dir, path) = session_dir();
    let text = std::fs::read(&path).expect("read");
    std::os::unix::fs::symlink("s.toml", dir.path().join("plan.md")).expect("symlink");
    let out = cowork(dir.path(), &["agenda", "s.toml", "-o", "plan.md"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("это сам файл коворкинга"), "{stderr}");
    assert_eq!(std::fs::read(&path).expect("read"), text);
}

#[test]
fn output_dash_is_stdout() {
    let out = Test::new()
        .file("s.toml", fixture_text("commented.toml"))
        .args(["agenda", "s.toml", "-o", "-", "--format", "md"])
        .stdout_contains("Патриотическое воспитание дошкольников")
        .run();
    assert!(!out.exists("-"), "a file named - was created");
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_writes_the_target() {
    let (dir, _) = session_dir();
    std::fs::create_dir(dir.path().join("docs")).expect("mkdir");
    std::os::unix::fs::symlink("docs/plan.md", dir.path().join("plan.md")).expect("symlink");
    ok(
        &cowork(dir.path(), &["agenda", "s.toml", "-o", "plan.md"]),
        "agenda through a dangling link",
    );
    assert!(
        std::fs::symlink_metadata(dir.path().join("plan.md"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
    let written = std::fs::read_to_string(dir.path().join("docs/plan.md")).expect("read");
    assert!(written.contains("Патриотическое"));
}

#[cfg(unix)]
#[test]
fn output_onto_a_fifo_is_written_to_not_replaced() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let (dir, _) = session_dir();
    let fifo = dir.path().join("pipe.md");
    let c = std::ffi::CString::new(fifo.to_string_lossy().as_bytes()).expect("path");
    // SAFETY: a valid C string, and mkfifo has no other precondition.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            std::fs::File::open(&fifo)
                .expect("open fifo")
                .read_to_string(&mut text)
                .expect("read fifo");
            text
        })
    };
    ok(
        &cowork(dir.path(), &["agenda", "s.toml", "-o", "pipe.md"]),
        "agenda into a fifo",
    );
    let text = reader.join().expect("reader");
    assert!(text.contains("Патриотическое"), "{text}");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("fifo")
            .file_type()
            .is_fifo()
    );
}

// Full disks, as root on a tiny tmpfs.

/// A tmpfs of `options` mounted on a fresh folder, unmounted when dropped; `None` (and a loud
/// line) where that is not possible.
#[cfg(target_os = "linux")]
struct TinyDisk {
    dir: tempfile::TempDir,
}

#[cfg(target_os = "linux")]
impl TinyDisk {
    fn mount(options: &str, test: &str) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status();
        if status.is_ok_and(|s| s.success()) {
            Some(Self { dir })
        } else {
            eprintln!("SKIPPED {test}: cannot mount a small tmpfs here (needs root)");
            None
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk to the last byte.
    fn fill(&self) {
        let mut n = 0;
        loop {
            let chunk = vec![b'x'; 1024];
            if std::fs::write(self.path().join(format!("filler-{n}")), &chunk).is_err() {
                break;
            }
            n += 1;
        }
        // What is left of the last block.
        let _ = std::fs::write(self.path().join("filler-last"), b"x");
    }
}

#[cfg(target_os = "linux")]
impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn plan_on_a_full_disk_writes_nothing_and_says_why() {
    let Some(disk) = TinyDisk::mount(
        "size=24k",
        "plan_on_a_full_disk_writes_nothing_and_says_why",
    ) else {
        return;
    };
    let out = Command::new(cowork_bin())
        .current_dir(disk.path())
        .args([
            "plan",
            "--start",
            "2026-09-17",
            "--count",
            "6",
            "--title",
            "Тема",
            "-o",
            "sessions",
        ])
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        panic!("the plan fit on the tiny disk; make it smaller:\n{stderr}");
    }
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("the disk is full"), "{stderr}");
    assert!(stderr.contains("ничего не записано"), "{stderr}");
    assert!(!stderr.contains("check that the folder exists"), "{stderr}");
    assert!(
        !disk.path().join("sessions").exists()
            || std::fs::read_dir(disk.path().join("sessions"))
                .expect("list")
                .next()
                .is_none(),
        "a file of the plan was left behind"
    );
    // Once there is room, the same command works: nothing of the failed run stands in its way.
    drop(disk);
}

#[cfg(target_os = "linux")]
#[test]
fn an_edit_on_a_full_disk_leaves_the_file_as_it_was() {
    for (options, what) in [("size=64k", "no space"), ("nr_inodes=4", "no inodes")] {
        let Some(disk) =
            TinyDisk::mount(options, "an_edit_on_a_full_disk_leaves_the_file_as_it_was")
        else {
            return;
        };
        let path = disk.path().join("s.toml");
        std::fs::write(&path, fixture_text("commented.toml")).expect("write");
        let original = std::fs::read(&path).expect("read");
        disk.fill();
        let out = cowork(
            disk.path(),
            &["feedback", "s.toml", "--plus", "Место кончилось"],
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
        assert!(stderr.contains("the disk is full"), "{what}: {stderr}");
        assert_eq!(std::fs::read(&path).expect("read"), original, "{what}");
    }
}

#[test]
fn templates_dump_is_all_or_nothing() {
    // One template name is taken by a folder: nothing of the dump may remain.
    let out = Test::new()
        .dir("mine/agenda.md")
        .args(["templates", "--dump", "mine", "--force"])
        .status(1)
        .stderr_contains("ничего не записано")
        .run();
    assert_eq!(out.list("mine"), ["agenda.md"]);
}

/// A check-in recorded by another run while the checklist is open stays: the checklist's
/// answer is applied as a change (who was ticked, who unticked), not as the whole list.
#[cfg(unix)]
#[test]
fn a_checkin_recorded_while_the_checklist_is_open_survives() {
    let as_seen = |t: &str| -> String { t.bytes().map(char::from).collect() };
    let (dir, path) = session_dir();
    let mut cmd = Command::new(cowork_bin());
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args(["checkin", "--day", "1"])
        .arg(&path);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn");
    p.exp_string(&as_seen("Петров Игорь Сергеевич"))
        .expect("list");
    // Meanwhile, at the other door: Зайцева is checked in by another run.
    ok(
        &cowork(
            dir.path(),
            &["checkin", "s.toml", "--day", "1", "--present", "zaytseva"],
        ),
        "the other run",
    );
    // Here: tick Ёлкина (first) and confirm; no guests.
    p.send(" ").expect("send");
    p.flush().expect("flush");
    p.exp_string(&as_seen("> [x] Ёлкина")).expect("ticked");
    p.send("\r").expect("send");
    p.flush().expect("flush");
    p.exp_string(&as_seen("Сколько гостей")).expect("guests");
    p.send("\r").expect("send");
    p.flush().expect("flush");
    p.exp_string(&as_seen("записано в")).expect("recorded");
    p.exp_eof().expect("eof");
    let after = std::fs::read_to_string(&path).expect("read");
    let day1 = after
        .split("[[attendance]]")
        .find(|t| t.contains("day = 1"))
        .expect("day 1");
    for who in ["yolkina", "zaytseva", "kuznetsova", "petrov"] {
        assert!(day1.contains(&format!("\"{who}\"")), "{who} lost:\n{day1}");
    }
}
