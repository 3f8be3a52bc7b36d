//! The two ways a command fails, mapped to the exit codes of the command-line contract.

use std::fmt;

/// A failed command: wrong usage (exit 2) or bad input / failed operation (exit 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The command line itself is wrong; the message says what to pass instead.
    Usage(String),
    /// The input is invalid or the operation failed. The text is printed as it is, so it
    /// may hold rendered diagnostics.
    Input(String),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Usage(_) => 2,
            Self::Input(_) => 1,
        }
    }

    /// A one-line input failure with an optional hint, rendered like a diagnostic. Text from
    /// a file in either shows its control characters as visible escapes.
    pub fn input(message: impl fmt::Display, hint: Option<&str>) -> Self {
        let message = message.to_string();
        let mut text = format!(
            "error: {}",
            crate::render::terminal_text::multiline(&message)
        );
        if let Some(hint) = hint {
            let hint = crate::render::terminal_text::multiline(hint);
            text.push_str(&format!("\n  = help: {hint}"));
        }
        Self::Input(text)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage(m) => write!(f, "error: {}", crate::render::terminal_text::multiline(m)),
            Self::Input(m) => f.write_str(m),
        }
    }
}

pub type Result<T> = std::result::Result<T, Failure>;
