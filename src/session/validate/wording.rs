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
        Hidden::Control => crate::tr!("check-hidden-control"),
        Hidden::Direction => crate::tr!("check-hidden-direction"),
        Hidden::ZeroWidth => crate::tr!("check-hidden-invisible"),
    };
    let message = crate::tr!(
        "check-hidden",
        key = found.key,
        what = what,
        character = describe(found.c)
    );
    let label = match found.more {
        0 => crate::tr!("check-here"),
        n => crate::tr!("check-here-and-more", more = n),
    };
    let line = found.shape == Shape::Line;
    let hint = match found.escape {
        Some(escape) => crate::tr!("check-remove-escape", escape = escape),
        None if line && found.c == '\t' => crate::tr!("check-replace-tab"),
        None if line && matches!(found.c, '\n' | '\r') => crate::tr!("check-one-line"),
        None => {
            let why = match found.class {
                Hidden::Direction => crate::tr!("check-why-direction"),
                _ => crate::tr!("check-why-invisible"),
            };
            crate::tr!(
                "check-delete-it",
                place = sits(found.before, found.after),
                why = why
            )
        }
    };
    Diagnostic::warning(message, span)
        .with_label(label)
        .with_hint(hint)
}

/// Where a hidden character sits, told by the visible text around it.
fn sits(before: &str, after: &str) -> String {
    match (before.is_empty(), after.is_empty()) {
        (false, false) => crate::tr!("check-sits-between", before = before, after = after),
        (true, false) => crate::tr!("check-sits-start", after = after),
        (false, true) => crate::tr!("check-sits-end", before = before),
        (true, true) => crate::tr!("check-sits-alone"),
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
        crate::tr!("check-a-space")
    } else {
        describe(c)
    }
}

fn script_id(s: Script) -> &'static str {
    match s {
        Script::Latin => "latin",
        Script::Cyrillic => "cyrillic",
    }
}

/// A space or invisible character that only the second text has.
pub fn extra_here(c: char, extra: Extra) -> String {
    match extra {
        Extra::Leading => crate::tr!("check-extra-leading", what = space(c)),
        Extra::Trailing => crate::tr!("check-extra-trailing", what = space(c)),
        Extra::Double => crate::tr!("check-extra-double", what = space(c)),
        Extra::Invisible => crate::tr!("check-extra-invisible", what = describe(c)),
    }
}

/// A space or invisible character that only the first text has.
pub fn extra_there(c: char, extra: Extra) -> String {
    crate::tr!("check-extra-there", what = extra_here(c, extra))
}

/// The same letter in two Unicode forms (`е` + U+0308 for `ё`).
pub fn other_form(letter: &str, here: &str, there: &str) -> String {
    let codes = |s: &str| s.chars().map(code).collect::<Vec<_>>().join(" ");
    crate::tr!(
        "check-other-form",
        letter = letter,
        here = codes(here),
        there = codes(there)
    )
}

pub fn space_instead(here: char, there: char) -> String {
    if there == ' ' {
        crate::tr!("check-instead-of-space", here = describe(here))
    } else {
        crate::tr!(
            "check-space-instead",
            here = describe(here),
            there = space(there)
        )
    }
}

pub fn script_instead(
    here: char,
    here_script: Script,
    there: char,
    there_script: Script,
) -> String {
    crate::tr!(
        "check-script-instead",
        script = script_id(here_script),
        here = here.to_string(),
        here_code = code(here),
        other_script = script_id(there_script),
        there = there.to_string(),
        there_code = code(there)
    )
}

pub fn case_instead(here: char, there: char) -> String {
    let size = |c: char| if c.is_uppercase() { "capital" } else { "small" };
    crate::tr!(
        "check-case-instead",
        size = size(here),
        here = here.to_string(),
        other_size = size(there),
        there = there.to_string()
    )
}

pub fn letter_instead(here: char, there: char) -> String {
    crate::tr!(
        "check-letter-instead",
        here = here.to_string(),
        there = there.to_string()
    )
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

fn what(what: What) -> String {
    match what {
        What::Name => crate::tr!("check-what-name"),
        What::Id => crate::tr!("check-what-id"),
        What::ZoneName => crate::tr!("check-what-zone-name"),
        What::ActivityTitle => crate::tr!("check-what-title"),
    }
}

/// The same after "another zone's".
fn whose(what: What) -> String {
    match what {
        What::ZoneName => crate::tr!("check-whose-zone-name"),
        other => self::what(other),
    }
}

/// Most differences listed under the caret; the rest are counted.
pub const LISTED: usize = 3;

/// `n` differences of one kind told as one; `first` is how the first of them is told.
pub fn many(kind: Kind, first: &str, n: usize) -> String {
    match kind {
        Kind::Case => crate::tr!("check-many-case", n = n),
        Kind::Script => crate::tr!("check-many-script", first = first, n = n),
        Kind::Form => crate::tr!("check-many-form", n = n),
        Kind::Space | Kind::Invisible => crate::tr!("check-many-space", n = n),
        Kind::Yo | Kind::Other => crate::tr!("check-many-letters", n = n),
    }
}

pub fn look_alike(look: &LookAlike<'_>, here: Range<usize>, there: Range<usize>) -> Diagnostic {
    let owner = match look.family {
        Family::Participants => "participant",
        Family::Zones => "zone",
        Family::Activities => "activity",
    };
    let message = crate::tr!(
        "check-look-alike",
        what = what(look.what),
        value = shown(look.value),
        owner = owner,
        whose = whose(look.first_what),
        first = shown(look.first_value)
    );
    let mut label = look
        .differences
        .iter()
        .take(LISTED)
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    match look.differences.len() {
        0 => label = crate::tr!("check-written-differently"),
        n if n > LISTED => label.push_str(&{
            let more = n - LISTED;
            crate::tr!("check-and-more", n = more)
        }),
        _ => {}
    }
    let kind = look.differences.first().map_or(Kind::Other, |d| d.kind);
    let hint = match (kind, look.family) {
        (Kind::Script, _) => crate::tr!("check-retype-layout"),
        (Kind::Form, _) => crate::tr!("check-retype-letter"),
        (Kind::Space, _) => crate::tr!("check-one-space"),
        (Kind::Invisible, _) => crate::tr!("check-retype-invisible"),
        (_, Family::Participants) => crate::tr!("check-same-person"),
        (_, Family::Zones) => crate::tr!("check-zone-names-differ"),
        (_, Family::Activities) => crate::tr!("check-same-title"),
    };
    Diagnostic::warning(message, here)
        .with_label(label)
        .with_related(there, crate::tr!("check-looks-the-same"))
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
        crate::tr!(
            "check-mixed-script",
            what = what(what_),
            value = shown(value)
        ),
        span,
    )
    .with_label(crate::tr!(
        "check-mixed-script-label",
        script = script_id(odd),
        letter = c.to_string(),
        code = code(c),
        other_script = script_id(other)
    ))
    .with_hint(crate::tr!("check-retype-word"))
}

/// "Did you mean" for a reference or a title, with what differs when the two look the same.
pub fn did_you_mean(close: &str, differences: &[&str]) -> String {
    if differences.is_empty() {
        crate::tr!("check-did-you-mean", value = close)
    } else {
        crate::tr!(
            "check-did-you-mean-look-alike",
            value = close,
            differences = differences.join("; ")
        )
    }
}
