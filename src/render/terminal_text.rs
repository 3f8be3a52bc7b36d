//! Text from a session file made safe to print: control characters shown as visible escapes.
//!
//! A title or a name may hold an escape sequence (`ESC[2J` clears the screen, `ESC]0;…BEL`
//! retitles the window, colours, the C1 CSI U+009B) or a bidi override that reorders what
//! the terminal shows. Everything from the file that reaches a terminal or a plain-text
//! document goes through here first, so such characters are shown, never obeyed: C0 ones as
//! their Unicode "control pictures" (`␛`, as `check` draws them in a source line), the
//! others as the TOML escape that writes them (`\u009B`, `\u202E`).

use std::borrow::Cow;

use comfy_table::Cell;

/// What a line break inside a value becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Breaks {
    /// Kept as `\n` (`\r\n` and a lone `\r` too): a table cell, a multi-line message.
    Keep,
    /// A space: text that must stay on its line (a txt document, a list, a hint).
    Space,
}

/// Characters that reorder the text around them: the bidi embeddings, overrides and
/// isolates, and the invisible direction marks.
fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Whether `c` must not reach a terminal as it is: C0, DEL, C1 (all of them `is_control`),
/// the bidi controls and the Unicode line and paragraph separators.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi(c) || is_break(c)
}

/// Appends the visible form of an unsafe character that is not a line break.
fn push_escaped(out: &mut String, c: char) {
    match c {
        // A tab is harmless but breaks the columns of a table: one space keeps the words apart.
        '\t' => out.push(' '),
        // The control pictures U+2400–U+241F stand for C0 one to one.
        '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}')),
        '\u{7f}' => out.push('␡'),
        _ => out.push_str(&format!("\\u{:04X}", u32::from(c))),
    }
}

fn escape(text: &str, breaks: Breaks, keep_tabs: bool) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' if keep_tabs => out.push(c),
            c if is_break(c) => match breaks {
                Breaks::Keep => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                }
                Breaks::Space => {
                    // A run of breaks (a blank line, `\r\n`) is one space.
                    while chars.peek().is_some_and(|&n| is_break(n)) {
                        chars.next();
                    }
                    out.push(' ');
                }
            },
            c if is_unsafe(c) => push_escaped(&mut out, c),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` on one line, for a txt document, a list of names, a hint: line breaks become a
/// space (so no value starts a line of its own), other control characters visible escapes.
pub fn inline(text: &str) -> Cow<'_, str> {
    escape(text, Breaks::Space, false)
}

/// `text` for a table cell or a multi-line message: line breaks stay (normalised to `\n`,
/// so a lone `\r` cannot return to the start of the line and overwrite it), other control
/// characters become visible escapes.
pub fn multiline(text: &str) -> Cow<'_, str> {
    escape(text, Breaks::Keep, false)
}

/// A terminal-table cell holding `text` from the file, see [`multiline`]. The one way the
/// tables make their cells, so none is forgotten.
pub fn cell(text: impl std::fmt::Display) -> Cell {
    Cell::new(multiline(&text.to_string()))
}

/// A line of a source file as a diagnostic shows it, with the byte offsets `start..end` in
/// it carried over to the shown text. Tabs stay (the diagnostic renderer widens them itself).
pub fn source_line(line: &str, start: usize, end: usize) -> (String, usize, usize) {
    if !line.chars().any(|c| c != '\t' && is_unsafe(c)) {
        return (line.to_string(), start, end);
    }
    let mut out = String::with_capacity(line.len() + 16);
    let (mut new_start, mut new_end) = (None, None);
    for (i, c) in line.char_indices() {
        if i >= start && new_start.is_none() {
            new_start = Some(out.len());
        }
        if i >= end && new_end.is_none() {
            new_end = Some(out.len());
        }
        match c {
            '\t' => out.push(c),
            c if is_unsafe(c) => push_escaped(&mut out, c),
            c => out.push(c),
        }
    }
    let new_start = new_start.unwrap_or(out.len());
    let new_end = new_end.unwrap_or(out.len()).max(new_start);
    (out, new_start, new_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(inline("a\u{1b}[2Jb"), "a␛[2Jb");
        assert_eq!(inline("\u{1b}]0;pwned\u{7}"), "␛]0;pwned␇");
        assert_eq!(inline("x\u{9b}31m"), "x\\u009B31m");
        assert_eq!(inline("\u{202e}txt.exe"), "\\u202Etxt.exe");
        assert_eq!(inline("\u{2066}a\u{2069}"), "\\u2066a\\u2069");
        assert_eq!(inline("del\u{7f}"), "del␡");
        assert_eq!(inline("\0"), "␀");
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(inline("Иванова «Анна»"), Cow::Borrowed(_)));
        assert!(matches!(multiline("a\tb"), Cow::Owned(_)));
    }

    #[test]
    fn line_breaks_inline_and_in_cells() {
        assert_eq!(inline("a\nb\r\nc\rd\n\ne"), "a b c d e");
        assert_eq!(inline("a\u{2028}b"), "a b");
        assert_eq!(multiline("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(multiline("a\tb"), "a b");
        assert_eq!(multiline("a\u{1b}[31mb"), "a␛[31mb");
    }

    #[test]
    fn source_lines_keep_their_span() {
        let line = "title = \"\u{1b}[2J\u{9b}x\"";
        let start = line.find('x').expect("test input is valid");
        let (shown, s, e) = source_line(line, start, start + 1);
        assert_eq!(shown, "title = \"␛[2J\\u009Bx\"");
        assert_eq!(&shown[s..e], "x");
        assert_eq!(source_line("a\tb", 2, 3), ("a\tb".to_string(), 2, 3));
        let (shown, s, e) = source_line("\u{1b}", 1, 1);
        assert_eq!((shown.as_str(), s, e), ("␛", 3, 3));
    }
}
