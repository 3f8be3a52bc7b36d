//! One module per subcommand, and the few conventions they share.

use std::io::IsTerminal;
use std::path::Path;

use crate::error::{Failure, Result};
use crate::session_file::plural;

pub mod agenda;
pub mod archive;
pub mod attendance;
pub mod check;
pub mod checkin;
pub mod completions;
pub mod feedback;
pub mod groups;
pub mod list;
pub mod man;
pub mod new;
pub mod plan;
pub mod report;
pub mod summary;
pub mod templates;

/// The output format of a document: the one asked for; else the one `-o`'s extension names
/// (`by_extension`, lowercase, any other extension meaning `markdown`); else `on_terminal`
/// when stdout is a terminal, and `markdown` when it is a pipe or a file.
pub fn pick_format<F: Copy>(
    asked: Option<F>,
    output: Option<&Path>,
    by_extension: &[(&str, F)],
    markdown: F,
    on_terminal: F,
) -> F {
    if let Some(format) = asked {
        return format;
    }
    let extension = output
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension {
        Some(ext) => by_extension
            .iter()
            .find(|(e, _)| *e == ext)
            .map_or(markdown, |&(_, f)| f),
        None if output.is_none() && std::io::stdout().is_terminal() => on_terminal,
        None => markdown,
    }
}

/// A `--day N` checked against the session's number of days (clap already refuses 0).
pub fn day_in_range(day: Option<u16>, days: usize) -> Result<Option<usize>> {
    match day.map(usize::from) {
        Some(n) if n > days => Err(Failure::Usage(format!(
            "--day {n}: the session has {}",
            plural(days, "day", "days")
        ))),
        other => Ok(other),
    }
}
