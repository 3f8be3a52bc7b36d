//! The one safe change of a session file: lock, re-read, apply, validate once, atomic write.
//!
//! Every command that records something in a session file goes through [`edit_session`], so
//! nothing typed into the file by anyone else — another `cowork`, a text editor, the room's
//! web page — is lost: the change is applied to what is on disk *now*, under a lock, and the
//! file is replaced only if nobody saved it in the meantime (else the change is applied again
//! to the newer text).

use std::fs;
use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use crate::error::{Error, Result};
use crate::io_failure;
use crate::session::diagnostic::SourceFile;
use crate::session::file::{self as session_file, Checked, Parsed};
use crate::session::load::{self, List, MAX_FILE_SIZE};
use crate::session::model::Session;
use crate::write;

use super::patch::{self, Patched, Written};
use super::{lock, splice};

/// What an edit did.
#[derive(Debug)]
pub struct Edited<T> {
    /// What the change returned.
    pub value: T,
    /// Whether the file was written (an edit that changes nothing leaves it alone).
    pub written: bool,
    /// The session as it is now in the file, checked. Its places are those of the file as
    /// it was read: with nothing to report, nothing needs them.
    pub checked: Checked,
    /// The edited document, as written (or as read, when nothing changed); none when the
    /// change was made as text patches.
    pub document: Option<DocumentMut>,
}

impl<T> Edited<T> {
    /// What the change returned, whether the file was written, and the session as it is
    /// now, for a command that ends right after: the document is not freed. Freeing a
    /// city-sized tree of small strings one by one costs a tenth of the whole edit, and the
    /// system takes the memory back at once when the program exits.
    pub fn before_exit(self) -> (T, bool, Checked) {
        std::mem::forget(self.document);
        (self.value, self.written, self.checked)
    }
}

/// How often a change is applied again when the file was saved by someone else between the
/// read and the write (a text editor does not take the lock).
const ATTEMPTS: usize = 5;

/// Changes the session file at `path`: takes the lock, reads and parses the file as it is now,
/// lets `change` edit the document (it may look at the session model to resolve names), then
/// — if anything changed — validates the result once and writes it atomically, keeping every
/// untouched byte, the byte-order mark, the owner and the permissions.
///
/// Nothing is written when `change` fails, when the file has errors, when the result would
/// have errors or be too big, or when the file cannot be written as it is (read-only, hard
/// links); the error says which.
pub fn edit_session<T>(
    path: &Path,
    change: impl FnMut(&Session, &mut DocumentMut) -> Result<T>,
) -> Result<Edited<T>> {
    edit_session_patched(path, |_, _| Ok(None), change)
}

/// As [`edit_session`], for a change of the entries of `list` alone (`[[attendance]]`,
/// `[[feedback]]`): when they are written in one stretch, only that stretch is made into a
/// document for `change` (see [`super::block`]); else the whole file is.
pub fn edit_entries<T>(
    path: &Path,
    list: List,
    change: impl FnMut(&Session, &mut DocumentMut) -> Result<T>,
) -> Result<Edited<T>> {
    // One change, called by either way (and by both in a debug build, one after the other).
    let change = std::cell::RefCell::new(change);
    edit_session_patched(
        path,
        |session, written| {
            super::block::patch(written, list, |doc| (change.borrow_mut())(session, doc))
        },
        |session, doc| (change.borrow_mut())(session, doc),
    )
}

/// As [`edit_session`], for a change that can also say which bytes it replaces: `patch` gets
/// the session and the file as written, and gives the patches and the same change made to
/// the session — or `None` when the file is laid out in a way it does not handle, and then
/// `change` edits the document instead. Patches are tried only on a file whose lines all end
/// alike and that has nothing to report; the patched session is validated as it is, and the
/// patched text read again only when that finds a problem, to say where it is.
///
/// Both ways must give the same file: in a debug build every patched edit is also made the
/// long way and compared, so the test suite holds the patches to it.
pub fn edit_session_patched<T>(
    path: &Path,
    mut patch: impl FnMut(&Session, &Written<'_>) -> Result<Option<Patched<T>>>,
    mut change: impl FnMut(&Session, &mut DocumentMut) -> Result<T>,
) -> Result<Edited<T>> {
    let target = writable_target(path)?;
    let _lock = lock::acquire(&target, path)?;
    let shown = path.display().to_string();
    for _ in 0..ATTEMPTS {
        let bytes =
            fs::read(&target).map_err(|e| Error::io(crate::io_failure::Action::Read, path, e))?;
        session_file::check_size(path, bytes.len())?;
        // The text is kept once, in the parsed file; the bytes read are that text (with the
        // byte-order mark, if any), which is what the file must still hold before the write.
        let (text, bom) = session_file::decode(path, bytes)?;
        // One parse gives the model (to resolve names) and the places to change.
        let file = SourceFile::new(shown.as_str(), text);
        let (session, diagnostics, document) = match load::parse_spanned(&file.text) {
            Ok(parsed) => parsed,
            Err(diag) => return Err(Error::diagnostics(file, vec![diag], None)),
        };
        let ending = splice::uniform_ending(&file.text).filter(|_| diagnostics.is_empty());
        let patched = match ending {
            Some(ending) => {
                let written = Written {
                    text: &file.text,
                    document: &document,
                    ending,
                };
                patch(&session, &written)?
            }
            None => None,
        };
        let (value, edited, document, parsed) = match patched {
            Some(patched) => {
                drop(document);
                let edited = patch::apply(&file.text, patched.patches);
                #[cfg(debug_assertions)]
                {
                    let (long, mut doc) = session_file::parse_editable(&shown, file.text.clone())?;
                    change(&long.session, &mut doc)?;
                    let long = splice::keep_untouched(&file.text, doc.to_string());
                    assert!(
                        same_but_headers(&edited, &long),
                        "the patched edit differs from the long way:\n{edited}\n---\n{long}"
                    );
                }
                let mut session = session;
                (patched.update)(&mut session);
                let parsed = Parsed {
                    file,
                    session,
                    diagnostics,
                };
                (patched.value, edited, None, parsed)
            }
            None => {
                let mut doc = document.into_mut();
                let value = change(&session, &mut doc)?;
                let edited = splice::keep_untouched(&file.text, doc.to_string());
                let parsed = Parsed {
                    file,
                    session,
                    diagnostics,
                };
                (value, edited, Some(doc), parsed)
            }
        };
        if edited == parsed.file.text {
            // Nothing to write; the file must still be valid, as for any other command.
            let checked = parsed.validate();
            session_file::refuse_errors(&checked, path)?;
            return Ok(Edited {
                value,
                written: false,
                checked,
                document,
            });
        }
        let mut new_bytes = Vec::with_capacity(edited.len() + 3);
        if bom {
            new_bytes.extend_from_slice("\u{feff}".as_bytes());
        }
        new_bytes.extend_from_slice(edited.as_bytes());
        if session_file::check_size(path, new_bytes.len()).is_err() {
            return Err(Error::input(
                crate::tr!(
                    "edit-too-big",
                    path = shown.to_string(),
                    mib = (MAX_FILE_SIZE / (1024 * 1024)).to_string()
                ),
                Some(&crate::tr!("edit-too-big-hint")),
            ));
        }
        let would_break = |_| {
            Error::input(
                crate::tr!("edit-would-break", path = shown.to_string()),
                Some(&crate::tr!("edit-would-break-hint")),
            )
        };
        // Only the old text is needed from here on.
        let Parsed { file, session, .. } = parsed;
        let text = file.text;
        let checked = match &document {
            Some(doc) => {
                // The old model goes before the new one is read and validated (a problem
                // with the old file is found again from its text).
                drop(session);
                session_file::check_edited(&shown, edited, doc).map_err(would_break)?
            }
            None => session_file::check_patched(&shown, edited, session).map_err(would_break)?,
        };
        if checked.errors() > 0 {
            let before = session_file::check_text(&shown, text)?;
            session_file::refuse_errors(&before, path)?;
            let errors = checked.errors();
            return Err(Error::diagnostics(
                checked.file,
                checked.diagnostics,
                Some(crate::tr!(
                    "edit-would-leave-errors",
                    path = shown.to_string(),
                    errors = errors
                )),
            ));
        }
        if replace_if_unchanged(&target, (bom, &text), &new_bytes, path)? {
            return Ok(Edited {
                value,
                written: true,
                checked,
                document,
            });
        }
    }
    Err(Error::input(
        crate::tr!("edit-kept-changing", path = shown.to_string()),
        Some(&crate::tr!("edit-kept-changing-hint")),
    ))
}

/// Whether the patched text is the long way's, but for table headers the long way spelled
/// otherwise: `toml_edit` keeps one key for all the headers of a list (and for the parent
/// of `[a.b]`, `[a.c]`), taken from the first, so it writes `[[ participants ]]` as the
/// first one is written; a patch keeps every byte it does not change.
#[cfg(debug_assertions)]
fn same_but_headers(patched: &str, long: &str) -> bool {
    let (ours, theirs): (Vec<&str>, Vec<&str>) = (
        patched.split_inclusive('\n').collect(),
        long.split_inclusive('\n').collect(),
    );
    ours.len() == theirs.len()
        && ours
            .iter()
            .zip(&theirs)
            .all(|(a, b)| a == b || header_path(a).is_some_and(|path| header_path(b) == Some(path)))
}

/// The table a header line opens: its keys, and whether it is an entry of a list.
#[cfg(debug_assertions)]
fn header_path(line: &str) -> Option<(Vec<String>, bool)> {
    if !line.trim_start().starts_with('[') {
        return None;
    }
    let doc: DocumentMut = line.parse().ok()?;
    let mut table = doc.as_table();
    let mut path = Vec::new();
    loop {
        let mut items = table.iter();
        let (key, item) = items.next()?;
        if items.next().is_some() {
            return None;
        }
        path.push(key.to_string());
        match item {
            toml_edit::Item::ArrayOfTables(_) => return Some((path, true)),
            toml_edit::Item::Table(t) if t.is_implicit() => table = t,
            toml_edit::Item::Table(_) => return Some((path, false)),
            _ => return None,
        }
    }
}

/// The file an edit of `path` really replaces (through symbolic links), once it is known that
/// it can be replaced without harm: an ordinary file, writable, with one name.
fn writable_target(path: &Path) -> Result<PathBuf> {
    let shown = path.display();
    let target = write::resolve_links(path);
    let meta = fs::metadata(&target).map_err(|e| {
        let mut failure = io_failure::failure(crate::io_failure::Action::Open, path, &e);
        if e.kind() == std::io::ErrorKind::NotFound {
            failure = Error::input(
                crate::tr!("edit-no-such-file", path = shown.to_string()),
                Some(&crate::tr!("edit-no-such-file-hint")),
            );
        }
        failure
    })?;
    if meta.is_dir() {
        return Err(Error::input(
            crate::tr!("edit-is-folder", path = shown.to_string()),
            Some(&crate::tr!("edit-is-folder-hint")),
        ));
    }
    if !meta.is_file() {
        return Err(Error::input(
            crate::tr!("edit-not-ordinary", path = shown.to_string()),
            Some(&crate::tr!("edit-not-ordinary-hint")),
        ));
    }
    if meta.permissions().readonly() {
        return Err(Error::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(Error::HardLinks {
                path: path.to_path_buf(),
                names: meta.nlink(),
            });
        }
    }
    // Opening for writing (without truncating) asks the system whether we may, without
    // changing anything; the rename alone would succeed in a writable folder even so.
    fs::OpenOptions::new()
        .write(true)
        .open(&target)
        .map_err(|e| {
            io_failure::failure_then(
                crate::io_failure::Action::Change,
                path,
                &e,
                crate::io_failure::Outcome::NothingChanged,
            )
        })?;
    Ok(target)
}

/// Writes `new` over `target` if it still holds what was read (`text`, after a byte-order
/// mark when `bom`); whether it did.
fn replace_if_unchanged(
    target: &Path,
    (bom, text): (bool, &str),
    new: &[u8],
    shown: &Path,
) -> Result<bool> {
    const NOTHING: crate::io_failure::Outcome = crate::io_failure::Outcome::FileUnchanged;
    let tmp = write::temp_beside(target, new).map_err(|e| {
        io_failure::failure_then(crate::io_failure::Action::Write, shown, &e, NOTHING)
    })?;
    let meta = fs::metadata(target).map_err(|e| {
        io_failure::failure_then(crate::io_failure::Action::Write, shown, &e, NOTHING)
    })?;
    write::keep_owner_and_mode(tmp.as_file(), &meta).map_err(|e| {
        io_failure::failure_then(crate::io_failure::Action::KeepOwner, shown, &e, NOTHING)
    })?;
    let now = fs::read(target).map_err(|e| {
        io_failure::failure_then(crate::io_failure::Action::Read, shown, &e, NOTHING)
    })?;
    let body = if bom {
        now.strip_prefix("\u{feff}".as_bytes())
    } else {
        Some(now.as_slice())
    };
    if body != Some(text.as_bytes()) {
        // Saved by another program meanwhile: the temporary file goes, the change is redone.
        return Ok(false);
    }
    tmp.persist(target).map_err(|e| {
        io_failure::failure_then(crate::io_failure::Action::Write, shown, &e.error, NOTHING)
    })?;
    write::sync_folder(target);
    Ok(true)
}
