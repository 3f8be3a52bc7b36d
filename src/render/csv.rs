//! CSV for spreadsheets; pure: view → text.

use std::borrow::Cow;

use crate::error::{Error, Result};
use crate::session::model::Language;
use crate::view::attendance::AttendanceView;

/// Why CSV could not be written (the message, in one place for translation).
fn failed(e: impl std::fmt::Display) -> Error {
    Error::input(format!("cannot write CSV: {e}"), None)
}

/// Text from the session file as a spreadsheet cell: one that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return would be taken by Excel or LibreOffice for a formula
/// («=HYPERLINK(…)» in a name), so it gets a leading apostrophe, which spreadsheets show as
/// text and hide. Quoting alone does not help: the quotes are gone once the file is opened.
pub fn spreadsheet_text(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The sign-in sheets for spreadsheets: a byte-order mark so Excel reads UTF-8, one row per
/// participant per day; `;` separates Russian sessions' fields because Excel in a Russian
/// locale expects it.
pub fn attendance(view: &AttendanceView) -> Result<String> {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let delimiter = match Language::parse(view.header.language).unwrap_or_default() {
        Language::Ru => b';',
        Language::En => b',',
    };
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer
        .write_record([
            l("day"),
            l("date"),
            l("number"),
            l("full_name"),
            l("position"),
            l("organization"),
            l("mark"),
        ])
        .map_err(failed)?;
    for day in &view.days {
        for r in &day.rows {
            writer
                .write_record([
                    day.number.to_string().as_str(),
                    day.date.as_str(),
                    r.number.to_string().as_str(),
                    &spreadsheet_text(&r.name),
                    &spreadsheet_text(r.position.as_deref().unwrap_or_default()),
                    &spreadsheet_text(r.organization.as_deref().unwrap_or_default()),
                    r.status_text.unwrap_or_default(),
                ])
                .map_err(failed)?;
        }
    }
    let bytes = writer.into_inner().map_err(|e| failed(e.error()))?;
    let body = String::from_utf8(bytes).map_err(failed)?;
    Ok(format!("\u{feff}{body}"))
}
