//! The arguments every document command shares: the session file, `--format` and `-o`, the format they name together, and the write of the result (a PDF printed by a browser).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::document::Kind;
use crate::error::{Error, Result};
use crate::print::{Named, Printer};
use crate::workspace::Workspace;

/// The extensions `-o` understands, each with the format it names. Any other is refused.
pub const EXTENSIONS: &[(&str, &str)] = &[
    ("md", "md"),
    ("html", "html"),
    ("htm", "html"),
    ("txt", "txt"),
    ("json", "json"),
    ("csv", "csv"),
    ("ics", "ics"),
    ("docx", "docx"),
    ("xlsx", "xlsx"),
    ("pdf", "pdf"),
];

/// Formats that are bytes for a program, not text for a terminal.
const BINARY: &[&str] = &["pdf", "docx", "xlsx"];

/// The output formats of one command. Each command has its own enum (its `--help` lists
/// only the formats it makes); the value names are the `-o` extensions they answer to.
pub trait OutputFormat: clap::ValueEnum + Copy + Send + Sync + 'static {
    /// The format for a pipe when neither `--format` nor `-o` names one.
    const MARKDOWN: Self;
    /// The format when stdout is a terminal and no `-o` is given.
    const ON_TERMINAL: Self;
    /// The document, for the message that lists what it can be written as.
    const DOCUMENT: Kind;
    /// The document as the messages name it («план можно записать как …»).
    fn document_name() -> String {
        document_name(Self::DOCUMENT)
    }
    /// A file name for the examples of hints, without its extension.
    fn example_stem() -> &'static str {
        example_stem(Self::DOCUMENT)
    }
    /// Formats never picked by an extension (a terminal table).
    fn by_extension(self) -> bool {
        true
    }
    /// As `--format` names it: `md`, `pdf`.
    fn name(self) -> String {
        self.to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    }
    /// Whether it is printed from the HTML by a browser.
    fn is_pdf(self) -> bool {
        self.name() == "pdf"
    }
}

/// `--format` and `-o`, flattened into each document command.
#[derive(Debug, Clone, clap::Args)]
pub struct Output<F: OutputFormat> {
    /// Output format [default: from the -o extension, else for the terminal when stdout
    /// is one, else md]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<F>,
    /// Write to this file instead of stdout (`-` for stdout)
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
}

/// A document of one session file: the file, `--format` and `-o`.
#[derive(Debug, Clone, clap::Args)]
pub struct DocumentArgs<F: OutputFormat> {
    /// The session file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub out: Output<F>,
}

impl<F: OutputFormat> Output<F> {
    /// The output format, checked before any work: the one `--format` names, else the one
    /// `-o`'s extension names (any case), else for stdout the terminal's or Markdown. An
    /// extension the document is not offered in, a file without one and without `--format`,
    /// `--format` against the extension, or a binary format on a terminal is a usage error.
    pub fn format(&self) -> Result<F> {
        let document = Said {
            name: &F::document_name,
            stem: F::example_stem(),
        };
        self.format_of(&document, F::value_variants())
    }

    /// [`Output::format`] for a document offered in only some of the command's formats
    /// (`agenda --zone`: the door schedule).
    pub fn format_among(&self, document: Kind, offered: &[F]) -> Result<F> {
        let name = move || document_name(document);
        let document = Said {
            name: &name,
            stem: example_stem(document),
        };
        self.format_of(&document, offered)
    }

    fn format_of(&self, document: &Said<'_>, offered: &[F]) -> Result<F> {
        let picked = pick(self.format, self.path(), document, offered)?;
        if BINARY.contains(&picked.name().as_str())
            && self.path().is_none()
            && std::io::stdout().is_terminal()
        {
            return Err(Error::Usage {
                message: crate::tr!("write-binary-terminal", format = picked.name()),
                hint: Some(crate::tr!(
                    "write-binary-terminal-hint",
                    example = format!("{}.{}", document.stem, picked.name())
                )),
            });
        }
        Ok(picked)
    }

    /// `-o`, if given; `-o -` is stdout, which is `None`.
    pub fn path(&self) -> Option<&Path> {
        self.output.as_deref().filter(|p| p.as_os_str() != "-")
    }
}

/// A document as the messages name it: «план», and `plan` for examples. The name is said
/// only in a refusal: a good command line does not load the interface's messages for it.
struct Said<'a> {
    name: &'a dyn Fn() -> String,
    stem: &'static str,
}

/// The format `--format` and the path name together (`path` is `None` for stdout).
fn pick<F: OutputFormat>(
    asked: Option<F>,
    path: Option<&Path>,
    document: &Said<'_>,
    offered: &[F],
) -> Result<F> {
    let offered: Vec<F> = offered.to_vec();
    let Some(path) = path else {
        return Ok(asked.unwrap_or_else(|| {
            if std::io::stdout().is_terminal() {
                F::ON_TERMINAL
            } else {
                F::MARKDOWN
            }
        }));
    };
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    if extension.as_deref() == Some("toml") {
        // Refused as it always was: the extension of session files (nothing written, exit 1).
        crate::write::refuse_input(path, &[])?;
    }
    let Some(extension) = extension else {
        return match asked {
            // A name without an extension says nothing: the format asked for is written.
            Some(format) => Ok(format),
            None => Err(refusal(
                crate::tr!(
                    "output-no-extension",
                    path = shown(path),
                    document = (document.name)(),
                    formats = extensions(&offered)
                ),
                path,
                document,
                &offered,
            )),
        };
    };
    let named = EXTENSIONS
        .iter()
        .find(|(ext, _)| *ext == extension)
        .map(|(_, format)| *format);
    let by_name = named.and_then(|name| {
        offered
            .iter()
            .copied()
            .find(|f| f.by_extension() && f.name() == name)
    });
    let Some(format) = by_name else {
        return Err(refusal(
            crate::tr!(
                "output-not-offered",
                path = shown(path),
                extension = extension.clone(),
                document = (document.name)(),
                formats = extensions(&offered)
            ),
            path,
            document,
            &offered,
        ));
    };
    match asked {
        Some(asked) if asked.name() != format.name() => Err(Error::Usage {
            message: crate::tr!(
                "output-conflict",
                format = asked.name(),
                path = shown(path),
                extension = extension
            ),
            hint: Some(crate::tr!(
                "output-conflict-hint",
                example = shown(&path.with_extension(asked.name())),
                format = format.name()
            )),
        }),
        _ => Ok(format),
    }
}

/// A refused `-o`: the message, and a hint naming the file with an extension it may have.
fn refusal<F: OutputFormat>(message: String, path: &Path, document: &Said<'_>, offered: &[F]) -> Error {
    let first = offered
        .iter()
        .find(|f| f.by_extension() && f.name() != "md")
        .or_else(|| offered.iter().find(|f| f.by_extension()))
        .map(|f| f.name())
        .unwrap_or_else(|| "md".to_string());
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| document.stem.to_string());
    let example = path.with_file_name(format!("{stem}.{first}"));
    let hint = if path.extension().is_none() {
        crate::tr!(
            "output-no-extension-hint",
            example = shown(&example),
            format = first
        )
    } else {
        crate::tr!("output-extension-hint", example = shown(&example))
    };
    Error::Usage {
        message,
        hint: Some(hint),
    }
}

/// `.md, .html, .pdf`: what the document can be written as, in the command's order.
fn extensions<F: OutputFormat>(offered: &[F]) -> String {
    offered
        .iter()
        .filter(|f| f.by_extension())
        .map(|f| format!(".{}", f.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn shown(path: &Path) -> String {
    crate::render::terminal_text::inline(&path.display().to_string()).into_owned()
}

/// The document as the messages name it: «план можно записать как …».
fn document_name(document: Kind) -> String {
    match document {
        Kind::Agenda => crate::tr!("output-document-agenda"),
        Kind::Door => crate::tr!("output-document-door"),
        Kind::Attendance => crate::tr!("output-document-attendance"),
        Kind::Summary | Kind::SummarySeries => crate::tr!("output-document-summary"),
        Kind::Report => crate::tr!("output-document-report"),
        Kind::Groups => crate::tr!("output-document-groups"),
        Kind::Certificates => crate::tr!("output-document-certificates"),
        _ => crate::tr!("output-document-other"),
    }
}

/// A file name for examples in hints.
fn example_stem(document: Kind) -> &'static str {
    match document {
        Kind::Agenda => "plan",
        Kind::Door => "doors",
        Kind::Attendance => "attendance",
        Kind::Summary | Kind::SummarySeries => "summary",
        Kind::Report => "report",
        Kind::Groups => "groups",
        Kind::Certificates => "certificates",
        _ => "document",
    }
}

/// Writes a rendered document to `-o` or stdout: text as it is; for `pdf`, `text` is the
/// document's HTML, printed by the browser (`--browser`, `browser` in `cowork.toml`, else
/// one found on the machine) and checked to be a PDF before anything is written.
pub fn emit<F: OutputFormat>(
    out: &Output<F>,
    format: F,
    text: &str,
    inputs: &[&Path],
    workspace: &Workspace,
) -> Result<()> {
    if !format.is_pdf() {
        return crate::write::emit(text, out.path(), inputs);
    }
    if let Some(path) = out.path() {
        // Refused before the browser spends seconds on it.
        crate::write::refuse_input(path, inputs)?;
    }
    let html_example = match out.path() {
        Some(path) => shown(&path.with_extension("html")),
        None => format!("{}.html", F::example_stem()),
    };
    let printer = printer(workspace, &html_example)?;
    let pdf = printer.print(text)?;
    crate::write::emit_bytes(&pdf, out.path(), inputs)
}

/// The variable that names the browser like `--browser` does; `none` turns printing off.
pub const BROWSER_VARIABLE: &str = "COWORK_BROWSER";

/// Which browser is asked for: `--browser`, else `COWORK_BROWSER` (`none`: printing is
/// off), else `browser` of `cowork.toml`, else none named.
pub fn named_browser(workspace: &Workspace) -> Result<Named<'_>> {
    if let Some(flag) = workspace.browser_flag() {
        return Ok(Named::Flag(flag));
    }
    if let Some(variable) = workspace.browser_variable() {
        if variable == Path::new("none") {
            return Ok(Named::Off);
        }
        return Ok(Named::Variable(variable));
    }
    Ok(match &workspace.config()?.browser {
        Some(named) => Named::Config(&named.path),
        None => Named::None,
    })
}

/// The browser that prints (see [`named_browser`]). `html_example` names the HTML file the
/// hint suggests printing by hand; a missing browser `cowork.toml` names is shown at its line.
pub fn printer(workspace: &Workspace, html_example: &str) -> Result<Printer> {
    let named = named_browser(workspace)?;
    let found = Printer::find(named, html_example);
    let (Named::Config(_), Some(config)) = (named, workspace.config().ok()) else {
        return found;
    };
    let Some(span) = config.browser.as_ref().map(|b| b.span.clone()) else {
        return found;
    };
    found.map_err(|e| match e {
        Error::Failed { message, hint } => {
            let mut diagnostic = crate::session::diagnostic::Diagnostic::error(message, span);
            if let Some(hint) = hint {
                diagnostic = diagnostic.with_hint(hint);
            }
            config.located_error(diagnostic)
        }
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
    enum Format {
        Table,
        Md,
        #[value(alias = "htm")]
        Html,
        Json,
        Pdf,
    }

    impl OutputFormat for Format {
        const MARKDOWN: Self = Format::Md;
        const ON_TERMINAL: Self = Format::Table;
        const DOCUMENT: Kind = Kind::Agenda;
        fn by_extension(self) -> bool {
            self != Format::Table
        }
    }

    fn picked(asked: Option<Format>, output: &str) -> std::result::Result<Format, String> {
        pick(
            asked,
            Some(Path::new(output)),
            &Said {
                name: &|| "план".to_string(),
                stem: "plan",
            },
            Format::value_variants(),
        )
        .map_err(|e| e.to_string())
    }

    #[test]
    fn the_extension_names_the_format() {
        assert_eq!(picked(None, "plan.HTML"), Ok(Format::Html));
        assert_eq!(picked(None, "plan.htm"), Ok(Format::Html));
        assert_eq!(picked(None, "plan.json"), Ok(Format::Json));
        assert_eq!(picked(None, "plan.Pdf"), Ok(Format::Pdf));
        assert_eq!(picked(Some(Format::Json), "plan.json"), Ok(Format::Json));
        assert_eq!(picked(Some(Format::Md), "README"), Ok(Format::Md));
    }

    #[test]
    fn anything_else_is_refused_with_what_the_document_can_be() {
        for path in [
            "plan.docx",
            "plan.table",
            "plan",
            "plan.markdown",
            "plan.csv",
        ] {
            let refused = picked(None, path).expect_err(path);
            assert!(refused.contains(".md, .html, .json, .pdf"), "{refused}");
        }
        let conflict = picked(Some(Format::Json), "plan.html").expect_err("a conflict");
        assert!(conflict.contains("--format json"), "{conflict}");
        assert!(picked(Some(Format::Table), "plan.md").is_err());
    }

    #[test]
    fn binary_formats_are_the_ones_a_terminal_cannot_show() {
        assert!(Format::Pdf.is_pdf());
        assert!(!Format::Html.is_pdf());
        for (_, format) in EXTENSIONS {
            assert_eq!(
                BINARY.contains(format),
                ["pdf", "docx", "xlsx"].contains(format)
            );
        }
    }
}
