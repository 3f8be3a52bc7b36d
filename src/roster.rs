//! Participant references: an `id` or the exact `name`, resolved in constant time.

use std::collections::HashMap;

use crate::diagnostic::did_you_mean;
use crate::model::Session;

/// Index of participants by `id` and by `name`.
#[derive(Debug, Default)]
pub struct Roster<'s> {
    by_ref: HashMap<&'s str, usize>,
    names: Vec<&'s str>,
}

impl<'s> Roster<'s> {
    pub fn new(session: &'s Session) -> Self {
        let mut by_ref = HashMap::with_capacity(session.participants.len() * 2);
        let mut names = Vec::with_capacity(session.participants.len());
        for (i, p) in session.participants.iter().enumerate() {
            if let Some(name) = &p.name {
                by_ref.entry(name.value.as_str()).or_insert(i);
                names.push(name.value.as_str());
            }
            if let Some(id) = &p.id {
                by_ref.entry(id.value.as_str()).or_insert(i);
            }
        }
        Self { by_ref, names }
    }

    /// The participant a reference names, if any.
    pub fn resolve(&self, reference: &str) -> Option<usize> {
        self.by_ref.get(reference).copied()
    }

    /// The closest known name or id, for a "did you mean" hint.
    pub fn suggest(&self, reference: &str) -> Option<&'s str> {
        did_you_mean(reference, self.by_ref.keys().copied())
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}
