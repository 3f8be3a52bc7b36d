//! `cowork checkin`: attendance recorded in place, every byte outside it kept, refusals
//! leaving the file untouched, and the interactive checklist on a pseudo-terminal.

use crate::common;

use common::*;

/// `cowork checkin commented.toml [args...]` on a copy of the fixture.
fn checkin(args: &[&str]) -> Test {
    Test::new()
        .fixture("commented.toml")
        .args(["checkin", "commented.toml"])
        .args(args)
}

/// A copy of a fixture in a fresh directory (kept alive by the returned guard), for the
/// pseudo-terminal tests, which spawn the binary themselves.
#[cfg(unix)]
fn copy(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, fixture_text(name)).unwrap();
    (dir, path)
}

/// The byte ranges of the `[[attendance]]` sections: from the blank line before the header
/// to the next comment or header that starts a line.
fn attendance_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut offset = 0;
    let mut open: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let ends = t.starts_with('[') || t.starts_with('#');
        if let Some(start) = open
            && ends
            && !line.starts_with(' ')
        {
            ranges.push(start..offset);
            open = None;
        }
        if t.starts_with("[[attendance]]") {
            // The blank line a new section is given before its header belongs to it.
            let start = if text[..offset].ends_with("\n\n") {
                offset - 1
            } else {
                offset
            };
            open = Some(start);
        }
        offset += line.len();
    }
    if let Some(start) = open {
        ranges.push(start..text.len());
    }
    ranges
}

/// Asserts the two texts differ only inside `[[attendance]]` sections: the common prefix
/// and suffix cover everything else, byte for byte.
fn assert_only_attendance_changed(before: &str, after: &str) {
    let prefix = before
        .bytes()
        .zip(after.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let max_suffix = before.len().min(after.len()) - prefix;
    let suffix = before
        .bytes()
        .rev()
        .zip(after.bytes().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    let changed_before = prefix..before.len() - suffix;
    let changed_after = prefix..after.len() - suffix;
    let inside = |text: &str, changed: &std::ops::Range<usize>| {
        changed.is_empty()
            || attendance_ranges(text)
                .iter()
                .any(|r| r.start <= changed.start && changed.end <= r.end)
    };
    assert!(
        inside(before, &changed_before) && inside(after, &changed_after),
        "changed outside [[attendance]]:\n--- was\n{}\n--- now\n{}",
        &before[changed_before.clone()],
        &after[changed_after.clone()]
    );
}

#[test]
fn flags_update_the_day_in_place_keeping_every_other_byte() {
    let before = fixture_text("commented.toml");
    let out = checkin(&["--day", "1", "--present", "Ёлкина Дарья Андреевна"])
        .args([
            "--present",
            "petrov",
            "--excused",
            "zaytseva",
            "--guests",
            "2",
        ])
        .stderr_contains(
            "день 1 (3\u{a0}декабря\u{a0}2026\u{a0}г.): присутствуют 3 из 5 участников, по уважительной причине — 1, 2 гостя; записано в commented.toml\n",
        )
        .run();
    let after = out.read("commented.toml");
    assert_only_attendance_changed(&before, &after);
    // Existing entries keep their comments; the list keeps its one-per-line layout.
    assert!(
        after.contains(
            "[[attendance]]\nday = 1            # первый день\npresent = [\n  \"kuznetsova\",    # пришла первой\n  \"petrov\",\n  \"yolkina\",\n]\nexcused = [\"zaytseva\"]\nguests = 2\n\n# Обсуждение"
        ),
        "{after}"
    );
    out.then().args(["check", "commented.toml"]).run();
}

#[test]
fn a_new_day_goes_right_after_the_existing_attendance() {
    let before = fixture_text("commented.toml");
    let out = checkin(&["--day", "2", "--present", "kuznetsova"])
        .args([
            "--present",
            "Лебедева Екатерина Игоревна",
            "--present",
            "zaytseva",
        ])
        .run();
    let after = out.read("commented.toml");
    assert_only_attendance_changed(&before, &after);
    assert!(
        after.contains(
            "  \"petrov\",\n]\n\n[[attendance]]\nday = 2\npresent = [\"zaytseva\", \"kuznetsova\", \"Лебедева Екатерина Игоревна\"]\n\n# Обсуждение"
        ),
        "{after}"
    );
}

#[test]
fn the_first_attendance_goes_to_the_end_of_the_file() {
    let text = fixture_text("signin.toml");
    let cut = text.find("\n[[attendance]]").unwrap() + 1;
    let before = text[..cut].to_string();
    let out = Test::new()
        .file("signin.toml", &before)
        .args([
            "checkin",
            "signin.toml",
            "--day",
            "2",
            "--present",
            "smith",
            "--guests",
            "1",
        ])
        .run();
    // The new section goes before the blank line that ends the file.
    assert!(before.ends_with("]\n\n"));
    assert_eq!(
        out.read("signin.toml"),
        format!(
            "{}\n[[attendance]]\nday = 2\npresent = [\"smith\"]\nguests = 1\n\n",
            &before[..before.len() - 1]
        )
    );
}

#[test]
fn checking_in_twice_does_not_duplicate() {
    let args = [
        "checkin",
        "commented.toml",
        "--day",
        "1",
        "--present",
        "kuznetsova",
        "--present",
        "Кузнецова Ольга Николаевна",
        "--present",
        "yolkina",
    ];
    let out = Test::new().fixture("commented.toml").args(args).run();
    let once = out.read("commented.toml");
    assert_eq!(once.matches("  \"yolkina\",\n").count(), 1, "{once}");
    assert_eq!(once.matches("  \"kuznetsova\",").count(), 1, "{once}");
    let out = out
        .then()
        .args(args)
        .stderr_contains("; это уже записано, commented.toml не изменён")
        .run();
    assert_eq!(
        out.read("commented.toml"),
        once,
        "a second identical check-in changes nothing"
    );
}

#[test]
fn excused_and_absent_move_people_between_lists() {
    let out = checkin(&["--day", "1", "--excused", "petrov"]).run();
    let text = out.read("commented.toml");
    assert!(
        text.contains(
            "present = [\n  \"kuznetsova\",    # пришла первой\n]\nexcused = [\"petrov\"]\n"
        ),
        "{text}"
    );
    let out = out
        .then()
        .args([
            "checkin",
            "commented.toml",
            "--day",
            "1",
            "--absent",
            "petrov",
        ])
        .run();
    let text = out.read("commented.toml");
    assert!(!text.contains("excused"), "{text}");
    assert!(!text.contains("\"petrov\",\n"));
}

#[test]
fn an_unknown_reference_is_refused_with_close_matches_and_the_file_untouched() {
    let before = fixture_text("commented.toml");
    // «Елкина» alone would name her (a unique surname, «ё» as «е»); «Ёлкин» names nobody.
    let out = checkin(&["--day", "1", "--present", "petrov", "--present", "Ёлкин"])
        .status(1)
        .stderr_contains("ошибка: в commented.toml нет участника «Ёлкин»")
        .stderr_contains("= подсказка: похожие: Ёлкина Дарья Андреевна (yolkina)")
        .stderr_contains("ошибка: ничего не записано, commented.toml не изменён")
        .run();
    let out = out
        .then()
        .args(["checkin", "commented.toml", "--day", "1"])
        .args(["--present", "Зайцва Ирина Владимировна"])
        .status(1)
        .stderr_contains("похожие: Зайцева Ирина Владимировна (zaytseva)")
        .run();
    assert_eq!(out.read("commented.toml"), before);
}

#[test]
fn present_and_excused_at_once_is_refused_and_the_file_untouched() {
    let before = fixture_text("commented.toml");
    let out = checkin(&["--day", "1", "--present", "zaytseva"])
        .args(["--excused", "Зайцева Ирина Владимировна"])
        .status(1)
        .stderr_contains(
            "один и тот же человек (Зайцева Ирина Владимировна) указан и в --present, и в --excused",
        )
        .run();
    assert_eq!(out.read("commented.toml"), before);
}

#[test]
fn a_file_recording_someone_present_and_excused_is_refused_untouched() {
    let text = fixture_text("commented.toml").replace(
        "  \"petrov\",\n]\n",
        "  \"petrov\",\n]\nexcused = [\"petrov\"]\n",
    );
    let out = checkin(&["--day", "1", "--present", "yolkina"])
        .file("commented.toml", &text)
        .status(1)
        .stderr_contains("«petrov» есть и среди присутствующих, и среди отсутствующих")
        .stderr_contains("commented.toml:")
        .run();
    assert_eq!(out.read("commented.toml"), text);
}

#[test]
fn a_reference_naming_nobody_is_never_dropped_by_a_checkin() {
    // A typo in the day's list is the file's error: a check-in that changes the day must
    // not quietly delete it (it used to, and wrote the file) — the file is refused untouched.
    let text = fixture_text("commented.toml").replace("  \"petrov\",\n]", "  \"petrovv\",\n]");
    for flag in ["--excused", "--absent"] {
        let out = checkin(&["--day", "1", flag, "kuznetsova"])
            .file("commented.toml", &text)
            .status(1)
            .stderr_contains("неизвестный участник «petrovv» в `present`")
            .stderr_contains("commented.toml:81:3")
            .run();
        assert_eq!(out.read("commented.toml"), text, "checkin {flag}");
    }
}

#[test]
fn without_a_terminal_a_missing_value_is_a_usage_error_naming_the_flag() {
    let before = fixture_text("commented.toml");
    let out = checkin(&["--day", "1"])
        .status(2)
        .stderr_contains("--present REF")
        .run()
        .then()
        .args(["checkin", "commented.toml", "--present", "petrov"])
        .status(2)
        .stderr_contains("укажите --day N: в коворкинге 2 дня")
        .run()
        .then()
        .args([
            "checkin",
            "commented.toml",
            "--day",
            "5",
            "--present",
            "petrov",
        ])
        .status(2)
        .run();
    assert_eq!(out.read("commented.toml"), before);
}

#[test]
fn inline_attendance_bom_and_crlf_are_kept() {
    // Top-level keys come before the first table header in TOML.
    let text = fixture_text("commented.toml");
    let start = text.find("\n[[attendance]]").unwrap() + 1;
    let end = text.find("# Обсуждение").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..])
        .replace(
            "schema = 1   # версия формата\n",
            "schema = 1   # версия формата\nattendance = [{ day = 1, present = [\"petrov\"] }]\n",
        )
        .replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let out = Test::new()
        .file("inline.toml", &bytes)
        .args([
            "checkin",
            "inline.toml",
            "--day",
            "2",
            "--present",
            "yolkina",
        ])
        .run();
    let after = std::fs::read(out.path().join("inline.toml")).unwrap();
    assert!(
        after.starts_with(b"\xEF\xBB\xBF"),
        "the byte-order mark stays"
    );
    let after = String::from_utf8(after[3..].to_vec()).unwrap();
    assert!(
        !after.replace("\r\n", "").contains('\n'),
        "CRLF line ends stay"
    );
    assert_eq!(
        after,
        text.replace(
            "attendance = [{ day = 1, present = [\"petrov\"] }]",
            "attendance = [{ day = 1, present = [\"petrov\"] }, { day = 2, present = [\"yolkina\"] }]"
        )
    );
}

/// rexpect reads the terminal one byte per char; this is how UTF-8 text looks to it.
#[cfg(unix)]
fn as_seen(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// The interactive checklist, driven through a pseudo-terminal: stdin and stderr are a
/// terminal, so the multi-select appears with the day's present people ticked.
#[cfg(unix)]
#[test]
fn interactive_checklist_on_a_terminal() {
    let (_dir, path) = copy("commented.toml");
    let before = std::fs::read_to_string(&path).unwrap();
    let mut cmd = std::process::Command::new(cowork_bin());
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args(["checkin", "--day", "1"])
        .arg(&path);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string(&as_seen("Кто пришёл (3\u{a0}декабря\u{a0}2026\u{a0}г.)?"))
        .unwrap();
    // Alphabetical: Ёлкина, Зайцева, Кузнецова (ticked), Лебедева, Петров (ticked).
    p.exp_string(&as_seen("Петров Игорь Сергеевич")).unwrap();
    // Tick Ёлкина (first), untick Петров (fifth), confirm. One key at a time, each after
    // the redraw it causes, as a person types: the prompt reads one key per read.
    let steps = [
        (" ", "> [x] Ёлкина"),
        ("j", "> [ ] Зайцева"),
        ("j", "> [x] Кузнецова"),
        ("j", "> [ ] Лебедева"),
        ("j", "> [x] Петров"),
        (" ", "> [ ] Петров"),
    ];
    for (key, screen) in steps {
        p.send(key).unwrap();
        p.flush().unwrap();
        p.exp_string(&as_seen(screen)).unwrap();
    }
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string(&as_seen("Сколько гостей без регистрации"))
        .unwrap();
    p.send("4").unwrap();
    p.flush().unwrap();
    p.exp_string("4").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string(&as_seen("записано в")).unwrap();
    p.exp_eof().unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    assert_only_attendance_changed(&before, &after);
    assert!(
        after.contains(
            "day = 1            # первый день\npresent = [\n  \"kuznetsova\",    # пришла первой\n  \"yolkina\",\n]\nguests = 4\n"
        ),
        "{after}"
    );
}

#[cfg(unix)]
#[test]
fn cancelling_the_checklist_leaves_the_file_alone() {
    let (_dir, path) = copy("commented.toml");
    let before = std::fs::read(&path).unwrap();
    let mut cmd = std::process::Command::new(cowork_bin());
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args(["checkin", "--day", "2"])
        .arg(&path);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string(&as_seen("Кто пришёл")).unwrap();
    p.exp_string(&as_seen("Петров Игорь Сергеевич")).unwrap();
    p.send("q").unwrap();
    p.flush().unwrap();
    p.exp_string(&as_seen("Отменено, файл")).unwrap();
    p.exp_eof().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn no_input_never_prompts() {
    checkin(&["--day", "1", "--no-input"])
        .status(2)
        .stderr_contains("--present REF")
        .run();
}

#[test]
fn check_reports_bad_excused_lists_with_their_place() {
    let text = fixture_text("commented.toml").replace(
        "  \"petrov\",\n]\n",
        "  \"petrov\",\n]\nexcused = [\"yolkina\", \"Зайцева Ирина\", \"yolkina\"]\n",
    );
    Test::new()
        .file("commented.toml", &text)
        .args(["check", "commented.toml"])
        .status(1)
        .stderr_contains("неизвестный участник «Зайцева Ирина» в `excused`")
        .stderr_contains("«yolkina» дважды встречается в `excused`")
        .stderr_contains("commented.toml:83:23")
        .run();
}

#[test]
fn english_forms_of_the_messages() {
    checkin(&[
        "--day",
        "1",
        "--present",
        "yolkina",
        "--excused",
        "zaytseva",
    ])
    .args(["--guests", "1"])
    .env("COWORK_LANG", "en")
    .stderr_contains(
        "day 1 (3\u{a0}December\u{a0}2026): 3 of 5 present, 1 excused, 1 guest; recorded in commented.toml\n",
    )
    .run();
    checkin(&["--day", "1", "--present", "Ёлкин"])
        .env("COWORK_LANG", "en")
        .status(1)
        .stderr_contains("error: no participant \"Ёлкин\" in commented.toml")
        .stderr_contains("= help: close matches: Ёлкина Дарья Андреевна (yolkina)")
        .stderr_contains("error: nothing was recorded; commented.toml is unchanged")
        .run();
    checkin(&["--present", "petrov"])
        .env("COWORK_LANG", "en")
        .status(2)
        .stderr_contains("pass --day N: the session has 2 days")
        .run();
}

#[test]
fn russian_plurals_of_the_result() {
    // One present of five, 21 guests; then two present, five guests.
    checkin(&["--day", "2", "--present", "petrov", "--guests", "21"])
        .stderr_contains(
            "день 2 (4\u{a0}декабря\u{a0}2026\u{a0}г.): присутствует 1 из 5 участников, 21 гость;",
        )
        .run()
        .then()
        .args(["checkin", "commented.toml", "--day", "2"])
        .args(["--present", "yolkina", "--guests", "5"])
        .stderr_contains("присутствуют 2 из 5 участников, 5 гостей;")
        .run();
}

#[test]
fn guests_are_bounded() {
    let before = fixture_text("commented.toml");
    let out = checkin(&["--day", "1", "--guests", "1000"])
        .status(2)
        .stderr_contains("--guests")
        .run();
    assert_eq!(out.read("commented.toml"), before);
    checkin(&["--day", "1", "--guests", "999"]).run();
}

/// `cowork checkin ARGS` on a pseudo-terminal, in Russian unless `lang` says otherwise.
#[cfg(unix)]
fn on_terminal(
    path: &std::path::Path,
    args: &[&str],
    lang: Option<&str>,
) -> rexpect::session::PtySession {
    rexpect::session::spawn_command(terminal_command(path, args, lang), Some(20_000)).unwrap()
}

/// The command [`on_terminal`] runs, for a test that sets more of its environment.
#[cfg(unix)]
fn terminal_command(
    path: &std::path::Path,
    args: &[&str],
    lang: Option<&str>,
) -> std::process::Command {
    let mut cmd = std::process::Command::new(cowork_bin());
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COWORK_LANG")
        .arg("checkin")
        .args(args)
        .arg(path);
    if let Some(lang) = lang {
        cmd.env("COWORK_LANG", lang);
    }
    cmd
}

/// Sends one key and waits for the screen it leads to.
#[cfg(unix)]
fn key(p: &mut rexpect::session::PtySession, key: &str, screen: &str) {
    p.send(key).unwrap();
    p.flush().unwrap();
    if let Err(e) = p.exp_string(&as_seen(screen)) {
        panic!("after {key:?}, waiting for {screen:?}: {e}");
    }
}

#[cfg(unix)]
fn exit_code(p: &mut rexpect::session::PtySession) -> i32 {
    match p.process().wait().unwrap() {
        rexpect::process::WaitStatus::Exited(_, code) => code,
        other => panic!("cowork did not exit normally: {other:?}"),
    }
}

/// The keys of the checklist are shown in Russian; «у» marks someone excused, «а» (the
/// Cyrillic letter, or the Latin a) marks everyone, and the result goes into the file.
#[cfg(unix)]
#[test]
fn the_checklist_keys_in_russian_excused_and_everyone() {
    let (_dir, path) = copy("commented.toml");
    let mut p = on_terminal(&path, &["--day", "2"], None);
    p.exp_string(&as_seen(
        "↑↓ — перейти, Пробел — пришёл, у — по уважительной причине, а — отметить всех,",
    ))
    .unwrap();
    p.exp_string(&as_seen("Enter — готово, Esc — отмена"))
        .unwrap();
    p.exp_string(&as_seen("Петров Игорь Сергеевич")).unwrap();
    // Nobody recorded on day 2 yet: «а» marks all five; then Зайцева (second) is excused.
    key(&mut p, "а", "> [x] Ёлкина");
    key(&mut p, "j", "> [x] Зайцева");
    key(&mut p, "у", "> [у] Зайцева");
    key(&mut p, "j", "> [x] Кузнецова");
    // Лебедева did not come after all.
    key(&mut p, "j", "> [x] Лебедева");
    key(&mut p, " ", "> [ ] Лебедева");
    key(
        &mut p,
        "\r",
        "Кто пришёл (4\u{a0}декабря\u{a0}2026\u{a0}г.): 3 из 5, по уважительной причине — 1",
    );
    key(&mut p, "\r", "записано в");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.contains(
            "[[attendance]]\nday = 2\npresent = [\"yolkina\", \"kuznetsova\", \"petrov\"]\nexcused = [\"zaytseva\"]\n"
        ),
        "{after}"
    );
}

/// An excused person unmarked in the list becomes absent; one excused can be marked present.
#[cfg(unix)]
#[test]
fn the_checklist_shows_and_changes_the_excused() {
    let (_dir, path) = copy("commented.toml");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "  \"petrov\",\n]\n",
        "  \"petrov\",\n]\nexcused = [\"zaytseva\", \"yolkina\"]\n",
    );
    std::fs::write(&path, &text).unwrap();
    let mut p = on_terminal(&path, &["--day", "1"], None);
    p.exp_string(&as_seen("  [у] Зайцева")).unwrap();
    p.exp_string(&as_seen("Петров Игорь Сергеевич")).unwrap();
    // Ёлкина (first, excused) came after all; Зайцева (second) is unmarked: absent.
    key(&mut p, " ", "> [x] Ёлкина");
    key(&mut p, "j", "> [у] Зайцева");
    key(&mut p, "у", "> [ ] Зайцева");
    key(&mut p, "\r", "Сколько гостей");
    key(&mut p, "\r", "записано в");
    p.exp_eof().unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.contains("  \"petrov\",\n  \"yolkina\",\n]\nguests = 0\n")
            || after.contains("  \"petrov\",\n  \"yolkina\",\n]\n\n"),
        "{after}"
    );
    assert!(!after.contains("excused"), "{after}");
}

#[cfg(unix)]
#[test]
fn the_checklist_keys_in_english() {
    let (_dir, path) = copy("commented.toml");
    let mut p = on_terminal(&path, &["--day", "2"], Some("en"));
    p.exp_string(&as_seen(
        "↑↓ move, Space: came, e: excused, a marks everyone, Enter confirms, Esc cancels",
    ))
    .unwrap();
    p.exp_string(&as_seen("Петров Игорь Сергеевич")).unwrap();
    key(&mut p, "e", "> [e] Ёлкина");
    key(&mut p, "a", "> [x] Ёлкина");
    key(&mut p, "a", "> [ ] Ёлкина");
    key(&mut p, "\x1b", "Cancelled; ");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

/// Ctrl-C in the checklist: the cursor comes back, the message says nothing was changed,
/// the exit code is the shell's for Ctrl-C, and the file is byte for byte as it was.
#[cfg(unix)]
#[test]
fn ctrl_c_in_the_checklist_restores_the_cursor_and_changes_nothing() {
    let (_dir, path) = copy("commented.toml");
    let before = std::fs::read(&path).unwrap();
    let mut p = on_terminal(&path, &["--day", "1"], None);
    p.exp_string("\x1b[?25l").unwrap(); // the cursor hidden
    p.exp_string(&as_seen("Петров Игорь Сергеевич")).unwrap();
    key(&mut p, " ", "> [x] Ёлкина");
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("\x1b[?25h"),
        "the cursor is shown again: {rest:?}"
    );
    assert!(
        rest.contains(&as_seen("Прервано, файл ")) && rest.contains(&as_seen(" не изменён")),
        "{rest:?}"
    );
    assert_eq!(exit_code(&mut p), 130);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Ctrl-C in the list of days (English this time) stops the same way.
#[cfg(unix)]
#[test]
fn ctrl_c_in_the_list_of_days() {
    let (_dir, path) = copy("commented.toml");
    let before = std::fs::read(&path).unwrap();
    let mut p = on_terminal(&path, &[], Some("en"));
    p.exp_string("Which day?").unwrap();
    p.exp_string("Day 2").unwrap();
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("\x1b[?25h"), "{rest:?}");
    assert!(
        rest.contains("Interrupted; ") && rest.contains(" was not changed"),
        "{rest:?}"
    );
    assert_eq!(exit_code(&mut p), 130);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// When the session is on today, the list of days opens on today: the fixture's second
/// day, 4 December 2026, made today through `COWORK_TODAY` (the real clock would make the
/// test depend on the day it runs, and on midnight not passing during it).
#[cfg(unix)]
#[test]
fn the_list_of_days_opens_on_today() {
    let (_dir, path) = copy("commented.toml");
    let shown = "4\u{a0}декабря\u{a0}2026\u{a0}г.";
    let mut cmd = terminal_command(&path, &[], None);
    cmd.env("COWORK_TODAY", "2026-12-04");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string(&as_seen("За какой день отметить присутствие?"))
        .unwrap();
    p.exp_string(&as_seen(&format!("> день 2 — {shown} (сегодня)")))
        .unwrap();
    key(&mut p, "\r", &format!("Кто пришёл ({shown})?"));
    key(&mut p, "\x1b", "Отменено, файл");
    p.exp_eof().unwrap();
}

/// A list longer than the terminal scrolls with the cursor and says where it is; End goes
/// to the last name, and «а» still marks everyone, not only those on the screen.
#[cfg(unix)]
#[test]
fn a_long_checklist_scrolls() {
    let (_dir, path) = copy("commented.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find("[[participants]]").unwrap();
    let more: String = (1..=35)
        .map(|i| format!("[[participants]]\nname = \"Участник {i:02}\"\n\n"))
        .collect();
    std::fs::write(&path, format!("{}{more}{}", &text[..at], &text[at..])).unwrap();
    let mut p = on_terminal(&path, &["--day", "2"], None);
    p.exp_string(&as_seen("/ 40)")).unwrap();
    p.exp_string(&as_seen("> [ ] Ёлкина")).unwrap();
    key(&mut p, "\x1b[F", "> [ ] Участник 35");
    key(&mut p, "а", "> [x] Участник 35");
    key(&mut p, "\r", "40 из 40, по уважительной причине — 0");
    key(&mut p, "\r", "присутствуют 40 из 40 участников");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
}
