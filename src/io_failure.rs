//! Why a file operation failed, named by its real cause (disk full, read-only, no permission…).

use std::io;
use std::path::Path;

use crate::error::Failure;

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
            "the disk is full (no space, or no room for more files)".into(),
            Some("free some space on that disk, or write somewhere else"),
        ),
        K::QuotaExceeded => (
            "your disk quota is used up".into(),
            Some("delete some of your files there, or write somewhere else"),
        ),
        K::ReadOnlyFilesystem => (
            "the disk is read-only".into(),
            Some("write to another disk or folder (a write-protected USB stick?)"),
        ),
        K::PermissionDenied => (
            "permission denied".into(),
            Some(
                "you may not write there: check the permissions of the file and of its folder, or write somewhere else",
            ),
        ),
        K::NotFound => (
            "no such file or folder".into(),
            Some("check the path: the folder must exist"),
        ),
        K::NotADirectory => (
            "a file stands where a folder should be".into(),
            Some("move that file away or choose another folder"),
        ),
        K::IsADirectory => (
            "a folder stands where the file should be".into(),
            Some("give another file name, or move that folder away"),
        ),
        K::FileTooLarge => ("the file is too large for that disk".into(), None),
        K::ResourceBusy => (
            "the file is busy (open in another program?)".into(),
            Some("close it in the other program and try again"),
        ),
        _ => (e.to_string(), None),
    };
    Cause { reason, hint }
}

/// A failure "cannot {verb} {path}: {cause}" with the cause's hint.
pub fn failure(verb: &'static str, path: &Path, e: &io::Error) -> Failure {
    Failure::io(verb, path, copy(e))
}

/// The same failure with a closing remark (such as "nothing was written") after the cause.
pub fn failure_then(verb: &'static str, path: &Path, e: &io::Error, then: &'static str) -> Failure {
    Failure::io_then(verb, path, copy(e), then)
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
        assert!(full.reason.contains("disk is full"), "{full:?}");
        let denied = cause(&io::Error::from(io::ErrorKind::PermissionDenied));
        assert_eq!(denied.reason, "permission denied");
        assert!(denied.hint.is_some_and(|h| h.contains("permissions")));
        let ro = cause(&io::Error::from(io::ErrorKind::ReadOnlyFilesystem));
        assert!(ro.reason.contains("read-only"));
        // A full disk is never blamed on a missing folder.
        assert!(!full.hint.unwrap_or("").contains("exist"));
    }
}
