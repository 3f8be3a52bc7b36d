//! Reading a session file from disk through the whole front of the pipeline: bytes → text →
//! model → validated schedule, with every diagnostic located in the file.

use std::io::Read;
use std::path::Path;

use crate::error::{Failure, Result};
use crate::session::diagnostic::{Diagnostic, SourceFile, Style};
use crate::session::load::{self, MAX_FILE_SIZE};
use crate::session::model::Session;
use crate::session::schedule::Schedule;
use crate::session::validate;

/// A session file read and checked.
#[derive(Debug)]
pub struct Checked {
    pub file: SourceFile,
    pub session: Session,
    pub schedule: Schedule,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// Every diagnostic rendered rustc-style.
    pub fn render(&self, style: Style) -> String {
        crate::error::render_diagnostics(&self.diagnostics, &self.file, style)
    }
}

pub use crate::error::MAX_SHOWN;

/// Reads a file's text: refuses what is too big, not UTF-8 (with the place of the first bad
/// byte) or unreadable. A byte-order mark is dropped.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
    decode(path, bytes).map(|(text, _bom)| text)
}

/// Reads a session file's bytes within the size limit.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let shown = path.display();
    let file = std::fs::File::open(path).map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::NotFound => {
                Some("check the path; session files usually live in sessions/")
            }
            _ => None,
        };
        Failure::input(format!("cannot open {shown}: {}", io_reason(&e)), hint)
    })?;
    let meta = file
        .metadata()
        .map_err(|e| Failure::input(format!("cannot read {shown}: {}", io_reason(&e)), None))?;
    if meta.is_dir() {
        return Err(Failure::input(
            format!("{shown} is a folder, not a session file"),
            Some("name a .toml file inside it"),
        ));
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err(too_big(&shown, meta.len(), "a session file"));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // A pipe or a device reports no size: read one byte past the limit to know.
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::input(format!("cannot read {shown}: {}", io_reason(&e)), None))?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_big(&shown, bytes.len() as u64, "a session file"));
    }
    Ok(bytes)
}

/// The text of a session file's bytes, and whether they began with a byte-order mark.
/// Refuses what is not UTF-8, with the place of the first bad byte.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<(String, bool)> {
    let shown = path.display();
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => (rest.to_string(), true),
            None => (text, false),
        }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let src = SourceFile::new(shown.to_string(), good);
            let (line, col) = src.line_col(valid);
            Err(Failure::input(
                format!("{shown}:{line}:{col}: the file is not UTF-8 text"),
                Some(
                    "save it as UTF-8 (in Notepad: “Save as” → Encoding: UTF-8); Windows-1251 files are not read",
                ),
            ))
        }
    }
}

/// The size limit of a session file, as a located failure when `size` is over it.
pub fn check_size(path: &Path, size: usize) -> Result<()> {
    if size as u64 > MAX_FILE_SIZE {
        return Err(too_big(&path.display(), size as u64, "a session file"));
    }
    Ok(())
}

fn too_big(shown: &impl std::fmt::Display, size: u64, what: &str) -> Failure {
    const MIB: u64 = 1024 * 1024;
    let size = if size / MIB > MAX_FILE_SIZE / MIB {
        format!("{} MiB", size / MIB)
    } else {
        format!("over {} MiB", MAX_FILE_SIZE / MIB)
    };
    Failure::input(
        format!(
            "{shown} is {size}; {what} may be at most {} MiB; a session of a whole city is under 1 MiB",
            MAX_FILE_SIZE / MIB
        ),
        Some("is this really the right file?"),
    )
}

/// Reads a file that is not a session (a template, an archived document) within the same
/// size limit, as bytes.
pub fn read_limited(path: &Path) -> std::io::Result<Result<Vec<u8>>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Ok(Err(too_big(
            &path.display(),
            bytes.len() as u64,
            "a file cowork reads",
        )));
    }
    Ok(Ok(bytes))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Session text parsed into the model, not yet validated.
#[derive(Debug)]
pub struct Parsed {
    pub file: SourceFile,
    pub session: Session,
    /// What the loader found (unknown keys, wrong types), in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// Validates and schedules the session: every diagnostic, in file order.
    pub fn validate(self) -> Checked {
        let Self {
            file,
            session,
            mut diagnostics,
        } = self;
        let (schedule, more) = validate::validate(&session);
        diagnostics.extend(more);
        diagnostics.sort_by_key(|d| (d.span.start, d.severity));
        Checked {
            file,
            session,
            schedule,
            diagnostics,
        }
    }
}

/// Parses session text that came from `path` (used for messages only). A TOML syntax error is
/// a failure with the located message.
pub fn parse_text(path: &str, text: String) -> Result<Parsed> {
    let file = SourceFile::new(path, text);
    match load::parse(&file.text) {
        Ok((session, diagnostics)) => Ok(Parsed {
            file,
            session,
            diagnostics,
        }),
        Err(diag) => Err(Failure::diagnostics(file, vec![diag], None)),
    }
}

/// As [`parse_text`], and the same parse as a document for `edit` to change.
pub fn parse_editable(path: &str, text: String) -> Result<(Parsed, toml_edit::DocumentMut)> {
    let file = SourceFile::new(path, text);
    match load::parse_editable(&file.text) {
        Ok((session, diagnostics, doc)) => Ok((
            Parsed {
                file,
                session,
                diagnostics,
            },
            doc,
        )),
        Err(diag) => Err(Failure::diagnostics(file, vec![diag], None)),
    }
}

/// Checks session text that came from `path` (used for messages only). A TOML syntax
/// error is a failure with the located message; validation problems come back in `Checked`.
pub fn check_text(path: &str, text: String) -> Result<Checked> {
    parse_text(path, text).map(Parsed::validate)
}

/// Reads and checks a file. Syntax errors and unreadable files are failures; validation
/// problems come back inside `Checked` for the caller to judge.
pub fn check(path: &Path) -> Result<Checked> {
    let text = read_text(path)?;
    check_text(&path.display().to_string(), text)
}

/// Reads a file for a command that produces a document: errors stop it; its warnings are
/// in `Checked`, for the caller to show.
pub fn load_checked(path: &Path) -> Result<Checked> {
    let checked = check(path)?;
    refuse_errors(&checked, path)?;
    Ok(checked)
}

/// Fails with every diagnostic when the checked file has errors.
pub fn refuse_errors(checked: &Checked, path: &Path) -> Result<()> {
    if checked.errors() == 0 {
        return Ok(());
    }
    Err(Failure::diagnostics(
        checked.file.clone(),
        checked.diagnostics.clone(),
        Some(format!(
            "{} has {}; fix it and run the command again (`cowork check {}` lists them all)",
            path.display(),
            plural(checked.errors(), "error", "errors"),
            path.display()
        )),
    ))
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
