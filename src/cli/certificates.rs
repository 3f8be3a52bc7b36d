//! `cowork certificates FILE`: certificates of participation and of presentation, one page each.

use crate::error::{Error, Result};
use crate::render::terminal_text::inline;
use crate::session::model::Session;
use crate::session::roster::{self, Lookup, Roster};
use crate::view::certificates::{self, Selection};
use crate::workspace::Workspace;

use super::document_args::{DocumentArgs, OutputFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown
    Md,
    /// Printable HTML: each certificate on an A4 landscape page
    #[value(alias = "htm")]
    Html,
    /// A Word document: each certificate on an A4 landscape page
    Docx,
    /// PDF, printed from the HTML by a browser (Chromium, Chrome or Edge)
    Pdf,
}

impl OutputFormat for Format {
    // A certificate is for printing: a file or a pipe gets the page, a terminal the text.
    const MARKDOWN: Self = Format::Html;
    const ON_TERMINAL: Self = Format::Md;
    const DOCUMENT: crate::document::Kind = crate::document::Kind::Certificates;
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub doc: DocumentArgs<Format>,
    /// Only this person's certificates: an id, the full name, or the surname with initials
    #[arg(long, value_name = "REF")]
    pub only: Option<String>,
    /// A certificate of participation for everyone registered, even with no attendance recorded
    #[arg(long)]
    pub all_registered: bool,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.doc.out.format()?;
    let checked = super::load_valid(&args.doc.file)?;
    let session = &checked.session;
    let file = args.doc.file.display().to_string();
    // Certificates of participation go to those who came: without a record of who came,
    // nobody is known to have, unless the methodist says everyone registered did.
    if session.attendance.is_empty() && !args.all_registered {
        return Err(Error::input(
            crate::tr!("certificates-no-attendance", file = file.as_str()),
            Some(&crate::tr!(
                "certificates-no-attendance-hint",
                file = file.as_str()
            )),
        ));
    }
    let only = match &args.only {
        Some(reference) => Some(person(session, reference, &file)?),
        None => None,
    };
    let signatures = &workspace.config()?.signatures;
    let selection = Selection {
        all_registered: args.all_registered,
        only,
    };
    let view = certificates::build(session, selection, signatures);
    if view.certificates.is_empty() {
        let message = match only {
            Some(i) => Error::input(
                crate::tr!(
                    "certificates-none-for",
                    name = inline(session.participants[i].name().trim()).into_owned()
                ),
                Some(&crate::tr!("certificates-none-for-hint")),
            ),
            None => Error::input(
                crate::tr!("certificates-none", file = file.as_str()),
                Some(&crate::tr!("certificates-none-for-hint")),
            ),
        };
        return Err(message);
    }
    if view.approval.is_none() {
        eprintln!(
            "{}: {}",
            crate::tr!("label-warning"),
            crate::tr!("certificates-no-approval")
        );
    }
    drop(checked);
    let template = match format {
        Format::Docx => {
            let bytes = crate::render::docx::certificates(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Md => "certificates.md",
        Format::Html | Format::Pdf => "certificates.html",
    };
    let text = super::renderer(workspace)?.render_owned(template, view)?;
    args.doc.emit(format, &text, workspace)
}

/// The participant `--only` names, by the forgiving rules of every reference; an unknown
/// or ambiguous one fails with the close names.
fn person(session: &Session, reference: &str, file: &str) -> Result<usize> {
    let roster = Roster::new(session);
    let wanted = reference.trim();
    match roster.lookup(wanted) {
        Lookup::Found(i) => Ok(i),
        Lookup::Ambiguous(all) => Err(Error::input(
            crate::tr!(
                "ref-ambiguous-flag",
                flag = "--only",
                reference = inline(wanted).into_owned(),
                file = file,
                candidates = roster.candidates(&all, 10)
            ),
            Some(&crate::tr!("ref-ambiguous-flag-hint")),
        )),
        Lookup::Unknown => {
            let close = roster::close_matches(session, wanted, 5);
            let hint = if close.is_empty() {
                crate::tr!("prompt-checkin-unknown-hint")
            } else {
                crate::tr!("prompt-checkin-close", names = close.join("; "))
            };
            Err(Error::input(
                crate::tr!(
                    "prompt-checkin-unknown",
                    name = inline(wanted).into_owned(),
                    file = file
                ),
                Some(&hint),
            ))
        }
    }
}
