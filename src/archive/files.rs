//! Writing the archive all-or-nothing: a journal of what each step replaced, to put it back.

use crate::io_failure::Action;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::archive::messages;
use crate::error::{Error, Result};

/// What is at `path` now: the file's bytes, or `None` when there is no file.
pub fn read_existing(path: &Path) -> Result<Option<Vec<u8>>> {
    match crate::session::file::read_limited(path) {
        Ok(bytes) => bytes.map(Some),
        // A file where a folder should be (`2027` as a file) means no such document either;
        // writing it then fails with the real reason, and the run is undone.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(Error::input(
            crate::tr!(
                "archive-cannot-read",
                path = path.display().to_string(),
                reason = crate::io_failure::cause(&e).reason
            ),
            Some(&crate::tr!("archive-cannot-read-hint")),
        )),
    }
}

/// A failed write of the archive's own, with its real cause (disk full, quota, read-only
/// file system, permission denied) and what to do about it.
fn write_failure(action: Action, path: &Path, e: &std::io::Error) -> Error {
    let (cause, hint) = messages::io_cause(e);
    let action = action.words();
    Error::input(
        crate::tr!(
            "io-failed",
            action = action,
            path = path.display().to_string(),
            reason = cause
        ),
        Some(&hint),
    )
}

/// Writes `bytes` to `path` through a synced temporary file beside it and a rename, so the
/// file is either the old one or the new one, never half of each. Keeps the permissions of a
/// file it replaces; a new file gets the ordinary ones (0666 less the umask), not 0600.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cowork-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(path) {
        // Best effort: a file system without permissions (FAT) still takes the new bytes.
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// One step of a run, with what is needed to undo it.
#[derive(Debug)]
enum Step {
    /// A file written over what it held before (`None`: there was no file).
    Wrote(PathBuf, Option<Vec<u8>>),
    /// A folder that did not exist.
    CreatedDir(PathBuf),
    /// A session folder moved (its theme or date changed): `from` → `to`.
    MovedDir { from: PathBuf, to: PathBuf },
    /// An empty folder removed (a year left without sessions).
    RemovedDir(PathBuf),
}

/// The steps taken so far, in order.
#[derive(Debug, Default)]
pub struct Journal {
    steps: Vec<Step>,
}

impl Journal {
    /// Writes `bytes` to `path` atomically, creating missing folders, and remembers `previous`.
    pub fn write(&mut self, path: &Path, bytes: &[u8], previous: Option<Vec<u8>>) -> Result<()> {
        if let Some(dir) = path.parent() {
            self.create_dirs(dir)?;
        }
        write_atomic(path, bytes).map_err(|e| write_failure(Action::Write, path, &e))?;
        self.steps.push(Step::Wrote(path.to_path_buf(), previous));
        Ok(())
    }

    /// Moves the folder `from` to `to` (which must not exist), creating `to`'s missing parents.
    pub fn move_dir(&mut self, from: &Path, to: &Path) -> Result<()> {
        if let Some(dir) = to.parent() {
            self.create_dirs(dir)?;
        }
        if to.exists() {
            return Err(Error::input(
                crate::tr!(
                    "archive-move-target-exists",
                    from = from.display().to_string(),
                    to = to.display().to_string()
                ),
                Some(&messages::move_target_exists()),
            ));
        }
        std::fs::rename(from, to).map_err(|e| write_failure(Action::MoveFolder, from, &e))?;
        self.steps.push(Step::MovedDir {
            from: from.to_path_buf(),
            to: to.to_path_buf(),
        });
        Ok(())
    }

    /// Removes `dir` if it is an empty folder; anything in it keeps it.
    pub fn remove_if_empty(&mut self, dir: &Path) {
        let empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none());
        if empty && std::fs::remove_dir(dir).is_ok() {
            self.steps.push(Step::RemovedDir(dir.to_path_buf()));
        }
    }

    /// Creates `dir` and its missing parents one level at a time, so each one made is known.
    fn create_dirs(&mut self, dir: &Path) -> Result<()> {
        let missing: Vec<&Path> = dir
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .take_while(|a| !a.exists())
            .collect();
        for d in missing.into_iter().rev() {
            match std::fs::create_dir(d) {
                Ok(()) => self.steps.push(Step::CreatedDir(d.to_path_buf())),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => {}
                Err(e) => return Err(write_failure(Action::CreateFolder, d, &e)),
            }
        }
        Ok(())
    }

    /// Undoes every step, last first: files put back as they were, folders made removed,
    /// folders moved moved back. Returns what could not be undone, to tell the user.
    pub fn rollback(self) -> Vec<String> {
        let mut problems = Vec::new();
        for step in self.steps.into_iter().rev() {
            let (path, result) = match step {
                Step::Wrote(path, Some(bytes)) => {
                    let r = write_atomic(&path, &bytes);
                    (path, r)
                }
                Step::Wrote(path, None) => {
                    let r = match std::fs::remove_file(&path) {
                        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                        _ => Ok(()),
                    };
                    (path, r)
                }
                Step::CreatedDir(dir) => {
                    let r = match std::fs::remove_dir(&dir) {
                        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                        _ => Ok(()),
                    };
                    (dir, r)
                }
                Step::MovedDir { from, to } => {
                    let r = std::fs::rename(&to, &from);
                    (to, r)
                }
                Step::RemovedDir(dir) => {
                    let r = std::fs::create_dir(&dir);
                    (dir, r)
                }
            };
            if let Err(e) = result {
                problems.push(format!("{}: {}", path.display(), messages::io_cause(&e).0));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rollback_restores_and_removes() {
        let tmp = tempfile::tempdir().expect("test input is valid");
        let old = tmp.path().join("old.md");
        std::fs::write(&old, "before").expect("test input is valid");
        let new = tmp.path().join("a/b/new.md");
        let mut journal = Journal::default();
        journal
            .write(&old, b"after", Some(b"before".to_vec()))
            .expect("test input is valid");
        journal
            .write(&new, b"fresh", None)
            .expect("test input is valid");
        assert_eq!(
            std::fs::read_to_string(&new).expect("test input is valid"),
            "fresh"
        );
        assert!(journal.rollback().is_empty());
        assert_eq!(
            std::fs::read_to_string(&old).expect("test input is valid"),
            "before"
        );
        assert!(!tmp.path().join("a").exists());
    }

    #[test]
    fn rollback_moves_back_and_recreates() {
        let tmp = tempfile::tempdir().expect("test input is valid");
        let from = tmp.path().join("2026/old");
        std::fs::create_dir_all(&from).expect("test input is valid");
        std::fs::write(from.join("agenda.md"), "old agenda").expect("test input is valid");
        let to = tmp.path().join("2027/new");
        let mut journal = Journal::default();
        journal.move_dir(&from, &to).expect("test input is valid");
        journal
            .write(
                &to.join("agenda.md"),
                b"new agenda",
                Some(b"old agenda".to_vec()),
            )
            .expect("test input is valid");
        journal.remove_if_empty(&tmp.path().join("2026"));
        assert!(!tmp.path().join("2026").exists());
        assert!(journal.rollback().is_empty());
        assert_eq!(
            std::fs::read_to_string(from.join("agenda.md")).expect("test input is valid"),
            "old agenda"
        );
        assert!(!tmp.path().join("2027").exists());
    }
}
