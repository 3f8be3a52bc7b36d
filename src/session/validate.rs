//! Validate: every rule of the session format, reported all at once, errors and warnings.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::session::activities::Lookup as ActivityLookup;
use crate::session::diagnostic::{Diagnostic, Suggester};
use crate::session::model::{Phase, Session, Sp};
use crate::session::roster::{Lookup, Roster};
use crate::session::schedule::{self, Schedule};
use crate::session::zones;

mod characters;
mod invisible;
mod literal;
mod lookalike;
mod texts;
mod wording;

/// The most days one session may have: a year. (Each day has its own sign-in sheet of
/// every participant, so the documents grow with days × participants.)
pub const MAX_DAYS: usize = 366;

/// Checks the model and resolves its schedule. Diagnostics come back sorted by position.
pub fn validate(session: &Session) -> (Schedule, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    header(session, &mut diags);
    participants(session, &mut diags);
    zone_decls(session, &mut diags);
    let roster = Roster::new(session);
    let mut suggest = Suggester::default();
    references(session, &roster, &mut suggest, &mut diags);
    after_session(session, &roster, &mut suggest, &mut diags);
    let (schedule, time_diags) = schedule::build(session, session.info.language);
    diags.extend(time_diags);
    programme_warnings(session, &schedule, &mut diags);
    invisible::warnings(session, &mut diags);
    lookalike::warnings(session, &mut diags);
    diags.sort_by_key(|d| (d.span.start, d.severity));
    (schedule, diags)
}

fn header(session: &Session, diags: &mut Vec<Diagnostic>) {
    if let Some(schema) = &session.schema
        && schema.value != 1
    {
        diags.push(
            Diagnostic::error(
                format!("unsupported schema {}", schema.value),
                schema.span.clone(),
            )
            .with_hint("this version of cowork reads schema = 1"),
        );
    }
    let info = &session.info;
    if let Some(t) = &info.title
        && t.value.trim().is_empty()
    {
        diags.push(
            Diagnostic::error("the theme (`title`) is empty", t.span.clone())
                .with_hint("write the theme of the session in `title`"),
        );
    }
    if info.title.is_some() && info.goal.is_none() {
        diags.push(
            Diagnostic::warning("the session has no goal", info.span.clone())
                .with_hint("add goal = \"…\": the agenda and the report print it under the theme"),
        );
    }
    if let Some(span) = &info.dates_span
        && info.dates.is_empty()
        && !diags
            .iter()
            .any(|d| d.span.start >= span.start && d.span.end <= span.end)
    {
        diags.push(
            Diagnostic::error("`dates` is empty", span.clone())
                .with_hint("list the session days: dates = [2026-12-03]"),
        );
    }
    for pair in info.dates.windows(2) {
        if pair[1].value <= pair[0].value {
            diags.push(
                Diagnostic::error(
                    "the dates must go in order, each day after the one before",
                    pair[1].span.clone(),
                )
                .with_hint(format!(
                    "{} is not later than {}",
                    pair[1].value, pair[0].value
                )),
            );
        }
    }
    if info.dates.len() > MAX_DAYS
        && let Some(span) = &info.dates_span
    {
        diags.push(
            Diagnostic::error(
                format!(
                    "a session cannot last {} days; {MAX_DAYS} is the most",
                    info.dates.len()
                ),
                span.clone(),
            )
            .with_hint("plan a series of sessions instead (`cowork plan`)"),
        );
    } else if info.dates.len() > 3
        && let Some(span) = &info.dates_span
    {
        diags.push(
            Diagnostic::warning(
                format!("a coworking usually lasts 1 to 3 days; this one has {}", info.dates.len()),
                span.clone(),
            )
            .with_hint("is it really one session? a series is better planned as several files (`cowork plan`)"),
        );
    }
}

fn duplicates<'a>(
    items: impl Iterator<Item = &'a Sp<String>>,
    what: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let mut first: HashMap<&str, &Range<usize>> = HashMap::new();
    for item in items {
        if let Some(_prev) = first.get(item.value.as_str()) {
            diags.push(
                Diagnostic::error(
                    format!("{what} \"{}\" is used twice", item.value),
                    item.span.clone(),
                )
                .with_hint(format!(
                    "each participant needs a unique {what}, so references stay unambiguous"
                )),
            );
        } else {
            first.insert(item.value.as_str(), &item.span);
        }
    }
}

fn participants(session: &Session, diags: &mut Vec<Diagnostic>) {
    duplicates(
        session.participants.iter().filter_map(|p| p.name.as_ref()),
        "name",
        diags,
    );
    duplicates(
        session.participants.iter().filter_map(|p| p.id.as_ref()),
        "id",
        diags,
    );
    // An id that is also someone else's name would make references ambiguous.
    let names: HashMap<&str, usize> = session
        .participants
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.name.as_ref().map(|n| (n.value.as_str(), i)))
        .collect();
    for (i, p) in session.participants.iter().enumerate() {
        if let Some(id) = &p.id {
            if names.get(id.value.as_str()).is_some_and(|&j| j != i) {
                diags.push(
                    Diagnostic::error(
                        format!("id \"{}\" is another participant's name", id.value),
                        id.span.clone(),
                    )
                    .with_hint("choose an id that is not anybody's full name"),
                );
            }
            if id.value.trim().is_empty() {
                diags.push(Diagnostic::error("`id` is empty", id.span.clone()));
            }
        }
        if let Some(name) = &p.name
            && name.value.trim().is_empty()
        {
            diags.push(Diagnostic::error("`name` is empty", name.span.clone()));
        }
        if let Some(exp) = &p.experience
            && exp.value < 0
        {
            diags.push(
                Diagnostic::error("`experience` cannot be negative", exp.span.clone())
                    .with_hint("years of teaching experience: 0 or more"),
            );
        }
        if let Some(group) = &p.group
            && group.value < 1
        {
            diags.push(Diagnostic::error(
                "`group` numbers start at 1",
                group.span.clone(),
            ));
        }
    }
}

fn zone_decls(session: &Session, diags: &mut Vec<Diagnostic>) {
    for zone in &session.zones {
        let id = &zone.id;
        if !zones::is_valid_id(&id.value) {
            diags.push(
                Diagnostic::error(format!("zone id \"{}\" is not allowed", id.value), id.span.clone())
                    .with_hint("zone ids use lowercase latin letters, digits and `-`, e.g. [zones.sport-planet]; put the Russian name in `name`"),
            );
        } else if !zones::is_builtin(&id.value) && zone.name.is_none() {
            diags.push(
                Diagnostic::error(
                    format!("custom zone \"{}\" has no `name`", id.value),
                    id.span.clone(),
                )
                .with_hint("add name = \"…\": the documents print it"),
            );
        }
    }
}

fn unknown_participant(
    roster: &Roster<'_>,
    suggest: &mut Suggester,
    r: &Sp<String>,
    what: &str,
) -> Diagnostic {
    if let Lookup::Ambiguous(found) = roster.lookup(&r.value) {
        return Diagnostic::error(
            crate::tr!(
                "ref-ambiguous-participant",
                reference = crate::render::terminal_text::inline(&r.value).into_owned(),
                key = what.trim_matches('`'),
                candidates = roster.candidates(&found, 10)
            ),
            r.span.clone(),
        )
        .with_hint(crate::tr!("ref-ambiguous-participant-hint"));
    }
    let diag = Diagnostic::error(
        format!("unknown participant \"{}\" in {what}", r.value),
        r.span.clone(),
    );
    match roster.suggest(&r.value, suggest) {
        Some(close) => diag.with_hint(lookalike::did_you_mean(&r.value, close)),
        None if roster.is_empty() => {
            diag.with_hint("add them to [[participants]] first (name, and an optional short id)")
        }
        None => {
            diag.with_hint("use a participant's `id` or their exact `name` from [[participants]]")
        }
    }
}

fn references(
    session: &Session,
    roster: &Roster<'_>,
    suggest: &mut Suggester,
    diags: &mut Vec<Diagnostic>,
) {
    for activity in &session.activities {
        let mut seen = HashSet::new();
        for m in &activity.moderators {
            match roster.resolve(&m.value) {
                None => diags.push(unknown_participant(roster, suggest, m, "`moderators`")),
                Some(i) if !seen.insert(i) => diags.push(Diagnostic::warning(
                    format!("\"{}\" is listed twice as a moderator", m.value),
                    m.span.clone(),
                )),
                Some(_) => {}
            }
        }
    }
}

fn after_session(
    session: &Session,
    roster: &Roster<'_>,
    suggest: &mut Suggester,
    diags: &mut Vec<Diagnostic>,
) {
    let days = session.info.dates.len() as i64;
    let mut days_seen: HashMap<i64, ()> = HashMap::new();
    for record in &session.attendance {
        if let Some(day) = &record.day {
            if day.value < 1 || (days > 0 && day.value > days) {
                diags.push(
                    Diagnostic::error(
                        format!(
                            "attendance for day {}, but the session has {days} day(s)",
                            day.value
                        ),
                        day.span.clone(),
                    )
                    .with_hint(format!("`day` counts the dates of [session]: 1 to {days}")),
                );
            } else if days_seen.insert(day.value, ()).is_some() {
                diags.push(
                    Diagnostic::error(
                        format!("attendance for day {} is given twice", day.value),
                        day.span.clone(),
                    )
                    .with_hint("keep one [[attendance]] table per day and merge the lists"),
                );
            }
        }
        let mut present = HashSet::new();
        for r in &record.present {
            match roster.resolve(&r.value) {
                None => diags.push(unknown_participant(roster, suggest, r, "`present`")),
                Some(i) if !present.insert(i) => diags.push(
                    Diagnostic::error(
                        format!("\"{}\" is listed twice in one day's `present`", r.value),
                        r.span.clone(),
                    )
                    .with_hint("remove the repeated name"),
                ),
                Some(_) => {}
            }
        }
        let mut excused = HashSet::new();
        for r in &record.excused {
            match roster.resolve(&r.value) {
                None => diags.push(unknown_participant(roster, suggest, r, "`excused`")),
                Some(i) if present.contains(&i) => diags.push(
                    Diagnostic::error(
                        format!("\"{}\" is both present and excused", r.value),
                        r.span.clone(),
                    )
                    .with_hint("someone who came is not absent: keep them in one list"),
                ),
                Some(i) if !excused.insert(i) => diags.push(Diagnostic::error(
                    format!("\"{}\" is listed twice in `excused`", r.value),
                    r.span.clone(),
                )),
                Some(_) => {}
            }
        }
        if let Some(g) = &record.guests
            && g.value < 0
        {
            diags.push(Diagnostic::error(
                "`guests` cannot be negative",
                g.span.clone(),
            ));
        }
    }

    let titles = crate::session::activities::Titles::new(session);
    let title_order: Vec<&str> = session.activities.iter().map(|a| a.title()).collect();
    for item in &session.feedback {
        if let Some(v) = &item.votes
            && v.value < 1
        {
            diags.push(
                Diagnostic::error("`votes` must be 1 or more", v.span.clone()).with_hint(
                    "votes counts the people who agreed with the point; leave it out for 1",
                ),
            );
        }
        let found = item.activity.as_ref().map(|a| (a, titles.lookup(&a.value)));
        if let Some((a, ActivityLookup::Ambiguous(all))) = &found {
            diags.push(
                Diagnostic::error(
                    crate::tr!(
                        "ref-ambiguous-activity",
                        reference = crate::render::terminal_text::inline(&a.value).into_owned(),
                        candidates = crate::session::activities::listed(all, 10)
                    ),
                    a.span.clone(),
                )
                .with_hint(crate::tr!("ref-ambiguous-activity-hint")),
            );
        }
        if let Some((a, ActivityLookup::Unknown)) = &found {
            let diag =
                Diagnostic::error(format!("unknown activity \"{}\"", a.value), a.span.clone());
            diags.push(
                match suggest.did_you_mean(&a.value, title_order.iter().copied()) {
                    Some(close) => diag.with_hint(lookalike::did_you_mean(&a.value, close)),
                    None => diag.with_hint("use the exact `title` of one of the [[activities]]"),
                },
            );
        }
    }
    for product in &session.products {
        for a in &product.authors {
            if roster.resolve(&a.value).is_none() {
                diags.push(unknown_participant(roster, suggest, a, "`authors`"));
            }
        }
    }
}

fn programme_warnings(session: &Session, schedule: &Schedule, diags: &mut Vec<Diagnostic>) {
    let anchor = session.info.span.clone();
    if session.activities.is_empty() {
        diags.push(
            Diagnostic::warning("the programme is empty: no [[activities]]", anchor)
                .with_hint("add the activities of the four phases; `cowork new` shows an example"),
        );
        return;
    }
    let phases: HashSet<Phase> = session
        .activities
        .iter()
        .filter_map(|a| a.phase.as_ref().map(|p| p.value))
        .collect();
    for phase in Phase::ALL {
        if !phases.contains(&phase) {
            diags.push(
                Diagnostic::warning(
                    format!("no activity has phase \"{}\"", phase.id()),
                    anchor.clone(),
                )
                .with_hint(
                    "the model has four phases: immersion, presentation, group-work, discussion",
                ),
            );
        }
    }
    // The plus/minus discussion closes the session: nothing of another phase comes after it.
    // Judged only when every phased activity could be placed in time.
    let phased = session
        .activities
        .iter()
        .filter(|a| a.phase.is_some())
        .count();
    let placed: Vec<_> = schedule
        .slots()
        .filter(|s| session.activities[s.activity].phase.is_some())
        .collect();
    let last = placed
        .iter()
        .filter(|_| placed.len() == phased)
        .max_by_key(|s| (s.day, s.end, s.start, s.activity));
    if let Some(last) = last {
        let activity = &session.activities[last.activity];
        let last_day = schedule.days.len().saturating_sub(1);
        if phases.contains(&Phase::Discussion)
            && (activity.phase.as_ref().map(|p| p.value) != Some(Phase::Discussion)
                || last.day != last_day)
        {
            let discussion_span = session
                .activities
                .iter()
                .rev()
                .find(|a| a.phase.as_ref().map(|p| p.value) == Some(Phase::Discussion))
                .map_or(activity.span.clone(), |a| a.span.clone());
            diags.push(
                Diagnostic::warning("the plus/minus discussion is not the last phase of the last day", discussion_span)
                    .with_hint("the model ends with the discussion «плюсы и минусы»; move it to the end of the last day"),
            );
        }
    }
    // An activity may name its zone by id or by name.
    let index = zones::Index::new(session, &schedule.zones);
    let used: HashSet<&str> = session
        .activities
        .iter()
        .filter_map(|a| a.zone.as_ref().and_then(|z| index.get(&z.value)))
        .map(|i| schedule.zones[i].id.as_str())
        .collect();
    for zone in &session.zones {
        if !used.contains(zone.id.value.as_str()) {
            diags.push(
                Diagnostic::warning(
                    format!("zone \"{}\" has no activity", zone.id.value),
                    zone.id.span.clone(),
                )
                .with_hint("plan something there, or remove the zone"),
            );
        }
    }
    for activity in &session.activities {
        if let Some(phase) = &activity.phase
            && activity.moderators.is_empty()
            && !activity.is_unreadable("moderators")
        {
            diags.push(
                Diagnostic::warning(
                    format!("\"{}\" has no moderator", activity.title()),
                    phase.span.clone(),
                )
                .with_hint(
                    "add moderators = [\"…\"]: every phase of the coworking is led by someone",
                ),
            );
        }
    }
}
