//! JSON of every document, for scripts; pure: view → text, all through [`to_string`].
//!
//! The shapes are a contract with scripts: a `schema` number, stable field names, ISO dates,
//! and never the view's `labels` (words for people, not data).

use serde::Serialize;

use crate::error::{Error, Result};
use crate::view::agenda::{ActivityView, AgendaView, ZoneView};
use crate::view::groups::{GroupView, GroupsView, LeftOut};
use crate::view::listing::Row;
use crate::view::people::Scrubbed;
use crate::view::report::ReportView;
use crate::view::summary::{SeriesView, SummaryView};
use crate::view::{Header, SignatoryView};

/// The version of the documents' JSON shapes.
const SCHEMA: u32 = 1;

/// Why JSON could not be written (the message, in one place for translation).
fn failed(e: &serde_json::Error) -> Error {
    Error::input(format!("cannot write JSON: {e}"), None)
}

/// The one serializer of every document: pretty-printed, ending in a newline.
pub fn to_string(doc: &impl Serialize) -> Result<String> {
    let mut text = serde_json::to_string_pretty(doc).map_err(|e| failed(&e))?;
    text.push('\n');
    Ok(text)
}

/// A view as its own JSON document: the view's fields without its labels, plus `schema`.
fn view_document(view: &impl Serialize) -> Result<serde_json::Value> {
    let mut value = serde_json::to_value(view).map_err(|e| failed(&e))?;
    if let Some(map) = value.as_object_mut() {
        map.remove("labels");
        map.insert("schema".to_string(), serde_json::Value::from(SCHEMA));
    }
    Ok(value)
}

/// The machine-readable agenda: stable field names, ISO dates, 24-hour times.
#[derive(Serialize)]
struct AgendaJson<'a> {
    schema: u32,
    session: &'a Header,
    /// `[approval]` / `[agreed]` (the session's, else `cowork.toml`'s); `null` when none.
    approval: Option<&'a SignatoryView>,
    agreed: Option<&'a SignatoryView>,
    zones: &'a [ZoneView],
    days: Vec<AgendaDayJson<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    open_decisions: &'a [crate::view::decisions::OpenDecision],
}

#[derive(Serialize)]
struct AgendaDayJson<'a> {
    day: usize,
    date: &'a str,
    activities: &'a [ActivityView],
}

/// The resolved schedule of `cowork agenda --format json`.
pub fn agenda(view: &AgendaView) -> Result<String> {
    to_string(&AgendaJson {
        schema: SCHEMA,
        session: &view.header,
        approval: view.approval.as_ref(),
        agreed: view.agreed.as_ref(),
        zones: &view.zones,
        days: view
            .days
            .iter()
            .map(|d| AgendaDayJson {
                day: d.number,
                date: &d.date,
                activities: &d.activities,
            })
            .collect(),
        open_decisions: &view.open_decisions,
    })
}

/// The machine-readable groups: stable field names.
#[derive(Serialize)]
struct GroupsJson<'a> {
    schema: u32,
    title: &'a str,
    /// The groups as the file records them, not made anew by this run.
    recorded: bool,
    day: Option<usize>,
    count: usize,
    groups: &'a [GroupView],
    left_out: &'a [LeftOut],
}

/// The groups of `cowork groups --format json`.
pub fn groups(view: &GroupsView) -> Result<String> {
    to_string(&GroupsJson {
        schema: SCHEMA,
        title: &view.header.title,
        recorded: view.recorded,
        day: view.day.as_ref().map(|d| d.number),
        count: view.groups.len(),
        groups: &view.groups,
        left_out: &view.left_out,
    })
}

/// The figures of one session's summary.
pub fn summary(view: &SummaryView) -> Result<String> {
    to_string(&view_document(view)?)
}

/// The figures of a series' summary.
pub fn series_summary(view: &SeriesView) -> Result<String> {
    to_string(&view_document(view)?)
}

/// The figures of the report (anonymized when the view is).
pub fn report(view: &Scrubbed<ReportView>) -> Result<String> {
    to_string(&view_document(view)?)
}

/// The sessions of a folder (`cowork list --format json`): one object per file.
pub fn list(rows: &[Row]) -> Result<String> {
    to_string(&rows)
}
