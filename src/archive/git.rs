//! The system `git` as a child process: find the repository, check it can take a commit, stage,
//! commit, and put the index back. The user's identity, hooks and signing apply as to any
//! commit. Failures are told apart by exit codes and checks made beforehand, never by reading
//! git's (translatable) words; those words are shown to the user as they are.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::archive::messages;

/// What went wrong, as far as cowork can tell without reading git's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cause {
    /// No `git` program to run.
    NotInstalled,
    /// The archive folder is not inside a work tree.
    NotARepository,
    /// git does not know who is committing.
    NoIdentity,
    /// The index is locked: the lock file, as git names it.
    Locked(String),
    /// `git commit` itself refused (a hook, signing, ...).
    CommitRefused,
    /// Any other git command failed.
    Failed,
}

/// git said no: the command, its exit code, and everything it printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitError {
    pub command: String,
    pub cause: Cause,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl GitError {
    fn new(command: &str, cause: Cause) -> Self {
        Self {
            command: command.to_string(),
            cause,
            code: None,
            stdout: String::new(),
            stderr: String::new(),
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> String {
        match &self.cause {
            Cause::NotInstalled => messages::not_installed(),
            Cause::NotARepository => messages::not_a_repository(),
            Cause::NoIdentity => messages::no_identity(),
            Cause::Locked(lock) => messages::index_locked(lock),
            Cause::CommitRefused => messages::commit_refused(),
            Cause::Failed => messages::git_failed(),
        }
    }

    /// git's own output, stderr then stdout, each line indented; a line of its exit code when
    /// it printed nothing.
    pub fn output(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        for text in [&self.stderr, &self.stdout] {
            lines.extend(
                text.lines()
                    .map(|l| format!("    {l}").trim_end().to_string()),
            );
        }
        if lines.is_empty()
            && let Some(code) = self.code
        {
            lines.push(format!(
                "    {}",
                crate::tr!("archive-git-silent", code = code.to_string())
            ));
        }
        lines.join("\n")
    }
}

pub type GitResult<T> = std::result::Result<T, GitError>;

/// A repository's work tree; every path given to it is relative to `root`, with `/`.
#[derive(Debug, Clone)]
pub struct Repo {
    pub root: PathBuf,
}

/// What the index held under some pathspecs before this run touched it, to put back on failure.
#[derive(Debug, Default)]
pub struct IndexSnapshot {
    /// `git ls-files -s -z` records of the entries that were there.
    entries: Vec<u8>,
    /// Their paths.
    present: HashSet<String>,
    /// The pathspecs the snapshot covers.
    pathspecs: Vec<String>,
}

fn git(dir: &Path) -> Command {
    let mut command = Command::new("git");
    command.current_dir(dir).stdin(Stdio::null());
    command
}

/// git for commands that take pathspecs: the paths are file names, never patterns (`[` or `*`
/// in a folder name means itself).
fn git_paths(dir: &Path) -> Command {
    let mut command = git(dir);
    command.arg("--literal-pathspecs");
    command
}

fn describe(args: &[&str]) -> String {
    format!("git {}", args.first().copied().unwrap_or_default())
}

/// Runs git; returns its exit code and stdout when it exits 0 or with one of `ok_codes`,
/// else an error of `cause` holding everything git printed.
fn run(
    mut command: Command,
    args: &[&str],
    paths: &[String],
    stdin: Option<&[u8]>,
    ok_codes: &[i32],
    cause: Cause,
) -> GitResult<(i32, Vec<u8>)> {
    command.args(args).args(paths);
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    if stdin.is_some() {
        command.stdin(Stdio::piped());
    }
    let fail = |text: String| GitError {
        stderr: text,
        ..GitError::new(&describe(args), Cause::Failed)
    };
    let mut child = command.spawn().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            GitError {
                stderr: crate::tr!("archive-git-not-installed"),
                ..GitError::new(&describe(args), Cause::NotInstalled)
            }
        } else {
            fail(crate::tr!("archive-git-cannot-run", reason = e.to_string()))
        }
    })?;
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(input).map_err(|e| {
            fail(crate::tr!(
                "archive-git-cannot-talk",
                reason = e.to_string()
            ))
        })?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| fail(crate::tr!("archive-git-cannot-run", reason = e.to_string())))?;
    let code = output.status.code();
    if output.status.success() || code.is_some_and(|c| ok_codes.contains(&c)) {
        return Ok((code.unwrap_or(0), output.stdout));
    }
    Err(GitError {
        code,
        stdout: String::from_utf8_lossy(&output.stdout)
            .trim_end()
            .to_string(),
        stderr: String::from_utf8_lossy(&output.stderr)
            .trim_end()
            .to_string(),
        ..GitError::new(&describe(args), cause)
    })
}

fn split_z(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split(|b| *b == 0).filter(|s| !s.is_empty())
}

fn paths_z(bytes: &[u8]) -> Vec<String> {
    split_z(bytes)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect()
}

fn line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .trim_end_matches(['\n', '\r'])
        .to_string()
}

impl Repo {
    /// The repository whose work tree holds `dir` (which must exist).
    pub fn discover(dir: &Path) -> GitResult<Self> {
        let inside = ["rev-parse", "--is-inside-work-tree"];
        let (_, out) = run(git(dir), &inside, &[], None, &[], Cause::NotARepository)?;
        if line(&out) != "true" {
            // Inside a .git folder, or a bare repository: no work tree to put the archive in.
            return Err(GitError::new(&describe(&inside), Cause::NotARepository));
        }
        let args = ["rev-parse", "--show-toplevel"];
        let (_, out) = run(git(dir), &args, &[], None, &[], Cause::NotARepository)?;
        Ok(Self {
            root: PathBuf::from(line(&out)),
        })
    }

    /// Whether HEAD is a branch (born or not yet); `false` on a detached HEAD.
    pub fn on_branch(&self) -> GitResult<bool> {
        let args = ["symbolic-ref", "-q", "HEAD"];
        let (code, _) = run(git(&self.root), &args, &[], None, &[1], Cause::Failed)?;
        Ok(code == 0)
    }

    /// Fails with [`Cause::NoIdentity`] when git cannot name the author or the committer.
    pub fn check_identity(&self) -> GitResult<()> {
        for var in ["GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"] {
            run(
                git(&self.root),
                &["var", var],
                &[],
                None,
                &[],
                Cause::NoIdentity,
            )?;
        }
        Ok(())
    }

    /// Fails with [`Cause::Locked`] when the index's lock file exists: another git command is
    /// running, or a stale lock was left behind; either way `git add` would fail.
    pub fn check_unlocked(&self) -> GitResult<()> {
        let args = ["rev-parse", "--git-path", "index.lock"];
        let (_, out) = run(git(&self.root), &args, &[], None, &[], Cause::Failed)?;
        let lock = self.root.join(line(&out));
        if lock.exists() {
            return Err(GitError::new(
                "git add",
                Cause::Locked(lock.display().to_string()),
            ));
        }
        Ok(())
    }

    /// The paths that `.gitignore` (or an exclude file) keeps out of git.
    pub fn ignored(&self, paths: &[String]) -> GitResult<Vec<String>> {
        let mut input = Vec::new();
        for path in paths {
            input.extend_from_slice(path.as_bytes());
            input.push(0);
        }
        let args = ["check-ignore", "-z", "--stdin"];
        let (_, out) = run(
            git(&self.root),
            &args,
            &[],
            Some(&input),
            &[1],
            Cause::Failed,
        )?;
        Ok(paths_z(&out))
    }

    /// The index entries under `pathspecs` (files or folders).
    fn index_paths(&self, pathspecs: &[String]) -> GitResult<Vec<String>> {
        self.paths_of(&["ls-files", "-z", "--"], pathspecs)
    }

    /// The NUL-separated paths a git command prints for `pathspecs`.
    fn paths_of(&self, args: &[&str], pathspecs: &[String]) -> GitResult<Vec<String>> {
        Ok(paths_z(&self.on_paths(args, pathspecs)?))
    }

    /// What a git command that takes `pathspecs` (after `--`) prints; any failure is one.
    fn on_paths(&self, args: &[&str], pathspecs: &[String]) -> GitResult<Vec<u8>> {
        let (_, out) = run(
            git_paths(&self.root),
            args,
            pathspecs,
            None,
            &[],
            Cause::Failed,
        )?;
        Ok(out)
    }

    /// Remembers the index entries under `pathspecs`.
    pub fn snapshot_index(&self, pathspecs: &[String]) -> GitResult<IndexSnapshot> {
        let args = ["ls-files", "-s", "-z", "--"];
        let entries = self.on_paths(&args, pathspecs)?;
        let present = split_z(&entries)
            .filter_map(|record| {
                record
                    .iter()
                    .position(|b| *b == b'\t')
                    .map(|t| String::from_utf8_lossy(&record[t + 1..]).into_owned())
            })
            .collect();
        Ok(IndexSnapshot {
            entries,
            present,
            pathspecs: pathspecs.to_vec(),
        })
    }

    /// Stages the work tree under `pathspecs` (which must exist), new, changed and removed files.
    pub fn add(&self, pathspecs: &[String]) -> GitResult<()> {
        self.on_paths(&["add", "-A", "--"], pathspecs).map(drop)
    }

    /// Stages the removal of everything under `pathspecs` (a folder that was moved away).
    pub fn remove(&self, pathspecs: &[String]) -> GitResult<()> {
        let args = ["rm", "-r", "-q", "--cached", "--ignore-unmatch", "--"];
        self.on_paths(&args, pathspecs).map(drop)
    }

    /// The paths under `pathspecs` whose staged state differs from the last commit (all of
    /// them before the first commit): what a commit of them would change. Line-ending
    /// settings are already applied, so a file that differs only in them is not listed.
    pub fn staged(&self, pathspecs: &[String]) -> GitResult<Vec<String>> {
        let args = [
            "diff",
            "--cached",
            "--name-only",
            "-z",
            "--no-renames",
            "--",
        ];
        self.paths_of(&args, pathspecs)
    }

    /// Commits exactly `paths` as staged (`git commit -- paths`), leaving whatever else the
    /// user staged staged and out of this commit.
    pub fn commit(&self, message: &str, paths: &[String]) -> GitResult<()> {
        let mut command = git_paths(&self.root);
        // A signing program may want to ask for a passphrase.
        command.stdin(Stdio::inherit());
        let args = ["commit", "-q", "-m", message, "--"];
        run(command, &args, paths, None, &[], Cause::CommitRefused).map(drop)
    }

    pub fn short_head(&self) -> GitResult<String> {
        let args = ["rev-parse", "--short", "HEAD"];
        let (_, out) = run(git(&self.root), &args, &[], None, &[], Cause::Failed)?;
        Ok(line(&out))
    }

    /// Puts the index under the snapshot's pathspecs back as it was: entries added since are
    /// removed, the remembered ones written back.
    pub fn restore_index(&self, snapshot: &IndexSnapshot) -> GitResult<()> {
        let added: Vec<String> = self
            .index_paths(&snapshot.pathspecs)?
            .into_iter()
            .filter(|p| !snapshot.present.contains(p))
            .collect();
        if !added.is_empty() {
            let args = ["update-index", "--force-remove", "--"];
            run(git(&self.root), &args, &added, None, &[], Cause::Failed)?;
        }
        if !snapshot.entries.is_empty() {
            let args = ["update-index", "-z", "--index-info"];
            run(
                git(&self.root),
                &args,
                &[],
                Some(&snapshot.entries),
                &[],
                Cause::Failed,
            )?;
        }
        Ok(())
    }
}
