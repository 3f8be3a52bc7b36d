//! The door schedules in Word: a page per zone and day, the zone's name in large letters,
//! its own activities and the plenary ones.

use docx_rs::{AlignmentType, Paragraph};

use super::agenda::label;
use super::blocks::{self, Pages, Words, cell, cell_text, row, text_cell};
use super::styles::{self, Orientation};
use crate::error::Result;
use crate::view::door::DoorsView;

/// The zone's name on its door: 28 pt, in half-points.
const DOOR_TITLE_SIZE: usize = 56;

/// `agenda --zone … --format docx`.
pub fn doors(view: &DoorsView) -> Result<Vec<u8>> {
    let w = Words::of(view.header.language);
    let l = |key| label(&view.labels, key);
    let mut pages = Pages::new();
    for page in &view.pages {
        pages.new_page(Orientation::Portrait);
        let mut session = String::new();
        if let Some(org) = &view.header.organization {
            session.push_str(&w.text(org));
            session.push('\n');
        }
        session.push_str(&format!(
            "{} {}",
            l("session"),
            w.text(&view.header.title_quoted)
        ));
        pages.paragraph(blocks::body(&session).align(AlignmentType::Center));
        pages.paragraph(
            blocks::styled(styles::TITLE, &w.text(&page.zone.title)).size(DOOR_TITLE_SIZE),
        );
        if let Some(room) = &page.zone.room {
            pages.paragraph(blocks::body(&w.text(room)).align(AlignmentType::Center));
        }
        pages.paragraph(
            blocks::body(&w.text(&page.date_with_weekday))
                .align(AlignmentType::Center)
                .bold(),
        );
        if page.own == 0 {
            pages.paragraph(blocks::body(&format!("{}.", l("nothing_here"))));
        }
        if !page.activities.is_empty() {
            let widths = blocks::widths(pages.text_width(), &[Some(1900), None]);
            let body = page
                .activities
                .iter()
                .map(|a| {
                    let mut lines: Vec<Paragraph> = Vec::new();
                    if let Some(format) = &a.format {
                        lines.push(cell_text(&w.text(format)).italic());
                    }
                    lines.push(cell_text(&w.text(&a.title_quoted)).bold());
                    if !a.moderators.is_empty() {
                        let names: Vec<String> = a.moderators.iter().map(|m| w.text(m)).collect();
                        lines.push(
                            cell_text(&format!("{}: {}", a.moderators_label, names.join(", ")))
                                .italic(),
                        );
                    }
                    if a.plenary {
                        lines.push(cell_text(l("for_all_zones")));
                    }
                    vec![(text_cell(&a.time), 1), (cell(lines), 1)]
                })
                .collect();
            let mut rows = vec![blocks::header_row(&[l("time"), l("activity")])];
            rows.extend(blocks::widen(body, &widths).into_iter().map(row));
            pages.table(blocks::grid(rows, &widths));
        }
        if let Some(online) = &page.zone.online {
            pages.paragraph(blocks::labelled(l("online"), &w.text(online)));
        }
    }
    super::pack(pages)
}
