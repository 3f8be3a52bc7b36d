//! Writing the archive all-or-nothing: a journal of what each write replaced, to put it back.

use std::path::{Path, PathBuf};

use crate::error::{Failure, Result};
use crate::output::write_atomic;

/// What is at `path` now: the file's bytes, or `None` when there is no file.
pub fn read_existing(path: &Path) -> Result<Option<Vec<u8>>> {
    match crate::session_file::read_limited(path) {
        Ok(bytes) => bytes.map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Failure::input(
            format!("cannot read {}: {e}", path.display()),
            Some("the archive folder must hold only files cowork wrote; move this one aside"),
        )),
    }
}

/// The files and folders written so far, with what each file held before.
#[derive(Debug, Default)]
pub struct Journal {
    files: Vec<(PathBuf, Option<Vec<u8>>)>,
    created_dirs: Vec<PathBuf>,
}

impl Journal {
    /// Writes `bytes` to `path` atomically, creating missing folders, and remembers `previous`.
    pub fn write(&mut self, path: &Path, bytes: &[u8], previous: Option<Vec<u8>>) -> Result<()> {
        if let Some(dir) = path.parent() {
            self.create_dirs(dir)?;
        }
        write_atomic(path, bytes)?;
        self.files.push((path.to_path_buf(), previous));
        Ok(())
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
                Ok(()) => self.created_dirs.push(d.to_path_buf()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => {}
                Err(e) => {
                    return Err(Failure::input(
                        format!("cannot create the folder {}: {e}", d.display()),
                        Some("check that you may write in the archive folder"),
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.created_dirs.is_empty()
    }

    /// Puts every file back as it was and removes the folders this run created. Returns what
    /// could not be restored, to tell the user.
    pub fn rollback(self) -> Vec<String> {
        let mut problems = Vec::new();
        for (path, previous) in self.files.into_iter().rev() {
            let result = match previous {
                Some(bytes) => write_atomic(&path, &bytes).map_err(|f| f.to_string()),
                None => match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
                    _ => Ok(()),
                },
            };
            if let Err(e) = result {
                problems.push(format!("{}: {e}", path.display()));
            }
        }
        for dir in self.created_dirs.into_iter().rev() {
            if let Err(e) = std::fs::remove_dir(&dir)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                problems.push(format!("{}: {e}", dir.display()));
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
}
