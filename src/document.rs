//! The one list of documents: their formats, built-in templates, archive files and index labels.
//!
//! Everything that must know every document is derived from [`DOCUMENTS`]: the built-in
//! templates ([`builtins`]), what `cowork templates` lists and dumps, the files an archived
//! session folder keeps ([`archived`]) and the labels of its index, and the fuzz loop. A
//! new document is one entry here plus its view and its templates.

use crate::session::model::Language;

/// What a document is about, for code that builds its view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Agenda,
    /// The door schedules of the zones (`agenda --zone`).
    Door,
    Attendance,
    Summary,
    SummarySeries,
    Report,
    /// The report with every name left out (`--anonymize`), for posting online.
    ReportAnonymized,
    Groups,
    Certificates,
    /// The sessions of a folder (`cowork list`).
    List,
    ArchiveIndex,
    /// The copy of the session file an archive folder keeps.
    SessionCopy,
}

/// A built-in template: its file name in `templates/`, its text, what it renders.
#[derive(Debug)]
pub struct Template {
    pub name: &'static str,
    pub source: &'static str,
    pub renders: &'static str,
}

/// How a format of a document is made.
#[derive(Debug, Clone, Copy)]
pub enum Made {
    /// By a tera template (built in, or the user's file of the same name).
    Template(&'static Template),
    /// By code: a terminal table, JSON, CSV, iCalendar.
    Code,
    /// A byte-for-byte copy of the session file.
    Copy,
    /// Printed from the document's `html` by a browser (`crate::print`): made by the run
    /// that writes it (a command's `--format pdf`, the archive), never by a renderer.
    Printed,
    /// By another document's template (of this file name), from its view with every
    /// personal name left out (`--anonymize`).
    Anonymized(&'static str),
}

/// One format a document is offered in.
#[derive(Debug, Clone, Copy)]
pub struct Format {
    /// As `--format` names it: `md`, `html`, `csv`.
    pub name: &'static str,
    pub made: Made,
    /// The file name an archived session folder keeps it under, if it keeps it.
    pub archived_as: Option<&'static str>,
}

/// A document: its name, formats and label in the archive's index.
#[derive(Debug)]
pub struct Document {
    pub kind: Kind,
    /// As the commands and templates name it: `agenda`, `summary-series` (in messages of
    /// the fuzz loop so far).
    #[cfg_attr(not(feature = "fuzzing"), allow(dead_code))]
    pub name: &'static str,
    pub formats: &'static [Format],
    /// The label of its links in the archive's index: Russian, English.
    pub index_label: Option<(&'static str, &'static str)>,
}

impl Document {
    /// Its label in the archive's index in `language`, if the archive keeps it.
    pub fn index_label(&self, language: Language) -> Option<&'static str> {
        self.index_label.map(|(ru, en)| match language {
            Language::Ru => ru,
            Language::En => en,
        })
    }

    /// Its built-in templates, in format order.
    pub fn templates(&self) -> impl Iterator<Item = &'static Template> + use<> {
        let formats = self.formats;
        formats.iter().filter_map(|f| match f.made {
            Made::Template(t) => Some(t),
            Made::Code | Made::Copy | Made::Printed | Made::Anonymized(_) => None,
        })
    }

    /// The file names an archived session folder keeps of it, in format order.
    pub fn archived(&self) -> impl Iterator<Item = &'static str> + use<> {
        let formats = self.formats;
        formats.iter().filter_map(|f| f.archived_as)
    }
}

/// A format made by a template: `template!(name, renders)`, its text embedded from `templates/`.
macro_rules! template {
    ($name:literal, $renders:literal) => {
        Made::Template(&Template {
            name: $name,
            source: include_str!(concat!("../templates/", $name)),
            renders: $renders,
        })
    };
}

const fn format(name: &'static str, made: Made) -> Format {
    Format {
        name,
        made,
        archived_as: None,
    }
}

const fn kept(name: &'static str, made: Made, file: &'static str) -> Format {
    Format {
        name,
        made,
        archived_as: Some(file),
    }
}

/// Every document, in the order `cowork templates` lists them and the archive's index
/// links them.
pub const DOCUMENTS: &[Document] = &[
    Document {
        kind: Kind::Agenda,
        name: "agenda",
        formats: &[
            format("table", Made::Code),
            kept(
                "md",
                template!("agenda.md", "the agenda (План проведения) in Markdown"),
                "agenda.md",
            ),
            kept(
                "html",
                template!("agenda.html", "the agenda as a printable HTML page"),
                "agenda.html",
            ),
            kept("pdf", Made::Printed, "agenda.pdf"),
            format("txt", template!("agenda.txt", "the agenda as plain text")),
            format("json", Made::Code),
            format("ics", Made::Code),
            kept("docx", Made::Code, "agenda.docx"),
        ],
        index_label: Some(("План проведения", "Agenda")),
    },
    Document {
        kind: Kind::Door,
        name: "door",
        formats: &[
            format(
                "md",
                template!("door.md", "the door schedule of a zone in Markdown"),
            ),
            kept(
                "html",
                template!(
                    "door.html",
                    "the door schedules of the zones, one A4 page per zone and day"
                ),
                "doors.html",
            ),
            format(
                "txt",
                template!("door.txt", "the door schedule of a zone as plain text"),
            ),
            format("docx", Made::Code),
            format("pdf", Made::Printed),
            // On a terminal: the plain text, as `door.txt` (never picked by an extension).
            format("table", Made::Code),
        ],
        index_label: Some(("Расписания зон на двери", "Door schedules")),
    },
    Document {
        kind: Kind::Attendance,
        name: "attendance",
        formats: &[
            format("table", Made::Code),
            kept(
                "md",
                template!(
                    "attendance.md",
                    "the sign-in sheets (Лист регистрации) in Markdown"
                ),
                "attendance.md",
            ),
            kept(
                "html",
                template!(
                    "attendance.html",
                    "the sign-in sheets as printable HTML, one A4 page per day"
                ),
                "attendance.html",
            ),
            kept("csv", Made::Code, "attendance.csv"),
            format("xlsx", Made::Code),
            format("docx", Made::Code),
            format("pdf", Made::Printed),
        ],
        index_label: Some(("Листы регистрации", "Sign-in sheets")),
    },
    Document {
        kind: Kind::Summary,
        name: "summary",
        formats: &[
            format("table", Made::Code),
            kept(
                "md",
                template!(
                    "summary.md",
                    "the plus/minus summary (Итоги обсуждения) in Markdown"
                ),
                "summary.md",
            ),
            kept(
                "html",
                template!(
                    "summary.html",
                    "the plus/minus summary as a printable HTML page"
                ),
                "summary.html",
            ),
            format("json", Made::Code),
            format("docx", Made::Code),
            format("pdf", Made::Printed),
        ],
        index_label: Some(("Итоги обсуждения", "Plus/minus summary")),
    },
    Document {
        kind: Kind::SummarySeries,
        name: "summary-series",
        formats: &[
            format("table", Made::Code),
            format(
                "md",
                template!(
                    "summary-series.md",
                    "the plus/minus summary of a series of sessions in Markdown"
                ),
            ),
            format(
                "html",
                template!(
                    "summary-series.html",
                    "the plus/minus summary of a series as a printable HTML page"
                ),
            ),
            format("json", Made::Code),
            format("docx", Made::Code),
            format("pdf", Made::Printed),
        ],
        index_label: None,
    },
    Document {
        kind: Kind::Report,
        name: "report",
        formats: &[
            kept(
                "md",
                template!(
                    "report.md",
                    "the post-session report (Аналитическая справка) in Markdown"
                ),
                "report.md",
            ),
            kept(
                "html",
                template!(
                    "report.html",
                    "the post-session report as a printable HTML page"
                ),
                "report.html",
            ),
            kept("pdf", Made::Printed, "report.pdf"),
            format(
                "txt",
                template!("report.txt", "the post-session report as plain text"),
            ),
            format("json", Made::Code),
            format("xlsx", Made::Code),
            kept("docx", Made::Code, "report.docx"),
        ],
        index_label: Some(("Аналитическая справка", "Report")),
    },
    // The report's own templates, rendered from the view that leaves every name out.
    Document {
        kind: Kind::ReportAnonymized,
        name: "report-anonymized",
        formats: &[
            kept("md", Made::Anonymized("report.md"), "report-anonymized.md"),
            kept(
                "html",
                Made::Anonymized("report.html"),
                "report-anonymized.html",
            ),
        ],
        index_label: Some(("Аналитическая справка без имён", "Report without names")),
    },
    Document {
        kind: Kind::Groups,
        name: "groups",
        formats: &[
            format("table", Made::Code),
            format(
                "md",
                template!("groups.md", "the groups for group work in Markdown"),
            ),
            kept(
                "html",
                template!("groups.html", "the groups as one printable A4 page"),
                "groups.html",
            ),
            format("json", Made::Code),
            format("docx", Made::Code),
            format("pdf", Made::Printed),
        ],
        index_label: Some(("Состав групп", "Groups")),
    },
    Document {
        kind: Kind::Certificates,
        name: "certificates",
        formats: &[
            format(
                "md",
                template!(
                    "certificates.md",
                    "the certificates (Сертификаты) in Markdown"
                ),
            ),
            kept(
                "html",
                template!(
                    "certificates.html",
                    "the certificates as printable HTML, one A4 landscape page each"
                ),
                "certificates.html",
            ),
            format("docx", Made::Code),
            format("pdf", Made::Printed),
        ],
        index_label: Some(("Сертификаты", "Certificates")),
    },
    Document {
        kind: Kind::List,
        name: "list",
        formats: &[
            format("table", Made::Code),
            format("json", Made::Code),
            format("ics", Made::Code),
            format("xlsx", Made::Code),
        ],
        index_label: None,
    },
    Document {
        kind: Kind::ArchiveIndex,
        name: "archive-index",
        formats: &[format(
            "md",
            template!(
                "archive-index.md",
                "the archive's README.md: every archived session with links"
            ),
        )],
        index_label: None,
    },
    Document {
        kind: Kind::SessionCopy,
        name: "session",
        formats: &[kept("toml", Made::Copy, "session.toml")],
        index_label: Some(("Файл сессии", "Session file")),
    },
];

/// The built-in templates no document renders alone: the pieces the others extend or include.
pub const PARTIALS: &[Template] = &[
    Template {
        name: "base.html",
        source: include_str!("../templates/base.html"),
        renders: "the page every HTML document extends: its <head>, with the style",
    },
    Template {
        name: "style.css",
        source: include_str!("../templates/style.css"),
        renders: "the print style shared by every HTML document",
    },
    Template {
        name: "session-header.html",
        source: include_str!("../templates/session-header.html"),
        renders: "the theme, dates, venue, goal and tasks atop the HTML agenda and report",
    },
];

/// The pages of `cowork serve` (the room): served, not written, so no document of their own.
pub const ROOM: &[Template] = &[
    Template {
        name: "room-participants.html",
        source: include_str!("../templates/room-participants.html"),
        renders: "the room's page for the phones: add a plus, a minus or «интересно», vote",
    },
    Template {
        name: "room-door.html",
        source: include_str!("../templates/room-door.html"),
        renders: "the room's door page for the methodist: check-in, walk-ins, totals",
    },
    Template {
        name: "room-board.html",
        source: include_str!("../templates/room-board.html"),
        renders: "the room's board for the projector: the points live, the join QR code",
    },
    Template {
        name: "room-error.html",
        source: include_str!("../templates/room-error.html"),
        renders: "the room's page for a refused form or page",
    },
    Template {
        name: "room-base.html",
        source: include_str!("../templates/room-base.html"),
        renders: "the page every room page extends: viewport, style, script",
    },
    Template {
        name: "room.css",
        source: include_str!("../templates/room.css"),
        renders: "the screen style of the room's pages (phones, tablet, projector)",
    },
    Template {
        name: "room.js",
        source: include_str!("../templates/room.js"),
        renders: "the room's script: the live board and the search as you type",
    },
];

/// Every built-in template: each document's, in list order, then the partials; a template
/// two documents share (the report's) once.
pub fn builtins() -> impl Iterator<Item = &'static Template> {
    // Each template belongs to one document: the anonymised report renders the report's own
    // templates by name (`Made::Anonymized`), it has none of its own.
    DOCUMENTS
        .iter()
        .flat_map(Document::templates)
        .chain(PARTIALS.iter())
        .chain(ROOM.iter())
}

/// The built-in template of this file name.
pub fn builtin(name: &str) -> Option<&'static Template> {
    builtins().find(|t| t.name == name)
}

/// The formats the document of this kind is offered in: what its command accepts as
/// `--format` and `-o` (none for a kind without a document, which a test rules out).
pub fn formats_of(kind: Kind) -> &'static [Format] {
    DOCUMENTS
        .iter()
        .find(|d| d.kind == kind)
        .map_or(&[], |d| d.formats)
}

/// The document of this kind.
#[cfg(any(test, feature = "fuzzing"))]
pub fn document(kind: Kind) -> &'static Document {
    DOCUMENTS
        .iter()
        .find(|d| d.kind == kind)
        .expect("DOCUMENTS has an entry of every kind (tested)")
}

/// Every file an archived session folder keeps, with its document, in index order.
pub fn archived() -> impl Iterator<Item = (&'static Document, &'static str)> {
    DOCUMENTS
        .iter()
        .flat_map(|d| d.archived().map(move |file| (d, file)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_file_in_templates_is_a_builtin_and_every_builtin_a_file() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
        let files: BTreeSet<String> = std::fs::read_dir(dir)
            .expect("templates/ is in the repository")
            .map(|e| {
                e.expect("templates/ lists")
                    .file_name()
                    .into_string()
                    .expect("template names are UTF-8")
            })
            .collect();
        let names: Vec<&str> = builtins().map(|t| t.name).collect();
        let unique: BTreeSet<String> = names.iter().map(|n| n.to_string()).collect();
        assert_eq!(names.len(), unique.len(), "a template is listed twice");
        assert_eq!(unique, files);
        for t in builtins() {
            let on_disk = std::fs::read_to_string(format!("{dir}/{}", t.name))
                .expect("a built-in template reads");
            assert_eq!(t.source, on_disk, "{}", t.name);
        }
    }

    #[test]
    fn every_builtin_template_is_listed_once() {
        let names: Vec<&str> = builtins().map(|t| t.name).collect();
        let unique: BTreeSet<&str> = names.iter().copied().collect();
        assert_eq!(names.len(), unique.len(), "{names:?}");
    }

    #[test]
    fn every_kind_has_one_document_and_every_archived_file_one_owner() {
        let kinds = [
            Kind::Agenda,
            Kind::Door,
            Kind::Attendance,
            Kind::Summary,
            Kind::SummarySeries,
            Kind::Report,
            Kind::ReportAnonymized,
            Kind::Groups,
            Kind::Certificates,
            Kind::List,
            Kind::ArchiveIndex,
            Kind::SessionCopy,
        ];
        for kind in kinds {
            assert_eq!(DOCUMENTS.iter().filter(|d| d.kind == kind).count(), 1);
        }
        assert_eq!(DOCUMENTS.len(), kinds.len());
        let files: Vec<&str> = archived().map(|(_, f)| f).collect();
        let unique: BTreeSet<&str> = files.iter().copied().collect();
        assert_eq!(files.len(), unique.len());
        for (document, _) in archived() {
            assert!(
                document.index_label.is_some(),
                "{} is archived without an index label",
                document.name
            );
        }
    }

    #[test]
    fn the_archive_keeps_a_printable_copy_of_every_document() {
        let files: Vec<&str> = archived().map(|(_, f)| f).collect();
        assert_eq!(
            files,
            [
                "agenda.md",
                "agenda.html",
                "agenda.pdf",
                "agenda.docx",
                "doors.html",
                "attendance.md",
                "attendance.html",
                "attendance.csv",
                "summary.md",
                "summary.html",
                "report.md",
                "report.html",
                "report.pdf",
                "report.docx",
                "report-anonymized.md",
                "report-anonymized.html",
                "groups.html",
                "certificates.html",
                "session.toml",
            ]
        );
    }
}
