//! Syntax errors that are habits of hand-written text — a date written 15.10.2026, a time
//! 9:30, “typographic quotes” — told with the exact line that fixes them, and the parser's
//! own messages in the interface language.

use std::ops::Range;

use crate::session::diagnostic::Diagnostic;

/// What a habit fix changed on a line, in the order found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fix {
    Quotes,
    Date,
    Time,
}

/// A located error with the line rewritten, when the TOML syntax error at `span` is one of
/// the habits and the rewritten line is itself valid (the error leaves that line).
pub(crate) fn habit(text: &str, span: &Range<usize>) -> Option<Diagnostic> {
    let at = span.start.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text[start..end].trim_end_matches('\r');
    let (fixed, fixes) = rewrite(line);
    let first = *fixes.first()?;
    // The fix must be valid itself: with it, the file parses, or fails on a later line.
    let mut changed = String::with_capacity(text.len() + 8);
    changed.push_str(&text[..start]);
    changed.push_str(&fixed);
    changed.push_str(&text[start + line.len()..]);
    if let Err(e) = toml_edit::Document::parse(changed.as_str()) {
        let later = e.span().is_some_and(|s| s.start > start + fixed.len());
        if !later {
            return None;
        }
    }
    let message = match first {
        Fix::Quotes => crate::tr!("check-habit-quotes"),
        Fix::Date => crate::tr!("check-habit-date"),
        Fix::Time => crate::tr!("check-habit-time"),
    };
    let label = match first {
        Fix::Quotes => crate::tr!("check-habit-quotes-label"),
        Fix::Date => crate::tr!("check-habit-date-label"),
        Fix::Time => crate::tr!("check-habit-time-label"),
    };
    // Point at the first thing changed.
    let offset = line
        .char_indices()
        .zip(fixed.chars())
        .find(|((_, a), b)| a != b)
        .map_or(0, |((i, _), _)| i);
    let from = start + offset;
    let len = line[offset..].chars().next().map_or(0, char::len_utf8);
    let token_end = line[offset..]
        .char_indices()
        .find(|&(_, c)| matches!(c, ',' | ']' | ' ' | '#') && first != Fix::Quotes)
        .map_or(offset + len, |(i, _)| offset + i);
    Some(
        Diagnostic::error(message, from..start + token_end.max(offset + len))
            .with_label(label)
            .with_hint(crate::tr!(
                "check-habit-fix",
                line = fixed.trim().to_string()
            )),
    )
}

/// `[zones.Интерактивная]`: a zone id that is not a bare TOML key. The error, and a header
/// with a Latin id and the name under it, when the file parses with them.
pub(crate) fn zone_header(text: &str, span: &Range<usize>) -> Option<Diagnostic> {
    let at = span.start.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text[start..end].trim_end_matches('\r');
    let inner = line.trim().strip_prefix("[zones.")?.strip_suffix(']')?;
    let name = inner.trim().trim_matches('"');
    if name.is_empty() || crate::session::zones::is_valid_id(name) {
        return None;
    }
    let id = latin_id(name);
    let from = start + line.find(inner).unwrap_or(0);
    let fixed = format!("[zones.{id}]\nname = \"{}\"", name.replace('"', "\\\""));
    let mut changed = String::with_capacity(text.len() + fixed.len());
    changed.push_str(&text[..start]);
    changed.push_str(&fixed);
    changed.push_str(&text[start + line.len()..]);
    let parses = toml_edit::Document::parse(changed.as_str()).is_ok();
    let hint = if parses {
        crate::tr!("check-zone-id-hint", id = id, name = name)
    } else {
        crate::tr!("check-zone-id-hint-only", id = id)
    };
    Some(
        Diagnostic::error(
            crate::tr!("check-zone-id", id = name),
            from..from + inner.len(),
        )
        .with_hint(hint),
    )
}

const OPENING: [char; 5] = ['“', '„', '”', '«', '‟'];

/// The line with its habits rewritten: typographic quotes around text as straight ones,
/// dates D.M.YYYY as YYYY-MM-DD, times H:MM as HH:MM (outside quoted text only).
fn rewrite(line: &str) -> (String, Vec<Fix>) {
    let mut out = String::with_capacity(line.len() + 8);
    let mut fixes = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    // Inside a string: the characters that close it (the straight quote always does).
    let mut string: Option<&[char]> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(closers) = string {
            if c == '\\' && i + 1 < chars.len() {
                out.push(c);
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            if c == '"' && closers.is_empty() {
                string = None;
                out.push(c);
            } else if closers.contains(&c) {
                string = None;
                out.push('"');
            } else if c == '"' {
                out.push_str("\\\"");
            } else {
                out.push(c);
            }
            i += 1;
            continue;
        }
        match c {
            '#' => {
                out.extend(&chars[i..]);
                break;
            }
            '"' => {
                string = Some(&[]);
                out.push(c);
            }
            '\'' => {
                // A literal string: copied as it is, up to its end.
                let close = chars[i + 1..]
                    .iter()
                    .position(|&x| x == '\'')
                    .map_or(chars.len(), |p| i + 1 + p + 1);
                out.extend(&chars[i..close.min(chars.len())]);
                i = close;
                continue;
            }
            c if OPENING.contains(&c) => {
                string = Some(if c == '«' { &['»'] } else { &['”', '“'] });
                out.push('"');
                push_once(&mut fixes, Fix::Quotes);
            }
            c if c.is_ascii_digit()
                && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '-')) =>
            {
                let end = chars[i..]
                    .iter()
                    .position(|&x| !(x.is_ascii_digit() || x == '.' || x == ':'))
                    .map_or(chars.len(), |p| i + p);
                let token: String = chars[i..end].iter().collect();
                if let Some(date) = dotted_date(&token) {
                    out.push_str(&date);
                    push_once(&mut fixes, Fix::Date);
                } else if let Some(time) = short_time(&token) {
                    out.push_str(&time);
                    push_once(&mut fixes, Fix::Time);
                } else {
                    out.push_str(&token);
                }
                i = end;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    (out, fixes)
}

fn push_once(fixes: &mut Vec<Fix>, fix: Fix) {
    if !fixes.contains(&fix) {
        fixes.push(fix);
    }
}

/// `15.10.2026` (day.month.year) as `2026-10-15`, when it is a real date.
pub(crate) fn dotted_date(token: &str) -> Option<String> {
    let mut parts = token.trim().split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || !(1..=2).contains(&d.len())
        || !(1..=2).contains(&m.len())
        || y.len() != 4
    {
        return None;
    }
    let (d, m, y): (u32, u32, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// `9:30` as `09:30`.
pub(crate) fn short_time(token: &str) -> Option<String> {
    let (h, m) = token.trim().split_once(':')?;
    if h.len() != 1 || m.len() != 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// The parser's message (its first line) in the interface language, for those it says often.
pub(crate) fn toml_message(message: &str) -> Option<String> {
    let head = message.lines().next().unwrap_or_default().trim();
    Some(match head {
        "invalid float" | "invalid fraction" | "invalid mantissa" | "invalid integer number" => {
            crate::tr!("check-toml-number")
        }
        "invalid string" | "invalid basic string" | "missing opening quote" => {
            crate::tr!("check-toml-string")
        }
        "invalid key" | "invalid unquoted key" => crate::tr!("check-toml-key"),
        "missing value" | "missing value for key" | "invalid value" => {
            crate::tr!("check-toml-value")
        }
        "unclosed array" | "missing comma between array elements" => {
            crate::tr!("check-toml-array")
        }
        "unclosed table" | "invalid table" | "unclosed array table" | "missing table open" => {
            crate::tr!("check-toml-table")
        }
        "unclosed inline table" | "invalid inline table element" => {
            crate::tr!("check-toml-inline-table")
        }
        "missing assignment between key-value pairs"
        | "invalid key-value pair"
        | "key with no value" => {
            crate::tr!("check-toml-assignment")
        }
        "unexpected content" | "unexpected key or value" => crate::tr!("check-toml-unexpected"),
        h if h.starts_with("duplicate key") => crate::tr!("check-toml-duplicate"),
        h if h.starts_with("invalid table header") => crate::tr!("check-toml-table"),
        _ => return None,
    })
}

/// `2027-02-29`, `2026-13-01`, `31.11.2026`: written as a date, but no such day exists.
pub(crate) fn impossible_date(token: &str) -> bool {
    let token = token.trim();
    let parts: Vec<&str> = if token.contains('.') {
        token.split('.').rev().collect()
    } else {
        token.split('-').collect()
    };
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    match (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) {
        (Ok(y), Ok(m), Ok(d)) => chrono::NaiveDate::from_ymd_opt(y, m, d).is_none(),
        _ => false,
    }
}

/// The impossible date written (unquoted) where a syntax error points, if that is one.
pub(crate) fn impossible_date_at(text: &str, span: &Range<usize>) -> Option<String> {
    let start = span.start.min(text.len());
    if !text.is_char_boundary(start) {
        return None;
    }
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    impossible_date(&token).then_some(token)
}

/// The byte range of the line that nests deepest (dots of a dotted key or header, and
/// opening brackets), for a parser that gave up on nesting without saying where.
pub(crate) fn deepest_line(text: &str) -> Range<usize> {
    let mut best = (0usize, 0..0);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let mut depth = 0usize;
        let mut quoted: Option<char> = None;
        for c in line.chars() {
            match (quoted, c) {
                (Some(q), c) if c == q => quoted = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quoted = Some(c),
                (None, '#') => break,
                (None, '.' | '[' | '{') => depth += 1,
                _ => {}
            }
        }
        if depth > best.0 {
            let visible = line.trim_end_matches(['\n', '\r']).len();
            let first = line.chars().next().map_or(0, char::len_utf8).min(visible);
            best = (depth, start..start + first);
        }
        start += line.len();
    }
    best.1
}

/// A hint for a value that is not a date: its own replacement when it is written 15.10.2026.
pub(crate) fn date_hint(value: Option<&toml_edit::Value>) -> String {
    let text = value.and_then(|v| v.as_str());
    if text.is_some_and(impossible_date) {
        return crate::tr!("check-no-such-date-hint");
    }
    match text.and_then(dotted_date) {
        Some(date) => crate::tr!("check-date-hint-exact", date = date),
        None => crate::tr!("check-date-hint"),
    }
}

/// A hint for a value that is not a time of day: its own replacement when it is written 9:30.
pub(crate) fn time_hint(value: Option<&toml_edit::Value>) -> String {
    match value.and_then(|v| v.as_str()).and_then(short_time) {
        Some(time) => crate::tr!("check-time-hint-exact", time = time),
        None => crate::tr!("check-time-hint"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn habits_are_rewritten_outside_strings_only() {
        assert_eq!(
            rewrite("dates = [15.10.2026, 16.10.2026]").0,
            "dates = [2026-10-15, 2026-10-16]"
        );
        assert_eq!(rewrite("start = 9:30").0, "start = 09:30");
        assert_eq!(
            rewrite("title = “Тема «Игры»”").0,
            "title = \"Тема «Игры»\""
        );
        assert_eq!(rewrite("title = «Тема»").0, "title = \"Тема\"");
        assert_eq!(rewrite("x = \"15.10.2026\" # 9:30").1, []);
    }

    #[test]
    fn a_habit_is_one_error_with_the_exact_line() {
        let text = "[session]\ntitle = \"T\"\ndates = [15.10.2026]\n";
        let e = toml_edit::Document::parse(text).expect_err("invalid");
        let d = habit(text, &e.span().expect("located")).expect("a habit");
        assert_eq!(&text[d.span.clone()], "15.10.2026");
        assert!(d.hint.expect("hint").contains("dates = [2026-10-15]"));
    }
}

/// A zone id made of `name`: lowercase Latin letters, digits and `-` (Russian letters
/// transliterated), so that a suggested `[zones.<id>]` is itself valid.
pub(crate) fn latin_id(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        // The passport's letters, but for «й», «ъ», «ю» and «я» as people type them.
        let latin = match c {
            'й' => "y",
            'ъ' => "",
            'ю' => "yu",
            'я' => "ya",
            c if c.is_ascii_lowercase() || c.is_ascii_digit() => {
                out.push(c);
                continue;
            }
            c => crate::i18n::latin::passport(c).unwrap_or("-"),
        };
        if latin == "-" && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push_str(latin);
    }
    let id = out.trim_end_matches('-').to_string();
    if id.is_empty() {
        "zone".to_string()
    } else {
        id
    }
}

#[cfg(test)]
mod latin_tests {
    #[test]
    fn zone_ids_are_latin() {
        assert_eq!(super::latin_id("Интерактивная"), "interaktivnaya");
        assert_eq!(super::latin_id("Спорт Планета!"), "sport-planeta");
        assert_eq!(super::latin_id("Sport"), "sport");
        assert!(crate::session::zones::is_valid_id(&super::latin_id("«»")));
    }
}
