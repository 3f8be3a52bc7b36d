//! `cowork.toml`: workspace defaults, found by walking up from the current directory.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::calendar::{Calendar, DayRange};
use crate::error::{Error, Result};
use crate::session::diagnostic::{Diagnostic, SourceFile};
use crate::session::file as session_file;
use crate::session::model::{Language, Signatures, Sp};
use crate::session::toml_read::{Reader, Table, parse_document};

/// The name of the workspace configuration file.
pub const FILE_NAME: &str = "cowork.toml";

/// Most blank rows a sign-in sheet may ask for; more is surely a typo.
pub const MAX_BLANK_ROWS: i64 = 500;

/// A folder named in `cowork.toml`, resolved against the workspace root, with where it was
/// written (for located errors).
#[derive(Debug, Clone)]
pub struct ConfigPath {
    pub path: PathBuf,
    pub span: Range<usize>,
}

/// Workspace defaults. Every field is optional; without a `cowork.toml` all are `None`.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file read, if one was found.
    pub file: Option<SourceFile>,
    /// The workspace root: the folder holding `cowork.toml`, else the current directory.
    /// Relative to the current directory (`.`, `..`, `../..`), so messages stay short.
    pub root: PathBuf,
    pub organization: Option<String>,
    pub organizer: Option<String>,
    pub language: Option<Language>,
    /// `timezone`: the zone of every session that names none (an IANA name, checked).
    pub timezone: Option<chrono_tz::Tz>,
    pub templates: Option<ConfigPath>,
    pub archive: Option<ConfigPath>,
    pub blank_rows: Option<u32>,
    /// `browser`: the Chromium-family browser that prints PDFs (a bare name is looked for
    /// on `PATH`; a path counts from the workspace root).
    pub browser: Option<ConfigPath>,
    /// `[approval]` and `[agreed]`: the signature blocks of every session that gives none.
    pub signatures: Signatures,
    /// `[calendar]`: the production calendar with the workspace's own days off
    /// (`holidays`) and working days (`workdays`).
    pub calendar: Calendar,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            file: None,
            root: PathBuf::from("."),
            organization: None,
            organizer: None,
            language: None,
            timezone: None,
            templates: None,
            archive: None,
            blank_rows: None,
            browser: None,
            signatures: Signatures::default(),
            calendar: Calendar::default(),
        }
    }
}

impl Config {
    /// Finds `cowork.toml` in the current directory or the nearest folder above it and reads
    /// it; no file means all defaults. A broken file is an error (exit 1) with its location.
    pub fn discover() -> Result<Self> {
        let cwd = std::env::current_dir()
            .map_err(|e| Error::input(crate::tr!("check-no-cwd", reason = e.to_string()), None))?;
        match find(&cwd) {
            Some((root, path)) => Self::load(&path, root),
            None => Ok(Self::default()),
        }
    }

    /// Reads `path` as a `cowork.toml` whose relative folders count from `root`.
    pub fn load(path: &Path, root: PathBuf) -> Result<Self> {
        let text = session_file::read_text(path)?;
        let file = SourceFile::new(path.display().to_string(), text);
        let mut config = match parse(&file, root) {
            Ok(config) => config,
            Err(diags) => {
                // Rendered at the edge, like a session file's (colour, the 500 shown at most).
                let closing = crate::tr!(
                    "check-config-has-errors",
                    file = file.path.clone(),
                    errors = crate::tr!("error-count", count = diags.len())
                );
                return Err(Error::diagnostics(file, diags, Some(closing)));
            }
        };
        config.file = Some(file);
        Ok(config)
    }

    /// A path relative to the workspace root, as short as it can be written.
    pub fn at_root(&self, relative: impl AsRef<Path>) -> PathBuf {
        if self.root == Path::new(".") {
            relative.as_ref().to_path_buf()
        } else {
            self.root.join(relative)
        }
    }

    /// The zone of a session that names none: `timezone` here, else Moscow's.
    pub fn timezone(&self) -> chrono_tz::Tz {
        self.timezone.unwrap_or(crate::session::timezone::DEFAULT)
    }

    /// Where sessions live by default: `sessions/` at the workspace root.
    pub fn sessions_dir(&self) -> PathBuf {
        self.at_root("sessions")
    }

    /// The archive folder: `archive` from `cowork.toml`, else `archive/` at the root.
    pub fn archive_dir(&self) -> PathBuf {
        self.archive
            .as_ref()
            .map_or_else(|| self.at_root("archive"), |a| a.path.clone())
    }

    /// The templates folder `cowork.toml` names; `None` when it names none. One that does
    /// not exist is a warning (the built-in templates serve instead), not an error: a copied
    /// `examples/cowork.toml` must not stop every document.
    pub fn templates_dir(&self) -> (Option<PathBuf>, Option<super::Warning>) {
        let Some(templates) = &self.templates else {
            return (None, None);
        };
        if templates.path.is_dir() {
            return (Some(templates.path.clone()), None);
        }
        let shown = crate::render::terminal_text::inline(&templates.path.display().to_string())
            .into_owned();
        let warning = super::Warning {
            diagnostic: Diagnostic::warning(
                crate::tr!("ref-templates-missing", path = shown),
                templates.span.clone(),
            )
            .with_hint(crate::tr!("ref-templates-missing-hint")),
            file: self.file.clone(),
        };
        (None, Some(warning))
    }

    /// A problem with a value of the file, rendered with its location.
    pub fn located_error(&self, diag: Diagnostic) -> Error {
        match &self.file {
            Some(file) => Error::diagnostics(file.clone(), vec![diag], None),
            None => Error::input(diag.message, diag.hint.as_deref()),
        }
    }
}

/// Blank rows on a sign-in sheet when neither the flag nor `cowork.toml` sets them.
pub const DEFAULT_BLANK_ROWS: usize = 5;

/// The nearest `cowork.toml` at or above `start`: the root relative to `start`, and the file.
fn find(start: &Path) -> Option<(PathBuf, PathBuf)> {
    let mut relative = PathBuf::from(".");
    for (level, dir) in start.ancestors().enumerate() {
        if level > 0 {
            relative = if level == 1 {
                PathBuf::from("..")
            } else {
                relative.join("..")
            };
        }
        if dir.join(FILE_NAME).is_file() {
            let path = if level == 0 {
                PathBuf::from(FILE_NAME)
            } else {
                relative.join(FILE_NAME)
            };
            return Some((relative, path));
        }
    }
    None
}

/// Reads the keys of a `cowork.toml` through the same reader as session files; every
/// problem is collected, none is fatal alone.
fn parse(file: &SourceFile, root: PathBuf) -> std::result::Result<Config, Vec<Diagnostic>> {
    let doc = parse_document(file.text.as_str()).map_err(|diag| vec![diag])?;
    let mut reader = Reader::new(|| crate::tr!("check-not-a-setting"));
    let mut config = Config {
        root,
        ..Config::default()
    };
    let table = Table::new(doc.as_table(), 0..file.text.len().min(1), FILE_NAME);
    reader.read(table, |r, t| {
        config.organization = r.string(t, "organization").and_then(text);
        config.organizer = r.string(t, "organizer").and_then(text);
        config.language = r
            .choice(t, "language", &Language::NAMES, Language::parse)
            .map(|l| l.value);
        if let Some(zone) = r.string(t, "timezone") {
            match crate::session::validate::timezone(&zone) {
                Some(diag) => r.error(diag),
                None => config.timezone = crate::session::timezone::parse(&zone.value),
            }
        }
        config.templates = folder(r, t, "templates", &config);
        config.archive = folder(r, t, "archive", &config);
        if let Some(n) = r.integer(t, "blank_rows") {
            if (0..=MAX_BLANK_ROWS).contains(&n.value) {
                config.blank_rows = u32::try_from(n.value).ok();
            } else {
                r.error(
                    Diagnostic::error(
                        crate::tr!("check-blank-rows", most = MAX_BLANK_ROWS),
                        n.span,
                    )
                    .with_hint(crate::tr!("check-blank-rows-hint")),
                );
            }
        }
        config.browser = program(r, t, "browser", &config);
        let signatory = crate::session::load::signatory;
        config.signatures = Signatures {
            approval: r.table(t, "approval").map(|table| r.read(table, signatory)),
            agreed: r.table(t, "agreed").map(|table| r.read(table, signatory)),
        };
        if let Some(table) = r.table(t, "calendar") {
            config.calendar = r.read(table, |r, t| Calendar {
                holidays: days(r, t, "holidays"),
                workdays: days(r, t, "workdays"),
            });
        }
    });
    let mut diags = reader.into_diagnostics();
    if diags.is_empty() {
        Ok(config)
    } else {
        diags.sort_by_key(|d| d.span.start);
        Err(diags)
    }
}

/// `[calendar] holidays` or `workdays`: dates (`2026-12-31`, native or quoted) and ranges
/// of dates (`"2026-12-28..2027-01-08"`, first to last inclusive). A range written last
/// day first gets its own error, with the range the right way round as its hint.
fn days(r: &mut Reader, t: &mut Table<'_>, key: &'static str) -> Vec<DayRange> {
    let mut out = Vec::new();
    for entry in r.array(
        t,
        key,
        || crate::tr!("check-calendar-expect-day"),
        day_range,
    ) {
        match entry.value {
            Ok(range) => out.push(range),
            Err(reversed) => r.error(
                Diagnostic::error(
                    crate::tr!(
                        "check-calendar-reversed",
                        range = format!("{}..{}", reversed.last, reversed.first)
                    ),
                    entry.span,
                )
                .with_hint(crate::tr!(
                    "check-calendar-reversed-hint",
                    range = format!("{}..{}", reversed.first, reversed.last)
                )),
            ),
        }
    }
    out
}

/// One entry of a list of days: a date, or «first..last»; `Err` with the days put in order
/// when the range is written last day first.
fn day_range(value: &toml_edit::Value) -> Option<std::result::Result<DayRange, DayRange>> {
    if let Some(day) = crate::session::toml_read::date_of(value) {
        return Some(Ok(DayRange {
            first: day,
            last: day,
        }));
    }
    let (first, last) = value.as_str()?.split_once("..")?;
    let date =
        |text: &str| crate::session::toml_read::date_of(&toml_edit::Value::from(text.trim()));
    let (first, last) = (date(first)?, date(last)?);
    Some(if first <= last {
        Ok(DayRange { first, last })
    } else {
        Err(DayRange {
            first: last,
            last: first,
        })
    })
}

/// A string value, blank meaning "not set".
fn text(value: Sp<String>) -> Option<String> {
    let s = value.value.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// A folder setting, resolved against the workspace root; blank is an error.
fn folder(
    r: &mut Reader,
    t: &mut Table<'_>,
    key: &'static str,
    config: &Config,
) -> Option<ConfigPath> {
    let expected = crate::tr!("check-expect-folder", key = key);
    path_setting(r, t, key, expected, |path| {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            config.at_root(path)
        }
    })
}

/// A program setting: a bare name (looked for on `PATH` when it is used) as it is, a path
/// resolved against the workspace root; blank is an error.
fn program(
    r: &mut Reader,
    t: &mut Table<'_>,
    key: &'static str,
    config: &Config,
) -> Option<ConfigPath> {
    let expected = crate::tr!("check-expect-program", key = key);
    path_setting(r, t, key, expected, |path| {
        let bare = path.components().count() == 1 && !path.is_absolute();
        if bare || path.is_absolute() {
            path.to_path_buf()
        } else {
            config.at_root(path)
        }
    })
}

/// A string setting naming a path (`expected` says what kind), trimmed and `resolve`d, with
/// where it is written; blank is an error at its place.
fn path_setting(
    r: &mut Reader,
    t: &mut Table<'_>,
    key: &'static str,
    expected: String,
    resolve: impl FnOnce(&Path) -> std::path::PathBuf,
) -> Option<ConfigPath> {
    let written = r.value(
        t,
        key,
        || expected.clone(),
        |item| item.as_str().map(str::to_string),
    )?;
    let trimmed = written.value.trim();
    if trimmed.is_empty() {
        r.error(Diagnostic::error(
            crate::tr!(
                "check-wrong-type",
                key = key,
                table = FILE_NAME,
                expected = expected
            ),
            written.span,
        ));
        return None;
    }
    Some(ConfigPath {
        path: resolve(Path::new(trimmed)),
        span: written.span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn parsed(text: &str) -> std::result::Result<Config, Vec<Diagnostic>> {
        parse(&SourceFile::new("cowork.toml", text), PathBuf::from(".."))
    }

    #[test]
    fn reads_every_key() {
        let config = parsed(
            "organization = \"МБДОУ «Детский сад № 5»\"\norganizer = \"Соколова М. В.\"\n\
             language = \"en\"\ntemplates = \"шаблоны\"\narchive = \"/srv/archive\"\nblank_rows = 7\n",
        )
        .expect("test input is valid");
        assert_eq!(
            config.organization.as_deref(),
            Some("МБДОУ «Детский сад № 5»")
        );
        assert_eq!(config.language, Some(Language::En));
        assert_eq!(
            config.templates.as_ref().expect("test input is valid").path,
            PathBuf::from("../шаблоны")
        );
        assert_eq!(config.archive_dir(), PathBuf::from("/srv/archive"));
        assert_eq!(config.blank_rows, Some(7));
        let browser = |text: &str| {
            parsed(text)
                .expect("test input is valid")
                .browser
                .map(|b| b.path)
        };
        assert_eq!(
            browser("browser = \"chromium\"\n"),
            Some(PathBuf::from("chromium"))
        );
        assert_eq!(
            browser("browser = \"bin/chrome\"\n"),
            Some(PathBuf::from("../bin/chrome"))
        );
        assert_eq!(browser(""), None);
        assert_eq!(parsed("browser = \" \"\n").unwrap_err().len(), 1);
    }

    #[test]
    fn reads_the_calendar_days_and_ranges() {
        let config = parsed(
            "[calendar]\nholidays = [2026-12-28, \"2027-03-24\", \"2026-10-26..2026-11-03\"]\n\
             workdays = [2026-12-26]\n",
        )
        .expect("test input is valid");
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date");
        let range = |a: &str, b: &str| DayRange {
            first: day(a),
            last: day(b),
        };
        assert_eq!(
            config.calendar.holidays,
            [
                range("2026-12-28", "2026-12-28"),
                range("2027-03-24", "2027-03-24"),
                range("2026-10-26", "2026-11-03"),
            ]
        );
        assert_eq!(
            config.calendar.workdays,
            [range("2026-12-26", "2026-12-26")]
        );
        // A reversed range, a date that does not exist, a number, an unknown key: each located.
        let text = "[calendar]\nholidays = [\"2027-01-08..2026-12-28\", \"2026-02-30\", 5]\nworkday = []\n";
        let diags = parsed(text).unwrap_err();
        assert_eq!(diags.len(), 4, "{diags:?}");
        assert_eq!(&text[diags[0].span.clone()], "\"2027-01-08..2026-12-28\"");
        // The reversed range has a message of its own, and its hint the range turned round.
        assert_eq!(
            diags[0].message,
            "промежуток дат «2027-01-08..2026-12-28» идёт назад: первый день позже последнего"
        );
        assert_eq!(
            diags[0].hint.as_deref(),
            Some("пишите от первого дня к последнему: \"2026-12-28..2027-01-08\"")
        );
        assert_ne!(diags[1].message, diags[0].message);
    }

    #[test]
    fn unknown_keys_and_bad_values_are_located() {
        let diags =
            parsed("organisation = \"x\"\nblank_rows = -1\nlanguage = \"de\"\n").unwrap_err();
        assert_eq!(diags.len(), 3);
        assert_eq!(diags[0].span, 0..12);
        assert_eq!(
            diags[0].hint.as_deref(),
            Some("возможно, вы имели в виду `organization`?")
        );
    }

    #[test]
    fn finds_the_nearest_file_above() {
        let dir = tempfile::tempdir().expect("test input is valid");
        let sub = dir.path().join("a").join("b");
        std::fs::create_dir_all(&sub).expect("test input is valid");
        std::fs::write(dir.path().join(FILE_NAME), "").expect("test input is valid");
        let (root, path) = find(&sub).expect("test input is valid");
        assert_eq!(root, PathBuf::from("../.."));
        assert_eq!(path, PathBuf::from("../../cowork.toml"));
        let (root, _) = find(dir.path()).expect("test input is valid");
        assert_eq!(root, PathBuf::from("."));
    }
}
