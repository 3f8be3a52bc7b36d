//! Where the archive sits in a git repository, and whether git can take a commit there.

use std::path::{Component, Path};

use crate::archive::failure::{NOTHING_WRITTEN, git_failure};
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
    let absolute = std::path::absolute(archive)
        .map_err(|e| Error::input(format!("cannot resolve {}: {e}", archive.display()), None))?;
    let anchor = absolute
        .ancestors()
        .find(|a| a.is_dir())
        .unwrap_or(Path::new("/"));
    let rest = absolute.strip_prefix(anchor).unwrap_or(Path::new(""));
    if rest
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(Error::usage(format!(
            "--dir {}: name the archive folder without `..` after a folder that does not exist",
            archive.display()
        )));
    }
    let repo = Repo::discover(anchor).map_err(|e| git_failure(&e, NOTHING_WRITTEN))?;
    let root = std::fs::canonicalize(&repo.root).unwrap_or_else(|_| repo.root.clone());
    let anchor = std::fs::canonicalize(anchor).unwrap_or_else(|_| anchor.to_path_buf());
    let inside = anchor.strip_prefix(&root).map_err(|_| {
        Error::input(
            format!(
                "{} is outside the git work tree {}",
                archive.display(),
                root.display()
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
                    format!("the path of {} is not valid text", archive.display()),
                    Some("name the archive folder with letters, digits and dashes"),
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
    let nothing_written = |e: GitError| git_failure(&e, NOTHING_WRITTEN);
    repo.check_identity().map_err(nothing_written)?;
    repo.check_unlocked().map_err(nothing_written)?;
    if !allow_detached && !repo.on_branch().map_err(nothing_written)? {
        return Err(Error::input(
            messages::DETACHED_HEAD,
            Some(messages::DETACHED),
        ));
    }
    Ok(())
}
