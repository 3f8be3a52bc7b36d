//! The sessions of a folder (`cowork list`) as a workbook: one sheet, a row per session.

use rust_xlsxwriter::Workbook;

use super::book::{self, Sheet, Styles};
use crate::error::Result;
use crate::session::model::Language;
use crate::view::listing::Row;

/// The font size of the sheet (points).
const SIZE: f64 = 11.0;

/// The listing as the bytes of an `.xlsx` file, in the interface language.
pub fn list(language: Language, rows: &[Row]) -> Result<Vec<u8>> {
    let styles = Styles::new(language, SIZE);
    let mut workbook = Workbook::new();
    let mut sheet = Sheet::add(&mut workbook, &crate::tr_in!(language, "xlsx-list-sheet"))?;
    let words = [
        crate::tr_in!(language, "xlsx-list-first-date"),
        crate::tr_in!(language, "xlsx-list-last-date"),
        crate::tr_in!(language, "table-list-theme"),
        crate::tr_in!(language, "table-list-series"),
        crate::tr_in!(language, "table-list-status"),
        crate::tr_in!(language, "table-list-participants"),
        crate::tr_in!(language, "table-list-activities"),
        crate::tr_in!(language, "xlsx-list-pluses"),
        crate::tr_in!(language, "xlsx-list-minuses"),
        crate::tr_in!(language, "xlsx-list-interesting"),
        crate::tr_in!(language, "table-list-file"),
    ];
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    sheet.list_head(0, &words, rows.len(), &styles)?;
    for (row, r) in (1u32..).zip(rows) {
        let mut cell = |col: u16, text: Option<&str>| match text {
            Some(text) => sheet.text(row, col, text, &styles.text),
            None => sheet.blank(row, col, &styles.text),
        };
        cell(2, r.title.as_deref())?;
        cell(3, r.series.as_deref())?;
        let status = r.status.name(language, r.errors);
        cell(4, Some(&status))?;
        cell(10, Some(&r.file))?;
        match (r.all_dates.first(), r.all_dates.last()) {
            (Some(&first), Some(&last)) => {
                sheet.date(row, 0, first, &styles.date)?;
                sheet.date(row, 1, last, &styles.date)?;
            }
            _ => {
                sheet.blank(row, 0, &styles.text)?;
                sheet.blank(row, 1, &styles.text)?;
            }
        }
        for (col, figure) in [
            (5, r.participants),
            (6, r.activities),
            (7, r.pluses),
            (8, r.minuses),
            (9, r.interesting),
        ] {
            sheet.number(row, col, figure as f64, &styles.number)?;
        }
    }
    sheet.fit_columns(8, 60)?;
    book::finish(workbook)
}
