//! The production calendar against the law, the shipped decrees and `cowork.toml`'s days.

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test input is valid")
}

fn off(s: &str) -> Option<DayOff> {
    Calendar::default().day_off(d(s))
}

#[test]
fn every_statutory_holiday_of_every_year() {
    for year in [2025, 2026, 2027, 2028, 2031] {
        for day in 1..=8 {
            let date = NaiveDate::from_ymd_opt(year, 1, day).expect("a date");
            let want = if day == 7 {
                Holiday::Christmas
            } else {
                Holiday::NewYear
            };
            assert_eq!(law::holiday(date), Some(want), "{date}");
        }
        for (m, day, h) in law::MOVABLE {
            let date = NaiveDate::from_ymd_opt(year, m, day).expect("a date");
            assert_eq!(law::holiday(date), Some(h), "{date}");
            assert_eq!(Calendar::default().day_off(date), Some(DayOff::Holiday(h)));
        }
        // Article 112 names fourteen days a year: 1–8 January and six more.
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1).expect("a date");
        let mut holidays = Vec::new();
        while day.year() == year {
            if law::holiday(day).is_some() {
                holidays.push(day.format("%m-%d").to_string());
            }
            day = day.succ_opt().expect("a date");
        }
        assert_eq!(
            holidays[8..],
            ["02-23", "03-08", "05-01", "05-09", "06-12", "11-04"],
            "{year}"
        );
        assert_eq!(holidays.len(), 14, "{year}");
        assert_eq!(
            law::holiday(NaiveDate::from_ymd_opt(year, 1, 9).expect("a date")),
            None
        );
        assert_eq!(
            law::holiday(NaiveDate::from_ymd_opt(year, 5, 2).expect("a date")),
            None
        );
    }
}

/// The law's own transfers, no decree: a holiday on a weekend gives the next working day off.
#[test]
fn weekend_holidays_move_to_the_next_working_day_by_the_rule() {
    let by_rule = |year: i32| -> Vec<(NaiveDate, NaiveDate)> {
        let mut out = Vec::new();
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1).expect("a date");
        while day.year() == year {
            if let Some(from) = moved_by_rule(year, None, day) {
                out.push((from, day));
            }
            day = day.succ_opt().expect("a date");
        }
        out
    };
    assert_eq!(
        by_rule(2025),
        [
            (d("2025-02-23"), d("2025-02-24")),
            (d("2025-03-08"), d("2025-03-10"))
        ]
    );
    assert_eq!(
        by_rule(2026),
        [
            (d("2026-03-08"), d("2026-03-09")),
            (d("2026-05-09"), d("2026-05-11"))
        ]
    );
    assert_eq!(
        by_rule(2027),
        [
            (d("2027-05-01"), d("2027-05-03")),
            (d("2027-05-09"), d("2027-05-10")),
            (d("2027-06-12"), d("2027-06-14")),
        ]
    );
    // 1 January 2028 is a Saturday: the January ones are the Government's to move.
    assert_eq!(by_rule(2028), [(d("2028-11-04"), d("2028-11-06"))]);
}

#[test]
fn the_years_without_a_decree_follow_the_rule() {
    assert_eq!(
        off("2027-05-10"),
        Some(DayOff::Moved {
            from: d("2027-05-09"),
            decree: None
        })
    );
    assert_eq!(off("2027-05-08"), Some(DayOff::Weekend));
    assert_eq!(off("2027-05-11"), None);
    assert_eq!(off("2028-11-06").map(|_| ()), Some(()));
    assert_eq!(off("2028-11-07"), None);
    // 2028's January weekend days stay weekend days until the decree is known.
    assert_eq!(off("2028-01-10"), None);
}

#[test]
fn the_2025_decree_overrides_the_rule() {
    for day in [
        "2025-05-02",
        "2025-05-08",
        "2025-06-13",
        "2025-11-03",
        "2025-12-31",
    ] {
        let Some(DayOff::Moved { decree, .. }) = off(day) else {
            panic!("{day} is a day off by the decree");
        };
        assert!(decree.is_some_and(|t| t.contains("№ 1335")), "{day}");
    }
    // The rule would have given 24 February and 10 March; the decree moved them.
    assert_eq!(off("2025-02-24"), None);
    assert_eq!(off("2025-03-10"), None);
    // Saturday 1 November 2025 is a working day.
    assert_eq!(off("2025-11-01"), None);
    assert_eq!(off("2025-11-02"), Some(DayOff::Weekend));
    assert_eq!(off("2025-12-30"), None);
}

#[test]
fn the_2026_decree_and_the_rule_together() {
    let moved = |day: &str| match off(day) {
        Some(DayOff::Moved { from, decree }) => (from, decree.map(|t| t.contains("№ 1466"))),
        other => panic!("{day}: {other:?}"),
    };
    assert_eq!(moved("2026-01-09"), (d("2026-01-03"), Some(true)));
    assert_eq!(moved("2026-12-31"), (d("2026-01-04"), Some(true)));
    // The decree left 8 March and 9 May to the law.
    assert_eq!(moved("2026-03-09"), (d("2026-03-08"), None));
    assert_eq!(moved("2026-05-11"), (d("2026-05-09"), None));
    assert_eq!(off("2026-01-12"), None);
    assert_eq!(off("2026-02-23"), Some(DayOff::Holiday(Holiday::Defender)));
    assert_eq!(off("2026-11-04"), Some(DayOff::Holiday(Holiday::Unity)));
    assert_eq!(off("2026-11-05"), None);
    assert_eq!(off("2026-12-30"), None);
    assert_eq!(off("2026-11-07"), Some(DayOff::Weekend));
}

#[test]
fn the_2024_decree_has_its_working_saturdays() {
    for day in ["2024-04-27", "2024-11-02", "2024-12-28"] {
        assert_eq!(off(day), None, "{day}");
    }
    for day in [
        "2024-04-29",
        "2024-04-30",
        "2024-05-10",
        "2024-12-30",
        "2024-12-31",
    ] {
        assert!(matches!(off(day), Some(DayOff::Moved { .. })), "{day}");
    }
}

#[test]
fn next_working_day_over_new_year_and_may() {
    let c = Calendar::default();
    assert_eq!(c.next_working(d("2026-11-04")), Some(d("2026-11-05")));
    assert_eq!(c.next_working(d("2027-01-04")), Some(d("2027-01-11")));
    assert_eq!(c.next_working(d("2026-12-31")), Some(d("2027-01-11")));
    assert_eq!(c.next_working(d("2027-05-08")), Some(d("2027-05-11")));
    assert_eq!(c.next_working(d("2026-05-01")), Some(d("2026-05-04")));
    assert_eq!(c.next_working(d("9999-12-31")), Some(d("9999-12-31")));
    let near_the_end = NaiveDate::MAX - chrono::Days::new(10);
    let to_the_end = Calendar {
        holidays: vec![DayRange {
            first: near_the_end,
            last: NaiveDate::MAX,
        }],
        workdays: Vec::new(),
    };
    assert_eq!(to_the_end.next_working(near_the_end), None);
    assert_eq!(to_the_end.working_days(near_the_end, 2), [near_the_end]);
    assert_eq!(
        c.working_days(d("2026-12-30"), 3),
        [d("2026-12-30"), d("2027-01-11"), d("2027-01-12")]
    );
}

#[test]
fn cowork_toml_adds_days_off_and_working_days() {
    let c = Calendar {
        holidays: vec![
            DayRange {
                first: d("2026-12-28"),
                last: d("2027-01-17"),
            },
            DayRange {
                first: d("2027-03-24"),
                last: d("2027-03-24"),
            },
        ],
        workdays: vec![DayRange {
            first: d("2027-01-16"),
            last: d("2027-01-16"),
        }],
    };
    assert_eq!(c.day_off(d("2026-12-29")), Some(DayOff::Listed));
    assert_eq!(c.day_off(d("2027-03-24")), Some(DayOff::Listed));
    // A working Saturday wins over the range and the weekend.
    assert_eq!(c.day_off(d("2027-01-16")), None);
    assert_eq!(c.next_working(d("2026-12-28")), Some(d("2027-01-16")));
    assert_eq!(c.next_working(d("2027-01-17")), Some(d("2027-01-18")));
    // A range of years is stepped over at once.
    let long = Calendar {
        holidays: vec![DayRange {
            first: d("2026-01-01"),
            last: d("2040-07-02"),
        }],
        workdays: Vec::new(),
    };
    assert_eq!(long.next_working(d("2026-06-01")), Some(d("2040-07-03")));
}
