//! `cowork summary FILE...`: «Итоги обсуждения: плюсы и минусы» of one session or a series.

use std::path::{Path, PathBuf};

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use crate::error::{Failure, Result};
use crate::render::terminal_text::{cell, inline};
use crate::render::{Renderer, TemplateSource};
use crate::session::file as session_file;
use crate::view::summary::{self, KindGroup, SeriesView, SummaryView};
use crate::write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// Markdown
    Md,
    /// One printable HTML page
    Html,
    /// The figures for scripts
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// One session file, or several sessions of a series
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format [default: table on a terminal, else from the -o extension, else md]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<Format>,
    /// Group the points under the activities they are about (one session only)
    #[arg(long)]
    pub by_activity: bool,
    /// Write to this file instead of stdout
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &Args, templates: Option<&Path>) -> Result<()> {
    let format = super::pick_format(
        args.format,
        args.output.as_deref(),
        &[
            ("html", Format::Html),
            ("htm", Format::Html),
            ("json", Format::Json),
        ],
        Format::Md,
        Format::Table,
    );
    let source = TemplateSource::resolve(templates)?;
    let mut files: Vec<&PathBuf> = Vec::with_capacity(args.files.len());
    let mut seen = std::collections::HashSet::new();
    for f in &args.files {
        // The same file named twice (sessions/*.toml plus one by hand) counts once.
        if seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())) {
            files.push(f);
        }
    }
    if files.len() > 1 && args.by_activity {
        return Err(Failure::Usage(
            "--by-activity groups the points of one session; give one file, or leave it out"
                .to_string(),
        ));
    }
    let text = if let [file] = files.as_slice() {
        let checked = session_file::load_valid(file)?;
        let view = summary::build(&checked.session, &checked.schedule, args.by_activity);
        drop(checked);
        match format {
            Format::Table => table(&view),
            Format::Json => json(&view)?,
            Format::Md => Renderer::new(&source)?.render_owned("summary.md", view)?,
            Format::Html => Renderer::new(&source)?.render_owned("summary.html", view)?,
        }
    } else {
        let mut sessions = Vec::with_capacity(files.len());
        for file in files {
            let checked = session_file::load_valid(file)?;
            sessions.push((file.display().to_string(), checked.session));
        }
        let view = summary::build_series(&sessions);
        match format {
            Format::Table => series_table(&view),
            Format::Json => json(&view)?,
            Format::Md => Renderer::new(&source)?.render("summary-series.md", &view)?,
            Format::Html => Renderer::new(&source)?.render("summary-series.html", &view)?,
        }
    };
    let inputs: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    write::emit(&text, args.output.as_deref(), &inputs)
}

/// The view as JSON without its labels, with a schema number, for scripts.
pub fn json(view: &impl serde::Serialize) -> Result<String> {
    let fail = |e: serde_json::Error| Failure::Input(format!("error: cannot write JSON: {e}"));
    let mut value = serde_json::to_value(view).map_err(fail)?;
    if let Some(map) = value.as_object_mut() {
        map.remove("labels");
        map.insert("schema".to_string(), serde_json::Value::from(1));
    }
    serde_json::to_string_pretty(&value)
        .map_err(fail)
        .map(|mut s| {
            s.push('\n');
            s
        })
}

fn new_table() -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t
}

/// One kind's points as a table; `with_activity` names the activity under each point.
fn kind_table(
    out: &mut String,
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
    let mut t = new_table();
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

pub fn table(view: &SummaryView) -> String {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let mut out = format!(
        "{}\n{}: {}\n{}: {}\n",
        l("summary_title"),
        l("theme"),
        inline(&view.header.title_quoted),
        l("dates"),
        view.header.dates_text
    );
    if view.grouped {
        for g in &view.feedback.by_activity {
            out.push_str(&format!("\n{}\n", inline(&g.heading)));
            for k in g.kinds.iter().filter(|k| k.count > 0) {
                kind_table(&mut out, k, false, &l);
            }
        }
    } else {
        for k in &view.feedback.kinds {
            if k.count > 0 || k.kind != "interesting" {
                kind_table(&mut out, k, true, &l);
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

pub fn series_table(view: &SeriesView) -> String {
    let l = |k: &str| view.labels.get(k).copied().unwrap_or_default();
    let mut out = format!("{}\n", l("series_summary_title"));
    if let Some(series) = &view.series {
        out.push_str(&format!("{}: {}\n", l("series"), inline(series)));
    }
    let mut t = new_table();
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
        let mut t = new_table();
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
        let mut t = new_table();
        t.set_header(vec![l("session"), l("decision"), l("owner"), l("due")]);
        for d in &view.open_decisions {
            t.add_row(vec![
                cell(&d.session_date_text),
                cell(&d.decision.text),
                cell(d.decision.owner.as_deref().unwrap_or("")),
                cell(d.decision.due_text.as_deref().unwrap_or("")),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    out
}
