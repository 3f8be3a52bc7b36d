//! The page and the Word styles of every docx document (ГОСТ Р 7.0.97-2016): A4, margins
//! 30/15/20/20 mm, Times New Roman 14 pt, 12 pt in tables, single spacing.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Level, LevelJc, LevelText, LineSpacing,
    LineSpacingType, NumberFormat, PageMargin, PageOrientationType, RunFonts, SectionProperty,
    SpecialIndentType, Start, Style, StyleType, TableBorder, TableBorderPosition, TableBorders,
    TableCellMargins, WidthType,
};

/// The font of every style.
pub const FONT: &str = "Times New Roman";
/// Body text: 14 pt, in half-points.
pub const BODY_SIZE: usize = 28;
/// Table text: 12 pt, in half-points.
pub const TABLE_SIZE: usize = 24;

/// Style ids (what `w:pStyle` names) of the paragraph and table styles defined here.
pub const TITLE: &str = "Title";
pub const HEADING1: &str = "Heading1";
pub const HEADING2: &str = "Heading2";
pub const HEADING3: &str = "Heading3";
pub const LIST_NUMBER: &str = "ListNumber";
pub const TABLE_GRID: &str = "TableGrid";
pub const TABLE_TEXT: &str = "TableText";

/// The abstract numbering (1., 2., 3.) every numbered list refers to.
pub const LIST_ABSTRACT: usize = 1;

/// A4 in twips (1/1440 inch): 210 × 297 mm.
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;

/// Millimetres in twips.
const fn mm(v: u32) -> i32 {
    (v as f64 * 1440.0 / 25.4 + 0.5) as i32
}

/// Which way a section's pages lie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    /// The width of the text between the margins, in twips.
    pub fn text_width(self) -> usize {
        let page = match self {
            Self::Portrait => A4_SHORT,
            Self::Landscape => A4_LONG,
        };
        (page as i32 - mm(30) - mm(15)) as usize
    }

    /// The page size and margins of a section of this orientation.
    pub fn section(self) -> SectionProperty {
        let (w, h, orient) = match self {
            Self::Portrait => (A4_SHORT, A4_LONG, PageOrientationType::Portrait),
            Self::Landscape => (A4_LONG, A4_SHORT, PageOrientationType::Landscape),
        };
        SectionProperty::new()
            .page_size(docx_rs::PageSize::new().size(w, h).orient(orient))
            .page_margin(margins())
    }

    /// The same for the document's last section (the `w:sectPr` of `w:body`).
    pub fn apply_last(self, docx: Docx) -> Docx {
        let (w, h, orient) = match self {
            Self::Portrait => (A4_SHORT, A4_LONG, PageOrientationType::Portrait),
            Self::Landscape => (A4_LONG, A4_SHORT, PageOrientationType::Landscape),
        };
        docx.page_size(w, h)
            .page_orient(orient)
            .page_margin(margins())
    }
}

fn margins() -> PageMargin {
    PageMargin::new()
        .left(mm(30))
        .right(mm(15))
        .top(mm(20))
        .bottom(mm(20))
        .header(mm(10))
        .footer(mm(10))
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT)
}

/// Single spacing, `before`/`after` in twips.
fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .line(240)
        .before(before)
        .after(after)
}

/// A heading style: bold, of `size`, with outline level `level` (the navigation pane).
fn heading(id: &str, name: &str, level: usize, size: usize, before: u32) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .bold()
        .size(size)
        .fonts(fonts())
        .outline_lvl(level)
        .line_spacing(spacing(before, 120))
}

/// A new document with the page, the defaults, the styles and the numbered-list format.
pub fn document() -> Docx {
    let grid_border = |p| TableBorder::new(p).size(4);
    Docx::new()
        .default_fonts(fonts())
        .default_size(BODY_SIZE)
        .default_line_spacing(spacing(0, 0))
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .q_format(true)
                .fonts(fonts())
                .size(BODY_SIZE)
                .line_spacing(spacing(0, 0)),
        )
        .add_style(
            Style::new(TITLE, StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(BODY_SIZE + 4)
                .fonts(fonts())
                .align(AlignmentType::Center)
                .line_spacing(spacing(120, 120)),
        )
        .add_style(heading(HEADING1, "heading 1", 0, BODY_SIZE + 2, 240))
        .add_style(heading(HEADING2, "heading 2", 1, BODY_SIZE, 200))
        .add_style(heading(HEADING3, "heading 3", 2, BODY_SIZE, 120))
        .add_style(
            Style::new(LIST_NUMBER, StyleType::Paragraph)
                .name("List Number")
                .based_on("Normal")
                .q_format(true)
                .fonts(fonts())
                .size(BODY_SIZE),
        )
        .add_style(
            Style::new(TABLE_TEXT, StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .q_format(true)
                .fonts(fonts())
                .size(TABLE_SIZE),
        )
        .add_style(
            Style::new(TABLE_GRID, StyleType::Table)
                .name("Table Grid")
                .set_borders(
                    TableBorders::new()
                        .set(grid_border(TableBorderPosition::Top))
                        .set(grid_border(TableBorderPosition::Left))
                        .set(grid_border(TableBorderPosition::Bottom))
                        .set(grid_border(TableBorderPosition::Right))
                        .set(grid_border(TableBorderPosition::InsideH))
                        .set(grid_border(TableBorderPosition::InsideV)),
                )
                .margins(
                    TableCellMargins::new()
                        .margin_left(85, WidthType::Dxa)
                        .margin_right(85, WidthType::Dxa),
                ),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(LIST_ABSTRACT).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("decimal"),
                    LevelText::new("%1."),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(709),
                    Some(SpecialIndentType::Hanging(425)),
                    None,
                    None,
                ),
            ),
        )
}
