//! Warnings about characters that cannot be seen — controls, text-direction marks,
//! zero-width characters — in any text of the session, each at the place it is written.

use crate::session::diagnostic::Diagnostic;
use crate::session::model::Session;

use super::characters::{Hidden, hidden};
use super::texts::{Shape, every_text};
use super::{literal, wording};

/// Visible characters quoted on each side of a hidden one, to say where it sits.
const CONTEXT: usize = 8;

/// One warning for each text with hidden characters, at the first of them.
pub fn warnings(session: &Session, diags: &mut Vec<Diagnostic>) {
    let source: &str = &session.source.0;
    for text in every_text(session) {
        // Nearly every text has nothing hidden: one pass over its characters says so,
        // before anything is collected.
        if !text.value.chars().any(|c| hidden(c).is_some()) {
            continue;
        }
        let chars: Vec<char> = text.value.chars().collect();
        let found: Vec<usize> = (0..chars.len())
            .filter(|&i| is_suspicious(&chars, i, text.shape))
            .collect();
        let Some(&first) = found.first() else {
            continue;
        };
        let c = chars[first];
        let class = hidden(c).unwrap_or(Hidden::ZeroWidth);
        let place = literal::place(source, text.span, text.value, &(first..first + 1));
        let escape = place
            .as_ref()
            .and_then(|span| source.get(span.clone()))
            .filter(|written| written.starts_with('\\'));
        let (before, after) = context(&chars, first);
        let found = wording::Found {
            key: text.key,
            c,
            class,
            escape,
            shape: text.shape,
            before: &before,
            after: &after,
            more: found.len() - 1,
        };
        diags.push(wording::hidden_character(
            &found,
            place.unwrap_or_else(|| text.span.clone()),
        ));
    }
}

/// Whether the character at `i` hides something. Prose may have tabs and line breaks
/// (`\r` only as part of `\r\n`) and soft hyphens; a zero-width joiner between two
/// symbols is part of an emoji (👨‍👩‍👧) and is fine anywhere.
fn is_suspicious(chars: &[char], i: usize, shape: Shape) -> bool {
    let c = chars[i];
    if hidden(c).is_none() {
        return false;
    }
    let prev = i.checked_sub(1).map(|j| chars[j]);
    let next = chars.get(i + 1).copied();
    let symbol = |c: Option<char>| {
        c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace() && hidden(c).is_none())
    };
    let prose_ok = shape == Shape::Prose
        && (matches!(c, '\t' | '\n' | '\u{AD}') || (c == '\r' && next == Some('\n')));
    let emoji_joiner = c == '\u{200D}' && symbol(prev) && symbol(next);
    !(prose_ok || emoji_joiner)
}

/// Up to [`CONTEXT`] visible characters on each side of `i`, within its line.
fn context(chars: &[char], i: usize) -> (String, String) {
    let visible = |c: &&char| hidden(**c).is_none();
    let mut before: Vec<char> = chars[..i]
        .iter()
        .rev()
        .take_while(|c| **c != '\n')
        .filter(visible)
        .take(CONTEXT)
        .copied()
        .collect();
    before.reverse();
    let after: String = chars[i + 1..]
        .iter()
        .take_while(|c| **c != '\n')
        .filter(visible)
        .take(CONTEXT)
        .collect();
    (before.into_iter().collect(), after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(text: &str, shape: Shape) -> Vec<char> {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len())
            .filter(|&i| is_suspicious(&chars, i, shape))
            .map(|i| chars[i])
            .collect()
    }

    #[test]
    fn what_is_flagged_where() {
        assert_eq!(
            flagged("a\tb\r\nc\u{AD}d", Shape::Prose),
            Vec::<char>::new()
        );
        assert_eq!(
            flagged("a\tb\nc\u{AD}", Shape::Line),
            ['\t', '\n', '\u{AD}']
        );
        assert_eq!(flagged("a\rb", Shape::Prose), ['\r']);
        assert_eq!(
            flagged("Пе\u{200B}трова\u{202E}", Shape::Line),
            ['\u{200B}', '\u{202E}']
        );
        assert_eq!(flagged("👨\u{200D}👩", Shape::Line), Vec::<char>::new());
        assert_eq!(flagged("а\u{200D}б", Shape::Prose), ['\u{200D}']);
        assert_eq!(
            flagged("Ёлкина Анна\u{A0}", Shape::Line),
            Vec::<char>::new()
        );
    }

    #[test]
    fn context_is_visible_and_on_the_line() {
        let chars: Vec<char> = "первая\nПет\u{200B}\u{200B}рова Анна Сергеевна"
            .chars()
            .collect();
        let at = chars
            .iter()
            .position(|&c| c == '\u{200B}')
            .expect("test input");
        assert_eq!(
            context(&chars, at),
            ("Пет".to_string(), "рова Анн".to_string())
        );
    }
}
