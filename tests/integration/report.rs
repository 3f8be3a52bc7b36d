//! `cowork report`: the analytical report, its figures, anonymization and carried-over decisions.

use crate::common;

use std::path::Path;

use common::*;

const COUNTS: &str = "tests/fixtures/report/counts.toml";
const ENGLISH: &str = "tests/fixtures/report/english.toml";
const FULL: &str = "tests/fixtures/report/full.toml";
const ONE_DAY: &str = "tests/fixtures/report/one-day.toml";
const FUTURE: &str = "tests/fixtures/report/future.toml";
const FIRST: &str = "tests/fixtures/series/2026-10-15-igrovye-tehnologii.toml";
const SECOND: &str = "tests/fixtures/series/2026-12-03-patrioticheskoe-vospitanie.toml";
const THIRD: &str = "tests/fixtures/series/2027-02-11-sotrudnichestvo-s-semyoj.toml";

/// `cowork <args>` with the report and series fixtures at their repository paths, so the
/// paths above name them, and the other sessions of a series are found beside them.
fn report(args: &[&str]) -> Test {
    Test::new()
        .fixture_dir_as("report", "tests/fixtures/report")
        .fixture_dir_as("series", "tests/fixtures/series")
        .args(args)
}

/// stdout of a successful `cowork <args>`.
fn stdout(args: &[&str]) -> String {
    report(args).run().stdout
}

/// The JSON of a successful `cowork <args> --format json`.
fn json(args: &[&str]) -> serde_json::Value {
    report(args).args(["--format", "json"]).run().json()
}

#[test]
fn every_format_and_both_languages() {
    for (name, file) in [("ru", COUNTS), ("en", ENGLISH)] {
        for format in ["md", "html", "txt", "json"] {
            report(&["report", file, "--format", format])
                .stdout_snapshot(format!("report_{name}_{format}"))
                .run();
            report(&["report", file, "--format", format, "--anonymize"])
                .stdout_snapshot(format!("report_{name}_{format}_anonymized"))
                .run();
        }
    }
}

#[test]
fn the_figures_match_the_fixture() {
    let v = json(&["report", COUNTS]);
    let p = &v["participation"];
    assert_eq!(p["registered"], 12);
    assert_eq!(p["recorded"], true);
    let day = |i: usize, key: &str| p["days"][i][key].clone();
    assert_eq!(day(0, "present"), 10);
    assert_eq!(day(0, "guests"), 3);
    assert_eq!(day(0, "total"), 13);
    assert_eq!(day(0, "percent"), 83);
    assert_eq!(day(0, "share"), "83\u{a0}%");
    assert_eq!(day(1, "present"), 6);
    assert_eq!(day(1, "guests"), 1);
    assert_eq!(day(1, "total"), 7);
    assert_eq!(day(1, "percent"), 50);
    assert_eq!(p["present_any"], 11);
    assert_eq!(p["present_any_percent"], 92);
    assert_eq!(p["guests_total"], 4);

    let rows = |key: &str| -> Vec<(String, u64, u64)> {
        p[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["id"].as_str().unwrap().to_string(),
                    r["registered"].as_u64().unwrap(),
                    r["present"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let expect = |rows: &[(&str, u64, u64)]| -> Vec<(String, u64, u64)> {
        rows.iter()
            .map(|(id, r, p)| (id.to_string(), *r, *p))
            .collect()
    };
    assert_eq!(
        rows("roles"),
        expect(&[
            ("participant", 6, 5),
            ("moderator", 3, 3),
            ("mentor", 1, 1),
            ("guest", 1, 1),
            ("organizer", 1, 1),
        ])
    );
    // 3 years is in «3–10», 10 years too; 11 is over 10.
    assert_eq!(
        rows("experience"),
        expect(&[
            ("under_3", 2, 2),
            ("3_10", 4, 4),
            ("over_10", 4, 4),
            ("unknown", 2, 1),
        ])
    );

    let held = &v["held"];
    assert_eq!(held["total"], 10);
    assert_eq!(
        held["columns"],
        serde_json::json!([
            "Погружение",
            "Презентация опыта",
            "Работа в группах",
            "Обсуждение",
            "Без этапа"
        ])
    );
    assert_eq!(held["totals"], serde_json::json!([2, 3, 3, 1, 1]));
    let zones: Vec<(&str, &serde_json::Value)> = held["zones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| (z["name"].as_str().unwrap(), &z["counts"]))
        .collect();
    assert_eq!(zones.len(), 4);
    assert_eq!(
        zones[0],
        ("Интерактивная", &serde_json::json!([1, 0, 2, 0, 0]))
    );
    assert_eq!(
        zones[1],
        ("Презентационная", &serde_json::json!([0, 2, 0, 0, 1]))
    );
    assert_eq!(zones[2], ("Медиа-хаб", &serde_json::json!([0, 1, 1, 0, 0])));
    assert_eq!(
        zones[3],
        ("Общие (все зоны)", &serde_json::json!([1, 0, 0, 1, 0]))
    );
    assert_eq!(
        held["phases"][2]["activities"][0]["moderators"],
        serde_json::json!(["Кузнецова Ольга Николаевна", "Петров Игорь Сергеевич"])
    );

    assert_eq!(v["feedback"]["points"], 6);
    assert_eq!(v["feedback"]["votes"], 25);

    let d = &v["decisions"];
    assert_eq!(
        (d["total"].clone(), d["done"].clone(), d["open"].clone()),
        (4.into(), 1.into(), 3.into())
    );
    assert_eq!(d["items"][0]["owner"], "Петров Игорь Сергеевич");
    assert_eq!(
        d["items"][0]["due_text"],
        "20\u{a0}января\u{a0}2027\u{a0}г."
    );
    assert_eq!(d["items"][1]["status"], "выполнено");

    let products = &v["products"];
    assert_eq!(products[0]["url"], "https://example.org/sbornik");
    assert_eq!(
        products[0]["authors"],
        serde_json::json!(["Петров Игорь Сергеевич", "Ёлкина Дарья Андреевна"])
    );
    assert_eq!(products[1]["link"], "javascript:alert(1)");
    assert!(products[1]["url"].is_null(), "only http(s) links are links");

    assert_eq!(v["indicators"][1]["value"], "4,6");
    assert_eq!(v["conclusions"].as_array().unwrap().len(), 2);
    assert!(v["carried_over"].as_array().unwrap().is_empty());
}

#[test]
fn only_web_addresses_become_links_in_html() {
    let html = stdout(&["report", COUNTS, "--format", "html"]);
    assert!(html.contains("<a href=\"https://example.org/sbornik\">"));
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("javascript:alert(1)"));
}

/// Every way a fixture's people could be named: full names, surnames, name and patronymic.
fn names_in(file: &str) -> Vec<String> {
    let rel = file.strip_prefix("tests/fixtures/").expect("a fixture");
    let doc: toml::Table = fixture_text(rel).parse().unwrap();
    let mut names = Vec::new();
    for p in doc["participants"].as_array().unwrap() {
        let full = p["name"].as_str().unwrap();
        let words: Vec<&str> = full.split_whitespace().collect();
        names.push(full.to_string());
        for w in &words {
            // The stem finds declined forms too: «Петрова», «Ёлкиной».
            let stem: String = w
                .chars()
                .take(w.chars().count().saturating_sub(1).max(4))
                .collect();
            names.push(stem);
        }
    }
    names
}

#[test]
fn an_anonymized_report_names_nobody() {
    for file in [COUNTS, ENGLISH] {
        let names = names_in(file);
        for format in ["md", "html", "txt", "json"] {
            let text = stdout(&["report", file, "--format", format, "--anonymize"]);
            for name in &names {
                assert!(
                    !text.contains(name.as_str()),
                    "{file} ({format}) still names {name}:\n{text}"
                );
            }
        }
    }
    let v = json(&["report", COUNTS, "--anonymize"]);
    assert_eq!(v["anonymized"], true);
    assert!(v["header"]["organizer"].is_null());
    let owners: Vec<&str> = v["decisions"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["owner"].as_str().unwrap())
        .collect();
    // A participant id, a participant's short name, free text, the organizer's short name.
    assert_eq!(
        owners,
        ["модератор", "модератор", "ответственный", "организатор"]
    );
    assert_eq!(
        v["products"][0]["authors"],
        serde_json::json!(["2 модератора"])
    );
    assert_eq!(
        v["held"]["phases"][2]["activities"][0]["moderators_text"],
        "ведущие — модератор и наставник"
    );
    // The figures do not change.
    assert_eq!(v["participation"]["present_any"], 11);
}

#[test]
fn open_decisions_of_earlier_sessions_carry_over() {
    let v = json(&["report", THIRD]);
    let carried: Vec<(&str, &str)> = v["carried_over"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["session_date"].as_str().unwrap(),
                d["text"].as_str().unwrap(),
            )
        })
        .collect();
    // Not the done one, not the other series' one, not this session's own.
    assert_eq!(
        carried,
        [
            ("2026-10-15", "Создать страницу коворкинга на сайте"),
            ("2026-12-03", "Провести мастер-класс для молодых педагогов"),
            ("2026-12-03", "Закупить раздаточный материал"),
        ]
    );
    report(&["report", THIRD, "--format", "md"])
        .stdout_snapshot("report_carried_over_md")
        .run();
    let v = json(&["report", THIRD, "--anonymize"]);
    assert_eq!(v["carried_over"][0]["owner"], "участник");
    assert_eq!(v["carried_over"][1]["owner"], "участник");
    assert_eq!(v["carried_over"][2]["owner"], "ответственный");
}

#[test]
fn the_agenda_lists_the_open_decisions_of_earlier_sessions() {
    report(&["agenda", SECOND, "--format", "md"])
        .stdout_contains("## Контроль исполнения решений предыдущих коворкингов")
        .stdout_contains("Создать страницу коворкинга на сайте")
        .stdout_lacks("Провести мастер-класс для молодых педагогов")
        .stdout_lacks("Чужое решение")
        .stdout_snapshot("agenda_carried_over_md")
        .run();
    for format in ["html", "txt", "table"] {
        let text = stdout(&["agenda", SECOND, "--format", format]);
        assert!(
            text.contains("Создать страницу коворкинга на сайте"),
            "{format}"
        );
    }
    let v = json(&["agenda", SECOND]);
    assert_eq!(v["open_decisions"][0]["owner"], "Морозов А. Д.");
    let first = stdout(&["agenda", FIRST, "--format", "md"]);
    assert!(!first.contains("Контроль исполнения"));
    assert!(json(&["agenda", FIRST]).get("open_decisions").is_none());
}

#[test]
fn output_to_a_file_picks_the_format_from_the_extension() {
    let out = report(&["report", COUNTS, "-o", "spravka.html"])
        .stdout("")
        .run();
    let html = out.read("spravka.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Аналитическая справка по итогам методического коворкинга"));
}

#[test]
fn a_session_without_after_data_still_has_every_section() {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/grazhdansko-patrioticheskoe.toml");
    let md = Test::new()
        .file(
            "examples/grazhdansko-patrioticheskoe.toml",
            std::fs::read(&example).expect("the example exists"),
        )
        .args([
            "report",
            "examples/grazhdansko-patrioticheskoe.toml",
            "--format",
            "md",
        ])
        .run()
        .stdout;
    for heading in [
        "# Аналитическая справка по итогам методического коворкинга «",
        "## Цель и задачи",
        "## Ход проведения",
        "## Результаты",
        "### Участие",
        "### Проведённые мероприятия",
        "### Итоги обсуждения: плюсы и минусы",
        "### Принятые решения",
        "### Методические продукты",
    ] {
        assert!(md.contains(heading), "{heading}");
    }
    // No indicators recorded: no empty table of them.
    assert!(!md.contains("Показатели"), "{md}");
    assert!(md.contains("Сведения о посещаемости не внесены."));
    assert!(md.contains("Итоги обсуждения не внесены."));
    report(&["report", "tests/fixtures/nope.toml"])
        .status(1)
        .stderr_contains("такого файла нет")
        .run();
}

/// A small session of series «С» for the carry-over tests: `extra` goes into `[session]`,
/// `decision` is its one open decision.
fn series_session(extra: &str, date: &str, decision: &str) -> String {
    format!(
        "[session]\ntitle = \"Тема {date}\"\ngoal = \"Ц\"\nseries = \"С\"\n{extra}dates = [{date}]\n\n\
         [[activities]]\ntitle = \"А\"\nduration = 30\n\n\
         [[decisions]]\ntext = \"{decision}\"\ndone = false\n"
    )
}

#[test]
fn decisions_carry_over_only_within_the_same_organization() {
    let ours = "organization = \"МБДОУ № 7\"\n";
    let test = || {
        Test::new()
            .file(
                "sessions/a-ours.toml",
                series_session(ours, "2026-10-01", "Наше решение"),
            )
            .file(
                "sessions/b-theirs.toml",
                series_session(
                    "organization = \"МБДОУ № 9\"\n",
                    "2026-10-02",
                    "Чужое решение",
                ),
            )
            .file(
                "sessions/c-none.toml",
                series_session("", "2026-10-03", "Решение без организации"),
            )
            .file(
                "sessions/d-now.toml",
                series_session(ours, "2026-12-03", "Решение этого коворкинга"),
            )
    };
    for command in ["agenda", "report"] {
        test()
            .args([command, "sessions/d-now.toml", "--format", "md"])
            .stdout_contains("Наше решение")
            .stdout_lacks("Чужое решение")
            .stdout_lacks("Решение без организации")
            .run();
    }
    // Without an organisation, only the sessions that name none either.
    test()
        .file(
            "sessions/e-none-now.toml",
            series_session("", "2026-12-04", "Решение этого коворкинга"),
        )
        .args(["report", "sessions/e-none-now.toml", "--format", "json"])
        .stdout_contains("Решение без организации")
        .stdout_lacks("Наше решение")
        .stdout_lacks("Чужое решение")
        .run();
}

#[test]
fn siblings_of_other_series_or_later_dates_are_not_checked_in_full() {
    // Past their `[session]` table these files are broken: read in full, each would be
    // mentioned as not TOML. Their headers alone rule them out, so nothing is said.
    let broken = "\n[[decisions]]\ntext = \"Сломанный файл\n";
    Test::new()
        .file(
            "sessions/other.toml",
            format!("[session]\nseries = \"Другая\"\ndates = [2026-10-01]\n{broken}"),
        )
        .file(
            "sessions/later.toml",
            format!("[session]\nseries = \"С\"\ndates = [2027-01-01]\n{broken}"),
        )
        .file(
            "sessions/earlier.toml",
            format!("[session]\nseries = \"С\"\ndates = [2026-11-01]\n{broken}"),
        )
        .file(
            "sessions/now.toml",
            series_session("", "2026-12-03", "Решение этого коворкинга"),
        )
        .args(["agenda", "sessions/now.toml", "--format", "md"])
        .stderr_contains("предупреждение: sessions/earlier.toml не читается как TOML, и решения из него не переносятся")
        .stderr_lacks("other.toml")
        .stderr_lacks("later.toml")
        .run();
}

#[test]
fn a_full_report_in_every_format() {
    for format in ["md", "txt", "html"] {
        report(&["report", FULL, "--format", format])
            .stdout_snapshot(format!("report_full_{format}"))
            .run();
    }
    report(&["report", ONE_DAY, "--format", "md"])
        .stdout_snapshot("report_one_day_md")
        .run();
}

/// Every format carries the same sections in the same order.
#[test]
fn every_format_has_the_sections_in_one_order() {
    let sections = [
        "Основание",
        "Цель и задачи",
        "Ход проведения",
        "Результаты",
        "Участие",
        "Проведённые мероприятия",
        "Итоги обсуждения: плюсы и минусы",
        "Принятые решения",
        "Методические продукты",
        "Показатели",
        "Выводы",
        "Рекомендации",
        "Старший воспитатель",
    ];
    for format in ["md", "txt", "html"] {
        let text = stdout(&["report", FULL, "--format", format]);
        let mut last = 0;
        for section in sections {
            // The txt form writes the main sections in capitals.
            let at = text
                .find(section)
                .or_else(|| text.find(&section.to_uppercase()))
                .unwrap_or_else(|| panic!("{format}: no «{section}»\n{text}"));
            assert!(at > last, "{format}: «{section}» out of order\n{text}");
            last = at;
        }
    }
}

#[test]
fn breaks_are_not_activities_held() {
    let v = json(&["report", FULL]);
    assert_eq!(v["held"]["total"], 5);
    let md = stdout(&["report", FULL]);
    assert!(md.contains("Всего проведено мероприятий: 5."), "{md}");
    for word in ["Обед", "Кофе-пауза"] {
        assert!(!md.contains(word), "{word}\n{md}");
    }
}

#[test]
fn the_narrative_says_when_where_who_and_what() {
    let v = json(&["report", FULL]);
    let narrative: Vec<&str> = v["narrative"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let nbsp = |s: &str| s.replace('\u{a0}', " ");
    assert_eq!(
        nbsp(narrative[0]),
        "3–4 декабря 2026 г. на базе МБДОУ «Детский сад № 5» состоялся методический коворкинг \
         «Игровые технологии в работе с детьми раннего возраста». В работе коворкинга приняли \
         участие 6 педагогов из 3 образовательных организаций. Кроме того, присутствовали 3 гостя."
    );
    assert_eq!(
        nbsp(narrative[3]),
        "На этапе работы в группах проведено 2 мероприятия: работа в группах «Картотека игр» \
         (модераторы — Яковлева С. И. и Белова Т. А.) и педагогическая мастерская «Сенсорные игры» \
         (модератор — Яковлева С. И.)."
    );
    assert_eq!(
        nbsp(narrative.last().unwrap()),
        "По итогам работы созданы 2 методических продукта: «Картотека игр для детей раннего \
         возраста» и «Памятка „Играем дома“»."
    );
}

#[test]
fn overdue_decisions_are_marked() {
    let v = json(&["report", FULL]);
    let d = &v["decisions"];
    // Due 8 December, not done, report of 10 December: overdue; due 20 December: in work.
    assert_eq!(d["items"][0]["overdue"], true);
    assert_eq!(d["items"][0]["status"], "просрочено");
    assert_eq!(d["items"][1]["overdue"], false);
    assert_eq!(d["items"][1]["status"], "в работе");
    // Done before its date is never overdue.
    assert_eq!(d["items"][2]["overdue"], false);
    assert_eq!(d["items"][2]["status"], "выполнено");
    assert_eq!(
        (d["done"].clone(), d["open"].clone(), d["overdue"].clone()),
        (1.into(), 1.into(), 1.into())
    );
    let md = stdout(&["report", FULL]);
    assert!(md.contains("| **просрочено** |"), "{md}");
    assert!(
        md.contains("Всего решений: 3; выполнено: 1; в работе: 1; просрочено: 1."),
        "{md}"
    );
}

#[test]
fn one_day_says_who_was_present_without_at_least_one_day() {
    let md = stdout(&["report", ONE_DAY]);
    assert!(!md.contains("хотя бы в один из дней"), "{md}");
    assert!(
        md.contains("Присутствовали: 2 из 3 (67\u{a0}%); гости без регистрации: 1."),
        "{md}"
    );
    let two_days = stdout(&["report", FULL]);
    assert!(
        two_days.contains("Присутствовали хотя бы в один из дней: 7 из 7"),
        "{two_days}"
    );
}

#[test]
fn the_signature_block_has_position_line_name_and_date() {
    let tail = |file: &str| {
        let md = stdout(&["report", file]).replace('\u{a0}', " ");
        md.trim_end()
            .lines()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    };
    // A participant: their position and initials; the date as written.
    assert_eq!(
        tail(FULL),
        "Старший воспитатель _______________ Е. В. Громова\n\n10 декабря 2026 г."
    );
    // Free text with `author_position`; the day after the session by default.
    assert_eq!(
        tail(ONE_DAY),
        "Методист МКУ «ИМЦ» _______________ Н. В. Кузнецова\n\n9 апреля 2027 г."
    );
    // No author: the organizer, their position after the comma.
    assert_eq!(
        tail(COUNTS),
        "Методист _______________ М. В. Соколова\n\n5 декабря 2026 г."
    );
}

#[test]
fn a_session_ahead_is_refused_unless_drafted() {
    let ahead = |args: &[&str]| report(args).env("COWORK_TODAY", "2026-12-10");
    ahead(&["report", FUTURE])
        .status(1)
        .stdout("")
        .stderr_contains("ещё не проведён: он начнётся 11\u{a0}февраля\u{a0}2027\u{a0}г.")
        .stderr_contains("--draft")
        .run();
    let draft = ahead(&["report", FUTURE, "--draft"])
        .stdout_snapshot("report_future_draft_md")
        .run()
        .stdout;
    assert!(draft.contains("**ПРОЕКТ**"), "{draft}");
    for future in [
        "состоится",
        "зарегистрированы 3 педагога",
        "запланировано",
        "Всего запланировано мероприятий: 1.",
    ] {
        assert!(draft.contains(future), "{future}\n{draft}");
    }
    for past in [
        "состоялся",
        "проведено",
        "приняли участие",
        "Проведённые",
        "Итоги обсуждения",
    ] {
        assert!(!draft.contains(past), "{past}\n{draft}");
    }
    // The first day itself is not ahead: the report is written on the day.
    report(&["report", FUTURE])
        .env("COWORK_TODAY", "2027-02-11")
        .stdout_lacks("ПРОЕКТ")
        .stdout_contains("состоялся")
        .run();
    // A held session may be drafted too: marked, in the past tense.
    report(&["report", FULL, "--draft"])
        .stdout_contains("**ПРОЕКТ**")
        .stdout_contains("состоялся")
        .run();
    // English.
    let en = report(&["report", ENGLISH, "--draft"])
        .env("COWORK_TODAY", "2027-01-01")
        .run()
        .stdout;
    assert!(en.contains("**DRAFT**"), "{en}");
    assert!(en.contains("will be held"), "{en}");
    report(&["report", ENGLISH])
        .env("COWORK_TODAY", "2027-01-01")
        .status(1)
        .run();
}

#[test]
fn the_anonymized_report_names_nobody_in_its_narrative_either() {
    let surnames = [
        "Громов",
        "Белов",
        "Яковлев",
        "Тихонов",
        "Крылов",
        "Жуков",
        "Романов",
    ];
    for format in ["md", "txt", "html"] {
        let text =
            stdout(&["report", FULL, "--anonymize", "--format", format]).replace('\u{a0}', " ");
        for surname in surnames {
            assert!(!text.contains(surname), "{format}: {surname}\n{text}");
        }
        assert!(
            text.contains("ведущие — модератор и наставник"),
            "{format}\n{text}"
        );
    }
    let md = stdout(&["report", FULL, "--anonymize"]);
    // The signature keeps the position and the line, not the name.
    assert!(
        md.trim_end()
            .ends_with("Старший воспитатель _______________\n\n10\u{a0}декабря\u{a0}2026\u{a0}г."),
        "{md}"
    );
}

#[test]
fn an_english_report_reads_as_english() {
    let md = stdout(&["report", ENGLISH]).replace('\u{a0}', " ");
    for phrase in [
        "# Post-session report: “Play-based learning in preschool”",
        "## Aim and objectives",
        "## How it went",
        "On 11 March 2027, the teachers’ co-working session “Play-based learning in preschool” was held at City Methodical Centre.",
        "3 teachers from one organisation took part.",
        "### Pros and cons",
        "### Teaching materials",
        "## Findings",
    ] {
        assert!(md.contains(phrase), "{phrase}\n{md}");
    }
}

/// The due dates and overdue marks of a document's open decisions in JSON.
fn overdue_marks(v: &serde_json::Value, key: &str) -> Vec<(String, bool)> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["text"].as_str().unwrap().to_string(),
                d["overdue"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn decisions_past_their_due_date_are_overdue_in_the_plan_the_report_and_the_series() {
    let mark = |text: &str, overdue: bool| (text.to_string(), overdue);
    // The plan of 3 December made on 20 November: «до 1 декабря» is not late yet…
    let early = report(&["agenda", SECOND, "--format", "json"])
        .env("COWORK_TODAY", "2026-11-20")
        .run()
        .json();
    assert_eq!(
        overdue_marks(&early, "open_decisions"),
        [mark("Создать страницу коворкинга на сайте", false)]
    );
    report(&["agenda", SECOND, "--format", "md"])
        .env("COWORK_TODAY", "2026-11-20")
        .stdout_contains("| 1\u{a0}декабря\u{a0}2026\u{a0}г. |")
        .stdout_lacks("просрочено")
        .run();
    // …and on the day of the session it is, and stays so when the plan is made again later.
    for today in ["2026-12-03", "2030-01-01"] {
        report(&["agenda", SECOND, "--format", "md"])
            .env("COWORK_TODAY", today)
            .stdout_contains("| 1\u{a0}декабря\u{a0}2026\u{a0}г.\u{a0}— **просрочено** |")
            .run();
    }
    for format in ["html", "txt", "table"] {
        let text = report(&["agenda", SECOND, "--format", format])
            .env("COWORK_TODAY", "2026-12-03")
            .run()
            .stdout;
        let marked = if format == "txt" {
            "ПРОСРОЧЕНО"
        } else {
            "просрочено"
        };
        assert!(text.contains(marked), "{format}: {text}");
    }

    // The report of 11 February speaks as of 12 February: both dated decisions are late,
    // counted apart from the one without a date.
    let v = json(&["report", THIRD]);
    assert_eq!(
        overdue_marks(&v, "carried_over"),
        [
            mark("Создать страницу коворкинга на сайте", true),
            mark("Провести мастер-класс для молодых педагогов", true),
            mark("Закупить раздаточный материал", false),
        ]
    );
    assert_eq!(v["carried_over_overdue"], 2);
    for format in ["md", "html", "txt"] {
        let text = stdout(&["report", THIRD, "--format", format]);
        assert!(
            text.contains("Решений на контроле: 3; просрочено: 2."),
            "{format}: {text}"
        );
    }
    // A draft made before the session speaks as of today.
    let draft = report(&["report", THIRD, "--draft", "--format", "json"])
        .env("COWORK_TODAY", "2027-01-15")
        .run()
        .json();
    assert_eq!(
        overdue_marks(&draft, "carried_over"),
        [
            mark("Создать страницу коворкинга на сайте", true),
            mark("Провести мастер-класс для молодых педагогов", false),
            mark("Закупить раздаточный материал", false),
        ]
    );
    assert_eq!(draft["carried_over_overdue"], 1);

    // The series summary: as of today.
    let series = |today: &str| {
        report(&["summary", FIRST, SECOND, THIRD, "--format", "json"])
            .env("COWORK_TODAY", today)
            .run()
            .json()
    };
    let overdue = |v: &serde_json::Value| -> Vec<String> {
        overdue_marks(v, "open_decisions")
            .into_iter()
            .filter(|(_, late)| *late)
            .map(|(text, _)| text)
            .collect()
    };
    assert!(overdue(&series("2026-11-01")).is_empty());
    assert_eq!(
        overdue(&series("2027-01-01")),
        ["Создать страницу коворкинга на сайте"]
    );
    report(&["summary", FIRST, SECOND, THIRD, "--format", "md"])
        .env("COWORK_TODAY", "2027-01-01")
        .stdout_contains("| 1\u{a0}декабря\u{a0}2026\u{a0}г.\u{a0}— **просрочено** |")
        .stdout_contains("| 31\u{a0}января\u{a0}2027\u{a0}г. |")
        .run();
}

#[test]
fn overdue_decisions_read_as_english_in_an_english_series() {
    let session = |date: &str, decision: &str| {
        format!(
            "[session]\ntitle = \"Session {date}\"\ngoal = \"G\"\nlanguage = \"en\"\nseries = \"S\"\n\
             dates = [{date}]\n\n[[activities]]\ntitle = \"A\"\nduration = 30\n\n\
             [[decisions]]\ntext = \"{decision}\"\ndue = 2027-01-20\ndone = false\n"
        )
    };
    let test = || {
        Test::new()
            .file("sessions/a.toml", session("2026-12-03", "Share the slides"))
            .file("sessions/b.toml", session("2027-02-11", "Plan the spring"))
    };
    test()
        .args(["agenda", "sessions/b.toml", "--format", "md"])
        .stdout_contains("| 20\u{a0}January\u{a0}2027\u{a0}— **overdue** |")
        .run();
    test()
        .args(["report", "sessions/b.toml", "--format", "md"])
        .stdout_contains("Still open: 1; overdue: 1.")
        .run();
    test()
        .args(["report", "sessions/b.toml", "--format", "txt"])
        .stdout_contains("Due: 20\u{a0}January\u{a0}2027\u{a0}— OVERDUE")
        .run();
    test()
        .args([
            "summary",
            "sessions/a.toml",
            "sessions/b.toml",
            "--format",
            "table",
        ])
        .stdout_contains("20\u{a0}January\u{a0}2027\u{a0}— overdue")
        .run();
}
