//! The plus/minus summary view («Итоги обсуждения: плюсы и минусы»): one session, or a series.

use crate::i18n::collate::fold_words;
use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::i18n::lang;
use crate::session::activities::Titles;
use crate::session::model::{FeedbackKind, Language, Session};
use crate::session::schedule::Schedule;
use crate::view::Header;
use crate::view::decisions::{self, OpenDecision};
use crate::view::labels::{LabelTable, labels_with};
use crate::view::people::People;

/// The summary's own words.
pub const LABELS: &LabelTable = &[
    ("summary_title", "doc-summary-summary_title"),
    ("series_summary_title", "doc-summary-series_summary_title"),
    ("kind_plus", "doc-summary-kind_plus"),
    ("kind_minus", "doc-summary-kind_minus"),
    ("kind_interesting", "doc-summary-kind_interesting"),
    ("kind_plus_one", "doc-summary-kind_plus_one"),
    ("kind_minus_one", "doc-summary-kind_minus_one"),
    ("kind_interesting_one", "doc-summary-kind_interesting_one"),
    ("number", "doc-summary-number"),
    ("point", "doc-summary-point"),
    ("votes", "doc-summary-votes"),
    ("points_total", "doc-summary-points_total"),
    ("votes_total", "doc-summary-votes_total"),
    ("total", "doc-summary-total"),
    ("no_points", "doc-summary-no_points"),
    ("no_feedback", "doc-summary-no_feedback"),
    ("without_activity", "doc-summary-without_activity"),
    ("sessions", "doc-summary-sessions"),
    ("session", "doc-summary-session"),
    ("date", "doc-summary-date"),
    ("pluses_short", "doc-summary-pluses_short"),
    ("minuses_short", "doc-summary-minuses_short"),
    ("interesting_short", "doc-summary-interesting_short"),
    ("recurring", "doc-summary-recurring"),
    ("kind", "doc-summary-kind"),
    ("recurring_sessions", "doc-summary-recurring_sessions"),
    ("no_recurring", "doc-summary-no_recurring"),
    ("open_decisions", "doc-summary-open_decisions"),
    ("decision", "doc-summary-decision"),
    ("owner", "doc-summary-owner"),
    ("due", "doc-summary-due"),
    ("no_open_decisions", "doc-summary-no_open_decisions"),
];

/// One point of the discussion.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    pub text: String,
    pub votes: u64,
    /// The activity it is about, as written, if given; and in quotes.
    pub activity: Option<String>,
    pub activity_quoted: Option<String>,
}

/// The points of one kind, most votes first.
#[derive(Debug, Clone, Serialize)]
pub struct KindGroup {
    /// "plus", "minus" or "interesting".
    pub kind: &'static str,
    /// «Плюсы», «Минусы», «Интересное».
    pub name: &'static str,
    pub points: Vec<Point>,
    pub count: usize,
    pub votes: u64,
}

/// The points about one activity (or about none).
#[derive(Debug, Clone, Serialize)]
pub struct ActivityGroup {
    /// The activity's title; `None` for the points not tied to one.
    pub title: Option<String>,
    /// What to print as the group heading.
    pub heading: String,
    pub kinds: Vec<KindGroup>,
}

/// The whole discussion of one session.
#[derive(Debug, Clone, Serialize)]
pub struct FeedbackSummary {
    /// Pluses, minuses, interesting: always all three, in that order.
    pub kinds: Vec<KindGroup>,
    /// Filled only when grouping by activity was asked for, in programme order.
    pub by_activity: Vec<ActivityGroup>,
    pub points: usize,
    pub votes: u64,
    /// What follows «Итого:»: «пунктов — 3, голосов — 7.» / "3 points, 7 votes."
    pub total_text: String,
}

/// «Итоги обсуждения» of one session.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    pub grouped: bool,
    pub feedback: FeedbackSummary,
}

/// One session of a series, as a row.
#[derive(Debug, Clone, Serialize)]
pub struct SessionRow {
    pub file: String,
    pub date: String,
    pub date_text: String,
    pub dates_text: String,
    pub title: String,
    pub title_quoted: String,
    pub pluses: usize,
    pub plus_votes: u64,
    pub minuses: usize,
    pub minus_votes: u64,
    pub interesting: usize,
    pub interesting_votes: u64,
}

/// A point raised at more than one session.
#[derive(Debug, Clone, Serialize)]
pub struct Recurring {
    pub kind: &'static str,
    pub kind_name: &'static str,
    /// As written the first time.
    pub text: String,
    /// How many sessions raised it, and the dates of those sessions.
    pub sessions: usize,
    pub dates_text: Vec<String>,
    pub votes: u64,
}

/// «Итоги обсуждения» across several sessions.
#[derive(Debug, Clone, Serialize)]
pub struct SeriesView {
    pub language: &'static str,
    pub labels: BTreeMap<&'static str, &'static str>,
    /// The series name when every session names the same one.
    pub series: Option<String>,
    pub sessions: Vec<SessionRow>,
    pub recurring: Vec<Recurring>,
    pub open_decisions: Vec<OpenDecision>,
}

/// «Плюсы» for a group of points; with `one`, «Плюс» for a single point.
fn kind_name(language: Language, kind: FeedbackKind, one: bool) -> &'static str {
    // A match, not a key built from the kind's id: a misspelt key could not go unnoticed.
    let id = match (kind, one) {
        (FeedbackKind::Plus, false) => "doc-summary-kind_plus",
        (FeedbackKind::Minus, false) => "doc-summary-kind_minus",
        (FeedbackKind::Interesting, false) => "doc-summary-kind_interesting",
        (FeedbackKind::Plus, true) => "doc-summary-kind_plus_one",
        (FeedbackKind::Minus, true) => "doc-summary-kind_minus_one",
        (FeedbackKind::Interesting, true) => "doc-summary-kind_interesting_one",
    };
    crate::view::labels::word(language, id)
}

/// The points of `kind` among `items` (feedback indices), most votes first, ties in file order.
fn group(
    session: &Session,
    titles: &Titles<'_>,
    people: &People<'_>,
    kind: FeedbackKind,
    items: &[usize],
) -> KindGroup {
    let mut points: Vec<Point> = items
        .iter()
        .map(|&i| &session.feedback[i])
        .filter(|f| f.kind.as_ref().map(|k| k.value) == Some(kind))
        .map(|f| {
            // The activity's own title, however the point wrote it.
            let activity = f
                .activity
                .as_ref()
                .map(|a| people.text(titles.resolve(&a.value).unwrap_or(&a.value)));
            Point {
                text: people.text(f.text.as_ref().map_or("", |t| t.value.as_str())),
                votes: votes(f),
                activity_quoted: activity
                    .as_deref()
                    .map(|a| lang::quote(session.info.language, a)),
                activity,
            }
        })
        .collect();
    points.sort_by_key(|p| std::cmp::Reverse(p.votes)); // stable: ties keep file order
    KindGroup {
        kind: kind.id(),
        name: kind_name(session.info.language, kind, false),
        count: points.len(),
        votes: total(points.iter().map(|p| p.votes)),
        points,
    }
}

/// A point's votes: 1 when not given; never below 1 (a valid file has none below).
fn votes(f: &crate::session::model::Feedback) -> u64 {
    f.votes
        .as_ref()
        .map_or(1, |v| u64::try_from(v.value).unwrap_or(1).max(1))
}

/// A sum of votes that stops at the largest number instead of overflowing: a file may say
/// `votes = 9223372036854775807` on every point.
pub fn total(votes: impl IntoIterator<Item = u64>) -> u64 {
    votes.into_iter().fold(0, u64::saturating_add)
}

/// Summarises a session's discussion; `by_activity` also groups the points under the
/// activities, in programme order, the points tied to none last.
pub fn feedback(
    session: &Session,
    schedule: &Schedule,
    people: &People<'_>,
    by_activity: bool,
) -> FeedbackSummary {
    let labels = labels_with(session.info.language, LABELS);
    let titles = Titles::new(session);
    let all: Vec<usize> = (0..session.feedback.len()).collect();
    let kinds: Vec<KindGroup> = FeedbackKind::ALL
        .into_iter()
        .map(|k| group(session, &titles, people, k, &all))
        .collect();
    let mut groups = Vec::new();
    if by_activity {
        // Programme order: the schedule's, then activities left out of it, by file order.
        let mut order: Vec<&str> = schedule
            .slots()
            .map(|s| session.activities[s.activity].title())
            .chain(session.activities.iter().map(|a| a.title()))
            .collect();
        let mut seen = std::collections::HashSet::new();
        order.retain(|t| seen.insert(*t));
        let rank: HashMap<&str, usize> = order.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        let mut buckets: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, f) in session.feedback.iter().enumerate() {
            let slot = f
                .activity
                .as_ref()
                .and_then(|a| titles.resolve(&a.value))
                .and_then(|t| rank.get(t).copied())
                .unwrap_or(usize::MAX);
            buckets.entry(slot).or_default().push(i);
        }
        let lang = session.info.language;
        for (slot, items) in buckets {
            let title = order.get(slot).map(|t| people.text(t));
            groups.push(ActivityGroup {
                heading: title.as_deref().map_or_else(
                    || {
                        labels
                            .get("without_activity")
                            .copied()
                            .unwrap_or_default()
                            .to_string()
                    },
                    |t| lang::quote(lang, t),
                ),
                title,
                kinds: FeedbackKind::ALL
                    .into_iter()
                    .map(|k| group(session, &titles, people, k, &items))
                    .collect(),
            });
        }
    }
    let points: usize = kinds.iter().map(|k| k.count).sum();
    let votes = total(kinds.iter().map(|k| k.votes));
    FeedbackSummary {
        points,
        votes,
        total_text: crate::tr_in!(
            session.info.language,
            "doc-summary-total-line",
            points = points,
            votes = votes
        ),
        kinds,
        by_activity: groups,
    }
}

/// The summary of one session.
pub fn build(session: &Session, schedule: &Schedule, by_activity: bool) -> SummaryView {
    let people = People::new(session, false);
    SummaryView {
        header: Header::new(session),
        labels: labels_with(session.info.language, LABELS),
        grouped: by_activity,
        feedback: feedback(session, schedule, &people, by_activity),
    }
}

/// The summary of several sessions, given as (file name, session) in any order.
/// `today` tells which open decisions are past their due date.
pub fn build_series(sessions: &[(String, Session)], today: chrono::NaiveDate) -> SeriesView {
    let mut order: Vec<usize> = (0..sessions.len()).collect();
    order.sort_by(|&a, &b| {
        let date = |i: usize| sessions[i].1.info.dates.first().map(|d| d.value);
        (date(a), &sessions[a].0).cmp(&(date(b), &sessions[b].0))
    });
    let lang = order
        .first()
        .map_or(Language::Ru, |&i| sessions[i].1.info.language);
    let labels = labels_with(lang, &[LABELS, &[decisions::OVERDUE]].concat());
    let series_names: Vec<Option<&str>> = sessions
        .iter()
        .map(|(_, s)| s.info.series.as_ref().map(|n| n.value.trim()))
        .collect();
    let series = match series_names.first() {
        Some(Some(first)) if series_names.iter().all(|n| n == &Some(*first)) => {
            Some(first.to_string())
        }
        _ => None,
    };

    let mut rows = Vec::with_capacity(sessions.len());
    let mut recurring: Vec<Recurring> = Vec::new();
    let mut by_text: HashMap<(FeedbackKind, String), usize> = HashMap::new();
    let mut open = Vec::new();
    for &i in &order {
        let (file, session) = &sessions[i];
        let dates: Vec<chrono::NaiveDate> = session.info.dates.iter().map(|d| d.value).collect();
        let first = dates.first().copied();
        let date_text = first.map_or_else(String::new, |d| lang::date(lang, d));
        let count = |kind: FeedbackKind| {
            let items = session
                .feedback
                .iter()
                .filter(|f| f.kind.as_ref().map(|k| k.value) == Some(kind));
            items.fold((0, 0), |(n, v): (usize, u64), f| {
                (n + 1, v.saturating_add(votes(f)))
            })
        };
        let (pluses, plus_votes) = count(FeedbackKind::Plus);
        let (minuses, minus_votes) = count(FeedbackKind::Minus);
        let (interesting, interesting_votes) = count(FeedbackKind::Interesting);
        rows.push(SessionRow {
            file: file.clone(),
            date: first.map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string()),
            date_text: date_text.clone(),
            dates_text: lang::dates(lang, &dates),
            title: session.info.title().trim().to_string(),
            title_quoted: lang::quote(lang, session.info.title()),
            pluses,
            plus_votes,
            minuses,
            minus_votes,
            interesting,
            interesting_votes,
        });
        // Each session counts once for a point, however often it was written there.
        let mut counted_here = std::collections::HashSet::new();
        for f in &session.feedback {
            let (Some(kind), Some(text)) = (&f.kind, &f.text) else {
                continue;
            };
            let key = fold_words(&text.value);
            if key.is_empty() {
                continue;
            }
            let key = (kind.value, key);
            let at = *by_text.entry(key.clone()).or_insert_with(|| {
                recurring.push(Recurring {
                    kind: kind.value.id(),
                    kind_name: kind_name(lang, kind.value, true),
                    text: text.value.trim().to_string(),
                    sessions: 0,
                    dates_text: Vec::new(),
                    votes: 0,
                });
                recurring.len() - 1
            });
            recurring[at].votes = recurring[at].votes.saturating_add(votes(f));
            if counted_here.insert(key) {
                recurring[at].sessions += 1;
                recurring[at].dates_text.push(date_text.clone());
            }
        }
        open.extend(decisions::open_decisions(
            session,
            &People::new(session, false),
            lang,
            today,
        ));
    }
    recurring.retain(|r| r.sessions > 1);
    recurring.sort_by_key(|r| {
        (
            std::cmp::Reverse(r.sessions),
            std::cmp::Reverse(r.votes),
            FeedbackKind::ALL.iter().position(|k| k.id() == r.kind),
        )
    });
    SeriesView {
        language: lang.code(),
        labels,
        series,
        sessions: rows,
        recurring,
        open_decisions: open,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_punctuation_and_yo() {
        assert_eq!(
            fold_words("  Ёлочные «игрушки» — своими руками!! "),
            "елочные игрушки своими руками"
        );
        assert_eq!(fold_words("Мало времени..."), fold_words("мало  времени"));
    }
}
