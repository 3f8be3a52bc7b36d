//! One day's `[[attendance]]` changed in place (who came, who is excused, guests) and walk-ins
//! registered: the check-in shared by `cowork checkin` and the room of `cowork serve`.

use std::collections::BTreeSet;

use toml_edit::{Array, DocumentMut, Item, TableLike, Value};

use crate::error::{Error, Result};
use crate::i18n::collate;
use crate::session::model::{Attendance, Session, Sp};
use crate::session::roster::Roster;

/// A status of a person on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Present,
    Excused,
    Absent,
}

/// A day's attendance as participant indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayRecord {
    pub present: BTreeSet<usize>,
    pub excused: BTreeSet<usize>,
    pub guests: Option<i64>,
}

impl DayRecord {
    /// The record with participant `who` moved to `status` and everyone else as they were.
    pub fn with(&self, who: usize, status: Status) -> DayRecord {
        let mut after = self.clone();
        after.present.remove(&who);
        after.excused.remove(&who);
        match status {
            Status::Present => after.present.insert(who),
            Status::Excused => after.excused.insert(who),
            Status::Absent => false,
        };
        after
    }
}

/// The `[[attendance]]` entry of `day` in the session, if any.
fn attendance_of(session: &Session, day: usize) -> Option<&Attendance> {
    session
        .attendance
        .iter()
        .find(|a| a.day.as_ref().is_some_and(|d| d.value == day as i64))
}

/// What the session records for `day` (nobody when the day has no table).
pub fn recorded(session: &Session, roster: &Roster<'_>, day: usize) -> DayRecord {
    let Some(a) = attendance_of(session, day) else {
        return DayRecord::default();
    };
    let set = |refs: &[Sp<String>]| {
        refs.iter()
            .filter_map(|r| roster.resolve(&r.value))
            .collect()
    };
    DayRecord {
        present: set(&a.present),
        excused: set(&a.excused),
        guests: a.guests.as_ref().map(|g| g.value),
    }
}

/// How a participant is written in a new reference: the short id when there is one.
pub fn reference(session: &Session, i: usize) -> String {
    let p = &session.participants[i];
    p.id.as_ref()
        .map_or_else(|| p.name().to_string(), |id| id.value.clone())
}

/// Changes the day's `[[attendance]]` table from `before` to `after`, appending it when the
/// day has none, and touches nothing else.
pub fn record(
    doc: &mut DocumentMut,
    session: &Session,
    roster: &Roster<'_>,
    day: usize,
    before: &DayRecord,
    after: &DayRecord,
) -> Result<()> {
    if before == after {
        return Ok(());
    }
    let in_order = |set: &BTreeSet<usize>| -> Vec<String> {
        let mut list: Vec<usize> = set.iter().copied().collect();
        collate::sort_by_text(&mut list, |&i| session.participants[i].name());
        list.into_iter().map(|i| reference(session, i)).collect()
    };
    let table = day_table(doc, day)?;
    update_list(table, "present", &after.present, roster, &in_order, true);
    update_list(table, "excused", &after.excused, roster, &in_order, false);
    if after.guests != before.guests
        && let Some(g) = after.guests
    {
        super::set_value(table, "guests", g);
    }
    Ok(())
}

/// Marks participant `who` present, excused or absent on `day`.
pub fn mark(
    doc: &mut DocumentMut,
    session: &Session,
    roster: &Roster<'_>,
    day: usize,
    who: usize,
    status: Status,
) -> Result<()> {
    let before = recorded(session, roster, day);
    let after = before.with(who, status);
    record(doc, session, roster, day, &before, &after)
}

/// Registers a walk-in: a new `[[participants]]` entry with role guest, present on `day`.
/// (The caller makes sure nobody has that name yet.)
pub fn add_walk_in(
    doc: &mut DocumentMut,
    day: usize,
    name: &str,
    position: Option<&str>,
    organization: Option<&str>,
) -> Result<()> {
    let entry = super::append_table(doc, "participants")?;
    super::set_value(entry, "name", name);
    if let Some(p) = position {
        super::set_value(entry, "position", p);
    }
    if let Some(o) = organization {
        super::set_value(entry, "organization", o);
    }
    super::set_value(entry, "role", "guest");
    let table = day_table(doc, day)?;
    match table.get_mut("present").and_then(Item::as_array_mut) {
        Some(present) => append(present, &[name.to_string()]),
        None => super::set_value(table, "present", super::string_array(&[name])),
    }
    Ok(())
}

/// The `[[attendance]]` table of `day`, appended (with an empty `present`) when there is none.
fn day_table(doc: &mut DocumentMut, day: usize) -> Result<&mut dyn TableLike> {
    let existing = super::tables_mut(doc, "attendance")?
        .into_iter()
        .position(|t| t.get("day").and_then(Item::as_integer) == Some(day as i64));
    match existing {
        Some(index) => super::tables_mut(doc, "attendance")?
            .into_iter()
            .nth(index)
            .ok_or_else(|| Error::input(crate::tr!("prompt-checkin-vanished"), None)),
        None => {
            let table = super::append_table(doc, "attendance")?;
            super::set_value(table, "day", day as i64);
            super::set_value(table, "present", super::string_array::<&str>(&[]));
            Ok(table)
        }
    }
}

/// Makes the array `key` name exactly the people in `wanted`: an entry of someone still
/// wanted stays as written (once), an entry of anyone else goes, newcomers are appended in
/// alphabetical order. An entry that names nobody stays: it is the file's error to show,
/// not something for a check-in to drop.
fn update_list(
    table: &mut dyn TableLike,
    key: &str,
    wanted: &BTreeSet<usize>,
    roster: &Roster<'_>,
    in_order: &dyn Fn(&BTreeSet<usize>) -> Vec<String>,
    keep_when_empty: bool,
) {
    let Some(array) = table.get_mut(key).and_then(Item::as_array_mut) else {
        if !wanted.is_empty() || keep_when_empty {
            super::set_value(table, key, super::string_array(&in_order(wanted)));
        }
        return;
    };
    let mut kept = BTreeSet::new();
    let mut index = array.len();
    while index > 0 {
        index -= 1;
        let Some(text) = array.get(index).and_then(Value::as_str) else {
            continue;
        };
        match roster.resolve(text) {
            None => {}
            Some(i) if wanted.contains(&i) && !kept.contains(&i) => {
                kept.insert(i);
            }
            Some(_) => super::remove_formatted(array, index),
        }
    }
    let newcomers: BTreeSet<usize> = wanted.difference(&kept).copied().collect();
    append(array, &in_order(&newcomers));
    if array.is_empty() && !keep_when_empty {
        table.remove(key);
    }
}

/// Appends `references` to `array` laid out like its elements; an empty array (nothing to
/// copy the layout from) is laid out like a new list, keeping its own spacing.
fn append(array: &mut Array, references: &[String]) {
    if references.is_empty() {
        return;
    }
    if array.is_empty() {
        let decor = array.decor().clone();
        *array = super::string_array(references);
        *array.decor_mut() = decor;
    } else {
        for r in references {
            super::push_formatted_like(array, Value::from(r.as_str()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SESSION: &str = "schema = 1\n\n[session]\ntitle = \"Т\"\ndates = [2026-12-03, 2026-12-04]\n\n\
        [[participants]]\nname = \"Петров Игорь Сергеевич\"\nid = \"petrov\"\n\n\
        [[participants]]\nname = \"Ёлкина Дарья Андреевна\"\n\n\
        [[attendance]]\nday = 1\npresent = [\n  \"petrov\",   # первым\n]\n";

    /// `change` applied to the test session's document; the text it leaves.
    fn changed(change: impl Fn(&mut DocumentMut, &Session, &Roster<'_>)) -> String {
        let (parsed, mut doc) = crate::session::file::parse_editable("s.toml", SESSION.into())
            .expect("test input is valid");
        let roster = Roster::new(&parsed.session);
        change(&mut doc, &parsed.session, &roster);
        doc.to_string()
    }

    #[test]
    fn marking_keeps_the_layout_and_moves_between_lists() {
        let text = changed(|doc, session, roster| {
            mark(doc, session, roster, 1, 1, Status::Present).expect("marks");
        });
        assert!(
            text.ends_with(
                "present = [\n  \"petrov\",   # первым\n  \"Ёлкина Дарья Андреевна\",\n]\n"
            ),
            "{text}"
        );
        let text = changed(|doc, session, roster| {
            mark(doc, session, roster, 1, 0, Status::Excused).expect("marks");
        });
        assert!(
            text.ends_with("day = 1\npresent = [\n]\nexcused = [\"petrov\"]\n"),
            "{text}"
        );
    }

    #[test]
    fn absent_on_a_day_without_a_table_writes_nothing() {
        assert_eq!(
            changed(|doc, session, roster| {
                mark(doc, session, roster, 2, 0, Status::Absent).expect("marks");
            }),
            SESSION
        );
    }

    #[test]
    fn a_walk_in_on_a_new_day_gets_the_days_table() {
        let text = changed(|doc, _, _| {
            add_walk_in(doc, 2, "Гостева Анна", Some("воспитатель"), None).expect("adds");
        });
        assert!(
            text.contains(
                "name = \"Гостева Анна\"\nposition = \"воспитатель\"\nrole = \"guest\"\n"
            ),
            "{text}"
        );
        assert!(
            text.ends_with("\n[[attendance]]\nday = 2\npresent = [\"Гостева Анна\"]\n"),
            "{text}"
        );
    }
}
