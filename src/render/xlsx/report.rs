//! The report's figures as a workbook: participation, plus/minus, decisions, indicators —
//! one sheet each.

use rust_xlsxwriter::Workbook;

use super::book::{self, Sheet, Styles};
use crate::error::Result;
use crate::session::model::{IndicatorValue, Language};
use crate::view::labels::word;
use crate::view::people::Scrubbed;
use crate::view::report::{GroupRow, ReportView};

/// The font size of the sheets (points).
const SIZE: f64 = 11.0;

/// The figures of `report` as the bytes of an `.xlsx` file; anonymized, every text from the
/// session is scrubbed of names, as in the report itself.
pub fn report(report: &Scrubbed<ReportView>) -> Result<Vec<u8>> {
    let view = &report.view;
    let language = Language::parse(view.header.language).unwrap_or_default();
    let styles = Styles::new(language, SIZE);
    let l = |key: &str| view.labels.get(key).copied().unwrap_or_default();
    let mut workbook = Workbook::new();
    participation(
        &mut Sheet::add(&mut workbook, l("participation"))?,
        report,
        &styles,
    )?;
    feedback(
        &mut Sheet::add(&mut workbook, word(language, "doc-xlsx-feedback_sheet"))?,
        report,
        &styles,
    )?;
    decisions(
        &mut Sheet::add(&mut workbook, l("decisions"))?,
        report,
        &styles,
    )?;
    indicators(
        &mut Sheet::add(&mut workbook, l("indicators"))?,
        report,
        language,
        &styles,
    )?;
    book::finish(workbook)
}

fn label<'a>(view: &'a ReportView, key: &str) -> &'a str {
    view.labels.get(key).copied().unwrap_or_default()
}

/// The sheet's name and the session's theme above its table; the row the table starts at.
fn title(
    sheet: &mut Sheet<'_>,
    report: &Scrubbed<ReportView>,
    heading: &str,
    last: u16,
    styles: &Styles,
) -> Result<u32> {
    sheet.line(0, 0, last, heading, &styles.title)?;
    let theme = report.text(&report.view.header.title_quoted);
    sheet.line(1, 0, last, &theme, &styles.line)?;
    Ok(3)
}

fn participation(
    sheet: &mut Sheet<'_>,
    report: &Scrubbed<ReportView>,
    styles: &Styles,
) -> Result<()> {
    let view = &report.view;
    let p = &view.participation;
    let mut row = title(sheet, report, label(view, "participation"), 5, styles)?;
    let words = [
        label(view, "day"),
        label(view, "date"),
        label(view, "present"),
        label(view, "guests"),
        label(view, "total_col"),
        label(view, "share_present"),
    ];
    sheet.head(row, &words, styles)?;
    row += 1;
    for d in &p.days {
        sheet.number(row, 0, d.day as f64, &styles.number)?;
        sheet.iso_date(row, 1, &d.date, &styles.date, &styles.text)?;
        if d.recorded {
            sheet.number(row, 2, d.present as f64, &styles.number)?;
            sheet.number(row, 3, d.guests as f64, &styles.number)?;
            sheet.number(row, 4, d.total as f64, &styles.number)?;
            match d.percent {
                Some(percent) => {
                    sheet.number(row, 5, f64::from(percent) / 100.0, &styles.percent)?
                }
                None => sheet.blank(row, 5, &styles.text)?,
            }
        } else {
            sheet.text(row, 2, label(view, "not_recorded"), &styles.text)?;
            for col in 3..=5 {
                sheet.blank(row, col, &styles.text)?;
            }
        }
        row += 1;
    }
    sheet.fit_columns(8, 24)?;

    row += 1;
    sheet.line(row, 0, 1, label(view, "registered"), &styles.label)?;
    sheet.number(row, 2, p.registered as f64, &styles.figure)?;
    row += 1;
    if p.recorded {
        sheet.line(row, 0, 1, label(view, "present_any"), &styles.label)?;
        sheet.number(row, 2, p.present_any as f64, &styles.figure)?;
        if let Some(percent) = p.present_any_percent {
            let share = styles.figure.clone().set_num_format("0%");
            sheet.number(row, 3, f64::from(percent) / 100.0, &share)?;
        }
        row += 1;
    } else {
        sheet.line(
            row,
            0,
            5,
            &format!("{}.", label(view, "no_attendance")),
            &styles.line,
        )?;
        row += 1;
    }
    for (heading, rows) in [
        (label(view, "role"), &p.roles),
        (label(view, "experience"), &p.experience),
    ] {
        if rows.is_empty() {
            continue;
        }
        row += 1;
        row = breakdown(sheet, row, heading, rows, p.recorded, view, styles)?;
    }
    Ok(())
}

/// A breakdown of the participants (by role, by experience); the row after it.
fn breakdown(
    sheet: &mut Sheet<'_>,
    mut row: u32,
    heading: &str,
    rows: &[GroupRow],
    recorded: bool,
    view: &ReportView,
    styles: &Styles,
) -> Result<u32> {
    let words = [
        heading,
        label(view, "registered_short"),
        label(view, "present_short"),
    ];
    for (col, word) in (0u16..).zip(words) {
        sheet.line(row, col, col, word, &styles.head)?;
    }
    row += 1;
    for r in rows {
        sheet.text(row, 0, r.name, &styles.text)?;
        sheet.number(row, 1, r.registered as f64, &styles.number)?;
        if recorded {
            sheet.number(row, 2, r.present as f64, &styles.number)?;
        } else {
            sheet.blank(row, 2, &styles.text)?;
        }
        row += 1;
    }
    Ok(row)
}

fn feedback(sheet: &mut Sheet<'_>, report: &Scrubbed<ReportView>, styles: &Styles) -> Result<()> {
    let view = &report.view;
    let groups = &view.feedback.kinds;
    let with_activity = groups
        .iter()
        .flat_map(|g| &g.points)
        .any(|p| p.activity.is_some());
    let mut words = vec![
        label(view, "kind"),
        label(view, "number"),
        label(view, "point"),
        label(view, "votes"),
    ];
    if with_activity {
        words.push(label(view, "activity"));
    }
    let last = u16::try_from(words.len() - 1).unwrap_or(0);
    let heading = word(
        Language::parse(view.header.language).unwrap_or_default(),
        "doc-xlsx-feedback_sheet",
    );
    let mut row = title(sheet, report, heading, last, styles)?;
    let points = groups.iter().map(|g| g.points.len()).sum();
    sheet.list_head(row, &words, points, styles)?;
    row += 1;
    for group in groups {
        let kind = match group.kind {
            "plus" => label(view, "kind_plus_one"),
            "minus" => label(view, "kind_minus_one"),
            _ => label(view, "kind_interesting_one"),
        };
        for (n, point) in group.points.iter().enumerate() {
            sheet.text(row, 0, kind, &styles.text)?;
            sheet.number(row, 1, (n + 1) as f64, &styles.number)?;
            sheet.text(row, 2, &report.text(&point.text), &styles.text)?;
            sheet.number(row, 3, point.votes as f64, &styles.number)?;
            if with_activity {
                match &point.activity {
                    Some(activity) => sheet.text(row, 4, &report.text(activity), &styles.text)?,
                    None => sheet.blank(row, 4, &styles.text)?,
                }
            }
            row += 1;
        }
    }
    sheet.fit_columns(6, 60)?;
    if points == 0 {
        sheet.line(
            row + 1,
            0,
            last,
            &format!("{}.", label(view, "no_feedback")),
            &styles.line,
        )?;
    }
    Ok(())
}

fn decisions(sheet: &mut Sheet<'_>, report: &Scrubbed<ReportView>, styles: &Styles) -> Result<()> {
    let view = &report.view;
    let words = [
        label(view, "number"),
        label(view, "decision"),
        label(view, "owner"),
        label(view, "due"),
        label(view, "status"),
    ];
    let mut row = title(sheet, report, label(view, "decisions"), 4, styles)?;
    let items = &view.decisions.items;
    sheet.list_head(row, &words, items.len(), styles)?;
    row += 1;
    for (n, item) in items.iter().enumerate() {
        let d = &item.decision;
        sheet.number(row, 0, (n + 1) as f64, &styles.number)?;
        sheet.text(row, 1, &report.text(&d.text), &styles.text)?;
        match &d.owner {
            Some(owner) => sheet.text(row, 2, &report.text(owner), &styles.text)?,
            None => sheet.blank(row, 2, &styles.text)?,
        }
        match &d.due {
            Some(due) => sheet.iso_date(row, 3, due, &styles.date, &styles.text)?,
            None => sheet.blank(row, 3, &styles.text)?,
        }
        sheet.text(row, 4, item.status, &styles.text)?;
        row += 1;
    }
    sheet.fit_columns(6, 60)?;
    if items.is_empty() {
        sheet.line(
            row + 1,
            0,
            4,
            &format!("{}.", label(view, "no_decisions")),
            &styles.line,
        )?;
    }
    Ok(())
}

fn indicators(
    sheet: &mut Sheet<'_>,
    report: &Scrubbed<ReportView>,
    language: Language,
    styles: &Styles,
) -> Result<()> {
    let view = &report.view;
    let words = [
        label(view, "number"),
        label(view, "indicator"),
        label(view, "value"),
        word(language, "doc-xlsx-unit"),
    ];
    let mut row = title(sheet, report, label(view, "indicators"), 3, styles)?;
    let items = &view.indicators;
    sheet.list_head(row, &words, items.len(), styles)?;
    row += 1;
    for (n, item) in items.iter().enumerate() {
        sheet.number(row, 0, (n + 1) as f64, &styles.number)?;
        sheet.text(row, 1, &report.text(&item.name), &styles.text)?;
        match &item.raw {
            Some(IndicatorValue::Integer(i)) => sheet.number(row, 2, *i as f64, &styles.number)?,
            Some(IndicatorValue::Float(x)) => sheet.number(row, 2, *x, &styles.number)?,
            Some(IndicatorValue::Text(t)) => sheet.text(row, 2, &report.text(t), &styles.text)?,
            None => sheet.blank(row, 2, &styles.text)?,
        }
        match &item.unit {
            Some(unit) => sheet.text(row, 3, &report.text(unit), &styles.text)?,
            None => sheet.blank(row, 3, &styles.text)?,
        }
        row += 1;
    }
    sheet.fit_columns(6, 60)?;
    if items.is_empty() {
        sheet.line(
            row + 1,
            0,
            3,
            &format!("{}.", label(view, "no_indicators")),
            &styles.line,
        )?;
    }
    Ok(())
}
