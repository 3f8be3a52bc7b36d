//! The session files a command line names: files as given, folders as their session files,
//! and `*`/`?` patterns expanded here (cmd and PowerShell pass `sessions/*.toml` as it is).
//! `cowork.toml` is never taken for a session. One set of rules for every command.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
/// The workspace settings file (`workspace::Config` reads it).
const FILE_NAME: &str = "cowork.toml";

/// Whether a path is `cowork.toml`, the workspace settings (any case: Windows).
pub fn is_config(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.eq_ignore_ascii_case(FILE_NAME))
}

/// Whether a file found in a folder or by a pattern is a session file: `*.toml` but
/// `cowork.toml`, and not a folder.
fn is_session_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        && !is_config(path)
        && path.is_file()
}

/// Whether an argument is a pattern to expand rather than a name.
fn is_pattern(arg: &Path) -> bool {
    arg.to_str().is_some_and(|s| s.contains(['*', '?', '['])) && !arg.exists()
}

fn shown(path: &Path) -> String {
    crate::render::terminal_text::inline(&path.display().to_string()).into_owned()
}

/// The session files of a folder, sorted.
fn folder(dir: &Path) -> Result<Vec<PathBuf>> {
    let read = std::fs::read_dir(dir).map_err(|e| {
        Error::input(
            crate::tr!(
                "ref-unreadable-folder",
                folder = shown(dir),
                reason = crate::io_failure::cause(&e).reason
            ),
            None,
        )
    })?;
    let mut found: Vec<PathBuf> = read
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| is_session_file(p))
        .collect();
    if found.is_empty() {
        return Err(Error::input(
            crate::tr!("ref-empty-folder", folder = shown(dir)),
            Some(&crate::tr!("ref-empty-folder-hint")),
        ));
    }
    found.sort();
    Ok(found)
}

/// The session files a pattern matches, sorted.
fn pattern(arg: &Path) -> Result<Vec<PathBuf>> {
    let text = arg.to_string_lossy();
    let options = glob::MatchOptions {
        // Windows file names ignore case, and so does a methodist typing them.
        case_sensitive: cfg!(not(windows)),
        require_literal_separator: true,
        require_literal_leading_dot: true,
    };
    let paths = glob::glob_with(&text, options).map_err(|e| {
        usage(
            crate::tr!("ref-bad-pattern", pattern = shown(arg), reason = e.msg),
            crate::tr!("ref-bad-pattern-hint"),
        )
    })?;
    let mut found: Vec<PathBuf> = paths
        .filter_map(|p| p.ok())
        .filter(|p| is_session_file(p))
        .collect();
    if found.is_empty() {
        return Err(Error::input(
            crate::tr!("ref-no-match", pattern = shown(arg)),
            Some(&crate::tr!("ref-no-match-hint")),
        ));
    }
    found.sort();
    Ok(found)
}

fn usage(message: String, hint: String) -> Error {
    Error::Usage {
        message,
        hint: Some(hint),
    }
}

fn config_not_session(path: &Path) -> Error {
    Error::input(
        crate::tr!("ref-config-not-session", path = shown(path)),
        Some(&crate::tr!("ref-config-not-session-hint")),
    )
}

/// The session files that the arguments of a command taking several name, in order, each
/// once: a file as given (a missing one too, so that reading it says why), a folder as its
/// `*.toml` files, a pattern as the files it matches. `cowork.toml` is left out (the
/// shell's `*.toml` names it too); only if nothing else is left is it an error.
pub fn expand(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut config = None;
    for arg in args {
        let found = if arg.is_dir() {
            folder(arg)?
        } else if is_pattern(arg) {
            pattern(arg)?
        } else if is_config(arg) {
            config = Some(arg);
            continue;
        } else {
            vec![arg.clone()]
        };
        for path in found {
            let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if seen.insert(key) {
                out.push(path);
            }
        }
    }
    match config {
        Some(config) if out.is_empty() => Err(config_not_session(config)),
        _ => Ok(out),
    }
}

/// The one session file the argument of a command taking one names: a file as given, or
/// the only session file of a folder or of a pattern's matches.
pub fn expand_one(arg: &Path) -> Result<PathBuf> {
    if !arg.is_dir() && !is_pattern(arg) {
        if is_config(arg) {
            return Err(config_not_session(arg));
        }
        return Ok(arg.to_path_buf());
    }
    let found = expand(std::slice::from_ref(&arg.to_path_buf()))?;
    match found.as_slice() {
        [one] => Ok(one.clone()),
        many => {
            const SHOWN: usize = 5;
            let mut files: Vec<String> = many.iter().take(SHOWN).map(|p| shown(p)).collect();
            if many.len() > SHOWN {
                files.push("…".to_string());
            }
            Err(usage(
                crate::tr!(
                    "ref-one-file-expected",
                    argument = shown(arg),
                    count = many.len(),
                    files = files.join(", ")
                ),
                crate::tr!(
                    "ref-one-file-expected-hint",
                    first = many.first().map(|p| shown(p)).unwrap_or_default()
                ),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_patterns_and_cowork_toml() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        for name in ["b.toml", "a.toml", "cowork.toml", "notes.txt"] {
            std::fs::write(dir.path().join(name), "").expect("writable");
        }
        let names = |paths: Vec<PathBuf>| -> Vec<String> {
            paths
                .iter()
                .map(|p| {
                    p.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned()
                })
                .collect()
        };
        let from_folder = expand(&[dir.path().to_path_buf()]).expect("a folder of sessions");
        assert_eq!(names(from_folder), ["a.toml", "b.toml"]);
        let from_pattern = expand(&[dir.path().join("*.toml")]).expect("a pattern");
        assert_eq!(names(from_pattern), ["a.toml", "b.toml"]);
        let shell = expand(&[dir.path().join("a.toml"), dir.path().join("cowork.toml")])
            .expect("the shell's expansion");
        assert_eq!(names(shell), ["a.toml"]);
        assert!(expand(&[dir.path().join("cowork.toml")]).is_err());
        assert!(expand(&[dir.path().join("*.csv")]).is_err());
        let one = expand_one(&dir.path().join("a*.toml")).expect("one match");
        assert_eq!(one, dir.path().join("a.toml"));
        assert_eq!(
            expand_one(dir.path()).map_err(|e| e.exit_code()).err(),
            Some(2)
        );
    }
}
