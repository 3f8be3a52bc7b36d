//! Recording group numbers (`cowork groups --write`): `group = K` in the table of each
//! participant placed in a group, and an old `group` taken out of the others' — as text
//! patches when every participant is a `[[participants]]` section of plain keys (how people
//! write them, and how `cowork` writes them), else through the editable document.

use std::collections::HashMap;

use toml_edit::{DocumentMut, Item};

use crate::error::Result;
use crate::session::model::{Session, Sp};

use super::patch::{Patch, Written, line_end, value_end};

/// The group of each participant, by their place in the file; those not in it have none.
pub type Numbers = HashMap<usize, i64>;

/// Writes `group = K` into each placed participant's table and drops stale numbers.
pub fn record(doc: &mut DocumentMut, numbers: &Numbers) -> Result<()> {
    for (i, table) in super::tables_mut(doc, "participants")?
        .into_iter()
        .enumerate()
    {
        match numbers.get(&i) {
            Some(&g) => {
                if table.get("group").and_then(Item::as_integer) != Some(g) {
                    super::set_value(table, "group", g);
                }
            }
            None => {
                super::remove_key(table, "group");
            }
        }
    }
    Ok(())
}

/// The change [`record`] makes, as patches of the text: a new number put over the old one
/// (its spacing and comment kept), a new `group = K` line after the table's last key, an old
/// `group` line taken out with the comment above it. `None` when a participant is written
/// otherwise (an inline table, a dotted key or a table inside it, a table with no keys).
pub fn patches(file: &Written<'_>, numbers: &Numbers) -> Option<Vec<Patch>> {
    let tables = match file.document.as_table().get("participants") {
        None => return numbers.is_empty().then(Vec::new),
        Some(item) => item.as_array_of_tables()?,
    };
    let mut patches = Vec::new();
    for (i, table) in tables.iter().enumerate() {
        if table.iter().any(|(_, item)| !item.is_value()) {
            return None;
        }
        match (table.get("group"), numbers.get(&i).copied()) {
            (Some(item), Some(g)) => {
                let value = item.as_value()?;
                if value.as_integer() != Some(g) {
                    patches.push(Patch {
                        range: value.span()?,
                        text: g.to_string(),
                    });
                }
            }
            (Some(item), None) => {
                let key = table.key("group")?;
                let value = item.as_value()?;
                let start = match key.leaf_decor().prefix().and_then(|p| p.span()) {
                    Some(prefix) => prefix.start,
                    None => key.span()?.start,
                };
                patches.push(Patch {
                    range: start..line_end(file.text, value_end(value)?)?,
                    text: String::new(),
                });
            }
            (None, Some(g)) => {
                let (_, last) = table.iter().last()?;
                let at = line_end(file.text, value_end(last.as_value()?)?)?;
                patches.push(Patch {
                    range: at..at,
                    text: format!("group = {g}{}", file.ending),
                });
            }
            (None, None) => {}
        }
    }
    Some(patches)
}

/// The same change made to the session read from the file.
pub fn update(session: &mut Session, numbers: &Numbers) {
    for (i, p) in session.participants.iter_mut().enumerate() {
        p.group = numbers.get(&i).map(|&g| match p.group.take() {
            Some(old) => Sp::new(g, old.span),
            None => Sp::new(g, p.span.clone()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::patch::apply;
    use crate::edit::splice::uniform_ending;

    /// The text after the patches, and after the long way through the document.
    fn both(text: &str, numbers: &Numbers) -> (Option<String>, String) {
        let document = toml_edit::Document::parse(text).expect("test input is valid");
        let written = Written {
            text,
            document: &document,
            ending: uniform_ending(text).unwrap_or("\n"),
        };
        let patched = patches(&written, numbers).map(|p| apply(text, p));
        let mut doc: DocumentMut = text.parse().expect("test input is valid");
        record(&mut doc, numbers).expect("participants are a list");
        let long = crate::edit::splice::keep_untouched(text, doc.to_string());
        (patched, long)
    }

    #[test]
    fn patches_make_what_the_document_makes() {
        let text = "[session]\ntitle = \"x\"\n\n# people\n[[participants]]\nname = \"A\"\n  \
                    # about the group\ngroup = 2 # two\n\n[[participants]] # second\nname = \
                    \"B\"\nid = \"b\"\n\n[[participants]]\nname = \"C\"\ngroup   =   5   # \
                    five\n\n# activities\n[[activities]]\ntitle = \"t\"\n";
        let numbers = Numbers::from([(1, 3), (2, 1)]);
        let (patched, long) = both(text, &numbers);
        assert_eq!(patched.as_deref(), Some(long.as_str()));
        assert!(long.contains("id = \"b\"\ngroup = 3\n"), "{long}");
        assert!(long.contains("group   =   1   # five"), "{long}");
        assert!(!long.contains("about the group"), "{long}");
        let crlf = text.replace('\n', "\r\n");
        let (patched, long) = both(&crlf, &numbers);
        assert_eq!(patched.as_deref(), Some(long.as_str()));
        assert!(long.contains("id = \"b\"\r\ngroup = 3\r\n"), "{long}");
    }

    #[test]
    fn other_layouts_go_the_long_way() {
        let numbers = Numbers::from([(0, 1)]);
        for text in [
            "participants = [{ name = \"A\" }]\n",
            "[[participants]]\nname = \"A\"\nextra.x = 1\n",
            "[[participants]]\nname = \"A\"\n[participants.more]\nx = 1\n",
            "[[participants]]\n",
        ] {
            let (patched, _) = both(text, &numbers);
            assert_eq!(patched, None, "{text}");
        }
    }
}
