//! `cowork new` and `cowork plan` end to end: files written, valid, dated right, never replaced.

use std::path::Path;

use predicates::prelude::*;

use crate::common;
use common::{PATRIOTIC_EXAMPLE as EXAMPLE, Test, cowork_in as cowork};

fn check_clean(dir: &Path, file: &str) {
    cowork(dir)
        .args(["check", file])
        .assert()
        .success()
        .stderr(format!("{file}: всё в порядке\n"));
}

/// `cowork ARGS…` in `dir` ends with exit `code`, its stderr saying `says`.
fn refused(dir: &Path, args: &[&str], code: i32, says: &str) -> assert_cmd::assert::Assert {
    cowork(dir)
        .args(args)
        .assert()
        .code(code)
        .stderr(predicate::str::contains(says))
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn new_from_flags_writes_a_valid_teaching_skeleton() {
    let dir = tempfile::tempdir().unwrap();
    let file = "sessions/2026-12-03-igrovye-tekhnologii-v-doo.toml";
    cowork(dir.path())
        .args([
            "new",
            "--title",
            "Игровые технологии в ДОО",
            "--date",
            "2026-12-03",
            "--days",
            "2",
            "--organization",
            "МБДОУ «Детский сад № 5»",
            "--organizer",
            "Соколова Марина Викторовна, старший воспитатель",
        ])
        .assert()
        .success()
        .stdout(format!("{file}\n"))
        .stderr(predicate::str::contains("Создан"));
    check_clean(dir.path(), file);
    let text = read(dir.path().join(file));
    assert!(text.contains("dates = [2026-12-03, 2026-12-04]"));
    for phase in ["immersion", "presentation", "group-work", "discussion"] {
        assert!(text.contains(&format!("phase = \"{phase}\"")), "{phase}");
    }
    common::assert_snapshot("new_ru", &text);
}

#[test]
fn new_in_english_skips_the_weekend_between_days() {
    let dir = tempfile::tempdir().unwrap();
    let file = "out/2026-12-04-games-in-preschool.toml";
    cowork(dir.path())
        .args([
            "new",
            "--title",
            "Games in preschool",
            "--date",
            "04.12.2026",
            "--days",
            "2",
            "--lang",
            "en",
            "-o",
            "out",
        ])
        .assert()
        .success()
        .stdout(format!("{file}\n"));
    check_clean(dir.path(), file);
    let text = read(dir.path().join(file));
    // Friday, then Monday: the weekend is skipped.
    assert!(text.contains("dates = [2026-12-04, 2026-12-07]"));
    assert!(text.contains("language = \"en\""));
    common::assert_snapshot("new_en", &text);
}

#[test]
fn new_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["new", "--title", "Тема", "--date", "2026-12-03"];
    cowork(dir.path()).args(args).assert().success();
    let path = dir.path().join("sessions/2026-12-03-tema.toml");
    std::fs::write(&path, "# мой файл\n").unwrap();
    refused(dir.path(), &args, 1, "already exists");
    assert_eq!(read(&path), "# мой файл\n");
}

#[test]
fn new_without_a_terminal_names_the_missing_flags() {
    let dir = tempfile::tempdir().unwrap();
    refused(
        dir.path(),
        &["new", "--date", "2026-12-03"],
        2,
        "cowork new нужно знать --title",
    );
    refused(
        dir.path(),
        &["new", "--title", "Тема"],
        2,
        "cowork new нужно знать --date",
    );
    refused(dir.path(), &["new", "--no-input"], 2, "--title и --date");
    refused(
        dir.path(),
        &["new", "--title", "Тема", "--date", "2026-13-03"],
        2,
        "«2026-13-03» — не дата",
    );
    cowork(dir.path())
        .args([
            "new",
            "--title",
            "Тема",
            "--date",
            "2026-12-03",
            "--days",
            "4",
        ])
        .assert()
        .code(2);
    assert!(!dir.path().join("sessions").exists());
}

/// The example session with everything a held session records.
fn held_session(dir: &Path) -> String {
    let mut text =
        read(EXAMPLE).replacen("id = \"sokolova\"\n", "id = \"sokolova\"\ngroup = 1\n", 1);
    text.push_str(
        "\n# ── Итоги ──\n[[attendance]]\nday = 1\npresent = [\"sokolova\", \"petrov\"]\n\n\
         [[feedback]]\nkind = \"plus\"\ntext = \"Практическая направленность\"\nvotes = 4\n\n\
         [[decisions]]\ntext = \"Подготовить сборник\"\nowner = \"sokolova\"\n\n\
         [[products]]\ntitle = \"Сборник\"\n\n[[indicators]]\nname = \"Педагогов\"\nvalue = 12\n\n\
         [report]\nsummary = \"Выводы.\"\n",
    );
    let path = dir.join("held.toml");
    std::fs::write(&path, &text).unwrap();
    text
}

#[test]
fn new_from_an_earlier_session_keeps_the_plan_and_drops_the_results() {
    let dir = tempfile::tempdir().unwrap();
    let source = held_session(dir.path());
    cowork(dir.path())
        .args(["check", "held.toml"])
        .assert()
        .success();
    let file = "sessions/2027-03-01-patrioticheskoe-vospitanie-prodolzhenie.toml";
    cowork(dir.path())
        .args([
            "new",
            "--from",
            "held.toml",
            "--title",
            "Патриотическое воспитание: продолжение",
            "--date",
            "2027-03-01",
        ])
        .assert()
        .success()
        .stdout(format!("{file}\n"));
    check_clean(dir.path(), file);
    let text = read(dir.path().join(file));
    let count = |t: &str, what: &str| t.matches(what).count();
    for kept in ["[[participants]]", "[[activities]]", "[zones."] {
        assert_eq!(count(&text, kept), count(&source, kept), "{kept}");
    }
    for dropped in [
        "[[attendance]]",
        "[[feedback]]",
        "[[decisions]]",
        "[[products]]",
        "[[indicators]]",
        "[report]",
        "group =",
        "Итоги",
    ] {
        assert!(!text.contains(dropped), "{dropped} was kept");
    }
    // Two days as before, the new ones; the title replaced, the comments kept.
    assert!(text.contains("dates = [2027-03-01, 2027-03-02]"));
    assert!(text.contains("title = \"Патриотическое воспитание: продолжение\"\n"));
    assert!(text.contains("# ── День 2 ──"));
    assert!(text.contains("series = \"Методические коворкинги 2026/2027\""));

    refused(
        dir.path(),
        &[
            "new",
            "--from",
            "held.toml",
            "--title",
            "Короче",
            "--date",
            "2027-03-01",
            "--days",
            "1",
        ],
        2,
        "есть мероприятия 2-го дня",
    );
}

fn planned_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn plan_clamps_to_the_month_end_and_moves_weekends_to_monday() {
    let dir = tempfile::tempdir().unwrap();
    cowork(dir.path())
        .args([
            "plan",
            "--start",
            "2027-01-31",
            "--every",
            "1",
            "--count",
            "4",
            "-o",
            "year",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "перенесён с 31\u{a0}января\u{a0}2027\u{a0}г. (выходной день)",
        ))
        .stdout(predicate::str::contains(
            "перенесён с 28\u{a0}февраля\u{a0}2027\u{a0}г. (выходной день)",
        ));
    let names = planned_files(&dir.path().join("year"));
    assert_eq!(
        names,
        [
            "2027-02-01-metodicheskii-kovorking-no-1.toml", // 31 Jan is a Sunday
            "2027-03-01-metodicheskii-kovorking-no-2.toml", // 28 Feb is a Sunday
            "2027-03-31-metodicheskii-kovorking-no-3.toml",
            "2027-04-30-metodicheskii-kovorking-no-4.toml",
        ]
    );
    for name in &names {
        let file = format!("year/{name}");
        check_clean(dir.path(), &file);
        let text = read(dir.path().join(&file));
        assert!(text.contains("series = \"Методические коворкинги 2026/2027\""));
        assert!(text.contains(&format!("dates = [{}]", &name[..10])));
    }
}

#[test]
fn plan_every_two_months_by_default_with_a_named_series() {
    let dir = tempfile::tempdir().unwrap();
    cowork(dir.path())
        .args([
            "plan",
            "--start",
            "2026-10-15",
            "--count",
            "3",
            "--series",
            "Коворкинги ДОО",
            "--title",
            "Игровые технологии",
            "--days",
            "2",
        ])
        .assert()
        .success();
    let names = planned_files(&dir.path().join("sessions"));
    assert_eq!(
        names,
        [
            "2026-10-15-igrovye-tekhnologii.toml",
            "2026-12-15-igrovye-tekhnologii.toml",
            "2027-02-15-igrovye-tekhnologii.toml",
        ]
    );
    let text = read(dir.path().join("sessions").join(&names[0]));
    assert!(text.contains("series = \"Коворкинги ДОО\""));
    assert!(text.contains("dates = [2026-10-15, 2026-10-16]"));
}

#[test]
fn plan_refuses_to_overwrite_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir(&sessions).unwrap();
    let taken = sessions.join("2026-12-15-metodicheskii-kovorking-no-2.toml");
    std::fs::write(&taken, "# занято\n").unwrap();
    refused(
        dir.path(),
        &["plan", "--start", "2026-10-15", "--count", "3"],
        1,
        "1 файл плана уже существует; ничего не записано",
    )
    .stderr(predicate::str::contains(
        "2026-12-15-metodicheskii-kovorking-no-2.toml",
    ));
    assert_eq!(planned_files(&sessions).len(), 1);
    assert_eq!(read(&taken), "# занято\n");
}

#[test]
fn plan_needs_start_and_count() {
    let dir = tempfile::tempdir().unwrap();
    refused(dir.path(), &["plan", "--start", "2026-10-15"], 2, "--count");
    refused(dir.path(), &["plan", "--count", "3"], 2, "--start");
}

#[test]
fn config_defaults_are_found_from_a_subdirectory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cowork.toml"),
        "# настройки\norganization = \"МБДОУ «Детский сад № 5»\"\norganizer = \"Соколова Марина Викторовна\"\n",
    )
    .unwrap();
    let deep = dir.path().join("notes").join("2026");
    std::fs::create_dir_all(&deep).unwrap();
    cowork(&deep)
        .args(["new", "--title", "Тема", "--date", "2026-12-03"])
        .assert()
        .success()
        .stdout("../../sessions/2026-12-03-tema.toml\n");
    let text = read(dir.path().join("sessions/2026-12-03-tema.toml"));
    assert!(text.contains("organization = \"МБДОУ «Детский сад № 5»\""));
    assert!(text.contains("organizer = \"Соколова Марина Викторовна\""));
    assert!(text.contains("name = \"Соколова Марина Викторовна\"\nid = \"sokolova\""));
    // `list` from the subdirectory sees the workspace's sessions too.
    cowork(&deep)
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"title\": \"Тема\""));
}

#[test]
fn config_with_an_unknown_key_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cowork.toml"),
        "organization = \"ДОО\"\norganiser = \"Соколова\"\n",
    )
    .unwrap();
    refused(
        dir.path(),
        &["new", "--title", "Тема", "--date", "2026-12-03"],
        1,
        "неизвестный ключ `organiser` в cowork.toml",
    )
    .stderr(predicate::str::contains("cowork.toml:2:1"))
    .stderr(predicate::str::contains(
        "возможно, вы имели в виду `organizer`?",
    ));
    assert!(!dir.path().join("sessions").exists());
}

/// Every question of `cowork new` has its flag: goal, tasks and zones too.
#[test]
fn new_takes_goal_tasks_and_zones_from_flags() {
    let dir = tempfile::tempdir().unwrap();
    let file = "sessions/2026-12-03-igry.toml";
    cowork(dir.path())
        .args([
            "new",
            "--title",
            "Игры",
            "--date",
            "2026-12-03",
            "--no-input",
            "--goal",
            "Освоить игровые приёмы",
            "--task",
            "Показать приёмы",
            "--task",
            "Обсудить опыт",
            "--zones",
            "media-hub,interactive",
        ])
        .assert()
        .success();
    check_clean(dir.path(), file);
    let text = read(dir.path().join(file));
    assert!(text.contains("goal = \"Освоить игровые приёмы\""), "{text}");
    assert!(
        text.contains("\"Показать приёмы\"") && text.contains("\"Обсудить опыт\""),
        "{text}"
    );
    assert!(
        text.contains("[zones.interactive]") && text.contains("[zones.media-hub]"),
        "{text}"
    );
    assert!(!text.contains("[zones.presentation]"), "{text}");
    refused(
        dir.path(),
        &[
            "new",
            "--title",
            "Т",
            "--date",
            "2026-12-10",
            "--zones",
            "kitchen",
        ],
        2,
        "«kitchen» — не зона",
    );
}

#[test]
fn a_session_past_the_last_day_toml_holds_is_refused_plainly() {
    Test::new()
        .args([
            "new",
            "--title",
            "Т",
            "--date",
            "9999-12-31",
            "--days",
            "3",
            "--no-input",
        ])
        .status(2)
        .stderr_contains("не помещается в календарь: его дни заходят за 31 декабря 9999 г.")
        .stderr_lacks("TOML")
        .run();
    Test::new()
        .args([
            "plan",
            "--start",
            "9999-10-01",
            "--count",
            "3",
            "--every",
            "2",
        ])
        .env("COWORK_LANG", "en")
        .status(2)
        .stderr_contains("does not fit in the calendar")
        .stderr_lacks("TOML")
        .run();
}

#[test]
fn a_line_break_in_the_title_is_refused_plainly() {
    let out = Test::new()
        .args([
            "new",
            "--title",
            "Тема\nвторая строка",
            "--date",
            "2027-02-01",
            "--no-input",
        ])
        .status(2)
        .stderr_contains("ошибка: --title — это одна строка: в ней не может быть перевода строки")
        .stderr_contains("подсказка: напишите тему в одну строку, в кавычках: --title \"")
        .run();
    assert!(!out.path().join("sessions").exists(), "nothing is written");
}

#[test]
fn new_from_last_school_years_session_starts_the_new_years_series() {
    let dir = tempfile::tempdir().unwrap();
    let source = held_session(dir.path());
    std::fs::create_dir(dir.path().join("sessions")).unwrap();
    std::fs::write(dir.path().join("sessions/held.toml"), &source).unwrap();
    let new = |title: &str, date: &str| {
        cowork(dir.path())
            .args([
                "new",
                "--from",
                "sessions/held.toml",
                "--title",
                title,
                "--date",
                date,
            ])
            .assert()
            .success()
    };
    // October 2027 is the school year 2027/2028: a series of its own, and the user is told.
    new("Осенний коворкинг", "2027-10-14").stderr(predicate::str::contains(
        "Серия названа по учебному году нового коворкинга: \
         «Методические коворкинги 2027/2028» (было «Методические коворкинги 2026/2027»)",
    ));
    let autumn = "sessions/2027-10-14-osennii-kovorking.toml";
    check_clean(dir.path(), autumn);
    let text = read(dir.path().join(autumn));
    assert!(
        text.contains("series = \"Методические коворкинги 2027/2028\""),
        "{text}"
    );
    // So last year's open decision does not flow into its plan…
    cowork(dir.path())
        .args(["agenda", autumn, "--format", "md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Подготовить сборник").not());
    // …while a session of the same school year keeps the series and carries it over.
    new("Весенний коворкинг", "2027-03-01").stderr(predicate::str::contains("Серия названа").not());
    let spring = "sessions/2027-03-01-vesennii-kovorking.toml";
    assert!(
        read(dir.path().join(spring)).contains("series = \"Методические коворкинги 2026/2027\"")
    );
    cowork(dir.path())
        .args(["agenda", spring, "--format", "md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Подготовить сборник"));
    // In English, the same note.
    cowork(dir.path())
        .args([
            "--lang",
            "en",
            "new",
            "--from",
            "sessions/held.toml",
            "--title",
            "Autumn",
            "--date",
            "2027-10-15",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "The series is named after the new session's school year: \
             “Методические коворкинги 2027/2028” (was “Методические коворкинги 2026/2027”)",
        ));
}

#[test]
fn plan_across_the_first_of_september_names_each_session_after_its_school_year() {
    let dir = tempfile::tempdir().unwrap();
    cowork(dir.path())
        .args([
            "plan",
            "--start",
            "2027-05-12",
            "--every",
            "3",
            "--count",
            "3",
            "--series",
            "Коворкинги наставников 2026/2027",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "С 12\u{a0}ноября\u{a0}2027\u{a0}г. коворкинги входят в серию \
             «Коворкинги наставников 2027/2028»: серия называется по учебному году \
             (с 1 сентября по 31 августа).\n",
        ))
        // The first sessions keep the name asked for: nothing said about them.
        .stderr(predicate::str::contains("мая").not());
    let names = planned_files(&dir.path().join("sessions"));
    let series: Vec<String> = names
        .iter()
        .map(|name| {
            let text = read(dir.path().join("sessions").join(name));
            let line = text.lines().find(|l| l.starts_with("series = ")).unwrap();
            format!("{} {line}", &name[..10])
        })
        .collect();
    assert_eq!(
        series,
        [
            "2027-05-12 series = \"Коворкинги наставников 2026/2027\"",
            "2027-08-12 series = \"Коворкинги наставников 2026/2027\"",
            "2027-11-12 series = \"Коворкинги наставников 2027/2028\"",
        ]
    );
    // The plan's heading and its calendar name the series once, with both school years.
    let again = [
        "plan",
        "--start",
        "2027-05-12",
        "--every",
        "3",
        "--count",
        "3",
        "--series",
        "Коворкинги наставников 2026/2027",
        "--dry-run",
    ];
    let table = cowork(dir.path()).args(again).assert().success();
    let table = String::from_utf8(table.get_output().stdout.clone()).unwrap();
    assert!(
        table.starts_with("«Коворкинги наставников 2026/2027 и 2027/2028»: 3 коворкинга\n"),
        "{table}"
    );
    let ics = cowork(dir.path())
        .args(again)
        .args(["--format", "ics"])
        .assert()
        .success();
    let ics = String::from_utf8(ics.get_output().stdout.clone()).unwrap();
    assert_eq!(
        crate::common::ics::parse(&ics).head["X-WR-CALNAME"],
        "Коворкинги наставников 2026/2027 и 2027/2028"
    );
}
