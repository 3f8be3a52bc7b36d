//! One archive run, without a word printed: check every session, render them all, place their folders, then write (and commit) all or nothing.

use std::path::{Path, PathBuf};

use crate::archive::documents::{self, Document};
use crate::archive::folders::{self, Placement, Wanted};
use crate::archive::index::{self, Entry};
use crate::archive::repository;
use crate::archive::{owner, place, transaction};
use crate::error::{Error, Result};
use crate::i18n::lang;
use crate::render::Renderer;
use crate::series;
use crate::session::file::{self as session_file, Checked};
use crate::session::model::Language;

/// How to archive.
#[derive(Debug, Clone, Default)]
pub(crate) struct Options {
    /// Only write the files; leave git alone (works outside a repository).
    pub(crate) no_commit: bool,
    /// Commit even on a detached HEAD.
    pub(crate) allow_detached: bool,
    /// The commit message; else «Архив: <тема> (<даты>)» (see [`super::commit_message`]).
    pub(crate) message: Option<String>,
    /// The browser that prints the PDFs the archive keeps; none: they are left out.
    pub(crate) printer: Option<crate::print::Printer>,
    /// Today, when the sessions still ahead on it are to be left out (see
    /// [`crate::view::listing::is_held`]); none: every session is archived (`--planned`).
    pub(crate) leave_ahead: Option<chrono::NaiveDate>,
}

/// What a run tells as it goes, for the caller to show (a progress bar, warnings, the
/// files that cannot be archived), in the order it happens, so that what was said before a
/// later failure stays said. Every method does nothing unless the caller says otherwise.
pub(crate) trait Progress {
    /// `path` is about to be read and checked.
    fn checking(&self, _path: &Path) {}
    /// `path` was checked: valid (its warnings, if any, in the `Checked`), or why not. The
    /// run checks every file before it stops on the first invalid one.
    fn checked(&self, _path: &Path, _result: std::result::Result<&Checked, &Error>) {}
    /// `path`'s documents are about to be rendered.
    fn rendering(&self, _path: &Path) {}
    /// `path` is rendered; `problems`: files beside it that could not be read as earlier
    /// sessions of its series.
    fn rendered(&self, _path: &Path, _problems: &[series::Problem]) {}
    /// Every session is in memory; what follows is git and the disk.
    fn all_rendered(&self) {}
    /// The files are in place (and, for a commit, staged, the commit still to come): each
    /// session's folder and how many of its files changed.
    fn sessions(&self, _sessions: &[SessionState]) {}
    /// The copy of a session already in the archive no longer reads as a session file; the
    /// index lists it by its folder name.
    fn unreadable_copy(&self, _copy: &Path) {}
    /// `path` is valid but still ahead (its first day is `first`): left out of the run.
    fn skipped_ahead(&self, _path: &Path, _first: chrono::NaiveDate) {}
    /// `path`'s PDFs could not be printed; they are left out, the rest goes on.
    fn not_printed(&self, _path: &Path, _error: &Error) {}
}

/// A run that tells nothing as it goes.
impl Progress for () {}

/// A session of the run as it ended up in the archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SessionState {
    /// Its folder, relative to the archive, with `/`: `2026/2026-12-03-slug`.
    pub(crate) folder: String,
    /// The folder it had, when its theme or date changed since.
    pub(crate) moved_from: Option<String>,
    /// How many of its files changed.
    pub(crate) changed: usize,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Done {
    /// `--no-commit`: this many files written (none: the archive was up to date); git not touched.
    Written { files: usize },
    /// Nothing differs from the last commit: no commit made.
    UpToDate,
    /// A commit: its short hash, its first line, how many files it holds.
    Committed {
        head: String,
        subject: String,
        files: usize,
    },
}

/// What a successful run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// Every session, in the order given (also told through [`Progress::sessions`]).
    pub(crate) sessions: Vec<SessionState>,
    pub(crate) done: Done,
}

/// A session rendered in memory, ready to be written.
pub(crate) struct Rendered {
    pub(crate) source: PathBuf,
    /// Where its theme and date ask it to go: `2026/2026-12-03-slug`.
    pub(crate) base: String,
    /// Where it goes (`base`, or `base-2`… when another session holds that), relative to the
    /// archive folder; set once the folders are assigned.
    pub(crate) folder: String,
    /// The folder it had, when its theme or date changed since.
    pub(crate) moved_from: Option<String>,
    pub(crate) first: chrono::NaiveDate,
    pub(crate) title: String,
    pub(crate) dates_text: String,
    pub(crate) language: Language,
    pub(crate) documents: Vec<Document>,
}

/// Archives the session files `paths` into `archive`: every file checked (all problems
/// told at once) and rendered before anything is written; everything git must agree to
/// checked next; then the files written all or nothing and, unless `options.no_commit`,
/// committed, a refusal of git putting the files and the index back. Sessions are known by
/// their file's path from the repository's root, else from `workspace_root`. `settings`:
/// what the workspace gives the documents (walk-in rows, signature blocks).
pub(crate) fn run(
    paths: &[PathBuf],
    archive: &Path,
    workspace_root: &Path,
    renderer: &Renderer,
    settings: &documents::Settings,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Outcome> {
    let checked = validate_all(paths, progress)?;
    let (paths, checked) = leave_out_ahead(paths, checked, options.leave_ahead, progress)?;
    let mut sessions = render_all(&paths, &checked, renderer, settings, options, progress)?;
    progress.all_rendered();

    // Everything git must agree to is checked before anything is written.
    let in_repo = if options.no_commit {
        None
    } else {
        let in_repo = repository::locate(archive)?;
        repository::precheck(&in_repo.repo, options.allow_detached)?;
        Some(in_repo)
    };
    // Sessions are known by their file's path from the repository's root (even with
    // --no-commit, when there is one), else from the workspace root.
    let identity_base = match &in_repo {
        Some(r) => r.repo.root.clone(),
        None => repository::locate(archive)
            .map(|r| r.repo.root)
            .unwrap_or_else(|_| workspace_root.to_path_buf()),
    };
    let identities: Vec<String> = sessions
        .iter()
        .map(|s| owner::identity(&s.source, &identity_base))
        .collect();
    place_all(&mut sessions, &identities, archive, &identity_base);

    let (mut entries, unreadable) = index::scan(archive);
    for copy in &unreadable {
        progress.unreadable_copy(copy);
    }
    for s in &sessions {
        if let Some(old) = &s.moved_from {
            entries.remove(old);
        }
    }
    for (session, checked) in sessions.iter().zip(&checked) {
        let mut entry = Entry::of(&session.folder, checked);
        entry
            .files
            .retain(|f| session.documents.iter().any(|(name, _)| name == f));
        entries.insert(session.folder.clone(), entry);
    }
    let readme = index::render(&entries, renderer)?;
    let plan = transaction::plan(&mut sessions, &identities, archive, readme)?;

    match in_repo {
        None => transaction::write_only(archive, &sessions, &plan, progress),
        Some(in_repo) => transaction::commit(
            options.message.as_deref(),
            archive,
            &in_repo,
            &sessions,
            &plan,
            progress,
        ),
    }
}

/// Every file checked before anything is rendered or written; all problems told at once.
fn validate_all(paths: &[PathBuf], progress: &dyn Progress) -> Result<Vec<Checked>> {
    let mut checked = Vec::with_capacity(paths.len());
    let mut failed = 0;
    for path in paths {
        progress.checking(path);
        match session_file::load_checked(path) {
            Ok(c) => {
                progress.checked(path, Ok(&c));
                checked.push(c);
            }
            Err(failure) => {
                progress.checked(path, Err(&failure));
                failed += 1;
            }
        }
    }
    if failed > 0 {
        let what = if paths.len() == 1 {
            crate::tr!("archive-invalid-one")
        } else {
            crate::tr!("archive-invalid-some", failed = failed, total = paths.len())
        };
        return Err(Error::input(
            what,
            Some(&crate::tr!("archive-invalid-hint")),
        ));
    }
    Ok(checked)
}

/// The sessions to archive: all, or with `leave_ahead` (today) only those held by then,
/// each one left out told through `progress`. Refused when that leaves none.
fn leave_out_ahead(
    paths: &[PathBuf],
    checked: Vec<Checked>,
    leave_ahead: Option<chrono::NaiveDate>,
    progress: &dyn Progress,
) -> Result<(Vec<PathBuf>, Vec<Checked>)> {
    let Some(today) = leave_ahead else {
        return Ok((paths.to_vec(), checked));
    };
    let mut kept = (
        Vec::with_capacity(paths.len()),
        Vec::with_capacity(paths.len()),
    );
    for (path, checked) in paths.iter().zip(checked) {
        let session = &checked.session;
        match session.info.dates.first() {
            Some(first) if !crate::view::listing::is_held(session, today) => {
                progress.skipped_ahead(path, first.value);
            }
            _ => {
                kept.0.push(path.clone());
                kept.1.push(checked);
            }
        }
    }
    if kept.0.is_empty() {
        return Err(Error::input(
            crate::tr!("archive-all-ahead", count = paths.len()),
            Some(&crate::tr!("archive-all-ahead-hint")),
        ));
    }
    Ok(kept)
}

/// Every document of every session, in memory.
fn render_all(
    paths: &[PathBuf],
    checked: &[Checked],
    renderer: &Renderer,
    settings: &documents::Settings,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Vec<Rendered>> {
    let mut out = Vec::with_capacity(checked.len());
    for (path, checked) in paths.iter().zip(checked) {
        progress.rendering(path);
        let info = &checked.session.info;
        let dates: Vec<chrono::NaiveDate> = info.dates.iter().map(|d| d.value).collect();
        let Some(first) = dates.first() else {
            return Err(Error::input(
                crate::tr!("archive-no-dates", path = path.display().to_string()),
                Some(&crate::tr!("archive-no-dates-hint")),
            ));
        };
        let base = place::session_folder(*first, info.title());
        let (mut documents, problems) = documents::documents(checked, renderer, settings)?;
        if let Some(printer) = &options.printer {
            print_into(&mut documents, printer, *first, path, progress);
        }
        progress.rendered(path, &problems);
        out.push(Rendered {
            source: path.clone(),
            folder: base.clone(),
            base,
            moved_from: None,
            first: *first,
            title: folders::normal_title(info.title()),
            dates_text: lang::dates(info.language, &dates),
            language: info.language,
            documents,
        });
    }
    Ok(out)
}

/// The PDFs of a session printed from its HTML documents and put beside them; a print that
/// fails leaves them all out, said through `progress`.
fn print_into(
    documents: &mut Vec<Document>,
    printer: &crate::print::Printer,
    date: chrono::NaiveDate,
    path: &Path,
    progress: &dyn Progress,
) {
    let mut printed = Vec::new();
    for (pdf, at) in documents::printable(documents) {
        let html = String::from_utf8_lossy(&documents[at].1);
        match printer.print(&html) {
            Ok(mut bytes) => {
                // The same session prints to the same bytes: nothing to commit again.
                crate::print::settle_dates(&mut bytes, date);
                printed.push((at + 1, (pdf.to_string(), bytes)));
            }
            Err(e) => {
                progress.not_printed(path, &e);
                return;
            }
        }
    }
    // From the last, so that the places of the earlier ones stay right.
    for (at, document) in printed.into_iter().rev() {
        documents.insert(at, document);
    }
}

/// A folder for every session: its own, a moved one, or a free one (see [`folders::assign`]).
fn place_all(sessions: &mut [Rendered], identities: &[String], archive: &Path, base: &Path) {
    let wanted: Vec<Wanted> = sessions
        .iter()
        .zip(identities)
        .map(|(s, identity)| Wanted {
            identity: identity.clone(),
            base: s.base.clone(),
            title: s.title.clone(),
            first: s.first,
        })
        .collect();
    let existing = folders::scan(archive);
    // An identity names a file from the base (or an absolute one): does it still exist?
    let exists = |identity: &str| base.join(identity).exists();
    let placements = folders::assign(&existing, &wanted, exists);
    for (s, Placement { folder, moved_from }) in sessions.iter_mut().zip(placements) {
        s.folder = folder;
        s.moved_from = moved_from;
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;
    use crate::render::TemplateSource;

    /// Three walk-in rows, no signature blocks from a `cowork.toml`.
    fn settings() -> documents::Settings {
        documents::Settings {
            today: chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("a valid date"),
            blank_rows: 3,
            ..documents::Settings::default()
        }
    }

    /// The events of a run, by name.
    #[derive(Default)]
    struct Recorder(RefCell<Vec<String>>);

    impl Progress for Recorder {
        fn checking(&self, _path: &Path) {
            self.0.borrow_mut().push("checking".into());
        }
        fn checked(&self, _path: &Path, result: std::result::Result<&Checked, &Error>) {
            let what = if result.is_ok() { "valid" } else { "invalid" };
            self.0.borrow_mut().push(what.into());
        }
        fn rendering(&self, _path: &Path) {
            self.0.borrow_mut().push("rendering".into());
        }
        fn rendered(&self, _path: &Path, _problems: &[series::Problem]) {
            self.0.borrow_mut().push("rendered".into());
        }
        fn all_rendered(&self) {
            self.0.borrow_mut().push("all rendered".into());
        }
        fn sessions(&self, sessions: &[SessionState]) {
            self.0
                .borrow_mut()
                .push(format!("sessions {}", sessions.len()));
        }
    }

    fn example(dir: &Path) -> PathBuf {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join("grazhdansko-patrioticheskoe.toml");
        let path = dir.join("s.toml");
        std::fs::copy(source, &path).expect("the example is there");
        path
    }

    #[test]
    fn a_run_without_git_writes_then_finds_it_up_to_date() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let paths = vec![example(dir.path())];
        let archive = dir.path().join("archive");
        let renderer = Renderer::new(&TemplateSource::default());
        let options = Options {
            no_commit: true,
            ..Options::default()
        };
        let archive_now = |progress: &dyn Progress| {
            run(
                &paths,
                &archive,
                dir.path(),
                &renderer,
                &settings(),
                &options,
                progress,
            )
        };
        let progress = Recorder::default();
        let first = archive_now(&progress).expect("the example archives");
        assert_eq!(
            progress.0.borrow().as_slice(),
            [
                "checking",
                "valid",
                "rendering",
                "rendered",
                "all rendered",
                "sessions 1"
            ]
        );
        let [session] = first.sessions.as_slice() else {
            panic!("one session: {first:?}");
        };
        assert!(
            session.changed > 0 && session.moved_from.is_none(),
            "{first:?}"
        );
        assert!(archive.join(&session.folder).join("session.toml").is_file());
        // The session's files, its `.session`, the index and `.gitattributes`.
        assert_eq!(
            first.done,
            Done::Written {
                files: session.changed + 2
            }
        );

        let again = archive_now(&()).expect("the example archives again");
        assert_eq!(again.done, Done::Written { files: 0 });
        assert_eq!(again.sessions[0].changed, 0);
    }

    #[test]
    fn every_invalid_file_is_told_then_nothing_is_written() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let good = example(dir.path());
        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "[session\n").expect("a temporary file");
        let archive = dir.path().join("archive");
        let progress = Recorder::default();
        let error = run(
            &[bad, good],
            &archive,
            dir.path(),
            &Renderer::new(&TemplateSource::default()),
            &settings(),
            &Options::default(),
            &progress,
        )
        .expect_err("a broken file stops the run");
        assert!(
            error
                .to_string()
                .starts_with("в 1 из 2 файлов коворкингов есть ошибки"),
            "{error}"
        );
        assert_eq!(
            progress.0.borrow().as_slice(),
            ["checking", "invalid", "checking", "valid"]
        );
        assert!(!archive.exists());
    }
}
