//! The documents an archived session folder keeps, rendered in memory.

use std::path::Path;

use crate::error::Result;
use crate::render::Renderer;
use crate::series;
use crate::session::file::Checked;
use crate::view::{agenda, attendance, decisions, report, summary};

/// A rendered document: its file name inside the session folder and its bytes.
pub type Document = (String, Vec<u8>);

/// The copy of the session file every archive folder keeps; the index is built from these.
pub const SESSION_COPY: &str = "session.toml";

/// Every rendered document the archive keeps, in the order the index links them.
pub const RENDERED: &[&str] = &[
    "agenda.md",
    "agenda.html",
    "attendance.md",
    "attendance.csv",
    "summary.md",
    "report.md",
    "report.html",
];

/// Every document of one session, rendered in memory, then the copy of the session file;
/// and what could not be read beside it. Each view is built once: the series siblings (for
/// carried-over decisions) and `cowork.toml` (for blank rows) are read once per session,
/// not once per document.
pub fn documents(
    checked: &Checked,
    renderer: &Renderer,
) -> Result<(Vec<Document>, Vec<series::Problem>)> {
    let (session, schedule) = (&checked.session, &checked.schedule);
    let earlier = series::earlier_sessions(Path::new(&checked.file.path), session);
    let carried = decisions::carried_over(earlier.sessions(), session.info.language, false);
    let agenda = agenda::build(session, schedule, None, carried.clone());
    let blank_rows = crate::workspace::blank_rows(None)?;
    let attendance = attendance::build(session, schedule, None, blank_rows);
    let summary = summary::build(session, schedule, false);
    let report = report::build(session, schedule, false, carried);

    let rendered: [(&str, String); 7] = [
        ("agenda.md", renderer.render("agenda.md", &agenda)?),
        ("agenda.html", renderer.render("agenda.html", &agenda)?),
        (
            "attendance.md",
            renderer.render("attendance.md", &attendance)?,
        ),
        (
            "attendance.csv",
            crate::render::csv::attendance(&attendance)?,
        ),
        ("summary.md", renderer.render("summary.md", &summary)?),
        ("report.md", renderer.render("report.md", &report)?),
        ("report.html", renderer.render("report.html", &report)?),
    ];
    debug_assert!(
        rendered
            .iter()
            .map(|(n, _)| *n)
            .eq(RENDERED.iter().copied())
    );
    let mut docs: Vec<Document> = rendered
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.into_bytes()))
        .collect();
    docs.push((
        SESSION_COPY.to_string(),
        checked.file.text.as_bytes().to_vec(),
    ));
    Ok((docs, earlier.problems))
}

/// Every file name a session folder may hold, in link order.
pub fn known_names() -> impl Iterator<Item = &'static str> {
    RENDERED
        .iter()
        .copied()
        .chain(std::iter::once(SESSION_COPY))
}
