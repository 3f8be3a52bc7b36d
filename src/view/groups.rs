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
    ("facilitator", "doc-groups-facilitator"),
    ("no_group", "doc-groups-no_group"),
    ("theme", "doc-groups-theme"),
];

#[derive(Debug, Clone, Serialize)]
pub struct GroupsView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    /// The groups as the file records them (`group = K`), not computed by this run.
    pub recorded: bool,
    /// Whether the member tables print an organisation column (see
    /// [`crate::view::attendance::AttendanceView::organization_column`]).
    pub organization_column: bool,
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
    /// As recorded in the file, or 1, 2, … for groups computed by this run.
    pub number: i64,
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
    /// Leads the group: a mentor, or (computed groups short of mentors) the most experienced.
    pub leader: bool,
    /// `role = "mentor"`.
    pub mentor: bool,
    pub young: bool,
    /// "наставник группы" (mentors only), "ведущий группы", "молодой педагог" or empty.
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeftOut {
    #[serde(skip)]
    pub participant: usize,
    pub name: String,
    pub id: Option<String>,
    /// "organizer", "guest", "absent", "excused" or "no-group".
    pub reason: &'static str,
    pub reason_text: String,
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

/// What every member row needs: the document language, its words, the session's own
/// organisation (a participant without one comes from it).
struct Context<'s> {
    session: &'s Session,
    lang: Language,
    labels: BTreeMap<&'static str, &'static str>,
    session_org: Option<String>,
}

impl<'s> Context<'s> {
    fn new(session: &'s Session) -> Self {
        let lang = session.info.language;
        Self {
            session,
            lang,
            labels: labels_with(lang, OWN_LABELS),
            session_org: text(&session.info.organization),
        }
    }

    fn label(&self, key: &str) -> &'static str {
        self.labels.get(key).copied().unwrap_or_default()
    }

    /// One member: participant `i`, `leader` when the group is led by them.
    fn member(&self, i: usize, leader: bool) -> MemberView {
        let p = &self.session.participants[i];
        let mentor = p.role == Role::Mentor;
        let young = p
            .experience
            .as_ref()
            .is_some_and(|e| e.value < grouping::YOUNG_BELOW);
        // «Наставник группы» is a mentor's; the experienced teacher who leads a group
        // short of mentors is its facilitator.
        let note = match (mentor, leader, young) {
            (true, _, _) => self.label("leader"),
            (false, true, _) => self.label("facilitator"),
            (false, false, true) => self.label("young"),
            (false, false, false) => "",
        };
        MemberView {
            participant: i,
            name: p.name().trim().to_string(),
            id: p.id.as_ref().map(|id| id.value.clone()),
            position: text(&p.position),
            organization: text(&p.organization).or_else(|| self.session_org.clone()),
            experience: p.experience.as_ref().map(|e| e.value),
            role: p.role.id(),
            leader: leader || mentor,
            mentor,
            young,
            note: note.to_string(),
        }
    }

    fn group(&self, number: i64, members: Vec<MemberView>) -> GroupView {
        GroupView {
            number,
            size: members.len(),
            size_text: size_text(self.lang, members.len()),
            leaders: members.iter().filter(|m| m.leader).count(),
            young: members.iter().filter(|m| m.young).count(),
            members,
        }
    }

    /// The whole view: the groups, those left out (sorted here), the day.
    fn finish(
        self,
        day: Option<usize>,
        groups: Vec<GroupView>,
        mut left_out: Vec<(usize, Reason)>,
        recorded: bool,
    ) -> GroupsView {
        let (session, lang) = (self.session, self.lang);
        collate::sort_by_text(&mut left_out, |(i, _)| session.participants[*i].name());
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
                        Reason::Absent => self.label("absent").to_string(),
                        Reason::Excused => self.label("excused").to_string(),
                        Reason::NoGroup => self.label("no_group").to_string(),
                        Reason::Role(role) => lang::role_name(lang, role).to_string(),
                    },
                }
            })
            .collect();
        let day = day.and_then(|n| {
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
            labels: self.labels,
            recorded,
            // Only the people in the groups count: a guest from elsewhere, left out, does not
            // make every row repeat the session's own organisation.
            organization_column: {
                let own = self.session_org.as_deref().map(crate::i18n::collate::fold);
                groups.iter().flat_map(|g| &g.members).any(|m| {
                    m.organization
                        .as_deref()
                        .map(crate::i18n::collate::fold)
                        .is_some_and(|o| !o.is_empty() && own.as_ref() != Some(&o))
                })
            },
            day,
            groups,
            left_out,
        }
    }
}

fn text(s: &Option<crate::session::model::Sp<String>>) -> Option<String> {
    s.as_ref()
        .map(|v| v.value.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Builds balanced groups of a valid session anew. The caller checks that `count` fits.
pub fn build(session: &Session, count: usize, selection: Selection) -> GroupsView {
    let context = Context::new(session);
    let present = present_on(session, selection.day);
    let (eligible, left_out) = eligible(session, selection, present.as_ref());
    let candidates: Vec<Candidate> = eligible
        .iter()
        .map(|&i| {
            let p = &session.participants[i];
            Candidate {
                name: p.name().to_string(),
                organization: text(&p.organization)
                    .or_else(|| context.session_org.clone())
                    .unwrap_or_default(),
                experience: p.experience.as_ref().map(|e| e.value),
                mentor: p.role == Role::Mentor,
            }
        })
        .collect();
    let groups = grouping::split(&candidates, count)
        .iter()
        .zip(1..)
        .map(|(group, number)| {
            let members = group
                .members
                .iter()
                .map(|&c| context.member(eligible[c], group.leaders.contains(&c)))
                .collect();
            context.group(number, members)
        })
        .collect();
    context.finish(selection.day, groups, left_out, false)
}

/// The groups as the file records them (`group = K` on each participant), numbers as
/// written; with `day`, only those present that day. Mentors first in each group, then
/// alphabetical. Those without a number are left out.
pub fn recorded(session: &Session, day: Option<usize>) -> GroupsView {
    let context = Context::new(session);
    let present = present_on(session, day);
    let mut numbered: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    let mut left_out = Vec::new();
    for (i, p) in session.participants.iter().enumerate() {
        match (&p.group, &present) {
            (None, _) => left_out.push((
                i,
                match p.role {
                    Role::Organizer | Role::Guest => Reason::Role(p.role),
                    _ => Reason::NoGroup,
                },
            )),
            (Some(_), Some((present, excused))) if !present.contains(&i) => {
                let reason = if excused.contains(&i) {
                    Reason::Excused
                } else {
                    Reason::Absent
                };
                left_out.push((i, reason));
            }
            (Some(group), _) => numbered.entry(group.value).or_default().push(i),
        }
    }
    let groups = numbered
        .into_iter()
        .map(|(number, mut members)| {
            let mentor = |i: usize| session.participants[i].role == Role::Mentor;
            members.sort_by_cached_key(|&i| {
                (
                    !mentor(i),
                    collate::sort_key(session.participants[i].name()),
                    i,
                )
            });
            let members = members
                .into_iter()
                .map(|i| context.member(i, false))
                .collect();
            context.group(number, members)
        })
        .collect();
    context.finish(day, groups, left_out, true)
}

/// How many different group numbers the file records (0: none).
pub fn recorded_count(session: &Session) -> usize {
    session
        .participants
        .iter()
        .filter_map(|p| p.group.as_ref().map(|g| g.value))
        .collect::<std::collections::BTreeSet<i64>>()
        .len()
}

#[derive(Debug, Clone, Copy)]
enum Reason {
    Role(Role),
    Absent,
    Excused,
    /// A participant without `group` in a file that records groups.
    NoGroup,
}

impl Reason {
    fn id(self) -> &'static str {
        match self {
            Self::Role(role) => role.id(),
            Self::Absent => "absent",
            Self::Excused => "excused",
            Self::NoGroup => "no-group",
        }
    }
}

/// Splits the roster into those who take part and those left out, in file order.
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
