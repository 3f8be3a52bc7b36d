//! The words of the warnings about hidden characters and look-alike names, in one place
//! so that they are translated together.

use std::ops::Range;

use crate::session::diagnostic::Diagnostic;

use super::characters::{Hidden, Script, code, describe, hidden};
use super::lookalike::{Difference, Extra, Family, Kind, What};
use super::texts::Shape;

/// A hidden character found in a text.
pub struct Found<'a> {
    pub key: &'static str,
    pub c: char,
    pub class: Hidden,
    /// How it is written when written as an escape (`\u202E`).
    pub escape: Option<&'a str>,
    pub shape: Shape,
    /// Visible characters around it, on its line.
    pub before: &'a str,
    pub after: &'a str,
    /// Hidden characters after it in the same text.
    pub more: usize,
}

pub fn hidden_character(found: &Found<'_>, span: Range<usize>) -> Diagnostic {
    let what = match found.class {
        Hidden::Control => "a control character",
        Hidden::Direction => "a text-direction character",
        Hidden::ZeroWidth => "an invisible character",
    };
    let message = format!("`{}` has {what}, {}", found.key, describe(found.c));
    let label = match found.more {
        0 => "here".to_string(),
        1 => "here, and 1 more in this text".to_string(),
        n => format!("here, and {n} more in this text"),
    };
    let line = found.shape == Shape::Line;
    let hint = match found.escape {
        Some(escape) => format!("remove `{escape}` from the text"),
        None if line && found.c == '\t' => "replace the tab with a space".to_string(),
        None if line && matches!(found.c, '\n' | '\r') => "write this text on one line".to_string(),
        None => {
            let why = match found.class {
                Hidden::Direction => {
                    "it makes text show in another order than it is written, and most editors do not show it"
                }
                _ => "most editors do not show it; it usually comes with copied text",
            };
            format!("delete it: {} ({why})", sits(found.before, found.after))
        }
    };
    Diagnostic::warning(message, span)
        .with_label(label)
        .with_hint(hint)
}

/// Where a hidden character sits, told by the visible text around it.
fn sits(before: &str, after: &str) -> String {
    match (before.is_empty(), after.is_empty()) {
        (false, false) => format!("it sits between «{before}» and «{after}»"),
        (true, false) => format!("it sits at the start, before «{after}»"),
        (false, true) => format!("it sits at the end, after «{before}»"),
        (true, true) => "it is all there is in the text".to_string(),
    }
}

/// A text as a message quotes it: what cannot be seen is shown as `<U+200B>`.
fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if hidden(c).is_some() || (c.is_whitespace() && c != ' ') {
            out.push_str(&format!("<{}>", code(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn space(c: char) -> String {
    if c == ' ' {
        "a space".to_string()
    } else {
        describe(c)
    }
}

fn script_name(s: Script) -> &'static str {
    match s {
        Script::Latin => "Latin",
        Script::Cyrillic => "Cyrillic",
    }
}

/// A space or invisible character that only the second text has.
pub fn extra_here(c: char, extra: Extra) -> String {
    match extra {
        Extra::Leading => format!("{} at the start", space(c)),
        Extra::Trailing => format!("{} at the end", space(c)),
        Extra::Double => format!("{} more between words", space(c)),
        Extra::Invisible => format!("invisible {}", describe(c)),
    }
}

/// A space or invisible character that only the first text has.
pub fn extra_there(c: char, extra: Extra) -> String {
    format!("the other has {}", extra_here(c, extra))
}

/// The same letter in two Unicode forms (`е` + U+0308 for `ё`).
pub fn other_form(letter: &str, here: &str, there: &str) -> String {
    let codes = |s: &str| s.chars().map(code).collect::<Vec<_>>().join(" ");
    format!(
        "`{letter}` is written as {} where the other has {}",
        codes(here),
        codes(there)
    )
}

pub fn space_instead(here: char, there: char) -> String {
    format!("{} where the other has {}", describe(here), space(there))
}

pub fn script_instead(
    here: char,
    here_script: Script,
    there: char,
    there_script: Script,
) -> String {
    format!(
        "{} `{here}` ({}) where the other has {} `{there}` ({})",
        script_name(here_script),
        code(here),
        script_name(there_script),
        code(there)
    )
}

pub fn case_instead(here: char, there: char) -> String {
    let size = |c: char| if c.is_uppercase() { "capital" } else { "small" };
    format!(
        "{} `{here}` where the other has {} `{there}`",
        size(here),
        size(there)
    )
}

pub fn letter_instead(here: char, there: char) -> String {
    format!("`{here}` where the other has `{there}`")
}

/// A text that looks like an earlier one.
pub struct LookAlike<'a> {
    pub family: Family,
    pub what: What,
    pub value: &'a str,
    pub first_what: What,
    pub first_value: &'a str,
    pub differences: &'a [Difference],
}

fn what(what: What) -> &'static str {
    match what {
        What::Name => "name",
        What::Id => "id",
        What::ZoneName => "zone name",
        What::ActivityTitle => "title",
    }
}

/// The same after "another zone's".
fn whose(what: What) -> &'static str {
    match what {
        What::ZoneName => "name",
        other => self::what(other),
    }
}

/// Most differences listed under the caret; the rest are counted.
pub const LISTED: usize = 3;

/// `n` differences of one kind told as one; `first` is how the first of them is told.
pub fn many(kind: Kind, first: &str, n: usize) -> String {
    match kind {
        Kind::Case => format!("capital and small letters differ in {n} places"),
        Kind::Script => format!("{first}, and so in {n} places"),
        Kind::Form => format!("{n} letters are written in another Unicode form"),
        Kind::Space | Kind::Invisible => format!("{n} spaces or invisible characters differ"),
        Kind::Yo | Kind::Other => format!("{n} letters differ"),
    }
}

pub fn look_alike(look: &LookAlike<'_>, here: Range<usize>, there: Range<usize>) -> Diagnostic {
    let owner = match look.family {
        Family::Participants => "another participant's",
        Family::Zones => "another zone's",
        Family::Activities => "another activity's",
    };
    let message = format!(
        "{} \"{}\" looks the same as {owner} {} \"{}\"",
        what(look.what),
        shown(look.value),
        whose(look.first_what),
        shown(look.first_value)
    );
    let mut label = look
        .differences
        .iter()
        .take(LISTED)
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    match look.differences.len() {
        0 => label = "written differently".to_string(),
        n if n > LISTED => label.push_str(&format!("; and {} more", n - LISTED)),
        _ => {}
    }
    let kind = look.differences.first().map_or(Kind::Other, |d| d.kind);
    let hint = match (kind, look.family) {
        (Kind::Script, _) => {
            "retype it with one keyboard layout: a Latin and a Cyrillic letter that look the same are different letters"
        }
        (Kind::Form, _) => {
            "retype the letter by hand: copied text sometimes holds one letter as two characters, a letter and a combining mark"
        }
        (Kind::Space, _) => "keep one plain space between words and none at the ends",
        (Kind::Invisible, _) => "retype the text by hand: it has a character that cannot be seen",
        (_, Family::Participants) => {
            "if it is one person, keep one [[participants]] entry; references must match a name or an id letter for letter"
        }
        (_, Family::Zones) => "give the zones names that differ visibly",
        (_, Family::Activities) => {
            "write one title the same way each time: `activity` in [[feedback]] must match it letter for letter"
        }
    };
    Diagnostic::warning(message, here)
        .with_label(label)
        .with_related(there, "looks the same")
        .with_hint(hint)
}

pub fn mixed_script(
    what_: What,
    value: &str,
    c: char,
    odd: Script,
    span: Range<usize>,
) -> Diagnostic {
    let other = match odd {
        Script::Latin => Script::Cyrillic,
        Script::Cyrillic => Script::Latin,
    };
    Diagnostic::warning(
        format!(
            "{} \"{}\" mixes Latin and Cyrillic letters in one word",
            what(what_),
            shown(value)
        ),
        span,
    )
    .with_label(format!(
        "{} `{c}` ({}) among {} letters",
        script_name(odd),
        code(c),
        script_name(other)
    ))
    .with_hint("retype the word with one keyboard layout: a Latin and a Cyrillic letter that look the same are different letters")
}

/// "Did you mean" for a reference or a title, with what differs when the two look the same.
pub fn did_you_mean(close: &str, differences: &[&str]) -> String {
    if differences.is_empty() {
        format!("did you mean \"{close}\"?")
    } else {
        format!(
            "did you mean \"{close}\"? it looks the same, but has {}",
            differences.join("; ")
        )
    }
}
