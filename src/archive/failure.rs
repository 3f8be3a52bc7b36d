//! How a failed archive run is told: git's refusals, and the note on what a rollback left behind.

use crate::archive::git::{Cause, GitError};
use crate::error::Error;

/// The note of a failure that happened before anything was written.
pub(crate) fn nothing_written() -> String {
    crate::tr!("archive-nothing-written")
}

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
            crate::tr!("archive-rollback-nothing-changed")
        } else {
            crate::tr!("archive-rollback-nothing-written")
        }
    } else {
        format!(
            "{}\n{}",
            crate::tr!("archive-rollback-left"),
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
        Cause::Locked(lock) => crate::tr!("archive-git-locked", lock = lock.as_str()),
        Cause::NoIdentity => crate::tr!("archive-git-no-identity"),
        Cause::NotARepository => crate::tr!("archive-git-not-a-repository"),
        _ => match error.code {
            Some(code) => crate::tr!(
                "archive-git-failed-code",
                command = error.command.as_str(),
                code = code.to_string()
            ),
            None => crate::tr!("archive-git-failed", command = error.command.as_str()),
        },
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
            lines[0].ends_with(": команда git commit не выполнена, код возврата 1:"),
            "{text}"
        );
        assert_eq!(lines[1], "    lint failed", "{text}");
        assert!(lines[2].starts_with("  = "), "{text}");
        assert!(
            lines[3]
                .ends_with(": ничего не изменилось: файлы архива и индекс git остались как были"),
            "{text}"
        );
    }

    #[test]
    fn what_could_not_be_put_back_is_listed() {
        let note = rollback_note(&["a.md: busy".to_string(), "b.md: gone".to_string()], false);
        assert_eq!(
            note,
            "не удалось вернуть в прежнее состояние:\n      a.md: busy\n      b.md: gone"
        );
    }
}
