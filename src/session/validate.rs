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
pub mod workdays;

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

/// An error when `zone` (a `timezone` of a session or of `cowork.toml`) names no time zone,
/// with the zone it most likely meant.
pub(crate) fn timezone(zone: &Sp<String>) -> Option<Diagnostic> {
    if crate::session::timezone::parse(&zone.value).is_some() {
        return None;
    }
    let hint = match crate::session::timezone::suggest(&zone.value, &mut Suggester::default()) {
        Some(close) => crate::tr!("check-unknown-timezone-close", zone = close),
        None => crate::tr!("check-unknown-timezone-hint"),
    };
    Some(
        Diagnostic::error(
            crate::tr!(
                "check-unknown-timezone",
                value = zone.value.trim().to_string()
            ),
            zone.span.clone(),
        )
        .with_hint(hint),
    )
}

fn header(session: &Session, diags: &mut Vec<Diagnostic>) {
    if let Some(schema) = &session.schema
        && schema.value != 1
    {
        diags.push(
            Diagnostic::error(
                crate::tr!("check-schema", schema = schema.value.to_string()),
                schema.span.clone(),
            )
            .with_hint(crate::tr!("check-schema-hint")),
        );
    }
    let info = &session.info;
    if let Some(hours) = &info.hours
        && hours.value <= 0
    {
        diags.push(
            Diagnostic::error(crate::tr!("check-hours"), hours.span.clone())
                .with_hint(crate::tr!("check-hours-hint")),
        );
    }
    if let Some(t) = &info.title
        && t.value.trim().is_empty()
    {
        diags.push(
            Diagnostic::error(crate::tr!("check-empty-title"), t.span.clone())
                .with_hint(crate::tr!("check-empty-title-hint")),
        );
    }
    if let Some(zone) = &info.timezone {
        diags.extend(timezone(zone));
    }
    if let Some(uid) = &info.uid
        && uid.value.trim().is_empty()
    {
        diags.push(
            Diagnostic::error(crate::tr!("check-empty-uid"), uid.span.clone())
                .with_hint(crate::tr!("check-empty-uid-hint")),
        );
    }
    if info.title.is_some()
        && info.goal.is_none()
        && !session.misspelled.iter().any(|k| k == "session.goal")
    {
        diags.push(
            Diagnostic::warning(crate::tr!("check-no-goal"), info.span.clone())
                .with_hint(crate::tr!("check-no-goal-hint")),
        );
    }
    if let Some(span) = &info.dates_span
        && info.dates.is_empty()
        && !session.misspelled.iter().any(|k| k == "session.dates")
        && !diags
            .iter()
            .any(|d| d.span.start >= span.start && d.span.end <= span.end)
    {
        diags.push(
            Diagnostic::error(crate::tr!("check-empty-dates"), span.clone())
                .with_hint(crate::tr!("check-empty-dates-hint")),
        );
    }
    for pair in info.dates.windows(2) {
        if pair[1].value <= pair[0].value {
            diags.push(
                Diagnostic::error(crate::tr!("check-dates-order"), pair[1].span.clone()).with_hint(
                    crate::tr!(
                        "check-dates-order-hint",
                        date = pair[1].value.to_string(),
                        previous = pair[0].value.to_string()
                    ),
                ),
            );
        }
    }
    if info.dates.len() > MAX_DAYS
        && let Some(span) = &info.dates_span
    {
        diags.push(
            Diagnostic::error(
                crate::tr!(
                    "check-too-many-days",
                    days = info.dates.len(),
                    most = MAX_DAYS
                ),
                span.clone(),
            )
            .with_hint(crate::tr!("check-too-many-days-hint")),
        );
    } else if info.dates.len() > 3
        && let Some(span) = &info.dates_span
    {
        diags.push(
            Diagnostic::warning(
                crate::tr!("check-long-session", days = info.dates.len()),
                span.clone(),
            )
            .with_hint(crate::tr!("check-long-session-hint")),
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
            let (message, hint) = if what == "name" {
                (
                    crate::tr!("check-name-twice", name = item.value.clone()),
                    crate::tr!("check-name-twice-hint"),
                )
            } else {
                (
                    crate::tr!("check-id-twice", id = item.value.clone()),
                    crate::tr!("check-id-twice-hint"),
                )
            };
            diags.push(Diagnostic::error(message, item.span.clone()).with_hint(hint));
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
                        crate::tr!("check-id-is-name", id = id.value.clone()),
                        id.span.clone(),
                    )
                    .with_hint(crate::tr!("check-id-is-name-hint")),
                );
            }
            if id.value.trim().is_empty() {
                diags.push(Diagnostic::error(
                    crate::tr!("check-empty-id"),
                    id.span.clone(),
                ));
            }
        }
        if let Some(name) = &p.name
            && name.value.trim().is_empty()
        {
            diags.push(Diagnostic::error(
                crate::tr!("check-empty-name"),
                name.span.clone(),
            ));
        }
        if let Some(exp) = &p.experience
            && exp.value < 0
        {
            diags.push(
                Diagnostic::error(crate::tr!("check-negative-experience"), exp.span.clone())
                    .with_hint(crate::tr!("check-negative-experience-hint")),
            );
        }
        if let Some(group) = &p.group
            && group.value < 1
        {
            diags.push(Diagnostic::error(
                crate::tr!("check-group-below-one"),
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
                Diagnostic::error(
                    crate::tr!("check-zone-id", id = id.value.clone()),
                    id.span.clone(),
                )
                .with_hint(crate::tr!(
                    "check-zone-id-hint",
                    id = crate::session::habits::latin_id(&id.value),
                    name = id.value.clone()
                )),
            );
        } else if !zones::is_builtin(&id.value) && zone.name.is_none() {
            diags.push(
                Diagnostic::error(
                    crate::tr!("check-zone-without-name", id = id.value.clone()),
                    id.span.clone(),
                )
                .with_hint(crate::tr!("check-zone-without-name-hint")),
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
        crate::tr!(
            "check-unknown-participant",
            name = r.value.clone(),
            key = what
        ),
        r.span.clone(),
    );
    match roster.suggest(&r.value, suggest) {
        Some(close) => diag.with_hint(lookalike::did_you_mean(&r.value, close)),
        None if roster.is_empty() => diag.with_hint(crate::tr!("check-no-participants-hint")),
        None => diag.with_hint(crate::tr!("check-unknown-participant-hint")),
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
                None => diags.push(unknown_participant(roster, suggest, m, "moderators")),
                Some(i) if !seen.insert(i) => diags.push(Diagnostic::warning(
                    crate::tr!("check-moderator-twice", name = m.value.clone()),
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
                        crate::tr!("check-attendance-day", day = day.value, days = days),
                        day.span.clone(),
                    )
                    .with_hint(crate::tr!("check-day-hint", days = days)),
                );
            } else if days_seen.insert(day.value, ()).is_some() {
                diags.push(
                    Diagnostic::error(
                        crate::tr!("check-attendance-twice", day = day.value),
                        day.span.clone(),
                    )
                    .with_hint(crate::tr!("check-attendance-twice-hint")),
                );
            }
        }
        let mut present = HashSet::new();
        for r in &record.present {
            match roster.resolve(&r.value) {
                None => diags.push(unknown_participant(roster, suggest, r, "present")),
                Some(i) if !present.insert(i) => diags.push(
                    Diagnostic::error(
                        crate::tr!("check-present-twice", name = r.value.clone()),
                        r.span.clone(),
                    )
                    .with_hint(crate::tr!("check-present-twice-hint")),
                ),
                Some(_) => {}
            }
        }
        let mut excused = HashSet::new();
        for r in &record.excused {
            match roster.resolve(&r.value) {
                None => diags.push(unknown_participant(roster, suggest, r, "excused")),
                Some(i) if present.contains(&i) => diags.push(
                    Diagnostic::error(
                        crate::tr!("check-present-and-excused", name = r.value.clone()),
                        r.span.clone(),
                    )
                    .with_hint(crate::tr!("check-present-and-excused-hint")),
                ),
                Some(i) if !excused.insert(i) => diags.push(Diagnostic::error(
                    crate::tr!("check-excused-twice", name = r.value.clone()),
                    r.span.clone(),
                )),
                Some(_) => {}
            }
        }
        if let Some(g) = &record.guests
            && g.value < 0
        {
            diags.push(Diagnostic::error(
                crate::tr!("check-negative-guests"),
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
                Diagnostic::error(crate::tr!("check-votes"), v.span.clone())
                    .with_hint(crate::tr!("check-votes-hint")),
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
            let diag = Diagnostic::error(
                crate::tr!("check-unknown-activity", title = a.value.clone()),
                a.span.clone(),
            );
            diags.push(
                match suggest.did_you_mean(&a.value, title_order.iter().copied()) {
                    Some(close) => diag.with_hint(lookalike::did_you_mean(&a.value, close)),
                    None => diag.with_hint(crate::tr!("check-unknown-activity-hint")),
                },
            );
        }
    }
    for product in &session.products {
        for a in &product.authors {
            if roster.resolve(&a.value).is_none() {
                diags.push(unknown_participant(roster, suggest, a, "authors"));
            }
        }
    }
    // The report's author is a participant or, when it names nobody, free text: only a
    // reference that fits several participants is wrong.
    if let Some(author) = session.report.as_ref().and_then(|r| r.author.as_ref())
        && matches!(roster.lookup(&author.value), Lookup::Ambiguous(_))
    {
        diags.push(unknown_participant(roster, suggest, author, "author"));
    }
}

fn programme_warnings(session: &Session, schedule: &Schedule, diags: &mut Vec<Diagnostic>) {
    let anchor = session.info.span.clone();
    if session.activities.is_empty() {
        // A misspelled `[[activities]]` header is reported as the typo it is.
        if !session.misspelled.iter().any(|k| k == "activities") {
            diags.push(
                Diagnostic::warning(crate::tr!("check-empty-programme"), anchor)
                    .with_hint(crate::tr!("check-empty-programme-hint")),
            );
        }
        return;
    }
    // A break belongs to no phase, whatever it says (that is warned about below).
    let phased_activity = |a: &crate::session::model::Activity| !a.is_break() && a.phase.is_some();
    let phases: HashSet<Phase> = session
        .activities
        .iter()
        .filter(|a| !a.is_break())
        .filter_map(|a| a.phase.as_ref().map(|p| p.value))
        .collect();
    for phase in Phase::ALL {
        if !phases.contains(&phase) {
            diags.push(
                Diagnostic::warning(
                    crate::tr!(
                        "check-missing-phase",
                        name = crate::i18n::lang::quote(
                            crate::i18n::fluent::interface(),
                            crate::i18n::lang::phase_name(crate::i18n::fluent::interface(), phase)
                        ),
                        phase = phase.id()
                    ),
                    anchor.clone(),
                )
                .with_hint(crate::tr!("check-missing-phase-hint")),
            );
        }
    }
    // The plus/minus discussion closes the session: nothing of another phase comes after it.
    // Judged only when every phased activity could be placed in time.
    let phased = session
        .activities
        .iter()
        .filter(|a| phased_activity(a))
        .count();
    let placed: Vec<_> = schedule
        .slots()
        .filter(|s| phased_activity(&session.activities[s.activity]))
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
                .filter(|a| !a.is_break())
                .find(|a| a.phase.as_ref().map(|p| p.value) == Some(Phase::Discussion))
                .map_or(activity.span.clone(), |a| a.span.clone());
            diags.push(
                Diagnostic::warning(crate::tr!("check-discussion-not-last"), discussion_span)
                    .with_hint(crate::tr!("check-discussion-not-last-hint")),
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
                    crate::tr!("check-zone-unused", zone = zone.id.value.clone()),
                    zone.id.span.clone(),
                )
                .with_hint(crate::tr!("check-zone-unused-hint")),
            );
        }
    }
    for activity in &session.activities {
        if activity.is_break() {
            break_warnings(activity, diags);
            continue;
        }
        if let Some(phase) = &activity.phase
            && activity.moderators.is_empty()
            && !activity.is_unreadable("moderators")
        {
            diags.push(
                Diagnostic::warning(
                    crate::tr!("check-no-moderator", title = activity.title()),
                    phase.span.clone(),
                )
                .with_hint(crate::tr!("check-no-moderator-hint")),
            );
        }
    }
}

/// A break has no phase and no moderator: either written is printed without it.
fn break_warnings(activity: &crate::session::model::Activity, diags: &mut Vec<Diagnostic>) {
    if let Some(phase) = &activity.phase {
        diags.push(
            Diagnostic::warning(
                crate::tr!("check-break-with-phase", title = activity.title()),
                phase.span.clone(),
            )
            .with_hint(crate::tr!("check-break-with-phase-hint")),
        );
    }
    if let Some(first) = activity.moderators.first() {
        let span = first.span.start
            ..activity
                .moderators
                .last()
                .map_or(first.span.end, |m| m.span.end);
        diags.push(
            Diagnostic::warning(
                crate::tr!("check-break-with-moderators", title = activity.title()),
                span,
            )
            .with_hint(crate::tr!("check-break-with-moderators-hint")),
        );
    }
}
