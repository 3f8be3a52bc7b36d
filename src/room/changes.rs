//! What the room writes into the session file, each through the one safe edit
//! ([`crate::edit::edit_session`], or [`crate::edit::edit_entries`] for a change of one list): a point, a vote, a check-in, a walk-in.

use std::path::Path;

use toml_edit::Item;

use crate::edit::{self, attendance};
use crate::error::{Error, Result};
use crate::session::activities::{Lookup, Titles};
use crate::session::load::List;
use crate::session::model::{FeedbackKind, Session};
use crate::session::roster::Roster;

pub use crate::edit::attendance::Status;

/// Appends a `[[feedback]]` point with one vote (its author's); returns its number `n`
/// (1-based, in file order).
pub fn add_point(
    path: &Path,
    kind: FeedbackKind,
    text: &str,
    activity: Option<&str>,
) -> Result<usize> {
    let edited = edit::edit_entries(path, List::Feedback, |session, doc| {
        let activity = activity.map(|a| resolve_activity(session, a)).transpose()?;
        let entry = edit::append_table(doc, "feedback")?;
        edit::set_value(entry, "kind", kind.id());
        edit::set_value(entry, "text", text);
        if let Some(activity) = &activity {
            edit::set_value(entry, "activity", activity.as_str());
        }
        edit::set_value(entry, "votes", 1i64);
        Ok(edit::tables_mut(doc, "feedback")?.len())
    })?;
    Ok(edited.value)
}

/// Adds one vote to point `n` unless `voted` says this client already gave it one (the
/// point is known by its kind and text, so an edit from outside that moves it does not
/// mislead); returns the count and, when the vote counted, the point's key.
pub fn vote(path: &Path, n: usize, voted: impl Fn(&str) -> bool) -> Result<(i64, Option<String>)> {
    let edited = edit::edit_entries(path, List::Feedback, |session, doc| {
        let key = point_key(session, n).ok_or_else(|| no_point(session, n))?;
        let mut tables = edit::tables_mut(doc, "feedback")?;
        let entry = tables.get_mut(n - 1).ok_or_else(|| no_point(session, n))?;
        let votes = entry.get("votes").and_then(Item::as_integer).unwrap_or(1);
        if voted(&key) {
            return Ok((votes, None));
        }
        edit::set_value(&mut **entry, "votes", votes + 1);
        Ok((votes + 1, Some(key)))
    })?;
    Ok(edited.value)
}

/// The kind and text of point `n` as the file has it now (to know which point a vote is for).
pub fn point_key(session: &Session, n: usize) -> Option<String> {
    let point = session.feedback.get(n.checked_sub(1)?)?;
    let kind = point.kind.as_ref().map_or("", |k| k.value.id());
    let text = point.text.as_ref().map_or("", |t| t.value.as_str());
    Some(format!("{kind}\u{1f}{text}"))
}

/// The refusals below are in the session's language (the file's, as read by the edit): the
/// phones and the door speak it, not the laptop's terminal.
pub fn no_point(session: &Session, n: usize) -> Error {
    Error::input(
        crate::tr_in!(session.info.language, "room-no-point", n = n),
        None,
    )
}

/// Marks participant `who` (a reference as `checkin` takes it) present, excused or absent on
/// `day`; returns the reference written.
pub fn check_in(path: &Path, day: usize, who: &str, status: Status) -> Result<String> {
    let edited = edit::edit_entries(path, List::Attendance, |session, doc| {
        check_day(session, day)?;
        let roster = Roster::new(session);
        let Some(index) = roster.resolve(who) else {
            return Err(Error::input(
                crate::tr_in!(
                    session.info.language,
                    "room-no-participant",
                    reference = who
                ),
                None,
            ));
        };
        attendance::mark(doc, session, &roster, day, index, status)?;
        Ok(attendance::reference(session, index))
    })?;
    Ok(edited.value)
}

/// Registers a walk-in: a `[[participants]]` entry with role guest, present on `day`.
pub fn add_guest(
    path: &Path,
    day: usize,
    name: &str,
    position: Option<&str>,
    organization: Option<&str>,
) -> Result<()> {
    edit::edit_session(path, |session, doc| {
        check_day(session, day)?;
        if Roster::new(session).resolve_exact(name).is_some() {
            return Err(Error::input(
                crate::tr_in!(session.info.language, "room-guest-exists", name = name),
                None,
            ));
        }
        attendance::add_walk_in(doc, day, name, position, organization)
    })?;
    Ok(())
}

fn check_day(session: &Session, day: usize) -> Result<()> {
    let days = session.info.dates.len().max(1);
    if day == 0 || day > days {
        return Err(Error::input(
            crate::tr_in!(session.info.language, "room-no-day", day = day, days = days),
            None,
        ));
    }
    Ok(())
}

fn resolve_activity(session: &Session, wanted: &str) -> Result<String> {
    match Titles::new(session).lookup(wanted) {
        Lookup::Found(title) => Ok(title.to_string()),
        _ => Err(Error::input(
            crate::tr_in!(session.info.language, "room-no-activity", title = wanted),
            None,
        )),
    }
}
