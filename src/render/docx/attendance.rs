//! The sign-in sheets in Word: a page per day, a row per participant with room to sign,
//! the header row repeated when a sheet runs over a page.

use docx_rs::{HeightRule, Paragraph};

use super::agenda::label;
use super::blocks::{self, Pages, Words, number_cell, row, text_cell};
use super::styles::Orientation;
use crate::error::Result;
use crate::view::attendance::{AttendanceView, SheetColumn};

/// A row tall enough to sign in: about 8.5 mm, in twips.
const ROW_HEIGHT: f32 = 482.0;

/// `attendance --format docx`.
pub fn attendance(view: &AttendanceView) -> Result<Vec<u8>> {
    let w = Words::of(view.header.language);
    let l = |key| label(&view.labels, key);
    let several_days = view.header.dates.len() > 1;
    let mut pages = Pages::new();
    for day in &view.days {
        pages.new_page(Orientation::Portrait);
        pages.masthead(
            &w,
            view.header.organization.as_deref(),
            l("attendance_title"),
        );
        pages.paragraph(blocks::labelled(
            l("theme"),
            &w.text(&view.header.title_quoted),
        ));
        let mut date = w.text(&day.date_line);
        if several_days {
            date.push_str(&format!(" ({} {})", l("day").to_lowercase(), day.number));
        }
        pages.paragraph(blocks::labelled(l("date"), &date));
        if let Some(venue) = &view.header.venue {
            pages.paragraph(blocks::labelled(l("venue"), &w.text(venue)));
        }
        pages.paragraph(Paragraph::new());

        let org = view.organization_column;
        let titles: Vec<&str> = day.columns.iter().map(|c| l(c.label())).collect();
        let fixed: Vec<Option<usize>> = day
            .columns
            .iter()
            .map(|c| match c {
                SheetColumn::Number => Some(620),
                SheetColumn::Name => Some(if org { 2500 } else { 3600 }),
                SheetColumn::Position => None,
                SheetColumn::Organization => Some(2300),
                SheetColumn::Mark => Some(1400),
                SheetColumn::Signature => Some(if org { 1600 } else { 2000 }),
            })
            .collect();
        let widths = blocks::widths(pages.text_width(), &fixed);

        let mut body = Vec::new();
        for r in &day.rows {
            let cells = day
                .columns
                .iter()
                .map(|&c| match c {
                    SheetColumn::Number => (number_cell(&r.number.to_string()), 1),
                    // The mark is the document's own word, not text from the session.
                    SheetColumn::Mark => (text_cell(r.status_text.unwrap_or_default()), 1),
                    c => (
                        text_cell(&c.text(r).map(|v| w.text(v)).unwrap_or_default()),
                        1,
                    ),
                })
                .collect();
            body.push(cells);
        }
        for n in &day.blank_rows {
            let mut cells = vec![(number_cell(&n.to_string()), 1)];
            cells.extend((1..titles.len()).map(|_| (text_cell(""), 1)));
            body.push(cells);
        }
        let mut rows = vec![blocks::header_row(&titles)];
        rows.extend(blocks::widen(body, &widths).into_iter().map(|cells| {
            row(cells)
                .row_height(ROW_HEIGHT)
                .height_rule(HeightRule::AtLeast)
        }));
        pages.table(blocks::grid(rows, &widths));

        if day.rows.is_empty() {
            pages.paragraph(blocks::body(&format!("{}.", l("no_participants"))));
        }
        if day.recorded {
            let totals = day.totals(&view.labels).join("; ");
            pages.paragraph(blocks::body(&w.text(&totals)).keep_next(true));
        }
        let who = match &view.header.organizer {
            Some(organizer) => format!("____________ {}", w.text(organizer)),
            None => format!(
                "____________ ({})   ______________________ ({})",
                l("signature_hint"),
                l("name_hint")
            ),
        };
        pages.paragraph(blocks::body(&format!("{}: {who}", l("responsible"))));
    }
    super::pack(pages)
}
