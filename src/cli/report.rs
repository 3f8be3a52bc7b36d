//! `cowork report FILE`: «Аналитическая справка по итогам методического коворкинга».

use std::path::PathBuf;

use crate::error::Result;
use crate::render::{Renderer, json};
use crate::series;
use crate::view::{decisions, report};
use crate::workspace::Workspace;
use crate::write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown (what the archive keeps)
    Md,
    /// One printable HTML page
    Html,
    /// Plain text
    Txt,
    /// The figures for scripts
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The session file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Output format [default: from the -o extension, else txt on a terminal, else md]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<Format>,
    /// Leave every personal name out (roles and counts instead), for posting online
    #[arg(long)]
    pub anonymize: bool,
    /// Write to this file instead of stdout
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = super::pick_format(
        args.format,
        args.output.as_deref(),
        &[
            ("html", Format::Html),
            ("htm", Format::Html),
            ("txt", Format::Txt),
            ("json", Format::Json),
        ],
        Format::Md,
        Format::Txt,
    );
    let checked = super::load_valid(&args.file)?;
    let earlier = series::earlier_sessions(&args.file, &checked.session);
    super::warn_series(&earlier.problems);
    let carried = decisions::carried_over(
        earlier.sessions(),
        checked.session.info.language,
        args.anonymize,
    );
    drop(earlier);
    let view = report::build(&checked.session, &checked.schedule, args.anonymize, carried);
    // The session is no longer needed: its memory goes to the template's copy of the view.
    drop(checked);
    let text = match format {
        Format::Json => json::report(&view)?,
        Format::Md => Renderer::new(&workspace.templates()?).render_owned("report.md", view)?,
        Format::Html => Renderer::new(&workspace.templates()?).render_owned("report.html", view)?,
        Format::Txt => Renderer::new(&workspace.templates()?).render_owned("report.txt", view)?,
    };
    write::emit(&text, args.output.as_deref(), &[&args.file])
}
