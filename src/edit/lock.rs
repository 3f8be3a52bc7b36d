//! An exclusive lock held for the length of one edit, shared by every `cowork` run.
//!
//! The session file itself cannot carry the lock: an edit replaces it by renaming a new file
//! over it, and a lock taken on the old file would not stop a run that opens the new one. So
//! the lock is taken on a small file beside it, `.<name>.cowork-lock`, which exists only while
//! an edit runs. The classic protocol keeps that safe: after locking, a run checks that the
//! name still leads to the file it locked (the holder before it may have removed it) and
//! starts again if not; the holder removes the name before it unlocks. The operating system
//! releases a lock when the process ends, however it ends, so a crash leaves at most an
//! unlocked file, which the next run takes and removes.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use same_file::Handle;

use crate::error::{Error, Result};
use crate::io_failure;

/// The suffix of the lock file beside an edited session file.
pub const LOCK_SUFFIX: &str = ".cowork-lock";

/// How long a run waits for another one to finish its edit. Edits take milliseconds; a long
/// wait means an interactive run holds it (it never does between questions) or a hung one.
const DEFAULT_WAIT: Duration = Duration::from_secs(30);

/// The lock; released (and its file removed) when dropped.
#[derive(Debug)]
pub struct EditLock {
    file: Option<File>,
    path: PathBuf,
}

impl Drop for EditLock {
    fn drop(&mut self) {
        // The name goes first, while still locked: a run waiting on this file then sees that
        // the name no longer leads to it and starts again on a new one.
        let _ = std::fs::remove_file(&self.path);
        drop(self.file.take());
    }
}

/// Locks the folder of `target` for an edit, waiting up to the bound (saying so once on
/// stderr) while another run holds it. `shown` is the path as the user wrote it.
pub fn acquire(target: &Path, shown: &Path) -> Result<EditLock> {
    acquire_within(target, shown, wait_bound())
}

/// [`acquire`] with the bound given.
pub fn acquire_within(target: &Path, shown: &Path, wait: Duration) -> Result<EditLock> {
    let path = lock_path(target);
    let start = Instant::now();
    let mut said = false;
    loop {
        let file = match open(&path) {
            Ok(file) => file,
            // Windows refuses to open a file whose removal is pending until its last holder
            // closes it: that is a wait, like a held lock.
            Err(e) if cfg!(windows) && e.kind() == std::io::ErrorKind::PermissionDenied => {
                if start.elapsed() >= wait {
                    return Err(io_failure::failure(
                        crate::io_failure::Action::Lock,
                        shown,
                        &e,
                    ));
                }
                std::thread::sleep(Duration::from_millis(20));
                continue;
            }
            Err(e) => {
                return Err(io_failure::failure(
                    crate::io_failure::Action::Lock,
                    shown,
                    &e,
                ));
            }
        };
        match file.try_lock() {
            Ok(()) if still_named(&file, &path) => {
                return Ok(EditLock {
                    file: Some(file),
                    path,
                });
            }
            // Removed by the run that held it: try again at once, on a new file.
            Ok(()) => continue,
            Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => {
                return Err(io_failure::failure(
                    crate::io_failure::Action::Lock,
                    shown,
                    &e,
                ));
            }
        }
        if start.elapsed() >= wait {
            return Err(Error::Locked {
                path: shown.to_path_buf(),
                lock: path,
            });
        }
        if !said {
            eprintln!(
                "{}",
                crate::tr!(
                    "edit-waiting",
                    path = shown.display().to_string(),
                    seconds = wait.as_secs()
                )
            );
            said = true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether `path` still names the file `file` has open.
fn still_named(file: &File, path: &Path) -> bool {
    let Ok(held) = file.try_clone().and_then(Handle::from_file) else {
        return false;
    };
    Handle::from_path(path).is_ok_and(|named| named == held)
}

fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}{LOCK_SUFFIX}"))
}

fn open(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        // FILE_ATTRIBUTE_HIDDEN: a methodist's Explorer does not show it.
        options.attributes(0x2);
    }
    options.open(path)
}

/// `COWORK_LOCK_WAIT` (seconds) overrides the bound; the tests use it to fail fast.
fn wait_bound() -> Duration {
    std::env::var("COWORK_LOCK_WAIT")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map_or(DEFAULT_WAIT, Duration::from_secs)
}
