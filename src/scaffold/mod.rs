//! Scaffolding session files: names, the teaching skeleton, copies of earlier sessions, and
//! writing new files that are valid and never replace anything.

pub mod derive;
pub(crate) mod plan;
pub mod skeleton;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Failure, Result};
use crate::session::file::{self as session_file, Checked, plural};
use crate::write;

/// The theme as a file-name slug, transliterated: «Игровые технологии в ДОО» →
/// `igrovye-tekhnologii-v-doo`. The same slug names the session's archive folder.
pub fn slug(title: &str) -> String {
    crate::archive::place::slug(title)
}

/// `<first-date>-<slug>.toml`.
pub fn file_name(first: NaiveDate, title: &str) -> String {
    format!("{}-{}.toml", first.format("%Y-%m-%d"), slug(title))
}

/// The usual path of a session in `dir`.
pub fn session_path(dir: &Path, first: NaiveDate, title: &str) -> PathBuf {
    dir.join(file_name(first, title))
}

/// Refuses a path that already exists, before anything is asked or written.
pub fn refuse_existing(path: &Path) -> Result<()> {
    if path.exists() {
        return Err(Failure::input(
            format!(
                "{} already exists; cowork never overwrites a session file",
                path.display()
            ),
            Some("choose another theme or date, or delete or rename the old file first"),
        ));
    }
    Ok(())
}

/// Checks generated text as `cowork check` would. Errors stop the command (nothing is
/// written); warnings are returned for the caller to show.
pub fn check_generated(path: &Path, text: &str) -> Result<Checked> {
    let shown = path.display().to_string();
    let checked = session_file::check_text(&shown, text.to_string()).map_err(|failure| {
        let closing = "the new session would not be valid TOML; nothing was written".to_string();
        match failure {
            Failure::Diagnostics(d) => Failure::diagnostics(d.file, d.diagnostics, Some(closing)),
            _ => Failure::input(closing, None),
        }
    })?;
    if checked.errors() > 0 {
        let errors = checked.errors();
        return Err(Failure::diagnostics(
            checked.file,
            checked.diagnostics,
            Some(format!(
                "the new session would have {}; nothing was written",
                plural(errors, "error", "errors")
            )),
        ));
    }
    Ok(checked)
}

/// Creates the folder if needed and writes a new file, never replacing an existing one.
pub fn write_new(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Failure::input(
                format!("cannot create the folder {}: {e}", dir.display()),
                None,
            )
        })?;
    }
    write::write_new(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_transliterated_and_short() {
        assert_eq!(
            slug("Игровые технологии в ДОО"),
            "igrovye-tekhnologii-v-doo"
        );
        assert_eq!(slug("«!»"), "session");
        let long = slug(&"Гражданско-патриотическое воспитание ".repeat(5));
        assert!(
            long.len() <= crate::archive::place::MAX_SLUG && !long.ends_with('-'),
            "{long}"
        );
    }
}
