//! The groups in Word: each group a heading and a table of its members, who was left out.

use docx_rs::Paragraph;

use super::agenda::label;
use super::blocks::{self, Pages, Words, number_cell, row, text_cell};
use super::styles;
use crate::error::Result;
use crate::view::groups::GroupsView;

/// `groups --format docx`.
pub fn groups(view: &GroupsView) -> Result<Vec<u8>> {
    let w = Words::of(view.header.language);
    let l = |key| label(&view.labels, key);
    let mut pages = Pages::new();
    pages.masthead(&w, view.header.organization.as_deref(), l("groups_title"));
    pages.paragraph(blocks::labelled(
        l("theme"),
        &w.text(&view.header.title_quoted),
    ));
    match &view.day {
        Some(day) => pages.paragraph(blocks::labelled(l("date"), &w.text(&day.date_text))),
        None => pages.paragraph(blocks::labelled(
            &view.header.dates_label,
            &w.text(&view.header.dates_text),
        )),
    }
    if let Some(venue) = &view.header.venue {
        pages.paragraph(blocks::labelled(l("venue"), &w.text(venue)));
    }
    let org = view.organization_column;
    for g in &view.groups {
        pages.paragraph(blocks::heading(
            styles::HEADING2,
            &format!("{} {} ({})", l("group"), g.number, w.text(&g.size_text)),
        ));
        let mut titles = vec![l("number"), l("full_name"), l("position")];
        let mut fixed = vec![Some(620), Some(if org { 2600 } else { 3400 }), None];
        if org {
            titles.push(l("organization"));
            fixed.push(Some(2100));
        }
        titles.extend([l("experience"), l("note")]);
        fixed.extend([Some(900), Some(1800)]);
        let widths = blocks::widths(pages.text_width(), &fixed);
        let optional =
            |v: &Option<String>| text_cell(&v.as_deref().map(|v| w.text(v)).unwrap_or_default());
        let body = g
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let name = blocks::cell(vec![if m.leader {
                    blocks::cell_text(&w.text(&m.name)).bold()
                } else {
                    blocks::cell_text(&w.text(&m.name))
                }]);
                let mut cells = vec![
                    (number_cell(&(i + 1).to_string()), 1),
                    (name, 1),
                    (optional(&m.position), 1),
                ];
                if org {
                    cells.push((optional(&m.organization), 1));
                }
                cells.push((
                    number_cell(&m.experience.map(|e| e.to_string()).unwrap_or_default()),
                    1,
                ));
                cells.push((text_cell(&w.text(&m.note)), 1));
                cells
            })
            .collect();
        let mut rows = vec![blocks::header_row(&titles)];
        rows.extend(blocks::widen(body, &widths).into_iter().map(row));
        pages.table(blocks::grid(rows, &widths));
    }
    if !view.left_out.is_empty() {
        let who: Vec<String> = view
            .left_out
            .iter()
            .map(|p| format!("{} ({})", w.text(&p.name), w.text(&p.reason_text)))
            .collect();
        pages.paragraph(
            Paragraph::new()
                .add_run(blocks::run(&format!("{}: ", l("left_out"))).bold())
                .add_run(blocks::run(&who.join("; "))),
        );
    }
    super::pack(pages)
}
