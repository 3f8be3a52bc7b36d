//! Today's date for the commands: the system clock, or `COWORK_TODAY=YYYY-MM-DD` (test support), read here and handed to views as data.

use chrono::NaiveDate;

/// The variable that fixes today's date for a run, so that tests are stable.
const TODAY_VARIABLE: &str = "COWORK_TODAY";

/// Today: `COWORK_TODAY` when it holds a date (`2026-12-05`), else the local clock's date.
pub fn today() -> NaiveDate {
    std::env::var(TODAY_VARIABLE)
        .ok()
        .and_then(|v| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}
