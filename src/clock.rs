//! The clock of the commands: today's date and the instant of a run, from the system or from `COWORK_TODAY`/`COWORK_NOW` (test support), read here and handed to views as data.

use chrono::{DateTime, NaiveDate, Utc};

/// The variable that fixes today's date for a run, so that tests are stable.
const TODAY_VARIABLE: &str = "COWORK_TODAY";

/// The variable that fixes the instant of a run (RFC 3339, `2026-12-02T18:00:00Z`): the
/// `DTSTAMP` and `SEQUENCE` of calendars.
const NOW_VARIABLE: &str = "COWORK_NOW";

/// Today: `COWORK_TODAY` when it holds a date (`2026-12-05`), else the local clock's date.
pub fn today() -> NaiveDate {
    std::env::var(TODAY_VARIABLE)
        .ok()
        .and_then(|v| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Now, in UTC to the second: `COWORK_NOW` when it holds an RFC 3339 instant, else the
/// system clock.
pub fn now() -> DateTime<Utc> {
    let now = std::env::var(NOW_VARIABLE)
        .ok()
        .and_then(|v| DateTime::parse_from_rfc3339(v.trim()).ok())
        .map_or_else(Utc::now, |t| t.with_timezone(&Utc));
    // Whole seconds: iCalendar has no fractions, and SEQUENCE counts seconds.
    DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now)
}
