//! Participant lists in spreadsheets: read from `.xlsx`, `.ods`, `.xls` or `.csv`, merged
//! into a session file, and written back out — an input stage beside `session/`.
//!
//! Reading goes [`read`] (bytes → a [`Grid`] of text cells with the row numbers the
//! spreadsheet shows) → [`columns::find`] (the header row and what each column holds) →
//! [`columns::people`] (one [`columns::Person`] per readable row, a [`columns::RowProblem`]
//! per unreadable one) → [`import::plan`] (who is new, who is already in the session) →
//! [`import::append`] (the new `[[participants]]` tables, inside the one safe edit).
//! [`export`] writes a session's participants as `.xlsx` or `.csv`.

pub mod columns;
mod csv;
pub mod export;
pub mod import;
mod sheet;

use std::path::Path;

use crate::error::{Error, Result};

/// The largest list file read: a city's list of teachers is some hundred kilobytes.
pub const MAX_LIST_SIZE: u64 = 32 * 1024 * 1024;

/// One row of a list as the spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// The row number the spreadsheet shows (1-based, the header and title rows counted).
    pub number: usize,
    /// The cells as text, trimmed.
    pub cells: Vec<String>,
}

/// A list file read into rows of text; empty rows left out.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub rows: Vec<GridRow>,
    /// The encoding a CSV file was decoded from when it was not UTF-8 (e.g. "Windows-1251").
    pub encoding: Option<&'static str>,
}

/// The kinds of list file, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Xls,
    Ods,
    Csv,
}

impl Kind {
    /// The kind a file name's extension says, if it is one that can be read.
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" | "xlsm" => Some(Self::Xlsx),
            "xls" => Some(Self::Xls),
            "ods" => Some(Self::Ods),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// Reads the list file at `path` into a grid; the extension decides how.
pub fn read(path: &Path) -> Result<Grid> {
    let shown = path.display().to_string();
    let Some(kind) = Kind::of(path) else {
        return Err(Error::Usage {
            message: crate::tr!("participants-list-kind", path = shown),
            hint: Some(crate::tr!("participants-list-kind-hint")),
        });
    };
    let bytes = read_limited(path)?;
    match kind {
        Kind::Csv => csv::read(&shown, &bytes),
        Kind::Xlsx | Kind::Xls | Kind::Ods => sheet::read(&shown, bytes, kind),
    }
}

/// The bytes of a list file, refused past [`MAX_LIST_SIZE`] before they are all read.
fn read_limited(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let io = |e| Error::io(crate::io_failure::Action::Read, path, e);
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(MAX_LIST_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_LIST_SIZE {
        return Err(Error::input(
            crate::tr!(
                "participants-list-too-big",
                path = path.display().to_string(),
                limit = (MAX_LIST_SIZE / 1024 / 1024).to_string()
            ),
            Some(&crate::tr!("participants-list-too-big-hint")),
        ));
    }
    Ok(bytes)
}

/// A cell's text as a list holds it: spaces at the ends dropped, runs of spaces and line
/// breaks inside made one space.
pub(crate) fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
