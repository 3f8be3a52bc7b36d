//! Why a file operation failed, named by its real cause (disk full, read-only, no permission…).

use std::io;
use std::path::Path;

use crate::error::Error;

/// What a file operation was doing when it failed, for "cannot {action} {path}".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Write,
    Lock,
    Open,
    Change,
    CreateFolder,
    MoveFolder,
    KeepOwner,
}

impl Action {
    /// The verb in the interface language.
    pub fn words(self) -> String {
        match self {
            Action::Read => crate::tr!("io-action-read"),
            Action::Write => crate::tr!("io-action-write"),
            Action::Lock => crate::tr!("io-action-lock"),
            Action::Open => crate::tr!("io-action-open"),
            Action::Change => crate::tr!("io-action-change"),
            Action::CreateFolder => crate::tr!("io-action-create-folder"),
            Action::MoveFolder => crate::tr!("io-action-move-folder"),
            Action::KeepOwner => crate::tr!("io-action-keep-owner"),
        }
    }
}

/// What a failed operation means for the user's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    NothingWritten,
    NothingChanged,
    FileUnchanged,
    NotTakenBack,
}

impl Outcome {
    /// The remark in the interface language.
    pub fn words(self) -> String {
        match self {
            Outcome::NothingWritten => crate::tr!("outcome-nothing-written"),
            Outcome::NothingChanged => crate::tr!("outcome-nothing-changed"),
            Outcome::FileUnchanged => crate::tr!("edit-outcome-file-unchanged"),
            Outcome::NotTakenBack => crate::tr!("edit-outcome-not-taken-back"),
        }
    }
}

/// What to say about an I/O error: the cause in words and, where one helps, what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cause {
    pub reason: String,
    pub hint: Option<&'static str>,
}

/// Names the cause of `e`. The kinds are the portable ones of `std::io::ErrorKind`, so the
/// same words come out on Windows and on Linux.
pub fn cause(e: &io::Error) -> Cause {
    use io::ErrorKind as K;
    let (reason, hint): (String, Option<&'static str>) = match e.kind() {
        // ENOSPC is also what Linux says when the disk has no free inodes left.
        K::StorageFull => (
            crate::tr!("edit-cause-full"),
            Some("free some space on that disk, or write somewhere else"),
        ),
        K::QuotaExceeded => (
            crate::tr!("edit-cause-quota"),
            Some("delete some of your files there, or write somewhere else"),
        ),
        K::ReadOnlyFilesystem => (
            crate::tr!("edit-cause-read-only"),
            Some("write to another disk or folder (a write-protected USB stick?)"),
        ),
        K::PermissionDenied => (
            crate::tr!("edit-cause-denied"),
            Some(
                "you may not write there: check the permissions of the file and of its folder, or write somewhere else",
            ),
        ),
        K::NotFound => (
            crate::tr!("edit-cause-not-found"),
            Some("check the path: the folder must exist"),
        ),
        K::NotADirectory => (
            crate::tr!("edit-cause-not-a-folder"),
            Some("move that file away or choose another folder"),
        ),
        K::IsADirectory => (
            crate::tr!("edit-cause-is-a-folder"),
            Some("give another file name, or move that folder away"),
        ),
        K::FileTooLarge => (crate::tr!("edit-cause-too-large"), None),
        K::ResourceBusy => (
            crate::tr!("edit-cause-busy"),
            Some("close it in the other program and try again"),
        ),
        _ => (e.to_string(), None),
    };
    Cause { reason, hint }
}

/// What to do about `e`, in the interface language ([`Cause::hint`] is the English of it,
/// for callers that add their own words).
pub fn hint(e: &io::Error) -> Option<String> {
    use io::ErrorKind as K;
    Some(match e.kind() {
        K::StorageFull => crate::tr!("edit-cause-full-hint"),
        K::QuotaExceeded => crate::tr!("edit-cause-quota-hint"),
        K::ReadOnlyFilesystem => crate::tr!("edit-cause-read-only-hint"),
        K::PermissionDenied => crate::tr!("edit-cause-denied-hint"),
        K::NotFound => crate::tr!("edit-cause-not-found-hint"),
        K::NotADirectory => crate::tr!("edit-cause-not-a-folder-hint"),
        K::IsADirectory => crate::tr!("edit-cause-is-a-folder-hint"),
        K::ResourceBusy => crate::tr!("edit-cause-busy-hint"),
        _ => return None,
    })
}

/// A failure "cannot {verb} {path}: {cause}" with the cause's hint.
pub fn failure(verb: Action, path: &Path, e: &io::Error) -> Error {
    Error::io(verb, path, copy(e))
}

/// The same failure with a closing remark (such as "nothing was written") after the cause.
pub fn failure_then(verb: Action, path: &Path, e: &io::Error, then: Outcome) -> Error {
    Error::io_then(verb, path, copy(e), then)
}

/// An `io::Error` is not `Clone`; its kind and text are what the message needs.
fn copy(e: &io::Error) -> io::Error {
    io::Error::new(e.kind(), e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_names_its_own_cause() {
        let full = cause(&io::Error::from(io::ErrorKind::StorageFull));
        assert!(full.reason.contains("диск заполнен"), "{full:?}");
        let denied = cause(&io::Error::from(io::ErrorKind::PermissionDenied));
        assert_eq!(denied.reason, "нет доступа");
        let denied_hint = hint(&io::Error::from(io::ErrorKind::PermissionDenied));
        assert!(denied_hint.is_some_and(|h| h.contains("права")));
        let ro = cause(&io::Error::from(io::ErrorKind::ReadOnlyFilesystem));
        assert!(ro.reason.contains("только для чтения"));
        // A full disk is never blamed on a missing folder.
        let full_hint = hint(&io::Error::from(io::ErrorKind::StorageFull));
        assert!(!full_hint.unwrap_or_default().contains("существ"));
    }
}
