//! What every workbook shares: the cell styles, typed writes, column widths, A4 print setup.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::error::{Error, Result};
use crate::session::model::Language;

/// The longest text a cell holds (Excel's limit); anything longer is cut there.
const CELL_LIMIT: usize = 32_767;

/// The font of every sheet, as Russian office papers are set.
const FONT: &str = "Times New Roman";

/// Why a workbook could not be made (the message, in one place for translation).
pub fn failed(e: XlsxError) -> Error {
    Error::input(
        crate::tr!("render-xlsx-failed", reason = e.to_string()),
        None,
    )
}

/// The styles of one workbook, in one font size.
pub struct Styles {
    /// The document's name above a table.
    pub title: Format,
    /// A line of text above or below a table, wrapped.
    pub line: Format,
    /// A small caption under a signature line.
    pub caption: Format,
    /// The bottom border of a line to sign on.
    pub sign_line: Format,
    /// A table's heading row: bold, bordered, centred, wrapped.
    pub head: Format,
    /// A table cell of text.
    pub text: Format,
    /// A table cell of a number.
    pub number: Format,
    /// A table cell of a share (0.83 shown as 83 %).
    pub percent: Format,
    /// A table cell of a date.
    pub date: Format,
    /// A bold label beside a figure, under a table.
    pub label: Format,
    /// A figure under a table, left-aligned beside its label.
    pub figure: Format,
}

impl Styles {
    pub fn new(language: Language, size: f64) -> Self {
        let base = Format::new().set_font_name(FONT).set_font_size(size);
        let cell = base
            .clone()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        let date_format = match language {
            Language::Ru => "dd.mm.yyyy",
            Language::En => "d mmm yyyy",
        };
        Self {
            title: base
                .clone()
                .set_bold()
                .set_font_size(size + 2.0)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
            line: base.clone().set_text_wrap().set_align(FormatAlign::Top),
            caption: base
                .clone()
                .set_font_size(size - 3.0)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::Top),
            sign_line: base.clone().set_border_bottom(FormatBorder::Thin),
            head: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center),
            text: cell.clone().set_text_wrap(),
            number: cell.clone().set_align(FormatAlign::Right),
            percent: cell.clone().set_num_format("0%"),
            date: cell
                .clone()
                .set_num_format(date_format)
                .set_align(FormatAlign::Center),
            label: base.clone().set_bold(),
            figure: base.clone().set_align(FormatAlign::Left),
        }
    }
}

/// A worksheet being filled, with the widest text seen in each table column.
pub struct Sheet<'a> {
    pub ws: &'a mut Worksheet,
    widths: Vec<usize>,
}

impl<'a> Sheet<'a> {
    /// A new sheet of `book` named `name` (made a valid sheet name), set up to print on A4.
    pub fn add(book: &'a mut Workbook, name: &str) -> Result<Self> {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(name)).map_err(failed)?;
        print_on_a4(ws);
        Ok(Self {
            ws,
            widths: Vec::new(),
        })
    }

    fn measure(&mut self, col: u16, chars: usize) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        // A cell of several lines is as wide as its longest line.
        self.widths[col] = self.widths[col].max(chars);
    }

    /// Text, always as text: `=1+1` stays those characters.
    pub fn text(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
        let text = within_limit(text);
        let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        self.measure(col, widest);
        self.ws
            .write_string_with_format(row, col, text, format)
            .map_err(failed)?;
        Ok(())
    }

    /// Text over the columns `first..=last` of one row (a line above or below a table).
    pub fn line(
        &mut self,
        row: u32,
        first: u16,
        last: u16,
        text: &str,
        format: &Format,
    ) -> Result<()> {
        let text = within_limit(text);
        if first == last {
            self.ws
                .write_string_with_format(row, first, text, format)
                .map_err(failed)?;
        } else {
            self.ws
                .merge_range(row, first, row, last, text, format)
                .map_err(failed)?;
        }
        Ok(())
    }

    /// A number, as a number.
    pub fn number(&mut self, row: u32, col: u16, number: f64, format: &Format) -> Result<()> {
        self.measure(col, number.to_string().chars().count());
        self.ws
            .write_number_with_format(row, col, number, format)
            .map_err(failed)?;
        Ok(())
    }

    /// A date, as an Excel date.
    pub fn date(&mut self, row: u32, col: u16, date: NaiveDate, format: &Format) -> Result<()> {
        self.measure(col, 10);
        match excel_date(date) {
            Some(excel) => {
                self.ws
                    .write_date_with_format(row, col, &excel, format)
                    .map_err(failed)?;
                Ok(())
            }
            // Excel knows the years 1900–9999 only; any other stays readable as text.
            None => self.text(row, col, &date.format("%Y-%m-%d").to_string(), format),
        }
    }

    /// A date given as ISO text (as the views keep it), or the text itself when it is none.
    pub fn iso_date(
        &mut self,
        row: u32,
        col: u16,
        iso: &str,
        date: &Format,
        text: &Format,
    ) -> Result<()> {
        match NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
            Ok(d) => self.date(row, col, d, date),
            Err(_) => self.text(row, col, iso, text),
        }
    }

    /// An empty cell that still has its borders.
    pub fn blank(&mut self, row: u32, col: u16, format: &Format) -> Result<()> {
        self.ws.write_blank(row, col, format).map_err(failed)?;
        Ok(())
    }

    /// A table's heading row, bold with borders, repeated at the top of every printed page.
    pub fn head(&mut self, row: u32, words: &[&str], styles: &Styles) -> Result<()> {
        for (col, word) in (0u16..).zip(words) {
            // A heading may wrap onto two lines: it asks for half its width at least.
            let width = word.chars().count();
            self.ws
                .write_string_with_format(row, col, *word, &styles.head)
                .map_err(failed)?;
            self.measure(col, width.div_ceil(2).max(longest_word(word)));
        }
        self.ws.set_repeat_rows(row, row).map_err(failed)?;
        Ok(())
    }

    /// A list's heading row: as [`Sheet::head`], with an autofilter over the list's
    /// `rows` rows below it and the heading frozen on screen.
    pub fn list_head(
        &mut self,
        row: u32,
        words: &[&str],
        rows: usize,
        styles: &Styles,
    ) -> Result<()> {
        self.head(row, words, styles)?;
        let last_col = u16::try_from(words.len().saturating_sub(1)).unwrap_or(0);
        let last_row = row
            + u32::try_from(rows)
                .unwrap_or(u32::MAX - row)
                .min(1_048_575 - row);
        self.ws
            .autofilter(row, 0, last_row, last_col)
            .map_err(failed)?;
        self.ws.set_freeze_panes(row + 1, 0).map_err(failed)?;
        Ok(())
    }

    /// Sets each table column to the width of its widest text, between `min` and `max`
    /// characters (a longer text wraps in its cell).
    pub fn fit_columns(&mut self, min: usize, max: usize) -> Result<()> {
        for (col, &chars) in (0u16..).zip(&self.widths) {
            let width = (chars + 2).clamp(min, max);
            self.ws
                .set_column_width(col, width as f64)
                .map_err(failed)?;
        }
        Ok(())
    }

    /// Sets column `col` to `width` characters.
    pub fn width(&mut self, col: u16, width: f64) -> Result<()> {
        self.ws.set_column_width(col, width).map_err(failed)?;
        Ok(())
    }

    /// Gives row `row` the height of `text` wrapped in `width` characters, at `size` points.
    pub fn height_for(&mut self, row: u32, text: &str, width: f64, size: f64) -> Result<()> {
        let per_line = width.max(1.0);
        let lines: f64 = text
            .lines()
            .map(|l| ((l.chars().count() as f64) / per_line).ceil().max(1.0))
            .sum::<f64>()
            .max(1.0);
        self.ws
            .set_row_height(row, lines * size * 1.3)
            .map_err(failed)?;
        Ok(())
    }
}

/// A4 portrait, one page wide, margins of Russian office papers (left 2 cm, right 1 cm, top
/// and bottom 2 cm), the page number at the foot.
fn print_on_a4(ws: &mut Worksheet) {
    const CM: f64 = 1.0 / 2.54;
    ws.set_paper_size(9)
        .set_portrait()
        .set_print_fit_to_pages(1, 0)
        .set_margins(2.0 * CM, 1.0 * CM, 2.0 * CM, 2.0 * CM, 0.8 * CM, 0.8 * CM)
        .set_footer("&C&P");
}

/// A valid sheet name: none of `[]:*?/\`, not starting or ending with an apostrophe, at
/// most 31 characters, never empty.
pub fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let cleaned = cleaned.trim_matches('\'');
    let short: String = cleaned.chars().take(31).collect();
    let short = short.trim_end().trim_end_matches('\'').to_string();
    if short.is_empty() {
        "1".to_string()
    } else {
        short
    }
}

/// The workbook's bytes.
pub fn finish(mut book: Workbook) -> Result<Vec<u8>> {
    book.save_to_buffer().map_err(failed)
}

fn within_limit(text: &str) -> &str {
    match text.char_indices().nth(CELL_LIMIT) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

fn excel_date(date: NaiveDate) -> Option<ExcelDateTime> {
    let year = u16::try_from(date.year()).ok()?;
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    ExcelDateTime::from_ymd(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid() {
        assert_eq!(sheet_name("День 1 (3.12)"), "День 1 (3.12)");
        assert_eq!(sheet_name("a[b]:c*d?e/f\\g"), "a b c d e f g");
        assert_eq!(sheet_name("'x'"), "x");
        assert_eq!(sheet_name(""), "1");
        assert_eq!(sheet_name(&"я".repeat(40)).chars().count(), 31);
    }

    #[test]
    fn long_text_is_cut_at_the_cell_limit() {
        let long = "ж".repeat(CELL_LIMIT + 5);
        assert_eq!(within_limit(&long).chars().count(), CELL_LIMIT);
        assert_eq!(within_limit("кратко"), "кратко");
    }
}
