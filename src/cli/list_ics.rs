//! `cowork list DIR --format ics`: the calendar of the sessions of a folder.

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::session::file as session_file;
use crate::view::calendar::{self, SessionDays};
use crate::write;

/// `list --format ics`: the calendar of every valid session of the folder, named after
/// their series when they share one; a file with errors is left out, and said so.
pub(super) fn run(
    files: &[PathBuf],
    dir: &Path,
    output: Option<&Path>,
    config: &crate::workspace::Config,
) -> Result<()> {
    let default_zone = config.timezone();
    let mut sessions: Vec<SessionDays> = Vec::with_capacity(files.len());
    let mut languages = Vec::with_capacity(files.len());
    for path in files {
        let checked = match session_file::check(path) {
            Ok(checked) if checked.errors() == 0 => checked,
            _ => {
                eprintln!(
                    "{}",
                    crate::tr!(
                        "table-list-calendar-skipped",
                        file = path.display().to_string()
                    )
                );
                continue;
            }
        };
        let uid = crate::session::identity::of(&checked.session.info, path);
        languages.push(checked.session.info.language);
        sessions.push(SessionDays::of(
            &checked.session,
            &checked.schedule,
            uid,
            default_zone,
        ));
    }
    sessions.sort_by(|a, b| {
        (a.days.first().map(|d| d.0), &a.uid).cmp(&(b.days.first().map(|d| d.0), &b.uid))
    });
    // The documents' language of the sessions when they agree, else cowork.toml's.
    let language = match languages.split_first() {
        Some((first, rest)) if rest.iter().all(|l| l == first) => *first,
        _ => config.language.unwrap_or_default(),
    };
    let series = sessions.first().and_then(|s| s.series.clone());
    let name = match series {
        Some(series) if sessions.iter().all(|s| s.series.as_ref() == Some(&series)) => series,
        _ => crate::view::labels::word(language, "doc-calendar-sessions").to_string(),
    };
    let made = calendar::Made {
        at: crate::clock::now(),
        default_zone,
    };
    if files.is_empty() {
        eprintln!(
            "{}",
            crate::tr!("table-list-empty", dir = dir.display().to_string())
        );
    }
    let text = calendar::sessions(language, &name, &sessions, made).to_ics();
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    write::emit(&text, output, &inputs)
}
