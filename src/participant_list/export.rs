//! A session's participants written out as a spreadsheet: `.xlsx` (typed cells, a bold
//! header repeated on every printed page) or `.csv` (UTF-8 with a byte-order mark and `;`,
//! as Excel on a Russian Windows opens it); the headings in the session's language.

use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};

use crate::error::{Error, Result};
use crate::render::csv::spreadsheet_text;
use crate::session::model::{Language, Role, Session, Sp};
use crate::view::labels::word;

/// The formats a list is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Xlsx,
    Csv,
}

/// The extensions a list can be written as, for the usage error.
pub const EXTENSIONS: &str = "xlsx, csv";

impl ListFormat {
    /// The format an output path's extension names.
    pub fn of(path: &std::path::Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// The headings, Fluent ids in `cowork-documents.ftl`.
pub const HEADINGS: [&str; 8] = [
    "doc-participants-number",
    "doc-participants-name",
    "doc-participants-position",
    "doc-participants-organization",
    "doc-participants-experience",
    "doc-participants-role",
    "doc-participants-id",
    "doc-participants-group",
];

/// A role as the list says it.
fn role_word(language: Language, role: Role) -> &'static str {
    word(
        language,
        match role {
            Role::Participant => "doc-participants-role-participant",
            Role::Moderator => "doc-participants-role-moderator",
            Role::Mentor => "doc-participants-role-mentor",
            Role::Guest => "doc-participants-role-guest",
            Role::Organizer => "doc-participants-role-organizer",
        },
    )
}

/// One row of the list: text cells, and the two numbers.
struct Row<'s> {
    number: usize,
    name: &'s str,
    position: &'s str,
    organization: &'s str,
    experience: Option<i64>,
    role: &'static str,
    id: &'s str,
    group: Option<i64>,
}

/// A text field's value, if given.
fn own(v: &Option<Sp<String>>) -> Option<&str> {
    v.as_ref().map(|s| s.value.as_str())
}

fn rows(session: &Session) -> Vec<Row<'_>> {
    let language = session.info.language;
    let default_organization = own(&session.info.organization).unwrap_or("");
    session
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| Row {
            number: i + 1,
            name: p.name(),
            position: own(&p.position).unwrap_or(""),
            organization: own(&p.organization).unwrap_or(default_organization),
            experience: p.experience.as_ref().map(|e| e.value),
            role: role_word(language, p.role),
            id: own(&p.id).unwrap_or(""),
            group: p.group.as_ref().map(|g| g.value),
        })
        .collect()
}

/// The list as CSV: a byte-order mark (so Excel reads UTF-8), `;` between cells (what Excel
/// expects in a Russian locale), CRLF line ends, and no cell that a spreadsheet would take
/// for a formula.
pub fn csv(session: &Session) -> Result<Vec<u8>> {
    let language = session.info.language;
    let failed = |e: ::csv::Error| {
        Error::input(
            crate::tr!("participants-export-failed", reason = e.to_string()),
            None,
        )
    };
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer
            .write_record(HEADINGS.iter().map(|id| word(language, id)))
            .map_err(failed)?;
        for row in rows(session) {
            let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
            writer
                .write_record([
                    row.number.to_string().as_str(),
                    &spreadsheet_text(row.name),
                    &spreadsheet_text(row.position),
                    &spreadsheet_text(row.organization),
                    &number(row.experience),
                    row.role,
                    &spreadsheet_text(row.id),
                    &number(row.group),
                ])
                .map_err(failed)?;
        }
        writer.flush().map_err(|e| failed(e.into()))?;
    }
    Ok(out)
}

/// The widths of the columns, in characters.
const WIDTHS: [f64; 8] = [5.0, 38.0, 28.0, 30.0, 8.0, 14.0, 12.0, 8.0];

/// The list as an Excel workbook: one sheet, text written as text (a name beginning with `=`
/// stays a name), numbers as numbers, a bold bordered header with a filter that repeats on
/// every printed page, A4 fitted to the page's width.
pub fn xlsx(session: &Session) -> Result<Vec<u8>> {
    build_xlsx(session).map_err(|e| {
        Error::input(
            crate::tr!("participants-export-failed", reason = e.to_string()),
            None,
        )
    })
}

fn build_xlsx(session: &Session) -> std::result::Result<Vec<u8>, XlsxError> {
    let language = session.info.language;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(word(language, "doc-participants-sheet"))?;
    let header = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_text_wrap();
    let cell = Format::new().set_border(FormatBorder::Thin).set_text_wrap();
    for (col, id) in HEADINGS.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, word(language, id), &header)?;
        sheet.set_column_width(col, WIDTHS[usize::from(col)])?;
    }
    let rows = rows(session);
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_number_with_format(r, 0, row.number as f64, &cell)?;
        for (col, text) in [
            (1, row.name),
            (2, row.position),
            (3, row.organization),
            (5, row.role),
            (6, row.id),
        ] {
            sheet.write_string_with_format(r, col, text, &cell)?;
        }
        for (col, number) in [(4, row.experience), (7, row.group)] {
            match number {
                Some(n) => sheet.write_number_with_format(r, col, n as f64, &cell)?,
                None => sheet.write_blank(r, col, &cell)?,
            };
        }
    }
    let last = rows.len() as u32;
    sheet.autofilter(0, 0, last, HEADINGS.len() as u16 - 1)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_a_message_in_both_languages() {
        let mut ids: Vec<&str> = HEADINGS.to_vec();
        ids.extend([
            "doc-participants-sheet",
            "doc-participants-role-participant",
            "doc-participants-role-moderator",
            "doc-participants-role-mentor",
            "doc-participants-role-guest",
            "doc-participants-role-organizer",
        ]);
        for language in [Language::Ru, Language::En] {
            for id in &ids {
                let loader = crate::i18n::fluent::documents_loader(language, id);
                assert!(loader.has(id), "{id} is missing in {language:?}");
            }
        }
    }

    #[test]
    fn role_words_read_back_as_their_roles() {
        for language in [Language::Ru, Language::En] {
            for role in Role::ALL {
                assert_eq!(Role::parse(role_word(language, role)), Some(role));
            }
        }
    }
}
