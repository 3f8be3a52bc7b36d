//! Date arithmetic for planning: steps of whole months, weekends moved to Monday, working days.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::session::model::Language;

/// A planned date: where the month step landed, and the working day it became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    /// The same day of the month as the start, clamped to the month's last day.
    pub nominal: NaiveDate,
    /// `nominal`, or the Monday after it when it fell on a Saturday or Sunday.
    pub date: NaiveDate,
}

/// `count` dates every `every` months from `start`: each the start's day of the month
/// (clamped to the month's end: 31 January → 28 February → 31 March), moved off a weekend.
pub fn series(start: NaiveDate, every: u32, count: u32) -> Vec<Planned> {
    (0..count)
        .filter_map(|k| {
            // Always step from the start, so a clamped 28 February does not pull March back.
            let nominal = start.checked_add_months(Months::new(every.checked_mul(k)?))?;
            Some(Planned {
                nominal,
                date: off_weekend(nominal),
            })
        })
        .collect()
}

/// The date itself on a weekday, else the following Monday.
pub fn off_weekend(date: NaiveDate) -> NaiveDate {
    let skip = match date.weekday() {
        Weekday::Sat => 2,
        Weekday::Sun => 1,
        _ => 0,
    };
    date.checked_add_days(Days::new(skip)).unwrap_or(date)
}

/// `n` days: `first` as given, then the working days after it (Saturdays and Sundays skipped).
pub fn working_days(first: NaiveDate, n: usize) -> Vec<NaiveDate> {
    let mut out = Vec::with_capacity(n);
    let mut day = first;
    while out.len() < n {
        out.push(day);
        match day.succ_opt() {
            Some(next) => day = off_weekend(next),
            None => break,
        }
    }
    out
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
        let got: Vec<(NaiveDate, NaiveDate)> = series(d("2027-01-31"), 1, 4)
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
    fn every_two_months_by_default_shape() {
        let dates: Vec<NaiveDate> = series(d("2026-10-15"), 2, 3)
            .iter()
            .map(|p| p.date)
            .collect();
        assert_eq!(
            dates,
            vec![d("2026-10-15"), d("2026-12-15"), d("2027-02-15")]
        );
    }

    #[test]
    fn working_days_skip_the_weekend() {
        assert_eq!(
            working_days(d("2026-12-04"), 2),
            vec![d("2026-12-04"), d("2026-12-07")]
        );
        // A date the methodist chose stays, even on a Saturday.
        assert_eq!(
            working_days(d("2026-12-05"), 2),
            vec![d("2026-12-05"), d("2026-12-07")]
        );
    }

    #[test]
    fn academic_years() {
        assert_eq!(academic_year(d("2026-09-01")), "2026/2027");
        assert_eq!(academic_year(d("2027-05-20")), "2026/2027");
    }
}
