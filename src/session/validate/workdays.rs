//! The session's days against the production calendar: a warning on each day off (`check`, `new`).

use crate::calendar::{self, Calendar};
use crate::session::diagnostic::Diagnostic;
use crate::session::model::Session;

/// A located warning for every day of `[session] dates` that is a weekend, a public holiday
/// or another day off of `calendar`, naming why.
pub fn check(session: &Session, calendar: &Calendar) -> Vec<Diagnostic> {
    session
        .info
        .dates
        .iter()
        .filter_map(|day| {
            let off = calendar.day_off(day.value)?;
            let next = day
                .value
                .succ_opt()
                .and_then(|next| calendar.next_working(next));
            Some(
                Diagnostic::warning(calendar::words::describe(day.value, off), day.span.clone())
                    .with_hint(calendar::words::hint(next)),
            )
        })
        .collect()
}
