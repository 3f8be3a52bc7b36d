//! The sign-in sheets as a workbook: one worksheet per day, printed on A4 with room to sign.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::Workbook;

use super::book::{self, Sheet, Styles};
use crate::error::Result;
use crate::session::model::Language;
use crate::view::attendance::{AttendanceView, SheetColumn, SheetView};

/// The font size of the sheets (points).
const SIZE: f64 = 12.0;

/// Height of a row to sign in (points): about 10 mm, two lines of a long name.
const SIGN_ROW: f64 = 28.0;

/// The sign-in sheets of `view` as the bytes of an `.xlsx` file.
pub fn attendance(view: &AttendanceView) -> Result<Vec<u8>> {
    let language = Language::parse(view.header.language).unwrap_or_default();
    let styles = Styles::new(language, SIZE);
    let mut workbook = Workbook::new();
    for day in &view.days {
        let mut sheet = Sheet::add(&mut workbook, &sheet_name(view, language, day))?;
        day_sheet(&mut sheet, view, day, &styles)?;
    }
    if view.days.is_empty() {
        // A workbook needs a sheet; a session has a day, so this is only for safety.
        let mut sheet = Sheet::add(&mut workbook, label(view, "attendance_title"))?;
        sheet.line(0, 0, 0, label(view, "no_participants"), &styles.line)?;
    }
    book::finish(workbook)
}

fn label<'a>(view: &'a AttendanceView, key: &str) -> &'a str {
    view.labels.get(key).copied().unwrap_or_default()
}

/// «День 1 (3.12)», "Day 1 (3 Dec)".
fn sheet_name(view: &AttendanceView, language: Language, day: &SheetView) -> String {
    let date = NaiveDate::parse_from_str(&day.date, "%Y-%m-%d").ok();
    let short = match (language, date) {
        (Language::Ru, Some(d)) => format!("{}.{:02}", d.day(), d.month()),
        (Language::En, Some(d)) => d.format("%-d %b").to_string(),
        (_, None) => day.date.clone(),
    };
    format!("{} {} ({short})", label(view, "day"), day.number)
}

fn day_sheet(
    sheet: &mut Sheet<'_>,
    view: &AttendanceView,
    day: &SheetView,
    styles: &Styles,
) -> Result<()> {
    let columns = &day.columns;
    let last = u16::try_from(columns.len() - 1).unwrap_or(0);
    let widths: Vec<f64> = columns
        .iter()
        .map(|c| match c {
            SheetColumn::Number => 5.0,
            SheetColumn::Name => 34.0,
            SheetColumn::Position => 26.0,
            SheetColumn::Organization => 28.0,
            SheetColumn::Mark => 15.0,
            SheetColumn::Signature => 20.0,
        })
        .collect();
    let total_width: f64 = widths.iter().sum();

    // The heading lines: the organisation, the sheet's name, the theme, the date, the venue.
    let mut row = 0u32;
    let mut heading = |sheet: &mut Sheet<'_>,
                       text: &str,
                       format: &rust_xlsxwriter::Format,
                       size: f64|
     -> Result<()> {
        sheet.line(row, 0, last, text, format)?;
        sheet.height_for(row, text, total_width / (size / SIZE) * 0.95, size)?;
        row += 1;
        Ok(())
    };
    if let Some(organization) = &view.header.organization {
        heading(sheet, organization, &styles.line, SIZE)?;
    }
    heading(
        sheet,
        label(view, "attendance_title"),
        &styles.title,
        SIZE + 2.0,
    )?;
    heading(
        sheet,
        &format!("{}: {}", label(view, "theme"), view.header.title_quoted),
        &styles.line,
        SIZE,
    )?;
    let mut date = format!("{}: {}", label(view, "date"), day.date_line);
    if view.header.dates.len() > 1 {
        date.push_str(&format!(
            " ({} {})",
            label(view, "day").to_lowercase(),
            day.number
        ));
    }
    heading(sheet, &date, &styles.line, SIZE)?;
    if let Some(venue) = &view.header.venue {
        heading(
            sheet,
            &format!("{}: {}", label(view, "venue"), venue),
            &styles.line,
            SIZE,
        )?;
    }
    row += 1;

    // The table, its heading repeated on every printed page.
    let words: Vec<&str> = columns.iter().map(|c| label(view, c.label())).collect();
    sheet.head(row, &words, styles)?;
    row += 1;
    for r in &day.rows {
        for (col, &column) in (0u16..).zip(columns) {
            if column == SheetColumn::Number {
                sheet.number(row, col, r.number as f64, &styles.number)?;
                continue;
            }
            match column.text(r) {
                Some(text) => sheet.text(row, col, text, &styles.text)?,
                None => sheet.blank(row, col, &styles.text)?,
            }
        }
        sheet
            .ws
            .set_row_height(row, SIGN_ROW)
            .map_err(book::failed)?;
        row += 1;
    }
    // Numbered empty rows for those who come unregistered.
    for &n in &day.blank_rows {
        sheet.number(row, 0, n as f64, &styles.number)?;
        for col in 1..=last {
            sheet.blank(row, col, &styles.text)?;
        }
        sheet
            .ws
            .set_row_height(row, SIGN_ROW)
            .map_err(book::failed)?;
        row += 1;
    }
    for (col, width) in (0u16..).zip(&widths) {
        sheet.width(col, *width)?;
    }

    // Under the table: the totals of a recorded day, then the line for the one responsible.
    row += 1;
    if day.rows.is_empty() {
        sheet.line(
            row,
            0,
            last,
            &format!("{}.", label(view, "no_participants")),
            &styles.line,
        )?;
        row += 2;
    }
    if day.recorded {
        let mut totals = vec![
            (label(view, "registered_total"), day.registered as f64),
            (label(view, "present_total"), day.present as f64),
            (label(view, "absent_total"), day.absent as f64),
        ];
        if day.excused > 0 {
            totals.push((label(view, "excused_total"), day.excused as f64));
        }
        totals.push((label(view, "guests_total"), day.guests as f64));
        for (word, figure) in totals {
            sheet.line(row, 0, 1, word, &styles.label)?;
            sheet.number(row, 2, figure, &styles.figure)?;
            row += 1;
        }
        row += 1;
    }
    sheet.line(
        row,
        0,
        1,
        &format!("{}:", label(view, "responsible")),
        &styles.label,
    )?;
    sheet.blank(row, 2, &styles.sign_line)?;
    match &view.header.organizer {
        Some(organizer) => sheet.line(row, 3, last, organizer, &styles.figure)?,
        None => {
            for col in 3..=last {
                sheet.blank(row, col, &styles.sign_line)?;
            }
            sheet.line(
                row + 1,
                2,
                2,
                label(view, "signature_hint"),
                &styles.caption,
            )?;
            sheet.line(row + 1, 3, last, label(view, "name_hint"), &styles.caption)?;
        }
    }
    sheet
        .ws
        .set_row_height(row, SIGN_ROW)
        .map_err(book::failed)?;
    Ok(())
}
