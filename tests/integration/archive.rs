//! `cowork archive`: documents into archive/, one git commit, nothing left behind on failure.
//!
//! Every test works in its own temporary folder with its own HOME and an empty global git
//! config, so the machine's identity and hooks cannot leak in.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

const FIXTURES: &str = "tests/fixtures/archive";
/// What every archived session folder holds, sorted by name.
const FOLDER_DOCS: &[&str] = &[
    ".session",
    "agenda.docx",
    "agenda.html",
    "agenda.md",
    "attendance.csv",
    "attendance.html",
    "attendance.md",
    "doors.html",
    "report-anonymized.html",
    "report-anonymized.md",
    "report.docx",
    "report.html",
    "report.md",
    "session.toml",
    "summary.html",
    "summary.md",
];
const IGROVYE: &str = "igrovye-tehnologii.toml";
const NASTAVNICHESTVO: &str = "nastavnichestvo.toml";
const INCLUSIVE: &str = "inclusive-practice.toml";
const IGROVYE_DIR: &str = "archive/2026/2026-12-03-igrovye-tekhnologii-v-rabote-s-doshkolnikami";

/// A sandbox: `home/` (empty, with an empty global git config) and `work/`, the user's folder.
struct Sandbox {
    root: TempDir,
}

/// Everything a failed run must leave as it was: files and folders, status, index, HEAD.
#[derive(Debug, PartialEq, Eq)]
struct State {
    tree: BTreeMap<String, Option<Vec<u8>>>,
    status: String,
    index: String,
    staged: String,
    head: String,
}

impl Sandbox {
    fn new() -> Self {
        let root = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir_all(root.path().join("home")).unwrap();
        std::fs::write(root.path().join("home/gitconfig"), "").unwrap();
        std::fs::create_dir_all(root.path().join("work/sessions")).unwrap();
        Self { root }
    }

    fn work(&self) -> PathBuf {
        self.root.path().join("work")
    }

    /// The environment both cowork and git run in: nothing of the machine's git setup.
    fn isolate(&self, command: &mut std::process::Command) {
        let home = self.root.path().join("home");
        command
            .current_dir(self.work())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CEILING_DIRECTORIES", self.root.path())
            .env("LC_ALL", "C")
            .env("NO_COLOR", "1")
            // No PDFs: printing has its own tests (output_formats.rs).
            .env("COWORK_BROWSER", "none")
            // After every fixture's dates, so that each is held; a test of a session still
            // ahead sets an earlier day.
            .env("COWORK_TODAY", crate::common::TODAY)
            // Russian, the default, unless a test asks for English.
            .env_remove("COWORK_LANG");
        for var in [
            "GIT_AUTHOR_NAME",
            "GIT_AUTHOR_EMAIL",
            "GIT_AUTHOR_DATE",
            "GIT_COMMITTER_NAME",
            "GIT_COMMITTER_EMAIL",
            "GIT_COMMITTER_DATE",
            "EMAIL",
            "GIT_DIR",
            "GIT_WORK_TREE",
            "GIT_INDEX_FILE",
            "GIT_CONFIG",
            "GIT_CONFIG_PARAMETERS",
            "GIT_CONFIG_COUNT",
        ] {
            command.env_remove(var);
        }
    }

    fn cowork(&self) -> Command {
        let mut std_command = std::process::Command::new(assert_cmd::cargo::cargo_bin!("cowork"));
        self.isolate(&mut std_command);
        Command::from_std(std_command)
    }

    /// `cowork archive ARGS…` in work/, asserted on.
    fn archive(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cowork().arg("archive").args(args).assert()
    }

    /// `cowork archive ARGS…` with the interface in English.
    fn archive_in_english(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cowork()
            .env("COWORK_LANG", "en")
            .arg("archive")
            .args(args)
            .assert()
    }

    /// `cowork archive ARGS…` as if today were `today` (`YYYY-MM-DD`).
    fn archive_on(&self, today: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cowork()
            .env("COWORK_TODAY", today)
            .arg("archive")
            .args(args)
            .assert()
    }

    /// A sandbox with a repository (one commit) and the fixture in work/sessions/; the
    /// session's path relative to work/.
    fn with_session(fixture: &str) -> (Self, String) {
        let s = Self::new();
        s.repo(false);
        let file = s.session(fixture);
        (s, file)
    }

    /// [`Sandbox::with_session`], archived once.
    fn archived(fixture: &str) -> (Self, String) {
        let (s, file) = Self::with_session(fixture);
        s.archive(&[&file]).success();
        (s, file)
    }

    fn git_output(&self, args: &[&str]) -> Output {
        let mut command = std::process::Command::new("git");
        self.isolate(&mut command);
        command.args(args).output().expect("git runs")
    }

    /// Runs git in work/ and returns its stdout; the test fails when git does.
    fn git(&self, args: &[&str]) -> String {
        let out = self.git_output(args);
        assert!(
            out.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A repository with the tests' own identity; with a first commit unless `unborn`.
    fn repo(&self, unborn: bool) {
        self.git(&["init", "-q"]);
        self.git(&["config", "user.name", "Методист Тестовый"]);
        self.git(&["config", "user.email", "metodist@example.org"]);
        if !unborn {
            self.write("notes.txt", "Заметки методиста\n");
            self.git(&["add", "notes.txt"]);
            self.git(&["commit", "-q", "-m", "Начало"]);
        }
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.work().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.work().join(rel))
            .unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    /// Copies a fixture into work/sessions/ and returns its path relative to work/.
    fn session(&self, fixture: &str) -> String {
        let text = std::fs::read_to_string(Path::new(FIXTURES).join(fixture)).unwrap();
        let rel = format!("sessions/{fixture}");
        self.write(&rel, &text);
        rel
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} has no {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    fn tree(&self) -> BTreeMap<String, Option<Vec<u8>>> {
        fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Option<Vec<u8>>>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let entry = entry.unwrap();
                let path = entry.path();
                let rel = path
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                if rel == ".git" {
                    continue;
                }
                if path.is_dir() {
                    out.insert(format!("{rel}/"), None);
                    walk(base, &path, out);
                } else {
                    out.insert(rel, Some(std::fs::read(&path).unwrap()));
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(&self.work(), &self.work(), &mut out);
        out
    }

    fn state(&self) -> State {
        let in_repo = self.work().join(".git").exists();
        let git = |args: &[&str]| {
            if in_repo {
                String::from_utf8_lossy(&self.git_output(args).stdout).into_owned()
            } else {
                String::new()
            }
        };
        State {
            tree: self.tree(),
            status: git(&["status", "--porcelain=v1", "--untracked-files=all"]),
            index: git(&["ls-files", "-s"]),
            staged: git(&["diff", "--cached"]),
            head: git(&["rev-parse", "-q", "--verify", "HEAD"]),
        }
    }

    fn commits(&self) -> usize {
        let out = self.git_output(&["rev-list", "--count", "HEAD"]);
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    }

    /// The paths the last commit changed, sorted.
    fn last_commit_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self
            .git(&["show", "--name-only", "--format=", "HEAD"])
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        paths.sort();
        paths
    }

    fn last_message(&self) -> String {
        self.git(&["log", "-1", "--format=%B"])
            .trim_end()
            .to_string()
    }

    fn hook(&self, name: &str, script: &str) {
        let path = self.work().join(".git/hooks").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, script).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
}

fn docs(dir: &str, names: &[&str]) -> Vec<String> {
    names.iter().map(|n| format!("{dir}/{n}")).collect()
}

#[test]
fn first_archive_commits_every_document_and_the_index() {
    let s = Sandbox::new();
    s.repo(true);
    let file = s.session(IGROVYE);
    s.archive(&[&file])
        .success()
        .stderr(predicate::str::contains(format!(
            "{IGROVYE_DIR}/: изменено 16 файлов\nзакоммичено "
        )))
        .stderr(predicate::str::contains(
            "«Архив: Игровые технологии в работе с дошкольниками (3\u{a0}декабря\u{a0}2026\u{a0}г.)»: 18 файлов\n",
        ));

    assert_eq!(s.commits(), 1);
    assert_eq!(
        s.last_message(),
        "Архив: Игровые технологии в работе с дошкольниками (3\u{a0}декабря\u{a0}2026\u{a0}г.)"
    );
    let mut expected = vec!["archive/.gitattributes".to_string()];
    expected.extend(docs(IGROVYE_DIR, FOLDER_DOCS));
    expected.push("archive/README.md".to_string());
    assert_eq!(s.last_commit_paths(), expected);
    assert_eq!(
        s.read(&format!("{IGROVYE_DIR}/session.toml")),
        s.read(&file),
        "the archive keeps the session file as it is"
    );
    assert!(
        s.read(&format!("{IGROVYE_DIR}/agenda.md"))
            .contains("# План проведения")
    );
    // The session file itself is not the archive's business.
    assert_eq!(
        s.git(&["status", "--porcelain=v1", "--untracked-files=all"]),
        format!("?? {file}\n")
    );
    crate::common::assert_snapshot("index_one_session", &s.read("archive/README.md"));
}

#[test]
fn archiving_again_unchanged_makes_no_commit() {
    let (s, file) = Sandbox::archived(IGROVYE);
    let before = s.state();
    s.archive(&[&file]).success().stderr(format!(
        "{IGROVYE_DIR}/: без изменений\nничего не изменилось: archive актуален; коммит не создан\n"
    ));
    assert_eq!(s.state(), before);
    assert_eq!(s.commits(), 2);
}

#[test]
fn a_changed_session_commits_only_the_documents_that_changed() {
    let (s, file) = Sandbox::archived(IGROVYE);
    s.edit(
        &file,
        "title = \"Плюсы и минусы\"",
        "title = \"Плюсы, минусы и интересное\"",
    );
    s.archive(&[&file])
        .success()
        .stderr(predicate::str::contains("изменено 10 файлов"));
    assert_eq!(s.commits(), 3);
    assert_eq!(
        s.last_commit_paths(),
        docs(
            IGROVYE_DIR,
            &[
                "agenda.docx",
                "agenda.html",
                "agenda.md",
                "doors.html",
                "report-anonymized.html",
                "report-anonymized.md",
                "report.docx",
                "report.html",
                "report.md",
                "session.toml"
            ]
        ),
        "an activity's title is in the agenda, the door schedules and the reports only; the index did not change"
    );
    let diff = s.git(&[
        "diff",
        "HEAD~1",
        "HEAD",
        "--",
        &format!("{IGROVYE_DIR}/agenda.md"),
    ]);
    assert!(
        diff.contains("+") && diff.contains("Плюсы, минусы и интересное"),
        "{diff}"
    );
    assert!(
        s.git(&["status", "--porcelain", "--", "archive"])
            .is_empty()
    );
}

#[test]
fn a_refusing_hook_leaves_the_tree_and_the_index_as_they_were() {
    let (s, file) = Sandbox::with_session(IGROVYE);
    // Something staged by the user, to see the index comes back exactly.
    s.write("notes.txt", "Заметки методиста\nещё строка\n");
    s.git(&["add", "notes.txt"]);
    s.hook(
        "pre-commit",
        "#!/bin/sh\necho 'pre-commit: the archive is frozen until Monday' >&2\nexit 1\n",
    );
    let before = s.state();
    s.archive(&[&file]).code(1).stderr(
        predicate::str::contains("ошибка: команда git commit не выполнена, код возврата 1:\n")
            .and(predicate::str::contains(
                "    pre-commit: the archive is frozen until Monday\n",
            ))
            .and(predicate::str::contains(
                "= подсказка: git отказался делать коммит — обычно из-за хука",
            ))
            .and(predicate::str::contains(
                "= примечание: ничего не изменилось: файлы архива и индекс git остались как были",
            )),
    );
    assert_eq!(s.state(), before, "no archive folder, nothing staged");
    assert!(!s.work().join("archive").exists());
}

#[test]
fn a_refusing_hook_on_a_re_archive_restores_the_previous_documents() {
    let (s, file) = Sandbox::archived(IGROVYE);
    s.edit(&file, "duration = 30", "duration = 40");
    s.hook("pre-commit", "#!/bin/sh\necho 'lint failed' >&2\nexit 1\n");
    let before = s.state();
    s.archive(&[&file])
        .code(1)
        .stderr(predicate::str::contains("lint failed"));
    assert_eq!(s.state(), before);
}

#[test]
fn outside_a_repository_it_refuses_to_commit_but_renders_with_no_commit() {
    let s = Sandbox::new();
    let file = s.session(IGROVYE);
    let before = s.state();
    s.archive(&[&file]).code(1).stderr(
        predicate::str::contains(
            "ошибка: git не находит репозитория, в котором можно хранить папку архива:\n",
        )
        // git's own words, as git printed them.
        .and(predicate::str::contains("not a git repository"))
        .and(predicate::str::contains("выполните `git init`"))
        .and(predicate::str::contains("добавьте --no-commit"))
        .and(predicate::str::contains("= примечание: ничего не записано")),
    );
    assert_eq!(s.state(), before);

    s.archive(&[&file, "--no-commit"])
        .success()
        .stderr(predicate::str::contains(format!(
            "записано {} файлов в archive (git не затронут: --no-commit)",
            FOLDER_DOCS.len() + 2
        )));
    assert!(!s.work().join(".git").exists());
    for doc in FOLDER_DOCS {
        assert!(s.work().join(IGROVYE_DIR).join(doc).is_file(), "{doc}");
    }
    assert!(s.work().join("archive/README.md").is_file());
    s.archive(&[&file, "--no-commit"])
        .success()
        .stderr(predicate::str::contains(
            "ничего не изменилось: archive актуален (git не затронут)",
        ));
}

#[test]
fn rendering_is_the_same_anywhere() {
    let a = Sandbox::new();
    let b = Sandbox::new();
    for s in [&a, &b] {
        let file = s.session(NASTAVNICHESTVO);
        s.archive(&[&file, "--no-commit", "--dir", "arkhiv"])
            .success();
    }
    let archive = |s: &Sandbox| {
        s.tree()
            .into_iter()
            .filter(|(k, _)| k.starts_with("arkhiv/"))
            .collect::<BTreeMap<_, _>>()
    };
    assert_eq!(archive(&a), archive(&b));
    // The folder, its year, its documents, the index and the .gitattributes.
    assert_eq!(
        archive(&a).len(),
        FOLDER_DOCS.len() + 5,
        "{:?}",
        archive(&a).keys()
    );
}

#[test]
fn a_staged_unrelated_change_is_left_out_and_stays_staged() {
    let (s, file) = Sandbox::with_session(IGROVYE);
    s.write("notes.txt", "Заметки методиста\nпоправка\n");
    s.write("plan-2027.md", "# План на 2027 год\n");
    s.git(&["add", "notes.txt", "plan-2027.md"]);
    let staged_before = s.git(&["diff", "--cached", "--", "notes.txt", "plan-2027.md"]);
    s.archive(&[&file]).success();
    let committed = s.last_commit_paths();
    assert!(
        committed.iter().all(|p| p.starts_with("archive/")),
        "{committed:?}"
    );
    assert_eq!(committed.len(), FOLDER_DOCS.len() + 2);
    assert_eq!(
        s.git(&["diff", "--cached", "--name-only"]),
        "notes.txt\nplan-2027.md\n"
    );
    assert_eq!(
        s.git(&["diff", "--cached", "--", "notes.txt", "plan-2027.md"]),
        staged_before
    );
}

#[test]
fn a_folder_of_three_sessions_is_one_commit() {
    let s = Sandbox::new();
    s.repo(false);
    for f in [IGROVYE, NASTAVNICHESTVO, INCLUSIVE] {
        s.session(f);
    }
    // The workspace settings file is not a session.
    s.write("sessions/cowork.toml", "archive = \"archive\"\n");
    s.archive(&["sessions"]).success();
    assert_eq!(s.commits(), 2);
    assert_eq!(
        s.last_message(),
        "Архив: 3 методических коворкинга\n\n\
         - Игровые технологии в работе с дошкольниками (3\u{a0}декабря\u{a0}2026\u{a0}г.)\n\
         - Наставничество: от адаптации к профессиональному росту (11–12\u{a0}февраля\u{a0}2027\u{a0}г.)\n\
         - Inclusive practice in supplementary education (8\u{a0}April\u{a0}2027)"
    );
    assert_eq!(s.last_commit_paths().len(), 3 * FOLDER_DOCS.len() + 2);
    assert!(
        s.git(&["status", "--porcelain", "--", "archive"])
            .is_empty()
    );
    crate::common::assert_snapshot("index_three_sessions", &s.read("archive/README.md"));
}

#[test]
fn an_invalid_session_stops_the_batch_before_anything_is_written() {
    let s = Sandbox::new();
    s.repo(false);
    let good = s.session(IGROVYE);
    let bad = s.session("invalid.toml");
    let other = s.session(NASTAVNICHESTVO);
    let before = s.state();
    s.archive(&[&good, &bad, &other])
        .code(1)
        .stderr(
            predicate::str::contains("sessions/invalid.toml:11:8")
                .and(predicate::str::contains("basement"))
                .and(predicate::str::contains("неизвестная зона"))
                .and(predicate::str::contains(
                    "ошибка: в 1 из 3 файлов коворкингов есть ошибки; ничего не заархивировано\n\
                     \x20 = подсказка: исправьте их (`cowork check` покажет все ошибки) и снова запустите cowork archive",
                )),
        );
    assert_eq!(s.state(), before);
    assert!(!s.work().join("archive").exists());
}

#[test]
fn without_a_git_identity_it_fails_with_a_hint_and_leaves_nothing() {
    let s = Sandbox::new();
    s.git(&["init", "-q"]);
    // No user.name/user.email anywhere, and no guessing from the host name.
    s.git(&["config", "user.useConfigOnly", "true"]);
    let file = s.session(IGROVYE);
    let before = s.state();
    s.archive(&[&file]).code(1).stderr(
        predicate::str::contains("ошибка: git не знает, кто вы, поэтому не может сделать коммит")
            // git's own words, as git printed them.
            .and(predicate::str::contains("Please tell me who you are"))
            .and(predicate::str::contains(
                "git config --global user.name \"Имя Фамилия\" и git config --global user.email you@example.org",
            ))
            .and(predicate::str::contains("= примечание: ничего не записано")),
    );
    assert_eq!(s.state(), before);
    assert!(!s.work().join("archive").exists());
}

#[test]
fn an_english_session_gets_an_english_message_and_index() {
    let (s, _) = Sandbox::archived(INCLUSIVE);
    assert_eq!(
        s.last_message(),
        "Archive: Inclusive practice in supplementary education (8\u{a0}April\u{a0}2027)"
    );
    assert!(
        s.read("archive/README.md")
            .starts_with("# Co-working session archive")
    );
}

#[test]
fn a_message_and_a_folder_of_ones_own() {
    let (s, file) = Sandbox::with_session(NASTAVNICHESTVO);
    s.cowork()
        .args([
            "archive",
            &file,
            "--dir",
            "docs/arkhiv",
            "-m",
            "Наставничество: материалы",
        ])
        .assert()
        .success();
    assert_eq!(s.last_message(), "Наставничество: материалы");
    assert!(
        s.last_commit_paths()
            .iter()
            .all(|p| p.starts_with("docs/arkhiv/"))
    );
    assert!(
        s.work()
            .join("docs/arkhiv/2027/2027-02-11-nastavnichestvo-ot-adaptatsii-k-professionalnomu-rostu/agenda.html")
            .is_file()
    );
}

#[test]
fn wrong_usage_exits_2_and_empty_folders_exit_1() {
    let s = Sandbox::new();
    let file = s.session(IGROVYE);
    s.archive(&[&file, "--no-commit", "-m", "x"]).code(2);
    s.archive(&[]).code(2);
    std::fs::create_dir_all(s.work().join("empty")).unwrap();
    s.archive(&["empty", "--no-commit"])
        .code(1)
        .stderr(predicate::str::contains(
            "ошибка: в папке empty нет файлов коворкингов (*.toml)",
        ));
    assert!(!s.work().join("archive").exists());
}

#[test]
fn an_ignored_archive_folder_is_refused_before_writing() {
    let s = Sandbox::new();
    s.repo(false);
    s.write(".gitignore", "archive/\n");
    let file = s.session(IGROVYE);
    let before = s.state();
    s.archive(&[&file])
        .code(1)
        .stderr(predicate::str::contains(
            "ошибка: git игнорирует archive/2026/",
        ))
        .stderr(predicate::str::contains(
            "(.gitignore или .git/info/exclude), поэтому архив нельзя закоммитить; ничего не записано",
        ));
    assert_eq!(s.state(), before);
}

// ---------------------------------------------------------------------------------------------
// Issue 10: nothing a methodist writes is ever lost.

const IGRY_DIR: &str = "archive/2026/2026-12-03-igry";

impl Sandbox {
    /// A sandbox whose work/ is a clone of `origin`'s, made and then kept with `config`
    /// (`core.autocrlf=true`, ...), as a colleague's computer would have it.
    fn clone_of(origin: &Sandbox, config: &[(&str, &str)]) -> Self {
        let s = Sandbox::new();
        std::fs::remove_dir_all(s.work()).unwrap();
        let mut command = std::process::Command::new("git");
        origin.isolate(&mut command);
        command.current_dir(s.root.path());
        for (key, value) in config {
            command.args(["-c", &format!("{key}={value}")]);
        }
        let out = command
            .args(["clone", "-q"])
            .arg(origin.work())
            .arg(s.work())
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "clone: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        for (key, value) in config {
            s.git(&["config", key, value]);
        }
        s.git(&["config", "user.name", "Коллега Тестовая"]);
        s.git(&["config", "user.email", "kollega@example.org"]);
        s
    }

    /// A session file made from the Игровые технологии fixture with another theme.
    fn session_titled(&self, name: &str, title: &str) -> String {
        let rel = self.session(IGROVYE);
        let renamed = format!("sessions/{name}");
        std::fs::rename(self.work().join(&rel), self.work().join(&renamed)).unwrap();
        self.edit(
            &renamed,
            "title = \"Игровые технологии в работе с дошкольниками\"",
            &format!("title = \"{title}\""),
        );
        renamed
    }

    /// `git show --name-status` of the last commit, with rename detection, sorted.
    fn last_commit_changes(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .git(&["show", "-M", "--name-status", "--format=", "HEAD"])
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    }

    /// The session folders of the archive, `<year>/<folder>`.
    fn archive_folders(&self) -> Vec<String> {
        let mut out = Vec::new();
        let archive = self.work().join("archive");
        for year in std::fs::read_dir(&archive).unwrap() {
            let year = year.unwrap().path();
            if !year.is_dir() {
                continue;
            }
            for folder in std::fs::read_dir(&year).unwrap() {
                let path = folder.unwrap().path();
                out.push(
                    path.strip_prefix(&archive)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
        out.sort();
        out
    }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn a_clone_with_autocrlf_finds_an_unchanged_archive_up_to_date() {
    let origin = Sandbox::new();
    origin.repo(false);
    let file = origin.session(IGROVYE);
    origin.git(&["add", &file]);
    origin.git(&["commit", "-q", "-m", "Коворкинг"]);
    origin.archive(&[&file]).success();
    assert_eq!(
        origin.read("archive/.gitattributes").lines().last(),
        Some("* -text")
    );

    let clone = Sandbox::clone_of(&origin, &[("core.autocrlf", "true")]);
    assert!(
        clone.read(&file).contains("\r\n"),
        "the clone checks the session file out with CRLF, as Git for Windows does"
    );
    let before = clone.state();
    let commits = clone.commits();
    clone
        .cowork()
        .args(["archive", &file])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("без изменений")
                .and(predicate::str::contains("предупреждение").not())
                .and(predicate::str::contains("warning").not()),
        );
    assert_eq!(clone.state(), before);
    assert_eq!(clone.commits(), commits);
}

#[test]
fn text_auto_never_makes_an_up_to_date_archive_fail() {
    let origin = Sandbox::new();
    origin.repo(false);
    origin.write(".gitattributes", "* text=auto\n");
    let file = origin.session(IGROVYE);
    origin.git(&["add", ".gitattributes", &file]);
    origin.git(&["commit", "-q", "-m", "Коворкинг"]);
    origin.archive(&[&file]).success();
    // attendance.csv has CRLF rows: committed as written, not normalised.
    let csv = format!("{IGROVYE_DIR}/attendance.csv");
    let blob = origin.git_output(&["show", &format!("HEAD:{csv}")]).stdout;
    assert_eq!(blob, std::fs::read(origin.work().join(&csv)).unwrap());
    let before = origin.state();
    origin
        .cowork()
        .args(["archive", &file])
        .assert()
        .success()
        .stderr(predicate::str::contains("без изменений"));
    assert_eq!(origin.state(), before);

    // A colleague whose git writes CRLF (text=auto with eol=crlf, like Windows).
    let clone = Sandbox::clone_of(&origin, &[("core.eol", "crlf")]);
    let before = clone.state();
    let commits = clone.commits();
    clone
        .cowork()
        .args(["archive", &file])
        .assert()
        .success()
        .stderr(predicate::str::contains("без изменений"));
    assert_eq!(clone.state(), before);
    assert_eq!(clone.commits(), commits);
}

#[test]
fn titles_that_make_one_folder_name_keep_their_own_folders() {
    let s = Sandbox::new();
    s.repo(false);
    let games = s.session_titled("igry.toml", "Игры");
    let games_excl = s.session_titled("igry-excl.toml", "Игры!");
    s.archive(&[&games]).success();
    // «Игры!» is not archived yet, though a folder of its name exists: it is «Игры»'s.
    let list = s
        .cowork()
        .args(["list", "--format", "json"])
        .assert()
        .success();
    let list = String::from_utf8_lossy(&list.get_output().stdout).into_owned();
    assert_eq!(count(&list, "\"status\": \"archived\""), 1, "{list}");
    s.archive(&[&games_excl])
        .success()
        .stderr(predicate::str::contains(format!("{IGRY_DIR}-2/")));
    assert_eq!(
        s.archive_folders(),
        ["2026/2026-12-03-igry", "2026/2026-12-03-igry-2"]
    );
    assert_eq!(s.read(&format!("{IGRY_DIR}/session.toml")), s.read(&games));
    assert_eq!(
        s.read(&format!("{IGRY_DIR}-2/session.toml")),
        s.read(&games_excl)
    );
    assert!(
        s.read(&format!("{IGRY_DIR}/.session"))
            .contains("session = \"sessions/igry.toml\"")
    );
    // Each one archived again stays where it is; nothing changes.
    let before = s.state();
    for file in [&games, &games_excl] {
        s.archive(&[file])
            .success()
            .stderr(predicate::str::contains("без изменений"));
    }
    assert_eq!(s.state(), before);
    let index = s.read("archive/README.md");
    assert_eq!(count(&index, "«Игры»"), 1, "{index}");
    assert_eq!(count(&index, "«Игры!»"), 1, "{index}");
    // `list` finds each in its own folder: both archived.
    let list = s
        .cowork()
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let list = String::from_utf8_lossy(&list);
    assert_eq!(count(&list, "\"status\": \"archived\""), 2, "{list}");

    // Long themes that agree in their first 60 characters.
    let stem = "Игровые технологии в работе с дошкольниками: опыт детских садов города";
    let first = s.session_titled("long-1.toml", &format!("{stem}, часть первая"));
    let second = s.session_titled("long-2.toml", &format!("{stem}, часть вторая"));
    s.archive(&[&first]).success();
    s.archive(&[&second]).success();
    let folders = s.archive_folders();
    assert_eq!(folders.len(), 4, "{folders:?}");
    let long: Vec<&String> = folders.iter().filter(|f| !f.contains("-igry")).collect();
    assert_eq!(long.len(), 2);
    assert_eq!(format!("{}-2", long[0]), *long[1]);
    assert_eq!(
        s.read(&format!("archive/{}/session.toml", long[0])),
        s.read(&first)
    );
    assert_eq!(
        s.read(&format!("archive/{}/session.toml", long[1])),
        s.read(&second)
    );
}

#[test]
fn a_renamed_theme_moves_the_folder() {
    let s = Sandbox::new();
    s.repo(false);
    let file = s.session_titled("igry.toml", "Игры");
    s.archive(&[&file]).success();
    // Something of the methodist's own in the folder moves with it.
    s.write(&format!("{IGRY_DIR}/photo.jpg"), "JPEG");
    s.git(&["add", &format!("{IGRY_DIR}/photo.jpg")]);
    s.git(&["commit", "-q", "-m", "Фото"]);
    s.edit(&file, "title = \"Игры\"", "title = \"Игры и игрушки\"");
    let new_dir = "archive/2026/2026-12-03-igry-i-igrushki";
    s.archive(&[&file])
        .success()
        .stderr(predicate::str::contains(format!(
            "{new_dir}/: изменено 17 файлов (перенесено из {IGRY_DIR}/)\n"
        )));
    assert_eq!(s.archive_folders(), ["2026/2026-12-03-igry-i-igrushki"]);
    assert_eq!(s.read(&format!("{new_dir}/photo.jpg")), "JPEG");
    assert_eq!(s.read(&format!("{new_dir}/session.toml")), s.read(&file));
    let index = s.read("archive/README.md");
    assert_eq!(
        count(&index, "2026-12-03-igry"),
        count(&index, "2026-12-03-igry-i-igrushki")
    );
    assert_eq!(count(&index, "«Игры и игрушки»"), 1, "{index}");
    assert!(!index.contains("«Игры»"), "{index}");
    let changes = s.last_commit_changes();
    assert!(
        changes.iter().any(|l| l.starts_with('R')
            && l.ends_with(&format!("{IGRY_DIR}/photo.jpg\t{new_dir}/photo.jpg"))),
        "git sees the rename: {changes:?}"
    );
    assert!(
        s.git(&["ls-files", IGRY_DIR]).is_empty(),
        "nothing of the old folder is left in git"
    );
    assert!(
        s.git(&["status", "--porcelain", "--", "archive"])
            .is_empty()
    );

    // A new date moves it into the new year's folder; the old year goes when empty.
    s.edit(&file, "dates = [2026-12-03]", "dates = [2027-01-20]");
    s.archive(&[&file]).success();
    assert_eq!(s.archive_folders(), ["2027/2027-01-20-igry-i-igrushki"]);
    assert!(!s.work().join("archive/2026").exists());
}

#[test]
fn a_detached_head_is_refused_unless_allowed() {
    let (s, file) = Sandbox::with_session(IGROVYE);
    s.git(&["checkout", "-q", "--detach"]);
    let before = s.state();
    s.archive(&[&file]).code(1).stderr(
        predicate::str::contains("ошибка: HEAD отсоединён (не выбрана ни одна ветка)")
            .and(predicate::str::contains("git switch ВЕТКА"))
            .and(predicate::str::contains("добавьте --allow-detached"))
            .and(predicate::str::contains("ничего не записано")),
    );
    assert_eq!(s.state(), before);
    assert_eq!(s.commits(), 1);
    // --no-commit does not care.
    s.archive(&[&file, "--no-commit", "--dir", "elsewhere"])
        .success();
    s.archive(&[&file, "--allow-detached"])
        .success()
        .stderr(predicate::str::contains("закоммичено"));
    assert_eq!(s.commits(), 2);
    s.archive(&[&file, "--allow-detached", "--no-commit"])
        .code(2);
}

#[test]
fn a_stale_index_lock_is_named_and_nothing_changes() {
    let (s, file) = Sandbox::archived(IGROVYE);
    s.edit(&file, "duration = 30", "duration = 40");
    std::fs::write(s.work().join(".git/index.lock"), "").unwrap();
    let before = s.state();
    s.archive(&[&file]).code(1).stderr(
        predicate::str::contains("ошибка: индекс git заблокирован: существует ")
            .and(predicate::str::contains(".git/index.lock\n"))
            .and(predicate::str::contains("если git не запущен, удалите "))
            .and(predicate::str::contains(
                "= примечание: ничего не записано\n",
            ))
            .and(predicate::str::contains("не удалось вернуть").not()),
    );
    assert_eq!(s.state(), before);
    std::fs::remove_file(s.work().join(".git/index.lock")).unwrap();
    s.archive(&[&file]).success();
}

#[test]
fn a_write_failing_mid_run_leaves_the_tree_and_the_index_as_they_were() {
    let s = Sandbox::new();
    s.repo(false);
    let first = s.session(IGROVYE);
    let second = s.session(NASTAVNICHESTVO);
    s.archive(&[&first]).success();
    s.edit(&first, "duration = 30", "duration = 40");
    // The second session's year is a file: its folder cannot be made, after the first
    // session's documents were written.
    s.write("archive/2027", "not a folder");
    s.write("notes.txt", "Заметки методиста\nещё строка\n");
    s.git(&["add", "notes.txt"]);
    let before = s.state();
    s.archive(&[&first, &second]).code(1).stderr(
        predicate::str::contains("ошибка: не удалось создать папку archive/2027/")
            .and(predicate::str::contains(
                "= подсказка: уберите этот файл из папки архива",
            ))
            .and(predicate::str::contains(
                "= примечание: ничего не записано: архив не изменился",
            ))
            .and(predicate::str::contains("не удалось вернуть").not()),
    );
    assert_eq!(s.state(), before);
}

/// Says loudly that a test did not run: straight to stderr, past the test harness's capture.
#[cfg(unix)]
fn skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "\n*** SKIPPED: {why} ***\n");
}

/// A tmpfs mounted on `path` for as long as it lives.
#[cfg(unix)]
struct Mount(PathBuf);

#[cfg(unix)]
impl Mount {
    fn tmpfs(path: &Path, options: &str) -> Option<Self> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            skipped("the full-disk test needs root to mount a tmpfs");
            return None;
        }
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(path)
            .output();
        match out {
            Ok(out) if out.status.success() => Some(Self(path.to_path_buf())),
            Ok(out) => {
                skipped(&format!(
                    "the full-disk test cannot mount a tmpfs: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ));
                None
            }
            Err(e) => {
                skipped(&format!("the full-disk test cannot run mount: {e}"));
                None
            }
        }
    }
}

#[cfg(unix)]
impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_named_and_nothing_is_left() {
    // Each way of filling the disk in one of the languages.
    for (options, language) in [("size=12k", "ru"), ("nr_inodes=5", "en")] {
        let (s, file) = Sandbox::with_session(IGROVYE);
        std::fs::create_dir(s.work().join("archive")).unwrap();
        let Some(_mount) = Mount::tmpfs(&s.work().join("archive"), options) else {
            return;
        };
        let before = s.state();
        s.cowork()
            // git looks for the repository from the archive folder, across the mount.
            .env("GIT_DISCOVERY_ACROSS_FILESYSTEM", "1")
            .env("COWORK_LANG", language)
            .args(["archive", &file])
            .assert()
            .code(1)
            .stderr(if language == "ru" {
                predicate::str::contains("ошибка: не удалось ")
                    .and(predicate::str::contains(
                        "= подсказка: освободите место на диске с архивом",
                    ))
                    .and(predicate::str::contains(
                        "= примечание: ничего не записано: архив не изменился",
                    ))
                    .and(predicate::str::contains("check that the folder exists").not())
                    .boxed()
            } else {
                predicate::str::contains("error: cannot ")
                    .and(predicate::str::contains("the disk is full"))
                    .and(predicate::str::contains(
                        "= help: free some space on the disk that holds the archive",
                    ))
                    .and(predicate::str::contains(
                        "= note: nothing was written: the archive is as it was",
                    ))
                    .and(predicate::str::contains("check that the folder exists").not())
                    .boxed()
            });
        assert_eq!(s.state(), before, "{options}");
        assert!(
            std::fs::read_dir(s.work().join("archive"))
                .unwrap()
                .next()
                .is_none()
        );
    }
}

#[test]
fn a_refusing_hook_on_a_move_puts_the_old_folder_back() {
    let s = Sandbox::new();
    s.repo(false);
    let file = s.session_titled("igry.toml", "Игры");
    s.archive(&[&file]).success();
    s.edit(&file, "dates = [2026-12-03]", "dates = [2027-01-20]");
    s.hook("pre-commit", "#!/bin/sh\necho 'not today' >&2\nexit 1\n");
    let before = s.state();
    s.archive(&[&file]).code(1).stderr(
        predicate::str::contains("not today")
            .and(predicate::str::contains(
                "ничего не изменилось: файлы архива и индекс git остались как были",
            ))
            .and(predicate::str::contains("не удалось вернуть").not()),
    );
    assert_eq!(s.state(), before);
    assert_eq!(s.archive_folders(), ["2026/2026-12-03-igry"]);
}

#[test]
fn a_renamed_session_file_keeps_its_folder() {
    let s = Sandbox::new();
    s.repo(false);
    let file = s.session_titled("igry.toml", "Игры");
    s.git(&["add", &file]);
    s.git(&["commit", "-q", "-m", "Коворкинг"]);
    s.archive(&[&file]).success();
    s.git(&["mv", &file, "sessions/2026-12-03-igry.toml"]);
    s.git(&["commit", "-q", "-m", "Новое имя файла"]);
    s.archive(&["sessions/2026-12-03-igry.toml"]).success();
    assert_eq!(s.archive_folders(), ["2026/2026-12-03-igry"]);
    assert_eq!(
        s.last_commit_paths(),
        [format!("{IGRY_DIR}/.session")],
        "only the folder's owner changed"
    );
    assert!(
        s.read(&format!("{IGRY_DIR}/.session"))
            .contains("sessions/2026-12-03-igry.toml")
    );
}

#[test]
fn an_archive_made_before_folders_named_their_session_is_taken_over() {
    let s = Sandbox::new();
    s.repo(false);
    let games = s.session_titled("igry.toml", "Игры");
    s.archive(&[&games]).success();
    // As an older cowork left it: no .session, no .gitattributes.
    s.git(&[
        "rm",
        "-q",
        &format!("{IGRY_DIR}/.session"),
        "archive/.gitattributes",
    ]);
    s.git(&["commit", "-q", "-m", "Старый архив"]);
    let games_excl = s.session_titled("igry-excl.toml", "Игры!");
    s.archive(&[&games_excl]).success();
    s.archive(&[&games]).success();
    assert_eq!(
        s.archive_folders(),
        ["2026/2026-12-03-igry", "2026/2026-12-03-igry-2"],
        "«Игры!» is not «Игры»: it does not take the old folder"
    );
    assert_eq!(s.read(&format!("{IGRY_DIR}/session.toml")), s.read(&games));
    assert!(
        s.read(&format!("{IGRY_DIR}/.session"))
            .contains("sessions/igry.toml")
    );
    assert_eq!(
        s.read(&format!("{IGRY_DIR}-2/session.toml")),
        s.read(&games_excl)
    );
}

// ---------------------------------------------------------------------------------------------
// Issue 12: Russian by default (above), English when asked.

#[test]
fn in_english_when_asked() {
    let (s, file) = Sandbox::with_session(IGROVYE);
    s.archive_in_english(&[&file])
        .success()
        .stderr(predicate::str::contains(format!(
            "{IGROVYE_DIR}/: 16 files changed\ncommitted "
        )))
        .stderr(predicate::str::contains(
            " “Архив: Игровые технологии в работе с дошкольниками (3\u{a0}декабря\u{a0}2026\u{a0}г.)”: 18 files\n",
        ));
    s.cowork()
        .args(["--lang", "en", "archive", &file])
        .assert()
        .success()
        .stderr(format!(
            "{IGROVYE_DIR}/: up to date\nnothing changed: archive is up to date; no commit made\n"
        ));
    s.edit(&file, "duration = 30", "duration = 40");
    s.archive_in_english(&[&file, "--no-commit", "--dir", "elsewhere"])
        .success()
        .stderr(predicate::str::contains(
            "wrote 18 files into elsewhere (git not touched: --no-commit)",
        ));
    s.archive_in_english(&[&file, "--no-commit", "--dir", "elsewhere"])
        .success()
        .stderr(predicate::str::contains(
            "nothing changed: elsewhere is up to date (git not touched)",
        ));

    s.hook("pre-commit", "#!/bin/sh\necho 'lint failed' >&2\nexit 1\n");
    let before = s.state();
    s.archive_in_english(&[&file])
        .code(1)
        .stderr(predicate::str::contains(
            "error: git commit failed, exit status 1:\n    lint failed\n  = help: git refused the commit — usually a hook",
        ))
        .stderr(predicate::str::contains(
            "  = note: nothing was changed: the archive files and the git index are as they were",
        ));
    assert_eq!(s.state(), before);

    s.git(&["checkout", "-q", "--detach"]);
    s.archive_in_english(&[&file])
        .code(1)
        .stderr(predicate::str::contains(
            "error: HEAD is detached (no branch is checked out)",
        ))
        .stderr(predicate::str::contains(
            "= help: check out a branch first (git switch BRANCH",
        ));
}

#[test]
fn in_english_an_invalid_session_and_a_missing_identity() {
    let s = Sandbox::new();
    s.git(&["init", "-q"]);
    s.git(&["config", "user.useConfigOnly", "true"]);
    let good = s.session(IGROVYE);
    let bad = s.session("invalid.toml");
    let other = s.session(NASTAVNICHESTVO);
    s.archive_in_english(&[&good, &bad, &other])
        .code(1)
        .stderr(predicate::str::contains("unknown zone"))
        .stderr(predicate::str::contains(
            "error: 1 of 3 session files have problems; nothing was archived\n  \
             = help: fix them (`cowork check` lists every problem) and run cowork archive again",
        ));
    s.archive_in_english(&[&good])
        .code(1)
        .stderr(predicate::str::contains(
            "error: git does not know who you are, so it cannot commit",
        ))
        .stderr(predicate::str::contains(
            "git config --global user.name \"Your Name\"",
        ))
        .stderr(predicate::str::contains("= note: nothing was written"));
    std::fs::create_dir_all(s.work().join("empty")).unwrap();
    s.archive_in_english(&["empty", "--no-commit"])
        .code(1)
        .stderr(predicate::str::contains(
            "error: the folder empty holds no session files (*.toml)",
        ));
    assert!(!s.work().join("archive").exists());
}

#[test]
fn counts_of_files_take_the_russian_plural() {
    let (s, file) = Sandbox::archived(IGROVYE);
    // One document changes: «изменён 1 файл», «1 файл».
    s.edit(
        &file,
        "title = \"Плюсы и минусы\"",
        "title = \"Плюсы и минусы\" ",
    );
    s.archive(&[&file])
        .success()
        .stderr(predicate::str::contains(format!(
            "{IGROVYE_DIR}/: изменён 1 файл\nзакоммичено "
        )))
        .stderr(predicate::str::ends_with("»: 1 файл\n"));
    // Ten: «изменено 10 файлов», «10 файлов» (the other forms: the unit test in cli/archive.rs).
    s.edit(&file, "duration = 30", "duration = 35");
    let out = s.archive(&[&file]).success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("изменено 10 файлов\n") && stderr.ends_with("»: 10 файлов\n"),
        "{stderr}"
    );
}

#[test]
fn an_unreadable_copy_in_the_archive_is_a_warning_in_either_language() {
    let s = Sandbox::new();
    let file = s.session(IGROVYE);
    let copy = "archive/2025/2025-01-01-old/session.toml";
    s.write(copy, "[session\n");
    s.archive(&[&file, "--no-commit"])
        .success()
        .stderr(predicate::str::contains(format!(
            "предупреждение: {copy} не удаётся прочитать как файл коворкинга; \
             в оглавлении архива он указан по имени своей папки\n"
        )));
    s.archive_in_english(&[&file, "--no-commit"])
        .success()
        .stderr(predicate::str::contains(format!(
            "warning: {copy} cannot be read as a session file; \
             the archive index lists it by its folder name\n"
        )));
    assert!(s.read("archive/README.md").contains("2025-01-01-old"));
}

// Issue 13: a printable copy of every document, certificates once attendance is recorded,
// and the report without names.

#[test]
fn certificates_are_archived_once_attendance_is_recorded() {
    let (s, file) = Sandbox::archived(IGROVYE);
    assert!(
        !s.work()
            .join(IGROVYE_DIR)
            .join("certificates.html")
            .exists()
    );
    assert!(!s.read("archive/README.md").contains("certificates.html"));
    // Both came on the day: the archive now keeps their certificates and links them.
    let text = s.read(&file) + "\n[[attendance]]\nday = 1\npresent = [\"ivanova\", \"petrova\"]\n";
    s.write(&file, &text);
    s.archive(&[&file])
        .success()
        .stderr(predicate::str::contains("изменено 10 файлов"));
    let certificates = s.read(&format!("{IGROVYE_DIR}/certificates.html"));
    assert_eq!(
        certificates
            .matches("<section class=\"certificate ")
            .count(),
        4
    );
    assert!(certificates.contains("Иванова Анна Петровна"));
    assert!(certificates.contains("Петрова Наталья Викторовна"));
    let index = s.read("archive/README.md");
    assert!(
        index.contains("Сертификаты: [html](2026/2026-12-03-igrovye-tekhnologii-v-rabote-s-doshkolnikami/certificates.html)"),
        "{index}"
    );
}

#[test]
fn the_anonymized_report_and_the_printable_sheets_are_archived() {
    let (s, _) = Sandbox::archived(IGROVYE);
    let named = s.read(&format!("{IGROVYE_DIR}/report.md"));
    assert!(named.contains("Иванова"), "{named}");
    for anonymized in ["report-anonymized.md", "report-anonymized.html"] {
        let text = s.read(&format!("{IGROVYE_DIR}/{anonymized}"));
        assert!(
            !text.contains("Иванова") && !text.contains("Петрова"),
            "{text}"
        );
        assert!(text.contains("Игровые технологии в работе с дошкольниками"));
    }
    let sheets = s.read(&format!("{IGROVYE_DIR}/attendance.html"));
    assert!(sheets.starts_with("<!DOCTYPE html>") && sheets.contains("Петрова Наталья Викторовна"));
    let summary = s.read(&format!("{IGROVYE_DIR}/summary.html"));
    assert!(summary.starts_with("<!DOCTYPE html>"));
}

/// The archive keeps the report without names too, for posting online (issue 13).
#[test]
fn the_archive_keeps_the_anonymized_report() {
    let s = Sandbox::new();
    let file = s.session(IGROVYE);
    s.archive(&[&file, "--no-commit"]).success();
    let named = s.read(&format!("{IGROVYE_DIR}/report.md"));
    let anonymized = s.read(&format!("{IGROVYE_DIR}/report-anonymized.md"));
    assert!(named.contains("Иванова"), "{named}");
    assert!(anonymized.contains("Справка обезличена"), "{anonymized}");
    for surname in ["Иванов", "Петров"] {
        assert!(!anonymized.contains(surname), "{surname}\n{anonymized}");
    }
}

/// Each session's status in `cowork list --format json`, by file name, on `today`.
fn statuses(s: &Sandbox, today: &str) -> Vec<(String, String)> {
    let out = s
        .cowork()
        .env("COWORK_TODAY", today)
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let statuses: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let file = r["file"].as_str().unwrap();
            let name = file.rsplit(['/', '\\']).next().unwrap();
            (name.to_string(), r["status"].as_str().unwrap().to_string())
        })
        .collect();
    // The table says the same in words, on the row of each file.
    let table = s
        .cowork()
        .env("COWORK_TODAY", today)
        .arg("list")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(table).unwrap();
    for (name, status) in &statuses {
        let word = match status.as_str() {
            "planned" => "┆ запланирован ",
            "held" => "┆ проведён ",
            "archived" => "┆ в архиве ",
            "stale" => "┆ архив устарел ",
            other => panic!("status {other}"),
        };
        let row = table.lines().find(|l| l.contains(name.as_str())).unwrap();
        assert!(row.contains(word), "{name}: {status} in {row}");
    }
    statuses
}

#[test]
fn list_tells_planned_held_archived_and_out_of_date_sessions_apart() {
    // 10 January 2027: «Игровые технологии» (3 December) is held, «Наставничество»
    // (11 February) still ahead.
    const TODAY: &str = "2027-01-10";
    let s = Sandbox::new();
    s.repo(false);
    let held = s.session(IGROVYE);
    s.session(NASTAVNICHESTVO);
    let row = |file: &str, status: &str| (file.to_string(), status.to_string());
    assert_eq!(
        statuses(&s, TODAY),
        [row(IGROVYE, "held"), row(NASTAVNICHESTVO, "planned")]
    );

    // The folder: the held session is archived, the one ahead left out, and said so.
    s.archive_on(TODAY, &["sessions"])
        .success()
        .stderr(predicate::str::contains(
            "sessions/nastavnichestvo.toml пропущен: коворкинг ещё не проведён \
             (первый день — 11\u{a0}февраля\u{a0}2027\u{a0}г.); \
             чтобы заархивировать его план заранее, добавьте --planned\n",
        ));
    assert_eq!(
        s.archive_folders(),
        ["2026/2026-12-03-igrovye-tekhnologii-v-rabote-s-doshkolnikami"]
    );
    assert_eq!(
        statuses(&s, TODAY),
        [row(IGROVYE, "archived"), row(NASTAVNICHESTVO, "planned")]
    );

    // Changed after archiving: the archive is out of date until archived again.
    s.edit(
        &held,
        "[[participants]]",
        "# Добавлено после архива\n[[participants]]",
    );
    assert_eq!(statuses(&s, TODAY)[0], row(IGROVYE, "stale"));
    let table = s
        .cowork()
        .env("COWORK_TODAY", TODAY)
        .arg("list")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(table).unwrap();
    assert!(table.contains("архив устарел"), "{table}");
    assert!(table.contains("запланирован"), "{table}");
    // Line ends alone are no change: git may check the file out with CRLF.
    s.archive_on(TODAY, &[&held]).success();
    let crlf = s.read(&held).replace('\n', "\r\n");
    s.write(&held, &crlf);
    assert_eq!(statuses(&s, TODAY)[0], row(IGROVYE, "archived"));

    // With --planned the session ahead is archived too, and still listed as planned: a
    // session ahead is never «в архиве».
    s.archive_on(TODAY, &["--planned", "sessions"])
        .success()
        .stderr(predicate::str::contains("пропущен").not());
    assert_eq!(s.archive_folders().len(), 2);
    assert_eq!(
        statuses(&s, TODAY),
        [row(IGROVYE, "archived"), row(NASTAVNICHESTVO, "planned")]
    );
    // Once its day has come, it is archived like the other.
    assert_eq!(
        statuses(&s, "2027-02-11"),
        [row(IGROVYE, "archived"), row(NASTAVNICHESTVO, "archived")]
    );
}

#[test]
fn a_folder_of_sessions_all_ahead_archives_nothing_without_planned() {
    let s = Sandbox::new();
    s.repo(false);
    s.session(NASTAVNICHESTVO);
    s.session(INCLUSIVE);
    let before = s.state();
    s.archive_on("2026-12-01", &["sessions"])
        .code(1)
        .stderr(predicate::str::contains(
            "ошибка: ни один из 2 коворкингов ещё не проведён; ничего не заархивировано\n\
             \x20 = подсказка: добавьте --planned",
        ));
    assert_eq!(s.state(), before);
    s.cowork()
        .env("COWORK_TODAY", "2026-12-01")
        .env("COWORK_LANG", "en")
        .args(["archive", "sessions"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "error: all 2 sessions are still ahead; nothing archived\n",
        ));
    assert_eq!(s.state(), before);
    // Named on the command line, a session ahead is left out all the same.
    s.archive_on("2026-12-01", &["sessions/inclusive-practice.toml"])
        .code(1)
        .stderr(predicate::str::contains(
            "ошибка: коворкинг ещё не проведён; ничего не заархивировано",
        ));
    assert_eq!(s.state(), before);
    s.archive_on("2026-12-01", &["--planned", "sessions"])
        .success();
    assert_eq!(s.archive_folders().len(), 2);
    assert_eq!(s.commits(), 2);
}
