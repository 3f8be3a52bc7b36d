//! `cowork groups`: the documents, `--write` in place, and balance properties checked on
//! many generated rosters.

use crate::common;

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use common::*;
use cowork::view::grouping::{self, Candidate};

/// `cowork groups signin.toml [args...]` with the fixture copied in.
fn groups(args: &[&str]) -> Test {
    Test::new()
        .fixture("signin.toml")
        .args(["groups", "signin.toml"])
        .args(args)
}

#[test]
fn markdown_groups() {
    groups(&["--count", "2", "--format", "md"])
        .stdout_snapshot("markdown_groups")
        .run();
}

#[test]
fn terminal_table_of_the_present_on_a_day() {
    groups(&["--count", "2", "--day", "1", "--format", "table"])
        .stdout_snapshot("terminal_table_of_the_present_on_a_day")
        .run();
}

#[test]
fn json_groups_for_scripts() {
    let value = groups(&["-n", "3", "--format", "json", "--include-all"])
        .stdout_snapshot("json_groups_for_scripts")
        .run()
        .json();
    assert_eq!(value["count"], 3);
    let sizes: Vec<u64> = value["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["size"].as_u64().unwrap())
        .collect();
    assert_eq!(
        sizes,
        [3, 3, 3],
        "organizers and guests too with --include-all"
    );
    assert!(value["left_out"].as_array().unwrap().is_empty());
}

#[test]
fn organizers_and_guests_are_left_out_by_default() {
    let value = groups(&["-n", "2", "--format", "json"]).run().json();
    let left: Vec<(&str, &str)> = value["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        left,
        [
            ("Орлова Вера Павловна", "organizer"),
            ("Яковлев Артём Олегович", "guest")
        ]
    );
}

#[test]
fn write_records_group_numbers_in_place_and_nothing_else() {
    let before = fixture_text("commented.toml");
    let out = Test::new()
        .file("s.toml", &before)
        .args(["groups", "s.toml", "-n", "2", "--write", "--format", "json"])
        .stderr_contains("Группа каждого участника записана")
        .run();
    let after = out.read("s.toml");
    let added: Vec<&str> = after
        .lines()
        .filter(|l| l.starts_with("group = "))
        .collect();
    assert_eq!(added.len(), 5);
    let without: String = after
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("group = "))
        .collect();
    assert_eq!(without, before, "only `group = K` lines are added");
    // The mentor's table keeps its comments, the number goes after its last key.
    assert!(after.contains("experience = 22     # стаж\ngroup = "));
    let out = out.then().args(["check", "s.toml"]).run();
    // A second run changes nothing; a different split rewrites only the numbers.
    let out = out
        .then()
        .args(["groups", "s.toml", "-n", "2", "--write"])
        .stderr_contains("файл не изменён")
        .run();
    assert_eq!(out.read("s.toml"), after);
    let out = out
        .then()
        .args(["groups", "s.toml", "-n", "1", "--write"])
        .run();
    let one = out.read("s.toml");
    assert_eq!(one.matches("group = 1\n").count(), 5);
    assert_eq!(
        one.split_inclusive('\n')
            .filter(|l| !l.starts_with("group = "))
            .collect::<String>(),
        before
    );
}

#[test]
fn write_keeps_windows_line_endings_and_takes_a_left_out_number_with_its_comment() {
    let mut lf = fixture_text("commented.toml");
    lf.push_str(
        "\n[[participants]]\nname = \"Орлова Вера Павловна\"\nrole = \"organizer\"\n\
         # was in the first group\ngroup = 1\n",
    );
    let write = |text: &str| {
        Test::new()
            .file("s.toml", text)
            .args(["groups", "s.toml", "-n", "2", "--write"])
            .run()
            .read("s.toml")
    };
    let after_lf = write(&lf);
    assert!(
        !after_lf.contains("was in the first group"),
        "an organizer is left out, and loses the number and the comment above it"
    );
    assert!(after_lf.ends_with("role = \"organizer\"\n"), "{after_lf}");
    let after_crlf = write(&lf.replace('\n', "\r\n"));
    assert_eq!(after_crlf, after_lf.replace('\n', "\r\n"));
}

#[test]
fn refusals() {
    groups(&["-n", "8"])
        .status(2)
        .stderr_contains(
            "--count 8: зарегистрировано только 7 участников (без организаторов и гостей)",
        )
        .run();
    groups(&["-n", "8"])
        .env("COWORK_LANG", "en")
        .status(2)
        .stderr_contains("--count 8: only 7 participants are registered")
        .run();
    groups(&["-n", "2", "--day", "2"])
        .status(1)
        .stderr_contains("за день 2 посещаемость не отмечена")
        .stderr_contains("cowork checkin")
        .run();
    groups(&["-n", "0"]).status(2).run();
}

/// `cowork groups recorded.toml [args...]`: the session whose groups are recorded by hand.
fn recorded(args: &[&str]) -> Test {
    Test::new()
        .fixture("groups/recorded.toml")
        .args(["groups", "recorded.toml"])
        .args(args)
}

/// The group numbers and the names in each, in order, of `--format json`.
fn names_by_group(value: &serde_json::Value) -> Vec<(i64, Vec<String>)> {
    value["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let names = g["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["name"].as_str().unwrap().to_string())
                .collect();
            (g["number"].as_i64().unwrap(), names)
        })
        .collect()
}

#[test]
fn recorded_groups_are_shown_as_they_are() {
    let before = fixture_text("groups/recorded.toml");
    let out = recorded(&["--format", "md"])
        .stdout_snapshot("recorded_groups_markdown")
        .stderr("")
        .run();
    assert_eq!(out.read("recorded.toml"), before, "the file is only read");
    let value = out
        .then()
        .args(["groups", "recorded.toml", "--format", "json"])
        .run()
        .json();
    assert_eq!(value["recorded"], true);
    let groups = names_by_group(&value);
    // The numbers as written (there is no group 3) and the sizes as recorded (6, 6, 7),
    // not a balanced split; mentors first, then alphabetical.
    let shape: Vec<(i64, usize)> = groups.iter().map(|(n, m)| (*n, m.len())).collect();
    assert_eq!(shape, [(1, 6), (2, 6), (4, 7)]);
    assert_eq!(groups[0].1[0], "Васильева Ольга Петровна");
    assert_eq!(groups[0].1[1], "Абрамова Елена Викторовна");
    assert_eq!(groups[2].1[0], "Морозова Галина Ивановна");
    // Whoever the file records, a participant in a group is in the JSON exactly once.
    let left: Vec<(&str, &str)> = value["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(left, [("Орлова Вера Павловна", "organizer")]);
}

#[test]
fn a_participant_without_a_recorded_group_is_listed_as_such() {
    let text = fixture_text("groups/recorded.toml").replacen(
        "experience = 7\ngroup = 2\n",
        "experience = 7\n",
        1,
    );
    let md = Test::new()
        .file("s.toml", text)
        .args(["groups", "s.toml", "--format", "md"])
        .run()
        .stdout;
    assert!(
        md.contains("**Не распределены по группам:** Зайцева Татьяна Владимировна (группа не указана); Орлова Вера Павловна (организатор)"),
        "{md}"
    );
}

#[test]
fn recorded_groups_of_those_present_on_a_day() {
    let value = recorded(&["--day", "1", "--format", "json"]).run().json();
    assert_eq!(value["day"], 1);
    let shape: Vec<(i64, usize)> = names_by_group(&value)
        .iter()
        .map(|(n, m)| (*n, m.len()))
        .collect();
    // p18 and p19 absent, p20 excused: groups 2 and 4 lose them, nothing moves.
    assert_eq!(shape, [(1, 6), (2, 5), (4, 5)]);
    let reasons: Vec<&str> = value["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["organizer", "absent", "absent", "excused"]);
}

#[test]
fn printable_groups_on_one_page() {
    let html = recorded(&["--format", "html"])
        .stdout_snapshot("recorded_groups_html")
        .run()
        .stdout;
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4"));
    assert_eq!(html.matches("<section class=\"group\">").count(), 3);
    assert!(html.contains("<h2>Группа 4 (7\u{a0}чел.)</h2>"));
    // One organisation: named once atop the page, no column.
    assert!(!html.contains("Организация"));
    assert!(html.contains("<table class=\"members\">"));
    // The extension picks the format; text from the file is escaped.
    let out = groups(&["-n", "2", "-o", "g.html"]).run();
    let html = out.read("g.html");
    assert!(html.contains("Частный детский сад &lt;Sunny &amp; Co&gt;"));
    assert!(html.contains("<table class=\"members with-org\">"));
    // A user's template of the same name wins.
    recorded(&[])
        .file(
            "templates/groups.html",
            "{% for g in groups %}{{ g.number }} {% endfor %}",
        )
        .args(["--format", "html"])
        .stdout("1 2 4 ")
        .run();
}

#[test]
fn regroup_makes_as_many_groups_anew() {
    let value = recorded(&["--regroup", "--format", "json"]).run().json();
    assert_eq!(value["recorded"], false);
    let shape: Vec<(i64, usize)> = names_by_group(&value)
        .iter()
        .map(|(n, m)| (*n, m.len()))
        .collect();
    assert_eq!(
        shape,
        [(1, 7), (2, 6), (3, 6)],
        "three groups, as recorded, balanced"
    );
    // --count makes another number anew; --write records it, and a plain run then shows it.
    let out = recorded(&["--count", "4", "--write", "--format", "json"])
        .stderr_contains("Группа каждого участника записана")
        .run();
    let written = names_by_group(&out.json());
    let out = out
        .then()
        .args(["groups", "recorded.toml", "--format", "json"])
        .run();
    assert_eq!(out.json()["recorded"], true);
    assert_eq!(names_by_group(&out.json()).len(), 4);
    let shown: Vec<(i64, Vec<String>)> = names_by_group(&out.json());
    let sorted = |mut groups: Vec<(i64, Vec<String>)>| {
        for g in &mut groups {
            g.1.sort();
        }
        groups
    };
    assert_eq!(sorted(shown), sorted(written));
    recorded(&["--regroup", "--count", "2"])
        .status(2)
        .stderr_contains("--regroup")
        .run();
}

#[test]
fn without_recorded_groups_the_count_is_asked_for() {
    groups(&[])
        .status(2)
        .stdout("")
        .stderr("ошибка: в signin.toml группы не записаны: укажите, сколько групп составить, например --count 4\n")
        .run();
    groups(&["--regroup"])
        .status(2)
        .stderr_contains("--count 4")
        .run();
    groups(&[])
        .env("COWORK_LANG", "en")
        .status(2)
        .stderr_contains("signin.toml records no groups: say how many to make, e.g. --count 4")
        .run();
    // Writing and --include-all only make sense for groups made anew.
    let before = fixture_text("groups/recorded.toml");
    let out = recorded(&["--write"])
        .status(2)
        .stderr_contains(
            "--write действует, только когда группы составляются заново: добавьте --count N",
        )
        .run();
    assert_eq!(out.read("recorded.toml"), before);
    recorded(&["--include-all"])
        .status(2)
        .stderr_contains("--include-all действует")
        .run();
}

#[test]
fn a_recorded_group_of_one_is_a_located_warning() {
    // Group 4 renumbered 3, and the first member of group 1 moved alone to group 7.
    let text = fixture_text("groups/recorded.toml")
        .replace("group = 4\n", "group = 3\n")
        .replacen("group = 1\n", "group = 7\n", 1);
    Test::new()
        .file("s.toml", text)
        .args(["groups", "s.toml", "--format", "json"])
        .stderr_snapshot("recorded_group_of_one")
        .run();
}

#[test]
fn a_computed_group_of_one_is_a_warning_with_a_count_that_fits() {
    // Seven people in four groups: 2, 2, 2 and 1.
    groups(&["-n", "4", "--format", "json"])
        .stderr(
            "предупреждение: в группе 4 всего один человек: 4 группы на 7 участников\n  = подсказка: чтобы в каждой группе было хотя бы двое, попросите не больше 3 групп: --count 3\n",
        )
        .run();
    groups(&["-n", "3", "--format", "json"]).stderr("").run();
}

#[test]
fn the_group_mentor_note_is_for_mentors_only() {
    // Two groups, one mentor (Ежова): the other group is led by the most experienced
    // teacher (Фёдорова, 12 years), who is its facilitator, not its mentor.
    let value = groups(&["-n", "2", "--format", "json"]).run().json();
    let members: Vec<&serde_json::Value> = value["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["members"].as_array().unwrap())
        .collect();
    let note = |name: &str| {
        let m = members.iter().find(|m| m["name"] == name).unwrap();
        (
            m["note"].as_str().unwrap().to_string(),
            m["mentor"].as_bool().unwrap(),
            m["leader"].as_bool().unwrap(),
        )
    };
    assert_eq!(
        note("Ежова Нина Глебовна"),
        ("наставник группы".to_string(), true, true)
    );
    assert_eq!(
        note("Фёдорова Алла Ивановна"),
        ("ведущий группы".to_string(), false, true)
    );
    assert_eq!(
        note("Ёжиков Степан Ильич"),
        ("молодой педагог".to_string(), false, false)
    );
    let mentors = members
        .iter()
        .filter(|m| m["note"] == "наставник группы")
        .count();
    assert_eq!(mentors, 1);
    // Recorded groups: the mentors of the file, nobody else.
    let value = recorded(&["--format", "json"]).run().json();
    let notes: Vec<(String, String)> = value["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["members"].as_array().unwrap())
        .filter(|m| m["note"] == "наставник группы")
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        notes,
        [
            ("Васильева Ольга Петровна".to_string(), "mentor".to_string()),
            ("Морозова Галина Ивановна".to_string(), "mentor".to_string())
        ]
    );
}

#[test]
fn english_groups_read_as_english() {
    let text =
        fixture_text("groups/recorded.toml").replace("dates = [", "language = \"en\"\ndates = [");
    let md = Test::new()
        .file("en.toml", text)
        .args(["groups", "en.toml", "--format", "md"])
        .run()
        .stdout;
    assert!(md.contains("# Groups for group work\n"));
    assert!(md.contains("**Topic:** "));
    assert!(md.contains("## Group 4 (7 people)"));
    assert!(md.contains("| No. | Full name | Position | Experience, years | Note |"));
    assert!(md.contains("| group mentor |"));
    assert!(md.contains("**Not in a group:** Орлова Вера Павловна (organizer)"));
}

/// A small deterministic generator (xorshift), so failures are reproducible by seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const SURNAMES: &[&str] = &[
    "Иванова",
    "Петров",
    "Ёлкина",
    "Егорова",
    "Смирнова",
    "Фёдоров",
    "Кузнецова",
    "Орлова",
    "Зайцев",
    "Лебедева",
    "Морозова",
    "Новиков",
    "Соколова",
    "Волкова",
    "Алексеева",
];

/// A roster of `n` people: ~10% mentors (always experienced), some without a known
/// experience, some young, from a few organizations of very different sizes.
fn roster(rng: &mut Rng, n: usize, mentors: bool) -> Vec<Candidate> {
    let orgs = 1 + rng.below(6);
    (0..n)
        .map(|i| {
            let mentor = mentors && rng.below(10) == 0;
            let experience = if mentor {
                Some(5 + rng.below(30) as i64)
            } else if rng.below(10) == 0 {
                None
            } else {
                Some(rng.below(35) as i64)
            };
            // Skewed: organization 0 is the biggest.
            let org = rng.below(orgs).min(rng.below(orgs));
            Candidate {
                name: format!("{} {i}", SURNAMES[i % SURNAMES.len()]),
                organization: format!("ДОО № {org}"),
                experience,
                mentor,
            }
        })
        .collect()
}

fn spread(counts: impl Iterator<Item = usize>) -> usize {
    let counts: Vec<usize> = counts.collect();
    counts.iter().max().unwrap_or(&0) - counts.iter().min().unwrap_or(&0)
}

#[test]
fn balance_properties_on_generated_rosters() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..400 {
        let n = 1 + rng.below(120) as usize;
        let count = 1 + rng.below(n.min(12) as u64) as usize;
        let people = roster(&mut rng, n, true);
        let groups = grouping::split(&people, count);
        let context = format!("case {case}: {n} people in {count} groups");

        assert_eq!(groups.len(), count, "{context}");
        let mut seen = HashSet::new();
        for g in &groups {
            for &m in &g.members {
                assert!(seen.insert(m), "{context}: {m} placed twice");
            }
        }
        assert_eq!(seen.len(), n, "{context}: everyone placed");
        assert!(
            spread(groups.iter().map(|g| g.members.len())) <= 1,
            "{context}: sizes"
        );

        let mentors = people.iter().filter(|p| p.mentor).count();
        let mentors_in =
            |g: &grouping::Group| g.members.iter().filter(|&&m| people[m].mentor).count();
        if mentors >= count {
            assert!(
                groups.iter().all(|g| mentors_in(g) >= 1),
                "{context}: a mentor everywhere"
            );
            assert!(
                spread(groups.iter().map(mentors_in)) <= 1,
                "{context}: mentors even"
            );
        } else {
            assert!(
                groups.iter().all(|g| mentors_in(g) <= 1),
                "{context}: one mentor per group"
            );
            // Where mentors run short, the most experienced lead the other groups.
            let seasoned = people
                .iter()
                .filter(|p| !p.mentor && p.experience.is_some() && !p.is_young())
                .count();
            let expected = count.min(mentors + seasoned);
            assert_eq!(
                groups.iter().filter(|g| g.leaders.len() == 1).count(),
                expected,
                "{context}: leaders"
            );
        }
        let young_in =
            |g: &grouping::Group| g.members.iter().filter(|&&m| people[m].is_young()).count();
        assert!(
            spread(groups.iter().map(young_in)) <= 1,
            "{context}: young teachers even"
        );

        assert_eq!(
            grouping::split(&people, count),
            groups,
            "{context}: deterministic"
        );
    }
}

#[test]
fn organizations_are_spread_when_nothing_else_competes() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for case in 0..300 {
        let n = 2 + rng.below(80) as usize;
        let count = 1 + rng.below(n.min(10) as u64) as usize;
        let mut people = roster(&mut rng, n, false);
        for p in &mut people {
            p.experience = None; // no leaders, no young teachers: only organizations matter
        }
        let groups = grouping::split(&people, count);
        let mut by_org: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (g, group) in groups.iter().enumerate() {
            for &m in &group.members {
                by_org
                    .entry(people[m].organization.as_str())
                    .or_insert_with(|| vec![0; count])[g] += 1;
            }
        }
        for (org, counts) in by_org {
            assert!(
                spread(counts.iter().copied()) <= 1,
                "case {case}: {org} is spread {counts:?} over {count} groups"
            );
        }
    }
}

#[test]
fn the_same_file_gives_the_same_groups() {
    let mut rng = Rng(7);
    let people = roster(&mut rng, 300, true);
    let mut text = String::from(
        "[session]\ntitle = \"Городской коворкинг\"\ngoal = \"Цель\"\ndates = [2026-12-03]\n",
    );
    for p in &people {
        let _ = write!(
            text,
            "\n[[participants]]\nname = \"{}\"\norganization = \"{}\"\n",
            p.name, p.organization
        );
        if let Some(e) = p.experience {
            let _ = writeln!(text, "experience = {e}");
        }
        if p.mentor {
            text.push_str("role = \"mentor\"\n");
        }
    }
    let args = ["groups", "big.toml", "-n", "12", "--format", "json"];
    let out = Test::new().file("big.toml", &text).args(args).run();
    let first = out.stdout.clone();
    assert_eq!(out.then().args(args).run().stdout, first);
    let value: serde_json::Value = serde_json::from_str(&first).unwrap();
    let sizes: Vec<u64> = value["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["size"].as_u64().unwrap())
        .collect();
    assert_eq!(sizes.iter().sum::<u64>(), 300);
    assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1);
}

/// A group of one is no group work: a warning (in Russian, and in English when asked) that
/// says how many groups give everyone a partner; the groups are still made.
#[test]
fn a_group_of_one_is_a_warning() {
    Test::new()
        .fixture("commented.toml")
        .args(["groups", "commented.toml", "--count", "3"])
        .stderr_contains(
            "предупреждение: в группе 3 всего один человек: 3 группы на 5 участников\n  = подсказка: чтобы в каждой группе было хотя бы двое, попросите не больше 2 групп: --count 2\n",
        )
        .run();
    Test::new()
        .fixture("commented.toml")
        .env("COWORK_LANG", "en")
        .args(["groups", "commented.toml", "--count", "3"])
        .stderr_contains("warning: group 3 has only one person: 3 groups for 5 participants\n")
        .stderr_contains(
            "= help: for at least two in every group, ask for at most 2 groups: --count 2",
        )
        .run();
    Test::new()
        .fixture("commented.toml")
        .args(["groups", "commented.toml", "--count", "2"])
        .stderr_lacks("предупреждение")
        .run();
}

/// Participants written as inline tables go the long way (no patches): the groups printed
/// are the ones written, in the tables as they are laid out.
#[test]
fn write_into_inline_tables_records_the_groups_printed() {
    let text = "participants = [\n  { name = \"Иванова Анна Петровна\", id = \"a\" },\n  \
                { name = \"Петрова Мария Ивановна\", id = \"b\" },\n  \
                { name = \"Сидорова Ольга Ивановна\", id = \"c\" },\n  \
                { name = \"Козлова Нина Ивановна\", id = \"d\" },\n]\n\n[session]\n\
                title = \"Игровые технологии\"\ndates = [2026-12-03]\n";
    let out = Test::new()
        .file("s.toml", text)
        .args(["groups", "s.toml", "-n", "2", "--write", "--format", "json"])
        .run();
    let after = out.read("s.toml");
    let value = out.json();
    for group in value["groups"].as_array().expect("groups") {
        let number = group["number"].as_i64().expect("a number");
        for member in group["members"].as_array().expect("members") {
            let id = member["id"].as_str().expect("an id");
            let line = after
                .lines()
                .find(|l| l.contains(&format!("id = \"{id}\"")))
                .expect("the participant's line");
            assert!(line.contains(&format!("group = {number} }}")), "{line}");
        }
    }
    assert!(after.starts_with("participants = [\n  { name"), "{after}");
}
