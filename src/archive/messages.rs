//! The archive's hints about git and the disk, in the interface language
//! (`archive-hint-…` in `i18n/*/cowork.ftl`).

use std::io::ErrorKind;

pub fn not_a_repository() -> String {
    crate::tr!("archive-hint-not-a-repository")
}

pub fn no_identity() -> String {
    crate::tr!("archive-hint-no-identity")
}

pub fn not_installed() -> String {
    crate::tr!("archive-hint-not-installed")
}

pub fn commit_refused() -> String {
    crate::tr!("archive-hint-commit-refused")
}

pub fn git_failed() -> String {
    crate::tr!("archive-hint-git-failed")
}

pub fn detached() -> String {
    crate::tr!("archive-hint-detached")
}

pub fn move_target_exists() -> String {
    crate::tr!("archive-hint-move-target-exists")
}

/// HEAD names no branch; nothing was written.
pub fn detached_head() -> String {
    crate::tr!("archive-detached-head")
}

/// The hint for a lock file left by git: wait, or remove it if no git is running.
pub fn index_locked(lock: &str) -> String {
    crate::tr!("archive-hint-index-locked", lock = lock)
}

/// Why a write failed, in words ([`crate::io_failure`]), and what to do in the archive.
pub fn io_cause(e: &std::io::Error) -> (String, String) {
    let cause = crate::io_failure::cause(e);
    let hint = match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => crate::tr!("archive-hint-disk-full"),
        ErrorKind::ReadOnlyFilesystem => crate::tr!("archive-hint-read-only-disk"),
        ErrorKind::PermissionDenied => crate::tr!("archive-hint-permission"),
        ErrorKind::NotADirectory => crate::tr!("archive-hint-file-for-folder"),
        ErrorKind::IsADirectory => crate::tr!("archive-hint-folder-for-file"),
        _ => match cause.hint {
            Some(hint) => hint.to_string(),
            None => crate::tr!("archive-hint-check-folder"),
        },
    };
    (cause.reason, hint)
}
