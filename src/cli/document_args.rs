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

/// Declares a document command's `Format` for a document shown on a terminal as a table:
/// `Table` (never picked by an `-o` extension), `Md` (for a pipe), `Html` (also `htm`), the
/// command's own formats, then `Docx` and `Pdf` — the order of `--help` and of the messages
/// that list the extensions. The words of `--help` are `cli-<command>-format-<format>`.
///
/// ```ignore
/// document_formats!(Summary: Json);
/// ```
macro_rules! document_formats {
    ($document:ident: $($own:ident),* $(,)?) => {
        // Each format has a doc line so that `--help` lists them one a line, each with its
        // words (`cli::help` puts them in the interface language).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        pub enum Format {
            /// A table for the terminal
            Table,
            /// Markdown
            Md,
            /// HTML to print
            #[value(alias = "htm")]
            Html,
            $(#[doc = stringify!($own)] $own,)*
            /// A Word document
            Docx,
            /// PDF, printed from the HTML by a browser
            Pdf,
        }

        impl $crate::cli::document_args::OutputFormat for Format {
            const MARKDOWN: Self = Format::Md;
            const ON_TERMINAL: Self = Format::Table;
            const DOCUMENT: $crate::document::Kind = $crate::document::Kind::$document;
            fn by_extension(self) -> bool {
                self != Format::Table
            }
        }
    };
}
pub(crate) use document_formats;

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

impl<F: OutputFormat> DocumentArgs<F> {
    /// Writes a text document that is not printed to a PDF (a table, JSON) to `-o` or stdout.
    pub fn write_text(&self, text: &str) -> Result<()> {
        crate::write::emit(text, self.out.path(), &[&self.file])
    }

    /// Writes a binary document (Word, Excel) to `-o` or stdout.
    pub fn write_bytes(&self, bytes: &[u8]) -> Result<()> {
        crate::write::emit_bytes(bytes, self.out.path(), &[&self.file])
    }

    /// [`emit`] for the one session file: text as it is, a PDF printed from the HTML.
    pub fn emit(&self, format: F, text: &str, workspace: &Workspace) -> Result<()> {
        emit(&self.out, format, text, &[&self.file], workspace)
    }
}

/// `--day N`, flattened into the documents that can show one day of the session.
#[derive(Debug, Clone, clap::Args)]
pub struct DayArg {
    /// One day of the session (1 = its first date); what it does is each command's (its
    /// words are `cli-<command>-day`)
    #[arg(long, value_name = "N", value_parser = super::help::number_from(1u16))]
    pub day: Option<u16>,
}

impl DayArg {
    /// The day asked for, checked against the session's `days` (`None`: every day).
    pub fn within(&self, days: usize) -> Result<Option<usize>> {
        super::day_in_range(self.day, days)
    }
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
        self.format_of(&document, &offered::<F>(F::DOCUMENT))
    }

    /// [`Output::format`] for another document the command writes, offered in only some of
    /// its formats (`agenda --zone`: the door schedule).
    pub fn format_for(&self, document: Kind) -> Result<F> {
        let name = move || document_name(document);
        let said = Said {
            name: &name,
            stem: example_stem(document),
        };
        self.format_of(&said, &offered::<F>(document))
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

/// The command's formats the document is offered in, as `crate::document::DOCUMENTS` lists
/// them: the one list `-o`'s extension is looked up in and its refusal lists (a unit test
/// holds every command's `--format` values to it).
fn offered<F: OutputFormat>(document: Kind) -> Vec<F> {
    let listed = crate::document::formats_of(document);
    F::value_variants()
        .iter()
        .copied()
        .filter(|f| listed.iter().any(|l| l.name == f.name()))
        .collect()
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
fn refusal<F: OutputFormat>(
    message: String,
    path: &Path,
    document: &Said<'_>,
    offered: &[F],
) -> Error {
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
        Kind::List => crate::tr!("output-document-list"),
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
        Kind::List => "list",
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
    use std::collections::BTreeSet;

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

    /// The names of a command's `--format` values.
    fn names<F: OutputFormat>() -> BTreeSet<String> {
        F::value_variants().iter().map(|f| f.name()).collect()
    }

    fn listed(kind: Kind) -> BTreeSet<String> {
        crate::document::formats_of(kind)
            .iter()
            .map(|f| f.name.to_string())
            .collect()
    }

    #[test]
    fn every_command_offers_the_formats_the_list_of_documents_gives_its_document() {
        use crate::cli::{agenda, attendance, certificates, groups, list, report, summary};
        let commands = [
            (
                "agenda",
                agenda::Format::DOCUMENT,
                names::<agenda::Format>(),
            ),
            (
                "attendance",
                attendance::Format::DOCUMENT,
                names::<attendance::Format>(),
            ),
            (
                "summary",
                summary::Format::DOCUMENT,
                names::<summary::Format>(),
            ),
            // `summary` of several files: the same `--format` values.
            (
                "summary A B",
                Kind::SummarySeries,
                names::<summary::Format>(),
            ),
            (
                "report",
                report::Format::DOCUMENT,
                names::<report::Format>(),
            ),
            (
                "groups",
                groups::Format::DOCUMENT,
                names::<groups::Format>(),
            ),
            (
                "certificates",
                certificates::Format::DOCUMENT,
                names::<certificates::Format>(),
            ),
            ("list", list::Format::DOCUMENT, names::<list::Format>()),
        ];
        for (command, kind, offered) in &commands {
            assert_eq!(
                offered,
                &listed(*kind),
                "`cowork {command}` --format values against DOCUMENTS"
            );
            for extension in EXTENSIONS.iter().map(|(_, f)| *f) {
                assert_eq!(
                    offered.contains(extension),
                    listed(*kind).contains(extension),
                    "{command} -o NAME.{extension}"
                );
            }
        }
        // The door schedule (`agenda --zone`) is written in some of the agenda's formats.
        let door = listed(Kind::Door);
        assert!(door.is_subset(&names::<agenda::Format>()), "{door:?}");
        let written: Vec<String> = offered::<agenda::Format>(Kind::Door)
            .iter()
            .map(|f| f.name())
            .collect();
        assert_eq!(written.len(), door.len(), "{written:?}");
        // Every document a command writes is one of these.
        let covered: Vec<Kind> = commands.iter().map(|(_, k, _)| *k).collect();
        for d in crate::document::DOCUMENTS {
            let written = covered.contains(&d.kind)
                || matches!(
                    d.kind,
                    Kind::Door | Kind::ReportAnonymized | Kind::ArchiveIndex | Kind::SessionCopy
                );
            assert!(written, "{} is written by no command of this test", d.name);
        }
    }

    #[test]
    fn an_extension_the_list_of_documents_lacks_is_refused_with_its_formats() {
        use crate::cli::attendance;
        let out = |path: &str| Output::<attendance::Format> {
            format: None,
            output: Some(PathBuf::from(path)),
        };
        assert_eq!(
            out("sheets.xlsx").format().map_err(|e| e.to_string()),
            Ok(attendance::Format::Xlsx)
        );
        let refused = out("sheets.ics").format().expect_err("no ics").to_string();
        assert!(
            refused.contains(".md, .html, .csv, .xlsx, .docx, .pdf"),
            "{refused}"
        );
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
