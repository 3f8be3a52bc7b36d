//! The integration-test harness: runs the real `cowork` binary in a scratch directory.
//!
//! Every test builds a [`Test`] fluently — files to create, arguments, environment,
//! what to expect — and [`Test::run`] executes it and checks every expectation:
//!
//! ```ignore
//! use crate::common::Test;
//!
//! #[test]
//! fn unknown_key() {
//!     Test::new()
//!         .file("s.toml", "[session]\ntitel = \"T\"\n")
//!         .args(["check", "s.toml"])
//!         .status(1)
//!         .stderr_snapshot("unknown_key")
//!         .run();
//! }
//! ```
//!
//! What the harness guarantees, so that tests are reproducible anywhere:
//! - the command runs in a fresh temporary directory, so a `./templates` folder or a
//!   `cowork.toml` of the repository never leaks in; paths in arguments are relative to it;
//! - `NO_COLOR=1` is set and every `COWORK_*` variable of the caller is removed, and
//!   `COWORK_BROWSER=none` set (no PDFs printed unless a test removes it), with
//!   `COWORK_TODAY` and `COWORK_NOW` fixed ([`TODAY`], [`NOW`]);
//! - stdin is empty (not a terminal) unless [`Test::stdin`] gives it, stdout and stderr are
//!   pipes, so the binary behaves as in a script;
//! - the expected exit status is 0 unless [`Test::status`] says otherwise;
//! - a panic of the binary (exit 101 or "panicked at" on stderr) always fails the test;
//! - the temporary directory's path is replaced by `[TEMP]` in stdout and stderr.
//!
//! Snapshots ([`Test::stdout_snapshot`], [`Test::stderr_snapshot`], [`assert_snapshot`]) go
//! to `tests/snapshots/`, named `<test file>__<name>.snap` after the file the assertion is
//! written in (`tests/integration/agenda.rs` → `agenda__<name>.snap`) — the names they had
//! when every test file was a crate of its own. A bare `insta::assert_snapshot!` would name
//! them after the module path (`integration__agenda__…`) in another folder, so tests use
//! these. Accept new or changed ones with `cargo insta review` or by running
//! `INSTA_UPDATE=always cargo test`.
//!
//! [`Test::run`] returns an [`Output`] for anything the builder does not cover, e.g. reading
//! a file the command wrote (`out.read("plan.html")`).

pub mod ics;
pub mod print;
pub mod room;

use std::ffi::OsString;
use std::fmt::Write as _;
use std::panic::Location;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

/// No command of `cowork` should take this long; a hang (e.g. a prompt waiting for
/// input that never comes) fails the test instead of blocking the suite.
const TIMEOUT: Duration = Duration::from_secs(60);

/// The `cowork` binary under test. Tests that drive it on a pseudo-terminal (rexpect)
/// spawn it themselves, from this path; everything else goes through [`Test`].
/// "Today" for every run (`COWORK_TODAY`, test support): after the dates of every fixture and
/// example, so that their reports are of sessions held; a test of a session still ahead
/// sets an earlier day with `.env("COWORK_TODAY", …)`.
pub const TODAY: &str = "2030-01-01";

/// "Now" for every run (`COWORK_NOW`, test support): the `DTSTAMP` and `SEQUENCE` of
/// calendars, so their snapshots stay put; a test of a later generation sets another.
pub const NOW: &str = "2026-12-02T18:00:00Z";

pub fn cowork_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_cowork"))
}

/// The binary as a plain command run in `dir`, for tests that keep a folder of their own
/// across several commands: no `LANG` (so Russian), no colour, no terminal.
pub fn cowork_in(dir: &Path) -> Command {
    let mut cmd = Command::new(cowork_bin());
    cmd.current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("COWORK_BROWSER", "none")
        .env("COWORK_TODAY", TODAY)
        .env("COWORK_NOW", NOW)
        .env("NO_COLOR", "1");
    cmd
}

/// The seed 002 example session shipped in `examples/`.
pub const PATRIOTIC_EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/grazhdansko-patrioticheskoe.toml"
);

/// `tests/fixtures/` of this repository.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

/// The text of a fixture, `rel` relative to `tests/fixtures/`.
pub fn fixture_text(rel: &str) -> String {
    let path = fixtures_dir().join(rel);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()))
}

/// A run of the `cowork` binary being described; see the module docs.
#[must_use = "a Test does nothing until .run() is called"]
pub struct Test {
    dir: TempDir,
    current_dir: PathBuf,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    env_remove: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    status: i32,
    stdout: Option<String>,
    stderr: Option<String>,
    stdout_contains: Vec<String>,
    stderr_contains: Vec<String>,
    stdout_lacks: Vec<String>,
    stderr_lacks: Vec<String>,
    stdout_snapshot: Option<Snapshot>,
    stderr_snapshot: Option<Snapshot>,
    /// The fixture the snapshots are about, recorded in the snapshot's metadata.
    input_file: Option<PathBuf>,
}

impl Default for Test {
    fn default() -> Self {
        Self::new()
    }
}

impl Test {
    /// A test in a fresh, empty temporary directory, expecting exit status 0.
    pub fn new() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("cowork-test-")
            .tempdir()
            .expect("cannot create a temporary directory");
        Self::in_dir(dir)
    }

    /// A test in `dir` as it is, expecting exit status 0.
    fn in_dir(dir: TempDir) -> Self {
        Self {
            current_dir: dir.path().to_path_buf(),
            dir,
            args: Vec::new(),
            env: Vec::new(),
            env_remove: Vec::new(),
            stdin: None,
            status: 0,
            stdout: None,
            stderr: None,
            stdout_contains: Vec::new(),
            stderr_contains: Vec::new(),
            stdout_lacks: Vec::new(),
            stderr_lacks: Vec::new(),
            stdout_snapshot: None,
            stderr_snapshot: None,
            input_file: None,
        }
    }

    /// The temporary directory the command runs in.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    // ── the scratch directory ──────────────────────────────────────────────────────────

    /// Creates a file (and its parent directories) in the temporary directory.
    pub fn file(self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> Self {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("cannot create a directory");
        }
        std::fs::write(&path, contents).expect("cannot write a test file");
        self
    }

    /// Creates a directory (and its parents) in the temporary directory.
    pub fn dir(self, rel: impl AsRef<Path>) -> Self {
        std::fs::create_dir_all(self.dir.path().join(rel)).expect("cannot create a directory");
        self
    }

    /// Copies `tests/fixtures/<rel>` into the temporary directory under its file name.
    pub fn fixture(self, rel: &str) -> Self {
        let name = Path::new(rel)
            .file_name()
            .expect("a fixture path names a file")
            .to_owned();
        self.fixture_as(rel, name)
    }

    /// Copies `tests/fixtures/<rel>` into the temporary directory as `dest`.
    pub fn fixture_as(mut self, rel: &str, dest: impl AsRef<Path>) -> Self {
        let source = fixtures_dir().join(rel);
        let bytes = std::fs::read(&source)
            .unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", source.display()));
        if self.input_file.is_none() {
            self.input_file = Some(Path::new("tests").join("fixtures").join(rel));
        }
        self.file(dest, bytes)
    }

    /// Copies every file of `tests/fixtures/<rel>/` (recursively) into the temporary
    /// directory under `dest`, e.g. a series of sessions that refer to one another.
    pub fn fixture_dir_as(mut self, rel: &str, dest: impl AsRef<Path>) -> Self {
        let source = fixtures_dir().join(rel);
        let entries = std::fs::read_dir(&source)
            .unwrap_or_else(|e| panic!("cannot read fixture directory {}: {e}", source.display()));
        for entry in entries {
            let entry = entry.expect("cannot read a fixture directory entry");
            let name = entry.file_name();
            let name = name.to_str().expect("fixture names are UTF-8");
            let inner = format!("{rel}/{name}");
            let target = dest.as_ref().join(name);
            self = if entry.path().is_dir() {
                self.fixture_dir_as(&inner, target)
            } else {
                let bytes = std::fs::read(entry.path()).expect("cannot read a fixture");
                self.file(target, bytes)
            };
        }
        self
    }

    /// Runs the command in this subdirectory of the temporary directory (created if needed).
    #[allow(dead_code)] // part of the harness, documented; no test needs it today
    pub fn current_dir(mut self, rel: impl AsRef<Path>) -> Self {
        self.current_dir = self.dir.path().join(rel);
        std::fs::create_dir_all(&self.current_dir).expect("cannot create a directory");
        self
    }

    // ── the command ────────────────────────────────────────────────────────────────────

    /// Appends one argument.
    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// Appends arguments, e.g. `.args(["agenda", "s.toml", "--format", "html"])`.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Sets an environment variable for the command.
    #[allow(dead_code)] // part of the harness, documented; no test needs it today
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Removes an environment variable (e.g. `NO_COLOR`) for the command.
    pub fn env_remove(mut self, key: impl Into<OsString>) -> Self {
        self.env_remove.push(key.into());
        self
    }

    /// Feeds these bytes to stdin (a pipe, never a terminal).
    #[allow(dead_code)] // part of the harness, documented; no test needs it today
    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(input.into());
        self
    }

    // ── expectations ───────────────────────────────────────────────────────────────────

    /// The expected exit status (0 unless set): 1 for bad input, 2 for wrong usage.
    pub fn status(mut self, code: i32) -> Self {
        self.status = code;
        self
    }

    /// stdout must be exactly this.
    pub fn stdout(mut self, text: impl Into<String>) -> Self {
        self.stdout = Some(text.into());
        self
    }

    /// stderr must be exactly this.
    pub fn stderr(mut self, text: impl Into<String>) -> Self {
        self.stderr = Some(text.into());
        self
    }

    /// stdout must contain this (may be given several times).
    pub fn stdout_contains(mut self, text: impl Into<String>) -> Self {
        self.stdout_contains.push(text.into());
        self
    }

    /// stderr must contain this (may be given several times).
    pub fn stderr_contains(mut self, text: impl Into<String>) -> Self {
        self.stderr_contains.push(text.into());
        self
    }

    /// stdout must not contain this.
    pub fn stdout_lacks(mut self, text: impl Into<String>) -> Self {
        self.stdout_lacks.push(text.into());
        self
    }

    /// stderr must not contain this.
    pub fn stderr_lacks(mut self, text: impl Into<String>) -> Self {
        self.stderr_lacks.push(text.into());
        self
    }

    /// stdout must match the snapshot `tests/snapshots/<test file>__<name>.snap`.
    #[track_caller]
    pub fn stdout_snapshot(mut self, name: impl Into<String>) -> Self {
        self.stdout_snapshot = Some(Snapshot::named(name.into(), Location::caller()));
        self
    }

    /// stderr must match the snapshot `tests/snapshots/<test file>__<name>.snap`.
    #[track_caller]
    pub fn stderr_snapshot(mut self, name: impl Into<String>) -> Self {
        self.stderr_snapshot = Some(Snapshot::named(name.into(), Location::caller()));
        self
    }

    // ── running ────────────────────────────────────────────────────────────────────────

    /// How the command line reads, for failure messages and snapshot metadata.
    fn command_line(&self) -> String {
        let mut line = String::from("cowork");
        for arg in &self.args {
            let arg = arg.to_string_lossy();
            if arg.is_empty() || arg.contains([' ', '"', '\'']) {
                let _ = write!(line, " {arg:?}");
            } else {
                let _ = write!(line, " {arg}");
            }
        }
        line
    }

    /// Runs the binary, checks every expectation, and returns what happened.
    #[track_caller]
    pub fn run(self) -> Output {
        let mut cmd = Command::new(cowork_bin());
        cmd.current_dir(&self.current_dir)
            .args(&self.args)
            .env("NO_COLOR", "1")
            .timeout(TIMEOUT);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("COWORK_") {
                cmd.env_remove(key);
            }
        }
        // No PDFs (a browser takes a second a page) unless a test asks: `.env_remove("COWORK_BROWSER")`.
        cmd.env("COWORK_BROWSER", "none");
        cmd.env("COWORK_TODAY", TODAY);
        cmd.env("COWORK_NOW", NOW);
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        for key in &self.env_remove {
            cmd.env_remove(key);
        }
        if let Some(input) = &self.stdin {
            cmd.write_stdin(input.clone());
        }
        let command_line = self.command_line();
        let raw = cmd
            .output()
            .unwrap_or_else(|e| panic!("cannot run `{command_line}`: {e}"));
        let output = Output {
            stdout: self.normalize(&raw.stdout),
            stderr: self.normalize(&raw.stderr),
            status: raw.status.code(),
            stdout_bytes: raw.stdout,
            command_line,
            dir: self.dir,
        };
        output.check(&Expectations {
            status: self.status,
            stdout: self.stdout,
            stderr: self.stderr,
            stdout_contains: self.stdout_contains,
            stderr_contains: self.stderr_contains,
            stdout_lacks: self.stdout_lacks,
            stderr_lacks: self.stderr_lacks,
        });
        let input_file = self.input_file.as_deref();
        if let Some(snapshot) = &self.stdout_snapshot {
            snapshot.assert(&output.stdout, Some(&output.command_line), input_file);
        }
        if let Some(snapshot) = &self.stderr_snapshot {
            snapshot.assert(&output.stderr, Some(&output.command_line), input_file);
        }
        output
    }

    /// Text of an output stream with the temporary directory's path replaced by `[TEMP]`.
    fn normalize(&self, bytes: &[u8]) -> String {
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        let path = self.dir.path();
        let mut paths = vec![path.to_path_buf()];
        if let Ok(canonical) = path.canonicalize() {
            paths.push(canonical);
        }
        for p in paths {
            let shown = p.display().to_string();
            if !shown.is_empty() {
                text = text.replace(&shown, "[TEMP]");
            }
        }
        text
    }
}

struct Expectations {
    status: i32,
    stdout: Option<String>,
    stderr: Option<String>,
    stdout_contains: Vec<String>,
    stderr_contains: Vec<String>,
    stdout_lacks: Vec<String>,
    stderr_lacks: Vec<String>,
}

/// What a run produced. Keeps the temporary directory alive for inspecting written files.
pub struct Output {
    /// stdout as text, with the temporary directory's path replaced by `[TEMP]`.
    pub stdout: String,
    /// stderr as text, likewise normalized.
    pub stderr: String,
    /// The exit status; `None` if the process was killed by a signal.
    pub status: Option<i32>,
    /// stdout exactly as written.
    pub stdout_bytes: Vec<u8>,
    /// The command line, for messages.
    pub command_line: String,
    dir: TempDir,
}

impl Output {
    /// The temporary directory the command ran in.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A next command in the same temporary directory, which holds the files as this run
    /// left them; it starts afresh (no arguments, exit status 0 expected, run from the
    /// directory's root). For a sequence of edits to one file.
    pub fn then(self) -> Test {
        Test::in_dir(self.dir)
    }

    /// stdout parsed as JSON (panics, showing the run, if it is not).
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", self.describe()))
    }

    /// The text of a file in the temporary directory (panics if it does not exist).
    #[track_caller]
    pub fn read(&self, rel: impl AsRef<Path>) -> String {
        let path = self.dir.path().join(rel);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    /// Whether a file or directory exists in the temporary directory.
    pub fn exists(&self, rel: impl AsRef<Path>) -> bool {
        self.dir.path().join(rel).exists()
    }

    /// The names of the entries of a directory of the temporary directory, sorted.
    pub fn list(&self, rel: impl AsRef<Path>) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path().join(rel))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    fn describe(&self) -> String {
        format!(
            "command: {}\nstatus: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}\n--------------",
            self.command_line, self.status, self.stdout, self.stderr
        )
    }

    #[track_caller]
    fn check(&self, expected: &Expectations) {
        let report = |what: String| panic!("{what}\n{}", self.describe());
        if self.status == Some(101) || self.stderr.contains("panicked at") {
            report("cowork panicked".into());
        }
        if self.status != Some(expected.status) {
            report(format!("expected exit status {}", expected.status));
        }
        if let Some(want) = &expected.stdout
            && &self.stdout != want
        {
            report(format!("stdout differs; expected:\n{want}"));
        }
        if let Some(want) = &expected.stderr
            && &self.stderr != want
        {
            report(format!("stderr differs; expected:\n{want}"));
        }
        for want in &expected.stdout_contains {
            if !self.stdout.contains(want.as_str()) {
                report(format!("stdout lacks {want:?}"));
            }
        }
        for want in &expected.stderr_contains {
            if !self.stderr.contains(want.as_str()) {
                report(format!("stderr lacks {want:?}"));
            }
        }
        for unwanted in &expected.stdout_lacks {
            if self.stdout.contains(unwanted.as_str()) {
                report(format!("stdout contains {unwanted:?}"));
            }
        }
        for unwanted in &expected.stderr_lacks {
            if self.stderr.contains(unwanted.as_str()) {
                report(format!("stderr contains {unwanted:?}"));
            }
        }
    }
}

/// `text` must match the snapshot `tests/snapshots/<test file>__<name>.snap`, `<test file>`
/// being the file this is called from; for text a [`Test`] does not snapshot itself, e.g. a
/// file the command wrote.
#[track_caller]
pub fn assert_snapshot(name: &str, text: &str) {
    Snapshot::named(name.to_owned(), Location::caller()).assert(text, None, None);
}

/// A snapshot to compare with, named as the test files named theirs when each was a crate.
struct Snapshot {
    /// `<test file>__<name>`, without `.snap`.
    name: String,
}

impl Snapshot {
    /// The snapshot `name` of the test file holding `caller`.
    fn named(name: String, caller: &Location<'_>) -> Self {
        let test_file = Path::new(caller.file())
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("tests");
        Self {
            name: format!("{test_file}__{name}"),
        }
    }

    /// Compares `text` with the snapshot; `command_line` and `input_file`, when known, are
    /// recorded in its metadata.
    #[track_caller]
    fn assert(&self, text: &str, command_line: Option<&str>, input_file: Option<&Path>) {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests")
                .join("snapshots"),
        );
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        if let Some(command_line) = command_line {
            settings.set_description(command_line);
        }
        if let Some(input) = input_file {
            settings.set_input_file(input);
        }
        settings.bind(|| {
            insta::assert_snapshot!(self.name.as_str(), text);
        });
    }
}
