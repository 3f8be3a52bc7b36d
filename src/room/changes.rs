//! What the room writes into the session file, each through the one safe edit
//! ([`crate::edit::edit_session`]): a point, a vote, a check-in, a walk-in.

use std::path::Path;

use toml_edit::{DocumentMut, Item, TableLike, Value};

use crate::edit;
use crate::error::{Error, Result};
use crate::session::activities::{Lookup, Titles};
use crate::session::model::{FeedbackKind, Session};
use crate::session::roster::Roster;

/// A status of a person on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Present,
    Excused,
    Absent,
}

/// Appends a `[[feedback]]` point with one vote (its author's); returns its number `n`
/// (1-based, in file order).
pub fn add_point(
    path: &Path,
    kind: FeedbackKind,
    text: &str,
    activity: Option<&str>,
) -> Result<usize> {
    let edited = edit::edit_session(path, |session, doc| {
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
    let edited = edit::edit_session(path, |session, doc| {
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
    let edited = edit::edit_session(path, |session, doc| {
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
        let reference = reference(session, index);
        let table = day_table(doc, day)?;
        for (key, wanted) in [
            ("present", status == Status::Present),
            ("excused", status == Status::Excused),
        ] {
            set_membership(table, key, &reference, wanted, |s| {
                roster.resolve(s) == Some(index)
            });
        }
        Ok(reference)
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
        let entry = edit::append_table(doc, "participants")?;
        edit::set_value(entry, "name", name);
        if let Some(p) = position {
            edit::set_value(entry, "position", p);
        }
        if let Some(o) = organization {
            edit::set_value(entry, "organization", o);
        }
        edit::set_value(entry, "role", "guest");
        let table = day_table(doc, day)?;
        set_membership(table, "present", name, true, |s| s == name);
        Ok(())
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

fn reference(session: &Session, i: usize) -> String {
    let p = &session.participants[i];
    p.id.as_ref()
        .map_or_else(|| p.name().to_string(), |id| id.value.clone())
}

/// The `[[attendance]]` table of `day`, appended when there is none.
fn day_table(doc: &mut DocumentMut, day: usize) -> Result<&mut dyn TableLike> {
    let existing = edit::tables_mut(doc, "attendance")?
        .into_iter()
        .position(|t| t.get("day").and_then(Item::as_integer) == Some(day as i64));
    match existing {
        Some(index) => edit::tables_mut(doc, "attendance")?
            .into_iter()
            .nth(index)
            .ok_or_else(|| Error::input(crate::tr!("prompt-checkin-vanished"), None)),
        None => {
            let table = edit::append_table(doc, "attendance")?;
            edit::set_value(table, "day", day as i64);
            edit::set_value(table, "present", edit::string_array::<&str>(&[]));
            Ok(table)
        }
    }
}

/// Makes the list `key` hold `reference` once (`wanted`) or not at all; entries that are
/// the same person (`same`) and everything else stay as written.
fn set_membership(
    table: &mut dyn TableLike,
    key: &str,
    reference: &str,
    wanted: bool,
    same: impl Fn(&str) -> bool,
) {
    let Some(array) = table.get_mut(key).and_then(Item::as_array_mut) else {
        if wanted {
            edit::set_value(table, key, edit::string_array(&[reference]));
        }
        return;
    };
    let mut found = false;
    let mut index = array.len();
    while index > 0 {
        index -= 1;
        let is_same = array.get(index).and_then(Value::as_str).is_some_and(&same);
        if is_same {
            if wanted && !found {
                found = true;
            } else {
                edit::remove_formatted(array, index);
            }
        }
    }
    if wanted && !found {
        if array.is_empty() {
            let decor = array.decor().clone();
            *array = edit::string_array(&[reference]);
            *array.decor_mut() = decor;
        } else {
            edit::push_formatted_like(array, Value::from(reference));
        }
    }
    if array.is_empty() && key != "present" {
        table.remove(key);
    }
}
