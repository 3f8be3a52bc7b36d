//! Where each character of a string value is written in the file, escapes and all.

use std::ops::Range;

/// The byte range in `source` where characters `chars` of `value` are written, by the
/// literal at `span`: a `"basic"`, `'literal'` or multi-line string, or a bare key (an
/// escape such as `\u202E` is one character). `None` when the literal does not spell
/// `value` (no source text, an unforeseen form), so that callers point at all of `span`.
/// Reads the literal once and keeps nothing of it: a huge text costs no memory here.
pub fn place(
    source: &str,
    span: &Range<usize>,
    value: &str,
    chars: &Range<usize>,
) -> Option<Range<usize>> {
    let mut expected = value.chars();
    let (mut index, mut spelled) = (0, true);
    let (mut start, mut end) = (None, None);
    decode(source, span, |c, written| {
        spelled &= expected.next() == Some(c);
        if index == chars.start {
            start = Some(written.start);
        }
        if index + 1 == chars.end {
            end = Some(written.end);
        }
        index += 1;
    })?;
    if !spelled || expected.next().is_some() {
        return None;
    }
    Some(start?..end?.max(start?))
}

/// Calls `each` with every character the literal at `span` stands for and the bytes that
/// write it; `None` for a malformed escape or a span outside `source`.
fn decode(
    source: &str,
    span: &Range<usize>,
    mut each: impl FnMut(char, Range<usize>),
) -> Option<()> {
    let raw = source.get(span.clone())?;
    let (delimiter, escapes) = if raw.len() >= 6 && raw.starts_with("\"\"\"") {
        (3, true)
    } else if raw.len() >= 6 && raw.starts_with("'''") {
        (3, false)
    } else if raw.len() >= 2 && raw.starts_with('"') {
        (1, true)
    } else if raw.len() >= 2 && raw.starts_with('\'') {
        (1, false)
    } else {
        (0, false)
    };
    let mut start = span.start + delimiter;
    let end = span.end - delimiter;
    let mut body = source.get(start..end)?;
    if delimiter == 3 {
        // A line break right after the opening quotes is not part of the value.
        for newline in ["\r\n", "\n"] {
            if let Some(rest) = body.strip_prefix(newline) {
                start += newline.len();
                body = rest;
                break;
            }
        }
    }
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = start + i;
        if !(escapes && c == '\\') {
            each(c, at..at + c.len_utf8());
            continue;
        }
        let (_, kind) = chars.next()?;
        let simple = match kind {
            'b' => Some('\u{8}'),
            'e' => Some('\u{1b}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            '\\' => Some('\\'),
            '"' => Some('"'),
            _ => None,
        };
        let (c, len) = match (simple, kind) {
            (Some(c), _) => (c, 2),
            (None, 'x' | 'u' | 'U') => {
                let digits = match kind {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex = body.get(i + 2..i + 2 + digits)?;
                let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)?;
                for _ in 0..digits {
                    chars.next();
                }
                (c, 2 + digits)
            }
            (None, ' ' | '\t' | '\r' | '\n') => {
                // A line-ending backslash: it and the blank space after it vanish.
                while chars
                    .peek()
                    .is_some_and(|&(_, c)| matches!(c, ' ' | '\t' | '\r' | '\n'))
                {
                    chars.next();
                }
                continue;
            }
            _ => return None,
        };
        each(c, at..at + len);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How each character of `value` is written in `source`.
    fn spans_of(source: &str, value: &str) -> Vec<String> {
        (0..value.chars().count())
            .map(|i| {
                let at = place(source, &(0..source.len()), value, &(i..i + 1))
                    .expect("the literal spells it");
                source[at].to_string()
            })
            .collect()
    }

    #[test]
    fn plain_and_literal_strings() {
        assert_eq!(spans_of("\"ёж\"", "ёж"), ["ё", "ж"]);
        assert_eq!(spans_of("'a\\b'", "a\\b"), ["a", "\\", "b"]);
        assert_eq!(spans_of("zone-id", "zone-id").len(), 7);
    }

    #[test]
    fn escapes_point_at_the_whole_escape() {
        assert_eq!(
            spans_of(
                "\"a\\u202Eb\\tc\\U0000200Bd\\x7F\"",
                "a\u{202E}b\tc\u{200B}d\u{7F}"
            ),
            ["a", "\\u202E", "b", "\\t", "c", "\\U0000200B", "d", "\\x7F"]
        );
    }

    #[test]
    fn multi_line_strings() {
        assert_eq!(
            spans_of("\"\"\"\r\nab\\\n   c\"\"\"", "abc"),
            ["a", "b", "c"]
        );
        assert_eq!(spans_of("'''\nx\r\ny'''", "x\r\ny"), ["x", "\r", "\n", "y"]);
    }

    #[test]
    fn a_literal_that_does_not_spell_the_value_is_refused() {
        assert_eq!(place("\"ab\"", &(0..4), "abc", &(0..1)), None);
        assert_eq!(place("\"abc\"", &(0..5), "ab", &(0..1)), None);
        assert_eq!(place("", &(0..4), "abc", &(0..1)), None);
        assert_eq!(place("\"abc\"", &(0..5), "abc", &(1..3)), Some(2..4));
    }
}
