//! `cowork report FILE`: «Аналитическая справка по итогам методического коворкинга».

use crate::error::{Error, Result};
use crate::render::{json, xlsx};
use crate::series;
use crate::view::{decisions, report};
use crate::workspace::Workspace;

use super::document_args::{DocumentArgs, OutputFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown (what the archive keeps)
    Md,
    /// One printable HTML page
    #[value(alias = "htm")]
    Html,
    /// Plain text
    Txt,
    /// The figures for scripts
    Json,
    /// The figures in an Excel workbook: participation, pros and cons, decisions,
    /// indicators — a sheet each
    Xlsx,
    /// A Word document (A4, Times New Roman, Word styles)
    Docx,
    /// PDF, printed from the HTML by a browser (Chromium, Chrome or Edge)
    Pdf,
}

impl OutputFormat for Format {
    const MARKDOWN: Self = Format::Md;
    const ON_TERMINAL: Self = Format::Txt;
    const DOCUMENT: crate::document::Kind = crate::document::Kind::Report;
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub doc: DocumentArgs<Format>,
    /// Leave every personal name out (roles and counts instead), for posting online
    #[arg(long)]
    pub anonymize: bool,
    /// A draft, marked «Проект»: also for a session that has not been held yet
    #[arg(long)]
    pub draft: bool,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.doc.out.format()?;
    let checked = super::load_valid(&args.doc.file)?;
    let today = crate::clock::today();
    if !args.draft && report::is_ahead(&checked.session, today) {
        return Err(ahead(&checked.session, today));
    }
    let earlier = series::earlier_sessions(&args.doc.file, &checked.session);
    super::warn_series(&earlier.problems);
    let carried = decisions::carried_over(
        earlier.sessions(),
        checked.session.info.language,
        args.anonymize,
        report::as_of(&checked.session, today),
    );
    drop(earlier);
    let options = report::Options {
        anonymize: args.anonymize,
        today,
        draft: args.draft,
    };
    let view = report::build(&checked.session, &checked.schedule, &options, carried);
    // The session is no longer needed: its memory goes to the template's copy of the view.
    drop(checked);
    let text = match format {
        Format::Xlsx => {
            let bytes = xlsx::report::report(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Docx => {
            let bytes = crate::render::docx::report(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Json => json::report(&view)?,
        Format::Md => super::renderer(workspace)?.render_owned("report.md", view)?,
        Format::Html | Format::Pdf => {
            super::renderer(workspace)?.render_owned("report.html", view)?
        }
        Format::Txt => super::renderer(workspace)?.render_owned("report.txt", view)?,
    };
    args.doc.emit(format, &text, workspace)
}

/// The refusal of a report of a session that has not begun: when it begins, and `--draft`.
fn ahead(session: &crate::session::model::Session, today: chrono::NaiveDate) -> Error {
    let lang = crate::i18n::fluent::interface();
    let first = session.info.dates.first().map(|d| d.value).unwrap_or(today);
    Error::input(
        crate::tr!(
            "report-ahead",
            title = crate::i18n::lang::quote(lang, session.info.title()),
            date = crate::i18n::lang::date(lang, first),
            today = crate::i18n::lang::date(lang, today)
        ),
        Some(&crate::tr!("report-ahead-hint")),
    )
}
