//! `cowork archive FILE...`: every document of the sessions into the archive folder, one git commit.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::archive::{self, Done, Outcome, SessionState, place};
use crate::error::{Error, Result};
use crate::render::Renderer;
use crate::series;
use crate::session::file::{Checked, plural};
use crate::workspace::Workspace;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Session files, or folders whose *.toml files are all archived
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The archive folder [default: archive]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Only write the files; leave git alone (works outside a repository)
    #[arg(long)]
    pub no_commit: bool,
    /// Commit even on a detached HEAD (the commit is then on no branch)
    #[arg(long, conflicts_with = "no_commit")]
    pub allow_detached: bool,
    /// The commit message [default: «Архив: <тема> (<даты>)»]
    #[arg(
        long,
        short = 'm',
        value_name = "MESSAGE",
        conflicts_with = "no_commit"
    )]
    pub message: Option<String>,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    if args.message.as_deref().is_some_and(|m| m.trim().is_empty()) {
        return Err(Error::usage("-m/--message: the commit message is empty"));
    }
    let config = workspace.config()?;
    let dir = place::archive_dir(args.dir.as_deref(), config);
    if dir.exists() && !dir.is_dir() {
        return Err(Error::usage(format!(
            "{} is a file; the archive must be a folder (pass another --dir)",
            dir.display()
        )));
    }
    let paths = expand(&args.files)?;
    let renderer = Renderer::new(&workspace.templates()?);
    let blank_rows = workspace.blank_rows(None)?;
    let options = archive::Options {
        no_commit: args.no_commit,
        allow_detached: args.allow_detached,
        message: args.message.clone(),
    };
    let bar = Bar {
        bar: progress(paths.len()),
        archive: &dir,
    };
    let outcome = archive::run(
        &paths,
        &dir,
        &config.root,
        &renderer,
        blank_rows,
        &options,
        &bar,
    );
    bar.bar.finish_and_clear();
    report(&outcome?, &dir);
    Ok(())
}

/// The session files named: files as given, folders as every `*.toml` in them (but
/// `cowork.toml`), sorted; each file once.
fn expand(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for arg in args {
        let mut found = Vec::new();
        if arg.is_dir() {
            let read = std::fs::read_dir(arg).map_err(|e| {
                Error::input(
                    format!("cannot read the folder {}: {e}", arg.display()),
                    None,
                )
            })?;
            for entry in read.filter_map(|e| e.ok()) {
                let path = entry.path();
                let is_toml = path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
                if is_toml && path.is_file() && entry.file_name() != "cowork.toml" {
                    found.push(path);
                }
            }
            if found.is_empty() {
                return Err(Error::input(
                    format!("{} holds no session files (*.toml)", arg.display()),
                    Some(
                        "name the session files, or the folder that holds them (usually sessions/)",
                    ),
                ));
            }
            found.sort();
        } else {
            found.push(arg.clone());
        }
        for path in found {
            let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if seen.insert(key) {
                out.push(path);
            }
        }
    }
    Ok(out)
}

/// A progress bar on stderr for a batch on a terminal; hidden otherwise.
fn progress(sessions: usize) -> ProgressBar {
    if sessions < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar =
        ProgressBar::with_draw_target(Some(2 * sessions as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}") {
        bar.set_style(style);
    }
    bar
}

/// The run as it goes, on stderr: the bar (a step per session checked and per session
/// rendered), with every warning and problem printed above it.
struct Bar<'a> {
    bar: ProgressBar,
    archive: &'a Path,
}

impl archive::Progress for Bar<'_> {
    fn checking(&self, path: &Path) {
        self.bar.set_message(format!("checking {}", path.display()));
    }

    fn checked(&self, _path: &Path, result: std::result::Result<&Checked, &Error>) {
        match result {
            Ok(checked) => self.bar.suspend(|| super::print_warnings(checked)),
            Err(failure) => self
                .bar
                .suspend(|| eprintln!("{}\n", failure.render(super::stderr_style()))),
        }
        self.bar.inc(1);
    }

    fn rendering(&self, path: &Path) {
        self.bar
            .set_message(format!("rendering {}", path.display()));
    }

    fn rendered(&self, _path: &Path, problems: &[series::Problem]) {
        self.bar.suspend(|| super::warn_series(problems));
        self.bar.inc(1);
    }

    fn all_rendered(&self) {
        self.bar.finish_and_clear();
    }

    fn sessions(&self, sessions: &[SessionState]) {
        for s in sessions {
            let state = if s.changed == 0 {
                "up to date".to_string()
            } else {
                format!("{} changed", plural(s.changed, "file", "files"))
            };
            let folder = self.archive.join(&s.folder);
            match &s.moved_from {
                Some(old) => eprintln!(
                    "{}/: {state} (moved from {}/)",
                    folder.display(),
                    self.archive.join(old).display()
                ),
                None => eprintln!("{}/: {state}", folder.display()),
            }
        }
    }

    fn unreadable_copy(&self, copy: &Path) {
        self.bar.suspend(|| {
            eprintln!(
                "warning: {} cannot be read as a session file; the index lists it by its folder name",
                copy.display()
            )
        });
    }
}

/// The last line of a run (its sessions were told as the run went).
fn report(outcome: &Outcome, archive: &Path) {
    match &outcome.done {
        Done::Written { files: 0 } => eprintln!(
            "nothing changed: {} is up to date (git not touched)",
            archive.display()
        ),
        Done::Written { files } => eprintln!(
            "wrote {} into {} (git not touched: --no-commit)",
            plural(*files, "file", "files"),
            archive.display()
        ),
        Done::UpToDate => eprintln!(
            "nothing changed: {} is up to date; no commit made",
            archive.display()
        ),
        Done::Committed {
            head,
            subject,
            files,
        } => eprintln!(
            "committed {head} «{subject}»: {}",
            plural(*files, "file", "files")
        ),
    }
}
