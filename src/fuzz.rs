//! The whole pipeline on one text, in-process, for the property tests and the fuzz target.
//!
//! [`pipeline`] runs what every command runs — parse, validate, schedule — and then, for a
//! session without errors, builds every document view and renders every format of every
//! document, the way the commands do, but without touching the file system. It panics when
//! an invariant breaks, which is what a fuzzer or a property test looks for:
//! - a syntax or validation problem is a diagnostic whose span lies inside the text, on
//!   character boundaries, and renders (plain and coloured) with `file:line:col`;
//! - a file with errors names at least one of them; a file without errors renders every
//!   document in every format without failing.

use std::sync::OnceLock;

use crate::document::{DOCUMENTS, Kind};
use crate::render::{Renderer, TemplateSource, csv, json, table};
use crate::session::diagnostic::{self, Diagnostic, SourceFile, Style};
use crate::session::file::{self as session_file, Checked};
use crate::view::people::People;
use crate::view::{agenda, attendance, door, groups, report, summary};

/// What became of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Not TOML: one located error.
    Syntax,
    /// TOML, but with errors (at least one, every one located).
    Invalid { errors: usize },
    /// A valid session: every document rendered in every format.
    Rendered { documents: usize },
}

/// The built-in templates, compiled once.
fn renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(|| Renderer::new(&TemplateSource::default()))
}

const PATH: &str = "fuzz.toml";

/// Asserts that a diagnostic points inside `file` and renders with its location.
fn assert_located(diag: &Diagnostic, file: &SourceFile) {
    let text = &file.text;
    let span = &diag.span;
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "span {span:?} of {:?} is outside the text ({} bytes)",
        diag.message,
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "span {span:?} of {:?} splits a character",
        diag.message
    );
    let (line, col) = file.line_col(span.start);
    let plain = diagnostic::render(diag, file, Style::Plain);
    assert!(
        plain.contains(&format!("{PATH}:{line}:{col}")),
        "the diagnostic does not name {PATH}:{line}:{col}:\n{plain}"
    );
    let _ = diagnostic::render(diag, file, Style::Colored);
}

fn rendered(result: crate::error::Result<String>, what: &str) -> String {
    match result {
        Ok(text) => text,
        Err(e) => panic!("{what} failed on a valid session:\n{e}"),
    }
}

/// A Word or Excel document, as the text of its size: it must be made, and be a zip.
fn word(result: crate::error::Result<Vec<u8>>, what: &str) -> String {
    let bytes = match result {
        Ok(bytes) => bytes,
        Err(e) => panic!("{what} failed on a valid session:\n{e}"),
    };
    assert!(bytes.starts_with(b"PK"), "{what} is not a zip");
    format!("{what}: {} bytes", bytes.len())
}

/// Runs the whole pipeline on `text`; panics when an invariant breaks (see the module docs).
pub fn pipeline(text: &str) -> Outcome {
    let checked = match session_file::check_text(PATH, text.to_string()) {
        Ok(checked) => checked,
        Err(_) => {
            let file = SourceFile::new(PATH, text);
            match crate::session::load::parse(text) {
                Err(diag) => {
                    assert!(diag.is_error());
                    assert_located(&diag, &file);
                    return Outcome::Syntax;
                }
                Ok(_) => panic!("check_text failed on a text that parses"),
            }
        }
    };
    for diag in &checked.diagnostics {
        assert_located(diag, &checked.file);
    }
    let _ = checked.render(Style::Plain);
    let _ = checked.render(Style::Colored);
    let errors = checked.errors();
    if errors > 0 {
        return Outcome::Invalid { errors };
    }
    Outcome::Rendered {
        documents: render_everything(&checked),
    }
}

/// Every document of a valid session in every format; returns how many texts were made.
pub fn render_everything(checked: &Checked) -> usize {
    let session = &checked.session;
    let schedule = &checked.schedule;
    let r = renderer();
    let mut texts: Vec<String> = Vec::new();
    let mut seen: Vec<Kind> = Vec::new();
    let days = schedule.days.len();

    // The agenda: all days, then each of the first few alone.
    let day_choices = std::iter::once(None).chain((1..=days.min(3)).map(Some));
    for day in day_choices {
        let carried = crate::view::decisions::open_decisions(
            session,
            &People::new(session, false),
            session.info.language,
            crate::clock::today(),
        );
        let view = agenda::build(session, schedule, day, carried, &Default::default());
        every_template(Kind::Agenda, &view, &mut texts, &mut seen);
        let doors = door::build(&view, door::Doors::Every, session.info.language);
        every_template(Kind::Door, &doors, &mut texts, &mut seen);
        if let Some(zone) = view.zones.first() {
            let one = door::build(&view, door::Doors::Of(zone), session.info.language);
            every_template(Kind::Door, &one, &mut texts, &mut seen);
        }
        texts.push(rendered(json::agenda(&view), "agenda json"));
        if day.is_none() {
            texts.push(word(crate::render::docx::agenda(&view), "agenda docx"));
            texts.push(word(crate::render::docx::doors(&doors), "doors docx"));
        }
        texts.push(table::agenda(&view, None));
        let uid = crate::session::identity::of(&session.info, std::path::Path::new("s.toml"));
        let made = crate::view::calendar::Made {
            at: chrono::DateTime::UNIX_EPOCH,
            default_zone: crate::session::timezone::DEFAULT,
        };
        texts.push(
            crate::view::calendar::session(session, schedule, &view, day, &uid, made).to_ics(),
        );
        if day.is_none() {
            let days =
                crate::view::calendar::SessionDays::of(session, schedule, uid, made.default_zone);
            texts.push(
                crate::view::calendar::sessions(session.info.language, "s", &[days], made).to_ics(),
            );
        }
    }

    // The sign-in sheets.
    for blank in [0, 5] {
        let view = attendance::build(session, schedule, None, blank);
        every_template(Kind::Attendance, &view, &mut texts, &mut seen);
        texts.push(rendered(csv::attendance(&view), "attendance csv"));
        texts.push(word(
            crate::render::docx::attendance(&view),
            "attendance docx",
        ));
        texts.push(word(
            crate::render::xlsx::attendance::attendance(&view),
            "attendance xlsx",
        ));
        texts.push(table::attendance(&view, None));
    }

    // Groups: everyone, and those present on each recorded day.
    let mut selections = vec![
        groups::Selection {
            day: None,
            include_all: false,
        },
        groups::Selection {
            day: None,
            include_all: true,
        },
    ];
    for record in &session.attendance {
        if let Some(day) = record
            .day
            .as_ref()
            .and_then(|d| usize::try_from(d.value).ok())
        {
            selections.push(groups::Selection {
                day: Some(day),
                include_all: false,
            });
        }
    }
    // Reached, even when nobody is there to group.
    seen.push(Kind::Groups);
    // The groups the file records, of everyone and of the first recorded day.
    if groups::recorded_count(session) > 0 {
        let first_day = selections.get(2).and_then(|s| s.day);
        for day in [None, first_day] {
            let view = groups::recorded(session, day);
            texts.push(word(crate::render::docx::groups(&view), "groups docx"));
            let placed = view.groups.iter().map(|g| g.size).sum::<usize>() + view.left_out.len();
            assert_eq!(
                placed,
                session.participants.len(),
                "recorded groups lost someone"
            );
            every_template(Kind::Groups, &view, &mut texts, &mut seen);
            texts.push(rendered(json::groups(&view), "groups json"));
            texts.push(table::groups(&view, None));
        }
    }
    for selection in selections.into_iter().take(5) {
        let people = groups::eligible_count(session, selection);
        for count in [1, 2, 3, 7] {
            if count > people {
                break;
            }
            let view = groups::build(session, count, selection);
            let placed: usize = view.groups.iter().map(|g| g.size).sum();
            assert_eq!(placed, people, "groups lost or doubled someone");
            every_template(Kind::Groups, &view, &mut texts, &mut seen);
            texts.push(rendered(json::groups(&view), "groups json"));
            texts.push(table::groups(&view, None));
        }
    }

    // The plus/minus summary, of the session and of a "series" of it twice.
    for by_activity in [false, true] {
        let view = summary::build(session, schedule, by_activity);
        let points: usize = view.feedback.kinds.iter().map(|k| k.count).sum();
        let with_kind = session.feedback.iter().filter(|f| f.kind.is_some()).count();
        assert_eq!(points, with_kind, "the summary lost a point");
        every_template(Kind::Summary, &view, &mut texts, &mut seen);
        texts.push(rendered(json::summary(&view), "summary json"));
        texts.push(word(crate::render::docx::summary(&view), "summary docx"));
        texts.push(table::summary(&view, None));
    }
    let mut later = session.clone();
    if let Some(first) = later.info.dates.first_mut()
        && let Some(next) = first.value.succ_opt()
    {
        first.value = next;
    }
    let series = summary::build_series(
        &[
            ("a.toml".to_string(), session.clone()),
            ("b.toml".to_string(), later),
        ],
        crate::clock::today(),
    );
    every_template(Kind::SummarySeries, &series, &mut texts, &mut seen);
    texts.push(rendered(
        json::series_summary(&series),
        "series summary json",
    ));
    texts.push(table::series_summary(&series, None));
    texts.push(word(
        crate::render::docx::series_summary(&series),
        "series docx",
    ));

    // The report, with names and anonymized, carrying its own open decisions over.
    for anonymize in [false, true] {
        let people = People::new(session, anonymize);
        let carried = crate::view::decisions::open_decisions(
            session,
            &people,
            session.info.language,
            crate::clock::today(),
        );
        let options = report::Options {
            anonymize,
            today: crate::clock::today(),
            draft: false,
        };
        let view = report::build(session, schedule, &options, carried);
        every_template(
            if anonymize {
                Kind::ReportAnonymized
            } else {
                Kind::Report
            },
            &view,
            &mut texts,
            &mut seen,
        );
        texts.push(rendered(json::report(&view), "report json"));
        texts.push(word(crate::render::docx::report(&view), "report docx"));
        texts.push(word(
            crate::render::xlsx::report::report(&view),
            "report xlsx",
        ));
    }

    // The certificates: of those present, of everyone registered, of each of a few alone.
    for all_registered in [false, true] {
        let only = std::iter::once(None).chain((0..session.participants.len().min(3)).map(Some));
        for only in only {
            let selection = crate::view::certificates::Selection {
                all_registered,
                only,
            };
            let view = crate::view::certificates::build(session, selection, &Default::default());
            every_template(Kind::Certificates, &view, &mut texts, &mut seen);
            texts.push(word(
                crate::render::docx::certificates(&view),
                "certificates docx",
            ));
        }
    }

    // The archive's index, listing this session.
    let entry = crate::archive::index::Entry::of("2026/2026-01-01-fuzz", checked);
    let entries = std::iter::once((entry.folder.clone(), entry)).collect();
    texts.push(rendered(
        crate::archive::index::render(&entries, r)
            .map(|b| String::from_utf8_lossy(&b).into_owned()),
        "archive index",
    ));
    seen.push(Kind::ArchiveIndex);

    // Every document with a template has been through all of them: a new one cannot be
    // left out of this loop unnoticed.
    for document in DOCUMENTS {
        if document.templates().next().is_some() {
            assert!(
                seen.contains(&document.kind),
                "the fuzz loop renders no {}",
                document.name
            );
        }
    }
    texts.len()
}

/// Renders `view` with every template of the document of `kind`, as a command would.
fn every_template(
    kind: Kind,
    view: &impl serde::Serialize,
    texts: &mut Vec<String>,
    seen: &mut Vec<Kind>,
) {
    let document = crate::document::document(kind);
    for template in document.templates() {
        texts.push(rendered(
            renderer().render(template.name, view),
            template.name,
        ));
    }
    if !seen.contains(&kind) {
        seen.push(kind);
    }
}
