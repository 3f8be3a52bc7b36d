//! Changes to a session file: the one safe transaction ([`edit_session`]) and the `toml_edit`
//! helpers the changes are made of. Every byte outside what changes stays as written.
//!
//! The commands that record something in a session file (`checkin`, `groups --write`,
//! `feedback`) share one pattern:
//!
//! ```no_run
//! # fn main() -> cowork::error::Result<()> {
//! use cowork::edit;
//! let edited = edit::edit_session(std::path::Path::new("session.toml"), |_session, doc| {
//!     let table = edit::append_table(doc, "feedback")?;
//!     edit::set_value(table, "kind", "plus");
//!     Ok(())
//! })?; // locked, re-read, validated, written atomically — only if it changed
//! # let _ = edited; Ok(()) }
//! ```
//!
//! Both spellings of an array of tables are handled: `[[x]]` sections and an inline
//! `x = [{ … }, { … }]`.

pub mod attendance;
mod block;
pub mod groups;
mod lock;
pub mod patch;
mod splice;
mod transaction;

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::error::{Error, Result};

pub use lock::{EditLock, LOCK_SUFFIX, acquire_within};
pub use patch::{Patch, Patched, Written};
pub use transaction::{Edited, edit_entries, edit_session, edit_session_patched};

fn not_a_list(key: &str) -> Error {
    Error::input(
        crate::tr!("edit-not-a-list", key = key),
        Some(&crate::tr!("edit-not-a-list-hint")),
    )
}

/// Every entry of the array of tables `key`, in file order (none when the key is absent).
pub fn tables_mut<'d>(doc: &'d mut DocumentMut, key: &str) -> Result<Vec<&'d mut dyn TableLike>> {
    match doc.as_table_mut().get_mut(key) {
        None | Some(Item::None) => Ok(Vec::new()),
        Some(Item::ArrayOfTables(tables)) => {
            Ok(tables.iter_mut().map(|t| t as &mut dyn TableLike).collect())
        }
        Some(Item::Value(Value::Array(array))) => array
            .iter_mut()
            .map(|v| match v {
                Value::InlineTable(t) => Ok(t as &mut dyn TableLike),
                _ => Err(not_a_list(key)),
            })
            .collect(),
        Some(_) => Err(not_a_list(key)),
    }
}

/// Appends a new, empty entry to the array of tables `key` (creating it if needed) and
/// returns it. A new `[[key]]` section goes right after the last existing one, or at the
/// end of the file when it is the first.
pub fn append_table<'d>(doc: &'d mut DocumentMut, key: &str) -> Result<&'d mut dyn TableLike> {
    let last_position = max_position(doc.as_table());
    let root = doc.as_table_mut();
    if !root.contains_key(key) {
        root.insert(key, Item::ArrayOfTables(ArrayOfTables::new()));
        if let Some(Item::ArrayOfTables(tables)) = root.get_mut(key) {
            let mut table = Table::new();
            // The first section of a new array: after every section of the file.
            table.set_position(Some(last_position + 1));
            tables.push(table);
        }
    } else {
        match root.get_mut(key) {
            // Without a position a section prints right after its predecessor in the array.
            Some(Item::ArrayOfTables(tables)) => tables.push(Table::new()),
            Some(Item::Value(Value::Array(array))) => {
                push_formatted_like(array, Value::InlineTable(InlineTable::new()));
            }
            _ => return Err(not_a_list(key)),
        }
    }
    match root.get_mut(key) {
        Some(Item::ArrayOfTables(tables)) => tables
            .iter_mut()
            .last()
            .map(|t| t as &mut dyn TableLike)
            .ok_or_else(|| not_a_list(key)),
        Some(Item::Value(Value::Array(array))) => match array.iter_mut().last() {
            Some(Value::InlineTable(t)) => Ok(t as &mut dyn TableLike),
            _ => Err(not_a_list(key)),
        },
        _ => Err(not_a_list(key)),
    }
}

fn max_position(table: &Table) -> isize {
    let mut max = table.position().unwrap_or(0);
    for (_, item) in table.iter() {
        match item {
            Item::Table(t) => max = max.max(max_position(t)),
            Item::ArrayOfTables(tables) => {
                for t in tables.iter() {
                    max = max.max(max_position(t));
                }
            }
            _ => {}
        }
    }
    max
}

/// Sets `key` to `value`. An existing value is replaced in place and keeps the spacing and
/// comment around it; a new key goes after the table's last key.
pub fn set_value(table: &mut dyn TableLike, key: &str, value: impl Into<Value>) {
    let mut value = value.into();
    match table.get_mut(key) {
        Some(Item::Value(old)) => {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
        _ => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// Removes `key` with its line; returns whether it was there.
pub fn remove_key(table: &mut dyn TableLike, key: &str) -> bool {
    table.remove(key).is_some()
}

/// A new array of strings, on one line when short, else one element per line.
pub fn string_array<S: AsRef<str>>(items: &[S]) -> Array {
    let mut array = Array::new();
    for item in items {
        array.push(item.as_ref());
    }
    let one_line: usize = items.iter().map(|s| s.as_ref().chars().count() + 4).sum();
    if one_line > 72 {
        for value in array.iter_mut() {
            value.decor_mut().set_prefix("\n  ");
        }
        array.set_trailing_comma(true);
        array.set_trailing("\n");
    }
    array
}

fn raw(text: Option<&toml_edit::RawString>) -> &str {
    text.and_then(|r| r.as_str()).unwrap_or("")
}

/// Splits whitespace-and-comments at its first line break: the end of the previous line
/// (spaces, a comment) and the rest, starting with the break.
fn split_line_end(text: &str) -> Option<(&str, &str)> {
    text.find('\n').map(|i| text.split_at(i))
}

/// Appends `value` to an existing array laid out like it: one element per line stays one
/// per line, with the same indentation. In TOML the comment after an element's comma
/// belongs to the next element (or the array's end), so such a comment is kept on its line.
pub fn push_formatted_like(array: &mut Array, mut value: Value) {
    let Some(last) = array.iter().last() else {
        value.decor_mut().clear();
        array.push_formatted(value);
        return;
    };
    let last_prefix = raw(last.decor().prefix()).to_string();
    match last_prefix.rfind('\n') {
        Some(i) => {
            let indent = &last_prefix[i + 1..];
            let trailing = raw(Some(array.trailing())).to_string();
            let (line_end, rest) = split_line_end(&trailing).unwrap_or(("", &trailing));
            value
                .decor_mut()
                .set_prefix(format!("{line_end}\n{indent}"));
            value.decor_mut().set_suffix("");
            array.set_trailing(rest.to_string());
        }
        None => {
            value.decor_mut().set_prefix(if array.len() > 1 {
                last_prefix.as_str()
            } else {
                " "
            });
            value.decor_mut().set_suffix("");
        }
    }
    array.push_formatted(value);
}

/// Removes the element at `index`, keeping the layout and the comments of its neighbours:
/// the end of the previous line stays, the removed element's own line goes.
pub fn remove_formatted(array: &mut Array, index: usize) {
    if index >= array.len() {
        return;
    }
    let removed = array.remove(index);
    let prefix = raw(removed.decor().prefix()).to_string();
    match split_line_end(&prefix) {
        Some((line_end, _)) => {
            let keep =
                |next: &str| split_line_end(next).map(|(_, rest)| format!("{line_end}{rest}"));
            match array.get_mut(index) {
                Some(next) => {
                    if let Some(p) = keep(raw(next.decor().prefix())) {
                        next.decor_mut().set_prefix(p);
                    }
                }
                None => {
                    if let Some(t) = keep(raw(Some(array.trailing()))) {
                        array.set_trailing(t);
                    }
                }
            }
        }
        None if index == 0 => {
            if let Some(first) = array.get_mut(0) {
                first.decor_mut().set_prefix(prefix);
            }
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> DocumentMut {
        text.parse().expect("test input is valid")
    }

    #[test]
    fn appends_after_the_last_section_of_the_array() {
        let mut d = doc("[[a]]\nx = 1\n\n# between\n[[b]]\ny = 2\n");
        let t = append_table(&mut d, "a").expect("test input is valid");
        set_value(t, "x", 2);
        assert_eq!(
            d.to_string(),
            "[[a]]\nx = 1\n\n[[a]]\nx = 2\n\n# between\n[[b]]\ny = 2\n"
        );
    }

    #[test]
    fn a_new_array_goes_to_the_end() {
        let mut d = doc("[s]\nt = 1 # c\n\n[[b]]\ny = 2\n");
        let t = append_table(&mut d, "z").expect("test input is valid");
        set_value(t, "day", 1);
        assert_eq!(
            d.to_string(),
            "[s]\nt = 1 # c\n\n[[b]]\ny = 2\n\n[[z]]\nday = 1\n"
        );
    }

    #[test]
    fn inline_arrays_of_tables_too() {
        let mut d = doc("a = [{ x = 1 }]\n");
        let t = append_table(&mut d, "a").expect("test input is valid");
        set_value(t, "x", 2);
        assert_eq!(d.to_string(), "a = [{ x = 1 }, { x = 2 }]\n");
        assert_eq!(
            tables_mut(&mut d, "a").expect("test input is valid").len(),
            2
        );
    }

    #[test]
    fn replacing_keeps_comments_and_spacing() {
        let mut d = doc("[t]\ngroup   =  1   # old\n");
        let t = d["t"].as_table_like_mut().expect("test input is valid");
        set_value(t, "group", 3);
        assert_eq!(d.to_string(), "[t]\ngroup   =  3   # old\n");
    }

    #[test]
    fn comments_after_commas_stay_on_their_line() {
        let mut d = doc("a = [\n  \"x\",  # x\n  \"y\",  # y\n]\n");
        if let Some(a) = d["a"].as_array_mut() {
            remove_formatted(a, 1);
            push_formatted_like(a, "z".into());
        }
        assert_eq!(d.to_string(), "a = [\n  \"x\",  # x\n  \"z\",\n]\n");
        let mut d = doc("a = [ # list\n  \"x\",  # x\n  \"y\",\n]\n");
        if let Some(a) = d["a"].as_array_mut() {
            remove_formatted(a, 0);
        }
        assert_eq!(d.to_string(), "a = [ # list\n  \"y\",\n]\n");
    }

    #[test]
    fn arrays_keep_their_layout() {
        let mut d = doc("a = [\n  \"x\",\n  \"y\",\n]\nb = [\"x\"]\n");
        if let Some(a) = d["a"].as_array_mut() {
            push_formatted_like(a, "z".into());
            remove_formatted(a, 0);
        }
        if let Some(b) = d["b"].as_array_mut() {
            push_formatted_like(b, "z".into());
        }
        assert_eq!(
            d.to_string(),
            "a = [\n  \"y\",\n  \"z\",\n]\nb = [\"x\", \"z\"]\n"
        );
    }
}
