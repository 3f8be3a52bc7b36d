//! Load: session text → typed model with spans, collecting every shape problem on the way.

use chrono::NaiveDate;
use toml_edit::Value;

use crate::session::diagnostic::Diagnostic;
use crate::session::model::*;
use crate::session::toml_read::{Reader, Table, date_of, item_span, parse_document, value_span};

/// Largest file cowork reads (a session, `cowork.toml`, a template, an archived copy): the
/// whole file is parsed at once, and a session of a whole city is under 1 MiB.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// Parses session text. A TOML syntax error is returned alone (nothing else can be trusted);
/// otherwise the model comes back with every shape problem found (unknown keys, wrong types,
/// missing required values), and validation adds the cross-reference rules on top.
pub fn parse(text: &str) -> Result<(Session, Vec<Diagnostic>), Diagnostic> {
    let doc = parse_nonempty(text)?;
    Ok(read(text, doc.as_table()))
}

/// As [`parse`], and the parsed document itself, with the place of every key and value (an
/// edit reads the model to resolve names and changes the text or the document, from one
/// parse of the text).
pub fn parse_spanned(
    text: &str,
) -> Result<(Session, Vec<Diagnostic>, toml_edit::Document<&str>), Diagnostic> {
    let doc = parse_nonempty(text)?;
    let (session, diagnostics) = read(text, doc.as_table());
    Ok((session, diagnostics, doc))
}

/// As [`parse`], and the same parse as a document to edit.
pub fn parse_editable(
    text: &str,
) -> Result<(Session, Vec<Diagnostic>, toml_edit::DocumentMut), Diagnostic> {
    let (session, diagnostics, doc) = parse_spanned(text)?;
    Ok((session, diagnostics, doc.into_mut()))
}

/// The model of `text` read from `doc`, an edited document whose printed form is `text`,
/// without parsing the text again. Its spans are not where the values are written (an edited
/// document has none), so its diagnostics say only *whether* there is a problem: to report one,
/// [`parse`] the text.
pub fn read_edited(text: &str, doc: &toml_edit::DocumentMut) -> (Session, Vec<Diagnostic>) {
    read(text, doc.as_table())
}

/// An array of tables an edit may change alone (see [`read_entries`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Attendance,
    Feedback,
}

impl List {
    /// Its key in the file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Attendance => "attendance",
            Self::Feedback => "feedback",
        }
    }
}

/// The entries of one array of tables, read on their own (see [`read_entries`]).
pub enum Entries {
    Attendance(Vec<Attendance>),
    Feedback(Vec<Feedback>),
}

impl Entries {
    /// Puts the entries into `session` in place of those it has.
    pub fn put(self, session: &mut Session) {
        match self {
            Self::Attendance(entries) => session.attendance = entries,
            Self::Feedback(entries) => session.feedback = entries,
        }
    }
}

/// The entries of `list` in `doc`, a document of nothing else: an edit that changes only
/// them cuts them from the file, changes them and reads them again. Their places are in that
/// document, not in the file, so only *whether* there is a problem can be told from them (as
/// with [`read_edited`]).
pub fn read_entries(list: List, doc: &toml_edit::DocumentMut) -> (Entries, Vec<Diagnostic>) {
    let mut reader = Reader::new(|| crate::tr!("check-not-a-session-key"));
    let root = Table::lazy(doc.as_table(), 0..1, || crate::tr!("check-root"));
    let entries = reader.read(root, |r, root| match list {
        List::Attendance => Entries::Attendance(r.list(root, list.key(), attendance)),
        List::Feedback => Entries::Feedback(r.list(root, list.key(), feedback)),
    });
    (entries, reader.into_diagnostics())
}

/// The document of the text, refusing an empty file.
fn parse_nonempty(text: &str) -> Result<toml_edit::Document<&str>, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(crate::tr!("check-empty-file"), 0..0)
            .with_hint(crate::tr!("check-empty-file-hint")));
    }
    parse_document(text)
}

/// The model of a parsed document of `text`, with every shape problem found.
fn read(text: &str, doc: &toml_edit::Table) -> (Session, Vec<Diagnostic>) {
    let mut reader = Reader::new(|| crate::tr!("check-not-a-session-key"));
    let root_name = || crate::tr!("check-root");
    let root = Table::lazy(doc, 0..text.len().min(1), root_name);
    let mut session = reader.read(root, |r, root| read_session(r, root));
    // Dates that were written but none could be read are reported as such, not as none.
    if session.info.dates.is_empty()
        && session.info.dates_span.is_some()
        && doc
            .get("session")
            .and_then(|s| s.get("dates"))
            .and_then(|d| d.as_array())
            .is_some_and(|a| !a.is_empty())
    {
        session.misspelled.push("session.dates".to_string());
    }
    session.source = SourceText(std::sync::Arc::from(text));
    // What a misspelled key or table leaves missing is not a problem of its own (asked
    // only when there is a typo: naming the tables costs the words of the interface).
    if reader.has_typos() {
        misspelled(&mut reader, &mut session, &root_name());
    }
    (session, reader.into_diagnostics())
}

/// Marks what the typos of the file leave missing, so it is not reported again.
fn misspelled(reader: &mut Reader, session: &mut Session, root_name: &str) {
    for key in ["session", "activities", "participants", "zones"] {
        if reader.has_typo_of(root_name, key) {
            session.misspelled.push(key.to_string());
        }
    }
    if reader.has_typo_of(root_name, "session") {
        reader.retract(&crate::tr!("check-no-session"), &(0..0));
    }
    if reader.has_typo_of("[session]", "goal") {
        session.misspelled.push("session.goal".to_string());
    }
    for (i, activity) in session.activities.iter_mut().enumerate() {
        let name = crate::session::toml_read::list_entry("activities", i + 1);
        for key in [
            "day",
            "zone",
            "start",
            "duration",
            "end",
            "moderators",
            "phase",
        ] {
            if reader.has_typo_of(&name, key) && !activity.unreadable.contains(&key) {
                activity.unreadable.push(key);
            }
        }
    }
}

/// The file's top level: every table of the format, in the order of `docs/format.md`.
fn read_session(r: &mut Reader, root: &mut Table<'_>) -> Session {
    let mut session = Session {
        schema: r.integer(root, "schema"),
        ..Session::default()
    };
    match r.table(root, "session") {
        Some(t) => session.info = r.read(t, session_info),
        None if root.get("session").is_none() => r.error(
            Diagnostic::error(crate::tr!("check-no-session"), 0..0)
                .with_hint(crate::tr!("check-no-session-hint")),
        ),
        None => {}
    }
    session.approval = r.table(root, "approval").map(|t| r.read(t, signatory));
    session.agreed = r.table(root, "agreed").map(|t| r.read(t, signatory));
    if let Some(zones) = r.table(root, "zones") {
        // Zone ids are the user's names: every entry is a zone, none is unknown.
        for (id, item, key_span) in zones.entries() {
            let id_span = key_span.unwrap_or_else(|| item_span(item, &zones.span));
            match item.as_table_like() {
                Some(t) => {
                    let table = Table::new(t, item_span(item, &id_span), format!("[zones.{id}]"));
                    let id = Sp::new(id.to_string(), id_span);
                    session.zones.push(r.read(table, |r, t| zone(r, t, id)));
                }
                None => r.wrong_type(&zones, id, item, &crate::tr!("check-expect-zone-table")),
            }
        }
    }
    session.participants = r.list(root, "participants", participant);
    session.activities = r.list(root, "activities", activity);
    session.attendance = r.list(root, "attendance", attendance);
    session.feedback = r.list(root, "feedback", feedback);
    session.decisions = r.list(root, "decisions", decision);
    session.products = r.list(root, "products", product);
    session.indicators = r.list(root, "indicators", indicator);
    if let Some(t) = r.table(root, "report") {
        session.report = Some(r.read(t, |r, t| Report {
            span: t.span.clone(),
            summary: r.string(t, "summary"),
            basis: r.string(t, "basis"),
            recommendations: r.strings(t, "recommendations"),
            author: r.string(t, "author"),
            author_position: r.string(t, "author_position"),
            date: r.date(t, "date"),
        }));
    }
    session
}

fn session_info(r: &mut Reader, t: &mut Table<'_>) -> SessionInfo {
    let title = r.required_string(t, "title", || crate::tr!("check-add-title"));
    let goal = r.string(t, "goal");
    let tasks = r.strings(t, "tasks");
    let organization = r.string(t, "organization");
    let venue = r.string(t, "venue");
    let organizer = r.string(t, "organizer");
    let audience = r.string(t, "audience");
    let series = r.string(t, "series");
    let uid = r.string(t, "uid");
    let timezone = r.string(t, "timezone");
    let dates_item = t.get("dates");
    let dates = match dates_item {
        None => {
            r.missing(t, "dates", &crate::tr!("check-add-dates"));
            Vec::new()
        }
        Some(item) => match item.as_array() {
            Some(array) => dates(r, array, &item_span(item, &t.span)),
            None => match item.as_value().and_then(date_of) {
                // A single date where a list is expected is forgiven.
                Some(d) => vec![Sp::new(d, item_span(item, &t.span))],
                None => {
                    r.wrong_type(t, "dates", item, &crate::tr!("check-expect-dates"));
                    Vec::new()
                }
            },
        },
    };
    let day_start = r.time(t, "day_start");
    let language = r
        .choice(t, "language", &Language::NAMES, Language::parse)
        .map_or(Language::Ru, |l| l.value);
    let hours = r.integer(t, "hours");
    SessionInfo {
        span: t.span.clone(),
        title,
        goal,
        tasks,
        organization,
        venue,
        organizer,
        audience,
        series,
        uid,
        timezone,
        dates_span: dates_item.map(|i| item_span(i, &t.span)),
        dates,
        day_start,
        language,
        hours,
    }
}

/// A signature block, `[approval]` or `[agreed]`, of a session file or of `cowork.toml`.
pub(crate) fn signatory(r: &mut Reader, t: &mut Table<'_>) -> Signatory {
    Signatory {
        span: t.span.clone(),
        position: r.required_string(t, "position", || crate::tr!("check-add-signatory-position")),
        name: r.required_string(t, "name", || crate::tr!("check-add-signatory-name")),
        date: r.date(t, "date"),
        order: r.string(t, "order"),
    }
}

fn dates(
    r: &mut Reader,
    array: &toml_edit::Array,
    array_span: &std::ops::Range<usize>,
) -> Vec<Sp<NaiveDate>> {
    let mut out = Vec::new();
    for value in array.iter() {
        let span = value_span(value, array_span);
        match date_of(value) {
            Some(d) => out.push(Sp::new(d, span)),
            None => {
                let message = match value.as_str() {
                    Some(s) if crate::session::habits::impossible_date(s) => {
                        crate::tr!("check-no-such-date", date = s.trim())
                    }
                    _ => crate::tr!("check-element-not-a-date"),
                };
                r.error(
                    Diagnostic::error(message, span)
                        .with_hint(crate::session::habits::date_hint(Some(value))),
                );
            }
        }
    }
    out
}

fn zone(r: &mut Reader, t: &mut Table<'_>, id: Sp<String>) -> ZoneDecl {
    ZoneDecl {
        id,
        name: r.string(t, "name"),
        room: r.string(t, "room"),
        purpose: r.string(t, "purpose"),
        online: r.string(t, "online"),
    }
}

fn participant(r: &mut Reader, t: &mut Table<'_>) -> Participant {
    Participant {
        span: t.span.clone(),
        name: r.required_string(t, "name", || crate::tr!("check-add-name")),
        id: r.string(t, "id"),
        position: r.string(t, "position"),
        organization: r.string(t, "organization"),
        experience: r.integer(t, "experience"),
        role: r
            .choice(t, "role", &Role::ALL.map(Role::id), Role::parse)
            .map_or(Role::Participant, |r| r.value),
        group: r.integer(t, "group"),
    }
}

fn activity(r: &mut Reader, t: &mut Table<'_>) -> Activity {
    let mut activity = Activity {
        span: t.span.clone(),
        title: r.required_string(t, "title", || crate::tr!("check-add-activity-title")),
        format: r.string(t, "format"),
        phase: r.choice(t, "phase", &Phase::ALL.map(Phase::id), Phase::parse),
        zone: r.string(t, "zone"),
        day: r.integer(t, "day"),
        start: r.time(t, "start"),
        duration: r.integer(t, "duration"),
        end: r.time(t, "end"),
        moderators: r.strings(t, "moderators"),
        description: r.string(t, "description"),
        outputs: r.strings(t, "outputs"),
        break_flag: r.boolean(t, "break"),
        unreadable: Vec::new(),
    };
    let read = [
        ("title", activity.title.is_some()),
        ("phase", activity.phase.is_some()),
        ("zone", activity.zone.is_some()),
        ("day", activity.day.is_some()),
        ("start", activity.start.is_some()),
        ("duration", activity.duration.is_some()),
        ("end", activity.end.is_some()),
        ("moderators", !activity.moderators.is_empty()),
    ];
    activity.unreadable = read
        .into_iter()
        .filter(|&(key, ok)| !ok && t.get(key).is_some())
        .map(|(key, _)| key)
        .collect();
    activity
}

fn attendance(r: &mut Reader, t: &mut Table<'_>) -> Attendance {
    let day = r.integer(t, "day");
    if day.is_none() && t.get("day").is_none() {
        r.missing(t, "day", &crate::tr!("check-add-day"));
    }
    Attendance {
        span: t.span.clone(),
        day,
        present: r.strings(t, "present"),
        excused: r.strings(t, "excused"),
        guests: r.integer(t, "guests"),
    }
}

fn feedback(r: &mut Reader, t: &mut Table<'_>) -> Feedback {
    if t.get("kind").is_none() {
        r.missing(t, "kind", &crate::tr!("check-add-kind"));
    }
    Feedback {
        span: t.span.clone(),
        kind: r.choice(
            t,
            "kind",
            &FeedbackKind::ALL.map(FeedbackKind::id),
            FeedbackKind::parse,
        ),
        text: r.required_string(t, "text", || crate::tr!("check-add-feedback-text")),
        activity: r.string(t, "activity"),
        votes: r.integer(t, "votes"),
    }
}

fn decision(r: &mut Reader, t: &mut Table<'_>) -> Decision {
    Decision {
        span: t.span.clone(),
        text: r.required_string(t, "text", || crate::tr!("check-add-decision-text")),
        owner: r.string(t, "owner"),
        due: r.date(t, "due"),
        done: r.boolean(t, "done").is_some_and(|b| b.value),
    }
}

fn product(r: &mut Reader, t: &mut Table<'_>) -> Product {
    Product {
        span: t.span.clone(),
        title: r.required_string(t, "title", || crate::tr!("check-add-product-title")),
        kind: r.string(t, "kind"),
        link: r.string(t, "link"),
        authors: r.strings(t, "authors"),
    }
}

fn indicator(r: &mut Reader, t: &mut Table<'_>) -> Indicator {
    let name = r.required_string(t, "name", || crate::tr!("check-add-indicator-name"));
    let value = match t.get("value") {
        None => {
            r.missing(t, "value", &crate::tr!("check-add-indicator-value"));
            None
        }
        Some(item) => {
            let span = item_span(item, &t.span);
            match item.as_value() {
                Some(Value::Integer(i)) => Some(Sp::new(IndicatorValue::Integer(*i.value()), span)),
                Some(Value::Float(f)) if f.value().is_finite() => {
                    Some(Sp::new(IndicatorValue::Float(*f.value()), span))
                }
                Some(Value::String(s)) => {
                    Some(Sp::new(IndicatorValue::Text(s.value().clone()), span))
                }
                _ => {
                    r.wrong_type(
                        t,
                        "value",
                        item,
                        &crate::tr!("check-expect-number-or-string"),
                    );
                    None
                }
            }
        }
    };
    Indicator {
        span: t.span.clone(),
        name,
        value,
        unit: r.string(t, "unit"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str) -> Vec<String> {
        parse(text)
            .expect("test input is valid")
            .1
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn dates_and_times_native_and_quoted() {
        let (s, d) = parse(
            "[session]\ntitle = \"T\"\ndates = [2026-12-03, \"2026-12-04\"]\nday_start = \"10:00\"\n\
             [[activities]]\ntitle = \"A\"\nstart = 10:30\nend = \"11:00\"\n",
        )
        .expect("test input is valid");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.info.dates.len(), 2);
        assert_eq!(
            s.activities[0]
                .start
                .as_ref()
                .expect("test input is valid")
                .value
                .to_string(),
            "10:30:00"
        );
    }

    #[test]
    fn unknown_keys_everywhere_with_hints() {
        let (_, d) =
            parse("[session]\ntitel = \"T\"\ndates = [2026-12-03]\n").expect("test input is valid");
        // The typo is reported once: not also as a missing `title`.
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].hint.as_deref(),
            Some("возможно, вы имели в виду `title`?")
        );
    }

    #[test]
    fn wrong_types_are_reported_not_fatal() {
        let m = messages(
            "[session]\ntitle = 5\ndates = [2026-12-03]\n[[participants]]\nname = \"A\"\nexperience = \"ten\"\n",
        );
        assert_eq!(m.len(), 2, "{m:?}");
    }

    #[test]
    fn syntax_errors_and_empty_files() {
        assert!(parse("").is_err());
        assert!(parse("[session\n").is_err());
    }
}
