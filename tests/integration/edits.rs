//! Every command that edits a session file in place — `checkin`, `feedback`, `groups --write`
//! — on a heavily commented file: a failure leaves the file byte for byte as it was, a
//! success keeps every comment, and neither leaves a temporary file behind. Also with
//! Windows line ends and a byte-order mark, as files made in Notepad have.

use crate::common;

use common::{Test, fixture_text};

/// The comments of a text, in order (the fixture has no `#` inside strings).
fn comments(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.find('#').map(|i| l[i..].trim_end().to_string()))
        .collect()
}

/// Whether `inner` appears in `outer` in the same order (other items may come between).
fn in_order(inner: &[String], outer: &[String]) -> bool {
    let mut rest = outer.iter();
    inner.iter().all(|c| rest.any(|o| o == c))
}

/// The fixture as written, with CRLF line ends, and with CRLF and a byte-order mark.
fn variants() -> Vec<(&'static str, Vec<u8>)> {
    let text = fixture_text("commented.toml");
    let crlf = text.replace('\n', "\r\n");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(crlf.as_bytes());
    vec![
        ("lf", text.into_bytes()),
        ("crlf", crlf.into_bytes()),
        ("bom", bom),
    ]
}

const SUCCEEDS: &[&[&str]] = &[
    &[
        "checkin",
        "s.toml",
        "--day",
        "2",
        "--present",
        "petrov",
        "--present",
        "yolkina",
        "--guests",
        "3",
    ],
    &[
        "checkin",
        "s.toml",
        "--day",
        "1",
        "--present",
        "yolkina",
        "--absent",
        "petrov",
        "--excused",
        "zaytseva",
    ],
    &[
        "feedback",
        "s.toml",
        "--plus",
        "Новый пункт # не комментарий",
        "--votes",
        "2",
        "--activity",
        "Мастер-класс",
        "--no-input",
    ],
    &[
        "feedback",
        "s.toml",
        "--minus",
        "Второй\nс переносом",
        "--no-input",
    ],
    &[
        "groups", "s.toml", "--count", "2", "--write", "--format", "md",
    ],
    &[
        "groups",
        "s.toml",
        "--count",
        "3",
        "--write",
        "--include-all",
        "--format",
        "md",
    ],
];

/// Each with the exit status it must give.
const FAILS: &[(&[&str], i32)] = &[
    (
        &["checkin", "s.toml", "--day", "1", "--present", "nobody"],
        1,
    ),
    (
        &[
            "checkin",
            "s.toml",
            "--day",
            "1",
            "--present",
            "petrov",
            "--excused",
            "petrov",
        ],
        1,
    ),
    (
        &["checkin", "s.toml", "--day", "3", "--present", "petrov"],
        2,
    ),
    (&["checkin", "s.toml", "--present", "petrov"], 2),
    (&["checkin", "s.toml", "--day", "1"], 2),
    (
        &[
            "feedback",
            "s.toml",
            "--plus",
            "x",
            "--activity",
            "Нет такого",
            "--no-input",
        ],
        2,
    ),
    (&["feedback", "s.toml", "--plus", "   ", "--no-input"], 2),
    (&["feedback", "s.toml", "--no-input"], 2),
    (&["groups", "s.toml", "--count", "99", "--write"], 2),
    (
        &["groups", "s.toml", "--count", "2", "--day", "2", "--write"],
        1,
    ),
];

/// No `.cowork-*.tmp` (or anything else) left beside the session file.
fn assert_nothing_left(out: &common::Output, what: &str) {
    assert_eq!(out.list("."), ["s.toml"], "{what}: files left behind");
}

#[test]
fn successful_edits_keep_every_comment() {
    for (variant, bytes) in variants() {
        let before = String::from_utf8_lossy(&bytes).into_owned();
        for args in SUCCEEDS {
            let out = Test::new()
                .file("s.toml", &bytes)
                .args(*args)
                .stderr_lacks("warning")
                .run();
            let what = format!("{variant}: cowork {}", args.join(" "));
            let after_bytes = std::fs::read(out.path().join("s.toml")).expect("the file");
            assert_ne!(after_bytes, bytes, "{what}: nothing was written");
            let after = String::from_utf8_lossy(&after_bytes).into_owned();
            assert!(
                in_order(&comments(&before), &comments(&after)),
                "{what}: a comment was lost:\n{after}"
            );
            assert_eq!(
                after_bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
                variant == "bom",
                "{what}: the byte-order mark"
            );
            if variant != "lf" {
                assert!(
                    !after.replace("\r\n", "").contains('\n'),
                    "{what}: mixed line ends:\n{after:?}"
                );
            }
            assert_nothing_left(&out, &what);
            // The result is a valid session.
            Test::new()
                .file("s.toml", &after_bytes)
                .args(["check", "s.toml"])
                .stderr_lacks("error")
                .run();
        }
    }
}

#[test]
fn failed_edits_leave_the_file_byte_for_byte() {
    for (variant, bytes) in variants() {
        for (args, status) in FAILS {
            let out = Test::new()
                .file("s.toml", &bytes)
                .args(*args)
                .status(*status)
                .run();
            let what = format!("{variant}: cowork {}", args.join(" "));
            let after = std::fs::read(out.path().join("s.toml")).expect("the file");
            assert!(after == bytes, "{what}: the file changed");
            assert!(
                out.stderr.contains("error") || out.stderr.contains("ошибка"),
                "{what}: {}",
                out.stderr
            );
            assert_nothing_left(&out, &what);
        }
    }
}

#[test]
fn a_file_with_errors_is_never_edited() {
    // Two activities at the same time in the same zone: the file is invalid as it stands.
    let broken = fixture_text("commented.toml").replace(
        "[[activities]]\ntitle = \"Мастер-класс\"",
        "[[activities]]\ntitle = \"Накладка\"\nzone = \"presentation\"\nstart = 09:30\nduration = 60\n\n\
         [[activities]]\ntitle = \"Мастер-класс\"\nstart = 09:30",
    );
    for args in SUCCEEDS {
        let out = Test::new()
            .file("s.toml", &broken)
            .args(*args)
            .status(1)
            .stderr_contains("пересекается")
            .run();
        assert_eq!(out.read("s.toml"), broken, "cowork {}", args.join(" "));
        assert_nothing_left(&out, &args.join(" "));
    }
}

#[test]
fn repeating_an_edit_changes_nothing_more() {
    for args in [SUCCEEDS[0], SUCCEEDS[4]] {
        let first = Test::new()
            .fixture_as("commented.toml", "s.toml")
            .args(args)
            .run();
        let once = first.read("s.toml");
        let second = Test::new().file("s.toml", &once).args(args).run();
        assert_eq!(second.read("s.toml"), once, "cowork {}", args.join(" "));
        assert_nothing_left(&second, &args.join(" "));
    }
}

/// A later `[[…]]` header spelled otherwise than the first (`[[ participants ]]`,
/// `[["feedback"]]`) is the same list: every edit works, and the headers of the lists it
/// does not change are kept as written (`toml_edit` writes those of the list it changes as
/// the first is written; `groups --write` changes only numbers, and keeps them all).
#[test]
fn headers_spelled_otherwise_are_kept_as_written() {
    let mut text = fixture_text("commented.toml");
    for (plain, spelled) in [
        ("[[participants]]\n", "[[ participants ]]\n"),
        ("[[feedback]]\n", "[[\"feedback\"]]\n"),
        ("[[activities]]\n", "[[ activities]]\n"),
    ] {
        // The first of each list stays plain; the last one is spelled otherwise.
        let at = text.rfind(plain).expect("the fixture has the header");
        text.replace_range(at..at + plain.len(), spelled);
    }
    for args in SUCCEEDS {
        let out = Test::new().file("s.toml", &text).args(*args).run();
        let after = out.read("s.toml");
        let changed = if args[0] == "feedback" {
            "[[\"feedback\"]]"
        } else {
            ""
        };
        for spelled in ["[[ participants ]]", "[[\"feedback\"]]", "[[ activities]]"] {
            assert!(
                spelled == changed || after.contains(spelled),
                "{args:?} respelled {spelled}:\n{after}"
            );
        }
    }
}
