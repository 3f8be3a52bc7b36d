//! The arguments every document command shares: the session file, `--format` and `-o`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// The output formats of one command. Each command has its own enum (its `--help` lists
/// only the formats it makes); the value names double as the `-o` extensions they answer to.
pub trait OutputFormat: clap::ValueEnum + Copy + Send + Sync + 'static {
    /// The format for a pipe, a file or an extension no format answers to.
    const MARKDOWN: Self;
    /// The format when stdout is a terminal and no `-o` is given.
    const ON_TERMINAL: Self;
    /// Formats never picked by an extension (a terminal table).
    fn by_extension(self) -> bool {
        true
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
    /// The output format: the one asked for; else the one `-o`'s extension names (any case;
    /// one no format answers to means Markdown); else the terminal's when stdout is a
    /// terminal, and Markdown for a pipe or a file.
    pub fn format(&self) -> F {
        if let Some(format) = self.format {
            return format;
        }
        let extension = self
            .output
            .as_deref()
            .and_then(Path::extension)
            .and_then(|e| e.to_str());
        match extension {
            Some(ext) => F::from_str(ext, true)
                .ok()
                .filter(|f| f.by_extension())
                .unwrap_or(F::MARKDOWN),
            None if self.output.is_none() && std::io::stdout().is_terminal() => F::ON_TERMINAL,
            None => F::MARKDOWN,
        }
    }

    /// `-o`, if given.
    pub fn path(&self) -> Option<&Path> {
        self.output.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
    enum Format {
        Table,
        Md,
        #[value(alias = "htm")]
        Html,
        Json,
    }

    impl OutputFormat for Format {
        const MARKDOWN: Self = Format::Md;
        const ON_TERMINAL: Self = Format::Table;
        fn by_extension(self) -> bool {
            self != Format::Table
        }
    }

    fn picked(asked: Option<Format>, output: Option<&str>) -> Format {
        Output {
            format: asked,
            output: output.map(PathBuf::from),
        }
        .format()
    }

    #[test]
    fn the_extension_names_the_format() {
        assert_eq!(picked(None, Some("plan.HTML")), Format::Html);
        assert_eq!(picked(None, Some("plan.htm")), Format::Html);
        assert_eq!(picked(None, Some("plan.json")), Format::Json);
        assert_eq!(picked(None, Some("plan.docx")), Format::Md);
        assert_eq!(picked(None, Some("plan.table")), Format::Md);
        assert_eq!(picked(None, Some("plan")), Format::Md);
        assert_eq!(picked(Some(Format::Json), Some("plan.html")), Format::Json);
    }
}
