//! The archive's files all or nothing: what each file holds and held, the writing under a journal, and the git commit of exactly them.

use std::collections::BTreeSet;
use std::path::Path;

use crate::archive::commit_message;
use crate::archive::documents::SESSION_COPY;
use crate::archive::failure::{NOTHING_WRITTEN, git_failure, rollback_note, with_note};
use crate::archive::files::{self, Journal};
use crate::archive::git::{GitError, IndexSnapshot, Repo};
use crate::archive::index::INDEX;
use crate::archive::owner::{self, OWNER_FILE};
use crate::archive::repository::InRepo;
use crate::archive::run::{Done, Outcome, Progress, Rendered, SessionState};
use crate::error::{Error, Result};

/// The archive's own settings file: archived bytes are kept out of line-ending conversion
/// (`core.autocrlf`, `* text=auto`), so they are committed and checked out as written.
const ATTRIBUTES: &str = ".gitattributes";
const ATTRIBUTES_TEXT: &str = "# Written by cowork archive: the archive's files are kept byte for byte,\n# whatever core.autocrlf or text=auto say elsewhere.\n* -text\n";

/// One file of the archive: where it goes (relative to the archive, with `/`), what it holds,
/// and what is there now.
pub(crate) struct Planned {
    rel: String,
    bytes: Vec<u8>,
    previous: Option<Vec<u8>>,
}

impl Planned {
    fn differs(&self) -> bool {
        self.previous.as_deref() != Some(self.bytes.as_slice())
    }
}

/// Every file of the run with what is there now: each session's documents (taken out of
/// `sessions`) and `.session`, the index (`readme`) and the archive's `.gitattributes`.
pub(crate) fn plan(
    sessions: &mut [Rendered],
    identities: &[String],
    archive: &Path,
    readme: Vec<u8>,
) -> Result<Vec<Planned>> {
    let mut plan = Vec::new();
    for (session, identity) in sessions.iter_mut().zip(identities) {
        // A moving folder's files are read where they are now.
        let now = session
            .moved_from
            .as_ref()
            .unwrap_or(&session.folder)
            .clone();
        let mut documents = std::mem::take(&mut session.documents);
        documents.push((OWNER_FILE.to_string(), owner::render(identity)));
        for (name, mut bytes) in documents {
            let previous = files::read_existing(&archive.join(&now).join(&name))?;
            // The session copy as checked out on another system (CRLF on Windows, LF
            // elsewhere) is the same file: keep it rather than commit its line ends back and forth.
            if name == SESSION_COPY
                && let Some(prev) = &previous
                && same_but_line_ends(prev, &bytes)
            {
                bytes = prev.clone();
            }
            plan.push(Planned {
                rel: format!("{}/{name}", session.folder),
                bytes,
                previous,
            });
        }
    }
    for (rel, bytes) in [
        (INDEX.to_string(), readme),
        (ATTRIBUTES.to_string(), ATTRIBUTES_TEXT.as_bytes().to_vec()),
    ] {
        let previous = files::read_existing(&archive.join(&rel))?;
        plan.push(Planned {
            rel,
            bytes,
            previous,
        });
    }
    Ok(plan)
}

fn same_but_line_ends(a: &[u8], b: &[u8]) -> bool {
    let lf = |bytes: &[u8]| -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len());
        for (i, &byte) in bytes.iter().enumerate() {
            if !(byte == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
                out.push(byte);
            }
        }
        out
    };
    lf(a) == lf(b)
}

/// `--no-commit`: the files only.
pub(crate) fn write_only(
    archive: &Path,
    sessions: &[Rendered],
    plan: &[Planned],
    progress: &dyn Progress,
) -> Result<Outcome> {
    let (_, written) = apply(archive, sessions, plan)?;
    let states = states(sessions, &written);
    progress.sessions(&states);
    Ok(Outcome {
        sessions: states,
        done: Done::Written {
            files: written.len(),
        },
    })
}

/// Each session's folder and how many of the `changed` paths (relative to the archive) are in it.
fn states(sessions: &[Rendered], changed: &BTreeSet<String>) -> Vec<SessionState> {
    sessions
        .iter()
        .map(|s| {
            let prefix = format!("{}/", s.folder);
            SessionState {
                folder: s.folder.clone(),
                moved_from: s.moved_from.clone(),
                changed: changed.iter().filter(|r| r.starts_with(&prefix)).count(),
            }
        })
        .collect()
}

/// Moves the folders of sessions whose theme or date changed, then writes the files that
/// differ from what is on disk; on any failure undoes it all and says so.
fn apply(
    archive: &Path,
    sessions: &[Rendered],
    plan: &[Planned],
) -> Result<(Journal, BTreeSet<String>)> {
    let mut journal = Journal::default();
    let mut written = BTreeSet::new();
    let mut step = |journal: &mut Journal| -> Result<()> {
        for s in sessions {
            if let Some(old) = &s.moved_from {
                journal.move_dir(&archive.join(old), &archive.join(&s.folder))?;
            }
        }
        for p in plan.iter().filter(|p| p.differs()) {
            journal.write(&archive.join(&p.rel), &p.bytes, p.previous.clone())?;
            written.insert(p.rel.clone());
        }
        // A year left without sessions goes too.
        for s in sessions {
            if let Some(year) = s.moved_from.as_ref().and_then(|old| old.split_once('/')) {
                journal.remove_if_empty(&archive.join(year.0));
            }
        }
        Ok(())
    };
    if let Err(failure) = step(&mut journal) {
        let problems = journal.rollback();
        return Err(with_note(failure, rollback_note(&problems, false)));
    }
    Ok((journal, written))
}

/// The commit: check git can take the paths, write, stage, commit exactly them (with
/// `message`, else one made of the sessions); on any refusal put the files and the index
/// back as they were.
pub(crate) fn commit(
    message: Option<&str>,
    archive: &Path,
    in_repo: &InRepo,
    sessions: &[Rendered],
    plan: &[Planned],
    progress: &dyn Progress,
) -> Result<Outcome> {
    let repo = &in_repo.repo;
    let paths: Vec<String> = plan.iter().map(|p| in_repo.path(&p.rel)).collect();
    let nothing_written = |e: &GitError| git_failure(e, NOTHING_WRITTEN);
    let ignored = repo.ignored(&paths).map_err(|e| nothing_written(&e))?;
    if let Some(first) = ignored.first() {
        return Err(Error::input(
            format!(
                "git ignores {first} (.gitignore or .git/info/exclude), so the archive cannot be committed; nothing was written"
            ),
            Some(
                "remove the pattern that matches the archive folder, choose another --dir, or pass --no-commit",
            ),
        ));
    }
    // A moved session's old and new folders as a whole: files the user put there move too.
    let old_folders: Vec<String> = sessions
        .iter()
        .filter_map(|s| s.moved_from.as_deref().map(|old| in_repo.path(old)))
        .collect();
    let new_folders: Vec<String> = sessions
        .iter()
        .filter(|s| s.moved_from.is_some())
        .map(|s| in_repo.path(&s.folder))
        .collect();
    let mut pathspecs = paths.clone();
    pathspecs.extend(old_folders.iter().cloned());
    pathspecs.extend(new_folders.iter().cloned());
    let snapshot = repo
        .snapshot_index(&pathspecs)
        .map_err(|e| nothing_written(&e))?;

    let (journal, _) = apply(archive, sessions, plan)?;
    let mut to_add = paths.clone();
    to_add.extend(new_folders);
    let staged = repo.add(&to_add).and_then(|()| {
        if !old_folders.is_empty() {
            repo.remove(&old_folders)?;
        }
        repo.staged(&pathspecs)
    });
    let staged = match staged {
        Ok(staged) => staged,
        Err(e) => return Err(undo(repo, &snapshot, journal, &e)),
    };
    let prefix = in_repo.path("");
    let changed_rel: BTreeSet<String> = staged
        .iter()
        .map(|p| {
            if prefix.is_empty() {
                p.clone()
            } else {
                p.strip_prefix(&format!("{prefix}/"))
                    .unwrap_or(p)
                    .to_string()
            }
        })
        .collect();
    let states = states(sessions, &changed_rel);
    progress.sessions(&states);
    if staged.is_empty() {
        // Whatever was written differs from the last commit only in what git does not count
        // (line ends it converts): the archive is up to date.
        return Ok(Outcome {
            sessions: states,
            done: Done::UpToDate,
        });
    }
    let message = message
        .map(str::to_string)
        .unwrap_or_else(|| commit_message::message(sessions, &changed_rel));
    if let Err(e) = repo.commit(&message, &staged) {
        return Err(undo(repo, &snapshot, journal, &e));
    }
    let head = repo.short_head().unwrap_or_default();
    let subject = message.lines().next().unwrap_or_default().to_string();
    Ok(Outcome {
        sessions: states,
        done: Done::Committed {
            head,
            subject,
            files: staged.len(),
        },
    })
}

/// Puts the index and then the files back, and says what git refused.
fn undo(repo: &Repo, snapshot: &IndexSnapshot, journal: Journal, error: &GitError) -> Error {
    let mut problems = Vec::new();
    if let Err(e) = repo.restore_index(snapshot) {
        problems.push(format!(
            "the git index ({}): {}",
            e.command,
            e.output().trim()
        ));
    }
    problems.extend(journal.rollback());
    git_failure(error, rollback_note(&problems, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_alone_do_not_differ() {
        assert!(same_but_line_ends(b"a\r\nb\r\n", b"a\nb\n"));
        assert!(!same_but_line_ends(b"a\nb\n", b"a\nc\n"));
    }
}
