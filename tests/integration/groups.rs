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
        .stderr_contains("recorded the group of each participant")
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
        .stderr_contains("unchanged")
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
fn refusals() {
    groups(&["-n", "8"])
        .status(2)
        .stderr_contains("--count 8: only 7 participants are registered")
        .run();
    groups(&["-n", "2", "--day", "2"])
        .status(1)
        .stderr_contains("no attendance is recorded for day 2")
        .stderr_contains("cowork checkin")
        .run();
    groups(&["-n", "0"]).status(2).run();
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
