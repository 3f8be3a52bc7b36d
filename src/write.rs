//! Write: rendered documents go to stdout or, atomically, to a file — never over an input.
//!
//! Every write goes through a temporary file in the target's folder and a rename, so a reader
//! never sees half a file and a failure leaves the old file as it was. What the rename would
//! get wrong is handled first: a symbolic link is written through (the link stays, its target
//! changes), a FIFO or a device (`/dev/stdout`) is written to directly, the owner and the
//! permissions of a replaced file are kept.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::io_failure;

/// Writes `content` to `path`, replacing what is there (see the module comment).
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    let target = resolve_links(path);
    if let Some(meta) = fs::metadata(&target).ok().filter(|m| !m.is_file()) {
        if meta.is_dir() {
            return Err(Error::input(
                crate::tr!("edit-write-folder", path = path.display().to_string()),
                Some(&crate::tr!("edit-write-folder-hint")),
            ));
        }
        return write_directly(path, &target, content);
    }
    let tmp = temp_beside(&target, content)
        .map_err(|e| io_failure::failure(crate::io_failure::Action::Write, path, &e))?;
    if let Ok(meta) = fs::metadata(&target) {
        keep_owner_and_mode(tmp.as_file(), &meta)
            .map_err(|e| io_failure::failure(crate::io_failure::Action::KeepOwner, path, &e))?;
    }
    tmp.persist(&target)
        .map_err(|e| io_failure::failure(crate::io_failure::Action::Write, path, &e.error))?;
    sync_folder(&target);
    Ok(())
}

/// Writes a new file: if `path` exists (or appears meanwhile) it is left alone and this is
/// an error.
pub fn write_new(path: &Path, content: &[u8]) -> Result<()> {
    let tmp = temp_beside(path, content)
        .map_err(|e| io_failure::failure(crate::io_failure::Action::Write, path, &e))?;
    persist_new(tmp, path)
}

fn persist_new(tmp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
    match tmp.persist_noclobber(path) {
        Ok(_) => {
            sync_folder(path);
            Ok(())
        }
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::input(
            crate::tr!("edit-exists", path = path.display().to_string()),
            Some(&crate::tr!("edit-exists-hint")),
        )),
        Err(e) => Err(io_failure::failure(
            crate::io_failure::Action::Write,
            path,
            &e.error,
        )),
    }
}

/// The file a path finally names: a symbolic link (or a chain of them) is followed, also when
/// its target does not exist yet, so writing replaces the target and keeps the link.
pub fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    // A loop of links is not followed forever; the write then fails on the link itself.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => match fs::read_link(&current) {
                Ok(next) => {
                    current = match current.parent() {
                        Some(dir) if next.is_relative() => dir.join(next),
                        _ => next,
                    };
                }
                Err(_) => return current,
            },
            _ => return current,
        }
    }
    current
}

/// A FIFO, a terminal or a device is opened and written, not replaced by a regular file.
fn write_directly(shown: &Path, target: &Path, content: &[u8]) -> Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .open(target)
        .map_err(|e| io_failure::failure(crate::io_failure::Action::Write, shown, &e))?;
    match file.write_all(content).and_then(|()| file.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(io_failure::failure(
            crate::io_failure::Action::Write,
            shown,
            &e,
        )),
    }
}

/// Gives the new file the owner, group and permissions of the one it replaces. Changing the
/// owner works only for root (or when it is already ours); anything else would silently hand
/// another user's file to us, so it is an error.
pub(crate) fn keep_owner_and_mode(new: &File, old: &fs::Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mine = new.metadata()?;
        if mine.uid() != old.uid() || mine.gid() != old.gid() {
            std::os::unix::fs::fchown(new, Some(old.uid()), Some(old.gid()))?;
        }
    }
    new.set_permissions(old.permissions())
}

/// A temporary file holding `content`, synced, in the folder of `path` (so the rename that
/// follows stays on one file system). It is created with the permissions of any new file
/// (0666 less the umask), not tempfile's private 0600: documents are meant to be shared.
pub(crate) fn temp_beside(path: &Path, content: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cowork-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(folder_of(path))?;
    tmp.write_all(content)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// After a rename, the folder's entry is made durable too (where the platform allows it), so
/// a power cut cannot bring back the old file.
pub(crate) fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder_of(path)) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Where a document goes: `-o PATH`, or stdout without it or with `-o -`.
fn is_stdout(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p.as_os_str() == "-")
}

/// Refuses an output path that is one of the command's input files (the same file under any
/// name: a link, another spelling of the path).
pub fn refuse_input(output: &Path, inputs: &[&Path]) -> Result<()> {
    if output.as_os_str() == "-" {
        return Ok(());
    }
    let toml = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if toml {
        return Err(Error::input(
            crate::tr!("edit-toml-output", path = output.display().to_string()),
            Some(&crate::tr!("edit-toml-output-hint")),
        ));
    }
    // Only an ordinary file can be a session file; opening a FIFO to compare would block.
    if !fs::metadata(output).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    for input in inputs {
        if same_file::is_same_file(output, input).unwrap_or(false) {
            return Err(Error::OutputIsInput {
                output: output.to_path_buf(),
                input: input.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// Sends a document to `path` if given (`-` meaning stdout), else to stdout. A path that is
/// one of `inputs` is refused before anything is written. A closed pipe (`| head`) is not an
/// error.
pub fn emit(content: &str, path: Option<&Path>, inputs: &[&Path]) -> Result<()> {
    emit_bytes(content.as_bytes(), path, inputs)
}

/// Sends the bytes of a document as [`emit`] does; a binary one (docx, xlsx, pdf) never
/// reaches a terminal here, since the command refused that format before making it
/// (`cli::document_args::Output::format`).
pub fn emit_bytes(content: &[u8], path: Option<&Path>, inputs: &[&Path]) -> Result<()> {
    match path {
        Some(path) if !is_stdout(Some(path)) => {
            refuse_input(path, inputs)?;
            write_atomic(path, content)
        }
        _ => {
            let mut out = std::io::stdout().lock();
            match out.write_all(content).and_then(|()| out.flush()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Error::input(
                    crate::tr!("edit-stdout-failed", reason = e.to_string()),
                    None,
                )),
            }
        }
    }
}

/// One file of an all-or-nothing [`write_all`].
#[derive(Debug, Clone)]
pub struct Planned {
    pub path: PathBuf,
    pub content: Vec<u8>,
    /// Whether an existing file may be replaced; otherwise its existence is an error.
    pub replace: bool,
}

/// Writes every file or none: missing folders are made, every content goes to a temporary
/// file first (so a full disk fails before any target changes), then the renames; if one
/// fails, what this run put in place is taken back — new files removed, replaced ones
/// restored, the folders it made removed. The error says what failed and that nothing was
/// written.
pub fn write_all(files: &[Planned]) -> Result<()> {
    let mut made_dirs: Vec<PathBuf> = Vec::new();
    let result = write_all_steps(files, &mut made_dirs);
    if result.is_err() {
        // Deepest first; a folder that is not empty (someone else's file) stays.
        for dir in made_dirs.iter().rev() {
            let _ = fs::remove_dir(dir);
        }
    }
    result
}

fn write_all_steps(files: &[Planned], made_dirs: &mut Vec<PathBuf>) -> Result<()> {
    const NOTHING: crate::io_failure::Outcome = crate::io_failure::Outcome::NothingWritten;
    for file in files {
        make_folders(folder_of(&file.path), made_dirs).map_err(|(dir, e)| {
            io_failure::failure_then(crate::io_failure::Action::CreateFolder, &dir, &e, NOTHING)
        })?;
    }
    let mut staged = Vec::with_capacity(files.len());
    for file in files {
        let target = resolve_links(&file.path);
        if !file.replace && fs::symlink_metadata(&target).is_ok() {
            return Err(Error::input(
                format!(
                    "{}; {}",
                    crate::tr!("edit-exists", path = file.path.display().to_string()),
                    crate::tr!("outcome-nothing-written")
                ),
                Some(&crate::tr!("edit-exists-hint")),
            ));
        }
        let tmp = temp_beside(&target, &file.content).map_err(|e| {
            io_failure::failure_then(crate::io_failure::Action::Write, &file.path, &e, NOTHING)
        })?;
        let old = match fs::read(&target) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(io_failure::failure_then(
                    crate::io_failure::Action::Read,
                    &file.path,
                    &e,
                    NOTHING,
                ));
            }
        };
        if let Ok(meta) = fs::metadata(&target) {
            keep_owner_and_mode(tmp.as_file(), &meta).map_err(|e| {
                io_failure::failure_then(
                    crate::io_failure::Action::KeepOwner,
                    &file.path,
                    &e,
                    NOTHING,
                )
            })?;
        }
        staged.push((tmp, target, old));
    }
    let mut done: Vec<(PathBuf, Option<Vec<u8>>)> = Vec::with_capacity(staged.len());
    for ((tmp, target, old), file) in staged.into_iter().zip(files) {
        let persisted = if old.is_some() {
            tmp.persist(&target).map(|_| ()).map_err(|e| e.error)
        } else {
            tmp.persist_noclobber(&target)
                .map(|_| ())
                .map_err(|e| e.error)
        };
        match persisted {
            Ok(()) => done.push((target, old)),
            Err(e) => {
                let undone = undo(&done);
                let then = if undone {
                    NOTHING
                } else {
                    crate::io_failure::Outcome::NotTakenBack
                };
                return Err(io_failure::failure_then(
                    crate::io_failure::Action::Write,
                    &file.path,
                    &e,
                    then,
                ));
            }
        }
    }
    for (target, _) in &done {
        sync_folder(target);
    }
    Ok(())
}

/// Takes back the renames of a failed [`write_all`]; whether all of it worked.
fn undo(done: &[(PathBuf, Option<Vec<u8>>)]) -> bool {
    let mut ok = true;
    for (target, old) in done.iter().rev() {
        let back = match old {
            None => fs::remove_file(target),
            Some(bytes) => fs::write(target, bytes),
        };
        ok &= back.is_ok();
    }
    ok
}

/// Creates `dir` and its missing parents, recording each one made (outermost first).
fn make_folders(
    dir: &Path,
    made: &mut Vec<PathBuf>,
) -> std::result::Result<(), (PathBuf, std::io::Error)> {
    let mut missing = Vec::new();
    let mut current = Some(dir);
    while let Some(d) = current.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        missing.push(d.to_path_buf());
        current = d.parent();
    }
    for d in missing.into_iter().rev() {
        match fs::create_dir(&d) {
            Ok(()) => made.push(d),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err((d, e)),
        }
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path)
            .expect("test input is valid")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn written_files_get_the_permissions_of_any_new_file() {
        let dir = tempfile::tempdir().expect("test input is valid");
        let plain = dir.path().join("plain");
        fs::write(&plain, b"").expect("test input is valid");
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
        fs::write(&path, b"old").expect("test input is valid");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("test input is valid");
        write_atomic(&path, b"new").expect("test input is valid");
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn a_symlink_is_written_through() {
        let dir = tempfile::tempdir().expect("test input is valid");
        let real = dir.path().join("real.md");
        fs::write(&real, b"old").expect("test input is valid");
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("real.md", &link).expect("test input is valid");
        write_atomic(&link, b"new").expect("test input is valid");
        assert!(
            fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).expect("real"), b"new");
    }

    #[test]
    fn all_or_nothing_takes_back_what_it_wrote() {
        let dir = tempfile::tempdir().expect("test input is valid");
        let existing = dir.path().join("b.toml");
        fs::write(&existing, b"mine").expect("test input is valid");
        let files = [
            Planned {
                path: dir.path().join("new/a.toml"),
                content: b"a".to_vec(),
                replace: false,
            },
            Planned {
                path: existing.clone(),
                content: b"b".to_vec(),
                replace: false,
            },
        ];
        let err = write_all(&files).expect_err("b.toml exists");
        assert!(err.to_string().contains("ничего не записано"), "{err}");
        assert!(!dir.path().join("new").exists());
        assert_eq!(fs::read(&existing).expect("kept"), b"mine");
    }
}
