//! Forgiving input (issue 12, items 4 and 6): values written the way a methodist speaks, and
//! file arguments given as folders and patterns. One test per rule: each accepted spelling,
//! each ambiguity error with its candidates.

use crate::common::Test;

/// A session written as a methodist would: Russian enumeration words, a Russian date, zones
/// by name, people by surname and initials, an activity by a loose title.
const FORGIVING: &str = r#"[session]
title = "Игровые технологии в ДОО"
goal = "Обменяться опытом"
dates = ["15.10.2026"]

[zones.sport]
name = "Спортивная планета"

[[participants]]
name = "Громова Елена Викторовна"
id = "gromova"
role = "Модератор"

[[participants]]
name = "Ковалёва Анна Сергеевна"
role = "участник"

[[participants]]
name = "Петров Иван Ильич"
role = "НАСТАВНИК"

[[participants]]
name = "Сидорова Ольга Ивановна"
role = "гость"

[[participants]]
name = "Орлова Нина Павловна"
role = "организатор"

[[activities]]
title = "Мастер-класс «Время действовать!»"
phase = "Информационное погружение"
zone = "Интерактивная"
duration = 60
moderators = ["Громова Е. В."]

[[activities]]
title = "Опыт коллег"
phase = "презентация опыта"
zone = "медиа-хаб"
start = "10:00"
duration = 30
moderators = ["громова е.в."]

[[activities]]
title = "Игры на воздухе"
phase = "Работа в группах"
zone = "спортивная планета"
start = "10:30"
duration = 30
moderators = ["КОВАЛЕВА АННА СЕРГЕЕВНА"]

[[activities]]
title = "Плюсы и минусы"
phase = "обсуждение"
start = "11:00"
duration = 30
moderators = ["Петров   Иван  Ильич", "Е.В. Громова"]

[[attendance]]
day = 1
present = ["Ковалева", "Петров И. И.", "gromova"]
excused = ["сидорова ольга ивановна"]

[[feedback]]
kind = "Плюс"
text = "Практическая направленность"
activity = "мастер-класс \"Время действовать\""

[[feedback]]
kind = "минус"
text = "Мало времени"

[[feedback]]
kind = "интересно"
text = "Игры на воздухе зимой"
activity = "игры на воздухе"

[[products]]
title = "Сборник игр"
authors = ["Громова", "Ковалёва А. С."]
"#;

fn forgiving() -> Test {
    Test::new().file("s.toml", FORGIVING)
}

#[test]
fn every_forgiving_spelling_passes_check_without_a_word() {
    forgiving()
        .args(["check", "s.toml"])
        .stderr("s.toml: всё в порядке\n")
        .run();
}

#[test]
fn russian_enumeration_words_mean_their_ids() {
    let out = forgiving()
        .args(["report", "s.toml", "--format", "json"])
        .run();
    let json = out.json().to_string();
    for phase in ["immersion", "presentation", "group-work", "discussion"] {
        assert!(json.contains(phase), "{phase}: {json}");
    }
    let summary = forgiving()
        .args(["summary", "s.toml", "--format", "json"])
        .run()
        .json();
    let kinds: Vec<(String, u64)> = summary["feedback"]["kinds"]
        .as_array()
        .expect("kinds")
        .iter()
        .map(|k| {
            (
                k["kind"].as_str().unwrap_or_default().to_string(),
                k["count"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("plus".to_string(), 1),
            ("minus".to_string(), 1),
            ("interesting".to_string(), 1)
        ]
    );
}

#[test]
fn a_russian_date_string_is_a_date() {
    forgiving()
        .args(["agenda", "s.toml", "--format", "md"])
        .stdout_contains("15\u{a0}октября\u{a0}2026")
        .run();
    // One date in a list, or alone: no false «`dates` is empty».
    Test::new()
        .file(
            "one.toml",
            FORGIVING.replace("dates = [\"15.10.2026\"]", "dates = \"15.10.2026\""),
        )
        .args(["check", "one.toml"])
        .stderr("one.toml: всё в порядке\n")
        .run();
    Test::new()
        .file(
            "bad.toml",
            FORGIVING.replace("dates = [\"15.10.2026\"]", "dates = [\"32.10.2026\"]"),
        )
        .args(["check", "bad.toml"])
        .status(1)
        .stderr_contains("bad.toml:4:10")
        .run();
}

#[test]
fn zones_are_named_by_their_names_in_any_case() {
    let out = forgiving()
        .args(["agenda", "s.toml", "--format", "json"])
        .run();
    let json = out.json().to_string();
    for zone in ["\"interactive\"", "\"media-hub\"", "\"sport\""] {
        assert!(json.contains(zone), "{zone}: {json}");
    }
    // The English names of the built-in zones are names too.
    Test::new()
        .file(
            "en.toml",
            FORGIVING.replace("zone = \"медиа-хаб\"", "zone = \"Media Hub\""),
        )
        .args(["check", "en.toml"])
        .stderr("en.toml: всё в порядке\n")
        .run();
}

#[test]
fn participants_are_named_by_surname_initials_case_yo_and_spaces() {
    // Resolved references show the full names in the documents.
    forgiving()
        .args(["agenda", "s.toml", "--format", "md"])
        .stdout_contains("Громова Елена Викторовна")
        .stdout_contains("Ковалёва Анна Сергеевна")
        .stdout_contains("Петров Иван Ильич")
        .run();
    let sheet = forgiving()
        .args(["attendance", "s.toml", "--format", "csv"])
        .run();
    assert!(sheet.stdout.contains("Ковалёва"), "{}", sheet.stdout);
}

const TWO_SMIRNOVAS: &str = r#"[session]
title = "Тема"
goal = "Цель"
dates = [2026-10-15]

[[participants]]
name = "Смирнова Анна Ивановна"
id = "anna"

[[participants]]
name = "Смирнова Алла Игоревна"

[[activities]]
title = "Погружение"
phase = "immersion"
duration = 30
moderators = ["Смирнова"]

[[attendance]]
day = 1
present = ["Смирнова А. И."]
"#;

#[test]
fn an_ambiguous_participant_is_an_error_listing_the_candidates() {
    Test::new()
        .file("s.toml", TWO_SMIRNOVAS)
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains(
            "«Смирнова» в `moderators` подходит нескольким участникам: \
             Смирнова Анна Ивановна (anna); Смирнова Алла Игоревна",
        )
        .stderr_contains(
            "«Смирнова А. И.» в `present` подходит нескольким участникам: \
             Смирнова Анна Ивановна (anna); Смирнова Алла Игоревна",
        )
        .stderr_contains("s.toml:17:15")
        .stderr_contains("напишите полное имя или `id` участника")
        .stderr_snapshot("ambiguous_participant")
        .run();
}

#[test]
fn an_ambiguous_participant_in_english() {
    Test::new()
        .file("s.toml", TWO_SMIRNOVAS)
        .env("COWORK_LANG", "en")
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains(
            "“Смирнова” in `moderators` fits several participants: \
             Смирнова Анна Ивановна (anna); Смирнова Алла Игоревна",
        )
        .stderr_snapshot("ambiguous_participant_en")
        .run();
}

#[test]
fn checkin_takes_surnames_and_initials_and_refuses_an_ambiguous_one() {
    let out = forgiving()
        .args(["checkin", "s.toml", "--day", "1", "--no-input"])
        .args(["--present", "Орлова", "--present", "сидорова о. и."])
        .run();
    let text = out.read("s.toml");
    assert!(text.contains("\"Орлова Нина Павловна\""), "{text}");
    // Written once, as the file's own name, not as typed; and no longer excused.
    assert!(!text.contains("\"Орлова\""), "{text}");
    assert!(!text.contains("excused = [\"сидорова"), "{text}");

    let out = Test::new()
        .file("s.toml", TWO_SMIRNOVAS)
        .args(["checkin", "s.toml", "--day", "1", "--no-input"])
        .args(["--present", "anna", "--excused", "Смирнова А."])
        .status(1)
        .stderr_contains(
            "--excused «Смирнова А.» подходит нескольким участникам из s.toml: \
             Смирнова Анна Ивановна (anna); Смирнова Алла Игоревна",
        )
        .run();
    assert_eq!(out.read("s.toml"), TWO_SMIRNOVAS);
}

#[test]
fn an_activity_is_named_by_a_loose_title() {
    // The point is grouped under the activity's own title.
    forgiving()
        .args(["summary", "s.toml", "--by-activity", "--format", "md"])
        .stdout_contains("## «Мастер-класс „Время действовать!“»")
        .stdout_lacks("мастер-класс")
        .run();
    let out = forgiving()
        .args(["feedback", "s.toml", "--no-input", "--plus", "Понятно"])
        .args(["--activity", "ИГРЫ НА ВОЗДУХЕ!"])
        .run();
    assert!(
        out.read("s.toml")
            .contains("activity = \"Игры на воздухе\""),
        "{}",
        out.read("s.toml")
    );
}

const TWO_SUMMARIES: &str = r#"[session]
title = "Тема"
goal = "Цель"
dates = [2026-10-15]

[[activities]]
title = "Итоги"
duration = 30

[[activities]]
title = "Итоги!"
duration = 30

[[feedback]]
kind = "plus"
text = "Хорошо"
activity = "итоги"
"#;

#[test]
fn an_ambiguous_activity_is_an_error_listing_the_candidates() {
    Test::new()
        .file("s.toml", TWO_SUMMARIES)
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains("«итоги» подходит нескольким мероприятиям: «Итоги», «Итоги!»")
        .stderr_contains("s.toml:17:12")
        .run();
    Test::new()
        .file(
            "s.toml",
            TWO_SUMMARIES.replace("activity = \"итоги\"\n", ""),
        )
        .args(["feedback", "s.toml", "--no-input", "--plus", "Да"])
        .args(["--activity", "ИТОГИ"])
        .status(2)
        .stderr_contains("--activity «ИТОГИ» подходит нескольким мероприятиям: «Итоги», «Итоги!»")
        .run();
}

// ── files, folders and patterns ───────────────────────────────────────────────────────────

const VALID: &str = "[session]\ntitle = \"Тема\"\ngoal = \"Цель\"\ndates = [2026-10-15]\n\
    [[activities]]\ntitle = \"Всё сразу\"\nduration = 30\n";

fn sessions_folder() -> Test {
    Test::new()
        .file("sessions/a.toml", VALID)
        .file("sessions/b.toml", VALID)
        .file("sessions/notes.txt", "не сессия")
        .file("sessions/cowork.toml", "organization = \"ДОО\"\n")
}

#[test]
fn check_takes_a_folder() {
    let out = sessions_folder()
        .args(["check", "sessions"])
        .status(0)
        .run();
    assert!(
        out.stderr.contains("a.toml") && out.stderr.contains("b.toml"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("cowork.toml"), "{}", out.stderr);
    assert!(!out.stderr.contains("notes.txt"), "{}", out.stderr);
}

#[test]
fn check_expands_a_quoted_pattern_itself() {
    // How `sessions/*.toml` reaches the program from cmd and PowerShell.
    let out = sessions_folder()
        .args(["check", "sessions/*.toml"])
        .status(0)
        .run();
    assert!(
        out.stderr.contains("a.toml") && out.stderr.contains("b.toml"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("cowork.toml"), "{}", out.stderr);
    sessions_folder()
        .args(["check", "sessions/?.toml"])
        .stderr_contains("a.toml")
        .run();
}

#[test]
fn cowork_toml_beside_the_sessions_is_never_a_session() {
    // The shell's own expansion of `sessions/*.toml` names cowork.toml too.
    let out = sessions_folder()
        .args(["check", "sessions/a.toml", "sessions/cowork.toml"])
        .run();
    assert!(!out.stderr.contains("cowork.toml"), "{}", out.stderr);
    // Named alone, it is refused with a word on what it is.
    sessions_folder()
        .args(["agenda", "sessions/cowork.toml"])
        .status(1)
        .stderr_contains("это настройки рабочей папки, а не файл коворкинга")
        .run();
}

#[test]
fn summary_takes_a_folder_as_a_series() {
    sessions_folder()
        .args(["summary", "sessions", "--format", "md"])
        .stdout_contains("Тема")
        .run();
}

#[test]
fn a_one_file_command_takes_a_pattern_with_one_match() {
    sessions_folder()
        .args(["agenda", "sessions/a*.toml", "--format", "md"])
        .stdout_contains("Тема")
        .run();
    sessions_folder()
        .args(["agenda", "sessions/*.toml"])
        .status(2)
        .stderr_contains("подходят 2 файла")
        .stderr_contains("а команде нужен один")
        .run();
}

#[test]
fn a_pattern_without_matches_and_an_empty_folder_are_errors() {
    sessions_folder()
        .args(["check", "sessions/2027-*.toml"])
        .status(1)
        .stderr_contains("ни один файл не подходит под шаблон sessions/2027-*.toml")
        .run();
    Test::new()
        .dir("empty")
        .args(["check", "empty"])
        .status(1)
        .stderr_contains("в папке empty нет файлов коворкингов (*.toml)")
        .run();
    Test::new()
        .dir("empty")
        .env("COWORK_LANG", "en")
        .args(["check", "empty/*.toml"])
        .status(1)
        .stderr_contains("no file matches empty/*.toml")
        .run();
}

#[test]
fn a_missing_templates_folder_is_a_warning_and_the_built_in_templates_serve() {
    let out = Test::new()
        .file(
            "cowork.toml",
            "organization = \"ДОО\"\ntemplates = \"шаблоны\"\n",
        )
        .file("s.toml", VALID)
        .args(["agenda", "s.toml", "--format", "md"])
        .stdout_contains("Тема")
        .stderr_contains("папки шаблонов шаблоны нет, поэтому используются встроенные шаблоны")
        .stderr_contains("cowork.toml:2:13")
        .run();
    assert_eq!(
        out.stderr.matches("папки шаблонов").count(),
        1,
        "{}",
        out.stderr
    );
    // A table needs no templates, and says nothing about them.
    Test::new()
        .file("cowork.toml", "templates = \"шаблоны\"\n")
        .file("s.toml", VALID)
        .args(["agenda", "s.toml", "--format", "json"])
        .stderr_lacks("шаблон")
        .run();
    Test::new()
        .file("cowork.toml", "templates = \"шаблоны\"\n")
        .file("s.toml", VALID)
        .env("COWORK_LANG", "en")
        .args(["agenda", "s.toml", "--format", "md"])
        .stderr_contains(
            "the templates folder шаблоны does not exist; using the built-in templates",
        )
        .run();
}
