//! The archive's messages and hints in one place, to be translated together later.

use std::io::ErrorKind;

pub const NOT_A_REPOSITORY: &str = "if there is no repository yet, run `git init` where the archive should be kept; if git says something else above, fix that; or pass --no-commit to only write the files";
pub const NO_IDENTITY: &str = "tell git who you are, once: git config --global user.name \"Имя Фамилия\" and git config --global user.email you@example.org — then run cowork archive again";
pub const NOT_INSTALLED: &str = "install git, or pass --no-commit to only write the files";
pub const COMMIT_REFUSED: &str = "git refused the commit — usually a hook (pre-commit, commit-msg) or commit signing (commit.gpgsign): fix what git reports above and run cowork archive again, or pass --no-commit to only write the files";
pub const GIT_FAILED: &str = "fix what git reports above and run cowork archive again, or pass --no-commit to only write the files";
pub const DETACHED: &str = "check out a branch first (git switch BRANCH, or git switch -c NEW-BRANCH to keep what is checked out), or pass --allow-detached to commit here anyway";
pub const MOVE_TARGET_EXISTS: &str =
    "cowork archive picks a free folder; something created this one meanwhile: run it again";

/// The hint for a lock file left by git: wait, or remove it if no git is running.
pub fn index_locked(lock: &str) -> String {
    format!(
        "another git command is running in this repository, or one stopped and left its lock behind: wait for it to finish; if no git is running, delete {lock} and run cowork archive again"
    )
}

/// Why a write failed, in words ([`crate::io_failure`]), and what to do in the archive.
pub fn io_cause(e: &std::io::Error) -> (String, &'static str) {
    let cause = crate::io_failure::cause(e);
    let hint = match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "free some space on the disk that holds the archive, or choose another --dir, and run cowork archive again"
        }
        ErrorKind::ReadOnlyFilesystem => {
            "the archive's disk is mounted read-only (or is a write-protected stick): choose another --dir, or make the disk writable"
        }
        ErrorKind::PermissionDenied => {
            "you may not write in the archive folder: check its permissions (or that no other program holds the file open), or choose another --dir"
        }
        ErrorKind::NotADirectory => {
            "move that file out of the archive folder (cowork needs a folder of that name there) and run cowork archive again"
        }
        ErrorKind::IsADirectory => {
            "move that folder out of the archive folder (cowork needs a file of that name there) and run cowork archive again"
        }
        _ => cause
            .hint
            .unwrap_or("check the archive folder and run cowork archive again"),
    };
    (cause.reason, hint)
}

pub const DETACHED_HEAD: &str = "HEAD is detached (no branch is checked out): a commit here would belong to no branch and be found only in the reflog; nothing was written";
