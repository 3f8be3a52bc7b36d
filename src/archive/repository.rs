//! Where the archive sits in a git repository, and whether git can take a commit there.

use std::path::{Component, Path};

use crate::archive::failure::{git_failure, nothing_written};
use crate::archive::git::{GitError, Repo};
use crate::archive::messages;
use crate::error::{Error, Result};

/// Where the run stands with git: the repository and the archive's path inside it.
pub(crate) struct InRepo {
    pub(crate) repo: Repo,
    /// The archive folder from the work tree's root, with `/`; empty at the root itself.
    pub(crate) prefix: String,
}

impl InRepo {
    /// `rel` (a path inside the archive, with `/`) from the work tree's root.
    pub(crate) fn path(&self, rel: &str) -> String {
        if self.prefix.is_empty() {
            rel.to_string()
        } else if rel.is_empty() {
            self.prefix.clone()
        } else {
            format!("{}/{rel}", self.prefix)
        }
    }
}

/// Where the archive is inside the repository: its path relative to the work tree's root.
/// Nothing is created; the folder may not exist yet.
pub(crate) fn locate(archive: &Path) -> Result<InRepo> {
    let absolute = std::path::absolute(archive).map_err(|e| {
        Error::input(
            crate::tr!(
                "archive-cannot-resolve",
                path = archive.display().to_string(),
                reason = crate::io_failure::cause(&e).reason
            ),
            None,
        )
    })?;
    let anchor = absolute
        .ancestors()
        .find(|a| a.is_dir())
        .unwrap_or(Path::new("/"));
    let rest = absolute.strip_prefix(anchor).unwrap_or(Path::new(""));
    if rest
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(Error::usage(crate::tr!(
            "archive-dir-dotdot",
            path = archive.display().to_string()
        )));
    }
    let repo = Repo::discover(anchor).map_err(|e| git_failure(&e, nothing_written()))?;
    let root = std::fs::canonicalize(&repo.root).unwrap_or_else(|_| repo.root.clone());
    let anchor = std::fs::canonicalize(anchor).unwrap_or_else(|_| anchor.to_path_buf());
    let inside = anchor.strip_prefix(&root).map_err(|_| {
        Error::input(
            crate::tr!(
                "archive-outside-work-tree",
                path = archive.display().to_string(),
                root = root.display().to_string()
            ),
            None,
        )
    })?;
    let mut parts = Vec::new();
    for component in inside.join(rest).components() {
        match component.as_os_str().to_str() {
            Some(s) => parts.push(s.to_string()),
            None => {
                return Err(Error::input(
                    crate::tr!(
                        "archive-path-not-text",
                        path = archive.display().to_string()
                    ),
                    Some(&crate::tr!("archive-path-not-text-hint")),
                ));
            }
        }
    }
    Ok(InRepo {
        repo,
        prefix: parts.join("/"),
    })
}

/// Whether git can take a commit, asked before anything is written: the identity, the index
/// lock, and a branch to commit on (unless `allow_detached`).
pub(crate) fn precheck(repo: &Repo, allow_detached: bool) -> Result<()> {
    let nothing_written = |e: GitError| git_failure(&e, nothing_written());
    repo.check_identity().map_err(nothing_written)?;
    repo.check_unlocked().map_err(nothing_written)?;
    if !allow_detached && !repo.on_branch().map_err(nothing_written)? {
        return Err(Error::input(
            messages::detached_head(),
            Some(&messages::detached()),
        ));
    }
    Ok(())
}
