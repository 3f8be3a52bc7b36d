//! `cowork archive FILE...`: every document of the sessions into the archive folder, one git commit.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::archive::documents::{self, Document};
use crate::archive::files::{self, Journal};
use crate::archive::git::{self, GitError, IndexSnapshot, Repo};
use crate::archive::index::{self, Entry, INDEX};
use crate::archive::place;
use crate::error::{Failure, Result};
use crate::lang;
use crate::model::Language;
use crate::render::{Renderer, TemplateSource};
use crate::session_file::{self, Checked, plural};

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
    /// The commit message [default: «Архив: <тема> (<даты>)»]
    #[arg(
        long,
        short = 'm',
        value_name = "MESSAGE",
        conflicts_with = "no_commit"
    )]
    pub message: Option<String>,
}

/// A session rendered in memory, ready to be written.
struct Rendered {
    source: PathBuf,
    /// `2026/2026-12-03-slug`, relative to the archive folder.
    folder: String,
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

pub fn run(args: &Args, templates: Option<&Path>) -> Result<()> {
    if args.message.as_deref().is_some_and(|m| m.trim().is_empty()) {
        return Err(Failure::Usage(
            "-m/--message: the commit message is empty".to_string(),
        ));
    }
    let archive = place::archive_dir(args.dir.as_deref(), &crate::config::Config::discover()?);
    if archive.exists() && !archive.is_dir() {
        return Err(Failure::Usage(format!(
            "{} is a file; the archive must be a folder (pass another --dir)",
            archive.display()
        )));
    }
    let paths = expand(&args.files)?;
    let renderer = Renderer::new(&TemplateSource::resolve(templates)?)?;

    let bar = progress(paths.len());
    let checked = validate_all(&paths, &bar)?;
    let mut sessions = render_all(&paths, &checked, &renderer, &bar)?;
    bar.finish_and_clear();
    check_distinct(&sessions, &archive)?;

    let mut entries = index::scan(&archive);
    for (session, checked) in sessions.iter().zip(&checked) {
        entries.insert(session.folder.clone(), Entry::of(&session.folder, checked));
    }
    let readme = index::render(&entries, &renderer)?;

    let mut plan = Vec::new();
    for session in &mut sessions {
        for (name, bytes) in std::mem::take(&mut session.documents) {
            plan.push((format!("{}/{name}", session.folder), bytes));
        }
    }
    plan.push((INDEX.to_string(), readme));
    let plan = plan
        .into_iter()
        .map(|(rel, bytes)| {
            let previous = files::read_existing(&archive.join(&rel))?;
            Ok(Planned {
                rel,
                bytes,
                previous,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    if args.no_commit {
        let (_, written) = write_all(&archive, &plan)?;
        report_sessions(&sessions, &archive, &written);
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
        return Ok(());
    }
    commit(args, &archive, &sessions, &plan)
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
        match bar.suspend(|| session_file::load_valid(path)) {
            Ok(c) => checked.push(c),
            Err(failure) => {
                bar.suspend(|| eprintln!("{failure}\n"));
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
        out.push(Rendered {
            source: path.clone(),
            folder: place::session_folder(*first, info.title()),
            title: info
                .title()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            dates_text: lang::dates(info.language, &dates),
            language: info.language,
            documents: documents::documents(checked, renderer)?,
        });
        bar.inc(1);
    }
    Ok(out)
}

/// Two sessions of one batch with the same first date and theme would overwrite each other.
fn check_distinct(sessions: &[Rendered], archive: &Path) -> Result<()> {
    let mut by_folder: HashMap<&str, &Path> = HashMap::new();
    for s in sessions {
        if let Some(other) = by_folder.insert(&s.folder, &s.source) {
            return Err(Failure::input(
                format!(
                    "{} and {} would both be archived into {}",
                    other.display(),
                    s.source.display(),
                    archive.join(&s.folder).display()
                ),
                Some(
                    "sessions are filed by first date and theme: give one of them another title or date",
                ),
            ));
        }
    }
    Ok(())
}

/// Writes the files that differ from what is on disk; on any failure puts everything back.
fn write_all(archive: &Path, plan: &[Planned]) -> Result<(Journal, BTreeSet<String>)> {
    let mut journal = Journal::default();
    let mut written = BTreeSet::new();
    for p in plan.iter().filter(|p| p.differs()) {
        if let Err(failure) = journal.write(&archive.join(&p.rel), &p.bytes, p.previous.clone()) {
            let problems = journal.rollback();
            return Err(with_rollback_note(failure, &problems));
        }
        written.insert(p.rel.clone());
    }
    Ok((journal, written))
}

fn with_rollback_note(failure: Failure, problems: &[String]) -> Failure {
    let mut text = failure.to_string();
    text.push_str(&rollback_note(problems));
    Failure::Input(text)
}

const NOTHING_WRITTEN: &str = "\n  = note: nothing was written";

fn rollback_note(problems: &[String]) -> String {
    if problems.is_empty() {
        "\n  = note: nothing was changed: the archive files and the git index are as they were"
            .to_string()
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

/// A git failure as the user sees it: git's own words, what to do, and that nothing changed.
fn git_failure(error: &GitError, note: &str) -> Failure {
    let reason: Vec<String> = error
        .reason
        .lines()
        .map(|l| format!("    {l}").trim_end().to_string())
        .collect();
    let mut text = format!(
        "error: git refused to archive ({}):\n{}\n  = help: {}",
        error.command,
        reason.join("\n"),
        git::hint(&error.command, &error.reason)
    );
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
        eprintln!("{}/: {state}", archive.join(&s.folder).display());
    }
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
fn commit(args: &Args, archive: &Path, sessions: &[Rendered], plan: &[Planned]) -> Result<()> {
    let (repo, prefix) = locate(archive)?;
    let in_repo = |rel: &str| {
        if prefix.is_empty() {
            rel.to_string()
        } else {
            format!("{prefix}/{rel}")
        }
    };
    let paths: Vec<String> = plan.iter().map(|p| in_repo(&p.rel)).collect();
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
    let snapshot = repo
        .snapshot_index(&paths)
        .map_err(|e| nothing_written(&e))?;

    let (journal, _) = write_all(archive, plan)?;
    let changed = match repo.changed(&paths) {
        Ok(changed) => changed,
        Err(e) => return Err(undo(&repo, &snapshot, journal, &e)),
    };
    let changed_set: HashSet<&str> = changed.iter().map(String::as_str).collect();
    let changed_rel: BTreeSet<String> = plan
        .iter()
        .map(|p| &p.rel)
        .filter(|rel| changed_set.contains(in_repo(rel).as_str()))
        .cloned()
        .collect();
    report_sessions(sessions, archive, &changed_rel);
    if changed_rel.is_empty() {
        eprintln!(
            "nothing changed: {} is up to date; no commit made",
            archive.display()
        );
        return Ok(());
    }
    let commit_paths: Vec<String> = changed_rel.iter().map(|r| in_repo(r)).collect();
    let message = args
        .message
        .clone()
        .unwrap_or_else(|| message(sessions, &changed_rel));
    if let Err(e) = repo
        .add(&commit_paths)
        .and_then(|()| repo.commit(&message, &commit_paths))
    {
        return Err(undo(&repo, &snapshot, journal, &e));
    }
    let head = repo.short_head().unwrap_or_default();
    let subject = message.lines().next().unwrap_or_default();
    eprintln!(
        "committed {head} «{subject}»: {}",
        plural(commit_paths.len(), "file", "files")
    );
    Ok(())
}

/// Puts the index and then the files back, and says what git refused.
fn undo(repo: &Repo, snapshot: &IndexSnapshot, journal: Journal, error: &GitError) -> Failure {
    let mut problems = Vec::new();
    if let Err(e) = repo.restore_index(snapshot) {
        problems.push(format!("the git index ({}): {}", e.command, e.reason));
    }
    problems.extend(journal.rollback());
    git_failure(error, &rollback_note(&problems))
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
            folder: folder.to_string(),
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
