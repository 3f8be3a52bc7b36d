//! Terminal tables of every document, in one house style; pure: (view, width) → text.
//!
//! The terminal's width is a parameter (the command asks the terminal, not the renderer):
//! `None` means stdout is not a terminal.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, presets};

use crate::i18n::{dates, lang};
use crate::render::terminal_text::{cell, inline, multiline};
use crate::session::model::Language;
use crate::view::agenda::{ActivityView, AgendaView};
use crate::view::attendance::{AttendanceView, SheetColumn, SheetView};
use crate::view::decisions::due_marked;
use crate::view::groups::GroupsView;
use crate::view::listing::Row;
use crate::view::summary::{KindGroup, SeriesView, SummaryView};

/// Where the agenda, sign-in sheets and groups wrap when stdout is not a terminal (e.g.
/// `--format table > file`): a printable width.
const PRINTABLE_WIDTH: u16 = 120;

/// A table in the house style, as wide as `width` allows (no limit without one).
fn new_table(width: Option<u16>) -> Table {
    let mut t = Table::new();
    // The width is given; the table must not ask the terminal itself.
    t.force_no_tty()
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = width {
        t.set_width(width);
    }
    t
}

/// A table that wraps at the terminal's width, else at [`PRINTABLE_WIDTH`].
fn printable_table(width: Option<u16>) -> Table {
    new_table(Some(width.unwrap_or(PRINTABLE_WIDTH)))
}

/// then the moderators.
fn cell_text(a: &ActivityView, with_time: bool, note: Option<&str>) -> String {
    let mut text = String::new();
    if with_time {
        text.push_str(&a.time);
        text.push('\n');
    }
    if let Some(format) = &a.format {
        text.push_str(format);
        text.push(' ');
    }
    text.push_str(&a.title_quoted);
    if let Some(note) = note {
        text.push_str(&format!(" ({note})"));
    }
    if !a.moderators.is_empty() {
        text.push('\n');
        text.push_str(&a.moderators.join(", "));
    }
    text
}

/// What a plenary row holds in its first zone column until [`span_plenary_rows`] draws
/// it across all of them (comfy-table has no column spans). A private-use character; the
/// session's own text has it replaced ([`unmarked`]), so only a plenary row holds it.
const SPAN_MARK: &str = "\u{E000}";

/// A cell of the agenda's grid: `text` from the file without [`SPAN_MARK`].
fn unmarked(text: impl std::fmt::Display) -> Cell {
    cell(text.to_string().replace(SPAN_MARK, "\u{FFFD}"))
}

/// The drawn table `table` with each line that holds [`SPAN_MARK`] replaced, in order, by
/// the text of its plenary item of `across` written across every zone column.
fn span_plenary_rows(table: &str, across: &[String]) -> String {
    if across.is_empty() {
        return table.to_string();
    }
    let lines: Vec<&str> = table.lines().collect();
    // The line under the header shows where the columns are: `╞═══╪═══╪═══╡`.
    let ruler = lines.iter().find(|l| l.starts_with('╞'));
    let Some(ruler) = ruler else {
        return table.to_string();
    };
    let ruler: Vec<char> = ruler.chars().collect();
    let (Some(first), Some(last)) = (
        ruler.iter().position(|&c| c == '╪'),
        ruler.iter().rposition(|&c| c == '╡'),
    ) else {
        return table.to_string();
    };
    // Between the time column's separator and the right border, less a space each side.
    let width = last.saturating_sub(first + 3).max(1);
    let mut items = across.iter();
    let mut out = String::with_capacity(table.len() + 256);
    for line in lines {
        if !line.contains(SPAN_MARK) {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let Some(text) = items.next() else {
            out.push_str(&line.replace(SPAN_MARK, " "));
            out.push('\n');
            continue;
        };
        let time: String = line.chars().take(first).collect();
        let blank = format!("│{}", " ".repeat(first.saturating_sub(1)));
        for (i, wrapped) in wrap(text, width).iter().enumerate() {
            let lead = if i == 0 {
                time.as_str()
            } else {
                blank.as_str()
            };
            let pad = width.saturating_sub(console::measure_text_width(wrapped));
            out.push_str(&format!("{lead}┆ {wrapped}{} │\n", " ".repeat(pad)));
        }
    }
    out.pop();
    out
}

/// `text` wrapped at `width` columns, word by word, its own line breaks kept; a word
/// longer than a line is cut.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let mut word = word.to_string();
            let mut w = console::measure_text_width(&word);
            if used > 0 && used + 1 + w > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            while w > width {
                let head: String = console::truncate_str(&word, width, "").into_owned();
                let rest = word[head.len()..].to_string();
                if head.is_empty() {
                    break;
                }
                if used > 0 {
                    lines.push(std::mem::take(&mut line));
                }
                lines.push(head);
                used = 0;
                word = rest;
                w = console::measure_text_width(&word);
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            line.push_str(&word);
            used += w;
        }
        lines.push(line);
    }
    lines
}

/// The agenda: per day, a grid with the zones as columns and the plenary items across them.
pub fn agenda(view: &AgendaView, width: Option<u16>) -> String {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let mut out = String::new();
    out.push_str(&format!(
        "{}\n{}: {}\n{}: {}\n",
        l("agenda_title"),
        l("theme"),
        inline(&view.header.title_quoted),
        &view.header.dates_label,
        view.header.dates_text
    ));
    if let Some(venue) = &view.header.venue {
        out.push_str(&format!("{}: {}\n", l("venue"), inline(venue)));
    }
    for day in &view.days {
        out.push_str(&format!(
            "\n{} {} — {}\n",
            l("day"),
            day.number,
            day.date_with_weekday
        ));
        let mut t = printable_table(width);
        let mut header = vec![cell(l("time"))];
        if day.columns.is_empty() {
            header.push(cell(l("activity")));
        }
        header.extend(day.columns.iter().map(|z| unmarked(&z.name)));
        t.set_header(header);
        // The times never wrap: a plenary row is one line until it is drawn across.
        if let Some(time) = t.column_mut(0) {
            time.set_constraint(ColumnConstraint::ContentWidth);
        }
        // Plenary items, drawn across every zone column once the table is laid out.
        let mut across: Vec<String> = Vec::new();
        for row in &day.rows {
            let mut cells = vec![unmarked(&row.time)];
            if let Some(a) = &row.plenary {
                cells[0] = unmarked(&a.time);
                let text = cell_text(a, false, Some(l("all_zones")));
                if day.columns.is_empty() {
                    cells.push(unmarked(text));
                } else {
                    across.push(multiline(&text.replace(SPAN_MARK, "\u{FFFD}")).into_owned());
                    cells.push(Cell::new(SPAN_MARK));
                    cells.extend((1..day.columns.len()).map(|_| cell("")));
                }
            } else {
                for slot in &row.cells {
                    // Without zone columns (a day too wide to draw), each cell names its zone.
                    let text: Vec<String> = slot
                        .activities
                        .iter()
                        .map(|a| {
                            let zone = a.zone_name.as_deref().filter(|_| day.columns.is_empty());
                            cell_text(a, true, zone)
                        })
                        .collect();
                    cells.push(unmarked(if slot.covered {
                        "↓".to_string()
                    } else {
                        text.join("\n\n")
                    }));
                }
            }
            t.add_row(cells);
        }
        if day.rows.is_empty() {
            out.push_str(&format!("{}\n", l("no_activities")));
        } else {
            out.push_str(&span_plenary_rows(&t.to_string(), &across));
            out.push('\n');
        }
    }
    if !view.open_decisions.is_empty() {
        out.push_str(&format!("\n{}\n", l("carried_over")));
        let mut t = new_table(width);
        t.set_header(vec![l("session"), l("decision"), l("owner"), l("due")]);
        for d in &view.open_decisions {
            t.add_row(vec![
                cell(format!(
                    "{}\n{}",
                    d.session_date_text, d.session_title_quoted
                )),
                cell(&d.decision.text),
                cell(d.decision.owner.as_deref().unwrap_or("")),
                cell(due_marked(d, l("overdue"))),
            ]);
        }
        out.push_str(&t.to_string());
        out.push('\n');
    }
    out
}

fn label<'v>(view: &'v AttendanceView, key: &str) -> &'v str {
    view.labels.get(key).copied().unwrap_or_default()
}

fn day_line(view: &AttendanceView, day: &SheetView) -> String {
    let mut line = format!("{}: {}", label(view, "date"), day.date_line);
    if view.header.dates.len() > 1 {
        line.push_str(&format!(
            " ({} {})",
            label(view, "day").to_lowercase(),
            day.number
        ));
    }
    line
}

/// The sign-in sheets: per day, the header lines and a grid with a signature column.
pub fn attendance(view: &AttendanceView, width: Option<u16>) -> String {
    let l = |k: &str| label(view, k);
    let mut out = String::new();
    for (i, day) in view.days.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(org) = &view.header.organization {
            out.push_str(&format!("{}\n", inline(org)));
        }
        out.push_str(&format!(
            "{}\n{}: {}\n{}\n",
            l("attendance_title"),
            l("theme"),
            inline(&view.header.title_quoted),
            day_line(view, day)
        ));
        if let Some(venue) = &view.header.venue {
            out.push_str(&format!("{}: {}\n", l("venue"), inline(venue)));
        }
        let mut t = printable_table(width);
        t.set_header(day.columns.iter().map(|c| l(c.label())).collect::<Vec<_>>());
        for r in &day.rows {
            let cells: Vec<_> = day
                .columns
                .iter()
                .map(|&c| match c {
                    SheetColumn::Number => cell(r.number).set_alignment(CellAlignment::Right),
                    c => cell(c.text(r).unwrap_or_default()),
                })
                .collect();
            t.add_row(cells);
        }
        for n in &day.blank_rows {
            let mut cells = vec![cell(n).set_alignment(CellAlignment::Right)];
            cells.extend((1..day.columns.len()).map(|_| cell("")));
            t.add_row(cells);
        }
        out.push_str(&t.to_string());
        out.push('\n');
        if day.rows.is_empty() {
            out.push_str(&format!("{}.\n", l("no_participants")));
        }
        if day.recorded {
            for line in day.totals(&view.labels) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

/// One kind's points as a table; `with_activity` names the activity under each point.
fn kind_table(
    out: &mut String,
    width: Option<u16>,
    group: &KindGroup,
    with_activity: bool,
    l: &dyn Fn(&str) -> &'static str,
) {
    out.push_str(&format!(
        "\n{} — {}: {}; {}: {}\n",
        group.name,
        l("points_total").to_lowercase(),
        group.count,
        l("votes_total").to_lowercase(),
        group.votes
    ));
    if group.points.is_empty() {
        return;
    }
    let mut t = new_table(width);
    t.set_header(vec!["№", l("point"), l("votes")]);
    for (i, p) in group.points.iter().enumerate() {
        let mut text = p.text.clone();
        if let Some(a) = p.activity_quoted.as_ref().filter(|_| with_activity) {
            text.push_str(&format!("\n{a}"));
        }
        t.add_row(vec![
            cell(i + 1),
            cell(text),
            cell(p.votes).set_alignment(CellAlignment::Right),
        ]);
    }
    out.push_str(&t.to_string());
    out.push('\n');
}

/// The plus/minus summary of one session: a table per kind of point.
pub fn summary(view: &SummaryView, width: Option<u16>) -> String {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let mut out = format!(
        "{}\n{}: {}\n{}: {}\n",
        l("summary_title"),
        l("theme"),
        inline(&view.header.title_quoted),
        &view.header.dates_label,
        view.header.dates_text
    );
    if view.grouped {
        for g in &view.feedback.by_activity {
            out.push_str(&format!("\n{}\n", inline(&g.heading)));
            for k in g.kinds.iter().filter(|k| k.count > 0) {
                kind_table(&mut out, width, k, false, &l);
            }
        }
    } else {
        for k in &view.feedback.kinds {
            if k.count > 0 || k.kind != "interesting" {
                kind_table(&mut out, width, k, true, &l);
            }
        }
    }
    if view.feedback.points == 0 {
        out.push_str(&format!("\n{}.\n", l("no_feedback")));
    } else {
        out.push_str(&format!(
            "\n{}: {} — {}, {} — {}.\n",
            l("total"),
            l("points_total").to_lowercase(),
            view.feedback.points,
            l("votes_total").to_lowercase(),
            view.feedback.votes
        ));
    }
    out
}

/// The summary of a series: its sessions, the recurring points, the open decisions.
pub fn series_summary(view: &SeriesView, width: Option<u16>) -> String {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let mut out = format!("{}\n", l("series_summary_title"));
    if let Some(series) = &view.series {
        out.push_str(&format!("{}: {}\n", l("series"), inline(series)));
    }
    let mut t = new_table(width);
    t.set_header(vec![
        l("date"),
        l("theme"),
        l("pluses_short"),
        l("minuses_short"),
        l("interesting_short"),
    ]);
    for s in &view.sessions {
        let count =
            |n: usize, v: u64| cell(format!("{n} ({v})")).set_alignment(CellAlignment::Right);
        t.add_row(vec![
            cell(&s.date_text),
            cell(&s.title_quoted),
            count(s.pluses, s.plus_votes),
            count(s.minuses, s.minus_votes),
            count(s.interesting, s.interesting_votes),
        ]);
    }
    out.push_str(&format!("\n{}\n{t}\n", l("sessions")));
    out.push_str(&format!("\n{}\n", l("recurring")));
    if view.recurring.is_empty() {
        out.push_str(&format!("{}\n", l("no_recurring")));
    } else {
        let mut t = new_table(width);
        t.set_header(vec![
            l("kind"),
            l("point"),
            l("recurring_sessions"),
            l("votes"),
        ]);
        for r in &view.recurring {
            t.add_row(vec![
                cell(r.kind_name),
                cell(&r.text),
                cell(r.dates_text.join("\n")),
                cell(r.votes).set_alignment(CellAlignment::Right),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    out.push_str(&format!("\n{}\n", l("open_decisions")));
    if view.open_decisions.is_empty() {
        out.push_str(&format!("{}\n", l("no_open_decisions")));
    } else {
        let mut t = new_table(width);
        t.set_header(vec![l("session"), l("decision"), l("owner"), l("due")]);
        for d in &view.open_decisions {
            t.add_row(vec![
                cell(&d.session_date_text),
                cell(&d.decision.text),
                cell(d.decision.owner.as_deref().unwrap_or("")),
                cell(due_marked(d, l("overdue"))),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    out
}

/// The groups: a table of members per group, then who was left out.
pub fn groups(view: &GroupsView, width: Option<u16>) -> String {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let mut out = format!(
        "{}\n{}: {}\n",
        l("groups_title"),
        l("theme"),
        inline(&view.header.title_quoted)
    );
    match &view.day {
        Some(day) => out.push_str(&format!("{}: {}\n", l("date"), day.date_text)),
        None => out.push_str(&format!(
            "{}: {}\n",
            view.header.dates_label, view.header.dates_text
        )),
    }
    for g in &view.groups {
        out.push_str(&format!(
            "\n{} {} ({})\n",
            l("group"),
            g.number,
            g.size_text
        ));
        let mut t = printable_table(width);
        let mut header = vec![l("number"), l("full_name"), l("position")];
        if view.organization_column {
            header.push(l("organization"));
        }
        header.extend([l("experience"), l("note")]);
        t.set_header(header);
        for (n, m) in g.members.iter().enumerate() {
            let mut cells = vec![
                cell(n + 1).set_alignment(CellAlignment::Right),
                cell(&m.name),
                cell(m.position.as_deref().unwrap_or_default()),
            ];
            if view.organization_column {
                cells.push(cell(m.organization.as_deref().unwrap_or_default()));
            }
            cells.extend([
                cell(m.experience.map(|e| e.to_string()).unwrap_or_default())
                    .set_alignment(CellAlignment::Right),
                cell(&m.note),
            ]);
            t.add_row(cells);
        }
        out.push_str(&t.to_string());
        out.push('\n');
    }
    if !view.left_out.is_empty() {
        let names: Vec<String> = view
            .left_out
            .iter()
            .map(|p| format!("{} ({})", inline(&p.name), p.reason_text))
            .collect();
        out.push_str(&format!("\n{}: {}\n", l("left_out"), names.join("; ")));
    }
    out
}

/// The sessions of a folder (`cowork list`), in the interface language.
pub fn list(language: Language, rows: &[Row], width: Option<u16>) -> String {
    let mut t = new_table(width);
    t.set_header(vec![
        crate::tr_in!(language, "table-list-dates"),
        crate::tr_in!(language, "table-list-theme"),
        crate::tr_in!(language, "table-list-series"),
        crate::tr_in!(language, "table-list-status"),
        crate::tr_in!(language, "table-list-participants"),
        crate::tr_in!(language, "table-list-activities"),
        "+ / −".to_string(),
        crate::tr_in!(language, "table-list-file"),
    ]);
    for row in rows {
        let status = row.status.name(language, row.errors);
        t.add_row(vec![
            cell(lang::dates(language, &row.all_dates)),
            cell(row.title.as_deref().unwrap_or_default()),
            cell(row.series.as_deref().unwrap_or_default()),
            cell(status),
            cell(row.participants),
            cell(row.activities),
            cell(format!("{} / {}", row.pluses, row.minuses)),
            cell(&row.file),
        ]);
    }
    for column in [4, 5, 6] {
        if let Some(c) = t.column_mut(column) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    format!("{t}\n")
}

/// One planned session of `cowork plan`: when it was due, its dates, its file.
pub struct PlannedRow<'a> {
    pub planned: dates::Planned,
    pub dates: &'a [NaiveDate],
    pub path: &'a Path,
    /// The file is there already (a dry run over a written plan).
    pub exists: bool,
}

/// The plan of a series (`cowork plan`), in the interface language.
pub fn plan(
    language: Language,
    series: &str,
    entries: &[PlannedRow<'_>],
    width: Option<u16>,
) -> String {
    let mut t = new_table(width);
    t.set_header(vec![
        crate::tr_in!(language, "table-plan-number"),
        crate::tr_in!(language, "table-plan-dates"),
        crate::tr_in!(language, "table-plan-weekday"),
        crate::tr_in!(language, "table-plan-file"),
        crate::tr_in!(language, "table-plan-note"),
    ]);
    for (i, e) in entries.iter().enumerate() {
        let mut notes = Vec::new();
        if e.planned.nominal != e.planned.date {
            let reason = e
                .planned
                .moved
                .map(crate::calendar::words::reason)
                .unwrap_or_default();
            notes.push(crate::tr_in!(
                language,
                "table-plan-moved",
                date = lang::date(language, e.planned.nominal),
                reason = reason
            ));
        }
        if e.exists {
            notes.push(crate::tr_in!(language, "table-plan-exists"));
        }
        let note = notes.join("; ");
        t.add_row(vec![
            cell(i + 1),
            cell(lang::dates(language, e.dates)),
            cell(
                e.dates
                    .first()
                    .map(|d| lang::weekday(language, *d).to_string())
                    .unwrap_or_default(),
            ),
            // The series and title given on the command line make the file name.
            cell(e.path.display()),
            cell(note),
        ]);
    }
    let heading = format!(
        "{}: {}",
        lang::quote(language, series),
        crate::tr_in!(language, "table-plan-sessions", count = entries.len())
    );
    format!("{}\n{t}\n", inline(&heading))
}

/// One template of `cowork templates`: its name, what it renders, the user's copy if any.
pub struct TemplateRow {
    pub name: String,
    pub renders: String,
    /// The user's file that replaces the built-in one.
    pub overridden: Option<PathBuf>,
}

/// The templates (`cowork templates`) and which of them the user replaced.
pub fn templates(rows: &[TemplateRow], width: Option<u16>) -> String {
    let mut t = new_table(width);
    t.set_header(vec![
        crate::tr!("table-templates-name"),
        crate::tr!("table-templates-renders"),
        crate::tr!("table-templates-in-use"),
    ]);
    for row in rows {
        t.add_row(vec![
            cell(&row.name),
            cell(&row.renders),
            cell(row.overridden.as_ref().map_or_else(
                || crate::tr!("table-templates-builtin"),
                |p| p.display().to_string(),
            )),
        ]);
    }
    format!("{t}\n{}\n", crate::tr!("table-templates-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_never_ask_the_terminal() {
        // Whatever stdout is, only the width given counts.
        assert_eq!(new_table(None).width(), None);
        assert_eq!(new_table(Some(80)).width(), Some(80));
        assert_eq!(printable_table(None).width(), Some(PRINTABLE_WIDTH));
        assert_eq!(printable_table(Some(200)).width(), Some(200));
    }

    #[test]
    fn russian_plurals() {
        let n = |count: usize| crate::tr_in!(Language::Ru, "table-plan-sessions", count = count);
        assert_eq!(n(1), "1 коворкинг");
        assert_eq!(n(3), "3 коворкинга");
        assert_eq!(n(6), "6 коворкингов");
        assert_eq!(n(11), "11 коворкингов");
        assert_eq!(n(22), "22 коворкинга");
    }
}
