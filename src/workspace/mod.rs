//! The workspace of one run: `cowork.toml` (read at most once, when first needed) and the
//! templates folder, resolved here and handed down; nothing below reads them itself.

mod config;
mod templates;

use std::cell::{OnceCell, RefCell};
use std::path::{Path, PathBuf};

pub use config::{Config, DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS};

use crate::error::{Error, Result};
use crate::render::TemplateSource;

/// What a run knows of its surroundings. `cowork.toml` is read when a command first asks
/// for it, and only once: `cowork man` never trips over a broken one (`cowork check` reports
/// it and checks the sessions all the same), and an archive of fifty sessions reads it once,
/// not fifty times.
#[derive(Debug, Default)]
pub struct Workspace {
    /// `--templates DIR` from the command line.
    templates_flag: Option<PathBuf>,
    /// `--browser PATH` from the command line.
    browser_flag: Option<PathBuf>,
    /// `COWORK_BROWSER`, read when first asked for.
    browser_variable: OnceCell<Option<PathBuf>>,
    config: OnceCell<Config>,
    /// Why `cowork.toml` could not be read, when it was read before the command started;
    /// given to the first command that needs it.
    broken: RefCell<Option<Error>>,
    /// What the run should be told but that stops nothing (a templates folder that does not
    /// exist); the edge takes them with [`Workspace::take_warnings`] and shows them.
    warnings: RefCell<Vec<Warning>>,
}

/// A warning about the workspace, located in `cowork.toml` when it comes from there.
#[derive(Debug, Clone)]
pub struct Warning {
    pub diagnostic: crate::session::diagnostic::Diagnostic,
    pub file: Option<crate::session::diagnostic::SourceFile>,
}

impl Warning {
    /// The warning as the terminal shows it: rustc-style with its line of `cowork.toml`.
    pub fn render(&self, style: crate::session::diagnostic::Style) -> String {
        match &self.file {
            Some(file) => crate::session::diagnostic::render(&self.diagnostic, file, style),
            None => {
                let d = &self.diagnostic;
                let mut text = format!("{}: {}", crate::tr!("label-warning"), d.message);
                if let Some(hint) = &d.hint {
                    text.push_str(&format!("\n  = {}: {hint}", crate::tr!("label-help")));
                }
                text
            }
        }
    }
}

impl Workspace {
    /// The workspace of the current directory, with the `--templates` flag if given.
    pub fn new(templates_flag: Option<PathBuf>) -> Self {
        Self {
            templates_flag,
            ..Self::default()
        }
    }

    /// The workspace of a `cowork.toml` already looked for (the edge reads it before the
    /// command line, for the language): a broken file is the first command's error.
    pub fn discovered(config: Result<Config>, templates_flag: Option<PathBuf>) -> Self {
        let workspace = Self::new(templates_flag);
        match config {
            Ok(config) => {
                let _ = workspace.config.set(config);
            }
            Err(e) => *workspace.broken.borrow_mut() = Some(e),
        }
        workspace
    }

    /// `cowork.toml` of the nearest folder at or above the current one; all defaults when
    /// there is none.
    pub fn config(&self) -> Result<&Config> {
        if let Some(config) = self.config.get() {
            return Ok(config);
        }
        if let Some(broken) = self.broken.borrow_mut().take() {
            return Err(broken);
        }
        let config = Config::discover()?;
        Ok(self.config.get_or_init(|| config))
    }

    /// The same workspace with the `--browser` flag, if given.
    pub fn with_browser(mut self, browser_flag: Option<PathBuf>) -> Self {
        self.browser_flag = browser_flag;
        self
    }

    /// `COWORK_BROWSER`, if set and not blank: the browser named like `--browser` names
    /// one (`none`: printing is off). Read here, with the rest of the surroundings.
    pub fn browser_variable(&self) -> Option<&Path> {
        self.browser_variable
            .get_or_init(|| {
                std::env::var_os("COWORK_BROWSER")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            })
            .as_deref()
    }

    /// The `--browser` flag, if given.
    pub fn browser_flag(&self) -> Option<&Path> {
        self.browser_flag.as_deref()
    }

    /// The `--templates` flag, if given.
    pub fn templates_flag(&self) -> Option<&Path> {
        self.templates_flag.as_deref()
    }

    /// The folder whose templates override the built-in ones: `--templates DIR` (which must
    /// exist), else the folder `cowork.toml` names (one that does not exist is a warning,
    /// kept for [`Workspace::take_warnings`], and the built-in templates serve), else
    /// `./templates` when there is one.
    pub fn templates_dir(&self) -> Result<Option<PathBuf>> {
        let (dir, warning) = templates::folder(self.templates_flag(), || self.config())?;
        if let Some(warning) = warning {
            let mut warnings = self.warnings.borrow_mut();
            // Said once a run, however many documents ask.
            if !warnings
                .iter()
                .any(|w| w.diagnostic.message == warning.diagnostic.message)
            {
                warnings.push(warning);
            }
        }
        Ok(dir)
    }

    /// The warnings gathered so far, for the edge to show; each is handed out once.
    pub fn take_warnings(&self) -> Vec<Warning> {
        std::mem::take(&mut *self.warnings.borrow_mut())
    }

    /// The user's templates, read into memory, and the built-in ones: asked for only by a
    /// command that renders a template, so a table, JSON or CSV needs no templates folder.
    pub fn templates(&self) -> Result<TemplateSource> {
        templates::read(self.templates_dir()?)
    }

    /// Blank rows for walk-ins on the sign-in sheets: the flag, else `cowork.toml`, else
    /// [`DEFAULT_BLANK_ROWS`].
    pub fn blank_rows(&self, flag: Option<u16>) -> Result<usize> {
        if let Some(n) = flag {
            return Ok(usize::from(n));
        }
        Ok(self
            .config()?
            .blank_rows
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(DEFAULT_BLANK_ROWS)
            .min(MAX_BLANK_ROWS as usize))
    }
}
