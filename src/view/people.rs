//! How people appear in documents: by name, or (`--anonymize`) as roles and counts, with
//! their names taken out of every free text too (see [`crate::view::scrub`] for the rule).

use std::sync::Arc;

use serde::{Serialize, Serializer};

use crate::i18n::lang;
use crate::session::model::{Language, Role, Session};
use crate::session::roster::Roster;
use crate::view::scrub::{NameScrubber, Who};

/// Names every person of one session the way a document asks for.
pub struct People<'s> {
    session: &'s Session,
    roster: Roster<'s>,
    language: Language,
    anonymous: bool,
    /// Every form of every name of the session's people; empty when names are shown.
    names: Arc<NameScrubber>,
}

impl<'s> People<'s> {
    /// Names as written, or (when `anonymous`) roles instead of names everywhere.
    pub fn new(session: &'s Session, anonymous: bool) -> Self {
        let roster = Roster::new(session);
        let names = if anonymous {
            names_of(session, &roster)
        } else {
            NameScrubber::new()
        };
        Self {
            session,
            roster,
            language: session.info.language,
            anonymous,
            names: Arc::new(names),
        }
    }

    pub fn is_anonymous(&self) -> bool {
        self.anonymous
    }

    /// A view that serializes as it is, or (anonymized) with every string in it scrubbed of
    /// the names of this session's people: no field of a document can be forgotten.
    pub fn scrubbed<T: Serialize>(&self, view: T) -> Scrubbed<T> {
        Scrubbed {
            view,
            names: self
                .anonymous
                .then(|| (Arc::clone(&self.names), self.language)),
        }
    }

    /// A participant reference (id or name): their name, or their role.
    pub fn person(&self, reference: &str) -> String {
        match self.roster.resolve(reference) {
            Some(i) if self.anonymous => {
                lang::role_name(self.language, self.session.participants[i].role).to_string()
            }
            Some(i) => self.session.participants[i].name().trim().to_string(),
            None if self.anonymous => self.owner(reference),
            None => reference.trim().to_string(),
        }
    }

    /// A list of participant references: their names, or the roles with counts
    /// («2 модератора», «наставник»).
    pub fn people<'a>(&self, references: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        if !self.anonymous {
            return references.into_iter().map(|r| self.person(r)).collect();
        }
        let mut counts: Vec<(Role, usize)> = Vec::new();
        let mut unknown = 0;
        for reference in references {
            match self.roster.resolve(reference) {
                Some(i) => {
                    let role = self.session.participants[i].role;
                    match counts.iter_mut().find(|(r, _)| *r == role) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((role, 1)),
                    }
                }
                None => unknown += 1,
            }
        }
        counts.sort_by_key(|(role, _)| Role::ALL.iter().position(|r| r == role));
        let mut out: Vec<String> = counts
            .into_iter()
            .map(|(role, n)| role_count(self.language, role, n))
            .collect();
        if unknown > 0 {
            out.push(responsible_count(self.language, unknown));
        }
        out
    }

    /// A decision owner: a participant reference or free text. Anonymized, it becomes the role
    /// of every person it names, else the neutral «ответственный».
    pub fn owner(&self, owner: &str) -> String {
        if !self.anonymous {
            // An id becomes the name; a name stays as written («Ёлкина Д. А.» in a table of
            // decisions is what the methodist meant to print).
            return match self.roster.resolve_exact(owner) {
                Some(i) => self.session.participants[i].name().trim().to_string(),
                None => owner.trim().to_string(),
            };
        }
        if let Some(i) = self.roster.resolve(owner) {
            return lang::role_name(self.language, self.session.participants[i].role).to_string();
        }
        let mut words: Vec<String> = Vec::new();
        for found in self.names.find(owner) {
            let word = who_word(self.language, found.who);
            if !words.contains(&word) {
                words.push(word);
            }
        }
        if words.is_empty() {
            responsible(self.language)
        } else {
            words.join(", ")
        }
    }

    /// Free text with every name of the session's people replaced by their role in brackets
    /// («\[модератор\]»); as it is (trimmed) when names are shown.
    pub fn text(&self, text: &str) -> String {
        if !self.anonymous {
            return text.trim().to_string();
        }
        let language = self.language;
        self.names
            .replace(text, &|who| who_word(language, who))
            .trim()
            .to_string()
    }
}

/// The people whose names an anonymized document leaves out: the participants, the
/// organizer, and whoever the moderators, authors and owners name outside the roster.
fn names_of(session: &Session, roster: &Roster<'_>) -> NameScrubber {
    let mut names = NameScrubber::new();
    for p in &session.participants {
        names.add_participant(
            p.name(),
            p.id.as_ref().map(|id| id.value.as_str()),
            Who::Role(p.role),
        );
    }
    if let Some(organizer) = &session.info.organizer {
        // «Соколова Марина Викторовна, методист»: the job title is not a name.
        names.add_free_text(&organizer.value, Who::Role(Role::Organizer));
    }
    let outside =
        |reference: &&crate::session::model::Sp<String>| roster.resolve(&reference.value).is_none();
    for a in &session.activities {
        for m in a.moderators.iter().filter(outside) {
            names.add_free_text(&m.value, Who::Role(Role::Moderator));
        }
    }
    for p in &session.products {
        for author in p.authors.iter().filter(outside) {
            names.add_free_text(&author.value, Who::Responsible);
        }
    }
    for d in &session.decisions {
        if let Some(owner) = d.owner.as_ref().filter(|o| outside(o)) {
            names.add_free_text(&owner.value, Who::Responsible);
        }
    }
    names
}

/// The word that takes a person's place: their role, or «ответственный».
fn who_word(language: Language, who: Who) -> String {
    match who {
        Who::Role(role) => lang::role_name(language, role).to_string(),
        Who::Responsible => responsible(language),
    }
}

/// A document view with, when anonymized, the names to take out of every string in it.
#[derive(Clone)]
pub struct Scrubbed<T> {
    pub view: T,
    names: Option<(Arc<NameScrubber>, Language)>,
}

impl<T> Scrubbed<T> {
    /// A view shown with names: serialized as it is.
    pub fn plain(view: T) -> Self {
        Self { view, names: None }
    }

    /// A text of the view as it is shown: anonymized, with the names taken out, as when the
    /// view is serialized — for a renderer that reads the fields one by one (the workbook).
    pub fn text(&self, text: &str) -> String {
        match &self.names {
            None => text.to_string(),
            Some((names, language)) => names.replace(text, &|who| who_word(*language, who)),
        }
    }
}

impl<T: Serialize> Serialize for Scrubbed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Some((names, language)) = &self.names else {
            return self.view.serialize(serializer);
        };
        let mut value = serde_json::to_value(&self.view).map_err(serde::ser::Error::custom)?;
        // The document's own words are not input: they stay as they are.
        let labels = value.as_object_mut().and_then(|m| m.remove("labels"));
        names.scrub_value(&mut value, &|who| who_word(*language, who));
        if let (Some(map), Some(labels)) = (value.as_object_mut(), labels) {
            map.insert("labels".to_string(), labels);
        }
        value.serialize(serializer)
    }
}

/// «ответственный» / «person in charge»: the neutral word for someone who is not a
/// participant of the session.
fn responsible(language: Language) -> String {
    crate::tr_in!(language, "doc-responsible")
}

/// «ответственный», «2 ответственных»: people with no role in the session.
fn responsible_count(language: Language, n: usize) -> String {
    crate::tr_in!(language, "doc-responsible-count", count = n)
}

/// A role with a count: «модератор», «2 модератора», «5 участников» (one is just the word).
pub fn role_count(language: Language, role: Role, n: usize) -> String {
    match role {
        Role::Participant => crate::tr_in!(language, "doc-count-participant", count = n),
        Role::Moderator => crate::tr_in!(language, "doc-count-moderator", count = n),
        Role::Mentor => crate::tr_in!(language, "doc-count-mentor", count = n),
        Role::Guest => crate::tr_in!(language, "doc-count-guest", count = n),
        Role::Organizer => crate::tr_in!(language, "doc-count-organizer", count = n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(text: &str) -> Session {
        crate::session::load::parse(text)
            .expect("test input is valid")
            .0
    }

    const FILE: &str = r#"
[session]
title = "Т"
dates = [2026-12-03]
organizer = "Соколова Марина Викторовна, методист"

[[participants]]
name = "Петрова Наталья Викторовна"
id = "petrova"
role = "moderator"

[[participants]]
name = "Фёдоров Павел Олегович"
role = "mentor"
"#;

    #[test]
    fn names_become_roles_in_free_text() {
        let s = session(FILE);
        let people = People::new(&s, true);
        assert_eq!(
            people
                .text("Поручить Петровой Н.В. и П. О. Федорову, согласовать с Мариной Викторовной"),
            "Поручить [модератор] и [наставник], согласовать с [организатор]"
        );
        assert_eq!(people.text("Петрова Наталья Викторовна"), "[Модератор]");
        // A first name alone names the participant too; a name nobody has stays.
        assert_eq!(people.text("Петр и Павел"), "Петр и [наставник]");
        assert_eq!(people.text("доклад Павлу Олеговичу"), "доклад [наставник]");
    }

    #[test]
    fn owners() {
        let s = session(FILE);
        let people = People::new(&s, true);
        assert_eq!(people.owner("petrova"), "модератор");
        assert_eq!(people.owner("Петрова Н. В."), "модератор");
        assert_eq!(people.owner("Соколова М. В."), "организатор");
        assert_eq!(people.owner("методическое объединение"), "ответственный");
        assert_eq!(
            People::new(&s, false).owner("petrova"),
            "Петрова Наталья Викторовна"
        );
    }

    #[test]
    fn roles_with_counts() {
        let s = session(FILE);
        let people = People::new(&s, true);
        assert_eq!(
            people.people(["petrova", "Фёдоров Павел Олегович"]),
            vec!["модератор", "наставник"]
        );
        assert_eq!(role_count(Language::Ru, Role::Moderator, 2), "2 модератора");
        assert_eq!(role_count(Language::Ru, Role::Guest, 5), "5 гостей");
        assert_eq!(
            role_count(Language::Ru, Role::Participant, 21),
            "21 участник"
        );
        assert_eq!(role_count(Language::En, Role::Mentor, 3), "3 mentors");
    }
}
