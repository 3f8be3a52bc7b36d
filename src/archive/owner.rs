//! Which session an archive folder belongs to: the `.session` file in it names the session
//! file by its path from the repository root, so a new theme or date moves the folder and
//! another session with the same folder name gets a folder of its own.

use std::path::{Component, Path};

use serde::{Deserialize, Serialize};

/// The file in every session folder that names its session.
pub const OWNER_FILE: &str = ".session";

#[derive(Serialize, Deserialize)]
struct Manifest {
    session: String,
}

/// The `.session` file naming `identity`.
pub fn render(identity: &str) -> Vec<u8> {
    let body = toml::to_string(&Manifest {
        session: identity.to_string(),
    })
    .unwrap_or_else(|_| format!("session = {identity:?}\n"));
    format!(
        "# Written by cowork archive: this folder holds the documents of the session file below\n\
         # (its path from the repository root). Do not edit; cowork keeps it up to date.\n{body}"
    )
    .into_bytes()
}

/// The identity a `.session` file names, or `None` when it does not read as one.
pub fn parse(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    let manifest: Manifest = toml::from_str(text).ok()?;
    let identity = manifest.session.trim().to_string();
    (!identity.is_empty()).then_some(identity)
}

/// A session file's identity: its path from `base` (the repository's root, else the
/// workspace root), with `/`; the absolute path when it lies outside `base`. Both are
/// resolved first, so `./sessions/a.toml` and `sessions/a.toml` are the same session.
pub fn identity(file: &Path, base: &Path) -> String {
    let resolve = |p: &Path| {
        std::fs::canonicalize(p)
            .or_else(|_| std::path::absolute(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let file = resolve(file);
    let base = resolve(base);
    match file.strip_prefix(&base) {
        Ok(rel) => with_slashes(rel),
        Err(_) => with_slashes(&file),
    }
}

fn with_slashes(path: &Path) -> String {
    let mut parts = Vec::new();
    let mut absolute = String::new();
    for component in path.components() {
        match component {
            Component::Prefix(p) => absolute.push_str(&p.as_os_str().to_string_lossy()),
            Component::RootDir => absolute.push('/'),
            Component::CurDir => {}
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    format!("{absolute}{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back() {
        let bytes = render("sessions/игры \"1\".toml");
        assert_eq!(parse(&bytes).as_deref(), Some("sessions/игры \"1\".toml"));
        assert_eq!(parse(b"nonsense"), None);
        assert_eq!(parse(b"session = \"  \""), None);
    }

    #[test]
    fn identity_is_relative_with_slashes() {
        let tmp = tempfile::tempdir().expect("test input is valid");
        let file = tmp.path().join("sessions/a.toml");
        std::fs::create_dir_all(file.parent().expect("has a parent")).expect("test input is valid");
        std::fs::write(&file, "").expect("test input is valid");
        assert_eq!(identity(&file, tmp.path()), "sessions/a.toml");
        let elsewhere = tempfile::tempdir().expect("test input is valid");
        assert!(identity(&file, elsewhere.path()).ends_with("/sessions/a.toml"));
    }
}
