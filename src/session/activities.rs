//! Activity references (`feedback.activity`, `feedback --activity`): the exact `title`, or
//! the one title that matches in any case, «ё» as «е», with quotes, dashes and other
//! punctuation aside (`Мастер-класс "Время действовать"` for «Мастер-класс «Время
//! действовать!»»). Built once, looked up in constant time.

use crate::i18n::collate::fold_words;
use std::collections::{HashMap, HashSet};

use crate::session::roster::MAX_FORGIVING_LEN;

/// What an activity reference names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<'s> {
    /// One title (several activities may share it: a workshop held on two days).
    Found(&'s str),
    Unknown,
    /// Several different titles, in file order.
    Ambiguous(Vec<&'s str>),
}

/// The titles of a session's activities, exact and folded.
#[derive(Debug, Default)]
pub struct Titles<'s> {
    exact: HashSet<&'s str>,
    /// Folded titles, built on the first reference not written exactly.
    folded: std::cell::OnceCell<HashMap<String, Vec<&'s str>>>,
    /// Titles in file order, each once, for hints.
    order: Vec<&'s str>,
}

impl<'s> Titles<'s> {
    pub fn new(session: &'s crate::session::model::Session) -> Self {
        let mut titles = Self::default();
        for activity in &session.activities {
            let title = activity.title();
            if titles.exact.insert(title) {
                titles.order.push(title);
            }
        }
        titles
    }

    /// The titles by their folded form.
    fn folded(&self) -> &HashMap<String, Vec<&'s str>> {
        self.folded.get_or_init(|| {
            let mut folded: HashMap<String, Vec<&'s str>> = HashMap::new();
            for &title in self.order.iter().filter(|t| t.len() <= MAX_FORGIVING_LEN) {
                folded.entry(fold_words(title)).or_default().push(title);
            }
            folded
        })
    }

    /// The title a reference names.
    pub fn lookup(&self, reference: &str) -> Lookup<'s> {
        if let Some(&title) = self.exact.get(reference) {
            return Lookup::Found(title);
        }
        if reference.len() > MAX_FORGIVING_LEN {
            return Lookup::Unknown;
        }
        let key = fold_words(reference);
        if key.is_empty() {
            return Lookup::Unknown;
        }
        match self.folded().get(&key).map(Vec::as_slice) {
            None | Some([]) => Lookup::Unknown,
            Some([one]) => Lookup::Found(one),
            Some(many) => Lookup::Ambiguous(many.to_vec()),
        }
    }

    /// The title a reference names, if exactly one.
    pub fn resolve(&self, reference: &str) -> Option<&'s str> {
        match self.lookup(reference) {
            Lookup::Found(title) => Some(title),
            Lookup::Unknown | Lookup::Ambiguous(_) => None,
        }
    }

    /// Every title in file order, each once.
    pub fn all(&self) -> &[&'s str] {
        &self.order
    }
}

/// Titles ready to print in a message: «…» each, at most `limit`, then "…".
pub fn listed(titles: &[&str], limit: usize) -> String {
    let mut shown: Vec<String> = titles
        .iter()
        .take(limit)
        .map(|t| format!("«{}»", crate::render::terminal_text::inline(t)))
        .collect();
    if titles.len() > limit {
        shown.push("…".to_string());
    }
    shown.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_case_and_yo_aside() {
        let (session, _) = crate::session::load::parse(
            "[session]\ntitle = \"T\"\ndates = [2026-10-15]\n\
             [[activities]]\ntitle = \"Мастер-класс «Ёлочка»\"\nduration = 30\n\
             [[activities]]\ntitle = \"Итоги\"\nduration = 30\n\
             [[activities]]\ntitle = \"итоги!\"\nduration = 30\n",
        )
        .expect("test input is valid");
        let titles = Titles::new(&session);
        assert_eq!(
            titles.lookup("мастер-класс \"елочка\""),
            Lookup::Found("Мастер-класс «Ёлочка»")
        );
        assert_eq!(titles.lookup("Итоги"), Lookup::Found("Итоги"));
        assert_eq!(
            titles.lookup("ИТОГИ"),
            Lookup::Ambiguous(vec!["Итоги", "итоги!"])
        );
        assert_eq!(titles.lookup("Другое"), Lookup::Unknown);
    }
}
