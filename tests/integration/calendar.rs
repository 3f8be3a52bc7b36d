//! The production calendar end to end: `plan` off holidays, `new`'s warning, `check`'s located warnings, `cowork.toml`'s `[calendar]`, `plan --dry-run` over written files.

use crate::common::Test;

const SESSION: &str = "[session]\ntitle = \"Игровые технологии\"\ngoal = \"Цель\"\ndates = [2026-11-04, 2026-11-07]\n\n[[participants]]\nname = \"Иванова Анна Петровна\"\n\n[[activities]]\ntitle = \"Открытие\"\nstart = \"09:00\"\nduration = 30\n";

#[test]
fn plan_from_unity_day_keeps_off_new_year_and_may() {
    Test::new()
        .args(["plan", "--start", "2026-11-04", "--count", "4", "--dry-run"])
        .stdout_contains("перенесён с 4\u{a0}ноября\u{a0}2026\u{a0}г. (праздничный день)")
        .stdout_snapshot("plan_from_4_november")
        .run();
}

#[test]
fn plan_from_8_january_moves_past_the_holidays_and_victory_day() {
    Test::new()
        .args([
            "plan",
            "--start",
            "2027-01-08",
            "--every",
            "4",
            "--count",
            "2",
            "--dry-run",
        ])
        .stdout_contains("2027-01-11-")
        .stdout_contains("перенесён с 8\u{a0}января\u{a0}2027\u{a0}г. (праздничный день)")
        .stdout_contains("2027-05-11-")
        .stdout_contains("перенесён с 8\u{a0}мая\u{a0}2027\u{a0}г. (выходной день)")
        .stdout_lacks("2027-05-10")
        .stdout_snapshot("plan_from_8_january")
        .run();
}

#[test]
fn cowork_toml_adds_holidays_and_working_saturdays() {
    Test::new()
        .file(
            "cowork.toml",
            "[calendar]\nholidays = [\"2026-12-28..2027-01-17\"]\nworkdays = [2027-01-16]\n",
        )
        .args(["plan", "--start", "2026-12-28", "--count", "1", "--dry-run"])
        .stdout_contains("2027-01-16-")
        .stdout_contains("(нерабочий день по cowork.toml)")
        .run();
}

/// A range written last day first is named as such, and the hint turns it round.
#[test]
fn a_reversed_range_in_cowork_toml_says_so_and_how_to_write_it() {
    let broken = "[calendar]\nholidays = [\"2027-01-10..2027-01-01\"]\n";
    Test::new()
        .file("cowork.toml", broken)
        .args(["plan", "--start", "2026-12-28", "--count", "1", "--dry-run"])
        .status(1)
        .stdout("")
        .stderr_contains("cowork.toml:2:13")
        .stderr_contains(
            "ошибка: промежуток дат «2027-01-10..2027-01-01» идёт назад: \
             первый день позже последнего",
        )
        .stderr_contains(
            "подсказка: пишите от первого дня к последнему: \"2027-01-01..2027-01-10\"",
        )
        .stderr_lacks("ожидается")
        .run();
    Test::new()
        .file("cowork.toml", broken)
        .env("COWORK_LANG", "en")
        .args(["plan", "--start", "2026-12-28", "--count", "1", "--dry-run"])
        .status(1)
        .stderr_contains("the range of dates \"2027-01-10..2027-01-01\" runs backwards")
        .stderr_contains("write it from the first day to the last: \"2027-01-01..2027-01-10\"")
        .run();
}

/// `check` reports a broken `cowork.toml` with its lines, as every other command does, and
/// still checks the sessions (against the law's calendar); the run fails.
#[test]
fn check_reports_a_broken_cowork_toml_and_checks_the_sessions_all_the_same() {
    Test::new()
        .file("s.toml", SESSION)
        .file(
            "cowork.toml",
            "[calendar]\nholidays = [\"2027-01-10..2027-01-01\"]\nworkdays = [2026-11-07]\n",
        )
        .args(["check", "s.toml"])
        .status(1)
        .stderr_contains("--> cowork.toml:2:13")
        .stderr_contains("ошибка: в cowork.toml 1 ошибка")
        // The session is checked against the law: its holiday and its Saturday are named.
        .stderr_contains("s.toml:4:10")
        .stderr_contains("s.toml:4:22")
        .stderr_contains("ошибка: ошибки в 1 файле из 2 (см. выше)")
        .run();
    // A cowork.toml that is fine says nothing of itself.
    Test::new()
        .file("s.toml", SESSION)
        .file(
            "cowork.toml",
            "[calendar]\nholidays = [\"2027-01-01..2027-01-10\"]\n",
        )
        .args(["check", "s.toml"])
        .stderr_lacks("cowork.toml")
        .run();
}

#[test]
fn dry_run_shows_the_plan_again_and_marks_the_files_there() {
    let out = Test::new()
        .args(["plan", "--start", "2026-10-15", "--count", "3"])
        .run();
    out.then()
        .args(["plan", "--start", "2026-10-15", "--count", "3", "--dry-run"])
        .stdout_contains("уже есть")
        .stderr_contains("Пробный запуск: файлы не записаны; 3 файла плана уже есть.")
        .run()
        // Without --dry-run the plan is still refused as a whole.
        .then()
        .args(["plan", "--start", "2026-10-15", "--count", "3"])
        .status(1)
        .stderr_contains("3 файла плана уже существуют; ничего не записано")
        .run();
}

#[test]
fn dry_run_calendar_of_a_written_series() {
    let out = Test::new()
        .args(["plan", "--start", "2026-10-15", "--count", "2"])
        .run();
    out.then()
        .args([
            "plan",
            "--start",
            "2026-10-15",
            "--count",
            "2",
            "--dry-run",
            "--format",
            "ics",
        ])
        .stdout_contains("BEGIN:VCALENDAR")
        .stdout_contains("20261215")
        .run();
}

#[test]
fn new_warns_of_a_typed_holiday_but_writes_the_file() {
    let out = Test::new()
        .args([
            "new",
            "--title",
            "Тема",
            "--date",
            "2026-11-04",
            "--no-input",
        ])
        .stderr_contains("нерабочий праздничный день: День народного единства")
        .stderr_contains("ближайший рабочий день — 5\u{a0}ноября\u{a0}2026\u{a0}г., четверг")
        .run();
    assert!(out.exists("sessions/2026-11-04-tema.toml"));
    Test::new()
        .args([
            "new",
            "--title",
            "Тема",
            "--date",
            "2026-11-07",
            "--no-input",
        ])
        .stderr_contains("суббота, выходной день")
        .run();
    Test::new()
        .args([
            "new",
            "--title",
            "Тема",
            "--date",
            "2026-11-05",
            "--no-input",
        ])
        .stderr_lacks("выходной")
        .stderr_lacks("праздничный")
        .run();
}

#[test]
fn check_warns_at_each_day_off_of_the_session() {
    Test::new()
        .file("s.toml", SESSION)
        .args(["check", "s.toml"])
        .stderr_contains("s.toml:4:10")
        .stderr_contains("s.toml:4:22")
        .stderr_snapshot("check_days_off")
        .run();
    Test::new()
        .file(
            "s.toml",
            SESSION.replace("2026-11-04, 2026-11-07", "2026-12-31"),
        )
        .env("COWORK_LANG", "en")
        .args(["check", "s.toml"])
        .stderr_contains("is a day off, moved from 4\u{a0}January\u{a0}2026")
        .stderr_contains("№ 1466")
        .run();
    // A working Saturday in cowork.toml is no warning.
    Test::new()
        .file(
            "s.toml",
            SESSION.replace("2026-11-04, 2026-11-07", "2026-11-07"),
        )
        .file("cowork.toml", "[calendar]\nworkdays = [2026-11-07]\n")
        .args(["check", "s.toml"])
        .stderr_lacks("выходной")
        .run();
}
