//! Look-alike names: two participants, zones or activities whose names differ only in what
//! the eye does not see — case, «ё»/«е», Unicode form, spaces, invisible characters, Latin
//! letters for Cyrillic ones — and single words that mix Latin and Cyrillic letters.
//!
//! Each text is folded into a key (NFC, lower case, «ё» as «е», Latin look-alikes as their
//! Cyrillic twins, spaces collapsed, invisible characters dropped), and texts are grouped by
//! key in a hash map: linear in the number of texts, no pairwise comparison.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

use crate::session::diagnostic::Diagnostic;
use crate::session::model::Session;

use super::characters::{Script, fold, hidden, script};
use super::{literal, wording};

/// Which of a thing's texts is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Name,
    Id,
    ZoneName,
    ActivityTitle,
}

/// Things whose texts must not look alike: references pick them by exact spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Participants,
    Zones,
    Activities,
}

/// How two look-alike texts differ, for the message and the hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Script,
    Form,
    Space,
    Invisible,
    Case,
    Yo,
    Other,
}

/// A space or an invisible character the key leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extra {
    Leading,
    Trailing,
    Double,
    Invisible,
}

struct Entry<'s> {
    what: What,
    value: &'s str,
    span: &'s Range<usize>,
    /// The participant, zone or activity it belongs to: one's own name and id may look alike.
    owner: usize,
}

/// What one sees as one character: a letter with its combining marks, or a space.
struct Unit {
    /// Character indices in the text.
    chars: Range<usize>,
    raw: String,
    nfc: String,
    key: String,
    space: bool,
}

/// A space or an invisible character the key leaves out, and how many units come before it.
struct Left {
    chars: Range<usize>,
    c: char,
    extra: Extra,
    after_units: usize,
}

struct Folded {
    units: Vec<Unit>,
    extras: Vec<Left>,
}

/// One way in which the second text differs from the first, with where it is in each.
pub struct Difference {
    pub in_second: Option<Range<usize>>,
    pub in_first: Option<Range<usize>>,
    pub text: String,
    pub kind: Kind,
}

/// Texts longer than this (in bytes) are grouped by key like any other, but not taken
/// apart letter by letter: nobody's name is that long, and the detail would cost memory.
const DETAILED: usize = 16 * 1024;

/// The key of `value`: the keys of [`fold_text`]'s units one after another, computed
/// without keeping anything else.
fn key_of(value: &str) -> String {
    let mut key = String::with_capacity(value.len());
    let (mut space, mut letters) = (false, false);
    let mut segment = String::new();
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        // Most characters stand alone, and a Latin or Cyrillic letter alone is its own
        // NFC: no segment to build and normalize (a city's names are megabytes of them).
        if chars.peek().is_none_or(|&next| !combining(next)) && nfc_is_itself(c) {
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if hidden(c).is_some() {
                continue;
            }
            if space && letters {
                key.push(' ');
            }
            space = false;
            letters = true;
            key.push(fold(c));
            continue;
        }
        segment.clear();
        segment.push(c);
        while let Some(&mark) = chars.peek().filter(|&&m| canonical_combining_class(m) != 0) {
            segment.push(mark);
            chars.next();
        }
        let alone = segment.len() == c.len_utf8();
        if alone && c.is_whitespace() {
            space = true;
            continue;
        }
        if alone && hidden(c).is_some() {
            continue;
        }
        if space && letters {
            key.push(' ');
        }
        space = false;
        letters = true;
        key.extend(segment.nfc().map(fold));
    }
    key
}

/// Whether `c` is a combining mark (canonical combining class other than 0); without a
/// table lookup for ASCII and the Cyrillic letters, which are none.
fn combining(c: char) -> bool {
    if c.is_ascii() || ('\u{400}'..='\u{482}').contains(&c) || ('\u{48A}'..='\u{4FF}').contains(&c)
    {
        return false;
    }
    canonical_combining_class(c) != 0
}

/// Whether `c`, with no combining mark after it, is already in NFC: true of ASCII and the
/// Cyrillic block (a test checks every one of them).
fn nfc_is_itself(c: char) -> bool {
    c.is_ascii() || ('\u{400}'..='\u{4FF}').contains(&c)
}

/// `value` taken apart: what one sees as characters, and the spaces and invisible
/// characters its key leaves out.
fn fold_text(value: &str) -> Folded {
    let chars: Vec<char> = value.chars().collect();
    let mut segments: Vec<Range<usize>> = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        match segments.last_mut() {
            Some(last) if canonical_combining_class(c) != 0 => last.end = i + 1,
            _ => segments.push(i..i + 1),
        }
    }
    let mut units: Vec<Unit> = Vec::with_capacity(segments.len());
    let mut extras = Vec::new();
    let mut spaces: Vec<(Range<usize>, char)> = Vec::new();
    for segment in segments {
        let first = chars[segment.start];
        if segment.len() == 1 && first.is_whitespace() {
            spaces.push((segment, first));
            continue;
        }
        if segment.len() == 1 && hidden(first).is_some() {
            extras.push(left(segment, first, Extra::Invisible, units.len()));
            continue;
        }
        let mut run = std::mem::take(&mut spaces).into_iter();
        if units.is_empty() {
            extras.extend(run.map(|(r, c)| left(r, c, Extra::Leading, 0)));
        } else if let Some((range, c)) = run.next() {
            units.push(Unit {
                chars: range,
                raw: c.to_string(),
                nfc: c.to_string(),
                key: " ".to_string(),
                space: true,
            });
            let kept = units.len();
            extras.extend(run.map(|(r, c)| left(r, c, Extra::Double, kept)));
        }
        let raw: String = chars[segment.clone()].iter().collect();
        let nfc: String = raw.nfc().collect();
        let key = nfc.chars().map(fold).collect();
        units.push(Unit {
            chars: segment,
            raw,
            nfc,
            key,
            space: false,
        });
    }
    let all = units.len();
    extras.extend(
        spaces
            .into_iter()
            .map(|(r, c)| left(r, c, Extra::Trailing, all)),
    );
    Folded { units, extras }
}

fn left(chars: Range<usize>, c: char, extra: Extra, after_units: usize) -> Left {
    Left {
        chars,
        c,
        extra,
        after_units,
    }
}

/// How `second` differs from `first`, two texts of one key; nothing for huge texts.
fn detailed_differences(first: &str, second: &str) -> Vec<Difference> {
    if first.len() > DETAILED || second.len() > DETAILED {
        return Vec::new();
    }
    differences(&fold_text(first), &fold_text(second))
}

/// How `second` differs from `first` (texts of one key), in the order of `second`.
fn differences(first: &Folded, second: &Folded) -> Vec<Difference> {
    let mut found = Vec::new();
    let aligned = first.units.len() == second.units.len()
        && first
            .units
            .iter()
            .zip(&second.units)
            .all(|(a, b)| a.key == b.key);
    if aligned {
        for (a, b) in first.units.iter().zip(&second.units) {
            if a.raw != b.raw {
                let (text, kind) = unit_difference(a, b);
                found.push(Difference {
                    in_second: Some(b.chars.clone()),
                    in_first: Some(a.chars.clone()),
                    text,
                    kind,
                });
            }
        }
    }
    let kind_of = |extra: Extra| match extra {
        Extra::Invisible => Kind::Invisible,
        _ => Kind::Space,
    };
    // The space a double space doubles, in the other text.
    let partner = |other: &Folded, left: &Left| {
        (aligned && left.extra == Extra::Double)
            .then(|| other.units.get(left.after_units.checked_sub(1)?))
            .flatten()
            .map(|u| u.chars.clone())
    };
    for left in &second.extras {
        found.push(Difference {
            in_second: Some(left.chars.clone()),
            in_first: partner(first, left),
            text: wording::extra_here(left.c, left.extra),
            kind: kind_of(left.extra),
        });
    }
    for left in &first.extras {
        found.push(Difference {
            in_second: partner(second, left),
            in_first: Some(left.chars.clone()),
            text: wording::extra_there(left.c, left.extra),
            kind: kind_of(left.extra),
        });
    }
    found.sort_by_key(|d| d.in_second.as_ref().map_or(usize::MAX, |r| r.start));
    summarised(found)
}

/// Differences of one kind past [`wording::LISTED`] told as one, at the first of them
/// (a name written in capitals differs in every letter).
fn summarised(found: Vec<Difference>) -> Vec<Difference> {
    let mut counts: HashMap<Kind, usize> = HashMap::new();
    for d in &found {
        *counts.entry(d.kind).or_default() += 1;
    }
    let mut told: HashSet<Kind> = HashSet::new();
    let mut out = Vec::with_capacity(found.len());
    for d in found {
        let n = counts.get(&d.kind).copied().unwrap_or(0);
        if n <= wording::LISTED {
            out.push(d);
        } else if told.insert(d.kind) {
            out.push(Difference {
                text: wording::many(d.kind, &d.text, n),
                ..d
            });
        }
    }
    out
}

fn unit_difference(a: &Unit, b: &Unit) -> (String, Kind) {
    if a.nfc == b.nfc {
        return (wording::other_form(&b.nfc, &b.raw, &a.raw), Kind::Form);
    }
    if a.space && b.space {
        let c = |u: &Unit| u.raw.chars().next().unwrap_or(' ');
        return (wording::space_instead(c(b), c(a)), Kind::Space);
    }
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let pair = b.nfc.chars().zip(a.nfc.chars()).find(|(x, y)| x != y);
    match pair {
        Some((x, y)) => match (script(x), script(y)) {
            (Some(sx), Some(sy)) if sx != sy => {
                (wording::script_instead(x, sx, y, sy), Kind::Script)
            }
            _ if lower(x) == lower(y) => (wording::case_instead(x, y), Kind::Case),
            _ if matches!(lower(x), 'е' | 'ё') && matches!(lower(y), 'е' | 'ё') => {
                (wording::letter_instead(x, y), Kind::Yo)
            }
            _ => (wording::letter_instead(x, y), Kind::Other),
        },
        None => (wording::other_form(&b.nfc, &b.raw, &a.raw), Kind::Other),
    }
}

/// The source range of characters `chars` of `value` written at `span`, or all of `span`.
fn place(
    source: &str,
    span: &Range<usize>,
    value: &str,
    chars: Option<&Range<usize>>,
) -> Range<usize> {
    chars
        .and_then(|chars| literal::place(source, span, value, chars))
        .unwrap_or_else(|| span.clone())
}

/// Warnings about look-alike names, ids, zone names and activity titles, and about words
/// mixing Latin and Cyrillic letters in them.
pub fn warnings(session: &Session, diags: &mut Vec<Diagnostic>) {
    let source: &str = &session.source.0;
    let mut participants = Vec::with_capacity(session.participants.len() * 2);
    for (i, p) in session.participants.iter().enumerate() {
        for (what, text) in [(What::Name, &p.name), (What::Id, &p.id)] {
            if let Some(text) = text {
                participants.push(entry(what, &text.value, &text.span, i));
            }
        }
    }
    let zones: Vec<Entry<'_>> = session
        .zones
        .iter()
        .enumerate()
        .filter_map(|(i, z)| {
            z.name
                .as_ref()
                .map(|n| entry(What::ZoneName, &n.value, &n.span, i))
        })
        .collect();
    let activities: Vec<Entry<'_>> = session
        .activities
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            a.title
                .as_ref()
                .map(|t| entry(What::ActivityTitle, &t.value, &t.span, i))
        })
        .collect();
    for (family, entries) in [
        (Family::Participants, participants),
        (Family::Zones, zones),
        (Family::Activities, activities),
    ] {
        let warned = twins(family, &entries, source, diags);
        for (i, e) in entries.iter().enumerate() {
            if !warned.contains(&i)
                && let Some((at, c, odd)) = mixed_word(e.value)
            {
                let span = place(source, e.span, e.value, Some(&(at..at + 1)));
                diags.push(wording::mixed_script(e.what, e.value, c, odd, span));
            }
        }
    }
}

fn entry<'s>(what: What, value: &'s str, span: &'s Range<usize>, owner: usize) -> Entry<'s> {
    Entry {
        what,
        value,
        span,
        owner,
    }
}

/// Warns at each text that looks like an earlier one of another owner; the indices of the
/// texts warned about.
fn twins(
    family: Family,
    entries: &[Entry<'_>],
    source: &str,
    diags: &mut Vec<Diagnostic>,
) -> HashSet<usize> {
    struct Group<'s> {
        first: usize,
        /// The first entry of another owner than `first`'s.
        other: Option<usize>,
        spellings: HashSet<&'s str>,
    }
    let keys: Vec<String> = entries.iter().map(|e| key_of(e.value)).collect();
    let mut groups: HashMap<&str, Group<'_>> = HashMap::with_capacity(entries.len());
    let mut warned = HashSet::new();
    for (i, e) in entries.iter().enumerate() {
        if keys[i].trim().is_empty() {
            continue;
        }
        let group = match groups.entry(keys[i].as_str()) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(Group {
                    first: i,
                    other: None,
                    spellings: HashSet::from([e.value]),
                });
                continue;
            }
            std::collections::hash_map::Entry::Occupied(o) => o.into_mut(),
        };
        let new_spelling = group.spellings.insert(e.value);
        let first_owner = entries[group.first].owner;
        let twin = if first_owner != e.owner {
            Some(group.first)
        } else {
            group.other
        };
        if group.other.is_none() && first_owner != e.owner {
            group.other = Some(i);
        }
        // The very same text twice is another rule's business (or fine, for activities).
        let Some(t) = twin.filter(|&t| new_spelling && entries[t].value != e.value) else {
            continue;
        };
        let first = &entries[t];
        let found = detailed_differences(first.value, e.value);
        let here = found.iter().find_map(|d| d.in_second.as_ref());
        let there = found.iter().find_map(|d| d.in_first.as_ref());
        let look = wording::LookAlike {
            family,
            what: e.what,
            value: e.value,
            first_what: first.what,
            first_value: first.value,
            differences: &found,
        };
        diags.push(wording::look_alike(
            &look,
            place(source, e.span, e.value, here),
            place(source, first.span, first.value, there),
        ));
        warned.insert(i);
    }
    warned
}

/// The hint for a reference that matches nothing but is close to `close`: when the two
/// look the same, it says what differs, since the eye cannot tell.
pub fn did_you_mean(written: &str, close: &str) -> String {
    let differences = if key_of(close) == key_of(written) {
        detailed_differences(close, written)
    } else {
        Vec::new()
    };
    let told: Vec<&str> = differences
        .iter()
        .take(wording::LISTED)
        .map(|d| d.text.as_str())
        .collect();
    wording::did_you_mean(close, &told)
}

/// The first letter of the less used script in a word of both Latin and Cyrillic letters:
/// its character index, the letter and its script. On a tie, Latin is the odd one.
fn mixed_word(value: &str) -> Option<(usize, char, Script)> {
    // A word can mix the two only in a text that has letters of both.
    let (mut latin, mut cyrillic) = (false, false);
    for c in value.chars() {
        match script(c) {
            Some(Script::Latin) => latin = true,
            Some(Script::Cyrillic) => cyrillic = true,
            None => {}
        }
    }
    if !(latin && cyrillic) {
        return None;
    }
    let chars: Vec<char> = value.chars().collect();
    let in_word = |c: char| c.is_alphabetic() || canonical_combining_class(c) != 0;
    let mut start = 0;
    while start < chars.len() {
        if !in_word(chars[start]) {
            start += 1;
            continue;
        }
        let end = (start..chars.len())
            .find(|&j| !in_word(chars[j]))
            .unwrap_or(chars.len());
        let word = &chars[start..end];
        let count = |s: Script| word.iter().filter(|&&c| script(c) == Some(s)).count();
        let (latin, cyrillic) = (count(Script::Latin), count(Script::Cyrillic));
        if latin > 0 && cyrillic > 0 {
            let odd = if cyrillic < latin {
                Script::Cyrillic
            } else {
                Script::Latin
            };
            let at = word.iter().position(|&c| script(c) == Some(odd))?;
            return Some((start + at, word[at], odd));
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        key_of(s)
    }

    #[test]
    fn look_alikes_share_a_key() {
        let same = [
            ("Ковалёва Анна", "Ковале\u{0308}ва Анна"),
            ("Ковалёва Анна", "Ковалева Анна"),
            ("Петрова Анна", "Петрова  Анна"),
            ("Петрова Анна", " Петрова Анна\u{A0}"),
            ("Петрова Анна", "Петрова\u{A0}Анна"),
            ("Петрова Анна", "Пет\u{200B}рова Анна"),
            ("petrova", "pеtrova"),
            ("Petrova", "petrova"),
            ("ВЕТЕР", "BETEP"),
        ];
        for (a, b) in same {
            assert_eq!(key(a), key(b), "{a:?} vs {b:?}");
        }
        assert_ne!(key("Петрова Анна"), key("Петрова Анн"));
        assert_ne!(key("Иванов"), key("Иванова"));
    }

    #[test]
    fn the_key_alone_is_the_key_of_the_whole_fold() {
        // Every text of up to four characters from an alphabet of the tricky ones.
        let alphabet = [
            ' ', '\u{A0}', 'е', 'ё', 'e', '\u{308}', '\u{200B}', 'А', 'a',
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer.into_iter().filter(|t| t.chars().count() > 0));
            texts.sort();
            texts.dedup();
        }
        assert!(texts.len() > 6000);
        for t in &texts {
            let units: String = fold_text(t).units.iter().map(|u| u.key.as_str()).collect();
            assert_eq!(key_of(t), units, "{t:?}");
        }
    }

    #[test]
    fn differences_say_which_letters() {
        let d = differences(&fold_text("petrova"), &fold_text("pеtrova"));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].kind, Kind::Script);
        assert_eq!(d[0].in_second, Some(1..2));
        let d = differences(&fold_text("Ковалёва"), &fold_text("Ковале\u{0308}ва"));
        assert_eq!(
            (d[0].kind, d[0].in_second.clone()),
            (Kind::Form, Some(5..7))
        );
        let d = differences(&fold_text("Анна Ли"), &fold_text("Анна  Ли\u{A0}"));
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].in_second, Some(5..6));
        assert_eq!(d[1].in_second, Some(8..9));
        let d = differences(&fold_text("Анна Ли "), &fold_text("Анна Ли"));
        assert_eq!(
            (d[0].in_second.clone(), d[0].in_first.clone()),
            (None, Some(7..8))
        );
    }

    #[test]
    fn hints_for_references_say_what_cannot_be_seen() {
        assert_eq!(
            did_you_mean("Петрв", "Петров"),
            "возможно, вы имели в виду «Петров»?"
        );
        assert_eq!(
            did_you_mean("pеtrov", "petrov"),
            "возможно, вы имели в виду «petrov»? На вид то же самое, но здесь кириллическая `е` (U+0435) вместо латинской `e` (U+0065)"
        );
    }

    #[test]
    fn the_shortcuts_agree_with_unicode() {
        use unicode_normalization::UnicodeNormalization;
        for c in '\0'..='\u{4FF}' {
            if nfc_is_itself(c) {
                assert!(std::iter::once(c).nfc().eq(std::iter::once(c)), "{c:?}");
            }
            assert_eq!(combining(c), canonical_combining_class(c) != 0, "{c:?}");
        }
    }

    #[test]
    fn mixed_words() {
        assert_eq!(mixed_word("pеtrova"), Some((1, 'е', Script::Cyrillic)));
        assert_eq!(mixed_word("Петрoва Анна"), Some((4, 'o', Script::Latin)));
        assert_eq!(mixed_word("Квест LEGO-мир"), None);
        assert_eq!(mixed_word("Иванова Anna"), None);
    }
}
