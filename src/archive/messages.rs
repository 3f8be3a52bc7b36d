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

/// Why a write failed, in words, and what to do: the real cause, not a guess.
pub fn io_cause(e: &std::io::Error) -> (String, &'static str) {
    match e.kind() {
        ErrorKind::StorageFull => (
            "the disk is full (no space or no free file entries left)".to_string(),
            "free some space on the disk that holds the archive, or choose another --dir, and run cowork archive again",
        ),
        ErrorKind::QuotaExceeded => (
            "your disk quota is used up".to_string(),
            "delete files you no longer need or ask the administrator for a larger quota, then run cowork archive again",
        ),
        ErrorKind::ReadOnlyFilesystem => (
            "the file system is read-only".to_string(),
            "the archive's disk is mounted read-only (or is a write-protected stick): choose another --dir, or make the disk writable",
        ),
        ErrorKind::PermissionDenied => (
            "permission denied".to_string(),
            "you may not write in the archive folder: check its permissions (or that no other program holds the file open), or choose another --dir",
        ),
        ErrorKind::NotADirectory => (
            "a file stands where a folder should be".to_string(),
            "move that file out of the archive folder (cowork needs a folder of that name there) and run cowork archive again",
        ),
        ErrorKind::IsADirectory => (
            "a folder stands where the file should be".to_string(),
            "move that folder out of the archive folder (cowork needs a file of that name there) and run cowork archive again",
        ),
        _ => (
            e.to_string(),
            "check that the archive folder exists and you may write there",
        ),
    }
}

pub const DETACHED_HEAD: &str = "HEAD is detached (no branch is checked out): a commit here would belong to no branch and be found only in the reflog; nothing was written";
