//! The certificates in Word: one landscape A4 page each, the same words as the HTML
//! certificates, the signature block at the foot.

use docx_rs::{AlignmentType, LineSpacing, Paragraph};

use super::agenda::label;
use super::blocks::{self, Pages, Words};
use super::styles::{self, Orientation};
use crate::error::Result;
use crate::view::certificates::CertificatesView;

/// A centred paragraph of `text` in `size` half-points, `before` twips of space above.
fn line(text: &str, size: usize, bold: bool, before: u32) -> Paragraph {
    let run = blocks::run(text).size(size);
    let run = if bold { run.bold() } else { run };
    Paragraph::new()
        .add_run(run)
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(before).after(60))
}

/// `certificates FILE --format docx`.
pub fn certificates(view: &CertificatesView) -> Result<Vec<u8>> {
    let w = Words::of(view.header.language);
    let l = |key| label(&view.labels, key);
    let mut pages = Pages::new();
    if view.certificates.is_empty() {
        pages.paragraph(blocks::body(&format!("{}.", l("no_certificates"))));
        return super::pack(pages);
    }
    for c in &view.certificates {
        pages.new_page(Orientation::Landscape);
        if let Some(org) = &view.header.organization {
            pages.paragraph(line(&w.text(org), 26, false, 0));
        }
        pages.paragraph(
            Paragraph::new()
                .style(styles::TITLE)
                .add_run(blocks::run(&l("certificate").to_uppercase()).size(88))
                .line_spacing(LineSpacing::new().before(400).after(0)),
        );
        if let Some(subtitle) = c.subtitle.filter(|s| !s.is_empty()) {
            pages.paragraph(line(subtitle, 36, false, 0));
        }
        pages.paragraph(line(l("certifies"), 26, false, 200));
        pages.paragraph(line(&w.text(&c.name), 52, true, 60));
        pages.paragraph(line(&w.text(&c.statement), 28, false, 60));
        pages.paragraph(line(&w.text(&view.header.title_quoted), 34, true, 60));
        if !c.activities.is_empty() {
            let activities: Vec<String> = c.activities.iter().map(|a| w.text(a)).collect();
            let label = c.activities_label.as_deref().unwrap_or_default();
            pages.paragraph(line(
                &format!("{}: {}", w.text(label), activities.join("; ")),
                24,
                false,
                60,
            ));
        }
        let when = match &view.hours_text {
            Some(hours) => format!("{}, {}", view.header.dates_text, hours),
            None => view.header.dates_text.clone(),
        };
        pages.paragraph(line(&w.text(&when), 24, false, 60));
        if let Some(venue) = &view.header.venue {
            pages.paragraph(line(&w.text(venue), 24, false, 0));
        }
        signature(&mut pages, &w, view, l("signature"));
        if let Some(date) = view.approval.as_ref().and_then(|a| a.date.as_deref()) {
            pages.paragraph(blocks::body(&w.text(date)).size(22));
        }
    }
    super::pack_framed(pages)
}

/// The position, the line to sign on (with «подпись» under it) and the name: a borderless
/// row; blanks to fill in by hand when nobody approves.
fn signature(pages: &mut Pages, w: &Words, view: &CertificatesView, caption: &str) {
    let blank = "________________";
    let (position, name) = match &view.approval {
        Some(a) => (w.text(&a.position), w.text(&a.name)),
        None => (blank.to_string(), blank.to_string()),
    };
    let total = pages.text_width();
    let widths = blocks::widths(total, &[None, Some(3400), Some(total * 30 / 100)]);
    let text = |t: &str| Paragraph::new().add_run(blocks::run(t).size(24));
    let cells = blocks::widen(
        vec![vec![
            (blocks::cell(vec![text(&position)]), 1),
            (
                blocks::cell(vec![
                    text("______________________").align(AlignmentType::Center),
                    Paragraph::new()
                        .add_run(blocks::run(&blocks::clean(caption)).size(16))
                        .align(AlignmentType::Center),
                ]),
                1,
            ),
            (blocks::cell(vec![text(&name)]), 1),
        ]],
        &widths,
    );
    pages.paragraph(Paragraph::new().line_spacing(LineSpacing::new().before(600)));
    pages.table(blocks::borderless(cells, &widths));
}
