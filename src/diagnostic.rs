//! Located diagnostics: errors and warnings pointing into a source file, rendered rustc-style.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a file, with the byte range it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub span: Range<usize>,
    /// Text under the caret.
    pub label: Option<String>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, span: Range<usize>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            span,
            label: None,
            hint: None,
        }
    }

    pub fn warning(message: impl Into<String>, span: Range<usize>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message, span)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A file's text with a line index, so byte offsets turn into line:column.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters, not bytes) of a byte offset.
    /// An offset on a line break counts as just past the line's last character.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let visible = self.line_range(offset);
        let col = self.text[visible.start..offset.clamp(visible.start, visible.end)]
            .chars()
            .count()
            + 1;
        (line + 1, col)
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The byte range of the line holding `offset`, without its line break.
    fn line_range(&self, offset: usize) -> Range<usize> {
        let offset = self.clamp(offset);
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |&next| next - 1);
        let end = if self.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }
}

/// Whether diagnostics are drawn with colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Colored,
}

/// Renders one diagnostic rustc-style: title, `--> file:line:col`, the line, a caret, a hint.
pub fn render(diag: &Diagnostic, file: &SourceFile, style: Style) -> String {
    let line = file.line_range(diag.span.start);
    let (line_no, col) = file.line_col(diag.span.start);
    // A span may start on the line break itself (after a `\r` that is not shown).
    let start = file.clamp(diag.span.start).clamp(line.start, line.end) - line.start;
    let end = file.clamp(diag.span.end).min(line.end).max(line.start) - line.start;
    let end = if end <= start {
        // Point at one character at least (or the line end).
        file.text[line.start + start..line.end]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8())
    } else {
        end
    };
    let source_line = &file.text[line.clone()];
    let level = match diag.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let mut annotation = AnnotationKind::Primary.span(start..end);
    if let Some(label) = &diag.label {
        annotation = annotation.label(label.as_str());
    }
    let _ = col;
    let snippet = Snippet::source(source_line)
        .line_start(line_no)
        .path(file.path.as_str())
        .annotation(annotation);
    let mut group = level.primary_title(diag.message.as_str()).element(snippet);
    if let Some(hint) = &diag.hint {
        group = group.element(Level::HELP.message(hint.as_str()));
    }
    let report: [Group<'_>; 1] = [group];
    let renderer = match style {
        Style::Plain => Renderer::plain(),
        Style::Colored => Renderer::styled(),
    };
    renderer.render(&report)
}

/// Closest candidate to `word`, for "did you mean" hints.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&word_lower, &c.to_lowercase()),
                c,
            )
        })
        .filter(|(d, c)| {
            let limit = (c.chars().count().max(word.chars().count()) / 3).max(1);
            *d <= limit
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile::new("s.toml", "a = 1\nтема = \"х\"\n");
        let offset = file.text.find('"').unwrap();
        assert_eq!(file.line_col(offset), (2, 8));
    }

    #[test]
    fn suggests_close_words() {
        assert_eq!(did_you_mean("titel", ["title", "goal"]), Some("title"));
        assert_eq!(did_you_mean("zzz", ["title", "goal"]), None);
    }
}
