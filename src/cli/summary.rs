//! `cowork summary FILE...`: «Итоги обсуждения: плюсы и минусы» of one session or a series.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::{json, table};
use crate::view::summary;
use crate::workspace::Workspace;

use super::document_args::{Output, document_formats, emit};

document_formats!(Summary: Json);

#[derive(Debug, clap::Args)]
pub struct Args {
    /// One session file, or several sessions of a series
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub out: Output<Format>,
    /// Group the points under the activities they are about (one session only)
    #[arg(long)]
    pub by_activity: bool,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.out.format()?;
    let mut files: Vec<&PathBuf> = Vec::with_capacity(args.files.len());
    let mut seen = std::collections::HashSet::new();
    for f in &args.files {
        // The same file named twice (sessions/*.toml plus one by hand) counts once.
        if seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())) {
            files.push(f);
        }
    }
    if files.len() > 1 && args.by_activity {
        return Err(Error::usage(crate::tr!("cli-summary-by-activity-one")));
    }
    let text = if let [file] = files.as_slice() {
        let checked = super::load_valid(file)?;
        let view = summary::build(&checked.session, &checked.schedule, args.by_activity);
        drop(checked);
        match format {
            Format::Docx => {
                let bytes = crate::render::docx::summary(&view)?;
                return crate::write::emit_bytes(&bytes, args.out.path(), &inputs(args));
            }
            Format::Table => table::summary(&view, super::terminal_width()),
            Format::Json => json::summary(&view)?,
            Format::Md => super::renderer(workspace)?.render_owned("summary.md", view)?,
            Format::Html | Format::Pdf => {
                super::renderer(workspace)?.render_owned("summary.html", view)?
            }
        }
    } else {
        let mut sessions = Vec::with_capacity(files.len());
        for file in files {
            let checked = super::load_valid(file)?;
            sessions.push((file.display().to_string(), checked.session));
        }
        let view = summary::build_series(&sessions, crate::clock::today());
        match format {
            Format::Docx => {
                let bytes = crate::render::docx::series_summary(&view)?;
                return crate::write::emit_bytes(&bytes, args.out.path(), &inputs(args));
            }
            Format::Table => table::series_summary(&view, super::terminal_width()),
            Format::Json => json::series_summary(&view)?,
            Format::Md => super::renderer(workspace)?.render("summary-series.md", &view)?,
            Format::Html | Format::Pdf => {
                super::renderer(workspace)?.render("summary-series.html", &view)?
            }
        }
    };
    emit(&args.out, format, &text, &inputs(args), workspace)
}

/// The session files named, which `-o` must not be.
fn inputs(args: &Args) -> Vec<&Path> {
    args.files.iter().map(PathBuf::as_path).collect()
}
