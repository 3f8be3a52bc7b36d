//! `cowork archive FILE...`: every document of the sessions into the archive folder, one git commit.

use std::collections::{BTreeSet, HashSet};
use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::archive::documents::{self, Document, SESSION_COPY};
use crate::archive::files::{self, Journal};
use crate::archive::folders::{self, Placement, Wanted};
use crate::archive::git::{Cause, GitError, IndexSnapshot, Repo};
use crate::archive::index::{self, Entry, INDEX};
use crate::archive::owner::{self, OWNER_FILE};
use crate::archive::{messages, place};
use crate::error::{Failure, Result};
use crate::i18n::lang;
use crate::render::Renderer;
use crate::session::file::{Checked, plural};
use crate::session::model::Language;
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

/// The archive's own settings file: archived bytes are kept out of line-ending conversion
/// (`core.autocrlf`, `* text=auto`), so they are committed and checked out as written.
const ATTRIBUTES: &str = ".gitattributes";
const ATTRIBUTES_TEXT: &str = "# Written by cowork archive: the archive's files are kept byte for byte,\n# whatever core.autocrlf or text=auto say elsewhere.\n* -text\n";

/// A session rendered in memory, ready to be written.
struct Rendered {
    source: PathBuf,
    /// Where its theme and date ask it to go: `2026/2026-12-03-slug`.
    base: String,
    /// Where it goes (`base`, or `base-2`… when another session holds that), relative to the
    /// archive folder; set once the folders are assigned.
    folder: String,
    /// The folder it had, when its theme or date changed since.
    moved_from: Option<String>,
    first: chrono::NaiveDate,
    title: String,
    dates_text: String,
    language: Language,
    documents: Vec<Document>,
}

/// One file of the archive: where it goes (relative to the archive, with `/`), what it holds,
/// and what is there now.
struct Planned {
    rel: String,
    bytes: Vec<u8>,
    previous: Option<Vec<u8>>,
}

impl Planned {
    fn differs(&self) -> bool {
        self.previous.as_deref() != Some(self.bytes.as_slice())
    }
}

/// Where the run stands with git: the repository and the archive's path inside it.
struct InRepo {
    repo: Repo,
    prefix: String,
}

impl InRepo {
    fn path(&self, rel: &str) -> String {
        if self.prefix.is_empty() {
            rel.to_string()
        } else if rel.is_empty() {
            self.prefix.clone()
        } else {
            format!("{}/{rel}", self.prefix)
        }
    }
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    if args.message.as_deref().is_some_and(|m| m.trim().is_empty()) {
        return Err(Failure::Usage(
            "-m/--message: the commit message is empty".to_string(),
        ));
    }
    let config = workspace.config()?;
    let archive = place::archive_dir(args.dir.as_deref(), config);
    if archive.exists() && !archive.is_dir() {
        return Err(Failure::Usage(format!(
            "{} is a file; the archive must be a folder (pass another --dir)",
            archive.display()
        )));
    }
    let paths = expand(&args.files)?;
    let renderer = Renderer::new(&workspace.templates()?);
    let blank_rows = workspace.blank_rows(None)?;

    let bar = progress(paths.len());
    let checked = validate_all(&paths, &bar)?;
    let mut sessions = render_all(&paths, &checked, &renderer, blank_rows, &bar)?;
    bar.finish_and_clear();

    // Everything git must agree to is checked before anything is written.
    let in_repo = if args.no_commit {
        None
    } else {
        let (repo, prefix) = locate(&archive)?;
        precheck(&repo, args)?;
        Some(InRepo { repo, prefix })
    };
    // Sessions are known by their file's path from the repository's root (even with
    // --no-commit, when there is one), else from the workspace root.
    let identity_base = match &in_repo {
        Some(r) => r.repo.root.clone(),
        None => locate(&archive)
            .map(|(repo, _)| repo.root)
            .unwrap_or_else(|_| config.root.clone()),
    };
    let identities: Vec<String> = sessions
        .iter()
        .map(|s| owner::identity(&s.source, &identity_base))
        .collect();
    place_all(&mut sessions, &identities, &archive, &identity_base);

    let mut entries = index::scan(&archive);
    for s in &sessions {
        if let Some(old) = &s.moved_from {
            entries.remove(old);
        }
    }
    for (session, checked) in sessions.iter().zip(&checked) {
        entries.insert(session.folder.clone(), Entry::of(&session.folder, checked));
    }
    let readme = index::render(&entries, &renderer)?;
    let plan = plan(&mut sessions, &identities, &archive, readme)?;

    match in_repo {
        None => write_only(&archive, &sessions, &plan),
        Some(in_repo) => commit(args, &archive, &in_repo, &sessions, &plan),
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

/// Every file of the run with what is there now: each session's documents and `.session`,
/// the index and the archive's `.gitattributes`.
fn plan(
    sessions: &mut [Rendered],
    identities: &[String],
    archive: &Path,
    readme: Vec<u8>,
) -> Result<Vec<Planned>> {
    let mut plan = Vec::new();
    for (session, identity) in sessions.iter_mut().zip(identities) {
        // A moving folder's files are read where they are now.
        let now = session
            .moved_from
            .as_ref()
            .unwrap_or(&session.folder)
            .clone();
        let mut documents = std::mem::take(&mut session.documents);
        documents.push((OWNER_FILE.to_string(), owner::render(identity)));
        for (name, mut bytes) in documents {
            let previous = files::read_existing(&archive.join(&now).join(&name))?;
            // The session copy as checked out on another system (CRLF on Windows, LF
            // elsewhere) is the same file: keep it rather than commit its line ends back and forth.
            if name == SESSION_COPY
                && let Some(prev) = &previous
                && same_but_line_ends(prev, &bytes)
            {
                bytes = prev.clone();
            }
            plan.push(Planned {
                rel: format!("{}/{name}", session.folder),
                bytes,
                previous,
            });
        }
    }
    for (rel, bytes) in [
        (INDEX.to_string(), readme),
        (ATTRIBUTES.to_string(), ATTRIBUTES_TEXT.as_bytes().to_vec()),
    ] {
        let previous = files::read_existing(&archive.join(&rel))?;
        plan.push(Planned {
            rel,
            bytes,
            previous,
        });
    }
    Ok(plan)
}

fn same_but_line_ends(a: &[u8], b: &[u8]) -> bool {
    let lf = |bytes: &[u8]| -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len());
        for (i, &byte) in bytes.iter().enumerate() {
            if !(byte == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
                out.push(byte);
            }
        }
        out
    };
    lf(a) == lf(b)
}

/// `--no-commit`: the files only.
fn write_only(archive: &Path, sessions: &[Rendered], plan: &[Planned]) -> Result<()> {
    let (_, written) = apply(archive, sessions, plan)?;
    report_sessions(sessions, archive, &written);
    if written.is_empty() {
        eprintln!(
            "nothing changed: {} is up to date (git not touched)",
            archive.display()
        );
    } else {
        eprintln!(
            "wrote {} into {} (git not touched: --no-commit)",
            plural(written.len(), "file", "files"),
            archive.display()
        );
    }
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
                Failure::input(
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
                return Err(Failure::input(
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

/// Every file checked before anything is rendered or written; all problems shown at once.
fn validate_all(paths: &[PathBuf], bar: &ProgressBar) -> Result<Vec<Checked>> {
    let mut checked = Vec::with_capacity(paths.len());
    let mut failed = 0;
    for path in paths {
        bar.set_message(format!("checking {}", path.display()));
        match bar.suspend(|| super::load_valid(path)) {
            Ok(c) => checked.push(c),
            Err(failure) => {
                bar.suspend(|| eprintln!("{}\n", failure.render(super::stderr_style())));
                failed += 1;
            }
        }
        bar.inc(1);
    }
    if failed > 0 {
        bar.finish_and_clear();
        let what = if paths.len() == 1 {
            "the session file has problems".to_string()
        } else {
            format!("{failed} of {} session files have problems", paths.len())
        };
        return Err(Failure::input(
            format!("{what}; nothing was archived"),
            Some("fix them (`cowork check` lists every problem) and run cowork archive again"),
        ));
    }
    Ok(checked)
}

fn render_all(
    paths: &[PathBuf],
    checked: &[Checked],
    renderer: &Renderer,
    blank_rows: usize,
    bar: &ProgressBar,
) -> Result<Vec<Rendered>> {
    let mut out = Vec::with_capacity(checked.len());
    for (path, checked) in paths.iter().zip(checked) {
        bar.set_message(format!("rendering {}", path.display()));
        let info = &checked.session.info;
        let dates: Vec<chrono::NaiveDate> = info.dates.iter().map(|d| d.value).collect();
        let Some(first) = dates.first() else {
            return Err(Failure::input(
                format!(
                    "{} has no dates; the archive files sessions by their first date",
                    path.display()
                ),
                Some("add `dates = [2026-12-03]` to [session]"),
            ));
        };
        let base = place::session_folder(*first, info.title());
        let (documents, problems) = documents::documents(checked, renderer, blank_rows)?;
        bar.suspend(|| super::warn_series(&problems));
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
        bar.inc(1);
    }
    Ok(out)
}

/// Moves the folders of sessions whose theme or date changed, then writes the files that
/// differ from what is on disk; on any failure undoes it all and says so.
fn apply(
    archive: &Path,
    sessions: &[Rendered],
    plan: &[Planned],
) -> Result<(Journal, BTreeSet<String>)> {
    let mut journal = Journal::default();
    let mut written = BTreeSet::new();
    let mut step = |journal: &mut Journal| -> Result<()> {
        for s in sessions {
            if let Some(old) = &s.moved_from {
                journal.move_dir(&archive.join(old), &archive.join(&s.folder))?;
            }
        }
        for p in plan.iter().filter(|p| p.differs()) {
            journal.write(&archive.join(&p.rel), &p.bytes, p.previous.clone())?;
            written.insert(p.rel.clone());
        }
        // A year left without sessions goes too.
        for s in sessions {
            if let Some(year) = s.moved_from.as_ref().and_then(|old| old.split_once('/')) {
                journal.remove_if_empty(&archive.join(year.0));
            }
        }
        Ok(())
    };
    if let Err(failure) = step(&mut journal) {
        let problems = journal.rollback();
        return Err(with_note(failure, &rollback_note(&problems, false)));
    }
    Ok((journal, written))
}

fn with_note(failure: Failure, note: &str) -> Failure {
    let mut text = failure.render(super::stderr_style());
    text.push_str(note);
    Failure::Input(text)
}

const NOTHING_WRITTEN: &str = "\n  = note: nothing was written";

/// What is left after a failure: nothing (the usual case), or exactly what could not be put back.
fn rollback_note(problems: &[String], with_index: bool) -> String {
    if problems.is_empty() {
        if with_index {
            "\n  = note: nothing was changed: the archive files and the git index are as they were"
                .to_string()
        } else {
            "\n  = note: nothing was written: the archive is as it was".to_string()
        }
    } else {
        format!(
            "\n  = note: these could not be put back as they were:\n{}",
            problems
                .iter()
                .map(|p| format!("      {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        )
    }
}

/// A git failure as the user sees it: what failed, git's own output, what to do, and what
/// became of the files.
fn git_failure(error: &GitError, note: &str) -> Failure {
    let mut text = match &error.cause {
        Cause::Locked(lock) => format!("error: git's index is locked: {lock} exists"),
        Cause::NoIdentity => {
            "error: git does not know who you are, so it cannot commit".to_string()
        }
        Cause::NotARepository => {
            "error: git finds no repository it can use for the archive folder".to_string()
        }
        _ => {
            let code = error
                .code
                .map(|c| format!(", exit status {c}"))
                .unwrap_or_default();
            format!("error: {} failed{code}", error.command)
        }
    };
    let output = error.output();
    if !output.is_empty() {
        text.push_str(":\n");
        text.push_str(&output);
    }
    text.push_str(&format!("\n  = help: {}", error.hint()));
    text.push_str(note);
    Failure::Input(text)
}

fn report_sessions(sessions: &[Rendered], archive: &Path, changed: &BTreeSet<String>) {
    for s in sessions {
        let prefix = format!("{}/", s.folder);
        let n = changed.iter().filter(|r| r.starts_with(&prefix)).count();
        let state = if n == 0 {
            "up to date".to_string()
        } else {
            format!("{} changed", plural(n, "file", "files"))
        };
        match &s.moved_from {
            Some(old) => eprintln!(
                "{}/: {state} (moved from {}/)",
                archive.join(&s.folder).display(),
                archive.join(old).display()
            ),
            None => eprintln!("{}/: {state}", archive.join(&s.folder).display()),
        }
    }
}

/// Whether git can take a commit, asked before anything is written: the identity, the index
/// lock, and a branch to commit on.
fn precheck(repo: &Repo, args: &Args) -> Result<()> {
    let nothing_written = |e: GitError| git_failure(&e, NOTHING_WRITTEN);
    repo.check_identity().map_err(nothing_written)?;
    repo.check_unlocked().map_err(nothing_written)?;
    if !args.allow_detached && !repo.on_branch().map_err(nothing_written)? {
        return Err(Failure::input(
            messages::DETACHED_HEAD,
            Some(messages::DETACHED),
        ));
    }
    Ok(())
}

/// Where the archive is inside the repository: its path relative to the work tree's root.
/// Nothing is created; the folder may not exist yet.
fn locate(archive: &Path) -> Result<(Repo, String)> {
    let absolute = std::path::absolute(archive)
        .map_err(|e| Failure::input(format!("cannot resolve {}: {e}", archive.display()), None))?;
    let anchor = absolute
        .ancestors()
        .find(|a| a.is_dir())
        .unwrap_or(Path::new("/"));
    let rest = absolute.strip_prefix(anchor).unwrap_or(Path::new(""));
    if rest
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(Failure::Usage(format!(
            "--dir {}: name the archive folder without `..` after a folder that does not exist",
            archive.display()
        )));
    }
    let repo = Repo::discover(anchor).map_err(|e| git_failure(&e, NOTHING_WRITTEN))?;
    let root = std::fs::canonicalize(&repo.root).unwrap_or_else(|_| repo.root.clone());
    let anchor = std::fs::canonicalize(anchor).unwrap_or_else(|_| anchor.to_path_buf());
    let inside = anchor.strip_prefix(&root).map_err(|_| {
        Failure::input(
            format!(
                "{} is outside the git work tree {}",
                archive.display(),
                root.display()
            ),
            None,
        )
    })?;
    let mut parts = Vec::new();
    for component in inside.join(rest).components() {
        match component.as_os_str().to_str() {
            Some(s) => parts.push(s.to_string()),
            None => {
                return Err(Failure::input(
                    format!("the path of {} is not valid text", archive.display()),
                    Some("name the archive folder with letters, digits and dashes"),
                ));
            }
        }
    }
    Ok((repo, parts.join("/")))
}

/// The commit: check git can take the paths, write, stage, commit exactly them; on any refusal
/// put the files and the index back as they were.
fn commit(
    args: &Args,
    archive: &Path,
    in_repo: &InRepo,
    sessions: &[Rendered],
    plan: &[Planned],
) -> Result<()> {
    let repo = &in_repo.repo;
    let paths: Vec<String> = plan.iter().map(|p| in_repo.path(&p.rel)).collect();
    let nothing_written = |e: &GitError| git_failure(e, NOTHING_WRITTEN);
    let ignored = repo.ignored(&paths).map_err(|e| nothing_written(&e))?;
    if let Some(first) = ignored.first() {
        return Err(Failure::input(
            format!(
                "git ignores {first} (.gitignore or .git/info/exclude), so the archive cannot be committed; nothing was written"
            ),
            Some(
                "remove the pattern that matches the archive folder, choose another --dir, or pass --no-commit",
            ),
        ));
    }
    // A moved session's old and new folders as a whole: files the user put there move too.
    let old_folders: Vec<String> = sessions
        .iter()
        .filter_map(|s| s.moved_from.as_deref().map(|old| in_repo.path(old)))
        .collect();
    let new_folders: Vec<String> = sessions
        .iter()
        .filter(|s| s.moved_from.is_some())
        .map(|s| in_repo.path(&s.folder))
        .collect();
    let mut pathspecs = paths.clone();
    pathspecs.extend(old_folders.iter().cloned());
    pathspecs.extend(new_folders.iter().cloned());
    let snapshot = repo
        .snapshot_index(&pathspecs)
        .map_err(|e| nothing_written(&e))?;

    let (journal, _) = apply(archive, sessions, plan)?;
    let mut to_add = paths.clone();
    to_add.extend(new_folders);
    let staged = repo.add(&to_add).and_then(|()| {
        if !old_folders.is_empty() {
            repo.remove(&old_folders)?;
        }
        repo.staged(&pathspecs)
    });
    let staged = match staged {
        Ok(staged) => staged,
        Err(e) => return Err(undo(repo, &snapshot, journal, &e)),
    };
    let prefix = in_repo.path("");
    let changed_rel: BTreeSet<String> = staged
        .iter()
        .map(|p| {
            if prefix.is_empty() {
                p.clone()
            } else {
                p.strip_prefix(&format!("{prefix}/"))
                    .unwrap_or(p)
                    .to_string()
            }
        })
        .collect();
    report_sessions(sessions, archive, &changed_rel);
    if staged.is_empty() {
        // Whatever was written differs from the last commit only in what git does not count
        // (line ends it converts): the archive is up to date.
        eprintln!(
            "nothing changed: {} is up to date; no commit made",
            archive.display()
        );
        return Ok(());
    }
    let message = args
        .message
        .clone()
        .unwrap_or_else(|| message(sessions, &changed_rel));
    if let Err(e) = repo.commit(&message, &staged) {
        return Err(undo(repo, &snapshot, journal, &e));
    }
    let head = repo.short_head().unwrap_or_default();
    let subject = message.lines().next().unwrap_or_default();
    eprintln!(
        "committed {head} «{subject}»: {}",
        plural(staged.len(), "file", "files")
    );
    Ok(())
}

/// Puts the index and then the files back, and says what git refused.
fn undo(repo: &Repo, snapshot: &IndexSnapshot, journal: Journal, error: &GitError) -> Failure {
    let mut problems = Vec::new();
    if let Err(e) = repo.restore_index(snapshot) {
        problems.push(format!(
            "the git index ({}): {}",
            e.command,
            e.output().trim()
        ));
    }
    problems.extend(journal.rollback());
    git_failure(error, &rollback_note(&problems, true))
}

/// «Архив: <тема> (<даты>)» for one session; for several, their count and a list by date.
fn message(sessions: &[Rendered], changed: &BTreeSet<String>) -> String {
    let mut touched: Vec<&Rendered> = sessions
        .iter()
        .filter(|s| {
            let prefix = format!("{}/", s.folder);
            changed.iter().any(|r| r.starts_with(&prefix))
        })
        .collect();
    // Folder order is date order.
    touched.sort_by(|a, b| a.folder.cmp(&b.folder));
    let basis: Vec<&Rendered> = if touched.is_empty() {
        sessions.iter().collect()
    } else {
        touched.clone()
    };
    let lang = if basis.iter().all(|s| s.language == Language::En) {
        Language::En
    } else {
        Language::Ru
    };
    let word = match lang {
        Language::Ru => "Архив",
        Language::En => "Archive",
    };
    match touched.as_slice() {
        [] => match lang {
            Language::Ru => format!("{word}: обновлён указатель"),
            Language::En => format!("{word}: index updated"),
        },
        [one] => format!("{word}: {} ({})", one.title, one.dates_text),
        many => {
            let n = many.len();
            let count = match lang {
                Language::Ru => format!("{n} {}", ru_sessions(n)),
                Language::En => format!("{n} methodical coworking sessions"),
            };
            let list: Vec<String> = many
                .iter()
                .map(|s| format!("- {} ({})", s.title, s.dates_text))
                .collect();
            format!("{word}: {count}\n\n{}\n", list.join("\n"))
        }
    }
}

/// «методический коворкинг», «методических коворкинга», «методических коворкингов».
fn ru_sessions(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => "методический коворкинг",
        (2..=4, r) if !(12..=14).contains(&r) => "методических коворкинга",
        _ => "методических коворкингов",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(folder: &str, title: &str, language: Language) -> Rendered {
        Rendered {
            source: PathBuf::from("x.toml"),
            base: folder.to_string(),
            folder: folder.to_string(),
            moved_from: None,
            first: chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a valid date"),
            title: title.to_string(),
            dates_text: "3 декабря 2026 г.".to_string(),
            language,
            documents: Vec::new(),
        }
    }

    #[test]
    fn russian_counts() {
        assert_eq!(ru_sessions(1), "методический коворкинг");
        assert_eq!(ru_sessions(3), "методических коворкинга");
        assert_eq!(ru_sessions(5), "методических коворкингов");
        assert_eq!(ru_sessions(11), "методических коворкингов");
        assert_eq!(ru_sessions(22), "методических коворкинга");
    }

    #[test]
    fn messages() {
        let sessions = vec![
            session("2026/a", "Тема А", Language::Ru),
            session("2026/b", "Тема Б", Language::Ru),
        ];
        let one: BTreeSet<String> = ["2026/a/agenda.md".to_string()].into();
        assert_eq!(
            message(&sessions, &one),
            "Архив: Тема А (3 декабря 2026 г.)"
        );
        let both: BTreeSet<String> = [
            "2026/a/agenda.md".to_string(),
            "2026/b/agenda.md".to_string(),
        ]
        .into();
        assert_eq!(
            message(&sessions, &both),
            "Архив: 2 методических коворкинга\n\n- Тема А (3 декабря 2026 г.)\n- Тема Б (3 декабря 2026 г.)\n"
        );
        let index_only: BTreeSet<String> = ["README.md".to_string()].into();
        assert_eq!(message(&sessions, &index_only), "Архив: обновлён указатель");
    }
}
