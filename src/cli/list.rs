//! `cowork list [DIR]`: the sessions of a folder in date order, with their state.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};
use crate::render::{json, table};
use crate::session::file as session_file;
use crate::session::model::FeedbackKind;
use crate::view::listing::{Row, Status};
use crate::workspace::Workspace;
use crate::write;

use super::document_args::{Output, OutputFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people
    Table,
    /// JSON for scripts
    Json,
    /// iCalendar for calendar apps: each session with its hours, days without a programme as
    /// whole days
    Ics,
    /// An Excel workbook: a row per session, the dates as Excel dates
    Xlsx,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder of session files [default: sessions/ at the workspace root]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    #[command(flatten)]
    pub out: Output<Format>,
}

impl OutputFormat for Format {
    // The sessions of a folder: a table wherever it goes, unless -o or --format say else.
    const MARKDOWN: Self = Format::Table;
    const ON_TERMINAL: Self = Format::Table;
    const DOCUMENT: crate::document::Kind = crate::document::Kind::List;
    fn by_extension(self) -> bool {
        self != Format::Table
    }
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.out.format()?;
    let output = args.out.path();
    let config = workspace.config()?;
    let dir = args.dir.clone().unwrap_or_else(|| config.sessions_dir());
    let files = session_files(&dir)?;
    if format == Format::Ics {
        return super::list_ics::run(&files, &dir, output, config);
    }
    let archive = config.archive_dir();
    // Every archive folder names the session it belongs to; read them once.
    let owners: Vec<(PathBuf, String)> = crate::archive::folders::scan(&archive)
        .into_iter()
        .filter_map(|(folder, owner)| match owner {
            crate::archive::folders::Owner::Session(identity) => {
                Some((PathBuf::from(identity), folder))
            }
            _ => None,
        })
        .collect();
    let archived = Archived {
        dir: &archive,
        owners: &owners,
    };
    let today = crate::clock::today();
    let mut rows: Vec<Row> = files.iter().map(|f| row(f, &archived, today)).collect();
    rows.sort_by(|a, b| {
        (a.first.is_none(), a.first, &a.file).cmp(&(b.first.is_none(), b.first, &b.file))
    });
    // The interface's words; the dates are said in the same language.
    let language = crate::i18n::fluent::interface();
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let text = match format {
        Format::Xlsx => {
            let bytes = crate::render::xlsx::list::list(language, &rows)?;
            return write::emit_bytes(&bytes, output, &inputs);
        }
        Format::Json => json::list(&rows)?,
        // Made above from the sessions themselves, before the archive is looked at.
        Format::Ics => String::new(),
        Format::Table if rows.is_empty() => {
            eprintln!(
                "{}",
                crate::tr!("table-list-empty", dir = dir.display().to_string())
            );
            String::new()
        }
        Format::Table => table::list(language, &rows, super::terminal_width()),
    };
    write::emit(&text, output, &inputs)
}

/// The `*.toml` files directly in `dir`, by name.
fn session_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        let hint = (e.kind() == std::io::ErrorKind::NotFound)
            .then(|| crate::tr!("table-list-no-folder-hint"));
        Error::input(
            crate::tr!(
                "table-list-no-folder",
                dir = dir.display().to_string(),
                reason = crate::io_failure::cause(&e).reason
            ),
            hint.as_deref(),
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("toml"))
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Reads one file; whatever is wrong with it becomes its error count, never a failure.
/// `today` tells a session ahead from one held.
fn row(path: &Path, archive: &Archived<'_>, today: NaiveDate) -> Row {
    let file = path.display().to_string();
    let checked = match session_file::check(path) {
        Ok(checked) => checked,
        Err(_) => {
            return Row {
                file,
                dates: Vec::new(),
                title: None,
                series: None,
                status: Status::Invalid,
                participants: 0,
                activities: 0,
                pluses: 0,
                minuses: 0,
                interesting: 0,
                errors: 1,
                warnings: 0,
                first: None,
                all_dates: Vec::new(),
            };
        }
    };
    let session = &checked.session;
    let info = &session.info;
    let all_dates: Vec<NaiveDate> = info.dates.iter().map(|d| d.value).collect();
    let first = all_dates.first().copied();
    let count = |kind: FeedbackKind| {
        session
            .feedback
            .iter()
            .filter(|f| f.kind.as_ref().is_some_and(|k| k.value == kind))
            .count()
    };
    let title = info.title.as_ref().map(|t| t.value.trim().to_string());
    let status = if checked.errors() > 0 {
        Status::Invalid
    } else {
        let held = crate::view::listing::is_held(session, today);
        // A session ahead is planned whatever the archive holds; only a held one is looked up.
        let archived = held
            .then(|| first.and_then(|d| archive.folder_of(path, d, title.as_deref())))
            .flatten()
            .map(|folder| Archived::is_current(&folder, &checked.file.text));
        Status::of(held, archived)
    };
    Row {
        file,
        dates: all_dates
            .iter()
            .map(|d| d.format("%Y-%m-%d").to_string())
            .collect(),
        title,
        series: info.series.as_ref().map(|s| s.value.trim().to_string()),
        status,
        participants: session.participants.len(),
        // Breaks (`break = true`) are not activities held.
        activities: session.activities.iter().filter(|a| !a.is_break()).count(),
        pluses: count(FeedbackKind::Plus),
        minuses: count(FeedbackKind::Minus),
        interesting: count(FeedbackKind::Interesting),
        errors: checked.errors(),
        warnings: checked.warnings(),
        first,
        all_dates,
    }
}

/// The archive as `list` sees it: its folder and the session files its folders belong to.
struct Archived<'a> {
    dir: &'a Path,
    /// Each folder's session, as its path from the repository's (or workspace's) root, and
    /// the folder, relative to the archive.
    owners: &'a [(PathBuf, String)],
}

impl Archived<'_> {
    /// The folder of the archive that holds a session: the one that names it as its own
    /// (see `archive::folders`), else a folder of an older version, named by the theme and
    /// date or by the session file.
    fn folder_of(&self, path: &Path, first: NaiveDate, title: Option<&str>) -> Option<PathBuf> {
        let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if let Some((_, folder)) = self.owners.iter().find(|(owner, _)| full.ends_with(owner)) {
            return Some(self.dir.join(folder));
        }
        // Only a folder that names no owner can be an older version's.
        let legacy =
            |d: &PathBuf| d.is_dir() && !d.join(crate::archive::owner::OWNER_FILE).exists();
        let by_file = path
            .file_stem()
            .map(|stem| self.dir.join(first.year().to_string()).join(stem))
            .filter(legacy);
        let by_title = || {
            title
                .map(|t| {
                    self.dir
                        .join(crate::archive::place::session_folder(first, t))
                })
                .filter(legacy)
        };
        by_file.or_else(by_title)
    }

    /// Whether the copy of the session in `folder` is `text`, the file as it is now (line
    /// ends aside: git may check either out with CRLF). A folder without a readable copy
    /// cannot be compared and counts as current.
    fn is_current(folder: &Path, text: &str) -> bool {
        let copy = folder.join(crate::archive::documents::SESSION_COPY);
        if !copy.is_file() {
            return true;
        }
        match session_file::read_text(&copy) {
            Ok(archived) => same_lines(&archived, text),
            // Unreadable now (too big, not text): archiving again writes it anew.
            Err(_) => false,
        }
    }
}

/// The same text, whatever its lines end with.
fn same_lines(a: &str, b: &str) -> bool {
    a.lines().eq(b.lines())
}
