//! «Итоги обсуждения: плюсы и минусы» in Word, of one session or of a series.

use docx_rs::Paragraph;

use super::agenda::{decisions_table, label};
use super::blocks::{self, Pages, Words, number_cell, row, text_cell};
use super::styles;
use crate::error::Result;
use crate::view::summary::{FeedbackSummary, KindGroup, SeriesView, SummaryView};

/// The words of a view's headings and labels, by key.
type Labels = std::collections::BTreeMap<&'static str, &'static str>;

/// Under a kind's points: «Всего пунктов: N; голосов: M.»
pub(super) fn kind_totals(labels: &Labels, k: &KindGroup) -> Paragraph {
    let l = |key| label(labels, key);
    blocks::body(&format!(
        "{}: {}; {}: {}.",
        l("points_total"),
        k.count,
        l("votes_total").to_lowercase(),
        k.votes
    ))
}

/// After every kind: «Итого: пунктов — N, голосов — M.»
pub(super) fn feedback_total(labels: &Labels, feedback: &FeedbackSummary) -> Paragraph {
    let l = |key| label(labels, key);
    Paragraph::new()
        .add_run(blocks::run(&format!("{}: ", l("total"))).bold())
        .add_run(blocks::run(&format!(
            "{} — {}, {} — {}.",
            l("points_total").to_lowercase(),
            feedback.points,
            l("votes_total").to_lowercase(),
            feedback.votes
        )))
}

/// A table of points: №, the point, [the activity], votes.
fn points(pages: &mut Pages, w: &Words, view: &SummaryView, k: &KindGroup, activity: bool) {
    let l = |key| label(&view.labels, key);
    let mut titles = vec![l("number"), l("point")];
    let mut fixed = vec![Some(620), None];
    if activity {
        titles.push(l("activity"));
        fixed.push(Some(3000));
    }
    titles.push(l("votes"));
    fixed.push(Some(1300));
    let widths = blocks::widths(pages.text_width(), &fixed);
    let body = k
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut cells = vec![
                (number_cell(&(i + 1).to_string()), 1),
                (text_cell(&w.text(&p.text)), 1),
            ];
            if activity {
                let a = p.activity_quoted.as_deref().map(|a| w.text(a));
                cells.push((text_cell(&a.unwrap_or_default()), 1));
            }
            cells.push((number_cell(&p.votes.to_string()), 1));
            cells
        })
        .collect();
    let mut rows = vec![blocks::header_row(&titles)];
    rows.extend(blocks::widen(body, &widths).into_iter().map(row));
    pages.table(blocks::grid(rows, &widths));
}

/// `summary FILE --format docx`.
pub fn summary(view: &SummaryView) -> Result<Vec<u8>> {
    let w = Words::of(view.header.language);
    let l = |key| label(&view.labels, key);
    let mut pages = Pages::new();
    pages.masthead(&w, view.header.organization.as_deref(), l("summary_title"));
    pages.paragraph(blocks::labelled(
        l("theme"),
        &w.text(&view.header.title_quoted),
    ));
    pages.paragraph(blocks::labelled(
        &view.header.dates_label,
        &w.text(&view.header.dates_text),
    ));
    let feedback = &view.feedback;
    if feedback.points == 0 {
        pages.paragraph(blocks::body(&format!("{}.", l("no_feedback"))));
    } else if view.grouped {
        for g in &feedback.by_activity {
            pages.paragraph(blocks::heading(styles::HEADING2, &w.text(&g.heading)));
            for k in g.kinds.iter().filter(|k| !k.points.is_empty()) {
                pages.paragraph(blocks::heading(styles::HEADING3, k.name));
                points(&mut pages, &w, view, k, false);
            }
        }
    } else {
        for k in &feedback.kinds {
            if k.points.is_empty() && k.kind == "interesting" {
                continue;
            }
            pages.paragraph(blocks::heading(styles::HEADING2, k.name));
            if k.points.is_empty() {
                pages.paragraph(blocks::body(l("no_points")));
                continue;
            }
            points(&mut pages, &w, view, k, true);
            pages.paragraph(kind_totals(&view.labels, k));
        }
    }
    if feedback.points > 0 {
        pages.paragraph(feedback_total(&view.labels, feedback));
    }
    super::pack(pages)
}

/// `summary FILE FILE… --format docx`: the sessions of a series, the points raised more
/// than once, the decisions still open.
pub fn series_summary(view: &SeriesView) -> Result<Vec<u8>> {
    let w = Words::of(view.language);
    let l = |key| label(&view.labels, key);
    let mut pages = Pages::new();
    pages.paragraph(blocks::styled(
        styles::TITLE,
        &blocks::clean(l("series_summary_title")),
    ));
    if let Some(series) = &view.series {
        pages.paragraph(blocks::labelled(l("series"), &w.text(series)));
    }
    pages.paragraph(blocks::heading(styles::HEADING2, l("sessions")));
    let votes = l("votes_total").to_lowercase();
    let counted = |short: &str| format!("{short} ({votes})");
    let (pluses, minuses, interesting) = (
        counted(l("pluses_short")),
        counted(l("minuses_short")),
        counted(l("interesting_short")),
    );
    let widths = blocks::widths(
        pages.text_width(),
        &[Some(2000), None, Some(1500), Some(1500), Some(1500)],
    );
    let body = view
        .sessions
        .iter()
        .map(|s| {
            vec![
                (text_cell(&w.text(&s.date_text)), 1),
                (text_cell(&w.text(&s.title_quoted)), 1),
                (number_cell(&format!("{} ({})", s.pluses, s.plus_votes)), 1),
                (
                    number_cell(&format!("{} ({})", s.minuses, s.minus_votes)),
                    1,
                ),
                (
                    number_cell(&format!("{} ({})", s.interesting, s.interesting_votes)),
                    1,
                ),
            ]
        })
        .collect();
    let mut rows = vec![blocks::header_row(&[
        l("date"),
        l("theme"),
        &pluses,
        &minuses,
        &interesting,
    ])];
    rows.extend(blocks::widen(body, &widths).into_iter().map(row));
    pages.table(blocks::grid(rows, &widths));

    pages.paragraph(blocks::heading(styles::HEADING2, l("recurring")));
    if view.recurring.is_empty() {
        pages.paragraph(blocks::body(&format!("{}.", l("no_recurring"))));
    } else {
        let widths = blocks::widths(
            pages.text_width(),
            &[Some(1500), None, Some(2600), Some(1300)],
        );
        let body = view
            .recurring
            .iter()
            .map(|r| {
                let dates: Vec<String> = r.dates_text.iter().map(|d| w.text(d)).collect();
                vec![
                    (text_cell(r.kind_name), 1),
                    (text_cell(&w.text(&r.text)), 1),
                    (text_cell(&dates.join(", ")), 1),
                    (number_cell(&r.votes.to_string()), 1),
                ]
            })
            .collect();
        let mut rows = vec![blocks::header_row(&[
            l("kind"),
            l("point"),
            l("recurring_sessions"),
            l("votes"),
        ])];
        rows.extend(blocks::widen(body, &widths).into_iter().map(row));
        pages.table(blocks::grid(rows, &widths));
    }
    pages.paragraph(blocks::heading(styles::HEADING2, l("open_decisions")));
    if view.open_decisions.is_empty() {
        pages.paragraph(blocks::body(&format!("{}.", l("no_open_decisions"))));
    } else {
        decisions_table(&mut pages, &w, &view.labels, &view.open_decisions);
    }
    super::pack(pages)
}
