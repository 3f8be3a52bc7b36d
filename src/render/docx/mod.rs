//! Word documents (`--format docx`) built from the same views as the templates, with
//! docx-rs: real styles in styles.xml, repeated header rows, page breaks and landscape
//! sections where a page needs them. View → bytes: no disk, no environment.

mod agenda;
mod attendance;
mod blocks;
mod certificates;
mod door;
mod groups;
mod report;
mod styles;
mod summary;

pub use agenda::agenda;
pub use attendance::attendance;
pub use certificates::certificates;
pub use door::doors;
pub use groups::groups;
pub use report::report;
pub use summary::{series_summary, summary};

use crate::error::{Error, Result};

/// The row property docx-rs writes for [`blocks::HEADER_MARK`]; text from the session is
/// escaped, so this markup can only come from a header row.
fn header_mark() -> String {
    format!(
        "<w:trHeight w:val=\"{}\" w:hRule=\"auto\" />",
        blocks::HEADER_MARK
    )
}

/// The document as the bytes of a .docx file.
fn pack(pages: blocks::Pages) -> Result<Vec<u8>> {
    let mut xml = pages.finish().build();
    let document =
        String::from_utf8_lossy(&xml.document).replace(&header_mark(), "<w:tblHeader />");
    xml.document = document.into_bytes();
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|e| {
        Error::input(
            crate::tr!("render-docx-failed", reason = e.to_string()),
            None,
        )
    })?;
    Ok(bytes.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rows_repeat_and_the_mark_is_gone() {
        let mut pages = blocks::Pages::new();
        let widths = [1000, 2000];
        pages.table(blocks::grid(
            vec![
                blocks::header_row(&["№", "ФИО"]),
                blocks::row(vec![
                    blocks::text_cell("1"),
                    blocks::text_cell("<w:trHeight"),
                ]),
            ],
            &widths,
        ));
        let mut xml = pages.finish().build();
        let text = String::from_utf8_lossy(&xml.document).to_string();
        assert!(text.contains(&header_mark()), "{text}");
        xml.document.clear();
        let bytes = pack(blocks::Pages::new()).expect("packs");
        assert!(bytes.starts_with(b"PK"));
    }

    #[test]
    fn the_same_document_is_the_same_bytes_whatever_came_before() {
        let make = || {
            let mut pages = blocks::Pages::new();
            pages.paragraph(blocks::body("Тема"));
            pack(pages).expect("packs")
        };
        let first = make();
        let _ = make();
        // The archive renders several documents in one run: git must see no change in
        // one whose session did not change.
        assert_eq!(make(), first);
    }
}
