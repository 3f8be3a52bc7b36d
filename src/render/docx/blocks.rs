//! The pieces every docx document is made of: text made safe for XML, paragraphs in the
//! styles, tables with a repeated header row, numbered lists, signature blocks, and the
//! document itself with its page breaks and landscape sections.

use docx_rs::{
    AlignmentType, BreakType, Docx, HeightRule, IndentLevel, LevelOverride, Numbering, NumberingId,
    Paragraph, Run, Table, TableCell, TableLayoutType, TableRow, VAlignType, VMergeType, WidthType,
};

use super::styles::{self, Orientation};
use crate::session::model::Language;
use crate::view::SignatoryView;

/// The row height that marks a header row until the document is packed, when it becomes
/// `<w:tblHeader/>` (repeat on every page), which docx-rs does not write itself.
pub(super) const HEADER_MARK: f32 = 1.5;

/// Whether `c` can stand in a docx: XML 1.0 has no place for most control characters (a
/// session file can hold them), and C1 controls and non-characters mean nothing in print.
fn printable(c: char) -> bool {
    !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// A text as runs can carry it: control characters dropped, line breaks kept as `\n`,
/// tabs as spaces.
pub fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if printable(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// The text of a document, in its language: cleaned, with non-breaking spaces where a
/// line must not break (dates, «№ 5», initials, units).
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub lang: Language,
}

impl Words {
    /// The document's words for a view's `header.language`.
    pub fn of(code: &str) -> Self {
        Self {
            lang: Language::parse(code).unwrap_or(Language::Ru),
        }
    }

    /// Text from the session, tied and cleaned.
    pub fn text(&self, text: &str) -> String {
        clean(&crate::i18n::typography::tie(text, self.lang))
    }
}

/// A run of `text` (already cleaned): its lines joined by line breaks.
pub fn run(text: &str) -> Run {
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        if !line.is_empty() {
            run = run.add_text(line);
        }
    }
    run
}

/// A paragraph of style `style` holding `text`.
pub fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new().style(style).add_run(run(text))
}

/// A body paragraph.
pub fn body(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

/// «Label: value»: the label in bold.
pub fn labelled(label: &str, value: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(&format!("{label}: ")).bold())
        .add_run(run(value))
}

/// A heading (styles `Heading1`…), kept with what follows.
pub fn heading(style: &str, text: &str) -> Paragraph {
    styled(style, text).keep_next(true)
}

/// A paragraph of table text.
pub fn cell_text(text: &str) -> Paragraph {
    styled(styles::TABLE_TEXT, text)
}

/// A table cell of paragraphs (a cell always has one, even empty).
pub fn cell(paragraphs: Vec<Paragraph>) -> TableCell {
    let mut cell = TableCell::new().vertical_align(VAlignType::Top);
    if paragraphs.is_empty() {
        return cell.add_paragraph(cell_text(""));
    }
    for p in paragraphs {
        cell = cell.add_paragraph(p);
    }
    cell
}

/// A cell of one line of table text.
pub fn text_cell(text: &str) -> TableCell {
    cell(vec![cell_text(text)])
}

/// A cell of one line of table text, right-aligned (numbers).
pub fn number_cell(text: &str) -> TableCell {
    cell(vec![cell_text(text).align(AlignmentType::Right)])
}

/// A cell that starts a vertical merge of `rows` rows (`rowspan`).
pub fn merged(cell: TableCell, rows: usize) -> TableCell {
    if rows > 1 {
        cell.vertical_merge(VMergeType::Restart)
    } else {
        cell
    }
}

/// The cell a vertical merge covers.
pub fn covered() -> TableCell {
    cell(Vec::new()).vertical_merge(VMergeType::Continue)
}

/// A header row: bold, centred, repeated at the top of every page, never split.
pub fn header_row(titles: &[&str]) -> TableRow {
    let cells = titles
        .iter()
        .map(|t| {
            cell(vec![
                cell_text(&clean(t))
                    .align(AlignmentType::Center)
                    .bold()
                    .keep_next(true),
            ])
            .vertical_align(VAlignType::Center)
        })
        .collect();
    TableRow::new(cells)
        .cant_split()
        .row_height(HEADER_MARK)
        .height_rule(HeightRule::Auto)
}

/// A body row, never split across pages.
pub fn row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

/// A table in the "Table Grid" style, the full width of the text, its columns `widths`
/// (twips; the cells get the same widths so every office suite lays it out alike).
pub fn grid(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    let total: usize = widths.iter().sum();
    // No borders of its own (an empty `w:tblBorders`): the style's, so restyling "Table
    // Grid" restyles every table.
    Table::without_borders(rows)
        .style(styles::TABLE_GRID)
        .set_grid(widths.to_vec())
        .width(total, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// A table without borders, for laying out a line of signatures: rows of cells already
/// given their `widths` ([`widen`]), the width of the columns together.
pub fn borderless(rows: Vec<Vec<TableCell>>, widths: &[usize]) -> Table {
    Table::new(rows.into_iter().map(TableRow::new).collect())
        .clear_all_border()
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// Gives each cell of `rows` its column's width (a merged cell spans its columns).
pub fn widen(rows: Vec<Vec<(TableCell, usize)>>, widths: &[usize]) -> Vec<Vec<TableCell>> {
    rows.into_iter()
        .map(|cells| {
            let mut column = 0;
            cells
                .into_iter()
                .map(|(cell, span)| {
                    let width: usize = widths.iter().skip(column).take(span.max(1)).sum();
                    column += span.max(1);
                    let cell = cell.width(width, WidthType::Dxa);
                    if span > 1 { cell.grid_span(span) } else { cell }
                })
                .collect()
        })
        .collect()
}

/// Column widths: `fixed` twips for the columns that have one, the rest of `total` shared
/// equally by the others.
pub fn widths(total: usize, fixed: &[Option<usize>]) -> Vec<usize> {
    let taken: usize = fixed.iter().flatten().sum();
    let free = fixed.iter().filter(|f| f.is_none()).count().max(1);
    let each = total.saturating_sub(taken) / free;
    fixed.iter().map(|f| f.unwrap_or(each)).collect()
}

/// The document being written: its pages, where the next page begins and which way it lies.
pub struct Pages {
    docx: Docx,
    /// The orientation of the section being written.
    orientation: Orientation,
    /// Whether anything is on the current section's pages yet.
    written: bool,
    /// The next paragraph begins a new page.
    break_pending: bool,
    /// The next numbering id for a list that starts at 1.
    next_list: usize,
}

impl Pages {
    pub fn new() -> Self {
        Self {
            docx: styles::document(),
            orientation: Orientation::Portrait,
            written: false,
            break_pending: false,
            next_list: 1,
        }
    }

    /// The width of the text on the current pages, in twips.
    pub fn text_width(&self) -> usize {
        self.orientation.text_width()
    }

    /// What follows begins a new page lying `orientation`: a page break, or a section of its
    /// own when the orientation changes (a section begins a new page).
    pub fn new_page(&mut self, orientation: Orientation) {
        if !self.written {
            self.orientation = orientation;
            self.break_pending = false;
            return;
        }
        if orientation == self.orientation {
            self.break_pending = true;
            return;
        }
        let end = Paragraph::new().section_property(self.orientation.section());
        self.docx = std::mem::take(&mut self.docx).add_paragraph(end);
        self.orientation = orientation;
        self.written = false;
        self.break_pending = false;
    }

    /// What follows lies `orientation`: a new section (and page) only if it changes.
    pub fn orient(&mut self, orientation: Orientation) {
        if orientation != self.orientation {
            self.new_page(orientation);
        }
    }

    /// The top of a document or of one of its sheets: the organisation, centred, then the
    /// document's title in the Title style.
    pub fn masthead(&mut self, words: &Words, organization: Option<&str>, title: &str) {
        if let Some(org) = organization {
            self.paragraph(body(&words.text(org)).align(AlignmentType::Center));
        }
        self.paragraph(styled(styles::TITLE, &clean(title)));
    }

    pub fn paragraph(&mut self, p: Paragraph) {
        let p = if std::mem::take(&mut self.break_pending) {
            p.page_break_before(true)
        } else {
            p
        };
        self.docx = std::mem::take(&mut self.docx).add_paragraph(p);
        self.written = true;
    }

    pub fn table(&mut self, t: Table) {
        if self.break_pending {
            self.paragraph(Paragraph::new());
        }
        self.docx = std::mem::take(&mut self.docx).add_table(t);
        self.written = true;
        // Two tables in a row would merge into one: a paragraph keeps them apart.
        self.docx = std::mem::take(&mut self.docx).add_paragraph(Paragraph::new());
    }

    /// A numbered list (style "List Number") of `items`, numbered from 1.
    pub fn numbered(&mut self, items: impl IntoIterator<Item = Paragraph>) {
        let id = self.next_list;
        self.next_list += 1;
        self.docx = std::mem::take(&mut self.docx).add_numbering(
            Numbering::new(id, styles::LIST_ABSTRACT).add_override(LevelOverride::new(0).start(1)),
        );
        for item in items {
            self.paragraph(
                item.style(styles::LIST_NUMBER)
                    .numbering(NumberingId::new(id), IndentLevel::new(0)),
            );
        }
    }

    /// The document, its last section lying as the pages written last.
    pub fn finish(self) -> Docx {
        self.orientation.apply_last(self.docx)
    }
}

/// The words of a signature block: «УТВЕРЖДАЮ», «СОГЛАСОВАНО», the blank for a date.
pub struct SignatureWords<'a> {
    pub approved: &'a str,
    pub agreed: &'a str,
    pub date_blank: &'a str,
}

/// «СОГЛАСОВАНО» on the left and «УТВЕРЖДАЮ» on the right, as on paper: a borderless table
/// at the top of the first page. Nothing when neither is given.
pub fn signatures(
    pages: &mut Pages,
    words: &Words,
    labels: &SignatureWords<'_>,
    approval: Option<&SignatoryView>,
    agreed: Option<&SignatoryView>,
) {
    if approval.is_none() && agreed.is_none() {
        return;
    }
    let block = |word: &str, s: Option<&SignatoryView>| -> TableCell {
        let Some(s) = s else {
            return cell(vec![body("")]);
        };
        let mut lines = vec![
            body(&clean(word)).bold(),
            body(&words.text(&s.position)),
            body(&format!("____________ {}", words.text(&s.name))),
        ];
        if let Some(order) = &s.order {
            lines.push(body(&words.text(order)));
        }
        lines.push(body(
            &words.text(s.date.as_deref().unwrap_or(labels.date_blank)),
        ));
        cell(lines)
    };
    let total = pages.text_width();
    let widths = widths(
        total,
        &[Some(total * 42 / 100), None, Some(total * 42 / 100)],
    );
    let cells = widen(
        vec![vec![
            (block(labels.agreed, agreed), 1),
            (cell(vec![body("")]), 1),
            (block(labels.approved, approval), 1),
        ]],
        &widths,
    );
    pages.table(borderless(cells, &widths).layout(TableLayoutType::Fixed));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_what_xml_can_hold() {
        assert_eq!(clean("a\u{0}b\u{1b}[2J\u{7}c"), "ab[2Jc");
        assert_eq!(clean("one\r\ntwo\rthree\tfour"), "one\ntwo\nthree four");
        assert_eq!(clean("\u{85}x\u{FFFE}\u{FFFF}ё"), "xё");
        assert_eq!(clean("<b>&amp;</b>"), "<b>&amp;</b>");
    }

    #[test]
    fn widths_share_what_is_left() {
        assert_eq!(widths(1000, &[Some(100), None, None]), vec![100, 450, 450]);
        assert_eq!(widths(100, &[Some(200), None]), vec![200, 0]);
    }
}
