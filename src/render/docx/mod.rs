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

/// A double frame round every page, as round the HTML certificate (1.5 pt, 10 pt off the
/// text), in the order the schema wants it: right after the section's `w:pgMar`. docx-rs
/// 0.4 writes no page borders, so the section's XML gets it here.
const PAGE_FRAME: &str = "<w:pgBorders w:offsetFrom=\"text\">\
<w:top w:val=\"double\" w:sz=\"12\" w:space=\"10\" w:color=\"444444\" />\
<w:left w:val=\"double\" w:sz=\"12\" w:space=\"10\" w:color=\"444444\" />\
<w:bottom w:val=\"double\" w:sz=\"12\" w:space=\"10\" w:color=\"444444\" />\
<w:right w:val=\"double\" w:sz=\"12\" w:space=\"10\" w:color=\"444444\" />\
</w:pgBorders>";

/// `document` with [`PAGE_FRAME`] after each section's margins. Text from the session is
/// escaped, so `<w:pgMar ` can only be the markup of a section.
fn framed(document: &str) -> String {
    let mut out = String::with_capacity(document.len() + 512);
    let mut rest = document;
    while let Some(start) = rest.find("<w:pgMar ") {
        let Some(end) = rest[start..].find("/>").map(|e| start + e + 2) else {
            break;
        };
        out.push_str(&rest[..end]);
        out.push_str(PAGE_FRAME);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The document as the bytes of a .docx file.
fn pack(pages: blocks::Pages) -> Result<Vec<u8>> {
    pack_as(pages, false)
}

/// The same with a double frame round every page (the certificates).
fn pack_framed(pages: blocks::Pages) -> Result<Vec<u8>> {
    pack_as(pages, true)
}

fn pack_as(pages: blocks::Pages, frame: bool) -> Result<Vec<u8>> {
    let mut xml = pages.finish().build();
    let mut document =
        String::from_utf8_lossy(&xml.document).replace(&header_mark(), "<w:tblHeader />");
    if frame {
        document = framed(&document);
    }
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
    fn a_framed_document_has_a_double_border_after_the_margins_of_each_section() {
        let mut pages = blocks::Pages::new();
        pages.paragraph(blocks::body("<w:pgMar "));
        pages.new_page(styles::Orientation::Landscape);
        pages.paragraph(blocks::body("Сертификат"));
        let document = String::from_utf8_lossy(&pages.finish().build().document).to_string();
        let framed = framed(&document);
        assert_eq!(framed.matches("<w:pgBorders").count(), 2, "{framed}");
        assert_eq!(framed.matches("w:val=\"double\"").count(), 8);
        roxmltree::Document::parse(&framed).expect("still well-formed");
        for section in framed.split("<w:sectPr>").skip(1) {
            let margins = section.find("<w:pgMar ").expect("margins");
            let frame = section.find("<w:pgBorders").expect("a frame");
            let columns = section.find("<w:cols").expect("columns");
            assert!(margins < frame && frame < columns, "{section}");
        }
        assert!(!framed.contains("&lt;w:pgMar &lt;w:pgBorders"));
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
