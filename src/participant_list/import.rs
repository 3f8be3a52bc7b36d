//! Who of a list is new to a session, and their `[[participants]]` tables: a person already
//! in the file (by the participant-matching rule: case, «ё», spaces) or twice in the list is
//! added once, and said so.

use std::collections::HashMap;

use toml_edit::{DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::edit;
use crate::error::{Error, Result};
use crate::session::model::{Role, Session};
use crate::session::roster;

use super::columns::Person;

/// Why a person of the list is not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// The session already has them, under this name.
    InFile { name: String },
    /// An earlier row of the list has them.
    Repeated { first_row: usize },
    /// Their id is another participant's.
    IdTaken { id: String, by: String },
}

/// A person passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub person: Person,
    pub why: Skip,
}

impl Skipped {
    /// The sentence the methodist reads, in the interface language.
    pub fn describe(&self) -> String {
        let (row, name) = (self.person.row, self.person.name.as_str());
        match &self.why {
            Skip::InFile { name: existing } if existing == name => {
                crate::tr!("participants-skip-in-file", row = row, name = name)
            }
            Skip::InFile { name: existing } => crate::tr!(
                "participants-skip-in-file-as",
                row = row,
                name = name,
                existing = existing.as_str()
            ),
            Skip::Repeated { first_row } => crate::tr!(
                "participants-skip-repeated",
                row = row,
                name = name,
                first = first_row.to_string()
            ),
            Skip::IdTaken { id, by } => crate::tr!(
                "participants-skip-id-taken",
                row = row,
                name = name,
                id = id.as_str(),
                by = by.as_str()
            ),
        }
    }
}

/// Who is added and who is not.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub added: Vec<Person>,
    pub skipped: Vec<Skipped>,
}

/// The key two names are the same person by: the folded words of the name, as the roster
/// matches a full name.
fn key(name: &str) -> String {
    roster::words(name).join(" ")
}

/// Sorts the people of a list into the new ones and those the session (or an earlier row)
/// already has; linear in the list and the session.
pub fn plan(session: &Session, people: Vec<Person>) -> Plan {
    let mut names: HashMap<String, Seen> = HashMap::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for p in &session.participants {
        let name = p.name();
        names
            .entry(key(name))
            .or_insert_with(|| Seen::InFile(name.to_string()));
        if let Some(id) = &p.id {
            ids.entry(id.value.clone())
                .or_insert_with(|| name.to_string());
        }
    }
    let mut plan = Plan::default();
    for person in people {
        let why = match names.get(&key(&person.name)) {
            Some(Seen::InFile(name)) => Some(Skip::InFile { name: name.clone() }),
            Some(Seen::Row(first_row)) => Some(Skip::Repeated {
                first_row: *first_row,
            }),
            None => person.id.as_ref().and_then(|id| {
                ids.get(id).map(|by| Skip::IdTaken {
                    id: id.clone(),
                    by: by.clone(),
                })
            }),
        };
        match why {
            Some(why) => plan.skipped.push(Skipped { person, why }),
            None => {
                names.insert(key(&person.name), Seen::Row(person.row));
                if let Some(id) = &person.id {
                    ids.insert(id.clone(), person.name.clone());
                }
                plan.added.push(person);
            }
        }
    }
    plan
}

/// Where a name was met first.
#[derive(Debug)]
enum Seen {
    InFile(String),
    Row(usize),
}

/// Appends one `[[participants]]` table per person, in the file's own spelling of the array
/// (sections, or an inline array), after its last participant.
pub fn append(doc: &mut DocumentMut, people: &[Person]) -> Result<()> {
    for person in people {
        let entry = next_entry(doc)?;
        edit::set_value(entry, "name", person.name.as_str());
        if let Some(id) = &person.id {
            edit::set_value(entry, "id", id.as_str());
        }
        if let Some(position) = &person.position {
            edit::set_value(entry, "position", position.as_str());
        }
        if let Some(organization) = &person.organization {
            edit::set_value(entry, "organization", organization.as_str());
        }
        if let Some(years) = person.experience {
            edit::set_value(entry, "experience", i64::from(years));
        }
        // The default role goes unsaid, as a methodist writes the file.
        if let Some(role) = person.role.filter(|r| *r != Role::Participant) {
            edit::set_value(entry, "role", role.id());
        }
    }
    Ok(())
}

/// A new entry of `participants`: pushed straight onto an array that is there (so that a
/// thousand people cost a thousand pushes), else through [`edit::append_table`], which
/// places a new array after every section of the file.
fn next_entry(doc: &mut DocumentMut) -> Result<&mut dyn TableLike> {
    let root = doc.as_table_mut();
    let pushed = match root.get_mut("participants") {
        Some(Item::ArrayOfTables(tables)) if !tables.is_empty() => {
            tables.push(Table::new());
            true
        }
        Some(Item::Value(Value::Array(array))) if !array.is_empty() => {
            edit::push_formatted_like(array, Value::InlineTable(InlineTable::new()));
            true
        }
        _ => false,
    };
    if !pushed {
        return edit::append_table(doc, "participants");
    }
    let last: Option<&mut dyn TableLike> = match doc.as_table_mut().get_mut("participants") {
        Some(Item::ArrayOfTables(tables)) => {
            tables.iter_mut().last().map(|t| t as &mut dyn TableLike)
        }
        Some(Item::Value(Value::Array(array))) => match array.iter_mut().last() {
            Some(Value::InlineTable(t)) => Some(t as &mut dyn TableLike),
            _ => None,
        },
        _ => None,
    };
    last.ok_or_else(|| {
        Error::input(
            crate::tr!("edit-not-a-list", key = "participants"),
            Some(&crate::tr!("edit-not-a-list-hint")),
        )
    })
}
