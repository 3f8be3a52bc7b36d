//! The documents an archived session folder keeps, each a file name and a render function.

use crate::error::Result;
use crate::render::Renderer;
use crate::session_file::Checked;
use crate::view::{agenda, attendance, report, summary};

/// A rendered document: its file name inside the session folder and its bytes.
pub type Document = (String, Vec<u8>);

/// Renders one document of a session.
pub type RenderFn = fn(&Checked, &Renderer) -> Result<Vec<u8>>;

/// The copy of the session file every archive folder keeps; the index is built from these.
pub const SESSION_COPY: &str = "session.toml";

/// Every rendered document the archive keeps, in the order the index links them.
pub const RENDERED: &[(&str, RenderFn)] = &[
    ("agenda.md", agenda_md),
    ("agenda.html", agenda_html),
    ("attendance.md", attendance_md),
    ("attendance.csv", attendance_csv),
    ("summary.md", summary_md),
    ("report.md", report_md),
    ("report.html", report_html),
];

/// Open decisions of earlier sessions of the same series, found beside the session file.
fn carried_over(checked: &Checked) -> Vec<crate::series::OpenDecision> {
    crate::series::carried_over(
        std::path::Path::new(&checked.file.path),
        &checked.session,
        false,
    )
}

fn summary_md(checked: &Checked, renderer: &Renderer) -> Result<Vec<u8>> {
    let view = summary::build(&checked.session, &checked.schedule, false);
    Ok(renderer.render("summary.md", &view)?.into_bytes())
}

fn report_view(checked: &Checked) -> report::ReportView {
    report::build(
        &checked.session,
        &checked.schedule,
        false,
        carried_over(checked),
    )
}

fn report_md(checked: &Checked, renderer: &Renderer) -> Result<Vec<u8>> {
    Ok(renderer
        .render("report.md", &report_view(checked))?
        .into_bytes())
}

fn report_html(checked: &Checked, renderer: &Renderer) -> Result<Vec<u8>> {
    Ok(renderer
        .render("report.html", &report_view(checked))?
        .into_bytes())
}

fn attendance_view(checked: &Checked) -> Result<attendance::AttendanceView> {
    let blank_rows = crate::commands::attendance::blank_rows(None)?;
    Ok(attendance::build(
        &checked.session,
        &checked.schedule,
        None,
        blank_rows,
    ))
}

fn attendance_md(checked: &Checked, renderer: &Renderer) -> Result<Vec<u8>> {
    let view = attendance_view(checked)?;
    Ok(renderer.render("attendance.md", &view)?.into_bytes())
}

fn attendance_csv(checked: &Checked, _: &Renderer) -> Result<Vec<u8>> {
    let view = attendance_view(checked)?;
    let text = crate::commands::attendance::csv(&view, checked.session.info.language)?;
    Ok(text.into_bytes())
}

fn agenda_view(checked: &Checked) -> agenda::AgendaView {
    let mut view = agenda::build(&checked.session, &checked.schedule, None);
    view.open_decisions = carried_over(checked);
    view
}

fn agenda_md(checked: &Checked, renderer: &Renderer) -> Result<Vec<u8>> {
    Ok(renderer
        .render("agenda.md", &agenda_view(checked))?
        .into_bytes())
}

fn agenda_html(checked: &Checked, renderer: &Renderer) -> Result<Vec<u8>> {
    Ok(renderer
        .render("agenda.html", &agenda_view(checked))?
        .into_bytes())
}

/// Every document of one session, rendered in memory, then the copy of the session file.
pub fn documents(checked: &Checked, renderer: &Renderer) -> Result<Vec<Document>> {
    let mut docs = Vec::with_capacity(RENDERED.len() + 1);
    for (name, render) in RENDERED {
        docs.push((name.to_string(), render(checked, renderer)?));
    }
    docs.push((
        SESSION_COPY.to_string(),
        checked.file.text.as_bytes().to_vec(),
    ));
    Ok(docs)
}

/// Every file name a session folder may hold, in link order.
pub fn known_names() -> impl Iterator<Item = &'static str> {
    RENDERED
        .iter()
        .map(|(name, _)| *name)
        .chain(std::iter::once(SESSION_COPY))
}
