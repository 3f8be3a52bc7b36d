//! Write: rendered documents go to stdout or, atomically, to a file.

use std::io::Write;
use std::path::Path;

use crate::error::{Failure, Result};

/// Writes `content` to `path` through a temporary file in the same directory and a rename,
/// so a reader never sees half a file and a failure leaves the old file as it was.
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |e: std::io::Error| {
        Failure::input(
            format!("cannot write {}: {e}", path.display()),
            Some("check that the folder exists and you may write there"),
        )
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".cowork-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(content).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
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
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |e: std::io::Error| {
        let hint = (e.kind() == std::io::ErrorKind::AlreadyExists)
            .then_some("cowork never overwrites it; delete or rename the old file first");
        Failure::input(format!("cannot write {}: {e}", path.display()), hint)
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".cowork-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(content).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist_noclobber(path).map_err(|e| fail(e.error))?;
    Ok(())
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
