//! `cowork certificates`: of participation for those present, of presentation for moderators.

use crate::common::Test;

const NB: char = '\u{a0}';

/// `cowork certificates FIXTURE ARGS…` on `fixtures/certificates/FIXTURE`.
fn certificates(fixture: &str, args: &[&str]) -> Test {
    Test::new()
        .fixture(&format!("certificates/{fixture}"))
        .args(["certificates", fixture])
        .args(args)
}

/// `cowork certificates s.toml ARGS…`, the session being `text`.
fn certificates_of(text: &str, args: &[&str]) -> Test {
    Test::new()
        .file("s.toml", text)
        .args(["certificates", "s.toml"])
        .args(args)
}

#[test]
fn ru_md_participants_and_presenters() {
    let out = certificates("ru.toml", &["--format", "md"])
        .stderr("")
        .stdout_snapshot("ru_md")
        .run();
    // Present on a day: Громова (day 2), Ёлкина, Иванова, Ким (day 1); Петров came on no
    // day and gets only the certificate for presenting. Alphabetical, «Ё» with «Е».
    let names: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("**")).collect();
    assert_eq!(
        names,
        [
            "**Громова Елена Викторовна**",
            "**Ёлкина Дарья Андреевна**",
            "**Иванова Анна Петровна**",
            "**Ким Саша**",
            "**Ёлкина Дарья Андреевна**",
            "**Иванова Анна Петровна**",
            "**Петров Игорь Сергеевич**",
        ]
    );
    assert_eq!(out.stdout.matches("# СЕРТИФИКАТ участника\n").count(), 4);
    assert_eq!(out.stdout.matches("# СЕРТИФИКАТ\n").count(), 3);
    // The verb agrees with the patronymic; without one, both endings.
    assert!(
        out.stdout
            .contains("**Петров Игорь Сергеевич**\n\nпредставил опыт работы")
    );
    assert!(out.stdout.contains("**Ким Саша**\n\nпринял(а) участие"));
    // The break («Кофе-пауза») is no presentation, though it sits between two that are.
    assert!(!out.stdout.contains("Кофе-пауза"));
    assert!(out.stdout.contains(&format!("в объёме 6{NB}часов")));
}

#[test]
fn en_md_signed_from_cowork_toml() {
    Test::new()
        .fixture("certificates/en.toml")
        .file(
            "cowork.toml",
            "[approval]\nposition = \"Head of Kindergarten No. 12\"\nname = \"O. V. Smirnova\"\n",
        )
        .args(["certificates", "en.toml", "--format", "md"])
        .stderr_lacks("[approval]")
        .stdout_contains("# CERTIFICATE of participation\n")
        .stdout_contains("# CERTIFICATE of presentation\n")
        .stdout_contains("shared their professional experience")
        .stdout_contains(format!("8{NB}April{NB}2027, 1{NB}hour\n"))
        .stdout_contains("Head of Kindergarten No. 12 ____________ O. V. Smirnova")
        .stdout_snapshot("en_md")
        .run();
}

#[test]
fn without_approval_a_warning_and_a_blank_signature() {
    let out = certificates("en.toml", &["--format", "md"])
        .stderr_contains("[approval]")
        .stdout_contains("____________ ____________ ____________\n")
        .run();
    assert_eq!(
        out.stderr.matches("[approval]").count(),
        1,
        "{}",
        out.stderr
    );
    // Said in the interface's language, Russian by default.
    assert!(
        out.stderr.contains("подписи на сертификатах нет"),
        "{}",
        out.stderr
    );
}

#[test]
fn html_is_the_default_for_a_file_and_a_pipe() {
    let out = certificates("ru.toml", &[])
        .stdout_contains("<!DOCTYPE html>")
        .stdout_contains("@page { size: A4 landscape;")
        .run();
    assert_eq!(
        out.stdout.matches("<section class=\"certificate ").count(),
        7
    );
    assert!(out.stdout.contains("<p class=\"name\">Ким Саша</p>"));
    let out = certificates("ru.toml", &["-o", "out.html"])
        .stdout("")
        .run();
    assert!(out.read("out.html").starts_with("<!DOCTYPE html>"));
    let out = out
        .then()
        .args(["certificates", "ru.toml", "-o", "c.md"])
        .stdout("")
        .run();
    assert!(out.read("c.md").starts_with("МБДОУ"));
}

#[test]
fn html_escapes_the_input() {
    let text = crate::common::fixture_text("certificates/ru.toml").replace(
        "name = \"Ким Саша\"",
        "name = \"<script>alert(1)</script> & Ко\"",
    );
    certificates_of(&text, &["--format", "html"])
        .stdout_lacks("<script>")
        .stdout_contains("<p class=\"name\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Ко</p>")
        .run();
}

#[test]
fn only_one_person_by_a_forgiving_reference() {
    // A surname in another case and «е» for «ё»: Ёлкина presented and came.
    let out = certificates("ru.toml", &["--only", "елкина", "--format", "md"])
        .stdout_snapshot("only_yolkina")
        .run();
    assert_eq!(out.stdout.matches("**Ёлкина Дарья Андреевна**").count(), 2);
    assert!(!out.stdout.contains("Иванова"));
    // Петров came on no day: only his certificate for presenting.
    let out = certificates("ru.toml", &["--only", "Петров И. С.", "-f", "md"]).run();
    assert_eq!(out.stdout.matches("# СЕРТИФИКАТ").count(), 1);
    assert!(
        out.stdout
            .contains("Тема выступления: мастер-класс «Подвижные игры на прогулке»")
    );
}

#[test]
fn only_an_unknown_person_names_the_close_ones() {
    certificates("ru.toml", &["--only", "Громов"])
        .status(1)
        .stdout("")
        .stderr_snapshot("only_unknown")
        .run();
}

#[test]
fn only_a_person_with_no_certificate() {
    // Registered, but neither present nor a moderator.
    let text = crate::common::fixture_text("certificates/ru.toml").replacen(
        "[[activities]]",
        "[[participants]]\nname = \"Соколова Марина Ивановна\"\nid = \"sokolova\"\n\n[[activities]]",
        1,
    );
    certificates_of(&text, &["--only", "sokolova"])
        .status(1)
        .stdout("")
        .stderr_contains("у «Соколова Марина Ивановна» нет сертификата")
        .run();
}

#[test]
fn without_attendance_it_says_to_record_it() {
    certificates("no-attendance.toml", &[])
        .status(1)
        .stdout("")
        .stderr_snapshot("no_attendance")
        .run();
    Test::new()
        .fixture("certificates/no-attendance.toml")
        .env("COWORK_LANG", "en")
        .args(["certificates", "no-attendance.toml"])
        .status(1)
        .stderr_contains("records nobody as present")
        .stderr_contains("--all-registered")
        .run();
}

#[test]
fn all_registered_without_attendance() {
    let out = certificates("no-attendance.toml", &["--all-registered", "-f", "md"]).run();
    // All five registered, and the three presenters.
    assert_eq!(out.stdout.matches("# СЕРТИФИКАТ участника\n").count(), 5);
    assert_eq!(out.stdout.matches("# СЕРТИФИКАТ\n").count(), 3);
    assert!(
        out.stdout
            .contains("**Петров Игорь Сергеевич**\n\nпринял участие")
    );
}

#[test]
fn without_hours_no_volume_is_printed() {
    let text = crate::common::fixture_text("certificates/ru.toml").replace("hours = 6\n", "");
    certificates_of(&text, &["-f", "md"])
        .stdout_lacks("в объёме")
        .stdout_contains("3–4\u{a0}декабря\u{a0}2026\u{a0}г.\n")
        .run();
}

#[test]
fn the_session_file_is_never_the_output() {
    certificates("ru.toml", &["-o", "ru.toml"])
        .status(1)
        .stdout("")
        .run();
}
