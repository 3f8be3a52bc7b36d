//! Reading a session file from disk through the whole front of the pipeline: bytes → text →
//! model → validated schedule, with every diagnostic located in the file.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};
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

    /// The same, with a warning on each day of the session that `calendar` says is a day
    /// off (`cowork check` and `cowork new`; the documents do not repeat it).
    pub fn with_calendar(mut self, calendar: &crate::calendar::Calendar) -> Self {
        let more = validate::workdays::check(&self.session, calendar);
        if !more.is_empty() {
            self.diagnostics.extend(more);
            self.diagnostics.sort_by_key(|d| (d.span.start, d.severity));
        }
        self
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
            std::io::ErrorKind::NotFound => Some(crate::tr!("check-not-found-hint")),
            _ => None,
        };
        Error::input(
            crate::tr!(
                "check-cannot-open",
                path = shown.to_string(),
                reason = io_reason(&e)
            ),
            hint.as_deref(),
        )
    })?;
    let cannot_read = |e: std::io::Error| {
        Error::input(
            crate::tr!(
                "check-cannot-read",
                path = shown.to_string(),
                reason = io_reason(&e)
            ),
            None,
        )
    };
    let meta = file.metadata().map_err(cannot_read)?;
    if meta.is_dir() {
        return Err(Error::input(
            crate::tr!("check-is-folder", path = shown.to_string()),
            Some(&crate::tr!("check-is-folder-hint")),
        ));
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err(too_big(&shown, meta.len(), true));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // A pipe or a device reports no size: read one byte past the limit to know.
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_big(&shown, bytes.len() as u64, true));
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
            let hint = crate::tr!("check-save-as-utf8");
            if let Some(big_endian) = utf16(e.as_bytes()) {
                return Err(Error::input(
                    crate::tr!(
                        "check-utf16",
                        path = shown.to_string(),
                        order = if big_endian { "BE" } else { "LE" }
                    ),
                    Some(&hint),
                ));
            }
            let valid = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let src = SourceFile::new(shown.to_string(), good);
            let (line, col) = src.line_col(valid);
            let message = if looks_like_1251(&e.as_bytes()[valid..]) {
                crate::tr!(
                    "check-windows-1251",
                    path = shown.to_string(),
                    line = line,
                    column = col
                )
            } else {
                crate::tr!(
                    "check-not-utf8",
                    path = shown.to_string(),
                    line = line,
                    column = col
                )
            };
            Err(Error::input(message, Some(&hint)))
        }
    }
}

/// The size limit of a session file, as a located failure when `size` is over it.
pub fn check_size(path: &Path, size: usize) -> Result<()> {
    if size as u64 > MAX_FILE_SIZE {
        return Err(too_big(&path.display(), size as u64, true));
    }
    Ok(())
}

/// Whether bytes are UTF-16 text: a byte-order mark, or a zero byte beside every letter of
/// plain Latin text. `Some(true)` for big-endian.
fn utf16(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some(false),
        [0xFE, 0xFF, ..] => return Some(true),
        _ => {}
    }
    let pairs = bytes.len().min(512) / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| {
        bytes[..pairs * 2]
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    if zeros_at(1) * 10 >= pairs * 9 {
        Some(false)
    } else if zeros_at(0) * 10 >= pairs * 9 {
        Some(true)
    } else {
        None
    }
}

/// Whether the bytes from the first one that is not UTF-8 look like Windows-1251 Russian:
/// mostly bytes of its Cyrillic letters (0xC0–0xFF, Ё and ё).
fn looks_like_1251(bytes: &[u8]) -> bool {
    let high: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|&b| b >= 0x80)
        .take(64)
        .collect();
    !high.is_empty()
        && high
            .iter()
            .filter(|&&b| b >= 0xC0 || b == 0xA8 || b == 0xB8)
            .count()
            * 10
            >= high.len() * 8
}

fn too_big(shown: &impl std::fmt::Display, size: u64, session: bool) -> Error {
    const MIB: u64 = 1024 * 1024;
    let most = MAX_FILE_SIZE / MIB;
    let size = if size / MIB > most {
        crate::tr!("check-size-mib", mib = (size / MIB).to_string())
    } else {
        crate::tr!("check-size-over", mib = most.to_string())
    };
    let path = shown.to_string();
    Error::input(
        if session {
            crate::tr!(
                "check-too-big-session",
                path = path,
                size = size,
                most = most.to_string()
            )
        } else {
            crate::tr!(
                "check-too-big-file",
                path = path,
                size = size,
                most = most.to_string()
            )
        },
        Some(&crate::tr!("check-too-big-hint")),
    )
}

/// Reads a file that is not a session (a template, an archived document) within the same
/// size limit, as bytes.
pub fn read_limited(path: &Path) -> std::io::Result<Result<Vec<u8>>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Ok(Err(too_big(&path.display(), bytes.len() as u64, false)));
    }
    Ok(Ok(bytes))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::tr!("check-no-such-file"),
        std::io::ErrorKind::PermissionDenied => crate::tr!("check-permission-denied"),
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
        Err(diag) => Err(Error::diagnostics(file, vec![diag], None)),
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
        Err(diag) => Err(Error::diagnostics(file, vec![diag], None)),
    }
}

/// Checks session text that came from `path` (used for messages only). A TOML syntax
/// error is a failure with the located message; validation problems come back in `Checked`.
pub fn check_text(path: &str, text: String) -> Result<Checked> {
    parse_text(path, text).map(Parsed::validate)
}

/// Checks `text`, the printed form of the edited document `doc`, as [`check_text`] would —
/// but from the document, without parsing the text again, when the result has nothing to
/// report. An edited document knows no places in the text, so when there is a problem the
/// text is parsed after all, for diagnostics that point where it is written.
pub fn check_edited(path: &str, text: String, doc: &toml_edit::DocumentMut) -> Result<Checked> {
    let (session, diagnostics) = load::read_edited(&text, doc);
    validated_or_parsed(path, text, session, diagnostics)
}

/// Checks `text`, a file changed by text patches, from `session`: the model of the file before
/// the patches with the same change made to it. As [`check_edited`], the text is parsed only
/// when there is a problem to point at.
pub fn check_patched(path: &str, text: String, mut session: Session) -> Result<Checked> {
    session.source = crate::session::model::SourceText(std::sync::Arc::from(text.as_str()));
    validated_or_parsed(path, text, session, Vec::new())
}

/// `session`, read from an edit of `text` without parsing the text, validated — or, when
/// that finds anything to report, `text` checked the long way, for places in it.
fn validated_or_parsed(
    path: &str,
    text: String,
    session: Session,
    diagnostics: Vec<Diagnostic>,
) -> Result<Checked> {
    let checked = Parsed {
        file: SourceFile::new(path, text),
        session,
        diagnostics,
    }
    .validate();
    if checked.diagnostics.is_empty() {
        // The shortcut must say what the long way says; every edit of the test suite (run
        // in a debug build) holds it to that.
        debug_assert!(
            check_text(path, checked.file.text.clone()).is_ok_and(|c| c.diagnostics.is_empty()),
            "an edited session read without parsing its text hid a problem the text has"
        );
        return Ok(checked);
    }
    check_text(path, checked.file.text)
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
    Err(Error::diagnostics(
        checked.file.clone(),
        checked.diagnostics.clone(),
        Some(crate::tr!(
            "check-refused",
            path = path.display().to_string(),
            errors = crate::tr!("error-count", count = checked.errors())
        )),
    ))
}
