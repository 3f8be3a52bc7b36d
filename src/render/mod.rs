//! Render: tera templates — the defaults embedded in the binary, overridden by file name
//! from the user's `templates/` directory or `--templates DIR`.

pub mod csv;
pub mod ics;
pub mod json;
pub mod table;
pub mod terminal_text;

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
        source: include_str!("../../templates/agenda.md"),
        renders: "the agenda (План проведения) in Markdown",
    },
    Builtin {
        name: "agenda.html",
        source: include_str!("../../templates/agenda.html"),
        renders: "the agenda as a printable HTML page",
    },
    Builtin {
        name: "agenda.txt",
        source: include_str!("../../templates/agenda.txt"),
        renders: "the agenda as plain text",
    },
    Builtin {
        name: "summary.md",
        source: include_str!("../../templates/summary.md"),
        renders: "the plus/minus summary (Итоги обсуждения) in Markdown",
    },
    Builtin {
        name: "summary.html",
        source: include_str!("../../templates/summary.html"),
        renders: "the plus/minus summary as a printable HTML page",
    },
    Builtin {
        name: "summary-series.md",
        source: include_str!("../../templates/summary-series.md"),
        renders: "the plus/minus summary of a series of sessions in Markdown",
    },
    Builtin {
        name: "summary-series.html",
        source: include_str!("../../templates/summary-series.html"),
        renders: "the plus/minus summary of a series as a printable HTML page",
    },
    Builtin {
        name: "report.md",
        source: include_str!("../../templates/report.md"),
        renders: "the post-session report (Аналитическая справка) in Markdown",
    },
    Builtin {
        name: "report.html",
        source: include_str!("../../templates/report.html"),
        renders: "the post-session report as a printable HTML page",
    },
    Builtin {
        name: "report.txt",
        source: include_str!("../../templates/report.txt"),
        renders: "the post-session report as plain text",
    },
    Builtin {
        name: "session-header.html",
        source: include_str!("../../templates/session-header.html"),
        renders: "the theme, dates, venue, goal and tasks atop the HTML agenda and report",
    },
    Builtin {
        name: "style.css",
        source: include_str!("../../templates/style.css"),
        renders: "the print style shared by every HTML document",
    },
    Builtin {
        name: "archive-index.md",
        source: include_str!("../../templates/archive-index.md"),
        renders: "the archive's README.md: every archived session with links",
    },
    Builtin {
        name: "attendance.md",
        source: include_str!("../../templates/attendance.md"),
        renders: "the sign-in sheets (Лист регистрации) in Markdown",
    },
    Builtin {
        name: "attendance.html",
        source: include_str!("../../templates/attendance.html"),
        renders: "the sign-in sheets as printable HTML, one A4 page per day",
    },
    Builtin {
        name: "groups.md",
        source: include_str!("../../templates/groups.md"),
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
            && let Some(dir) = crate::workspace::Config::discover()?.templates_dir()?
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

/// Whether a link target is a web or mail address: `http:`, `https:` or `mailto:`, in any
/// case, once whitespace and control characters are taken out (` JaVaScRiPt:`,
/// `java\tscript:` are no such address, however a browser reads them).
pub fn is_safe_link(target: &str) -> bool {
    let bare: String = target
        .chars()
        .filter(|&c| !c.is_whitespace() && !crate::render::terminal_text::is_unsafe(c))
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| bare.starts_with(scheme))
}

/// The length of a `[text](target)` link at the start of `text`, when it is one to keep:
/// its target a web or mail address with nothing in it (a space, a quote, a bracket) that
/// would give it a title or end it early, its text no bracket that could nest another link.
fn safe_link_len(text: &str) -> Option<usize> {
    let close = text.find(']')?;
    let label = &text[1..close];
    let target_and_rest = text[close + 1..].strip_prefix('(')?;
    let end = target_and_rest.find(')')?;
    let target = &target_and_rest[..end];
    let plain = |c: char| !c.is_whitespace() && !crate::render::terminal_text::is_unsafe(c);
    (!label.contains(['[', '<', '>'])
        && !target.is_empty()
        && target
            .chars()
            .all(|c| plain(c) && !"<>()[]\\`\"'".contains(c))
        && is_safe_link(target))
    .then_some(close + 2 + end + 1)
}

/// Text from the file made inert for Markdown, before any template sees it: control
/// characters become visible escapes (line breaks stay, for `md_cell` and `md_text` to
/// place), `<` and `>` entities so no HTML tag, comment or `<javascript:…>` autolink opens,
/// and a `]` that could close a link — one followed by `(`, `[` or `:` (a reference
/// definition), spaces allowed as Markdown.pl allows them — an entity too, unless it ends a
/// `[text](web or mail address)`. So no `[x](javascript:…)`, image, reference or footnote
/// forms, and a bracket in ordinary text ("[модератор] предложила") stays as it is. An
/// entity is plain text to every Markdown renderer (GitHub, GitLab, CommonMark, the
/// original Markdown.pl), unlike a backslash escape of `<`, which Markdown.pl does not know.
pub fn markdown_inert(text: &str) -> String {
    let text = crate::render::terminal_text::multiline(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest: &str = &text;
    while let Some(i) = rest.find(['<', '>', '[', ']']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        match tail.as_bytes()[0] {
            b'<' => out.push_str("&lt;"),
            b'>' => out.push_str("&gt;"),
            b']' => {
                let next = tail[1..].trim_start_matches([' ', '\t']);
                if next.starts_with(['(', '[', ':']) {
                    out.push_str("&#93;");
                } else {
                    out.push(']');
                }
            }
            _ => match safe_link_len(tail) {
                Some(len) => {
                    out.push_str(&tail[..len]);
                    rest = &tail[len..];
                    continue;
                }
                None => out.push('['),
            },
        }
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// A value escape: the escaped text, or `None` when the text needs none (most do not, and
/// a city's document has hundreds of thousands of strings).
type ValueEscape = fn(&str) -> Option<String>;

fn markdown_value(text: &str) -> Option<String> {
    text.contains(|c: char| "<>[]".contains(c) || crate::render::terminal_text::is_unsafe(c))
        .then(|| markdown_inert(text))
}

fn txt_value(text: &str) -> Option<String> {
    match crate::render::terminal_text::inline(text) {
        std::borrow::Cow::Borrowed(_) => None,
        std::borrow::Cow::Owned(escaped) => Some(escaped),
    }
}

/// How every string of a document's data is made safe before a template of this kind
/// prints it, like HTML's autoescape (which tera does itself for `.html`): for `.md`, see
/// [`markdown_inert`]; for `.txt`, each value on its line with control characters shown
/// (see [`crate::render::terminal_text::inline`]), since a txt document is read on a terminal.
/// The template's own text and line breaks are left as they are. `None`: no such pass.
fn value_escape(template: &str) -> Option<ValueEscape> {
    if template.ends_with(".md") {
        Some(markdown_value)
    } else if template.ends_with(".txt") {
        Some(txt_value)
    } else {
        None
    }
}

/// Applies `escape` to every string in `value`, keys included (a map's keys are printed
/// by templates that iterate over it).
fn escape_strings(value: &mut serde_json::Value, escape: ValueEscape) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            if let Some(escaped) = escape(s) {
                *s = escaped;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| escape_strings(v, escape)),
        Value::Object(map) => {
            if map.keys().any(|k| escape(k).is_some()) {
                *map = std::mem::take(map)
                    .into_iter()
                    .map(|(k, mut v)| {
                        escape_strings(&mut v, escape);
                        (escape(&k).unwrap_or(k), v)
                    })
                    .collect();
            } else {
                map.values_mut().for_each(|v| escape_strings(v, escape));
            }
        }
        _ => {}
    }
}

fn prepare_failed(e: &dyn std::fmt::Display) -> Failure {
    Failure::Input(format!("error: cannot prepare the document: {e}"))
}

/// The template context for `view`, its strings escaped for template `name`; `view` is
/// dropped as soon as a copy of it is made, so a city-sized document is not held thrice.
fn context_for(name: &str, view: impl Serialize) -> Result<Context> {
    match value_escape(name) {
        None => Context::from_serialize(&view).map_err(|e| prepare_failed(&e)),
        Some(escape) => {
            let mut value = serde_json::to_value(view).map_err(|e| prepare_failed(&e))?;
            escape_strings(&mut value, escape);
            Context::from_serialize(&value).map_err(|e| prepare_failed(&e))
        }
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
                    crate::session::file::read_limited(&path).map_err(|e| read_failed(&e))??;
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
        let context = context_for(name, view)?;
        self.render_context(name, &context)
    }

    /// Like [`Renderer::render`], but drops `view` once the template's copy of it is made,
    /// so a city-sized document is not held twice while it renders.
    pub fn render_owned(&self, name: &str, view: impl Serialize) -> Result<String> {
        let context = context_for(name, view)?;
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
    fn markdown_gets_no_html_from_the_file() {
        assert_eq!(
            markdown_inert("<script>alert(1)</script> & <img src=x onerror=y>"),
            "&lt;script&gt;alert(1)&lt;/script&gt; & &lt;img src=x onerror=y&gt;"
        );
        assert_eq!(
            markdown_inert("<javascript:alert(1)>"),
            "&lt;javascript:alert(1)&gt;"
        );
        assert_eq!(markdown_inert("a\u{1b}[2J\nb"), "a␛[2J\nb");
    }

    #[test]
    fn markdown_keeps_only_web_and_mail_links() {
        for kept in [
            "[сборник](https://example.org/a?b=1)",
            "[почта](mailto:a@example.org)",
            "![схема](HTTP://example.org/s.png)",
        ] {
            assert_eq!(markdown_inert(kept), kept);
        }
        for (hostile, inert) in [
            ("[x](javascript:alert(1))", "[x&#93;(javascript:alert(1))"),
            ("[x](JaVaScRiPt:alert(1))", "[x&#93;(JaVaScRiPt:alert(1))"),
            ("[x]( javascript:alert(1))", "[x&#93;( javascript:alert(1))"),
            (
                "[x](java\tscript:alert(1))",
                "[x&#93;(java script:alert(1))",
            ),
            ("[x](data:text/html,1)", "[x&#93;(data:text/html,1)"),
            ("[x](./local.md)", "[x&#93;(./local.md)"),
            ("![x](javascript:a)", "![x&#93;(javascript:a)"),
            ("[x][1] [y] [z][]", "[x&#93;[1&#93; [y&#93; [z&#93;[]"),
            ("[x] [1]", "[x&#93; [1]"),
            ("[1]: javascript:alert(1)", "[1&#93;: javascript:alert(1)"),
            ("[^1]: сноска", "[^1&#93;: сноска"),
            ("[x](https://a \"t\")", "[x&#93;(https://a \"t\")"),
            (
                "[![i](javascript:a)](https://ok)",
                "[![i&#93;(javascript:a)&#93;(https://ok)",
            ),
            (
                "[[x](https://ok)](javascript:y)",
                "[[x](https://ok)&#93;(javascript:y)",
            ),
            ("[модератор] предложила", "[модератор] предложила"),
        ] {
            assert_eq!(markdown_inert(hostile), inert, "{hostile}");
        }
    }

    #[test]
    fn safe_links_are_web_or_mail_in_any_case() {
        assert!(is_safe_link("https://example.org"));
        assert!(is_safe_link(" HTTP://example.org"));
        assert!(is_safe_link("MailTo:a@b.c"));
        assert!(!is_safe_link("JaVaScRiPt:alert(1)"));
        assert!(!is_safe_link(" java\tscript:alert(1)"));
        assert!(!is_safe_link("java\u{1}script:alert(1)"));
        assert!(!is_safe_link("vbscript:x"));
        assert!(!is_safe_link("//evil.example"));
    }

    #[test]
    fn txt_and_md_values_are_escaped_before_any_template() {
        let mut renderer = Renderer {
            tera: Tera::new(),
            overridden: Vec::new(),
        };
        for name in ["t.txt", "t.md"] {
            renderer
                .tera
                .add_raw_template(
                    name,
                    "{{ v }}|{% for k, x in m %}{{ k }}={{ x }}{% endfor %}",
                )
                .expect("test input is valid");
        }
        let view = serde_json::json!({
            "v": "a\u{1b}[2J\nb <i>",
            "m": { "k\u{9b}": "\u{202e}x" },
        });
        assert_eq!(
            renderer.render("t.txt", &view).expect("renders"),
            "a␛[2J b <i>|k\\u009B=\\u202Ex"
        );
        assert_eq!(
            renderer.render("t.md", &view).expect("renders"),
            "a␛[2J\nb &lt;i&gt;|k\\u009B=\\u202Ex"
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
