//! Scaffolding session files: names, the teaching skeleton, copies of earlier sessions, and
//! writing new files that are valid and never replace anything.

pub mod derive;
pub(crate) mod plan;
pub mod school_year;
pub mod skeleton;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::session::file::{self as session_file, Checked};
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
        return Err(Error::input(
            format!(
                "{} already exists; cowork never overwrites a session file",
                path.display()
            ),
            Some("choose another theme or date, or delete or rename the old file first"),
        ));
    }
    Ok(())
}

/// The last day TOML (and so a session file) can hold: 31 December 9999.
const LAST_DAY: (i32, u32, u32) = (9999, 12, 31);

/// A session whose days run past [`LAST_DAY`] (or that lost days there) cannot be written:
/// said plainly, before any text is made.
pub fn refuse_beyond_calendar(first: NaiveDate, dates: &[NaiveDate], days: usize) -> Result<()> {
    let last =
        NaiveDate::from_ymd_opt(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2).unwrap_or(NaiveDate::MAX);
    if dates.len() == days && dates.iter().all(|d| *d <= last) {
        return Ok(());
    }
    Err(Error::Usage {
        message: crate::tr!(
            "scaffold-beyond-calendar",
            first = crate::i18n::lang::date(crate::i18n::fluent::interface(), first)
        ),
        hint: Some(crate::tr!("scaffold-beyond-calendar-hint")),
    })
}

/// A title or series name must stay on one line: it is the theme printed on every document.
pub fn refuse_line_breaks(flag: &str, text: &str) -> Result<()> {
    if !text.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
        return Ok(());
    }
    Err(Error::Usage {
        message: crate::tr!("scaffold-line-break", flag = flag),
        hint: Some(crate::tr!("scaffold-line-break-hint", flag = flag)),
    })
}

/// Checks generated text as `cowork check` would. Errors stop the command (nothing is
/// written); warnings are returned for the caller to show.
pub fn check_generated(path: &Path, text: &str) -> Result<Checked> {
    let shown = path.display().to_string();
    let checked = session_file::check_text(&shown, text.to_string()).map_err(|failure| {
        let closing = crate::tr!("scaffold-invalid-toml");
        match failure {
            Error::Diagnostics(d) => Error::diagnostics(d.file, d.diagnostics, Some(closing)),
            _ => Error::input(closing, None),
        }
    })?;
    if checked.errors() > 0 {
        let errors = checked.errors();
        return Err(Error::diagnostics(
            checked.file,
            checked.diagnostics,
            Some(crate::tr!("scaffold-would-have-errors", count = errors)),
        ));
    }
    Ok(checked)
}

/// Creates the folder if needed and writes a new file, never replacing an existing one.
pub fn write_new(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            crate::io_failure::failure_then(
                crate::io_failure::Action::CreateFolder,
                dir,
                &e,
                crate::io_failure::Outcome::NothingWritten,
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
