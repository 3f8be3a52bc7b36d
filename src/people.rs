//! How people appear in documents: by name, or (`--anonymize`) as roles and counts, with
//! their names taken out of every free text too.

use std::collections::HashMap;

use crate::lang;
use crate::model::{Language, Role, Session};
use crate::roster::Roster;

/// Names every person of one session the way a document asks for.
pub struct People<'s> {
    session: &'s Session,
    roster: Roster<'s>,
    language: Language,
    anonymous: bool,
    /// Name forms found in free text, keyed by their first word (folded), longest first.
    forms: HashMap<String, Vec<NameForm>>,
}

/// One way a person's name is written: its words, and who it is.
struct NameForm {
    words: Vec<Word>,
    role: Role,
}

/// A word of a name form: an initial matches only itself (followed by a dot or not); a
/// whole word matches its declined forms too («Петрова» → «Петровой»).
#[derive(Clone)]
enum Word {
    Initial(char),
    Whole(String),
}

impl<'s> People<'s> {
    /// Names as written, or (when `anonymous`) roles instead of names everywhere.
    pub fn new(session: &'s Session, anonymous: bool) -> Self {
        let mut people = Self {
            session,
            roster: Roster::new(session),
            language: session.info.language,
            anonymous,
            forms: HashMap::new(),
        };
        if anonymous {
            for p in &session.participants {
                people.add_forms(p.name(), p.role);
            }
            if let Some(organizer) = &session.info.organizer {
                // «Соколова Марина Викторовна, методист»: the name is what precedes the comma.
                let name = organizer.value.split(',').next().unwrap_or_default();
                people.add_forms(name, Role::Organizer);
            }
            for forms in people.forms.values_mut() {
                forms.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
            }
        }
        people
    }

    pub fn is_anonymous(&self) -> bool {
        self.anonymous
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
            out.push(counted(
                self.language,
                unknown,
                responsible_forms(self.language),
            ));
        }
        out
    }

    /// A decision owner: a participant reference or free text. Anonymized, it becomes the role
    /// of every person it names, else the neutral «ответственный».
    pub fn owner(&self, owner: &str) -> String {
        if !self.anonymous {
            return match self.roster.resolve(owner) {
                Some(i) => self.session.participants[i].name().trim().to_string(),
                None => owner.trim().to_string(),
            };
        }
        if let Some(i) = self.roster.resolve(owner) {
            return lang::role_name(self.language, self.session.participants[i].role).to_string();
        }
        let mut roles: Vec<Role> = Vec::new();
        for (_, _, role) in self.matches(owner) {
            if !roles.contains(&role) {
                roles.push(role);
            }
        }
        if roles.is_empty() {
            responsible_forms(self.language).0.to_string()
        } else {
            let names: Vec<String> = roles
                .iter()
                .map(|&r| lang::role_name(self.language, r).to_string())
                .collect();
            names.join(", ")
        }
    }

    /// Free text with every name of the session's people replaced by their role in brackets
    /// («[модератор]»); as it is (trimmed) when names are shown.
    pub fn text(&self, text: &str) -> String {
        if !self.anonymous {
            return text.trim().to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, role) in self.matches(text) {
            out.push_str(&text[at..start]);
            // An editor's insertion in brackets: the role cannot take the name's case ending.
            let role = lang::role_name(self.language, role);
            let starts_sentence = out
                .trim_end()
                .chars()
                .last()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n'));
            out.push('[');
            if starts_sentence {
                let mut chars = role.chars();
                out.extend(chars.next().into_iter().flat_map(char::to_uppercase));
                out.push_str(chars.as_str());
            } else {
                out.push_str(role);
            }
            out.push(']');
            at = end;
        }
        out.push_str(&text[at..]);
        out.trim().to_string()
    }

    /// Byte ranges of the name forms found in `text`, left to right, longest form first.
    fn matches(&self, text: &str) -> Vec<(usize, usize, Role)> {
        let tokens = tokenize(text);
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let hit = self
                .forms
                .get(&lookup_key(tokens[i].text))
                .and_then(|forms| {
                    forms
                        .iter()
                        .find(|form| form_matches(form, text, &tokens[i..]))
                });
            match hit {
                Some(form) => {
                    let last = &tokens[i + form.words.len() - 1];
                    let mut end = last.end;
                    if matches!(form.words.last(), Some(Word::Initial(_)))
                        && text[end..].starts_with('.')
                    {
                        end += 1;
                    }
                    found.push((tokens[i].start, end, form.role));
                    i += form.words.len();
                }
                None => i += 1,
            }
        }
        found
    }

    /// The forms a methodist writes a name in: «Петрова Наталья Викторовна», «Петрова Н. В.»,
    /// «Н. В. Петрова», «Наталья Викторовна», «Петрова».
    fn add_forms(&mut self, name: &str, role: Role) {
        let words: Vec<&str> = tokenize(name).into_iter().map(|t| t.text).collect();
        let whole = |w: &str| Word::Whole(fold(w));
        let initial = |w: &str| Word::Initial(w.chars().next().unwrap_or(' '));
        let mut forms: Vec<Vec<Word>> = Vec::new();
        match words.as_slice() {
            [] => return,
            [one] => forms.push(vec![whole(one)]),
            [surname, rest @ ..] => {
                forms.push(words.iter().map(|w| whole(w)).collect());
                let mut short = vec![whole(surname)];
                short.extend(rest.iter().map(|w| initial(w)));
                forms.push(short);
                let mut leading: Vec<Word> = rest.iter().map(|w| initial(w)).collect();
                leading.push(whole(surname));
                forms.push(leading);
                forms.push(vec![whole(surname), initial(rest[0])]);
                forms.push(vec![initial(rest[0]), whole(surname)]);
                forms.push(rest.iter().map(|w| whole(w)).collect());
                forms.push(vec![whole(surname)]);
                if let [other] = rest {
                    // Two words: either may be the surname («Anna Ivanova»).
                    forms.push(vec![whole(other)]);
                }
            }
        }
        for words in forms {
            // A lone short word («Ян») would match too much ordinary text.
            if let [Word::Whole(w)] = words.as_slice()
                && w.chars().count() < 4
            {
                continue;
            }
            let Some(key) = words.first().map(Word::key) else {
                continue;
            };
            let list = self.forms.entry(key).or_default();
            if !list.iter().any(|f| same_words(&f.words, &words)) {
                list.push(NameForm { words, role });
            }
        }
    }
}

impl Word {
    /// The lookup key of a text word this name word may match.
    fn key(&self) -> String {
        match self {
            Word::Initial(c) => fold(&c.to_string()),
            Word::Whole(w) => stem_key(w),
        }
    }
}

fn same_words(a: &[Word], b: &[Word]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| match (x, y) {
            (Word::Initial(p), Word::Initial(q)) => p == q,
            (Word::Whole(p), Word::Whole(q)) => p == q,
            _ => false,
        })
}

/// A word of text with its byte range.
struct Token<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part_of_word = c.is_alphanumeric() || (c == '-' && start.is_some());
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push(Token {
                    text: text[s..i].trim_end_matches('-'),
                    start: s,
                    end: s + text[s..i].trim_end_matches('-').len(),
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        let word = text[s..].trim_end_matches('-');
        tokens.push(Token {
            text: word,
            start: s,
            end: s + word.len(),
        });
    }
    tokens
}

/// Lower case with «ё» as «е», the way names are compared.
fn fold(word: &str) -> String {
    word.to_lowercase().replace('ё', "е")
}

/// Declined forms share the first letters of a word: the map key is the first three
/// letters, folded, and the exact test is in [`word_matches`].
fn stem_key(folded: &str) -> String {
    folded.chars().take(3).collect()
}

/// How a word of text is looked up: an initial by itself, a longer word by its first letters.
fn lookup_key(word: &str) -> String {
    let folded = fold(word);
    if folded.chars().count() == 1 {
        folded
    } else {
        stem_key(&folded)
    }
}

/// Does `word` (from the text) stand for the name word `name`: the same word, or a case
/// form of it — the stem (without a final vowel) and at most three more letters.
fn word_matches(name: &Word, word: &str) -> bool {
    match name {
        // An initial is a capital letter: a lowercase «и» or «в» is a word of the sentence.
        Word::Initial(c) => {
            let mut chars = word.chars();
            match (chars.next(), chars.next()) {
                (Some(w), None) => w.is_uppercase() && fold(word) == fold(&c.to_string()),
                _ => false,
            }
        }
        Word::Whole(whole) => {
            if !word.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
            let word = fold(word);
            if &word == whole {
                return true;
            }
            let stem = whole.trim_end_matches(['а', 'я', 'ь', 'й', 'a', 'e']);
            stem.chars().count() >= 3
                && word.starts_with(stem)
                && word.chars().count() <= stem.chars().count() + 3
        }
    }
}

/// The whole form is at the start of `tokens`, its words separated only by spaces and dots.
fn form_matches(form: &NameForm, text: &str, tokens: &[Token<'_>]) -> bool {
    if tokens.len() < form.words.len() {
        return false;
    }
    form.words
        .iter()
        .zip(tokens)
        .all(|(w, t)| word_matches(w, t.text))
        && tokens[..form.words.len()].windows(2).all(|pair| {
            text[pair[0].end..pair[1].start]
                .chars()
                .all(|c| c == '.' || c.is_whitespace())
        })
}

/// Russian plural forms: one, few (2–4), many.
pub fn plural_ru<'a>(n: usize, forms: (&'a str, &'a str, &'a str)) -> &'a str {
    let (last, last_two) = (n % 10, n % 100);
    if last == 1 && last_two != 11 {
        forms.0
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        forms.1
    } else {
        forms.2
    }
}

/// «2 модератора» / «2 moderators»; one is just the word.
fn counted(language: Language, n: usize, forms: (&str, &str, &str)) -> String {
    if n == 1 {
        return forms.0.to_string();
    }
    match language {
        Language::Ru => format!("{n} {}", plural_ru(n, forms)),
        Language::En => format!("{n} {}", forms.2),
    }
}

fn responsible_forms(language: Language) -> (&'static str, &'static str, &'static str) {
    match language {
        Language::Ru => ("ответственный", "ответственных", "ответственных"),
        Language::En => ("person in charge", "people in charge", "people in charge"),
    }
}

/// A role with a count: «модератор», «2 модератора», «5 участников».
pub fn role_count(language: Language, role: Role, n: usize) -> String {
    let forms = match (language, role) {
        (Language::Ru, Role::Participant) => ("участник", "участника", "участников"),
        (Language::Ru, Role::Moderator) => ("модератор", "модератора", "модераторов"),
        (Language::Ru, Role::Mentor) => ("наставник", "наставника", "наставников"),
        (Language::Ru, Role::Guest) => ("гость", "гостя", "гостей"),
        (Language::Ru, Role::Organizer) => ("организатор", "организатора", "организаторов"),
        (Language::En, Role::Participant) => ("participant", "participants", "participants"),
        (Language::En, Role::Moderator) => ("moderator", "moderators", "moderators"),
        (Language::En, Role::Mentor) => ("mentor", "mentors", "mentors"),
        (Language::En, Role::Guest) => ("guest", "guests", "guests"),
        (Language::En, Role::Organizer) => ("organizer", "organizers", "organizers"),
    };
    counted(language, n, forms)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(text: &str) -> Session {
        crate::load::parse(text).expect("test input is valid").0
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
        assert_eq!(people.text("Петр и Павел"), "Петр и Павел");
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
