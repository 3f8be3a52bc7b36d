//! Finding the names of a session's people in any text, in any case form, and putting a role
//! word in their place: what `--anonymize` does to every string of a document.
//!
//! The rule: each word of a person's name (surname, first name, patronymic) is known in all
//! its case forms ([`crate::i18n::declension`]), in both genders when the gender is unknown. A word
//! of the text that is one of these forms — compared in lower case with «ё» as «е», as a
//! whole word — is a name, together with the initials and other name words right next to
//! it («Соколова М. В.», «М.В. Соколовой», «Соколова МВ», «Павлу Андреевичу»). Two initials
//! with dots on their own («Н. В.») are a name when they are some person's initials. Forms of
//! one or two letters («Ли», «Ян») count only when capitalised, so that the particle «ли»
//! stays; longer ones count in any letter case, and an ordinary word that happens to be a
//! case form of a participant's name («роман», «льва») is taken out too: a small loss for a
//! document that must name nobody. A word that only begins like a name («Орловская» for
//! «Орлов») is not a case form and stays. The written form of each name word is known in
//! Latin letters too (links, file names), and so is each participant's `id`.

use std::collections::HashMap;

use crate::i18n::declension::{self, Gender, Part};
use crate::session::model::Role;

/// Who a found name stands for: a role of the session, or someone outside the roster
/// (a decision's owner, a product's author).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Role(Role),
    Responsible,
}

/// One person the scrubber knows.
#[derive(Debug)]
struct Person {
    who: Who,
    /// The first letters (folded) of the words of the name, and the explicit initials.
    initials: Vec<char>,
    /// First name and patronymic initials, when both are known: «Н. В.» alone means them.
    pair: Option<(char, char)>,
}

/// A name found in a text: its byte range and whom it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub who: Who,
}

/// Every form of the names of a set of people, ready to find them in text.
#[derive(Debug, Default)]
pub struct NameScrubber {
    persons: Vec<Person>,
    /// A folded word form → the persons whose name has it.
    forms: HashMap<String, Vec<usize>>,
}

/// The words of a name as written: name words and explicit initials.
#[derive(Debug, Default, PartialEq)]
struct NameWords {
    words: Vec<String>,
    initials: Vec<char>,
}

impl NameScrubber {
    pub fn new() -> Self {
        Self::default()
    }

    /// A participant: the words of `name` (see `name_words`), and the `id`, which may be
    /// written in free text too.
    pub fn add_participant(&mut self, name: &str, id: Option<&str>, who: Who) {
        let words = name_words(name, true);
        let index = self.add(words, who);
        if let (Some(index), Some(id)) = (index, id) {
            let id = fold(id.trim());
            if id.chars().count() >= 4 && id.chars().all(|c| c.is_alphabetic() || c == '-') {
                self.insert(id, index);
            }
        }
    }

    /// A name in free text (an organizer, an owner, an author): lower-case words are taken
    /// for a job title («методист Соколова М. В.») and left out; nothing is added when the
    /// text does not look like a person's name («методическое объединение»).
    /// Several people separated by commas or semicolons are taken one by one.
    pub fn add_free_text(&mut self, text: &str, who: Who) {
        for one in text.split([',', ';']) {
            let words = name_words(one, false);
            if looks_like_a_person(&words) {
                self.add(words, who);
            }
        }
    }

    fn insert(&mut self, form: String, person: usize) {
        let list = self.forms.entry(form).or_default();
        if !list.contains(&person) {
            list.push(person);
        }
    }

    fn add(&mut self, name: NameWords, who: Who) -> Option<usize> {
        if name.words.is_empty() {
            return None;
        }
        let words = &name.words;
        // The patronymic: a word after the first one with a patronymic ending.
        let middle = (1..words.len()).rev().find(|&i| is_patronymic(&words[i]));
        // The first name just before it: «Соколова Марина Викторовна», «Марина Викторовна».
        let first = middle.map(|m| m - 1);
        let gender = declension::detect_gender(
            words.first().map(String::as_str),
            first.and_then(|f| words.get(f)).map(String::as_str),
            middle.map(|m| words[m].as_str()),
        );
        let genders: &[Gender] = match gender {
            Gender::Male => &[Gender::Male],
            Gender::Female => &[Gender::Female],
            Gender::Androgynous => &[Gender::Male, Gender::Female],
        };
        let index = self.persons.len();
        let mut initials: Vec<char> = name.initials.clone();
        for word in words {
            if let Some(c) = word.chars().next() {
                initials.push(fold_char(c));
            }
        }
        let latin: Vec<char> = initials
            .iter()
            .flat_map(|c| transliterations(&c.to_string()))
            .filter_map(|t| t.chars().next())
            .collect();
        for c in latin {
            if !initials.contains(&c) {
                initials.push(c);
            }
        }
        let pair = match (first, middle) {
            (Some(f), Some(m)) => initial_of(&words[f]).zip(initial_of(&words[m])),
            _ => match name.initials.as_slice() {
                [a, b] => Some((*a, *b)),
                _ => None,
            },
        };
        self.persons.push(Person {
            who,
            initials,
            pair,
        });
        for (i, word) in words.iter().enumerate() {
            let parts: &[Part] = if Some(i) == middle {
                &[Part::Middle]
            } else {
                // Which word is the surname is a guess («Anna Ivanova», «Марина Соколова»):
                // each other word is declined both ways.
                &[Part::Last, Part::First]
            };
            let mut forms: Vec<String> = Vec::new();
            for &part in parts {
                for form in declension::all_forms(word, part, genders) {
                    let form = fold(&form);
                    if !forms.contains(&form) {
                        forms.push(form);
                    }
                }
            }
            // Each part of a double surname is a name on its own too («Водкиной»).
            if word.contains('-') {
                for form in forms.clone() {
                    for piece in form.split('-') {
                        if piece.chars().count() >= 3 && !forms.iter().any(|f| f == piece) {
                            forms.push(piece.to_string());
                        }
                    }
                }
            }
            // The word as written in Latin letters, the way it turns up in links and file
            // names («https://…/pokrovskii», «Sokolova_MV.docx»). Only the nominative: the
            // Latin case forms would be English words («Нине» → «nine»).
            let nominative = fold(word);
            let latin: Vec<String> = std::iter::once(nominative.as_str())
                .chain(nominative.split('-').filter(|_| nominative.contains('-')))
                .flat_map(transliterations)
                .collect();
            for form in forms.into_iter().chain(latin) {
                if form.chars().count() >= 2 {
                    self.insert(form, index);
                }
            }
        }
        Some(index)
    }

    /// The persons a word of text may name.
    fn persons_of(&self, word: &str) -> &[usize] {
        let short = word.chars().count() <= 2;
        if short && !word.chars().next().is_some_and(char::is_uppercase) {
            return &[];
        }
        self.forms.get(&fold(word)).map_or(&[], Vec::as_slice)
    }

    /// The persons a token names: the whole token, else any part of a hyphenated one.
    fn token_persons(&self, word: &str) -> Vec<usize> {
        let whole = self.persons_of(word);
        if !whole.is_empty() || !word.contains(HYPHENS) {
            return whole.to_vec();
        }
        let mut out: Vec<usize> = Vec::new();
        for piece in word.split(HYPHENS) {
            for &p in self.persons_of(piece) {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// The names found in `text`, left to right, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Found> {
        if self.persons.is_empty() {
            return Vec::new();
        }
        let tokens = tokenize(text);
        let hits: Vec<Vec<usize>> = tokens.iter().map(|t| self.token_persons(t.text)).collect();
        let initials: Vec<Option<Vec<char>>> = tokens.iter().map(initials_of_token).collect();
        let is_initial = |k: usize| hits[k].is_empty() && initials[k].is_some();
        // The token ranges of the names found, and whom each names.
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if hits[i].is_empty() {
                i += 1;
                continue;
            }
            let mut candidates = hits[i].clone();
            // Initials before the name: «М. В. Соколова», «МВ Соколова».
            let mut first = i;
            while first > 0 {
                let k = first - 1;
                if spans.last().is_some_and(|s| s.1 >= k) {
                    break;
                }
                let Some(letters) = initials[k].as_deref().filter(|_| is_initial(k)) else {
                    break;
                };
                let gap = &text[tokens[k].end..tokens[first].start];
                if !(gap.starts_with('.') || letters.len() > 1) || !gap_is(gap, true) {
                    break;
                }
                let narrowed = self.with_initials(&candidates, letters);
                if narrowed.is_empty() {
                    break;
                }
                candidates = narrowed;
                first = k;
            }
            // Name words and initials after it: «Соколова М. В.», «Павлу Андреевичу».
            let mut last = i;
            while last + 1 < tokens.len() {
                let j = last + 1;
                let gap = &text[tokens[last].end..tokens[j].start];
                // A dot ends a sentence after a name word, but not after an initial.
                if !gap_is(gap, is_initial(last)) {
                    break;
                }
                let common: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|p| hits[j].contains(p))
                    .collect();
                if !common.is_empty() {
                    candidates = common;
                    last = j;
                    continue;
                }
                // Another person's name, unless it can be this one's initials («Solovei_LI»).
                let Some(letters) = &initials[j] else { break };
                let dotted = text[tokens[j].end..].starts_with('.');
                // Two initials without dots, «Покровскому П А», but not the one capital
                // letter that starts the next sentence («…Соколовой. В следующем…»).
                let undotted_pair = j + 1 < tokens.len()
                    && is_initial(j + 1)
                    && initials[j + 1].as_ref().is_some_and(|l| l.len() == 1)
                    && gap_is(&text[tokens[j].end..tokens[j + 1].start], false);
                if !(dotted || letters.len() > 1 || undotted_pair) {
                    break;
                }
                let narrowed = self.with_initials(&candidates, letters);
                if narrowed.is_empty() {
                    break;
                }
                candidates = narrowed;
                last = j;
                if undotted_pair && !dotted {
                    let second = initials[j + 1].as_deref().unwrap_or_default();
                    let narrowed = self.with_initials(&candidates, second);
                    if narrowed.is_empty() {
                        break;
                    }
                    candidates = narrowed;
                    last = j + 1;
                }
            }
            spans.push((first, last, candidates[0]));
            i = last + 1;
        }
        // Two initials with dots on their own, «Н. В.», «Н.В.», outside the names found.
        let mut covered = vec![false; tokens.len()];
        for &(first, last, _) in &spans {
            covered[first..=last].iter_mut().for_each(|c| *c = true);
        }
        let mut k = 0;
        while k + 1 < tokens.len() {
            let j = k + 1;
            if let (false, false, Some([a]), Some([b])) = (
                covered[k],
                covered[j],
                initials[k].as_deref(),
                initials[j].as_deref(),
            ) {
                let gap = &text[tokens[k].end..tokens[j].start];
                let dotted = gap.starts_with('.') && text[tokens[j].end..].starts_with('.');
                let owner = self.persons.iter().position(|p| p.pair == Some((*a, *b)));
                if let (true, true, Some(person)) = (dotted, gap_is(gap, true), owner) {
                    spans.push((k, j, person));
                    k = j + 1;
                    continue;
                }
            }
            k += 1;
        }
        spans.sort_unstable();
        spans
            .into_iter()
            .map(|(first, last, person)| {
                let mut end = tokens[last].end;
                if is_initial(last) && text[end..].starts_with('.') {
                    end += 1;
                }
                Found {
                    start: tokens[first].start,
                    end,
                    who: self.persons[person].who,
                }
            })
            .collect()
    }

    /// The candidates whose initials include every letter of `letters`.
    fn with_initials(&self, candidates: &[usize], letters: &[char]) -> Vec<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&p| letters.iter().all(|l| self.persons[p].initials.contains(l)))
            .collect()
    }

    /// Every string inside `value` scrubbed (object keys are the program's own and stay).
    pub fn scrub_value(&self, value: &mut serde_json::Value, word: &dyn Fn(Who) -> String) {
        match value {
            serde_json::Value::String(s) => {
                let scrubbed = self.replace(s, word);
                if scrubbed != *s {
                    *s = scrubbed;
                }
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    self.scrub_value(item, word);
                }
            }
            serde_json::Value::Object(map) => {
                for (_, item) in map.iter_mut() {
                    self.scrub_value(item, word);
                }
            }
            _ => {}
        }
    }

    /// `text` with every name replaced by its role word in brackets («\[модератор\]»),
    /// capitalised at the start of a sentence. An editor's insertion in brackets: the role
    /// cannot take the name's case ending.
    pub fn replace(&self, text: &str, word: &dyn Fn(Who) -> String) -> String {
        let found = self.find(text);
        if found.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for f in found {
            out.push_str(&text[at..f.start]);
            let role = word(f.who);
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
                out.push_str(&role);
            }
            out.push(']');
            at = f.end;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// Between two words of one name: spaces (underscores in file names) only, or (after an
/// initial) a dot and spaces.
fn gap_is(gap: &str, dot_allowed: bool) -> bool {
    let mut dots = 0;
    for c in gap.chars() {
        match c {
            '.' if dot_allowed => dots += 1,
            // «Sokolova_MV.docx»: file names join the words with underscores.
            ' ' | '\t' | '\u{a0}' | '_' => {}
            _ => return false,
        }
    }
    dots <= 1
}

/// A token that may be initials: one capital letter («Н» of «Н.»), or two or three capitals
/// written together («НВ»).
fn initials_of_token(token: &Token<'_>) -> Option<Vec<char>> {
    let chars: Vec<char> = token.text.chars().collect();
    let all_capitals = chars.iter().all(|c| c.is_uppercase());
    match chars.len() {
        1 if all_capitals => Some(vec![fold_char(chars[0])]),
        2 | 3 if all_capitals => Some(chars.into_iter().map(fold_char).collect()),
        _ => None,
    }
}

fn initial_of(word: &str) -> Option<char> {
    word.chars().next().map(fold_char)
}

/// The patronymic endings (-вич/-ич, -вна/-чна/-ична, and the Turkic оглы/кызы).
fn is_patronymic(word: &str) -> bool {
    let w = fold(word);
    ["вич", "ич", "вна", "чна", "оглы", "кызы", "улы", "уулу"]
        .iter()
        .any(|s| w.ends_with(s))
        && w.chars().count() > 4
}

/// Does free text name a person: initials next to a name word, a patronymic, two or three
/// capitalised words, or one word with a surname's ending.
fn looks_like_a_person(name: &NameWords) -> bool {
    let n = name.words.len();
    if n == 0 {
        return false;
    }
    if !name.initials.is_empty() || name.words.iter().any(|w| is_patronymic(w)) {
        return true;
    }
    if (2..=3).contains(&n) {
        return true;
    }
    n == 1 && {
        let w = fold(&name.words[0]);
        [
            "ов", "ова", "ев", "ева", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая",
            "ко", "юк", "ук", "ых", "их",
        ]
        .iter()
        .any(|s| w.ends_with(s))
    }
}

/// The name words and initials of a name as written. A participant's name (`every_word`)
/// in lower case or in capitals counts word by word; otherwise only capitalised words are
/// name words: lower-case ones are a job title or a note («методист Соколова М. В.»,
/// «Иванова Мария (воспитатель)»), and a longer word in capitals is an abbreviation
/// («МБДОУ»). One capital letter is an initial, two or three together («НВ») too.
fn name_words(text: &str, every_word: bool) -> NameWords {
    let tokens = tokenize(text);
    let shape = |t: &Token<'_>| {
        let chars: Vec<char> = t.text.chars().collect();
        let capital = chars.first().is_some_and(|c| c.is_uppercase());
        let all_capitals = chars.iter().all(|c| !c.is_lowercase());
        (chars, capital, all_capitals)
    };
    let capitalised = |t: &Token<'_>| {
        let (chars, capital, all_capitals) = shape(t);
        chars.len() > 1 && capital && !all_capitals
    };
    // «ПЕТРОВА МАРИЯ», «петрова мария»: no word is written the usual way, so each counts.
    let each_word = every_word && !tokens.iter().any(capitalised);
    let mut out = NameWords::default();
    for token in &tokens {
        let (chars, capital, all_capitals) = shape(token);
        if chars.iter().any(|c| c.is_numeric()) {
            continue;
        }
        if each_word && chars.len() > 1 {
            out.words.push(clean(token.text));
        } else if chars.len() == 1 {
            if capital {
                out.initials.push(fold_char(chars[0]));
            }
        } else if all_capitals {
            if chars.len() <= 3 {
                // «Петрова НВ».
                out.initials.extend(chars.iter().copied().map(fold_char));
            }
        } else if capital {
            out.words.push(clean(token.text));
        }
    }
    out
}

/// A word of text with its byte range.
struct Token<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

/// Words: letters and digits, with hyphens inside («Петрова-Водкина»).
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut start = None;
    fn push<'t>(text: &'t str, s: usize, e: usize, tokens: &mut Vec<Token<'t>>) {
        let word = text[s..e].trim_end_matches(HYPHENS);
        if !word.is_empty() {
            tokens.push(Token {
                text: word,
                start: s,
                end: s + word.len(),
            });
        }
    }
    for (i, c) in text.char_indices() {
        let part_of_word = c.is_alphanumeric()
            || (start.is_some() && (HYPHENS.contains(&c) || is_inside_a_word(c)));
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(text, s, i, &mut tokens);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(text, s, text.len(), &mut tokens);
    }
    tokens
}

/// The hyphen, and the Unicode hyphens a word processor puts in double surnames.
const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// Characters that do not break a word: combining accents (a «й» typed as «и» and a breve),
/// the soft hyphen and the zero-width ones pasted from web pages.
fn is_inside_a_word(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// A folded Cyrillic word in Latin letters: the passport system (ICAO 9303, «ий» → «ii»,
/// «х» → «kh») and the common one of e-mail addresses and links («ий» → «y», «я» → «ya»,
/// «х» → «h»), when they differ from the word. Nothing for a word that is not Cyrillic.
fn transliterations(word: &str) -> Vec<String> {
    if !word.chars().any(|c| ('а'..='я').contains(&c) || c == 'ё') {
        return Vec::new();
    }
    let passport = |c: char| -> &'static str {
        match c {
            '-' => "-",
            c => crate::i18n::latin::passport(c).unwrap_or("?"),
        }
    };
    let common = |c: char| -> &'static str {
        match c {
            'й' => "y",
            'х' => "h",
            'щ' => "sch",
            'ъ' => "",
            'ю' => "yu",
            'я' => "ya",
            'ё' => "yo",
            other => passport(other),
        }
    };
    let mut out: Vec<String> = Vec::new();
    for map in [&passport as &dyn Fn(char) -> &'static str, &common] {
        let mut latin: String = word.chars().map(map).collect();
        if latin.contains('?') {
            continue;
        }
        for (ending, short) in [("iy", "y"), ("ii", "y"), ("yy", "y")] {
            if latin.ends_with(ending) {
                let mut alt = latin[..latin.len() - ending.len()].to_string();
                alt.push_str(short);
                if !out.contains(&alt) {
                    out.push(alt);
                }
            }
        }
        if !out.contains(&latin) {
            out.push(std::mem::take(&mut latin));
        }
    }
    out
}

/// A word as written, with «й» and «ё» typed as a letter and a combining mark composed,
/// stress marks and invisible characters dropped, Unicode hyphens made plain.
fn clean(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let composed = match (out.chars().last(), c) {
            (Some('и'), '\u{306}') => Some('й'),
            (Some('И'), '\u{306}') => Some('Й'),
            (Some('е'), '\u{308}') => Some('ё'),
            (Some('Е'), '\u{308}') => Some('Ё'),
            _ => None,
        };
        match composed {
            Some(letter) => {
                out.pop();
                out.push(letter);
            }
            None if HYPHENS.contains(&c) => out.push('-'),
            None if is_inside_a_word(c) => {}
            None => out.push(c),
        }
    }
    out
}

/// Lower case with «ё» as «е», the way names are compared (after `clean`).
pub fn fold(word: &str) -> String {
    clean(word).to_lowercase().replace('ё', "е")
}

fn fold_char(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    if lower == 'ё' { 'е' } else { lower }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scrubber() -> NameScrubber {
        let mut s = NameScrubber::new();
        s.add_participant(
            "Покровский Павел Андреевич",
            None,
            Who::Role(Role::Moderator),
        );
        s.add_participant("Соловей Лев Ильич", None, Who::Role(Role::Mentor));
        s.add_participant("Орёл Игорь Петрович", None, Who::Role(Role::Participant));
        s.add_participant("Ким Сергей", Some("kim"), Who::Role(Role::Guest));
        s.add_participant(
            "Петрова-Водкина Анна Сергеевна",
            Some("vodkina"),
            Who::Role(Role::Participant),
        );
        s.add_free_text("методист Соколова М. В.", Who::Role(Role::Organizer));
        s.add_participant("Ли Мария", None, Who::Role(Role::Guest));
        s.add_free_text("методическое объединение", Who::Responsible);
        s
    }

    fn scrub(text: &str) -> String {
        scrubber().replace(text, &|who| match who {
            Who::Role(r) => {
                crate::i18n::lang::role_name(crate::session::model::Language::Ru, r).to_string()
            }
            Who::Responsible => "ответственный".to_string(),
        })
    }

    #[test]
    fn declined_names_and_patronymics() {
        assert_eq!(
            scrub("Спасибо Павлу Андреевичу и Льву Ильичу!"),
            "Спасибо [модератор] и [наставник]!"
        );
        assert_eq!(scrub("доклад Покровского"), "доклад [модератор]");
        assert_eq!(
            scrub("у Павла, у Соловья, у Орла"),
            "у [модератор], у [наставник], у [участник]"
        );
        assert_eq!(scrub("доклад Кима"), "доклад [гость]");
        assert_eq!(scrub("с Петровой-Водкиной"), "с [участник]");
        assert_eq!(scrub("с Водкиной"), "с [участник]");
        assert_eq!(
            scrub("лев ильич и покровскому"),
            "[Наставник] и [модератор]"
        );
    }

    #[test]
    fn initials_in_either_order_with_and_without_dots() {
        for text in [
            "Соколова М. В.",
            "Соколова М.В.",
            "Соколова МВ",
            "Соколова М В",
            "Соколова МВ.",
            "М. В. Соколова",
            "М.В. Соколовой",
            "МВ Соколова",
            "Соколовой",
        ] {
            assert_eq!(
                scrub(&format!("отчёт {text}")),
                "отчёт [организатор]",
                "{text}"
            );
        }
        assert_eq!(
            scrub("Поручено методисту Соколовой. В следующем году"),
            "Поручено методисту [организатор]. В следующем году"
        );
        assert_eq!(scrub("поручить А. С."), "поручить [участник]");
        assert_eq!(
            scrub("поручить П. А. и Л. И."),
            "поручить [модератор] и [наставник]"
        );
        assert_eq!(scrub("МО и ДО"), "МО и ДО");
        assert_eq!(scrub("Соколова В и М"), "[Организатор] В и М");
    }

    #[test]
    fn what_stays() {
        assert_eq!(scrub("Орловская область"), "Орловская область");
        assert_eq!(scrub("так ли это"), "так ли это");
        assert_eq!(
            scrub("методическое объединение"),
            "методическое объединение"
        );
        assert_eq!(scrub("vodkina и kim"), "[Участник] и [гость]");
        assert_eq!(scrub("Pavel, pavlu"), "[Модератор], pavlu");
        // Pasted from a web page or a word processor.
        assert_eq!(
            scrub("Пок\u{ad}ровского и Андреи\u{306}"),
            "[Модератор] и Андреи\u{306}"
        );
        assert_eq!(scrub("Петровой\u{2011}Водкиной"), "[Участник]");
        // A stress mark.
        assert_eq!(
            scrub("спасибо Па\u{301}влу Андре\u{301}евичу"),
            "спасибо [модератор]"
        );
        assert_eq!(
            scrub("https://example.org/Pokrovskii_PA/pokrovsky/Sokolova-MV.docx"),
            "https://example.org/[модератор]/[модератор]/[организатор].docx"
        );
        assert_eq!(scrub("доклад Ли"), "доклад [гость]");
    }

    #[test]
    fn a_name_with_a_stress_mark_is_found_without_it() {
        let mut s = NameScrubber::new();
        s.add_participant("Андре\u{301}ев Ю\u{301}рий", None, Who::Responsible);
        let found = s.find("доклад Андреева и Юрию");
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn what_looks_like_a_name() {
        assert!(looks_like_a_person(&name_words("Петрова Н. В.", false)));
        assert!(looks_like_a_person(&name_words("Иванова", false)));
        assert!(!looks_like_a_person(&name_words("Заведующая", false)));
        assert!(!looks_like_a_person(&name_words("МБДОУ № 5", false)));
        assert_eq!(
            name_words("Иванова Мария (воспитатель)", true).words,
            ["Иванова", "Мария"]
        );
        assert_eq!(
            name_words("ПЕТРОВА МАРИЯ", true).words,
            ["ПЕТРОВА", "МАРИЯ"]
        );
        assert_eq!(
            name_words("петрова мария", true).words,
            ["петрова", "мария"]
        );
        let short = name_words("Петрова НВ", true);
        assert_eq!((short.words.len(), short.initials), (1, vec!['н', 'в']));
    }
}
