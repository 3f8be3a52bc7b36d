//! The groups view: who works in which group, who leads it, and who was left out and why.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::i18n::collate;
use crate::i18n::lang;
use crate::session::model::{Language, Role, Session};
use crate::session::roster::Roster;
use crate::view::Header;
use crate::view::grouping::{self, Candidate};
use crate::view::labels::{LabelTable, labels_with};

/// The document's own words: key, Russian, English.
pub(crate) const OWN_LABELS: &LabelTable = &[
    ("groups_title", "doc-groups-groups_title"),
    ("group", "doc-groups-group"),
    ("number", "doc-groups-number"),
    ("full_name", "doc-groups-full_name"),
    ("position", "doc-groups-position"),
    ("organization", "doc-groups-organization"),
    ("experience", "doc-groups-experience"),
    ("note", "doc-groups-note"),
    ("leader", "doc-groups-leader"),
    ("young", "doc-groups-young"),
    ("left_out", "doc-groups-left_out"),
    ("absent", "doc-groups-absent"),
    ("excused", "doc-groups-excused"),
    ("date", "doc-groups-date"),
];

#[derive(Debug, Clone, Serialize)]
pub struct GroupsView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    /// The day whose attendance limited the split, if any.
    pub day: Option<DayRef>,
    pub groups: Vec<GroupView>,
    pub left_out: Vec<LeftOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayRef {
    pub number: usize,
    pub date: String,
    pub date_text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub number: usize,
    pub size: usize,
    /// "5 чел." / "5 people".
    pub size_text: String,
    pub leaders: usize,
    pub young: usize,
    pub members: Vec<MemberView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemberView {
    /// Index in the file's `[[participants]]`, 0-based.
    #[serde(skip)]
    pub participant: usize,
    pub name: String,
    pub id: Option<String>,
    pub position: Option<String>,
    pub organization: Option<String>,
    pub experience: Option<i64>,
    pub role: &'static str,
    pub leader: bool,
    pub young: bool,
    /// "наставник группы", "молодой педагог" or empty.
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeftOut {
    #[serde(skip)]
    pub participant: usize,
    pub name: String,
    pub id: Option<String>,
    /// "organizer", "guest" or "absent".
    pub reason: &'static str,
    pub reason_text: &'static str,
}

/// Who takes part in group work.
#[derive(Debug, Clone, Copy)]
pub struct Selection {
    /// Only those present on this day (1-based), when given.
    pub day: Option<usize>,
    /// Organizers and guests too.
    pub include_all: bool,
}

fn size_text(lang: Language, n: usize) -> String {
    match lang {
        Language::Ru => format!("{n} чел."),
        Language::En if n == 1 => "1 person".to_string(),
        Language::En => format!("{n} people"),
    }
}

/// Builds the groups of a valid session. The caller checks that `count` fits.
pub fn build(session: &Session, count: usize, selection: Selection) -> GroupsView {
    let lang = session.info.language;
    let labels = labels_with(lang, OWN_LABELS);
    let session_org = session
        .info
        .organization
        .as_ref()
        .map(|o| o.value.trim().to_string())
        .filter(|o| !o.is_empty());
    let present = present_on(session, selection.day);
    let (eligible, left_out) = eligible(session, selection, present.as_ref());
    let text = |s: &Option<crate::session::model::Sp<String>>| {
        s.as_ref()
            .map(|v| v.value.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let candidates: Vec<Candidate> = eligible
        .iter()
        .map(|&i| {
            let p = &session.participants[i];
            Candidate {
                name: p.name().to_string(),
                organization: text(&p.organization)
                    .or_else(|| session_org.clone())
                    .unwrap_or_default(),
                experience: p.experience.as_ref().map(|e| e.value),
                mentor: p.role == Role::Mentor,
            }
        })
        .collect();
    let split = grouping::split(&candidates, count);
    let groups = split
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let members: Vec<MemberView> = group
                .members
                .iter()
                .map(|&c| {
                    let i = eligible[c];
                    let p = &session.participants[i];
                    let leader = group.leaders.contains(&c);
                    let young = candidates[c].is_young();
                    let note = if leader {
                        labels.get("leader").copied().unwrap_or_default()
                    } else if young {
                        labels.get("young").copied().unwrap_or_default()
                    } else {
                        ""
                    };
                    MemberView {
                        participant: i,
                        name: p.name().trim().to_string(),
                        id: p.id.as_ref().map(|id| id.value.clone()),
                        position: text(&p.position),
                        organization: text(&p.organization).or_else(|| session_org.clone()),
                        experience: p.experience.as_ref().map(|e| e.value),
                        role: p.role.id(),
                        leader,
                        young,
                        note: note.to_string(),
                    }
                })
                .collect();
            GroupView {
                number: g + 1,
                size: members.len(),
                size_text: size_text(lang, members.len()),
                leaders: members.iter().filter(|m| m.leader).count(),
                young: members.iter().filter(|m| m.young).count(),
                members,
            }
        })
        .collect();
    let left_out = left_out
        .into_iter()
        .map(|(i, reason)| {
            let p = &session.participants[i];
            LeftOut {
                participant: i,
                name: p.name().trim().to_string(),
                id: p.id.as_ref().map(|id| id.value.clone()),
                reason: reason.id(),
                reason_text: match reason {
                    Reason::Absent => labels.get("absent").copied().unwrap_or_default(),
                    Reason::Excused => labels.get("excused").copied().unwrap_or_default(),
                    Reason::Role(role) => lang::role_name(lang, role),
                },
            }
        })
        .collect();
    let day = selection.day.and_then(|n| {
        n.checked_sub(1)
            .and_then(|i| session.info.dates.get(i))
            .map(|d| DayRef {
                number: n,
                date: d.value.format("%Y-%m-%d").to_string(),
                date_text: lang::date(lang, d.value),
            })
    });
    GroupsView {
        header: Header::new(session),
        labels,
        day,
        groups,
        left_out,
    }
}

#[derive(Debug, Clone, Copy)]
enum Reason {
    Role(Role),
    Absent,
    Excused,
}

impl Reason {
    fn id(self) -> &'static str {
        match self {
            Self::Role(role) => role.id(),
            Self::Absent => "absent",
            Self::Excused => "excused",
        }
    }
}

/// Splits the roster into those who take part and those left out (alphabetical), in
/// file order for the former.
fn eligible(
    session: &Session,
    selection: Selection,
    present: Option<&(HashSet<usize>, HashSet<usize>)>,
) -> (Vec<usize>, Vec<(usize, Reason)>) {
    let mut taking_part = Vec::new();
    let mut left_out = Vec::new();
    for (i, p) in session.participants.iter().enumerate() {
        if !selection.include_all && matches!(p.role, Role::Organizer | Role::Guest) {
            left_out.push((i, Reason::Role(p.role)));
        } else if let Some((present, excused)) = present
            && !present.contains(&i)
        {
            let reason = if excused.contains(&i) {
                Reason::Excused
            } else {
                Reason::Absent
            };
            left_out.push((i, reason));
        } else {
            taking_part.push(i);
        }
    }
    collate::sort_by_text(&mut left_out, |(i, _)| session.participants[*i].name());
    (taking_part, left_out)
}

/// How many people [`build`] would place: to check `--count` before building.
pub fn eligible_count(session: &Session, selection: Selection) -> usize {
    let present = present_on(session, selection.day);
    eligible(session, selection, present.as_ref()).0.len()
}

/// Those recorded present and excused on `day`, when a day is given.
fn present_on(session: &Session, day: Option<usize>) -> Option<(HashSet<usize>, HashSet<usize>)> {
    let day = day?;
    let roster = Roster::new(session);
    let records = || {
        session
            .attendance
            .iter()
            .filter(move |a| a.day.as_ref().is_some_and(|d| d.value == day as i64))
    };
    let resolve = |r: &crate::session::model::Sp<String>| roster.resolve(&r.value);
    Some((
        records()
            .flat_map(|a| a.present.iter())
            .filter_map(resolve)
            .collect(),
        records()
            .flat_map(|a| a.excused.iter())
            .filter_map(resolve)
            .collect(),
    ))
}
