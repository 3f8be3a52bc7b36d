//! Participant references: an `id` or the exact `name`, resolved in constant time.

use std::collections::HashMap;

use crate::render::terminal_text::inline;
use crate::session::diagnostic::Suggester;
use crate::session::model::Session;

/// Index of participants by `id` and by `name`.
#[derive(Debug, Default)]
pub struct Roster<'s> {
    by_ref: HashMap<&'s str, usize>,
    names: Vec<&'s str>,
    /// Names and ids in file order, for hints that do not depend on hashing.
    refs: Vec<&'s str>,
}

impl<'s> Roster<'s> {
    pub fn new(session: &'s Session) -> Self {
        let mut by_ref = HashMap::with_capacity(session.participants.len() * 2);
        let mut names = Vec::with_capacity(session.participants.len());
        let mut refs = Vec::with_capacity(session.participants.len() * 2);
        for (i, p) in session.participants.iter().enumerate() {
            if let Some(name) = &p.name {
                by_ref.entry(name.value.as_str()).or_insert(i);
                names.push(name.value.as_str());
                refs.push(name.value.as_str());
            }
            if let Some(id) = &p.id {
                by_ref.entry(id.value.as_str()).or_insert(i);
                refs.push(id.value.as_str());
            }
        }
        Self {
            by_ref,
            names,
            refs,
        }
    }

    /// The participant a reference names, if any.
    pub fn resolve(&self, reference: &str) -> Option<usize> {
        self.by_ref.get(reference).copied()
    }

    /// The closest known name or id, for a "did you mean" hint (the first in file order of
    /// equally close ones).
    pub fn suggest(&self, reference: &str, suggester: &mut Suggester) -> Option<&'s str> {
        suggester.did_you_mean(reference, self.refs.iter().copied())
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Up to `limit` participants a mistyped reference may have meant, as "Name (id)" ready to
/// print (see [`inline`]): names and ids with it as a whole word, then as the start of a
/// word, then anywhere (ignoring case and ё), then those within a few typos, closest first.
pub fn close_matches(session: &Session, reference: &str, limit: usize) -> Vec<String> {
    let wanted = crate::i18n::collate::fold(reference);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize)> = Vec::new();
    for (i, p) in session.participants.iter().enumerate() {
        let candidates = std::iter::once(p.name()).chain(p.id.as_ref().map(|id| id.value.as_str()));
        let best = candidates
            .map(|c| {
                let c = crate::i18n::collate::fold(c);
                if c.split_whitespace().any(|word| word == wanted) {
                    0
                } else if c.split_whitespace().any(|word| word.starts_with(&wanted)) {
                    1
                } else if c.contains(&wanted) {
                    2
                } else {
                    let distance = strsim::damerau_levenshtein(&wanted, &c);
                    let limit = (c.chars().count().max(wanted.chars().count()) / 3).max(1);
                    if distance <= limit {
                        3 + distance
                    } else {
                        usize::MAX
                    }
                }
            })
            .min()
            .unwrap_or(usize::MAX);
        if best != usize::MAX {
            scored.push((best, i));
        }
    }
    scored.sort_unstable();
    scored
        .into_iter()
        .take(limit)
        .map(|(_, i)| {
            let p = &session.participants[i];
            // Printed on the terminal: names show their control characters, see terminal_text.
            let name = inline(p.name());
            match &p.id {
                Some(id) => format!("{name} ({})", inline(&id.value)),
                None => name.into_owned(),
            }
        })
        .collect()
}
