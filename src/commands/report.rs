//! `cowork report FILE`: «Аналитическая справка по итогам методического коворкинга».

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::output;
use crate::render::{Renderer, TemplateSource};
use crate::series;
use crate::session_file;
use crate::view::report;

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

fn pick_format(format: Option<Format>, output: Option<&Path>) -> Format {
    if let Some(f) = format {
        return f;
    }
    let by_extension = output
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match by_extension.as_deref() {
        Some("html" | "htm") => Format::Html,
        Some("txt") => Format::Txt,
        Some("json") => Format::Json,
        Some(_) => Format::Md,
        None if std::io::stdout().is_terminal() => Format::Txt,
        None => Format::Md,
    }
}

pub fn run(args: &Args, templates: Option<&Path>) -> Result<()> {
    let format = pick_format(args.format, args.output.as_deref());
    let source = TemplateSource::resolve(templates)?;
    let checked = session_file::load_valid(&args.file)?;
    let carried = series::carried_over(&args.file, &checked.session, args.anonymize);
    let view = report::build(&checked.session, &checked.schedule, args.anonymize, carried);
    // The session is no longer needed: its memory goes to the template's copy of the view.
    drop(checked);
    let text = match format {
        Format::Json => super::summary::json(&view)?,
        Format::Md => Renderer::new(&source)?.render_owned("report.md", view)?,
        Format::Html => Renderer::new(&source)?.render_owned("report.html", view)?,
        Format::Txt => Renderer::new(&source)?.render_owned("report.txt", view)?,
    };
    output::emit(&text, args.output.as_deref())
}
