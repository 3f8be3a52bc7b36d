//! Render: tera templates — the defaults embedded in the binary, overridden by file name
//! from the user's `templates/` directory or `--templates DIR`.

use std::path::{Path, PathBuf};

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::error::{Failure, Result};

/// A built-in template: file name, contents, what it renders.
pub struct Builtin {
    pub name: &'static str,
    pub source: &'static str,
    pub renders: &'static str,
}

/// Every default template, as shipped in the repository's `templates/`.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "agenda.md",
        source: include_str!("../templates/agenda.md"),
        renders: "the agenda (План проведения) in Markdown",
    },
    Builtin {
        name: "agenda.html",
        source: include_str!("../templates/agenda.html"),
        renders: "the agenda as a printable HTML page",
    },
    Builtin {
        name: "agenda.txt",
        source: include_str!("../templates/agenda.txt"),
        renders: "the agenda as plain text",
    },
    Builtin {
        name: "summary.md",
        source: include_str!("../templates/summary.md"),
        renders: "the plus/minus summary (Итоги обсуждения) in Markdown",
    },
    Builtin {
        name: "summary.html",
        source: include_str!("../templates/summary.html"),
        renders: "the plus/minus summary as a printable HTML page",
    },
    Builtin {
        name: "summary-series.md",
        source: include_str!("../templates/summary-series.md"),
        renders: "the plus/minus summary of a series of sessions in Markdown",
    },
    Builtin {
        name: "summary-series.html",
        source: include_str!("../templates/summary-series.html"),
        renders: "the plus/minus summary of a series as a printable HTML page",
    },
    Builtin {
        name: "report.md",
        source: include_str!("../templates/report.md"),
        renders: "the post-session report (Аналитическая справка) in Markdown",
    },
    Builtin {
        name: "report.html",
        source: include_str!("../templates/report.html"),
        renders: "the post-session report as a printable HTML page",
    },
    Builtin {
        name: "report.txt",
        source: include_str!("../templates/report.txt"),
        renders: "the post-session report as plain text",
    },
    Builtin {
        name: "session-header.html",
        source: include_str!("../templates/session-header.html"),
        renders: "the theme, dates, venue, goal and tasks atop the HTML agenda and report",
    },
    Builtin {
        name: "style.css",
        source: include_str!("../templates/style.css"),
        renders: "the print style shared by every HTML document",
    },
    Builtin {
        name: "archive-index.md",
        source: include_str!("../templates/archive-index.md"),
        renders: "the archive's README.md: every archived session with links",
    },
    Builtin {
        name: "attendance.md",
        source: include_str!("../templates/attendance.md"),
        renders: "the sign-in sheets (Лист регистрации) in Markdown",
    },
    Builtin {
        name: "attendance.html",
        source: include_str!("../templates/attendance.html"),
        renders: "the sign-in sheets as printable HTML, one A4 page per day",
    },
    Builtin {
        name: "groups.md",
        source: include_str!("../templates/groups.md"),
        renders: "the groups for group work in Markdown",
    },
];

/// Where templates come from: the embedded defaults plus a directory of overrides.
#[derive(Debug, Clone, Default)]
pub struct TemplateSource {
    /// The override directory, if any: `--templates DIR`, else `cowork.toml`'s `templates`,
    /// else `./templates` when it exists.
    pub dir: Option<PathBuf>,
}

impl TemplateSource {
    /// `--templates DIR` must exist; without it, the folder `cowork.toml` names (which must
    /// exist too), else `./templates` when present.
    pub fn resolve(explicit: Option<&Path>) -> Result<Self> {
        if explicit.is_none()
            && let Some(dir) = crate::config::Config::discover()?.templates_dir()?
        {
            return Ok(Self { dir: Some(dir) });
        }
        match explicit {
            Some(dir) if dir.is_dir() => Ok(Self {
                dir: Some(dir.to_path_buf()),
            }),
            Some(dir) => Err(Failure::Usage(format!(
                "--templates {}: no such directory",
                dir.display()
            ))),
            None => {
                let local = Path::new("templates");
                Ok(Self {
                    dir: local.is_dir().then(|| local.to_path_buf()),
                })
            }
        }
    }
}

/// The template engine, ready to render documents.
pub struct Renderer {
    tera: Tera,
    /// Names of templates that came from the override directory, with their paths.
    overridden: Vec<(String, PathBuf)>,
}

/// The lines of a text as Markdown sees them: `\n`, `\r\n` and a lone `\r` all end a line.
fn md_lines(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

fn md_cell(value: &str, _: Kwargs, _: &State) -> String {
    markdown_cell(value)
}

/// See [`md_cell`].
pub fn markdown_cell(value: &str) -> String {
    // A Markdown table cell must stay on one line and must not open a new column. A
    // backslash is doubled first, or `\` + `|` would be an escaped backslash and a pipe.
    let mut out = String::with_capacity(value.len());
    for line in md_lines(value) {
        if !out.is_empty() {
            out.push_str("<br>");
        }
        out.push_str(&line.replace('\\', "\\\\").replace('|', "\\|"));
    }
    out
}

/// Session text in running Markdown (a list item, a heading, a "Тема:" line): on one line,
/// so it cannot end the list or start a block of its own, and a leading `#`, `>`, `-`,
/// `+`, `*`, `=` or «1.» escaped, so a value printed at the start of a line stays text.
fn md_text(value: &str, _: Kwargs, _: &State) -> String {
    markdown_text(value)
}

/// See [`md_text`].
pub fn markdown_text(value: &str) -> String {
    let joined = md_lines(value).collect::<Vec<_>>().join(" ");
    let starts_block = joined.starts_with(['#', '>', '-', '+', '*', '=', '|'])
        || joined
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['.', ')'])
            && joined.starts_with(|c: char| c.is_ascii_digit());
    if !starts_block {
        return joined;
    }
    match joined
        .find(['.', ')'])
        .filter(|_| joined.starts_with(|c: char| c.is_ascii_digit()))
    {
        // «1. ...» is a list item; «1\. ...» is text.
        Some(dot) => format!("{}\\{}", &joined[..dot], &joined[dot..]),
        None => format!("\\{joined}"),
    }
}

fn tera_message(e: &tera::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(&format!("\n  caused by: {s}"));
        source = s.source();
    }
    text
}

impl Renderer {
    pub fn new(source: &TemplateSource) -> Result<Self> {
        let mut tera = Tera::new();
        tera.register_filter("md_cell", md_cell);
        tera.register_filter("md_text", md_text);
        tera.add_raw_templates(BUILTINS.iter().map(|b| (b.name, b.source)))
            .map_err(|e| {
                Failure::Input(format!(
                    "error: a built-in template is broken: {}",
                    tera_message(&e)
                ))
            })?;
        let mut overridden = Vec::new();
        if let Some(dir) = &source.dir {
            for builtin in BUILTINS {
                let path = dir.join(builtin.name);
                if !path.is_file() {
                    continue;
                }
                let read_failed = |e: &dyn std::fmt::Display| {
                    Failure::input(
                        format!("cannot read template {}: {e}", path.display()),
                        None,
                    )
                };
                let bytes =
                    crate::session_file::read_limited(&path).map_err(|e| read_failed(&e))??;
                let text = String::from_utf8(bytes).map_err(|e| read_failed(&e))?;
                tera.add_raw_template(builtin.name, &text).map_err(|e| {
                    Failure::Input(format!(
                        "error: template {} is broken\n{}\n  = help: fix it, or delete it to use the built-in one (`cowork templates` lists them)",
                        path.display(),
                        tera_message(&e)
                    ))
                })?;
                overridden.push((builtin.name.to_string(), path));
            }
        }
        Ok(Self { tera, overridden })
    }

    /// Renders template `name` with the fields of `view` at the top level.
    pub fn render(&self, name: &str, view: &impl Serialize) -> Result<String> {
        let context = Context::from_serialize(view)
            .map_err(|e| Failure::Input(format!("error: cannot prepare the document: {e}")))?;
        self.render_context(name, &context)
    }

    /// Like [`Renderer::render`], but drops `view` once the template's copy of it is made,
    /// so a city-sized document is not held twice while it renders.
    pub fn render_owned(&self, name: &str, view: impl Serialize) -> Result<String> {
        let context = Context::from_serialize(&view)
            .map_err(|e| Failure::Input(format!("error: cannot prepare the document: {e}")))?;
        drop(view);
        self.render_context(name, &context)
    }

    fn render_context(&self, name: &str, context: &Context) -> Result<String> {
        self.tera.render(name, context).map_err(|e| {
            let origin = self.overridden.iter().find(|(n, _)| n == name).map_or_else(
                || format!("built-in template {name}"),
                |(_, p)| format!("template {}", p.display()),
            );
            Failure::Input(format!(
                "error: {origin} failed to render\n{}",
                tera_message(&e)
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(s: &str) -> String {
        markdown_cell(s)
    }

    fn text(s: &str) -> String {
        markdown_text(s)
    }

    #[test]
    fn cells_stay_one_cell() {
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(cell("a\\|b"), "a\\\\\\|b");
        assert_eq!(
            cell("one\rtwo\r\nthree\n\nfour"),
            "one<br>two<br>three<br>four"
        );
    }

    #[test]
    fn running_text_stays_on_its_line() {
        assert_eq!(text("a\nb\r\nc\rd"), "a b c d");
        assert_eq!(text("# заголовок"), "\\# заголовок");
        assert_eq!(text("- пункт"), "\\- пункт");
        assert_eq!(text("12. пункт"), "12\\. пункт");
        assert_eq!(text("1) пункт"), "1\\) пункт");
        assert_eq!(text("2026 год"), "2026 год");
        assert_eq!(text("Тема | с чертой"), "Тема | с чертой");
    }
}
