//! How a failed archive run is told: git's refusals, and the note on what a rollback left behind.

use crate::archive::git::{Cause, GitError};
use crate::error::Error;

/// The note of a failure that happened before anything was written.
pub(crate) const NOTHING_WRITTEN: &str = "nothing was written";

/// `error`, then a note on what became of the files.
pub(crate) fn with_note(error: Error, note: impl Into<String>) -> Error {
    Error::Noted {
        error: Box::new(error),
        note: note.into(),
    }
}

/// What is left after a failure: nothing (the usual case), or exactly what could not be put
/// back. `with_index`: the run had touched git's index too.
pub(crate) fn rollback_note(problems: &[String], with_index: bool) -> String {
    if problems.is_empty() {
        if with_index {
            "nothing was changed: the archive files and the git index are as they were".to_string()
        } else {
            "nothing was written: the archive is as it was".to_string()
        }
    } else {
        format!(
            "these could not be put back as they were:\n{}",
            problems
                .iter()
                .map(|p| format!("      {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        )
    }
}

/// A git failure as the user sees it: what failed, git's own output, what to do, and (the
/// `note`) what became of the files.
pub(crate) fn git_failure(error: &GitError, note: impl Into<String>) -> Error {
    let mut message = match &error.cause {
        Cause::Locked(lock) => format!("git's index is locked: {lock} exists"),
        Cause::NoIdentity => "git does not know who you are, so it cannot commit".to_string(),
        Cause::NotARepository => {
            "git finds no repository it can use for the archive folder".to_string()
        }
        _ => {
            let code = error
                .code
                .map(|c| format!(", exit status {c}"))
                .unwrap_or_default();
            format!("{} failed{code}", error.command)
        }
    };
    let output = error.output();
    if !output.is_empty() {
        message.push_str(":\n");
        message.push_str(&output);
    }
    let failed = Error::Failed {
        message,
        hint: Some(error.hint()),
    };
    with_note(failed, note)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::diagnostic::Style;

    #[test]
    fn a_git_failure_shows_git_then_the_hint_then_the_note() {
        let error = GitError {
            command: "git commit".to_string(),
            cause: Cause::CommitRefused,
            code: Some(1),
            stdout: String::new(),
            stderr: "lint failed\n".to_string(),
        };
        let text = git_failure(&error, rollback_note(&[], true)).render(Style::Plain);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].ends_with(": git commit failed, exit status 1:"),
            "{text}"
        );
        assert_eq!(lines[1], "    lint failed", "{text}");
        assert!(lines[2].starts_with("  = "), "{text}");
        assert!(
            lines[3].ends_with(
                ": nothing was changed: the archive files and the git index are as they were"
            ),
            "{text}"
        );
    }

    #[test]
    fn what_could_not_be_put_back_is_listed() {
        let note = rollback_note(&["a.md: busy".to_string(), "b.md: gone".to_string()], false);
        assert_eq!(
            note,
            "these could not be put back as they were:\n      a.md: busy\n      b.md: gone"
        );
    }
}
