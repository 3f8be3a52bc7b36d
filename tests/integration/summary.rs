//! `cowork summary`: the plus/minus summary of one session and of a series.

use crate::common;

use common::*;

const COUNTS: &str = "tests/fixtures/report/counts.toml";
const ENGLISH: &str = "tests/fixtures/report/english.toml";
const SERIES: [&str; 3] = [
    "tests/fixtures/series/2027-02-11-sotrudnichestvo-s-semyoj.toml",
    "tests/fixtures/series/2026-10-15-igrovye-tehnologii.toml",
    "tests/fixtures/series/2026-12-03-patrioticheskoe-vospitanie.toml",
];

/// `cowork <args>` with the report and series fixtures at their repository paths, so the
/// paths above name them and the paths printed read as in the repository.
fn summary(args: &[&str]) -> Test {
    Test::new()
        .fixture_dir_as("report", "tests/fixtures/report")
        .fixture_dir_as("series", "tests/fixtures/series")
        .args(args)
}

/// The JSON of a successful `cowork <args> --format json`.
fn json(args: &[&str]) -> serde_json::Value {
    summary(args).args(["--format", "json"]).run().json()
}

#[test]
fn one_session_in_every_format_and_both_languages() {
    for (name, file) in [("ru", COUNTS), ("en", ENGLISH)] {
        for format in ["table", "md", "html", "json"] {
            summary(&["summary", file, "--format", format])
                .stdout_snapshot(format!("summary_{name}_{format}"))
                .run();
        }
        summary(&["summary", file, "--format", "md", "--by-activity"])
            .stdout_snapshot(format!("summary_{name}_by_activity_md"))
            .run();
    }
    summary(&["summary", COUNTS, "--format", "table", "--by-activity"])
        .stdout_snapshot("summary_ru_by_activity_table")
        .run();
    summary(&["summary", COUNTS, "--format", "html", "--by-activity"])
        .stdout_snapshot("summary_ru_by_activity_html")
        .run();
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
        summary(&args)
            .stdout_snapshot(format!("summary_series_{format}"))
            .run();
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
    summary(&["summary", SERIES[0], SERIES[1], "--by-activity"])
        .status(2)
        .stderr_contains("--by-activity")
        .run();
}

#[test]
fn the_same_file_twice_counts_once() {
    let v = json(&["summary", COUNTS, "./tests/fixtures/report/counts.toml"]);
    assert!(v.get("feedback").is_some(), "one session, not a series");
}

#[test]
fn a_broken_file_fails_with_its_location() {
    Test::new()
        .file("broken.toml", "[session]\ntitle = \"Т\"\ndates = [2026-12-03]\n\n[[feedback]]\nkind = \"plus\"\ntext = \"x\"\nvotes = 0\n")
        .args(["summary", "broken.toml"])
        .status(1)
        .stderr_contains("broken.toml:8:9")
        .stderr_contains("`votes` должно быть 1 или больше")
        .run();
}

#[test]
fn feedback_text_is_escaped_in_html() {
    let mut out = Test::new()
        .fixture_as("feedback/session.toml", "session.toml")
        .args(["feedback", "session.toml"])
        .args([
            "--minus",
            "<script>alert('x')</script> & \"кавычки\"",
            "--votes",
            "9",
        ])
        .run();
    let path = "session.toml";
    for args in [
        vec!["summary", path, "--format", "html"],
        vec!["summary", path, "--format", "html", "--by-activity"],
        vec!["report", path, "--format", "html"],
    ] {
        out = out.then().args(&args).run();
        let html = &out.stdout;
        assert!(!html.contains("<script>"), "{args:?}");
        assert!(html.contains("&lt;script&gt;alert("), "{args:?}");
        assert!(html.contains("&amp; &quot;кавычки&quot;"), "{args:?}");
    }
}
