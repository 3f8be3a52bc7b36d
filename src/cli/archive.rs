//! `cowork archive FILE...`: every document of the sessions into the archive folder, one git commit.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::archive::{self, Done, Outcome, SessionState, place};
use crate::error::{Error, Result};
use crate::series;
use crate::session::file::Checked;
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
    /// Archive sessions still ahead too (their first day is after today): the plan, and
    /// the report marked as a draft. Without it they are left out, each one named
    #[arg(long)]
    pub planned: bool,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    if args.message.as_deref().is_some_and(|m| m.trim().is_empty()) {
        return Err(Error::usage(crate::tr!("archive-empty-message")));
    }
    let config = workspace.config()?;
    let dir = place::archive_dir(args.dir.as_deref(), config);
    if dir.exists() && !dir.is_dir() {
        return Err(Error::usage(crate::tr!(
            "archive-dir-is-file",
            path = dir.display().to_string()
        )));
    }
    // Folders and patterns become their session files by the rules of every command.
    let paths = crate::session::files::expand(&args.files)?;
    let renderer = super::renderer(workspace)?;
    let today = crate::clock::today();
    let settings = archive::documents::Settings {
        blank_rows: workspace.blank_rows(None)?,
        signatures: config.signatures.clone(),
        today,
    };
    let options = archive::Options {
        no_commit: args.no_commit,
        allow_detached: args.allow_detached,
        message: args.message.clone(),
        printer: printer(workspace),
        leave_ahead: (!args.planned).then_some(today),
    };
    let bar = Bar {
        bar: progress(paths.len()),
        archive: &dir,
    };
    let outcome = archive::run(
        &paths,
        &dir,
        &config.root,
        renderer,
        &settings,
        &options,
        &bar,
    );
    bar.bar.finish_and_clear();
    report(&outcome?, &dir);
    Ok(())
}

/// The browser that prints the archive's PDFs; without one, a note and no PDFs.
fn printer(workspace: &Workspace) -> Option<crate::print::Printer> {
    use super::document_args::{named_browser, printer};
    if let Ok(crate::print::Named::Off) = named_browser(workspace) {
        return None;
    }
    match printer(workspace, "agenda.html") {
        Ok(printer) => Some(printer),
        Err(e) => {
            not_printed(&e);
            None
        }
    }
}

/// The note that the PDFs are left out, and why.
fn not_printed(error: &Error) {
    eprintln!(
        "{}: {}",
        crate::tr!("label-note"),
        crate::render::terminal_text::inline(&crate::tr!(
            "archive-pdf-skipped",
            files = archive::documents::printed_names().join(", "),
            reason = error.to_string()
        ))
    );
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
        self.bar.set_message(crate::tr!(
            "archive-checking",
            path = path.display().to_string()
        ));
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
        self.bar.set_message(crate::tr!(
            "archive-rendering",
            path = path.display().to_string()
        ));
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
                crate::tr!("archive-session-unchanged")
            } else {
                crate::tr!("archive-session-changed", count = s.changed)
            };
            let folder = self.archive.join(&s.folder).display().to_string();
            let line = match &s.moved_from {
                Some(old) => crate::tr!(
                    "archive-session-moved",
                    folder = folder,
                    state = state,
                    old = self.archive.join(old).display().to_string()
                ),
                None => crate::tr!("archive-session", folder = folder, state = state),
            };
            eprintln!("{line}");
        }
    }

    fn skipped_ahead(&self, path: &Path, first: chrono::NaiveDate) {
        let language = crate::i18n::fluent::interface();
        self.bar.suspend(|| {
            eprintln!(
                "{}",
                crate::render::terminal_text::inline(&crate::tr!(
                    "archive-skipped-ahead",
                    path = path.display().to_string(),
                    date = crate::i18n::lang::date(language, first)
                ))
            )
        });
        self.bar.inc(1);
    }

    fn unreadable_copy(&self, copy: &Path) {
        self.bar.suspend(|| {
            eprintln!(
                "{}: {}",
                crate::tr!("label-warning"),
                crate::tr!("archive-unreadable-copy", path = copy.display().to_string())
            )
        });
    }
}

/// The last line of a run (its sessions were told as the run went).
fn report(outcome: &Outcome, archive: &Path) {
    let dir = archive.display().to_string();
    let line = match &outcome.done {
        Done::Written { files: 0 } => crate::tr!("archive-done-unchanged-no-git", dir = dir),
        &Done::Written { files } => crate::tr!("archive-done-written", count = files, dir = dir),
        Done::UpToDate => crate::tr!("archive-done-up-to-date", dir = dir),
        Done::Committed {
            head,
            subject,
            files,
        } => {
            let count: usize = *files;
            crate::tr!(
                "archive-done-committed",
                head = head.as_str(),
                subject = subject.as_str(),
                count = count
            )
        }
    };
    eprintln!("{line}");
}

#[cfg(test)]
mod tests {
    use crate::session::model::Language;

    #[test]
    fn counts_of_files_agree_with_their_number() {
        let changed = |n: usize| crate::tr_in!(Language::Ru, "archive-session-changed", count = n);
        assert_eq!(changed(1), "изменён 1 файл");
        assert_eq!(changed(3), "изменено 3 файла");
        assert_eq!(changed(5), "изменено 5 файлов");
        assert_eq!(changed(21), "изменён 21 файл");
        assert_eq!(changed(112), "изменено 112 файлов");
        let written = |n: usize| {
            crate::tr_in!(
                Language::Ru,
                "archive-done-written",
                count = n,
                dir = "archive"
            )
        };
        assert_eq!(
            written(2),
            "записано 2 файла в archive (git не затронут: --no-commit)"
        );
        assert_eq!(
            written(1),
            "записан 1 файл в archive (git не затронут: --no-commit)"
        );
        let committed = |n: usize| {
            crate::tr_in!(
                Language::Ru,
                "archive-done-committed",
                head = "abc1234",
                subject = "Архив",
                count = n
            )
        };
        assert_eq!(committed(12), "закоммичено abc1234 «Архив»: 12 файлов");
        assert_eq!(committed(22), "закоммичено abc1234 «Архив»: 22 файла");
        let english = |n: usize| crate::tr_in!(Language::En, "archive-session-changed", count = n);
        assert_eq!(english(1), "1 file changed");
        assert_eq!(english(2), "2 files changed");
    }

    #[test]
    fn the_batch_names_its_total_in_the_genitive() {
        let invalid = |failed: usize, total: usize| {
            crate::tr_in!(
                Language::Ru,
                "archive-invalid-some",
                failed = failed,
                total = total
            )
        };
        assert_eq!(
            invalid(1, 3),
            "в 1 из 3 файлов коворкингов есть ошибки; ничего не заархивировано"
        );
        assert_eq!(
            invalid(2, 21),
            "в 2 из 21 файла коворкингов есть ошибки; ничего не заархивировано"
        );
    }
}
