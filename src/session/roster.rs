//! Participant references, resolved in constant time: an `id` or the `name` as written, the
//! full name in any case, with «ё» for «е» and spaces as they come, a surname only one
//! participant has, or a surname with initials («Громова Е. В.», «Е.В. Громова»).

use std::collections::HashMap;

use crate::render::terminal_text::inline;
use crate::session::diagnostic::Suggester;
use crate::session::model::Session;

/// What a reference names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Exactly one participant.
    Found(usize),
    /// Nobody.
    Unknown,
    /// Several participants, in file order: the reference must be more exact.
    Ambiguous(Vec<usize>),
}

/// Everyone a folded key stands for, in file order.
#[derive(Debug, Clone)]
enum Entry {
    One(usize),
    Many(Vec<usize>),
}

impl Entry {
    fn add(&mut self, i: usize) {
        match self {
            Self::One(j) if *j == i => {}
            Self::One(j) => *self = Self::Many(vec![*j, i]),
            Self::Many(v) => {
                if v.last() != Some(&i) {
                    v.push(i);
                }
            }
        }
    }

    fn lookup(&self) -> Lookup {
        match self {
            Self::One(i) => Lookup::Found(*i),
            Self::Many(v) => Lookup::Ambiguous(v.clone()),
        }
    }
}

fn add(map: &mut HashMap<String, Entry>, key: String, i: usize) {
    if key.is_empty() {
        return;
    }
    map.entry(key)
        .and_modify(|e| e.add(i))
        .or_insert(Entry::One(i));
}

/// The words of a name for matching: case and «ё» aside, dots taken as spaces, spaces
/// collapsed (`Громова  Е.В.` → `громова е в`).
pub fn words(text: &str) -> Vec<String> {
    crate::i18n::collate::fold(text)
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Names and ids longer than this (in bytes) are matched only as written.
pub(crate) const MAX_FORGIVING_LEN: usize = 512;

/// The keys a reference may be written by, folded.
#[derive(Debug, Default)]
struct Forgiving {
    /// Full names and ids, folded ([`words`] joined by one space).
    by_folded: HashMap<String, Entry>,
    /// Surnames (the first word of a name), folded.
    by_surname: HashMap<String, Entry>,
    /// Surname and initials, both orders: `громова е в`, `громова е`, `е в громова`.
    by_initials: HashMap<String, Entry>,
}

impl Forgiving {
    fn new(participants: &[crate::session::model::Participant]) -> Self {
        let n = participants.len();
        let mut forgiving = Self {
            by_folded: HashMap::with_capacity(n * 2),
            by_surname: HashMap::with_capacity(n),
            by_initials: HashMap::with_capacity(n * 3),
        };
        for (i, p) in participants.iter().enumerate() {
            // Nobody types a name of a thousand letters: such a one is matched exactly.
            if let Some(name) = p
                .name
                .as_ref()
                .filter(|n| n.value.len() <= MAX_FORGIVING_LEN)
            {
                forgiving.add_name(&name.value, i);
            }
            if let Some(id) =
                p.id.as_ref()
                    .filter(|id| id.value.len() <= MAX_FORGIVING_LEN)
            {
                add(&mut forgiving.by_folded, words(&id.value).join(" "), i);
            }
        }
        forgiving
    }

    /// The folded keys of one name: the full name, the surname, surname and initials.
    fn add_name(&mut self, name: &str, i: usize) {
        let words = words(name);
        add(&mut self.by_folded, words.join(" "), i);
        if let [surname, rest @ ..] = words.as_slice() {
            add(&mut self.by_surname, surname.clone(), i);
            let initials: Vec<String> = rest
                .iter()
                .filter_map(|w| w.chars().next())
                .map(String::from)
                .collect();
            if !initials.is_empty() {
                let all = initials.join(" ");
                add(&mut self.by_initials, format!("{surname} {all}"), i);
                add(&mut self.by_initials, format!("{all} {surname}"), i);
                if initials.len() > 1 {
                    add(
                        &mut self.by_initials,
                        format!("{surname} {}", initials[0]),
                        i,
                    );
                    add(
                        &mut self.by_initials,
                        format!("{} {surname}", initials[0]),
                        i,
                    );
                }
            }
        }
    }
}

/// Index of participants by `id` and by `name`, exact and forgiving.
#[derive(Debug, Default)]
pub struct Roster<'s> {
    participants: &'s [crate::session::model::Participant],
    by_ref: HashMap<&'s str, usize>,
    /// The forgiving indexes, built on the first reference not written exactly: most
    /// files write every reference as the `id` or `name` is, and never need them.
    forgiving: std::cell::OnceCell<Forgiving>,
    names: Vec<&'s str>,
    /// Names and ids in file order, for hints that do not depend on hashing.
    refs: Vec<&'s str>,
}

impl<'s> Roster<'s> {
    pub fn new(session: &'s Session) -> Self {
        let n = session.participants.len();
        let mut roster = Self {
            participants: &session.participants,
            by_ref: HashMap::with_capacity(n * 2),
            forgiving: std::cell::OnceCell::new(),
            names: Vec::with_capacity(n),
            refs: Vec::with_capacity(n * 2),
        };
        for (i, p) in session.participants.iter().enumerate() {
            if let Some(name) = &p.name {
                let name = name.value.as_str();
                roster.by_ref.entry(name).or_insert(i);
                roster.names.push(name);
                roster.refs.push(name);
            }
            if let Some(id) = &p.id {
                roster.by_ref.entry(id.value.as_str()).or_insert(i);
                roster.refs.push(id.value.as_str());
            }
        }
        roster
    }

    /// The participant a reference names, if it names exactly one.
    pub fn resolve(&self, reference: &str) -> Option<usize> {
        match self.lookup(reference) {
            Lookup::Found(i) => Some(i),
            Lookup::Unknown | Lookup::Ambiguous(_) => None,
        }
    }

    /// The participant whose `id` or `name` is exactly the reference, if any.
    pub fn resolve_exact(&self, reference: &str) -> Option<usize> {
        self.by_ref.get(reference).copied()
    }

    /// Whom a reference names: the `id` or `name` as written; else the full name or id in
    /// any case, «ё» as «е», spaces aside; else a surname alone; else a surname with
    /// initials. The first of these that fits anyone decides.
    pub fn lookup(&self, reference: &str) -> Lookup {
        if let Some(&i) = self.by_ref.get(reference) {
            return Lookup::Found(i);
        }
        if reference.len() > MAX_FORGIVING_LEN {
            return Lookup::Unknown;
        }
        let words = words(reference);
        if words.is_empty() {
            return Lookup::Unknown;
        }
        let key = words.join(" ");
        let forgiving = self
            .forgiving
            .get_or_init(|| Forgiving::new(self.participants));
        if let Some(e) = forgiving.by_folded.get(&key) {
            return e.lookup();
        }
        let found = if words.len() == 1 {
            forgiving.by_surname.get(&key)
        } else if words.iter().filter(|w| w.chars().count() == 1).count() == words.len() - 1 {
            forgiving.by_initials.get(&key)
        } else if let [surname, initials] = words.as_slice()
            && (2..=3).contains(&initials.chars().count())
        {
            // Initials run together: «Громова ЕВ».
            let letters: Vec<String> = initials.chars().map(String::from).collect();
            forgiving
                .by_initials
                .get(&format!("{surname} {}", letters.join(" ")))
        } else {
            None
        };
        found.map_or(Lookup::Unknown, Entry::lookup)
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

impl Roster<'_> {
    /// The participants of an ambiguous reference as "Name (id)", ready to print (see
    /// [`inline`]): at most `limit`, then "…".
    pub fn candidates(&self, found: &[usize], limit: usize) -> String {
        candidates(self.participants, found, limit)
    }
}

fn candidates(
    participants: &[crate::session::model::Participant],
    found: &[usize],
    limit: usize,
) -> String {
    let mut shown: Vec<String> = found
        .iter()
        .take(limit)
        .map(|&i| {
            let p = &participants[i];
            let name = inline(p.name());
            match &p.id {
                Some(id) => format!("{name} ({})", inline(&id.value)),
                None => name.into_owned(),
            }
        })
        .collect();
    if found.len() > limit {
        shown.push("…".to_string());
    }
    shown.join("; ")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        crate::session::load::parse(
            "[session]\ntitle = \"T\"\ndates = [2026-10-15]\n\
             [[participants]]\nname = \"Громова Елена Викторовна\"\nid = \"gromova\"\n\
             [[participants]]\nname = \"Ковалёва Анна Сергеевна\"\n\
             [[participants]]\nname = \"Смирнова Анна Ивановна\"\n\
             [[participants]]\nname = \"Смирнова Алла Игоревна\"\n",
        )
        .expect("test input is valid")
        .0
    }

    #[test]
    fn every_forgiving_form_finds_one_person() {
        let session = session();
        let roster = Roster::new(&session);
        for reference in [
            "gromova",
            "GROMOVA",
            "Громова Елена Викторовна",
            "громова  елена викторовна ",
            "Громова",
            "Громова Е. В.",
            "Громова Е.В.",
            "Громова ЕВ.",
            "Громова Е.",
            "Е. В. Громова",
        ] {
            assert_eq!(roster.lookup(reference), Lookup::Found(0), "{reference}");
        }
        for reference in ["Ковалева Анна Сергеевна", "ковалева", "Ковалёва А. С."]
        {
            assert_eq!(roster.lookup(reference), Lookup::Found(1), "{reference}");
        }
    }

    #[test]
    fn an_ambiguous_or_unknown_reference_finds_nobody() {
        let session = session();
        let roster = Roster::new(&session);
        assert_eq!(roster.lookup("Смирнова"), Lookup::Ambiguous(vec![2, 3]));
        assert_eq!(
            roster.lookup("Смирнова А. И."),
            Lookup::Ambiguous(vec![2, 3])
        );
        assert_eq!(roster.lookup("Смирнова А."), Lookup::Ambiguous(vec![2, 3]));
        assert_eq!(roster.lookup("Смирнова Анна Ивановна"), Lookup::Found(2));
        assert_eq!(roster.resolve("Смирнова"), None);
        assert_eq!(roster.lookup("Громов"), Lookup::Unknown);
        assert_eq!(roster.lookup("Громова Е. Н."), Lookup::Unknown);
        assert_eq!(roster.lookup("Елена"), Lookup::Unknown);
        assert_eq!(
            roster.candidates(&[2, 3], 10),
            "Смирнова Анна Ивановна; Смирнова Алла Игоревна"
        );
    }
}
