//! Calendars that import right and update in place (issue 15): every calendar read back by an independent iCalendar reader (`ical`), its times turned into UTC through its own `VTIMEZONE`, its UIDs, `DTSTAMP` and `SEQUENCE` across generations, days apart as separate events, the zone of a session, of `cowork.toml` and Moscow's.

use crate::common::ics::{Read, parse};
use crate::common::{Output, Test};

/// A valid session: `header` lines added to `[session]`, `dates`, and an activity on each
/// of `days` (1-based) from 09:30 to 10:30 and one from 11:00 to 12:15.
fn session(title: &str, header: &str, dates: &str, days: &[u32]) -> String {
    let mut text = format!(
        "schema = 1\n\n[session]\ntitle = \"{title}\"\ngoal = \"Обмен опытом\"\n\
         organization = \"МБДОУ «Детский сад № 7»\"\n{header}dates = [{dates}]\n\n\
         [[participants]]\nname = \"Иванова Анна Петровна\"\nid = \"ivanova\"\n\
         position = \"старший воспитатель\"\n"
    );
    for day in days {
        text.push_str(&format!(
            "\n[[activities]]\ntitle = \"Погружение, день {day}\"\nphase = \"immersion\"\n\
             day = {day}\nstart = 09:30\nduration = 60\nmoderators = [\"ivanova\"]\n\
             \n[[activities]]\ntitle = \"Обсуждение, день {day}\"\nphase = \"discussion\"\n\
             day = {day}\nstart = 11:00\nend = 12:15\nmoderators = [\"ivanova\"]\n"
        ));
    }
    text
}

fn agenda_ics(test: Test, file: &str) -> (Read, Output) {
    let out = test.args(["agenda", file, "--format", "ics"]).run();
    (parse(&out.stdout), out)
}

#[test]
fn a_session_calendar_carries_moscow_time_with_its_vtimezone() {
    let (read, _) = agenda_ics(
        Test::new().file("s.toml", session("Тема", "", "2026-12-03", &[1])),
        "s.toml",
    );
    assert_eq!(read.head["X-WR-TIMEZONE"], "Europe/Moscow");
    assert_eq!(read.zones.len(), 1);
    let (tzid, observances) = &read.zones[0];
    assert_eq!(tzid, "Europe/Moscow");
    assert_eq!(observances.len(), 1, "Moscow has had one offset since 2014");
    let (kind, o) = &observances[0];
    assert_eq!(kind, "STANDARD");
    assert_eq!(o["TZOFFSETFROM"], "+0300");
    assert_eq!(o["TZOFFSETTO"], "+0300");
    assert_eq!(o["TZNAME"], "MSK");
    assert_eq!(read.events.len(), 2);
    let opening = &read.events[0];
    assert_eq!(opening["DTSTART;TZID=Europe/Moscow"], "20261203T093000");
    assert!(!opening.contains_key("DTSTART"), "no floating time");
    assert_eq!(read.utc(opening, "DTSTART"), "20261203T063000Z");
    assert_eq!(read.utc(opening, "DTEND"), "20261203T073000Z");
    assert_eq!(read.utc(&read.events[1], "DTEND"), "20261203T091500Z");
}

/// The computer's own zone (`TZ`) is no part of a calendar: a methodist in Novosibirsk
/// and one in Moscow get the same bytes, the times of the session's zone.
#[test]
fn the_computers_time_zone_makes_no_difference() {
    let calendars = |tz: &str| -> Vec<String> {
        let test = || {
            Test::new()
                .file("sessions/s.toml", session("Тема", "", "2026-12-03", &[1]))
                .env("TZ", tz)
        };
        let agenda = test()
            .args(["agenda", "sessions/s.toml", "--format", "ics"])
            .run();
        let folder = test().args(["list", "sessions", "--format", "ics"]).run();
        let plan = test()
            .args([
                "plan",
                "--start",
                "2026-12-03",
                "--count",
                "2",
                "--format",
                "ics",
            ])
            .args(["--dry-run", "--organization", "ДОО"])
            .run();
        vec![agenda.stdout, folder.stdout, plan.stdout]
    };
    let moscow = calendars("Europe/Moscow");
    assert_eq!(moscow, calendars("Asia/Novosibirsk"));
    assert_eq!(moscow, calendars("America/New_York"));
    let read = parse(&moscow[0]);
    assert_eq!(
        read.events[0]["DTSTART;TZID=Europe/Moscow"],
        "20261203T093000"
    );
    assert_eq!(read.utc(&read.events[0], "DTSTART"), "20261203T063000Z");
}

#[test]
fn the_sessions_zone_wins_over_cowork_toml_and_cowork_toml_over_moscow() {
    let novosibirsk = session(
        "Тема",
        "timezone = \"Asia/Novosibirsk\"\n",
        "2026-12-03",
        &[1],
    );
    let (read, _) = agenda_ics(Test::new().file("s.toml", &novosibirsk), "s.toml");
    assert_eq!(read.head["X-WR-TIMEZONE"], "Asia/Novosibirsk");
    assert_eq!(read.zones[0].0, "Asia/Novosibirsk");
    assert_eq!(read.zones[0].1[0].1["TZOFFSETTO"], "+0700");
    assert_eq!(read.zones[0].1[0].1["TZNAME"], "+07");
    let opening = &read.events[0];
    assert_eq!(opening["DTSTART;TZID=Asia/Novosibirsk"], "20261203T093000");
    assert_eq!(read.utc(opening, "DTSTART"), "20261203T023000Z");

    // cowork.toml's zone for a session that names none ...
    let (read, _) = agenda_ics(
        Test::new()
            .file("cowork.toml", "timezone = \"Asia/Yekaterinburg\"\n")
            .file("s.toml", session("Тема", "", "2026-12-03", &[1])),
        "s.toml",
    );
    assert_eq!(read.zones[0].0, "Asia/Yekaterinburg");
    assert_eq!(read.utc(&read.events[0], "DTSTART"), "20261203T043000Z");
    // ... and the session's own over cowork.toml's, written in any case.
    let (read, _) = agenda_ics(
        Test::new()
            .file("cowork.toml", "timezone = \"Asia/Yekaterinburg\"\n")
            .file(
                "s.toml",
                session(
                    "Тема",
                    "timezone = \"asia/vladivostok\"\n",
                    "2026-12-03",
                    &[1],
                ),
            ),
        "s.toml",
    );
    assert_eq!(read.zones.len(), 1);
    assert_eq!(read.zones[0].0, "Asia/Vladivostok");
    assert_eq!(read.utc(&read.events[0], "DTSTART"), "20261202T233000Z");
}

#[test]
fn a_zone_with_summer_time_gets_both_observances_and_the_right_offsets() {
    // Europe/Berlin moves its clocks on Sunday 28 March 2027: Friday is +01, Monday +02.
    let berlin = session(
        "Topic",
        "timezone = \"Europe/Berlin\"\n",
        "2027-03-26, 2027-03-29",
        &[1, 2],
    );
    let (read, _) = agenda_ics(Test::new().file("s.toml", &berlin), "s.toml");
    let (_, observances) = &read.zones[0];
    let kinds: Vec<(&str, &str, &str)> = observances
        .iter()
        .map(|(k, o)| (k.as_str(), o["TZOFFSETTO"].as_str(), o["TZNAME"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("STANDARD", "+0100", "CET"),
            ("DAYLIGHT", "+0200", "CEST"),
            ("STANDARD", "+0100", "CET"),
        ]
    );
    assert_eq!(observances[1].1["DTSTART"], "20270328T020000");
    assert_eq!(observances[1].1["TZOFFSETFROM"], "+0100");
    let friday = &read.events[0];
    let monday = &read.events[2];
    assert_eq!(friday["DTSTART;TZID=Europe/Berlin"], "20270326T093000");
    assert_eq!(monday["DTSTART;TZID=Europe/Berlin"], "20270329T093000");
    assert_eq!(read.utc(friday, "DTSTART"), "20270326T083000Z");
    assert_eq!(read.utc(monday, "DTSTART"), "20270329T073000Z");
}

#[test]
fn a_later_generation_has_its_own_stamp_a_higher_sequence_and_the_same_uids() {
    let first = session("Игровые технологии", "", "2026-12-10, 2026-12-11", &[1, 2]);
    // Moved a week earlier, its theme changed: the DTSTAMP must not go back with the date.
    let moved = session("Игры в детском саду", "", "2026-12-03, 2026-12-04", &[1, 2]);
    let out = Test::new()
        .file("2026-12-10-igry.toml", &first)
        .args(["agenda", "2026-12-10-igry.toml", "--format", "ics"])
        .run();
    let before = parse(&out.stdout);
    std::fs::write(out.path().join("2026-12-10-igry.toml"), moved).unwrap();
    let after = out
        .then()
        .env("COWORK_NOW", "2026-12-05T09:15:30Z")
        .args(["agenda", "2026-12-10-igry.toml", "--format", "ics"])
        .run();
    let after = parse(&after.stdout);
    assert_eq!(before.uids(), after.uids());
    let stamps = |r: &Read| -> Vec<(String, i64)> {
        r.events
            .iter()
            .map(|e| (e["DTSTAMP"].clone(), e["SEQUENCE"].parse().unwrap()))
            .collect()
    };
    let (b, a) = (stamps(&before), stamps(&after));
    assert!(
        b.iter().all(|(stamp, _)| stamp == "20261202T180000Z"),
        "{b:?}"
    );
    assert!(
        a.iter().all(|(stamp, _)| stamp == "20261205T091530Z"),
        "{a:?}"
    );
    for ((_, s1), (_, s2)) in b.iter().zip(&a) {
        assert!(s2 > s1, "SEQUENCE {s1} then {s2}");
        assert!(*s1 >= 0 && *s2 <= i64::from(i32::MAX));
    }
    assert_eq!(
        a[0].1 - b[0].1,
        2 * 86_400 + 15 * 3600 + 15 * 60 + 30,
        "seconds apart"
    );
    assert_ne!(
        before.events[0]["DTSTART;TZID=Europe/Moscow"],
        after.events[0]["DTSTART;TZID=Europe/Moscow"]
    );
}

#[test]
fn the_plan_and_the_folder_calendar_know_the_same_sessions_after_an_edit() {
    // Friday 5 February 2027 for three days: Friday, Monday, Tuesday.
    let out = Test::new()
        .args([
            "plan",
            "--start",
            "2027-02-05",
            "--count",
            "1",
            "--days",
            "3",
            "--format",
            "ics",
        ])
        .run();
    let plan = parse(&out.stdout);
    let days: Vec<(&str, &str)> = plan
        .events
        .iter()
        .map(|e| {
            (
                e["DTSTART;VALUE=DATE"].as_str(),
                e["DTEND;VALUE=DATE"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [("20270205", "20270206"), ("20270208", "20270210")],
        "Friday alone, then Monday to Tuesday: never over the weekend"
    );
    assert!(plan.zones.is_empty(), "whole days need no zone");
    assert_eq!(plan.head["X-WR-TIMEZONE"], "Europe/Moscow");
    let files = out.list("sessions");
    assert_eq!(files.len(), 1);
    let file = format!("sessions/{}", files[0]);
    let text = out.read(&file);
    let uid = text
        .lines()
        .find_map(|l| l.strip_prefix("uid = \""))
        .and_then(|l| l.strip_suffix('"'))
        .expect("plan writes a uid")
        .to_string();
    assert_eq!(
        plan.uids(),
        [format!("{uid}-d1@cowork"), format!("{uid}-d2@cowork")]
    );

    // The folder's calendar: the skeleton has a programme on each day, so three timed days.
    let out = out
        .then()
        .args(["list", "sessions", "--format", "ics"])
        .run();
    let listed = parse(&out.stdout);
    assert_eq!(
        listed.uids(),
        ["d1", "d2", "d3"].map(|d| format!("{uid}-{d}@cowork"))
    );
    assert_eq!(
        listed.head["X-WR-CALNAME"], "Методические коворкинги 2026/2027",
        "one series names the calendar"
    );
    for event in &listed.events {
        assert!(event.keys().any(|k| k == "DTSTART;TZID=Europe/Moscow"));
    }
    assert_eq!(listed.utc(&listed.events[0], "DTSTART"), "20270205T063000Z");

    // Moved to another week and given a theme: the same events.
    let edited = text
        .replace(
            "dates = [2027-02-05, 2027-02-08, 2027-02-09]",
            "dates = [2027-02-17, 2027-02-18, 2027-02-19]",
        )
        .replace(
            "title = \"Методический коворкинг № 1\"",
            "title = \"Игровые технологии\"",
        );
    assert_ne!(edited, text);
    std::fs::write(out.path().join(&file), edited).unwrap();
    let again = out
        .then()
        .args(["list", "sessions", "--format", "ics"])
        .run();
    let again = parse(&again.stdout);
    assert_eq!(again.uids(), listed.uids());
    assert_eq!(
        again.events[0]["DTSTART;TZID=Europe/Moscow"],
        "20270217T093000"
    );
    assert_eq!(again.events[0]["SUMMARY"], "«Игровые технологии»");
}

#[test]
fn a_folder_calendar_has_each_sessions_zone_and_days_apart_apart() {
    // Friday 4, Monday 7, Tuesday 8 December 2026, a programme on the first day only.
    let apart = session("Три дня", "", "2026-12-04, 2026-12-07, 2026-12-08", &[1]);
    let far = session(
        "Онлайн из Новосибирска",
        "timezone = \"Asia/Novosibirsk\"\nseries = \"Другая серия\"\n",
        "2026-12-10",
        &[1],
    );
    let out = Test::new()
        .file("sessions/2026-12-04-tri-dnya.toml", &apart)
        .file("sessions/2026-12-10-online.toml", &far)
        .file(
            "sessions/2026-12-20-broken.toml",
            "[session\ntitle = \"x\"\n",
        )
        .args(["list", "sessions", "--format", "ics"])
        .stderr_contains("2026-12-20-broken.toml не попал в календарь")
        .run();
    let read = parse(&out.stdout);
    assert_eq!(read.head["X-WR-CALNAME"], "Методические коворкинги");
    assert_eq!(read.head["X-WR-TIMEZONE"], "Europe/Moscow");
    let zones: Vec<&str> = read.zones.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(zones, ["Asia/Novosibirsk", "Europe/Moscow"]);
    let events: Vec<(String, String, String)> = read
        .events
        .iter()
        .map(|e| {
            let [start, end] = ["DTSTART", "DTEND"].map(|name| {
                e.iter()
                    .find(|(k, _)| k.starts_with(name))
                    .map(|(k, v)| format!("{k}:{v}"))
                    .unwrap()
            });
            (e["SUMMARY"].clone(), start, end)
        })
        .collect();
    assert_eq!(
        events,
        [
            (
                "«Три дня»".into(),
                "DTSTART;TZID=Europe/Moscow:20261204T093000".into(),
                "DTEND;TZID=Europe/Moscow:20261204T121500".into()
            ),
            (
                "«Три дня»".into(),
                "DTSTART;VALUE=DATE:20261207".into(),
                "DTEND;VALUE=DATE:20261209".into()
            ),
            (
                "«Онлайн из Новосибирска»".into(),
                "DTSTART;TZID=Asia/Novosibirsk:20261210T093000".into(),
                "DTEND;TZID=Asia/Novosibirsk:20261210T121500".into()
            ),
        ]
    );
    assert_eq!(read.utc(&read.events[2], "DTSTART"), "20261210T023000Z");
    assert_eq!(read.events[0]["LOCATION"], "МБДОУ «Детский сад № 7»");
    assert_eq!(read.events[2]["DESCRIPTION"], "Серия: Другая серия");
    // Every UID is its own, and `-o` picks the format by its extension.
    let uids = read.uids();
    let mut unique = uids.clone();
    unique.dedup();
    assert_eq!(uids, unique);
    let calendar = out.stdout.clone();
    let written = out.then().args(["list", "sessions", "-o", "all.ics"]).run();
    assert_eq!(written.read("all.ics"), calendar);
}

#[test]
fn a_zone_unknown_to_cowork_toml_is_a_located_error_with_the_zone_meant() {
    Test::new()
        .file(
            "cowork.toml",
            "organization = \"ДОО\"\ntimezone = \"Europe/Moskow\"\n",
        )
        .file("s.toml", session("Тема", "", "2026-12-03", &[1]))
        .args(["agenda", "s.toml", "--format", "ics"])
        .status(1)
        .stdout("")
        .stderr_contains("cowork.toml:2:12")
        .stderr_contains("неизвестный часовой пояс «Europe/Moskow»")
        .stderr_contains("timezone = \"Europe/Moscow\"")
        .run();
    // In the session file, `check` and every document refuse it.
    for args in [
        &["check", "s.toml"][..],
        &["agenda", "s.toml", "--format", "ics"],
        &["list", ".", "--format", "ics"],
    ] {
        let out = Test::new()
            .file(
                "s.toml",
                session("Тема", "timezone = \"Moscow\"\n", "2026-12-03", &[1]),
            )
            .args(args.iter().copied())
            .status(if args[0] == "list" { 0 } else { 1 })
            .run();
        if args[0] == "list" {
            assert!(parse(&out.stdout).events.is_empty());
            assert!(
                out.stderr.contains("s.toml не попал в календарь"),
                "{}",
                out.stderr
            );
        } else {
            assert!(out.stderr.contains("s.toml:7:12"), "{}", out.stderr);
            assert!(
                out.stderr.contains("timezone = \"Europe/Moscow\""),
                "{}",
                out.stderr
            );
        }
    }
}

#[test]
fn new_writes_a_uid_and_new_from_gives_the_copy_its_own() {
    let out = Test::new()
        .args([
            "new",
            "--title",
            "Игровые технологии",
            "--date",
            "2026-12-03",
            "--organization",
            "ДОО",
        ])
        .run();
    let files = out.list("sessions");
    assert_eq!(files.len(), 1, "{files:?}");
    let first = out.read(format!("sessions/{}", files[0]));
    let uid_of = |text: &str| -> String {
        text.lines()
            .find_map(|l| l.strip_prefix("uid = \""))
            .and_then(|l| l.strip_suffix('"'))
            .expect("a uid")
            .to_string()
    };
    let uid = uid_of(&first);
    assert_eq!(uid.len(), 16);
    let copied = out
        .then()
        .args([
            "new",
            "--title",
            "Игровые технологии 2",
            "--date",
            "2027-02-04",
            "--from",
            &format!("sessions/{}", files[0]),
        ])
        .run();
    let files = copied.list("sessions");
    assert_eq!(files.len(), 2, "{files:?}");
    let second = copied.read(format!("sessions/{}", files[1]));
    assert_ne!(uid_of(&second), uid);
    assert_eq!(second.matches("uid = ").count(), 1);
    // A file from before `uid` existed is known by its name: the same in every run.
    let old = first.replace(&format!("uid = \"{uid}\"\n"), "");
    let (a, _) = agenda_ics(Test::new().file("old.toml", &old), "old.toml");
    let (b, _) = agenda_ics(Test::new().file("old.toml", &old), "old.toml");
    assert_eq!(a.uids(), b.uids());
}

/// The whole calendar of a folder, to read: the zones, the stamps, the events.
#[test]
fn the_folder_calendar_as_written() {
    let apart = session(
        "Три дня",
        "uid = \"tri-dnya\"\nseries = \"Серия\"\n",
        "2026-12-04, 2026-12-07, 2026-12-08",
        &[1],
    );
    let far = session(
        "Онлайн",
        "uid = \"online\"\ntimezone = \"Europe/Berlin\"\nseries = \"Серия\"\n",
        "2027-07-01",
        &[1],
    );
    Test::new()
        .file("sessions/a.toml", &apart)
        .file("sessions/b.toml", &far)
        .args(["list", "sessions", "--format", "ics"])
        .stdout_snapshot("folder")
        .run();
}
