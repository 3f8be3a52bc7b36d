//! The documents an archived session folder keeps, rendered in memory.

use std::path::Path;

use crate::document::{Document as DocumentEntry, Format, Kind, Made};
use crate::error::Result;
use crate::render::Renderer;
use crate::series;
use crate::session::file::Checked;
use crate::session::model::{Session, Signatures};
use crate::view::{agenda, attendance, certificates, decisions, door, groups, report, summary};

/// A rendered document: its file name inside the session folder and its bytes.
pub type Document = (String, Vec<u8>);

/// The copy of the session file every archive folder keeps; the index is built from these.
pub const SESSION_COPY: &str = "session.toml";

/// Every document of one session the archive keeps (see [`crate::document::archived`]),
/// rendered in memory, in index order, the copy of the session file among them.
/// Each view is built once: the series siblings (for carried-over decisions) and
/// are read once per session, not once per document; what could not be read beside the
/// session comes back with the documents.
pub fn documents(
    checked: &Checked,
    renderer: &Renderer,
    settings: &Settings,
) -> Result<(Vec<Document>, Vec<series::Problem>)> {
    let Settings {
        blank_rows,
        signatures,
        today,
    } = settings;
    let blank_rows = *blank_rows;
    let (session, schedule) = (&checked.session, &checked.schedule);
    let earlier = series::earlier_sessions(Path::new(&checked.file.path), session);
    let lang = session.info.language;
    let plan_as_of = decisions::plan_as_of(session, *today);
    let report_as_of = report::as_of(session, *today);
    let carried = decisions::carried_over(earlier.sessions(), lang, false, plan_as_of);
    let agenda = agenda::build(session, schedule, None, carried, signatures);
    let doors = door::build(&agenda, door::Doors::Every, session.info.language);
    let attendance = attendance::build(session, schedule, None, blank_rows);
    let summary = summary::build(session, schedule, false);
    // A session archived before it is held keeps a draft of its report («Проект»).
    let options = report::Options {
        anonymize: false,
        today: *today,
        draft: false,
    };
    let anonymized = report::build(
        session,
        schedule,
        &report::Options {
            anonymize: true,
            ..options
        },
        decisions::carried_over(earlier.sessions(), lang, true, report_as_of),
    );
    let carried = decisions::carried_over(earlier.sessions(), lang, false, report_as_of);
    let report = report::build(session, schedule, &options, carried);
    // Certificates only once attendance is recorded (see [`keeps`]): not built before.
    let certificates = keeps(Kind::Certificates, session).then(|| {
        certificates::build(
            session,
            certificates::Selection {
                all_registered: false,
                only: None,
            },
            signatures,
        )
    });
    // The groups only when the file records them: the archive never makes them up.
    let groups = keeps(Kind::Groups, session).then(|| groups::recorded(session, None));

    let mut docs: Vec<Document> = Vec::new();
    for (document, format, file) in archived_formats() {
        if !keeps(document.kind, session) {
            continue;
        }
        let text = match (document.kind, format.made) {
            (Kind::Agenda, Made::Code) if format.name == "docx" => {
                docs.push((file.to_string(), crate::render::docx::agenda(&agenda)?));
                continue;
            }
            (Kind::Report, Made::Code) if format.name == "docx" => {
                docs.push((file.to_string(), crate::render::docx::report(&report)?));
                continue;
            }
            (_, Made::Copy) => checked.file.text.clone(),
            // Printed by the run from the HTML below, when a browser is there.
            (_, Made::Printed) => continue,
            (Kind::Agenda, Made::Template(t)) => renderer.render(t.name, &agenda)?,
            (Kind::Door, Made::Template(t)) => renderer.render(t.name, &doors)?,
            (Kind::Attendance, Made::Template(t)) => renderer.render(t.name, &attendance)?,
            (Kind::Attendance, Made::Code) if format.name == "csv" => {
                crate::render::csv::attendance(&attendance)?
            }
            (Kind::Summary, Made::Template(t)) => renderer.render(t.name, &summary)?,
            (Kind::Report, Made::Template(t)) => renderer.render(t.name, &report)?,
            (Kind::Groups, Made::Template(t)) => match &groups {
                Some(groups) => renderer.render(t.name, groups)?,
                None => continue,
            },
            (Kind::Certificates, Made::Template(t)) => match &certificates {
                Some(certificates) => renderer.render(t.name, certificates)?,
                None => continue,
            },
            (Kind::ReportAnonymized, Made::Anonymized(name)) => {
                renderer.render(name, &anonymized)?
            }
            _ => return Err(unknown_document(file)),
        };
        docs.push((file.to_string(), text.into_bytes()));
    }
    Ok((docs, earlier.problems))
}

/// The PDFs the archive keeps, each with the index in `docs` of the HTML it is printed
/// from (the same document's `html`), in index order.
pub fn printable(docs: &[Document]) -> Vec<(&'static str, usize)> {
    archived_formats()
        .filter(|(_, f, _)| matches!(f.made, Made::Printed))
        .filter_map(|(document, _, pdf)| {
            let html = document
                .formats
                .iter()
                .find(|f| f.name == "html")
                .and_then(|f| f.archived_as)?;
            let at = docs.iter().position(|(name, _)| name == html)?;
            Some((pdf, at))
        })
        .collect()
}

/// The file names of the PDFs the archive keeps when a browser is there.
pub fn printed_names() -> Vec<&'static str> {
    archived_formats()
        .filter(|(_, f, _)| matches!(f.made, Made::Printed))
        .map(|(_, _, file)| file)
        .collect()
}

/// What the workspace gives every archived document.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Walk-in rows on the sign-in sheets.
    pub blank_rows: usize,
    /// `cowork.toml`'s signature blocks, for a session that gives none.
    pub signatures: Signatures,
    /// Today, as the command line knows it: a report of a session ahead is a draft, and
    /// decisions past their due date are overdue.
    pub today: chrono::NaiveDate,
}

/// Every format the archive keeps, with its document and file name, in index order.
fn archived_formats()
-> impl Iterator<Item = (&'static DocumentEntry, &'static Format, &'static str)> {
    crate::document::DOCUMENTS.iter().flat_map(|d| {
        d.formats
            .iter()
            .filter_map(move |f| f.archived_as.map(|file| (d, f, file)))
    })
}

/// A document listed as archived that no code above makes: a mistake in this program,
/// caught by the archive's tests, reported rather than a panic.
fn unknown_document(file: &str) -> crate::error::Error {
    crate::error::Error::input(
        crate::tr!("archive-unknown-document", file = file),
        Some(&crate::tr!("archive-unknown-document-hint")),
    )
}

/// Whether the folder of `session` keeps the document of `kind`: certificates only once
/// attendance is recorded (before, nobody is known to have come), the groups only when the
/// file records them.
fn keeps(kind: Kind, session: &Session) -> bool {
    match kind {
        Kind::Certificates => !session.attendance.is_empty(),
        Kind::Groups => groups::recorded_count(session) > 0,
        _ => true,
    }
}

/// The file names the folder of `session` holds, in link order.
pub fn names_for(session: &Session) -> impl Iterator<Item = &'static str> + use<'_> {
    crate::document::archived()
        .filter(move |(d, _)| keeps(d.kind, session))
        .map(|(_, file)| file)
}

/// Every file name a session folder may hold, in link order.
pub fn known_names() -> impl Iterator<Item = &'static str> {
    crate::document::archived().map(|(_, file)| file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_copy_is_the_archived_copy_of_the_session() {
        let copies: Vec<&str> = archived_formats()
            .filter(|(_, f, _)| matches!(f.made, Made::Copy))
            .map(|(_, _, file)| file)
            .collect();
        assert_eq!(copies, [SESSION_COPY]);
    }

    /// The documents of the example, with the attendance of day 1 recorded or not.
    fn archived_names(attendance: bool) -> Vec<String> {
        let mut text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/grazhdansko-patrioticheskoe.toml"
        ))
        .expect("the example reads");
        assert!(!text.contains("[[attendance]]"));
        if attendance {
            text.push_str("\n[[attendance]]\nday = 1\nguests = 2\n");
            // And groups recorded, so that every document the archive can keep is kept.
            let first = text
                .find("[[participants]]")
                .expect("the example has participants");
            let name_line = text[first..].find('\n').expect("a line ends") + first + 1;
            text.insert_str(name_line, "group = 1\n");
        }
        let checked = crate::session::file::check_text("s.toml", text).expect("the example parses");
        let renderer = Renderer::new(&crate::render::TemplateSource::default());
        let blank_rows = crate::workspace::DEFAULT_BLANK_ROWS;
        let settings = Settings {
            blank_rows,
            ..Settings::default()
        };
        let (docs, _) = documents(&checked, &renderer, &settings).expect("every document renders");
        let printable: Vec<(&str, &str)> = printable(&docs)
            .into_iter()
            .map(|(pdf, at)| (pdf, docs[at].0.as_str()))
            .collect();
        assert_eq!(
            printable,
            [("agenda.pdf", "agenda.html"), ("report.pdf", "report.html")]
        );
        let names: Vec<String> = docs.into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, not_printed(names_for(&checked.session)));
        names
    }

    /// The names less the PDFs, which the run prints (when a browser is there).
    fn not_printed<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
        let printed = printed_names();
        names.filter(|n| !printed.contains(n)).collect()
    }

    #[test]
    fn every_archived_document_is_made() {
        assert_eq!(archived_names(true), not_printed(known_names()));
    }

    #[test]
    fn certificates_are_kept_once_attendance_is_recorded() {
        let without = archived_names(false);
        assert!(!without.iter().any(|n| n == "certificates.html"));
        // Nor the groups, which this file does not record either.
        assert_eq!(without.len() + 2, not_printed(known_names()).len());
    }

    #[test]
    fn the_groups_are_kept_only_when_the_file_records_them() {
        let renderer = Renderer::new(&crate::render::TemplateSource::default());
        let names = |text: &str| -> Vec<String> {
            let checked =
                crate::session::file::check_text("s.toml", text.to_string()).expect("it parses");
            let (docs, _) = documents(&checked, &renderer, &Settings::default())
                .expect("every document renders");
            docs.into_iter().map(|(n, _)| n).collect()
        };
        let recorded = include_str!("../../tests/fixtures/groups/recorded.toml");
        assert!(names(recorded).iter().any(|n| n == "groups.html"));
        let none: String = recorded
            .lines()
            .filter(|l| !l.starts_with("group = "))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(!names(&none).iter().any(|n| n == "groups.html"));
    }
}
