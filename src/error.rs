//! One typed error for every way a command fails, rendered once, at the edge (`cli`).
//!
//! Each kind says what happened with the data needed to say it; [`Error::render`] turns it
//! into the text the methodist reads (with colour only when the edge asks for it), and
//! [`Error::exit_code`] into the exit code of the command-line contract: 2 for wrong usage,
//! 1 for bad input or a failed operation.

use std::borrow::Cow;
use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::io_failure;
use crate::render::terminal_text;
use crate::session::diagnostic::{self, Diagnostic, SourceFile, Style};

/// A failed command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line is wrong; the message says what to pass instead (exit 2).
    #[error("{message}")]
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// A file that cannot be used as it is: its located diagnostics, and what follows from
    /// them (e.g. "nothing was written").
    #[error("{}", .0.closing.clone().unwrap_or_else(|| crate::tr!("file-has-errors")))]
    Diagnostics(Box<Diagnostics>),
    /// A file operation failed; the cause comes from the operating system's error.
    #[error("{}", io_message(action, path, source, *outcome))]
    Io {
        /// What was being done: "write", "lock", "create the folder"…
        action: io_failure::Action,
        path: PathBuf,
        #[source]
        source: io::Error,
        /// What it means for the user's files, e.g. "nothing was written".
        outcome: Option<io_failure::Outcome>,
    },
    /// A session file that is read-only is never changed.
    #[error("{}", crate::tr!("read-only", path = path.display().to_string()))]
    ReadOnly { path: PathBuf },
    /// A session file with several names (hard links) is not replaced: the names would part.
    #[error("{}", crate::tr!("hard-links", path = path.display().to_string(), names = u64::clone(names)))]
    HardLinks { path: PathBuf, names: u64 },
    /// Another `cowork` run holds the lock of the file for longer than the wait.
    #[error(
        "{}",
        crate::tr!("locked", path = path.display().to_string(), lock = lock.display().to_string())
    )]
    Locked { path: PathBuf, lock: PathBuf },
    /// `-o` names one of the command's input files.
    #[error(
        "{}",
        crate::tr!(
            "output-is-input",
            output = output.display().to_string(),
            input = input.display().to_string()
        )
    )]
    OutputIsInput { output: PathBuf, input: PathBuf },
    /// Any other failure of the input or of an operation: what went wrong, what to do.
    #[error("{message}")]
    Failed {
        message: String,
        hint: Option<String>,
    },
    /// Several failures found at once (every unknown name of a command line), then what
    /// follows from them; each rendered in turn.
    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))]
    Several(Vec<Error>),
    /// A template that cannot be compiled or rendered: which one, and tera's own account
    /// of it (its lines kept), then what to do.
    #[error("{what}")]
    Template {
        what: String,
        detail: String,
        hint: Option<String>,
    },
    /// A failure, then a note on what it left behind (an archive run that was rolled back).
    #[error("{error}")]
    Noted { error: Box<Error>, note: String },
    /// The user pressed Ctrl-C at a prompt: what it left behind («Прервано, файл не
    /// изменён»), printed as it is, with the exit code of an interrupted program (130).
    #[error("{0}")]
    Interrupted(String),
}

/// The diagnostics of one file, for [`Error::Diagnostics`].
#[derive(Debug)]
pub struct Diagnostics {
    pub file: SourceFile,
    /// In file order; at most [`MAX_SHOWN`] are printed in full.
    pub diagnostics: Vec<Diagnostic>,
    /// A last line after them, e.g. "s.toml has 2 errors; fix it and run the command again".
    pub closing: Option<String>,
}

/// Diagnostics shown in full for one file; past that, a count. Nobody reads ten thousand
/// messages, and printing them would take longer than fixing the first ones.
pub const MAX_SHOWN: usize = 500;

impl Error {
    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Usage {
            message: message.into(),
            hint: None,
        }
    }

    /// A failure of the input or of an operation (exit 1) with an optional hint.
    pub fn input(message: impl fmt::Display, hint: Option<&str>) -> Self {
        Self::Failed {
            message: message.to_string(),
            hint: hint.map(str::to_string),
        }
    }

    /// A failed file operation.
    pub fn io(action: io_failure::Action, path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
            outcome: None,
        }
    }

    /// The same failed operation, saying what it means for the files.
    pub fn io_then(
        action: io_failure::Action,
        path: impl Into<PathBuf>,
        source: io::Error,
        outcome: io_failure::Outcome,
    ) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
            outcome: Some(outcome),
        }
    }

    /// Diagnostics of `file`, with a closing line.
    pub fn diagnostics(
        file: SourceFile,
        diagnostics: Vec<Diagnostic>,
        closing: Option<String>,
    ) -> Self {
        Self::Diagnostics(Box::new(Diagnostics {
            file,
            diagnostics,
            closing,
        }))
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Usage { .. } => 2,
            // 128 + SIGINT, as the shell reports a program stopped by Ctrl-C.
            Self::Interrupted(_) => 130,
            _ => 1,
        }
    }

    /// What to do about it, where the error knows.
    pub fn hint(&self) -> Option<Cow<'_, str>> {
        match self {
            Self::Usage { hint, .. } | Self::Failed { hint, .. } => hint.as_deref().map(Cow::from),
            Self::Io { source, .. } => io_failure::hint(source).map(Cow::from),
            Self::ReadOnly { .. } => Some(Cow::from(crate::tr!("read-only-hint"))),
            Self::HardLinks { .. } => Some(Cow::from(crate::tr!("hard-links-hint"))),
            Self::Locked { .. } => Some(Cow::from(crate::tr!("locked-hint"))),
            Self::OutputIsInput { .. } => Some(Cow::from(crate::tr!("output-is-input-hint"))),
            Self::Template { hint, .. } => hint.as_deref().map(Cow::from),
            Self::Diagnostics(_) | Self::Interrupted(_) | Self::Several(_) | Self::Noted { .. } => {
                None
            }
        }
    }

    /// The text printed for this error on stderr: `error: …` and `= help: …` lines, or the
    /// located diagnostics of a file; everything from the input shown, never obeyed, by the
    /// terminal.
    pub fn render(&self, style: Style) -> String {
        match self {
            Self::Interrupted(text) => text.clone(),
            Self::Noted { error, note } => {
                format!(
                    "{}\n  = {}: {}",
                    error.render(style),
                    crate::tr!("label-note"),
                    terminal_text::multiline(note)
                )
            }
            Self::Template { what, detail, .. } => {
                // tera's account names lines of the template, which keep to their own lines.
                let mut text = format!(
                    "{}: {}\n{}",
                    crate::tr!("label-error"),
                    terminal_text::inline(what),
                    terminal_text::multiline(detail)
                );
                if let Some(hint) = self.hint() {
                    push_hint(&mut text, &hint);
                }
                text
            }
            Self::Several(errors) => errors
                .iter()
                .map(|e| e.render(style))
                .collect::<Vec<_>>()
                .join("\n"),
            Self::Diagnostics(d) => {
                let mut text = render_diagnostics(&d.diagnostics, &d.file, style);
                match &d.closing {
                    Some(closing) => {
                        text.push_str(&crate::tr!("label-error"));
                        text.push_str(": ");
                        text.push_str(&terminal_text::inline(closing));
                    }
                    None => {
                        text.truncate(text.trim_end().len());
                    }
                }
                text
            }
            other => other.lines(&other.to_string()),
        }
    }

    fn lines(&self, message: &str) -> String {
        // A message may have lines of its own (a list of files); each keeps to its line.
        let mut text = format!(
            "{}: {}",
            crate::tr!("label-error"),
            terminal_text::multiline(message)
        );
        if let Some(hint) = self.hint() {
            push_hint(&mut text, &hint);
        }
        text
    }
}

/// `  = help: …` on a line of its own.
fn push_hint(text: &mut String, hint: &str) {
    text.push_str("\n  = ");
    text.push_str(&crate::tr!("label-help"));
    text.push_str(": ");
    text.push_str(&terminal_text::multiline(hint));
}

fn io_message(
    action: &io_failure::Action,
    path: &std::path::Path,
    source: &io::Error,
    outcome: Option<io_failure::Outcome>,
) -> String {
    let reason = io_failure::cause(source).reason;
    let (action, path) = (action.words(), path.display().to_string());
    match outcome {
        Some(outcome) => crate::tr!(
            "io-failed-then",
            action = action,
            path = path,
            reason = reason,
            outcome = outcome.words()
        ),
        None => crate::tr!("io-failed", action = action, path = path, reason = reason),
    }
}

/// Every diagnostic rendered rustc-style, each followed by a blank line; past [`MAX_SHOWN`],
/// errors first, then a count of the rest.
pub fn render_diagnostics(diags: &[Diagnostic], file: &SourceFile, style: Style) -> String {
    let shown: Vec<&Diagnostic> = if diags.len() <= MAX_SHOWN {
        diags.iter().collect()
    } else {
        // Errors first, then warnings while there is room; in file order.
        let errors = diags.iter().filter(|d| d.is_error()).take(MAX_SHOWN);
        let room = MAX_SHOWN.saturating_sub(diags.iter().filter(|d| d.is_error()).count());
        let warnings = diags.iter().filter(|d| !d.is_error()).take(room);
        let mut shown: Vec<&Diagnostic> = errors.chain(warnings).collect();
        shown.sort_by_key(|d| (d.span.start, d.severity));
        shown
    };
    let mut out: String = shown
        .iter()
        .map(|d| diagnostic::render(d, file, style) + "\n\n")
        .collect();
    if diags.len() > shown.len() {
        let errors = diags.iter().filter(|d| d.is_error()).count()
            - shown.iter().filter(|d| d.is_error()).count();
        let warnings = diags.len() - shown.len() - errors;
        let line = crate::tr!(
            "not-shown",
            errors = crate::tr!("error-count", count = errors),
            warnings = crate::tr!("warning-count", count = warnings),
            file = file.path.clone()
        );
        out.push_str(&format!("{}: {line}\n\n", crate::tr!("label-note")));
    }
    out
}

/// What every fallible function of the library returns.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_exit_code_and_hint() {
        assert_eq!(Error::usage("--day 0").exit_code(), 2);
        let ro = Error::ReadOnly {
            path: PathBuf::from("s.toml"),
        };
        assert_eq!(ro.exit_code(), 1);
        assert_eq!(
            ro.render(Style::Plain).lines().next(),
            Some("ошибка: s.toml только для чтения; ничего не изменено")
        );
        assert!(
            ro.render(Style::Plain)
                .contains("= подсказка: cowork не меняет")
        );
        let full = Error::io_then(
            crate::io_failure::Action::Write,
            "plan.md",
            io::Error::from(io::ErrorKind::StorageFull),
            io_failure::Outcome::NothingWritten,
        );
        assert!(
            full.render(Style::Plain)
                .starts_with("ошибка: не удалось записать plan.md: "),
            "{}",
            full.render(Style::Plain)
        );
        assert!(full.render(Style::Plain).contains("; ничего не записано"));
    }

    #[test]
    fn input_from_the_file_is_shown_not_obeyed() {
        let e = Error::input("no participant \"\u{1b}[2J\"", Some("\u{9b}31m"));
        let text = e.render(Style::Plain);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{9b}'),
            "{text:?}"
        );
    }
}
