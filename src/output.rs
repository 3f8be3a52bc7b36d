//! Write: rendered documents go to stdout or, atomically, to a file.

use std::io::Write;
use std::path::Path;

use crate::error::{Failure, Result};

/// Writes `content` to `path` through a temporary file in the same directory and a rename,
/// so a reader never sees half a file and a failure leaves the old file as it was.
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| {
        Failure::input(
            format!("cannot write {}: {e}", path.display()),
            Some("check that the folder exists and you may write there"),
        )
    };
    let tmp = temp_beside(path, content).map_err(fail)?;
    // Keep the permissions of a file we replace.
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Writes a new file through a temporary file and a rename that refuses to replace anything:
/// if `path` appeared meanwhile, it is left alone and this is an error.
pub fn write_new(path: &Path, content: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| {
        let hint = (e.kind() == std::io::ErrorKind::AlreadyExists)
            .then_some("cowork never overwrites it; delete or rename the old file first");
        Failure::input(format!("cannot write {}: {e}", path.display()), hint)
    };
    let tmp = temp_beside(path, content).map_err(fail)?;
    tmp.persist_noclobber(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// A temporary file holding `content`, synced, in the folder of `path` (so the rename that
/// follows stays on one file system). It is created with the permissions of any new file
/// (0666 less the umask), not tempfile's private 0600: documents are meant to be shared.
fn temp_beside(path: &Path, content: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cowork-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(content)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Sends a document to `path` if given, else to stdout. A closed pipe (`| head`) is not an error.
pub fn emit(content: &str, path: Option<&Path>) -> Result<()> {
    match path {
        Some(path) => write_atomic(path, content.as_bytes()),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(content.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Failure::input(format!("cannot write to stdout: {e}"), None)),
            }
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("test input is valid")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn written_files_get_the_permissions_of_any_new_file() {
        let dir = tempfile::tempdir().expect("test input is valid");
        let plain = dir.path().join("plain");
        std::fs::write(&plain, b"").expect("test input is valid");
        let atomic = dir.path().join("plan.md");
        write_atomic(&atomic, b"plan").expect("test input is valid");
        let new = dir.path().join("new.toml");
        write_new(&new, b"x").expect("test input is valid");
        // 0666 less the umask, as for `plain`: not a temporary file's private 0600.
        assert_eq!(mode(&atomic), mode(&plain));
        assert_eq!(mode(&new), mode(&plain));
    }

    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        let dir = tempfile::tempdir().expect("test input is valid");
        let path = dir.path().join("s.toml");
        std::fs::write(&path, b"old").expect("test input is valid");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640))
            .expect("test input is valid");
        write_atomic(&path, b"new").expect("test input is valid");
        assert_eq!(mode(&path), 0o640);
    }
}
