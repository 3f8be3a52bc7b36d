//! The Russian production calendar (производственный календарь): working days and days off, pure data, no disk.
//!
//! A day is off when it is a Saturday or Sunday, a public holiday of ст. 112 Трудового
//! кодекса ([`law`]), or the day a weekend holiday moved to — by the law's rule, or by the
//! Government's decree for the years shipped in `data/production-calendar.toml`
//! ([`decrees`], which override the rule for their year). `cowork.toml`'s `[calendar]`
//! adds days off (`holidays`, say каникулы) and working days (`workdays`), which win.

pub mod decrees;
pub mod law;
pub mod words;

use chrono::{Datelike, NaiveDate};

pub use law::Holiday;

/// Days in a row, first to last inclusive: one day, or «2026-12-28..2027-01-08».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl DayRange {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first <= date && date <= self.last
    }
}

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    /// A Saturday or a Sunday.
    Weekend,
    /// A public holiday of article 112.
    Holiday(Holiday),
    /// A day off moved here from `from`: by the decree cited, or by the law's rule (`None`).
    Moved {
        from: NaiveDate,
        decree: Option<&'static str>,
    },
    /// A day off named in `cowork.toml` (`[calendar] holidays`).
    Listed,
}

/// The production calendar with the workspace's own days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    /// Extra days off from `cowork.toml`.
    pub holidays: Vec<DayRange>,
    /// Working days from `cowork.toml` (working Saturdays); they win over everything.
    pub workdays: Vec<DayRange>,
}

/// How far [`Calendar::next_working`] looks before it gives up (a `cowork.toml` that lists
/// years of days off is stepped over range by range, so this bounds only weekends and
/// holidays in between).
const LOOK_AHEAD: usize = 4000;

impl Calendar {
    /// Why `date` is not a working day; `None` for a working day.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        if self.workdays.iter().any(|r| r.contains(date)) {
            return None;
        }
        if self.holidays.iter().any(|r| r.contains(date)) {
            return Some(DayOff::Listed);
        }
        statutory(date)
    }

    pub fn is_working(&self, date: NaiveDate) -> bool {
        self.day_off(date).is_none()
    }

    /// `date` itself when it is a working day, else the first working day after it; `None`
    /// past the last day the calendar can hold.
    pub fn next_working(&self, date: NaiveDate) -> Option<NaiveDate> {
        let mut day = date;
        for _ in 0..LOOK_AHEAD {
            match self.day_off(day) {
                None => return Some(day),
                Some(DayOff::Listed) => {
                    // Step over the whole listed range at once, or to a working day in it.
                    let last = self
                        .holidays
                        .iter()
                        .filter(|r| r.contains(day))
                        .map(|r| r.last)
                        .max()
                        .unwrap_or(day);
                    let after = last.succ_opt();
                    let working = self
                        .workdays
                        .iter()
                        .map(|r| r.first)
                        .filter(|first| *first > day && *first <= last)
                        .min();
                    day = working.or(after)?;
                }
                Some(_) => day = day.succ_opt()?,
            }
        }
        None
    }

    /// `n` days: `first` as given, then the working days after it.
    pub fn working_days(&self, first: NaiveDate, n: usize) -> Vec<NaiveDate> {
        let mut out = Vec::with_capacity(n);
        let mut day = Some(first);
        while out.len() < n {
            let Some(d) = day else { break };
            out.push(d);
            day = d.succ_opt().and_then(|next| self.next_working(next));
        }
        out
    }
}

/// The day off by the law and the decrees alone.
fn statutory(date: NaiveDate) -> Option<DayOff> {
    if let Some(h) = law::holiday(date) {
        return Some(DayOff::Holiday(h));
    }
    let year = date.year();
    let decree = decrees::of_year(year);
    if let Some(decree) = decree {
        if let Some(m) = decree.moves.iter().find(|m| m.to == date) {
            return Some(DayOff::Moved {
                from: m.from,
                decree: Some(decree.decree.as_str()),
            });
        }
        if decree.moves.iter().any(|m| m.from == date) {
            // A Saturday whose day off the decree moved: a working day.
            return None;
        }
    }
    if let Some(from) = moved_by_rule(year, decree, date) {
        return Some(DayOff::Moved { from, decree: None });
    }
    law::is_weekend(date).then_some(DayOff::Weekend)
}

/// The holiday whose day off the law moved to `date` (ч. 2 ст. 112: to the next working day
/// after it), unless the year's decree moved it elsewhere.
fn moved_by_rule(
    year: i32,
    decree: Option<&decrees::Decree>,
    date: NaiveDate,
) -> Option<NaiveDate> {
    let mut taken: Vec<NaiveDate> = Vec::new();
    for holiday in law::on_weekends(year) {
        if decree.is_some_and(|d| d.moves.iter().any(|m| m.from == holiday)) {
            continue;
        }
        let mut day = holiday.succ_opt()?;
        while law::is_weekend(day)
            || law::holiday(day).is_some()
            || taken.contains(&day)
            || decree.is_some_and(|d| d.moves.iter().any(|m| m.to == day))
        {
            day = day.succ_opt()?;
        }
        if day == date {
            return Some(holiday);
        }
        taken.push(day);
    }
    None
}

#[cfg(test)]
mod tests;
