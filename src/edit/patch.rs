//! Text patches: a change that knows exactly which bytes of the file it replaces, applied to
//! the text itself — no editable document is made of the whole file, written out and read
//! again (for `groups --write` on a city's file, most of what the edit cost).

use std::ops::Range;

use crate::session::model::Session;

/// One replacement of a byte range of the text (an insertion when the range is empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Patch {
    pub range: Range<usize>,
    pub text: String,
}

/// The file as it is written, for a change to find its places in: its text, its parse with
/// the place of every key and value, and the line ending all its lines have.
pub struct Written<'a> {
    pub text: &'a str,
    pub document: &'a toml_edit::Document<&'a str>,
    /// `"\n"` or `"\r\n"`: a patched file is only made of lines that all end alike.
    pub ending: &'static str,
}

/// A change made as patches (see [`super::edit_session_patched`]): what it returns, its
/// patches, and the same change made to the session read from the file, so that the result
/// is validated without reading the patched text again.
pub struct Patched<T> {
    pub value: T,
    pub patches: Vec<Patch>,
    pub update: Box<dyn FnOnce(&mut Session)>,
}

/// Where the line that `at` is on ends: just past its line break (`None` at the end of a
/// text without one).
pub fn line_end(text: &str, at: usize) -> Option<usize> {
    text.get(at..)?.find('\n').map(|i| at + i + 1)
}

/// Where a value ends in the text, the comment after it on its line included.
pub fn value_end(value: &toml_edit::Value) -> Option<usize> {
    match value.decor().suffix().and_then(|s| s.span()) {
        Some(suffix) => Some(suffix.end),
        None => value.span().map(|s| s.end),
    }
}

/// `text` with the patches made; they must not overlap (a change makes at most one per place).
pub fn apply(text: &str, mut patches: Vec<Patch>) -> String {
    patches.sort_by_key(|p| (p.range.start, p.range.end));
    let grown: usize = patches.iter().map(|p| p.text.len()).sum();
    let mut out = String::with_capacity(text.len() + grown);
    let mut at = 0;
    for patch in patches {
        debug_assert!(patch.range.start >= at, "overlapping patches");
        out.push_str(&text[at..patch.range.start]);
        out.push_str(&patch.text);
        at = patch.range.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patch(range: Range<usize>, text: &str) -> Patch {
        Patch {
            range,
            text: text.to_string(),
        }
    }

    #[test]
    fn patches_go_in_order_whatever_order_they_come_in() {
        let text = "a = 1\nb = 2\n";
        assert_eq!(
            apply(
                text,
                vec![
                    patch(10..11, "3"),
                    patch(0..6, ""),
                    patch(12..12, "c = 4\n")
                ]
            ),
            "b = 3\nc = 4\n"
        );
    }

    #[test]
    fn a_line_ends_past_its_break() {
        assert_eq!(line_end("a = 1 # x\nb", 5), Some(10));
        assert_eq!(line_end("a = 1", 2), None);
    }
}
