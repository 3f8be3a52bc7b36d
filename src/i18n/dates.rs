//! Date arithmetic for planning: steps of whole months, days off moved to the next working day.

use chrono::{Datelike, Months, NaiveDate};

use crate::calendar::{Calendar, DayOff};

use crate::session::model::Language;

/// A planned date: where the month step landed, and the working day it became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    /// The same day of the month as the start, clamped to the month's last day.
    pub nominal: NaiveDate,
    /// `nominal`, or the first working day after it when it was a day off.
    pub date: NaiveDate,
    /// Why `nominal` was moved: the day off it was; `None` when it was a working day.
    pub moved: Option<DayOff>,
}

/// `count` dates every `every` months from `start`: each the start's day of the month
/// (clamped to the month's end: 31 January → 28 February → 31 March), moved off a weekend,
/// a public holiday or another day off of `calendar` to the next working day.
pub fn series(start: NaiveDate, every: u32, count: u32, calendar: &Calendar) -> Vec<Planned> {
    (0..count)
        .filter_map(|k| {
            // Always step from the start, so a clamped 28 February does not pull March back.
            let nominal = start.checked_add_months(Months::new(every.checked_mul(k)?))?;
            let moved = calendar.day_off(nominal);
            Some(Planned {
                nominal,
                date: calendar.next_working(nominal).unwrap_or(nominal),
                moved,
            })
        })
        .collect()
}

/// The academic year a date belongs to (September to August): «2026/2027».
pub fn academic_year(date: NaiveDate) -> String {
    let first = if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    };
    format!("{first}/{}", first + 1)
}

/// The default series name for sessions starting at `date`.
pub fn default_series(language: Language, date: NaiveDate) -> String {
    match language {
        Language::Ru => format!("Методические коворкинги {}", academic_year(date)),
        Language::En => format!("Methodical coworkings {}", academic_year(date)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test input is valid")
    }

    #[test]
    fn month_end_is_clamped_and_weekends_move_to_monday() {
        let got: Vec<(NaiveDate, NaiveDate)> = series(d("2027-01-31"), 1, 4, &Calendar::default())
            .into_iter()
            .map(|p| (p.nominal, p.date))
            .collect();
        assert_eq!(
            got,
            vec![
                (d("2027-01-31"), d("2027-02-01")), // Sunday
                (d("2027-02-28"), d("2027-03-01")), // Sunday
                (d("2027-03-31"), d("2027-03-31")),
                (d("2027-04-30"), d("2027-04-30")),
            ]
        );
    }

    #[test]
    fn holidays_move_to_the_next_working_day_and_say_why() {
        let planned = series(d("2026-11-04"), 2, 4, &Calendar::default());
        let got: Vec<(NaiveDate, Option<DayOff>)> =
            planned.iter().map(|p| (p.date, p.moved)).collect();
        assert_eq!(
            got,
            vec![
                (
                    d("2026-11-05"),
                    Some(DayOff::Holiday(crate::calendar::Holiday::Unity))
                ),
                (
                    d("2027-01-11"),
                    Some(DayOff::Holiday(crate::calendar::Holiday::NewYear))
                ),
                (d("2027-03-04"), None),
                (d("2027-05-04"), None),
            ]
        );
    }

    #[test]
    fn every_two_months_by_default_shape() {
        let dates: Vec<NaiveDate> = series(d("2026-10-15"), 2, 3, &Calendar::default())
            .iter()
            .map(|p| p.date)
            .collect();
        assert_eq!(
            dates,
            vec![d("2026-10-15"), d("2026-12-15"), d("2027-02-15")]
        );
    }

    #[test]
    fn academic_years() {
        assert_eq!(academic_year(d("2026-09-01")), "2026/2027");
        assert_eq!(academic_year(d("2027-05-20")), "2026/2027");
    }
}
