//! The user's templates folder: which one applies, and its files read into memory for
//! `render`, which never reads the disk itself.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::{TemplateSource, UserTemplate};

use super::{Config, Warning};

/// `--templates DIR` must exist; without it, the folder `cowork.toml` names, else
/// `./templates` when present.
/// A folder `cowork.toml` names that does not exist is a warning, returned to be shown, and
/// the built-in templates are used.
pub(super) fn folder<'a>(
    flag: Option<&Path>,
    config: impl FnOnce() -> Result<&'a Config>,
) -> Result<(Option<PathBuf>, Option<Warning>)> {
    match flag {
        Some(dir) if dir.is_dir() => Ok((Some(dir.to_path_buf()), None)),
        Some(dir) => Err(Error::Usage {
            message: crate::tr!("render-no-folder", path = dir.display().to_string()),
            hint: Some(crate::tr!("render-no-folder-hint")),
        }),
        None => {
            let config = config()?;
            if config.templates.is_some() {
                return Ok(config.templates_dir());
            }
            let local = Path::new("templates");
            Ok((local.is_dir().then(|| local.to_path_buf()), None))
        }
    }
}

/// Every file of `dir`, by its name for templates: its path inside the folder with `/`
/// between folders (`parts/footer.html`). Hidden files and folders are left out, and so
/// are folders reached through a link (a loop could never end). A file that cannot be
/// read as text is kept with the reason, reported only if a document uses it.
pub(super) fn read(dir: Option<PathBuf>) -> Result<TemplateSource> {
    let mut files = BTreeMap::new();
    if let Some(dir) = &dir {
        collect_files(dir, "", &mut files)?;
    }
    Ok(TemplateSource { dir, files })
}

fn collect_files(
    dir: &Path,
    prefix: &str,
    found: &mut BTreeMap<String, UserTemplate>,
) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| folder_unreadable(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| folder_unreadable(dir, &e))?;
        let Some(file_name) = entry.file_name().to_str().map(str::to_string) else {
            continue; // no template can name it
        };
        if file_name.starts_with('.') {
            continue;
        }
        let name = format!("{prefix}{file_name}");
        let path = entry.path();
        let real_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if real_dir {
            collect_files(&path, &format!("{name}/"), found)?;
        } else if path.is_file() {
            let text = read_template(&path);
            found.insert(name, UserTemplate { path, text });
        }
    }
    Ok(())
}

/// A user's template file as text, within the size limit, or why it cannot be.
fn read_template(path: &Path) -> std::result::Result<String, String> {
    match crate::session::file::read_limited(path) {
        Ok(Ok(bytes)) => String::from_utf8(bytes).map_err(|e| e.to_string()),
        Ok(Err(too_big)) => Err(too_big.to_string()),
        Err(e) => Err(crate::io_failure::cause(&e).reason),
    }
}

fn folder_unreadable(dir: &Path, e: &std::io::Error) -> Error {
    Error::input(
        crate::tr!(
            "render-folder-unreadable",
            dir = dir.display().to_string(),
            reason = crate::io_failure::cause(e).reason
        ),
        None,
    )
}
