//! «Аналитическая справка» in Word, from the report's view: every section of the HTML report,
//! each text from the session through the view's scrubber (so `--anonymize` holds).

use docx_rs::{AlignmentType, Paragraph, SpecialIndentType};

use super::agenda::label;
use super::blocks::{self, Pages, Words, number_cell, row, text_cell};
use super::styles;
use super::summary;
use crate::error::Result;
use crate::view::people::Scrubbed;
use crate::view::report::ReportView;

/// A table of `titles` over `body` (each row's cells, one column each), the full width.
fn table(
    pages: &mut Pages,
    titles: &[&str],
    fixed: &[Option<usize>],
    body: Vec<Vec<docx_rs::TableCell>>,
) {
    let widths = blocks::widths(pages.text_width(), fixed);
    let body = body
        .into_iter()
        .map(|cells| cells.into_iter().map(|c| (c, 1)).collect())
        .collect();
    let mut rows = vec![blocks::header_row(titles)];
    rows.extend(blocks::widen(body, &widths).into_iter().map(row));
    pages.table(blocks::grid(rows, &widths));
}

/// `report FILE --format docx` (and `--anonymize`).
pub fn report(report: &Scrubbed<ReportView>) -> Result<Vec<u8>> {
    let view = &report.view;
    let w = Words::of(view.header.language);
    let s = |text: &str| w.text(&report.text(text));
    let l = |key| label(&view.labels, key);
    let mut pages = Pages::new();
    if let Some(org) = &view.header.organization {
        pages.paragraph(blocks::body(&s(org)).align(AlignmentType::Center));
    }
    if view.draft {
        pages.paragraph(
            blocks::body(&l("draft").to_uppercase())
                .bold()
                .align(AlignmentType::Right),
        );
    }
    pages.paragraph(blocks::styled(styles::TITLE, &s(&view.heading)));
    pages.paragraph(blocks::labelled(
        &view.header.dates_label,
        &s(&view.header.dates_text),
    ));
    for (key, value) in [
        ("venue", &view.header.venue),
        ("audience", &view.header.audience),
    ] {
        if let Some(value) = value {
            pages.paragraph(blocks::labelled(l(key), &s(value)));
        }
    }
    if view.anonymized {
        pages.paragraph(blocks::body(l("anonymized_note")).italic());
    }
    if let Some(basis) = &view.basis {
        pages.paragraph(blocks::heading(styles::HEADING1, l("basis")));
        pages.paragraph(blocks::body(&s(basis)));
    }
    if view.header.goal.is_some() || !view.header.tasks.is_empty() {
        pages.paragraph(blocks::heading(styles::HEADING1, l("goal_tasks")));
        if let Some(goal) = &view.header.goal {
            pages.paragraph(blocks::labelled(l("aim"), &s(goal)));
        }
        if !view.header.tasks.is_empty() {
            pages.paragraph(
                Paragraph::new()
                    .add_run(blocks::run(&format!("{}:", l("objectives"))).bold())
                    .keep_next(true),
            );
            pages.numbered(view.header.tasks.iter().map(|t| blocks::body(&s(t))));
        }
    }
    pages.paragraph(blocks::heading(styles::HEADING1, l("course")));
    for p in &view.narrative {
        pages.paragraph(blocks::body(&s(p)).align(AlignmentType::Both).indent(
            None,
            Some(SpecialIndentType::FirstLine(709)),
            None,
            None,
        ));
    }
    pages.paragraph(blocks::heading(styles::HEADING1, l("results")));
    participation(&mut pages, view, &s);
    held(&mut pages, view, &s);
    if !view.ahead {
        feedback(&mut pages, view, &s);
    }
    decisions(&mut pages, view, &s);
    products(&mut pages, view, &s);
    if !view.indicators.is_empty() {
        pages.paragraph(blocks::heading(styles::HEADING2, l("indicators")));
        let body = view
            .indicators
            .iter()
            .map(|i| {
                let value = match &i.unit {
                    Some(unit) => format!("{} {}", i.value, unit),
                    None => i.value.clone(),
                };
                vec![text_cell(&s(&i.name)), number_cell(&s(&value))]
            })
            .collect();
        table(
            &mut pages,
            &[l("indicator"), l("value")],
            &[None, Some(3000)],
            body,
        );
    }
    if !view.conclusions.is_empty() {
        pages.paragraph(blocks::heading(styles::HEADING1, l("conclusions")));
        let last = view.recommendations.is_empty();
        for c in &view.conclusions {
            pages.paragraph(blocks::body(&s(c)).keep_next(last));
        }
    }
    if !view.recommendations.is_empty() {
        pages.paragraph(blocks::heading(styles::HEADING1, l("recommendations")));
        pages.numbered(
            view.recommendations
                .iter()
                .map(|r| blocks::body(&s(r)).keep_next(true)),
        );
    }
    if let Some(author) = view
        .author
        .as_ref()
        .filter(|a| a.position.is_some() || a.name.is_some())
    {
        let position = author.position.as_deref().map(&s).unwrap_or_default();
        let name = author.name.as_deref().map(&s).unwrap_or_default();
        signature_line(&mut pages, &position, &name);
    }
    if let Some(date) = &view.date {
        pages.paragraph(blocks::body(&s(date)));
    }
    super::pack(pages)
}

/// «Методист ____________ М. В. Соколова»: a borderless row at the end of the report.
fn signature_line(pages: &mut Pages, position: &str, name: &str) {
    let total = pages.text_width();
    let widths = blocks::widths(total, &[None, Some(2400), Some(total * 30 / 100)]);
    let cells = blocks::widen(
        vec![vec![
            (blocks::cell(vec![blocks::body(position)]), 1),
            (blocks::cell(vec![blocks::body("____________")]), 1),
            (
                blocks::cell(vec![blocks::body(name).align(AlignmentType::Right)]),
                1,
            ),
        ]],
        &widths,
    );
    pages.table(blocks::borderless(cells, &widths));
}

fn participation(pages: &mut Pages, view: &ReportView, s: &dyn Fn(&str) -> String) {
    let l = |key| label(&view.labels, key);
    let p = &view.participation;
    pages.paragraph(blocks::heading(styles::HEADING2, l("participation")));
    pages.paragraph(blocks::body(&format!(
        "{}: {}.",
        l("registered"),
        p.registered
    )));
    if p.recorded {
        if p.several_days {
            let widths = blocks::widths(
                pages.text_width(),
                &[
                    Some(800),
                    None,
                    Some(1500),
                    Some(1500),
                    Some(1100),
                    Some(1500),
                ],
            );
            let body = p
                .days
                .iter()
                .map(|d| {
                    let mut cells = vec![
                        (number_cell(&d.day.to_string()), 1),
                        (text_cell(&s(&d.date_text)), 1),
                    ];
                    if d.recorded {
                        cells.push((number_cell(&d.present.to_string()), 1));
                        cells.push((number_cell(&d.guests.to_string()), 1));
                        cells.push((number_cell(&d.total.to_string()), 1));
                        cells.push((number_cell(&s(d.share.as_deref().unwrap_or("—"))), 1));
                    } else {
                        cells.push((text_cell(l("not_recorded")), 4));
                    }
                    cells
                })
                .collect();
            let mut rows = vec![blocks::header_row(&[
                l("day"),
                l("date"),
                l("present"),
                l("guests"),
                l("total_col"),
                l("share_present"),
            ])];
            rows.extend(blocks::widen(body, &widths).into_iter().map(row));
            pages.table(blocks::grid(rows, &widths));
            let share = p
                .present_any_share
                .as_deref()
                .map(|x| format!(" ({})", s(x)))
                .unwrap_or_default();
            pages.paragraph(blocks::body(&format!(
                "{}: {} {} {}{share}.",
                l("present_any"),
                p.present_any,
                l("of"),
                p.registered
            )));
        } else {
            for d in &p.days {
                let share = d
                    .share
                    .as_deref()
                    .map(|x| format!(" ({})", s(x)))
                    .unwrap_or_default();
                pages.paragraph(blocks::body(&format!(
                    "{}: {} {} {}{share}; {}: {}.",
                    l("present_one_day"),
                    d.present,
                    l("of"),
                    p.registered,
                    l("guests").to_lowercase(),
                    d.guests
                )));
            }
        }
    } else if view.ahead {
        pages.paragraph(blocks::body(&format!("{}.", l("registered_only"))));
    } else {
        pages.paragraph(blocks::body(&format!("{}.", l("no_attendance"))));
    }
    if p.roles.is_empty() {
        return;
    }
    for (title, column, groups) in [
        (l("by_role"), l("role"), &p.roles),
        (l("by_experience"), l("experience"), &p.experience),
    ] {
        if groups.is_empty() {
            continue;
        }
        pages.paragraph(blocks::heading(styles::HEADING2, title));
        let body = groups
            .iter()
            .map(|g| {
                let present = if p.recorded {
                    g.present.to_string()
                } else {
                    "—".to_string()
                };
                vec![
                    text_cell(&s(g.name)),
                    number_cell(&g.registered.to_string()),
                    number_cell(&present),
                ]
            })
            .collect();
        table(
            pages,
            &[column, l("registered_short"), l("present_short")],
            &[None, Some(2400), Some(2400)],
            body,
        );
    }
}

fn held(pages: &mut Pages, view: &ReportView, s: &dyn Fn(&str) -> String) {
    let l = |key| label(&view.labels, key);
    let held = &view.held;
    let (title, total) = if view.ahead {
        (l("planned"), l("planned_total"))
    } else {
        (l("held"), l("activities_total"))
    };
    pages.paragraph(blocks::heading(styles::HEADING2, title));
    if held.total == 0 {
        pages.paragraph(blocks::body(&format!("{}.", l("no_activities"))));
        return;
    }
    pages.paragraph(blocks::body(&format!("{total}: {}.", held.total)));
    if held.zones.len() > 1 {
        let body = held
            .zones
            .iter()
            .map(|z| vec![text_cell(&s(&z.name)), number_cell(&z.total.to_string())])
            .collect();
        table(
            pages,
            &[l("zone"), l("activities_count")],
            &[None, Some(2400)],
            body,
        );
    }
    for phase in &held.phases {
        pages.paragraph(blocks::heading(styles::HEADING3, &phase.name));
        pages.numbered(phase.activities.iter().map(|a| {
            let mut p = Paragraph::new().add_run(blocks::run(&format!(
                "{}, {} — {}",
                s(&a.date_text),
                s(&a.time),
                a.format
                    .as_deref()
                    .map(|f| format!("{} ", s(f)))
                    .unwrap_or_default()
            )));
            p = p.add_run(blocks::run(&s(&a.title_quoted)).bold());
            p = p.add_run(blocks::run(&format!(" ({})", s(&a.zone_text))));
            if let Some(m) = &a.moderators_text {
                p = p.add_run(blocks::run("; "));
                p = p.add_run(blocks::run(&s(m)).italic());
            }
            p.add_run(blocks::run("."))
        }));
    }
}

fn feedback(pages: &mut Pages, view: &ReportView, s: &dyn Fn(&str) -> String) {
    let l = |key| label(&view.labels, key);
    let feedback = &view.feedback;
    pages.paragraph(blocks::heading(styles::HEADING2, l("feedback_title")));
    if feedback.points == 0 {
        pages.paragraph(blocks::body(&format!("{}.", l("no_feedback"))));
        return;
    }
    for k in &feedback.kinds {
        if k.points.is_empty() && k.kind == "interesting" {
            continue;
        }
        pages.paragraph(blocks::heading(styles::HEADING3, k.name));
        if k.points.is_empty() {
            pages.paragraph(blocks::body(l("no_points")));
            continue;
        }
        let body = k
            .points
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    number_cell(&(i + 1).to_string()),
                    text_cell(&s(&p.text)),
                    text_cell(&p.activity_quoted.as_deref().map(s).unwrap_or_default()),
                    number_cell(&p.votes.to_string()),
                ]
            })
            .collect();
        table(
            pages,
            &[l("number"), l("point"), l("activity"), l("votes")],
            &[Some(620), None, Some(3000), Some(1300)],
            body,
        );
        pages.paragraph(summary::kind_totals(&view.labels, k));
    }
    pages.paragraph(summary::feedback_total(&view.labels, feedback));
}

fn decisions(pages: &mut Pages, view: &ReportView, s: &dyn Fn(&str) -> String) {
    let l = |key| label(&view.labels, key);
    let d = &view.decisions;
    let optional = |v: &Option<String>| v.as_deref().map(s).unwrap_or_default();
    pages.paragraph(blocks::heading(styles::HEADING2, l("decisions")));
    if d.items.is_empty() {
        pages.paragraph(blocks::body(&format!("{}.", l("no_decisions"))));
    } else {
        let body = d
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let status = blocks::cell_text(item.status);
                vec![
                    number_cell(&(i + 1).to_string()),
                    text_cell(&s(&item.decision.text)),
                    text_cell(&optional(&item.decision.owner)),
                    text_cell(&optional(&item.decision.due_text)),
                    blocks::cell(vec![if item.overdue { status.bold() } else { status }]),
                ]
            })
            .collect();
        table(
            pages,
            &[
                l("number"),
                l("decision"),
                l("owner"),
                l("due"),
                l("status"),
            ],
            // A date of the due column fits its line: «10 сентября 2027 г.» cannot wrap.
            &[Some(620), None, Some(2000), Some(2400), Some(1600)],
            body,
        );
        let overdue = if d.overdue > 0 {
            format!("; {}: {}", l("overdue"), d.overdue)
        } else {
            String::new()
        };
        pages.paragraph(blocks::body(&format!(
            "{}: {}; {}: {}; {}: {}{overdue}.",
            l("decisions_total"),
            d.total,
            l("done"),
            d.done,
            l("open"),
            d.open
        )));
    }
    if !view.carried_over.is_empty() {
        pages.paragraph(blocks::heading(styles::HEADING3, l("carried_over")));
        let body = view
            .carried_over
            .iter()
            .map(|c| {
                vec![
                    text_cell(&format!(
                        "{}\n{}",
                        s(&c.session_date_text),
                        s(&c.session_title_quoted)
                    )),
                    text_cell(&s(&c.decision.text)),
                    text_cell(&optional(&c.decision.owner)),
                    text_cell(&optional(&c.decision.due_text)),
                ]
            })
            .collect();
        table(
            pages,
            &[l("session"), l("decision"), l("owner"), l("due")],
            &[None, None, Some(2200), Some(2400)],
            body,
        );
    }
}

fn products(pages: &mut Pages, view: &ReportView, s: &dyn Fn(&str) -> String) {
    let l = |key| label(&view.labels, key);
    pages.paragraph(blocks::heading(styles::HEADING2, l("products")));
    if view.products.is_empty() {
        pages.paragraph(blocks::body(&format!("{}.", l("no_products"))));
        return;
    }
    let body = view
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let authors: Vec<String> = p.authors.iter().map(|a| s(a)).collect();
            let link = p
                .url
                .as_deref()
                .or(p.link.as_deref())
                .map(s)
                .unwrap_or_default();
            vec![
                number_cell(&(i + 1).to_string()),
                text_cell(&s(&p.title)),
                text_cell(&p.kind.as_deref().map(s).unwrap_or_default()),
                text_cell(&authors.join(", ")),
                text_cell(&link),
            ]
        })
        .collect();
    table(
        pages,
        &[
            l("number"),
            l("product"),
            l("product_kind"),
            l("authors"),
            l("link"),
        ],
        &[Some(620), None, Some(1800), Some(2200), Some(2200)],
        body,
    );
}
