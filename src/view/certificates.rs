//! The certificates view: one page per certificate, of participation and of presenting experience.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::i18n::collate;
use crate::i18n::declension::{self, Gender};
use crate::session::model::{Language, Session, Signatures};
use crate::session::roster::Roster;
use crate::view::labels::{LabelTable, labels_with};
use crate::view::{Header, SignatoryView};

/// The certificates' own words.
pub(crate) const OWN_LABELS: &LabelTable = &[
    ("certificates_title", "doc-cert-certificates_title"),
    ("certificate", "doc-cert-certificate"),
    ("of_participation", "doc-cert-of_participation"),
    ("of_presentation", "doc-cert-of_presentation"),
    ("certifies", "doc-cert-certifies"),
    ("signature", "doc-cert-signature"),
    ("no_certificates", "doc-cert-no_certificates"),
];

#[derive(Debug, Clone, Serialize)]
pub struct CertificatesView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    /// «в объёме 6 часов» / "6 hours", when `[session] hours` is given.
    pub hours_text: Option<String>,
    /// Who signs: `[approval]` of the session, else of `cowork.toml`; `None` prints an
    /// empty signature block (the command warns).
    pub approval: Option<SignatoryView>,
    pub certificates: Vec<CertificateView>,
}

/// One certificate: one printed page.
#[derive(Debug, Clone, Serialize)]
pub struct CertificateView {
    /// "participation" or "presentation".
    pub kind: &'static str,
    /// «участника» under the word СЕРТИФИКАТ, or nothing for a presenter's.
    pub subtitle: Option<&'static str>,
    /// The name as written in the session file (nominative).
    pub name: String,
    pub id: Option<String>,
    /// What the certificate is for: «приняла участие в методическом коворкинге».
    pub statement: String,
    /// For a presenter: the activities held, as the plan titles them.
    pub activities: Vec<String>,
    /// «Тема выступления» / «Темы выступлений», for a presenter.
    pub activities_label: Option<String>,
}

/// Who gets which certificates; `only`: the participant whose certificates alone are kept.
#[derive(Debug, Clone, Copy)]
pub struct Selection {
    /// Everyone registered counts as present (no attendance recorded, `--all-registered`).
    pub all_registered: bool,
    pub only: Option<usize>,
}

/// Builds the certificates of a valid session: participation for everyone present on at
/// least one recorded day (or everyone registered), presentation for every moderator of an
/// activity that is not a break; each kind in alphabetical order of names.
pub fn build(session: &Session, selection: Selection, workspace: &Signatures) -> CertificatesView {
    let lang = session.info.language;
    let labels = labels_with(lang, OWN_LABELS);
    let roster = Roster::new(session);
    let wanted = |i: Option<usize>| selection.only.is_none() || selection.only == i;

    let present: BTreeSet<usize> = if selection.all_registered {
        (0..session.participants.len()).collect()
    } else {
        session
            .attendance
            .iter()
            .flat_map(|a| a.present.iter())
            .filter_map(|r| roster.resolve(&r.value))
            .collect()
    };
    let mut participants: Vec<usize> = present.into_iter().filter(|&i| wanted(Some(i))).collect();
    collate::sort_by_text(&mut participants, |&i| session.participants[i].name());

    // Presenters by participant, or by the name as written for someone not registered;
    // the activities of each in the order of the file.
    let mut presenters: BTreeMap<Result<usize, String>, Vec<String>> = BTreeMap::new();
    for a in session.activities.iter().filter(|a| !a.is_break()) {
        let title = held_title(lang, a.format.as_ref().map(|f| f.value.as_str()), a.title());
        for m in &a.moderators {
            let who = roster
                .resolve(&m.value)
                .ok_or_else(|| m.value.trim().to_string());
            if !wanted(who.as_ref().ok().copied()) || who.as_ref().is_err_and(|n| n.is_empty()) {
                continue;
            }
            let held = presenters.entry(who).or_default();
            if !held.contains(&title) {
                held.push(title.clone());
            }
        }
    }
    let mut presenters: Vec<(Result<usize, String>, Vec<String>)> =
        presenters.into_iter().collect();
    let name_of = |who: &Result<usize, String>| match who {
        Ok(i) => session.participants[*i].name().trim().to_string(),
        Err(name) => name.clone(),
    };
    collate::sort_by_text(&mut presenters, |(who, _)| name_of(who));

    let mut certificates: Vec<CertificateView> = participants
        .into_iter()
        .map(|i| {
            let p = &session.participants[i];
            let name = p.name().trim().to_string();
            CertificateView {
                kind: "participation",
                subtitle: labels.get("of_participation").copied(),
                statement: statement(lang, Deed::TookPart, gender(&name)),
                name,
                id: p.id.as_ref().map(|id| id.value.clone()),
                activities: Vec::new(),
                activities_label: None,
            }
        })
        .collect();
    certificates.extend(presenters.into_iter().map(|(who, activities)| {
        let name = name_of(&who);
        CertificateView {
            kind: "presentation",
            subtitle: labels
                .get("of_presentation")
                .copied()
                .filter(|s| !s.is_empty()),
            statement: statement(lang, Deed::Presented, gender(&name)),
            id: who
                .ok()
                .and_then(|i| session.participants[i].id.as_ref())
                .map(|id| id.value.clone()),
            name,
            activities_label: Some(crate::tr_in!(
                lang,
                "doc-cert-activities",
                count = activities.len()
            )),
            activities,
        }
    }));

    let (approval, _) = workspace.of(session);
    let header = Header::new(session);
    CertificatesView {
        hours_text: header.hours.map(|h| hours(lang, h)),
        header,
        labels,
        approval: approval.map(|b| SignatoryView::new(b, lang)),
        certificates,
    }
}

/// An activity as a presenter's certificate names it, within a sentence: «мастер-класс
/// «Играем вместе»» (the format's first letter lowered unless it is an abbreviation, «ПМИ»),
/// or the title in quotes.
fn held_title(lang: Language, format: Option<&str>, title: &str) -> String {
    let title = crate::i18n::lang::quote(lang, title);
    match format.map(str::trim).filter(|f| !f.is_empty()) {
        Some(format) => {
            let mut chars = format.chars();
            let first = chars.next();
            let second = chars.next();
            let format = match (first, second) {
                (Some(c), Some(d)) if d.is_lowercase() => {
                    c.to_lowercase().chain(format.chars().skip(1)).collect()
                }
                _ => format.to_string(),
            };
            format!("{format} {title}")
        }
        None => title,
    }
}

/// What a certificate confirms.
#[derive(Debug, Clone, Copy)]
enum Deed {
    TookPart,
    Presented,
}

/// The person's gender as the name tells it, for the verb after the name: the name is
/// printed as written, in the nominative («Громова Елена Викторовна приняла участие»), as
/// Russian certificates print it — declining it («выдан Громовой Елене Викторовне») would
/// put a guessed form of a surname on a document, while a verb's ending is safe to pick:
/// the patronymic tells the gender reliably, else the first name or the surname; when none
/// does («Е. В. Громова», «Саша Ким»), the verb is written «принял(а)», as forms do.
fn gender(name: &str) -> Gender {
    let words: Vec<&str> = name.split_whitespace().collect();
    let word = |i: usize| words.get(i).copied().filter(|w| !w.ends_with('.'));
    match declension::detect_gender(word(0), word(1), word(2)) {
        // «Е. В. Громова»: the surname comes last.
        Gender::Androgynous if words.len() > 1 => {
            declension::detect_gender(word(words.len() - 1), None, None)
        }
        g => g,
    }
}

/// «приняла участие в методическом коворкинге», "took part in the teachers' coworking session".
fn statement(lang: Language, deed: Deed, gender: Gender) -> String {
    let gender = match gender {
        Gender::Male => "male",
        Gender::Female => "female",
        Gender::Androgynous => "other",
    };
    match deed {
        Deed::TookPart => crate::tr_in!(lang, "doc-cert-took-part", gender = gender),
        Deed::Presented => crate::tr_in!(lang, "doc-cert-presented", gender = gender),
    }
}

/// «в объёме 6 часов» (the genitive after «в объёме»: 1 часа, 2 часов, 21 часа), "6 hours".
pub fn hours(lang: Language, hours: i64) -> String {
    crate::tr_in!(lang, "doc-cert-hours", count = hours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_follow_the_plural_of_each_language() {
        let nb = crate::i18n::typography::NBSP;
        for (n, ru) in [
            (1, "1 часа"),
            (2, "2 часов"),
            (5, "5 часов"),
            (6, "6 часов"),
            (11, "11 часов"),
            (21, "21 часа"),
            (22, "22 часов"),
            (72, "72 часов"),
        ] {
            assert_eq!(
                hours(Language::Ru, n),
                format!("в объёме {}", ru.replace(' ', &nb.to_string()))
            );
        }
        assert_eq!(hours(Language::En, 1), format!("1{nb}hour"));
        assert_eq!(hours(Language::En, 6), format!("6{nb}hours"));
    }

    #[test]
    fn the_verb_agrees_with_the_name() {
        let ru = |name: &str| statement(Language::Ru, Deed::TookPart, gender(name));
        assert!(ru("Громова Елена Викторовна").starts_with("приняла участие"));
        assert!(ru("Петров Игорь Сергеевич").starts_with("принял участие"));
        assert!(ru("Е. В. Громова").starts_with("приняла участие"));
        assert!(ru("Ким Саша").starts_with("принял(а) участие"));
        let presented = statement(
            Language::Ru,
            Deed::Presented,
            gender("Васильева Наталья Петровна"),
        );
        assert!(
            presented.starts_with("представила опыт работы"),
            "{presented}"
        );
        assert_eq!(
            held_title(Language::Ru, Some("Мастер-класс"), "Играем вместе"),
            "мастер-класс «Играем вместе»"
        );
        assert_eq!(
            held_title(Language::Ru, Some("ПМИ"), "Итоги"),
            "ПМИ «Итоги»"
        );
        assert_eq!(held_title(Language::En, None, "Games"), "“Games”");
        let en = statement(Language::En, Deed::TookPart, Gender::Female);
        assert!(en.starts_with("took part in"), "{en}");
    }
}
