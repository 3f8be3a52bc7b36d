//! What the calendar says about a day, in the interface language: the plan's notes and `check`'s warnings.

use chrono::NaiveDate;

use super::DayOff;
use crate::i18n::{fluent, lang};

/// Why a planned day was moved, as the plan's note says it: «праздничный день».
pub fn reason(day_off: DayOff) -> String {
    match day_off {
        DayOff::Weekend => crate::tr!("calendar-reason-weekend"),
        DayOff::Holiday(_) => crate::tr!("calendar-reason-holiday"),
        DayOff::Moved { .. } => crate::tr!("calendar-reason-moved"),
        DayOff::Listed => crate::tr!("calendar-reason-listed"),
    }
}

/// What a day off is, in a sentence: «4 ноября 2026 г. — нерабочий праздничный день:
/// День народного единства».
pub fn describe(date: NaiveDate, day_off: DayOff) -> String {
    let language = fluent::interface();
    let shown = lang::date(language, date);
    match day_off {
        DayOff::Weekend => crate::tr!(
            "calendar-day-weekend",
            date = shown,
            weekday = lang::weekday(language, date).to_string()
        ),
        DayOff::Holiday(h) => crate::tr!("calendar-day-holiday", date = shown, name = h.name()),
        DayOff::Moved { from, decree } => crate::tr!(
            "calendar-day-moved",
            date = shown,
            from = lang::date(language, from),
            source = decree.map_or_else(|| crate::tr!("calendar-law"), str::to_string)
        ),
        DayOff::Listed => crate::tr!("calendar-day-listed", date = shown),
    }
}

/// The hint under a warning for a day off: the nearest working day, if there is one.
pub fn hint(next: Option<NaiveDate>) -> String {
    match next {
        Some(next) => crate::tr!(
            "calendar-day-hint",
            next = lang::date_with_weekday(fluent::interface(), next)
        ),
        None => crate::tr!("calendar-day-hint-none"),
    }
}
