//! The system `git` as a child process: find the repository, see what changed, stage, commit,
//! and put the index back. The user's identity, hooks and signing apply as to any commit.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// git said no: its own words, and the command that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitError {
    pub command: String,
    pub reason: String,
}

pub type GitResult<T> = std::result::Result<T, GitError>;

/// A repository's work tree; every path given to it is relative to `root`, with `/`.
#[derive(Debug, Clone)]
pub struct Repo {
    pub root: PathBuf,
}

/// What the index held for some paths before this run touched it, to put back on failure.
#[derive(Debug, Default)]
pub struct IndexSnapshot {
    /// `git ls-files -s -z` records of the paths that were in the index.
    entries: Vec<u8>,
    /// Paths that were not in the index.
    absent: Vec<String>,
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

/// Runs git and returns its stdout when it exits 0 (or with one of `ok_codes`), with its code.
fn run(
    mut command: Command,
    args: &[&str],
    paths: &[String],
    stdin: Option<&[u8]>,
    ok_codes: &[i32],
) -> GitResult<(i32, Vec<u8>)> {
    command.args(args).args(paths);
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    if stdin.is_some() {
        command.stdin(Stdio::piped());
    }
    let fail = |reason: String| GitError {
        command: describe(args),
        reason,
    };
    let mut child = command.spawn().map_err(|e| {
        fail(if e.kind() == std::io::ErrorKind::NotFound {
            "git is not installed (no `git` on PATH)".to_string()
        } else {
            format!("cannot run git: {e}")
        })
    })?;
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(input)
            .map_err(|e| fail(format!("cannot talk to git: {e}")))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| fail(format!("cannot run git: {e}")))?;
    let code = output.status.code().unwrap_or(-1);
    if output.status.success() || ok_codes.contains(&code) {
        return Ok((code, output.stdout));
    }
    let mut reason = String::from_utf8_lossy(&output.stderr).trim().to_string();
    if reason.is_empty() {
        reason = String::from_utf8_lossy(&output.stdout).trim().to_string();
    }
    if reason.is_empty() {
        reason = format!("git exited with status {code}");
    }
    Err(fail(reason))
}

fn split_z(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split(|b| *b == 0).filter(|s| !s.is_empty())
}

impl Repo {
    /// The repository whose work tree holds `dir` (which must exist).
    pub fn discover(dir: &Path) -> GitResult<Self> {
        let args = ["rev-parse", "--show-toplevel"];
        let (_, out) = run(git(dir), &args, &[], None, &[])?;
        let root = String::from_utf8_lossy(&out)
            .trim_end_matches('\n')
            .to_string();
        if root.is_empty() {
            return Err(GitError {
                command: describe(&args),
                reason: "not inside a work tree".to_string(),
            });
        }
        Ok(Self {
            root: PathBuf::from(root),
        })
    }

    /// The paths that `.gitignore` (or an exclude file) keeps out of git.
    pub fn ignored(&self, paths: &[String]) -> GitResult<Vec<String>> {
        let mut input = Vec::new();
        for path in paths {
            input.extend_from_slice(path.as_bytes());
            input.push(0);
        }
        let args = ["check-ignore", "-z", "--stdin"];
        let (_, out) = run(git(&self.root), &args, &[], Some(&input), &[1])?;
        Ok(split_z(&out)
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect())
    }

    /// Remembers the index entries of `paths`.
    pub fn snapshot_index(&self, paths: &[String]) -> GitResult<IndexSnapshot> {
        let args = ["ls-files", "-s", "-z", "--"];
        let (_, entries) = run(git_paths(&self.root), &args, paths, None, &[])?;
        let present: std::collections::HashSet<&[u8]> = split_z(&entries)
            .filter_map(|record| {
                record
                    .iter()
                    .position(|b| *b == b'\t')
                    .map(|t| &record[t + 1..])
            })
            .collect();
        let absent = paths
            .iter()
            .filter(|p| !present.contains(p.as_bytes()))
            .cloned()
            .collect();
        Ok(IndexSnapshot { entries, absent })
    }

    /// The paths among `paths` that differ from the last commit, staged or not, or are new.
    pub fn changed(&self, paths: &[String]) -> GitResult<Vec<String>> {
        let args = [
            "status",
            "--porcelain=v1",
            "-z",
            "--untracked-files=all",
            "--no-renames",
            "--",
        ];
        let (_, out) = run(git_paths(&self.root), &args, paths, None, &[])?;
        Ok(split_z(&out)
            .filter(|record| record.len() > 3)
            .map(|record| String::from_utf8_lossy(&record[3..]).into_owned())
            .collect())
    }

    pub fn add(&self, paths: &[String]) -> GitResult<()> {
        run(git_paths(&self.root), &["add", "--"], paths, None, &[]).map(drop)
    }

    /// Commits exactly `paths` as they are in the work tree (`git commit -- paths`), leaving
    /// whatever else the user staged staged and out of this commit.
    pub fn commit(&self, message: &str, paths: &[String]) -> GitResult<()> {
        let mut command = git_paths(&self.root);
        // A signing program may want to ask for a passphrase.
        command.stdin(Stdio::inherit());
        run(
            command,
            &["commit", "-q", "-m", message, "--"],
            paths,
            None,
            &[],
        )
        .map(drop)
    }

    pub fn short_head(&self) -> GitResult<String> {
        let (_, out) = run(
            git(&self.root),
            &["rev-parse", "--short", "HEAD"],
            &[],
            None,
            &[],
        )?;
        Ok(String::from_utf8_lossy(&out).trim().to_string())
    }

    /// Puts the index entries of the snapshot's paths back as they were.
    pub fn restore_index(&self, snapshot: &IndexSnapshot) -> GitResult<()> {
        if !snapshot.absent.is_empty() {
            run(
                git(&self.root),
                &["update-index", "--force-remove", "--"],
                &snapshot.absent,
                None,
                &[],
            )?;
        }
        if !snapshot.entries.is_empty() {
            run(
                git(&self.root),
                &["update-index", "-z", "--index-info"],
                &[],
                Some(&snapshot.entries),
                &[],
            )?;
        }
        Ok(())
    }
}

/// What to do about a failure of `git <command>`, judged from git's own words.
pub fn hint(command: &str, reason: &str) -> &'static str {
    let r = reason.to_ascii_lowercase();
    if r.contains("not a git repository") {
        "the archive folder is not inside a git repository: run `git init` where the archive should be kept, or pass --no-commit to only write the files"
    } else if r.contains("tell me who you are")
        || r.contains("auto-detect email")
        || r.contains("empty ident")
        || r.contains("identity unknown")
    {
        "tell git who you are, once: git config --global user.name \"Имя Фамилия\" and git config --global user.email you@example.org — then run cowork archive again"
    } else if r.contains("not installed") {
        "install git, or pass --no-commit to only write the files"
    } else if r.contains("gpg") || r.contains("sign") {
        "git could not sign the commit: check your signing key (git config commit.gpgsign, user.signingkey), then run cowork archive again"
    } else if r.contains("index.lock") {
        "another git command is running in this repository; wait for it to finish (or remove a stale .git/index.lock) and run cowork archive again"
    } else if command != "git commit" {
        "fix what git reports above and run cowork archive again, or pass --no-commit to only write the files"
    } else {
        "a hook (pre-commit, commit-msg) or the repository's state refused the commit: fix what git reports above and run cowork archive again, or pass --no-commit to only write the files"
    }
}
