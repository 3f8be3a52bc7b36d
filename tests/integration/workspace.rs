//! The workspace commands end to end: calendars, `list`, `templates`, completions and man.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::common;
use common::{PATRIOTIC_EXAMPLE as EXAMPLE, cowork_in as cowork};

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// An event as an iCalendar reader sees it: property name → value, TEXT unescaped.
type Event = common::ics::Props;

/// The calendar's own properties and its events, read by `ical` (`common::ics`).
fn parse_ics(text: &str) -> (Event, Vec<Event>) {
    let read = common::ics::parse(text);
    (read.head, read.events)
}

#[test]
fn agenda_ics_has_one_event_per_activity_in_the_sessions_zone() {
    let dir = tempfile::tempdir().unwrap();
    let text = stdout(cowork(dir.path()).args(["agenda", EXAMPLE, "--format", "ics"]));
    let (head, events) = parse_ics(&text);
    assert_eq!(head["VERSION"], "2.0");
    assert_eq!(
        head["X-WR-CALNAME"],
        "Гражданско-патриотическое воспитание как основа формирования гражданского самосознания учащихся"
    );
    assert_eq!(events.len(), 13);
    let uids: std::collections::HashSet<&String> = events.iter().map(|e| &e["UID"]).collect();
    assert_eq!(uids.len(), 13, "UIDs must be unique");

    let brainstorm = events
        .iter()
        .find(|e| e["SUMMARY"] == "Мозговой штурм «Думаем. Решаем. Действуем»")
        .expect("the brainstorm");
    assert_eq!(brainstorm["DTSTART;TZID=Europe/Moscow"], "20261204T100000");
    assert_eq!(brainstorm["DTEND;TZID=Europe/Moscow"], "20261204T113000");
    // The time it was made (`COWORK_NOW` of the harness), not a date of the session.
    assert_eq!(brainstorm["DTSTAMP"], "20261202T180000Z");
    assert_eq!(
        brainstorm["LOCATION"],
        "Коворкинг-зона «Интерактивная», конференц-зал, ул. Школьная, 12"
    );
    assert!(brainstorm["DESCRIPTION"].contains("\nМодераторы: Кузнецова Ольга Николаевна\n"));
    let opening = &events[0];
    assert_eq!(opening["DTSTART;TZID=Europe/Moscow"], "20261203T093000");
    assert_eq!(
        opening["LOCATION"], "ул. Школьная, 12",
        "a plenary item is everywhere"
    );

    // The same input at the same time gives the same bytes: no random UIDs.
    let again = stdout(cowork(dir.path()).args(["agenda", EXAMPLE, "--format", "ics"]));
    assert_eq!(text, again);
}

#[test]
fn ics_uids_survive_a_rescheduling_so_a_reimport_updates() {
    let dir = tempfile::tempdir().unwrap();
    let example = std::fs::read_to_string(EXAMPLE).unwrap();
    let with_uid = example.replace(
        "dates = [2026-12-03, 2026-12-04]",
        "uid = \"patriotizm-2026\"\ndates = [2026-12-03, 2026-12-04]",
    );
    let moved = with_uid
        .replace(
            "start = 10:00\nduration = 90",
            "start = 10:30\nduration = 90",
        )
        .replace(
            "dates = [2026-12-03, 2026-12-04]",
            "dates = [2027-01-14, 2027-01-15]",
        )
        .replace(
            "title = \"Гражданско-патриотическое воспитание",
            "title = \"Патриотическое воспитание",
        );
    assert_ne!(moved, with_uid);
    std::fs::write(dir.path().join("before.toml"), &with_uid).unwrap();
    // Moved across New Year, its theme changed, and the file renamed: the `uid` holds.
    std::fs::write(dir.path().join("2027-01-14-moved.toml"), moved).unwrap();
    let uids = |file: &str, day: Option<&str>| -> Vec<(String, String)> {
        let mut cmd = cowork(dir.path());
        cmd.args(["agenda", file, "--format", "ics"]);
        if let Some(day) = day {
            cmd.args(["--day", day]);
        }
        let (_, events) = parse_ics(&stdout(&mut cmd));
        let mut uids: Vec<(String, String)> = events
            .into_iter()
            .map(|e| (e["UID"].clone(), e["DTSTART;TZID=Europe/Moscow"].clone()))
            .collect();
        uids.sort();
        uids
    };
    let before = uids("before.toml", None);
    let after = uids("2027-01-14-moved.toml", None);
    let ids = |v: &[(String, String)]| v.iter().map(|(u, _)| u.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&before), ids(&after));
    assert!(
        before
            .iter()
            .all(|(uid, _)| uid.starts_with("patriotizm-2026-"))
    );
    assert_ne!(before, after, "the times did change");
    // One day alone carries the same UIDs as in the whole calendar.
    let day2 = uids("before.toml", Some("2"));
    assert_eq!(day2.len(), 5);
    assert!(day2.iter().all(|e| before.contains(e)));
    // Without a `uid`, the file's name is the identity: the same file edited keeps its
    // UIDs, another name is another session.
    let plain = uids(EXAMPLE, None);
    std::fs::create_dir(dir.path().join("edited")).unwrap();
    let edited = example.replace(
        "dates = [2026-12-03, 2026-12-04]",
        "dates = [2026-12-10, 2026-12-11]",
    );
    std::fs::write(
        dir.path().join("edited/grazhdansko-patrioticheskoe.toml"),
        &edited,
    )
    .unwrap();
    assert_eq!(
        ids(&uids("edited/grazhdansko-patrioticheskoe.toml", None)),
        ids(&plain)
    );
    std::fs::write(dir.path().join("copy.toml"), &edited).unwrap();
    let copy = uids("copy.toml", None);
    assert!(copy.iter().all(|(uid, _)| !ids(&plain).contains(uid)));
}

#[test]
fn ics_is_picked_by_the_output_extension() {
    let dir = tempfile::tempdir().unwrap();
    cowork(dir.path())
        .args(["agenda", EXAMPLE, "-o", "plan.ics"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("plan.ics")).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
}

#[test]
fn plan_ics_has_one_all_day_event_per_session() {
    let dir = tempfile::tempdir().unwrap();
    let text = stdout(cowork(dir.path()).args([
        "plan",
        "--start",
        "2027-01-31",
        "--every",
        "1",
        "--count",
        "3",
        "--days",
        "2",
        "--format",
        "ics",
    ]));
    let (head, events) = parse_ics(&text);
    assert_eq!(head["X-WR-CALNAME"], "Методические коворкинги 2026/2027");
    let days: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|e| {
            (
                e["DTSTART;VALUE=DATE"].as_str(),
                e["DTEND;VALUE=DATE"].as_str(),
                e["SUMMARY"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("20270201", "20270203", "«Методический коворкинг № 1»"),
            ("20270301", "20270303", "«Методический коворкинг № 2»"),
            ("20270331", "20270402", "«Методический коворкинг № 3»"),
        ]
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("sessions"))
            .unwrap()
            .count(),
        3
    );
}

/// A folder of sessions in every state, one of them broken.
fn sessions_in_every_state(root: &Path) {
    let sessions = root.join("sessions");
    std::fs::create_dir(&sessions).unwrap();
    let example = std::fs::read_to_string(EXAMPLE).unwrap();
    std::fs::write(sessions.join("2026-12-03-patriotizm.toml"), &example).unwrap();
    let held = example.replace(
        "dates = [2026-12-03, 2026-12-04]",
        "dates = [2026-10-01, 2026-10-02]",
    ) + "\n[[feedback]]\nkind = \"plus\"\ntext = \"Практика\"\n\n[[feedback]]\nkind = \"minus\"\ntext = \"Мало времени\"\n\n[[feedback]]\nkind = \"plus\"\ntext = \"Атмосфера\"\n";
    std::fs::write(sessions.join("2026-10-01-proshlyi.toml"), held).unwrap();
    let archived = example.replace(
        "dates = [2026-12-03, 2026-12-04]",
        "dates = [2026-09-10, 2026-09-11]",
    );
    std::fs::write(sessions.join("2026-09-10-arkhiv.toml"), archived).unwrap();
    std::fs::create_dir_all(root.join("archive/2026/2026-09-10-arkhiv")).unwrap();
    std::fs::write(
        sessions.join("2027-01-15-slomannyi.toml"),
        "[session\ntitle = \"x\"\n",
    )
    .unwrap();
    let invalid = example
        .replace(
            "dates = [2026-12-03, 2026-12-04]",
            "dates = [2027-02-01, 2027-02-02]",
        )
        .replace("zone = \"media-hub\"", "zone = \"mediahub\"");
    std::fs::write(sessions.join("2027-02-01-oshibki.toml"), invalid).unwrap();
    std::fs::write(sessions.join("notes.txt"), "не сессия").unwrap();
}

#[test]
fn list_shows_every_session_in_date_order_and_survives_broken_files() {
    let dir = tempfile::tempdir().unwrap();
    sessions_in_every_state(dir.path());
    // 1 November 2026: the sessions of September and October are held, December's ahead.
    let json = stdout(
        cowork(dir.path())
            .env("COWORK_TODAY", "2026-11-01")
            .args(["list", "--format", "json"]),
    );
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = rows.as_array().unwrap();
    let summary: Vec<(String, String, u64)> = rows
        .iter()
        .map(|r| {
            (
                r["file"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
                r["errors"].as_u64().unwrap(),
            )
        })
        .collect();
    let s = |f: &str, st: &str, e: u64| (format!("sessions/{f}"), st.to_string(), e);
    assert_eq!(
        summary,
        [
            s("2026-09-10-arkhiv.toml", "archived", 0),
            s("2026-10-01-proshlyi.toml", "held", 0),
            s("2026-12-03-patriotizm.toml", "planned", 0),
            s("2027-02-01-oshibki.toml", "invalid", 2),
            s("2027-01-15-slomannyi.toml", "invalid", 1),
        ]
    );
    assert_eq!(rows[1]["pluses"], 2);
    assert_eq!(rows[1]["minuses"], 1);
    assert_eq!(rows[2]["participants"], 12);
    assert_eq!(rows[2]["activities"], 13);
    assert_eq!(rows[2]["series"], "Методические коворкинги 2026/2027");

    let table = stdout(
        cowork(dir.path())
            .env("COWORK_TODAY", "2026-11-01")
            .arg("list"),
    );
    for expected in [
        "10–11\u{a0}сентября\u{a0}2026\u{a0}г.",
        "в архиве",
        "проведён",
        "запланирован",
        "с ошибками: 2",
        "2 / 1",
    ] {
        assert!(table.contains(expected), "{expected} in\n{table}");
    }
}

#[test]
fn list_of_a_missing_folder_is_an_error_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    cowork(dir.path())
        .arg("list")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "не удалось прочитать папку sessions",
        ))
        .stderr(predicate::str::contains("cowork new"));
}

#[test]
fn templates_are_listed_dumped_and_a_dumped_edit_changes_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let listing = stdout(cowork(dir.path()).arg("templates"));
    for name in ["agenda.md", "agenda.html", "agenda.txt", "style.css"] {
        assert!(listing.contains(name), "{name}");
    }
    assert!(listing.contains("встроенный"));

    cowork(dir.path())
        .args(["templates", "--dump", "my-templates"])
        .assert()
        .success();
    let agenda_md = dir.path().join("my-templates/agenda.md");
    let original = std::fs::read_to_string(&agenda_md).unwrap();
    std::fs::write(
        &agenda_md,
        original.replace(
            "# {{ labels.agenda_title }}",
            "# ПЛАН КОВОРКИНГА (наш бланк)",
        ),
    )
    .unwrap();
    cowork(dir.path())
        .args(["templates", "--dump", "my-templates"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("уже есть"))
        .stderr(predicate::str::contains("--force"));
    assert!(
        std::fs::read_to_string(&agenda_md)
            .unwrap()
            .contains("наш бланк")
    );

    let md = stdout(cowork(dir.path()).args([
        "--templates",
        "my-templates",
        "agenda",
        EXAMPLE,
        "--format",
        "md",
    ]));
    assert!(md.contains("# ПЛАН КОВОРКИНГА (наш бланк)"));

    // cowork.toml names the folder: no --templates needed, also from a subdirectory.
    std::fs::write(
        dir.path().join("cowork.toml"),
        "templates = \"my-templates\"\n",
    )
    .unwrap();
    let sub = dir.path().join("sessions");
    std::fs::create_dir(&sub).unwrap();
    let md = stdout(cowork(&sub).args(["agenda", EXAMPLE, "--format", "md"]));
    assert!(md.contains("# ПЛАН КОВОРКИНГА (наш бланк)"));
    let listing = stdout(cowork(&sub).arg("templates"));
    assert!(listing.contains("../my-templates/agenda.md"), "{listing}");

    cowork(dir.path())
        .args(["templates", "--dump", "--force"])
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&agenda_md).unwrap(), original);
}

#[test]
fn a_templates_folder_in_cowork_toml_that_does_not_exist_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cowork.toml"),
        "organization = \"ДОО\"\ntemplates = \"шаблоны\"\n",
    )
    .unwrap();
    cowork(dir.path())
        .args(["agenda", EXAMPLE, "--format", "md"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "папки шаблонов шаблоны нет, поэтому используются встроенные шаблоны",
        ))
        .stderr(predicate::str::contains("cowork.toml:2:13"));
}

#[test]
fn completions_and_man_page() {
    let dir = tempfile::tempdir().unwrap();
    let bash = stdout(cowork(dir.path()).args(["completions", "bash"]));
    assert!(bash.contains("_cowork()") && bash.contains("plan"));
    let fish = stdout(cowork(dir.path()).args(["completions", "fish"]));
    assert!(fish.contains("complete -c cowork"));
    let man = stdout(cowork(dir.path()).arg("man"));
    assert!(
        man.starts_with(".ie") || man.contains(".TH cowork"),
        "{man}"
    );
    cowork(dir.path())
        .args(["man", "--dir", "man"])
        .assert()
        .success();
    assert!(dir.path().join("man/cowork.1").is_file());
    assert!(dir.path().join("man/cowork-new.1").is_file());
    cowork(dir.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn the_example_cowork_toml_is_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cowork.toml"),
        dir.path().join("cowork.toml"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    cowork(dir.path())
        .args(["new", "--title", "Тема", "--date", "2026-12-03"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("sessions/2026-12-03-tema.toml")).unwrap();
    assert!(text.contains("organization = \"МБДОУ «Детский сад № 5 „Солнышко“»\""));
    assert!(text.contains("position = \"старший воспитатель\""));
}
