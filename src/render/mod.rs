//! Render: tera templates, zola-style — every file of the user's templates folder, and the
//! built-in ones under `builtin/` (and under their own name unless the user has that file).

pub mod csv;
pub mod docx;
mod escaped;
pub mod ics;
pub mod json;
pub mod table;
pub mod terminal_text;
pub mod vtimezone;
pub mod xlsx;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::{PoisonError, RwLock};

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::document::{self, Template};
use crate::error::{Error, Result};
use crate::session::model::Language;
use escaped::ValueEscape;

/// The namespace of the built-in templates, zola-style: `builtin/agenda.html` is always the
/// built-in agenda, `agenda.html` the user's file of that name if there is one, else the
/// built-in. So a user's template can extend the built-in one it replaces.
pub const BUILTIN_PREFIX: &str = "builtin/";

/// Where templates come from: the embedded defaults plus the user's folder of overrides,
/// already read into memory by the workspace (`render` never reads the disk).
#[derive(Debug, Clone, Default)]
pub struct TemplateSource {
    /// The override folder, if any (for messages and `cowork templates`).
    pub dir: Option<PathBuf>,
    /// Every file of that folder, by its name for templates (`parts/footer.html`).
    pub files: BTreeMap<String, UserTemplate>,
}

/// One file of the user's templates folder.
#[derive(Debug, Clone)]
pub struct UserTemplate {
    /// Where it is, for messages.
    pub path: PathBuf,
    /// Its text, or why it could not be read (reported only when a document uses it).
    pub text: std::result::Result<String, String>,
}

/// The words of the template errors, in one place.
mod messages {
    use std::path::Path;

    use crate::error::Error;

    pub fn unreadable(path: &Path, e: &dyn std::fmt::Display) -> Error {
        Error::input(
            crate::tr!(
                "render-unreadable",
                path = path.display().to_string(),
                reason = e.to_string()
            ),
            None,
        )
    }

    fn template(what: String, tera: &str, hint: Option<&str>) -> Error {
        Error::Template {
            what,
            detail: tera.to_string(),
            hint: hint.map(str::to_string),
        }
    }

    pub fn broken_override(path: &Path, tera: &str) -> Error {
        template(
            crate::tr!("render-broken", path = path.display().to_string()),
            tera,
            Some(&crate::tr!("render-broken-override-hint")),
        )
    }

    pub fn broken_own(path: &Path, tera: &str) -> Error {
        template(
            crate::tr!("render-broken", path = path.display().to_string()),
            tera,
            Some(&crate::tr!("render-broken-own-hint")),
        )
    }

    pub fn broken_builtin(name: &str, tera: &str) -> Error {
        template(crate::tr!("render-broken-builtin", name = name), tera, None)
    }

    pub fn circle(chain: &[String]) -> Error {
        Error::input(
            crate::tr!("render-circle", chain = chain.join(" → ")),
            Some(&crate::tr!("render-circle-hint")),
        )
    }

    pub fn unknown(name: &str) -> Error {
        Error::input(
            crate::tr!("render-unknown", name = name),
            Some(&crate::tr!("render-unknown-hint")),
        )
    }

    pub fn render_failed(what: String, tera: &str) -> Error {
        template(what, tera, None)
    }

    pub fn several_broken(tera: &str) -> Error {
        template(crate::tr!("render-several-broken"), tera, None)
    }
}

/// Where the text of a template comes from.
#[derive(Debug, Clone, Copy)]
enum Origin<'r> {
    /// A file of the user's templates folder.
    User(&'r UserTemplate),
    /// A built-in template.
    Builtin(&'static Template),
}

/// The names a template's text refers to with `{% extends "…" %}` and `{% include "…" %}`.
/// A plain scan of the tags, so a name inside `{% raw %}` or a comment is found too: that
/// only loads a template more than needed, while tera itself reports a name that is missing.
fn referenced(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("{%") {
        rest = &rest[at + 2..];
        let tag = rest.trim_start_matches(['-', '+', '~']).trim_start();
        let Some(after) = tag
            .strip_prefix("extends")
            .or_else(|| tag.strip_prefix("include"))
        else {
            continue;
        };
        let after = after.trim_start();
        let Some(quote) = after.chars().next().filter(|c| "\"'`".contains(*c)) else {
            continue;
        };
        if let Some(end) = after[1..].find(quote) {
            names.push(&after[1..1 + end]);
        }
    }
    names
}

/// The compiled templates: only those a command has asked for, and what they need.
struct Compiled {
    tera: Tera,
    /// The names added to `tera` (tera's own lookup falls back to `builtin/`, so it cannot
    /// tell whether the user's file of a name was added or only the built-in one).
    loaded: HashSet<String>,
}

/// The template engine, ready to render documents. Every file of the user's templates
/// folder is a template that can be rendered, included or extended, and the built-in ones
/// are there under `builtin/` and, where the user has no file of the name, under their
/// own name. A template is compiled when it is first rendered, with what it extends and
/// includes: compiling all of them would cost a one-document command most of its time.
pub struct Renderer {
    /// The user's templates by name.
    user: BTreeMap<String, UserTemplate>,
    compiled: RwLock<Compiled>,
}

/// The lines of a text as Markdown sees them: `\n`, `\r\n` and a lone `\r` all end a line.
fn md_lines(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// The document's language for a filter: its `lang` argument (`"ru"`, `"en"`), else the
/// template's `language` or `header.language`, else Russian.
fn filter_language(kwargs: &Kwargs, state: &State) -> Language {
    let named = kwargs.get::<String>("lang").ok().flatten();
    let from_context = || {
        state.get::<String>("language").ok().flatten().or_else(|| {
            let header = state.get::<tera::Value>("header").ok().flatten()?;
            header
                .get_from_path("language")
                .and_then(|v| v.as_str())
                .map(str::to_string)
        })
    };
    named
        .or_else(from_context)
        .and_then(|code| Language::parse(&code))
        .unwrap_or(Language::Ru)
}

/// `{{ text | tie }}`: non-breaking spaces where a line must not break (dates, «№ 5»,
/// initials, units, before a dash); see [`crate::i18n::typography::tie`].
fn tie(value: &str, kwargs: Kwargs, state: &State) -> String {
    crate::i18n::typography::tie(value, filter_language(&kwargs, state))
}

fn md_cell(value: &str, _: Kwargs, _: &State) -> String {
    markdown_cell(value)
}

/// See [`md_cell`].
pub fn markdown_cell(value: &str) -> String {
    // A Markdown table cell must stay on one line and must not open a new column. A
    // backslash is doubled first, or `\` + `|` would be an escaped backslash and a pipe.
    if !value.contains(['\n', '\r', '\\', '|']) {
        // One line with nothing to escape, as almost every cell is.
        return value.trim().to_string();
    }
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
    let joined = if value.contains(['\n', '\r']) {
        md_lines(value).collect::<Vec<_>>().join(" ")
    } else {
        value.trim().to_string()
    };
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

fn markdown_value(text: &str) -> Option<String> {
    // Most values need nothing: a scan that tests each character with one `match` (a city's
    // documents hold megabytes of them) decides before anything is copied.
    text.chars()
        .any(|c| matches!(c, '<' | '>' | '[' | ']') || crate::render::terminal_text::is_unsafe(c))
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

fn prepare_failed(e: &dyn std::fmt::Display) -> Error {
    Error::input(
        crate::tr!("render-prepare-failed", reason = e.to_string()),
        None,
    )
}

/// The template context for `view`, its strings escaped for template `name` on their way in
/// (no copy of the data is made first); `view` is dropped as soon as the context is made.
fn context_for(name: &str, view: impl Serialize) -> Result<Context> {
    match value_escape(name) {
        None => Context::from_serialize(&view).map_err(|e| prepare_failed(&e)),
        Some(escape) => Context::from_serialize(&escaped::Escaped {
            value: &view,
            escape,
        })
        .map_err(|e| prepare_failed(&e)),
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

/// HTML's autoescape: what tera's own does (`& < > " '`), written a run of plain text at a
/// time rather than a byte at a time (a sixth of rendering a plan went into tera's).
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut plain = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[plain..i])?;
        out.write_all(entity)?;
        plain = i + 1;
    }
    out.write_all(&bytes[plain..])
}

fn new_tera() -> Tera {
    let mut tera = Tera::new();
    tera.set_escape_fn(escape_html);
    tera.register_filter("md_cell", md_cell);
    tera.register_filter("md_text", md_text);
    tera.register_filter("tie", tie);
    tera.set_fallback_prefixes([BUILTIN_PREFIX])
        .expect("no template is added yet");
    tera
}

impl Default for Compiled {
    fn default() -> Self {
        Self {
            tera: new_tera(),
            loaded: HashSet::new(),
        }
    }
}

impl Renderer {
    /// The built-in templates and the user's folder of `source`; nothing is compiled yet.
    pub fn new(source: &TemplateSource) -> Self {
        Self {
            user: source.files.clone(),
            compiled: RwLock::new(Compiled::default()),
        }
    }

    /// The name tera knows `name` by and where its text comes from: the user's file of that
    /// name, else the built-in one; `builtin/NAME` is always the built-in one.
    fn resolve(&self, name: &str) -> Option<(String, Origin<'_>)> {
        if let Some(bare) = name.strip_prefix(BUILTIN_PREFIX) {
            return document::builtin(bare).map(|t| (name.to_string(), Origin::Builtin(t)));
        }
        if let Some(template) = self.user.get(name) {
            return Some((name.to_string(), Origin::User(template)));
        }
        document::builtin(name).map(|t| (format!("{BUILTIN_PREFIX}{name}"), Origin::Builtin(t)))
    }

    /// Compiles `name` and what it extends and includes, all at once (tera then resolves
    /// what they extend once, not after each); when that fails, one by one, each after what
    /// it needs, to say which of them is broken.
    fn load(&self, compiled: &mut Compiled, name: &str, chain: &mut Vec<String>) -> Result<()> {
        let mut needed = Vec::new();
        self.needed(compiled, name, chain, &mut needed)?;
        let all = needed
            .iter()
            .map(|&(ref key, _, text)| (key.as_str(), text));
        if compiled.tera.add_raw_templates(all).is_err() {
            for (key, origin, text) in &needed {
                if !compiled.loaded.contains(key) {
                    compiled
                        .tera
                        .add_raw_template(key, text)
                        .map_err(|e| self.broken(key, origin, &tera_message(&e)))?;
                    compiled.loaded.insert(key.clone());
                }
            }
        }
        compiled
            .loaded
            .extend(needed.into_iter().map(|(key, _, _)| key));
        Ok(())
    }

    /// `name` and what it extends and includes that is not compiled yet, each after what it
    /// needs, as tera wants them. `chain` is the path that led here, to name a circle.
    fn needed<'s>(
        &'s self,
        compiled: &Compiled,
        name: &str,
        chain: &mut Vec<String>,
        out: &mut Vec<(String, Origin<'s>, &'s str)>,
    ) -> Result<()> {
        let Some((key, origin)) = self.resolve(name) else {
            return Ok(()); // tera names the template that refers to it
        };
        if compiled.loaded.contains(&key) || out.iter().any(|(k, _, _)| *k == key) {
            return Ok(());
        }
        if chain.contains(&key) {
            chain.push(key);
            return Err(messages::circle(chain));
        }
        let text: &'s str = match &origin {
            Origin::Builtin(t) => t.source,
            Origin::User(template) => text_of(template)?,
        };
        chain.push(key.clone());
        for dependency in referenced(text) {
            self.needed(compiled, dependency, chain, out)?;
        }
        chain.pop();
        out.push((key, origin, text));
        Ok(())
    }

    fn broken(&self, key: &str, origin: &Origin<'_>, tera: &str) -> Error {
        match origin {
            Origin::Builtin(_) => messages::broken_builtin(key, tera),
            Origin::User(template) if document::builtin(key).is_some() => {
                messages::broken_override(&template.path, tera)
            }
            Origin::User(template) => messages::broken_own(&template.path, tera),
        }
    }

    /// Every template there is, at once: what a template needs beyond what it names (a
    /// tera component defined in another file) is found this way.
    fn load_everything(&self, compiled: &mut Compiled) -> Result<()> {
        let mut texts: Vec<(String, String)> = Vec::new();
        for t in document::builtins() {
            texts.push((format!("{BUILTIN_PREFIX}{}", t.name), t.source.to_string()));
        }
        for (name, template) in &self.user {
            if !compiled.loaded.contains(name) {
                texts.push((name.clone(), text_of(template)?.to_string()));
            }
        }
        texts.retain(|(name, _)| !compiled.loaded.contains(name));
        compiled
            .tera
            .add_raw_templates(texts.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| messages::several_broken(&tera_message(&e)))?;
        compiled.loaded.extend(texts.into_iter().map(|(n, _)| n));
        Ok(())
    }

    /// Makes sure template `key` (a resolved name) is compiled.
    fn ensure(&self, name: &str, key: &str) -> Result<()> {
        let ready = |c: &Compiled| c.loaded.contains(key);
        if ready(&self.compiled.read().unwrap_or_else(PoisonError::into_inner)) {
            return Ok(());
        }
        let mut compiled = self
            .compiled
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if ready(&compiled) {
            return Ok(());
        }
        match self.load(&mut compiled, name, &mut Vec::new()) {
            Ok(()) => Ok(()),
            // Perhaps it uses what no tag names: try with everything, else say what failed.
            Err(first) => self.load_everything(&mut compiled).map_err(|_| first),
        }
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
        let Some((key, origin)) = self.resolve(name) else {
            return Err(messages::unknown(name));
        };
        self.ensure(name, &key)?;
        let compiled = self.compiled.read().unwrap_or_else(PoisonError::into_inner);
        compiled.tera.render(&key, context).map_err(|e| {
            let what = match origin {
                Origin::User(template) => {
                    crate::tr!("render-failed", path = template.path.display().to_string())
                }
                Origin::Builtin(_) => crate::tr!("render-failed-builtin", name = name),
            };
            messages::render_failed(what, &tera_message(&e))
        })
    }
}

/// A user's template as text, or the reason it could not be read.
fn text_of(template: &UserTemplate) -> Result<&str> {
    template
        .text
        .as_deref()
        .map_err(|e| messages::unreadable(&template.path, &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped_as_tera_escapes_it() {
        for text in [
            "",
            "plain",
            "a & b < c > d \" e ' f",
            "«ёлочки» &amp;",
            "<<>>''",
        ] {
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            escape_html(text, &mut ours).expect("writes to memory");
            tera::escape_html(text, &mut teras).expect("writes to memory");
            assert_eq!(ours, teras, "{text}");
        }
    }

    fn cell(s: &str) -> String {
        markdown_cell(s)
    }

    fn text(s: &str) -> String {
        markdown_text(s)
    }

    #[test]
    fn one_line_values_are_trimmed_as_lines_are() {
        for value in ["  Иванова  ", "\u{a0}x\u{2003}", "", "   ", "- 1. #"] {
            let line = md_lines(value).collect::<Vec<_>>().join(" ");
            assert_eq!(cell(value), line, "{value:?}");
            assert_eq!(text(&line), text(value), "{value:?}");
        }
        assert_eq!(text("  - пункт "), "\\- пункт");
        assert_eq!(text(" 1. пункт"), "1\\. пункт");
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
        let text = "{{ v }}|{% for k, x in m %}{{ k }}={{ x }}{% endfor %}";
        let files = ["t.txt", "t.md"]
            .into_iter()
            .map(|name| {
                let template = UserTemplate {
                    path: PathBuf::from(name),
                    text: Ok(text.to_string()),
                };
                (name.to_string(), template)
            })
            .collect();
        let renderer = Renderer::new(&TemplateSource { dir: None, files });
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
