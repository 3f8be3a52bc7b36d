//! `cowork summary`: the plus/minus summary of one session and of a series.

use std::process::Command;

use assert_cmd::prelude::*;
use predicates::str::contains;

const COUNTS: &str = "tests/fixtures/report/counts.toml";
const ENGLISH: &str = "tests/fixtures/report/english.toml";
const SERIES: [&str; 3] = [
    "tests/fixtures/series/2027-02-11-sotrudnichestvo-s-semyoj.toml",
    "tests/fixtures/series/2026-10-15-igrovye-tehnologii.toml",
    "tests/fixtures/series/2026-12-03-patrioticheskoe-vospitanie.toml",
];

fn cowork() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("cowork"));
    cmd.env("NO_COLOR", "1");
    cmd
}

fn stdout(args: &[&str]) -> String {
    let out = cowork().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "cowork {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    serde_json::from_str(&stdout(&args)).unwrap()
}

#[test]
fn one_session_in_every_format_and_both_languages() {
    for (name, file) in [("ru", COUNTS), ("en", ENGLISH)] {
        for format in ["table", "md", "html", "json"] {
            let text = stdout(&["summary", file, "--format", format]);
            insta::assert_snapshot!(format!("summary_{name}_{format}"), text);
        }
        let text = stdout(&["summary", file, "--format", "md", "--by-activity"]);
        insta::assert_snapshot!(format!("summary_{name}_by_activity_md"), text);
    }
    let text = stdout(&["summary", COUNTS, "--format", "table", "--by-activity"]);
    insta::assert_snapshot!("summary_ru_by_activity_table", text);
    let text = stdout(&["summary", COUNTS, "--format", "html", "--by-activity"]);
    insta::assert_snapshot!("summary_ru_by_activity_html", text);
}

#[test]
fn points_are_sorted_by_votes_ties_in_file_order_with_totals() {
    let v = json(&["summary", COUNTS]);
    let f = &v["feedback"];
    assert_eq!(f["points"], 6);
    assert_eq!(f["votes"], 25);
    let pluses: Vec<&str> = f["kinds"][0]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        pluses,
        [
            "Практическая направленность мастер-классов",
            "Живое общение с коллегами",
            "Удобные коворкинг-зоны"
        ]
    );
    assert_eq!(f["kinds"][0]["votes"], 17);
    assert_eq!(f["kinds"][1]["kind"], "minus");
    assert_eq!(f["kinds"][1]["count"], 2);
    assert_eq!(f["kinds"][1]["points"][1]["votes"], 1);
    assert_eq!(f["kinds"][2]["kind"], "interesting");
    assert!(v.get("labels").is_none());
    assert_eq!(v["schema"], 1);
}

#[test]
fn by_activity_groups_in_programme_order_unassigned_last() {
    let v = json(&["summary", COUNTS, "--by-activity"]);
    let headings: Vec<&str> = v["feedback"]["by_activity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["heading"].as_str().unwrap())
        .collect();
    assert_eq!(
        headings,
        [
            "«Взаимодействие»",
            "«Время действовать!»",
            "Без привязки к мероприятию"
        ]
    );
}

#[test]
fn a_series_in_every_format() {
    for format in ["table", "md", "html", "json"] {
        let mut args = vec!["summary"];
        args.extend(SERIES);
        args.extend(["--format", format]);
        insta::assert_snapshot!(format!("summary_series_{format}"), stdout(&args));
    }
}

#[test]
fn a_series_has_rows_in_date_order_recurring_points_and_open_decisions() {
    let mut args = vec!["summary"];
    args.extend(SERIES);
    let v = json(&args);
    assert_eq!(v["series"], "Методические коворкинги 2026/2027");
    let dates: Vec<&str> = v["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-10-15", "2026-12-03", "2027-02-11"]);
    assert_eq!(v["sessions"][1]["pluses"], 2);
    assert_eq!(v["sessions"][1]["plus_votes"], 8);
    assert_eq!(v["sessions"][1]["minuses"], 2);
    assert_eq!(v["sessions"][1]["minus_votes"], 4);

    // Same text after case, punctuation and «ё» are normalised; a plus and an
    // "interesting" point with the same words are different points.
    let recurring: Vec<(&str, &str, u64, u64)> = v["recurring"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap(),
                r["text"].as_str().unwrap(),
                r["sessions"].as_u64().unwrap(),
                r["votes"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        recurring,
        [
            ("plus", "Практическая направленность", 3, 15),
            ("minus", "Мало времени на работу в группах", 3, 12),
            ("plus", "Ёлочные игрушки своими руками", 2, 3),
        ]
    );

    let open: Vec<&str> = v["open_decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        open,
        [
            "Создать страницу коворкинга на сайте",
            "Провести мастер-класс для молодых педагогов",
            "Закупить раздаточный материал",
            "Обобщить опыт серии"
        ]
    );
    assert_eq!(v["open_decisions"][1]["owner"], "Ёлкина Дарья Андреевна");
}

#[test]
fn by_activity_needs_one_file() {
    cowork()
        .args(["summary", SERIES[0], SERIES[1], "--by-activity"])
        .assert()
        .code(2)
        .stderr(contains("--by-activity"));
}

#[test]
fn the_same_file_twice_counts_once() {
    let v = json(&["summary", COUNTS, "./tests/fixtures/report/counts.toml"]);
    assert!(v.get("feedback").is_some(), "one session, not a series");
}

#[test]
fn a_broken_file_fails_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.toml");
    std::fs::write(&path, "[session]\ntitle = \"Т\"\ndates = [2026-12-03]\n\n[[feedback]]\nkind = \"plus\"\ntext = \"x\"\nvotes = 0\n").unwrap();
    cowork()
        .arg("summary")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(contains("broken.toml:8:9"))
        .stderr(contains("`votes` must be 1 or more"));
}

#[test]
fn feedback_text_is_escaped_in_html() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.toml");
    std::fs::copy("tests/fixtures/feedback/session.toml", &path).unwrap();
    cowork()
        .arg("feedback")
        .arg(&path)
        .args([
            "--minus",
            "<script>alert('x')</script> & \"кавычки\"",
            "--votes",
            "9",
        ])
        .assert()
        .success();
    let path = path.to_str().unwrap();
    for args in [
        vec!["summary", path, "--format", "html"],
        vec!["summary", path, "--format", "html", "--by-activity"],
        vec!["report", path, "--format", "html"],
    ] {
        let html = stdout(&args);
        assert!(!html.contains("<script>"), "{args:?}");
        assert!(html.contains("&lt;script&gt;alert("), "{args:?}");
        assert!(html.contains("&amp; &quot;кавычки&quot;"), "{args:?}");
    }
}
