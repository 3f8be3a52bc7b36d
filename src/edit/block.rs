//! An edit of one array of tables alone (`[[attendance]]`, `[[feedback]]`): when its entries
//! are written one after another with nothing else among them, only that stretch of the file
//! is made into a document, changed, written out and read again. A check-in or a point on a
//! city's file then costs a tenth of the file instead of the whole of it.

use std::ops::Range;

use toml_edit::{DocumentMut, Item, Table};

use crate::error::Result;
use crate::session::load::{self, List};

use super::patch::{Patch, Patched, Written, line_end, value_end};

/// `change` made to a document of only the entries of `list`, cut from the file, as the patch
/// that puts them back; `None` when the entries are not written in one stretch of plain
/// keys, or when the change reaches beyond them — the whole document is edited then.
pub fn patch<T>(
    written: &Written<'_>,
    list: List,
    change: impl FnOnce(&mut DocumentMut) -> Result<T>,
) -> Result<Option<Patched<T>>> {
    let key = list.key();
    let Some(range) = stretch(written, key) else {
        return Ok(None);
    };
    let block = &written.text[range.clone()];
    let Ok(mut doc) = block.parse::<DocumentMut>() else {
        return Ok(None);
    };
    let value = change(&mut doc)?;
    let root = doc.as_table();
    if root.len() != 1 || !root.contains_key(key) {
        return Ok(None);
    }
    let (entries, diagnostics) = load::read_entries(list, &doc);
    if !diagnostics.is_empty() {
        return Ok(None);
    }
    let text = super::splice::keep_untouched(block, doc.to_string());
    Ok(Some(Patched {
        value,
        patches: vec![Patch { range, text }],
        update: Box::new(move |session| entries.put(session)),
    }))
}

/// The stretch of the text from the first `[[key]]` header to the end of the last entry's
/// last line, when every entry is a section of plain keys and nothing else is written
/// among them.
fn stretch(written: &Written<'_>, key: &str) -> Option<Range<usize>> {
    let root = written.document.as_table();
    let tables = root.get(key)?.as_array_of_tables()?;
    let (mut start, mut end) = (usize::MAX, 0);
    for table in tables.iter() {
        if table.iter().any(|(_, item)| !item.is_value()) {
            return None;
        }
        let header = table.span()?;
        let last = match table.iter().last() {
            Some((_, item)) => value_end(item.as_value()?)?,
            None => table
                .decor()
                .suffix()
                .and_then(|s| s.span())
                .map_or(header.end, |s| s.end),
        };
        start = start.min(header.start);
        end = end.max(line_end(written.text, last)?);
    }
    (start < end && !header_within(root, Some(key), &(start..end))).then_some(start..end)
}

/// Whether a table header other than those of `skip` is written within `range`.
fn header_within(table: &Table, skip: Option<&str>, range: &Range<usize>) -> bool {
    let inside = |t: &Table| {
        t.span().is_some_and(|s| range.contains(&s.start)) || header_within(t, None, range)
    };
    table.iter().any(|(k, item)| {
        if skip == Some(k) {
            return false;
        }
        match item {
            Item::Table(t) => inside(t),
            Item::ArrayOfTables(tables) => tables.iter().any(inside),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::patch::apply;
    use crate::edit::splice::uniform_ending;

    fn stretch_of(text: &str, key: &str) -> Option<String> {
        let document = toml_edit::Document::parse(text).expect("test input is valid");
        let written = Written {
            text,
            document: &document,
            ending: uniform_ending(text).unwrap_or("\n"),
        };
        stretch(&written, key).map(|r| text[r].to_string())
    }

    #[test]
    fn the_stretch_is_the_entries_and_what_is_between_them() {
        let text = "[session]\ntitle = \"x\"\n\n# points\n[[feedback]]\nkind = \"plus\" # good\n\n\
                    # the next one\n[[feedback]]\nkind = \"minus\"\n\n# after\n[[products]]\nx = 1\n";
        assert_eq!(
            stretch_of(text, "feedback").as_deref(),
            Some(
                "[[feedback]]\nkind = \"plus\" # good\n\n# the next one\n[[feedback]]\nkind = \
                 \"minus\"\n"
            )
        );
    }

    #[test]
    fn entries_with_something_else_among_them_are_no_stretch() {
        for text in [
            "[[feedback]]\nkind = \"plus\"\n[report]\nx = 1\n[[feedback]]\nkind = \"minus\"\n",
            "[[feedback]]\nkind = \"plus\"\n[feedback.more]\nx = 1\n",
            "[[feedback]]\nkind = \"plus\"\nmore.x = 1\n",
            "feedback = [{ kind = \"plus\" }]\n",
            "[session]\ntitle = \"x\"\n",
        ] {
            assert_eq!(stretch_of(text, "feedback"), None, "{text}");
        }
    }

    #[test]
    fn a_point_appended_in_the_stretch_is_where_the_document_puts_it() {
        let text =
            "[[feedback]]\r\nkind = \"plus\"\r\ntext = \"a\"\r\n\r\n[[products]]\r\nx = 1\r\n";
        let document = toml_edit::Document::parse(text).expect("test input is valid");
        let written = Written {
            text,
            document: &document,
            ending: "\r\n",
        };
        let add = |doc: &mut DocumentMut| {
            let entry = crate::edit::append_table(doc, "feedback")?;
            crate::edit::set_value(entry, "kind", "minus");
            crate::edit::set_value(entry, "text", "б \"в\"");
            Ok(())
        };
        let patched = patch(&written, List::Feedback, add)
            .expect("the change works")
            .expect("one stretch");
        let short = apply(text, patched.patches);
        let mut doc: DocumentMut = text.parse().expect("test input is valid");
        add(&mut doc).expect("the change works");
        let long = crate::edit::splice::keep_untouched(text, doc.to_string());
        assert_eq!(short, long);
        assert!(
            short.contains("[[feedback]]\r\nkind = \"minus\"\r\n"),
            "{short}"
        );
    }
}
