//! Workbooks (`.xlsx`, `.xls`, `.ods`) through `calamine`: the first worksheet, its cells as
//! text, numbered as the spreadsheet shows them.

use std::io::Cursor;

use calamine::{Data, Ods, Reader, Xls, Xlsx};

use crate::error::{Error, Result};

use super::{Grid, GridRow, Kind};

pub fn read(shown: &str, bytes: Vec<u8>, kind: Kind) -> Result<Grid> {
    let cursor = Cursor::new(bytes);
    let first = match kind {
        Kind::Xlsx => Xlsx::new(cursor)
            .map_err(|e| unreadable(shown, kind, &e))
            .map(|mut book| {
                book.worksheet_range_at(0)
                    .map(|r| r.map_err(|e| e.to_string()))
            }),
        Kind::Xls => Xls::new(cursor)
            .map_err(|e| unreadable(shown, kind, &e))
            .map(|mut book| {
                book.worksheet_range_at(0)
                    .map(|r| r.map_err(|e| e.to_string()))
            }),
        Kind::Ods | Kind::Csv => Ods::new(cursor)
            .map_err(|e| unreadable(shown, kind, &e))
            .map(|mut book| {
                book.worksheet_range_at(0)
                    .map(|r| r.map_err(|e| e.to_string()))
            }),
    }?;
    let range = match first {
        None => return Ok(Grid::default()),
        Some(Err(reason)) => return Err(unreadable(shown, kind, &reason)),
        Some(Ok(range)) => range,
    };
    let (top, _) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .filter_map(|(i, row)| {
            let cells: Vec<String> = row.iter().map(text).collect();
            cells.iter().any(|c| !c.is_empty()).then(|| GridRow {
                number: top as usize + i + 1,
                cells,
            })
        })
        .collect();
    Ok(Grid {
        rows,
        encoding: None,
    })
}

/// A cell as text: a whole number without «.0», an error cell as nothing.
fn text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Error(_) | Data::Empty => String::new(),
        other => super::tidy(&other.to_string()),
    }
}

fn unreadable(shown: &str, kind: Kind, reason: &dyn std::fmt::Display) -> Error {
    let what = match kind {
        Kind::Ods => "OpenDocument",
        Kind::Xls | Kind::Xlsx | Kind::Csv => "Excel",
    };
    Error::input(
        crate::tr!(
            "participants-sheet-unreadable",
            path = shown,
            kind = what,
            reason = reason.to_string()
        ),
        Some(&crate::tr!("participants-sheet-unreadable-hint")),
    )
}
