//! `cowork templates`: the built-in templates, and writing them out to customise.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::document::{self, Template};
use crate::error::{Error, Result};
use crate::render::table;
use crate::workspace::Workspace;
use crate::write;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write every built-in template into DIR to customise them [default DIR: cowork.toml's
    /// `templates`, else ./templates]
    #[arg(long, value_name = "DIR", num_args = 0..=1)]
    pub dump: Option<Option<PathBuf>>,
    /// With --dump: replace templates already in DIR
    #[arg(long, requires = "dump")]
    pub force: bool,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    match &args.dump {
        Some(dir) => dump(dir.as_deref(), args.force, workspace),
        None => list(workspace),
    }
}

fn list(workspace: &Workspace) -> Result<()> {
    let mut user: BTreeMap<String, PathBuf> = workspace
        .templates()?
        .files
        .into_iter()
        .map(|(name, template)| (name, template.path))
        .collect();
    let mut rows: Vec<table::TemplateRow> = document::builtins()
        .map(|builtin| table::TemplateRow {
            name: builtin.name.to_string(),
            renders: renders(builtin),
            overridden: user.remove(builtin.name),
        })
        .collect();
    // The rest of the folder: the user's own pieces, to include or extend.
    rows.extend(user.into_iter().map(|(name, path)| table::TemplateRow {
        name,
        renders: crate::tr!("table-renders-own"),
        overridden: Some(path),
    }));
    write::emit(&table::templates(&rows, super::terminal_width()), None, &[])
}

/// What a built-in template renders, in the interface language.
fn renders(template: &Template) -> String {
    // The document list's English is there for a template added without its words; a unit
    // test below keeps that from reaching a user.
    words(crate::i18n::fluent::interface(), template.name)
        .unwrap_or_else(|| template.renders.to_string())
}

/// The words for what the built-in template `name` renders, in `language`.
fn words(language: crate::session::model::Language, name: &str) -> Option<String> {
    Some(match name {
        "agenda.md" => crate::tr_in!(language, "table-renders-agenda-md"),
        "agenda.html" => crate::tr_in!(language, "table-renders-agenda-html"),
        "agenda.txt" => crate::tr_in!(language, "table-renders-agenda-txt"),
        "door.md" => crate::tr_in!(language, "table-renders-door-md"),
        "door.html" => crate::tr_in!(language, "table-renders-door-html"),
        "door.txt" => crate::tr_in!(language, "table-renders-door-txt"),
        "attendance.md" => crate::tr_in!(language, "table-renders-attendance-md"),
        "attendance.html" => crate::tr_in!(language, "table-renders-attendance-html"),
        "summary.md" => crate::tr_in!(language, "table-renders-summary-md"),
        "summary.html" => crate::tr_in!(language, "table-renders-summary-html"),
        "summary-series.md" => crate::tr_in!(language, "table-renders-summary-series-md"),
        "summary-series.html" => crate::tr_in!(language, "table-renders-summary-series-html"),
        "report.md" => crate::tr_in!(language, "table-renders-report-md"),
        "report.html" => crate::tr_in!(language, "table-renders-report-html"),
        "report.txt" => crate::tr_in!(language, "table-renders-report-txt"),
        "groups.md" => crate::tr_in!(language, "table-renders-groups-md"),
        "groups.html" => crate::tr_in!(language, "table-renders-groups-html"),
        "certificates.md" => crate::tr_in!(language, "table-renders-certificates-md"),
        "certificates.html" => crate::tr_in!(language, "table-renders-certificates-html"),
        "archive-index.md" => crate::tr_in!(language, "table-renders-archive-index-md"),
        "base.html" => crate::tr_in!(language, "table-renders-base-html"),
        "style.css" => crate::tr_in!(language, "table-renders-style-css"),
        "session-header.html" => crate::tr_in!(language, "table-renders-session-header-html"),
        "room-participants.html" => crate::tr_in!(language, "table-renders-room-participants-html"),
        "room-door.html" => crate::tr_in!(language, "table-renders-room-door-html"),
        "room-board.html" => crate::tr_in!(language, "table-renders-room-board-html"),
        "room-error.html" => crate::tr_in!(language, "table-renders-room-error-html"),
        "room-base.html" => crate::tr_in!(language, "table-renders-room-base-html"),
        "room.css" => crate::tr_in!(language, "table-renders-room-css"),
        "room.js" => crate::tr_in!(language, "table-renders-room-js"),
        _ => return None,
    })
}

/// Where `--dump` writes: the DIR given, else cowork.toml's folder, else ./templates.
fn dump_dir(dir: Option<&Path>, workspace: &Workspace) -> Result<PathBuf> {
    if let Some(dir) = dir.or(workspace.templates_flag()) {
        return Ok(dir.to_path_buf());
    }
    Ok(workspace
        .config()?
        .templates
        .as_ref()
        .map_or_else(|| PathBuf::from("templates"), |t| t.path.clone()))
}

fn dump(dir: Option<&Path>, force: bool, workspace: &Workspace) -> Result<()> {
    let dir = dump_dir(dir, workspace)?;
    if !force {
        let existing: Vec<String> = document::builtins()
            .map(|b| dir.join(b.name))
            .filter(|p| p.exists())
            .map(|p| format!("  {}", p.display()))
            .collect();
        if !existing.is_empty() {
            return Err(Error::input(
                format!(
                    "{}:\n{}",
                    crate::tr!("table-dump-exists", count = existing.len()),
                    existing.join("\n")
                ),
                Some(&crate::tr!("table-dump-exists-hint")),
            ));
        }
    }
    // All or nothing: the folder is made and every template written, or none of them.
    let builtins: Vec<&Template> = document::builtins().collect();
    let files: Vec<write::Planned> = builtins
        .iter()
        .map(|b| write::Planned {
            path: dir.join(b.name),
            content: b.source.as_bytes().to_vec(),
            replace: force,
        })
        .collect();
    write::write_all(&files)?;
    eprintln!(
        "{}",
        crate::tr!(
            "table-dump-written",
            count = builtins.len(),
            dir = dir.display().to_string()
        )
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_template_says_what_it_renders_in_both_languages() {
        for language in [
            crate::session::model::Language::Ru,
            crate::session::model::Language::En,
        ] {
            let missing: Vec<&str> = document::builtins()
                .map(|t| t.name)
                .filter(|name| words(language, name).is_none())
                .collect();
            assert!(
                missing.is_empty(),
                "no `table-renders-…` words in {language:?} for {missing:?}: add them to \
                 `words` and to i18n/*/cowork.ftl"
            );
        }
    }
}
