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
    /// A second place the problem involves (e.g. the first of two look-alike names), with
    /// the text under it (boxed: most diagnostics have none).
    pub related: Option<Box<(Range<usize>, String)>>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, span: Range<usize>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            span,
            label: None,
            hint: None,
            related: None,
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

    /// Shows `span` too, under the diagnostic's own place, labelled `label`.
    pub fn with_related(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related = Some(Box::new((span, label.into())));
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
    /// Where each line starts, found on the first question about a place (a file without
    /// anything to report never needs it).
    line_starts: std::cell::OnceCell<Vec<usize>>,
    /// The last column computed (line start, offset, column): diagnostics come in file
    /// order, so thousands of them on one long line count its characters once, not each time.
    last_column: std::cell::Cell<(usize, usize, usize)>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
            line_starts: std::cell::OnceCell::new(),
            last_column: std::cell::Cell::new((0, 0, 1)),
        }
    }

    /// 1-based line and column (in characters, not bytes) of a byte offset.
    /// An offset on a line break counts as just past the line's last character.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.line_starts().partition_point(|&s| s <= offset).max(1) - 1;
        let visible = self.line_range(offset);
        let offset = offset.clamp(visible.start, visible.end);
        let (memo_line, memo_offset, memo_col) = self.last_column.get();
        let col = if memo_line == visible.start && memo_offset <= offset {
            memo_col + self.text[memo_offset..offset].chars().count()
        } else {
            self.text[visible.start..offset].chars().count() + 1
        };
        self.last_column.set((visible.start, offset, col));
        (line + 1, col)
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
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
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = starts.get(line).copied().unwrap_or(0);
        let end = starts
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

/// Lines longer than this (in bytes) are shown as a window around the span.
const LONG_LINE: usize = 1000;
/// Characters of a long line shown before and after the start of the span.
const BEFORE: usize = 60;
const AFTER: usize = 120;

/// The part of a line shown for a span: the text, the span within it, the 1-based line
/// number, and the column the header prints (counted in the whole line).
struct Shown {
    text: String,
    span: Range<usize>,
    line_no: usize,
    col: usize,
    /// The column as counted in what is shown (differs from `col` in a window).
    shown_col: usize,
}

fn shown(file: &SourceFile, span: &Range<usize>) -> Shown {
    let line = file.line_range(span.start);
    let (line_no, col) = file.line_col(span.start);
    // A span may start on the line break itself (after a `\r` that is not shown).
    let start = file.clamp(span.start).clamp(line.start, line.end);
    let end = file.clamp(span.end).clamp(line.start, line.end);
    // What is shown of the line, and where the span is in it.
    let (text, start, end) = if line.end - line.start > LONG_LINE {
        window(&file.text, line.clone(), start, end)
    } else {
        (
            file.text[line.clone()].to_string(),
            start - line.start,
            end - line.start,
        )
    };
    let end = if end <= start {
        // Point at one character at least (or the line end).
        text[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8())
    } else {
        end
    };
    // Escape sequences, C1 and bidi controls in the line are shown, never obeyed by the
    // terminal (annotate-snippets pictures C0 in the line only).
    let (text, start, end) = crate::render::terminal_text::source_line(&text, start, end);
    let shown_col = text[..start].chars().count() + 1;
    Shown {
        text,
        span: start..end,
        line_no,
        col,
        shown_col,
    }
}

/// Renders one diagnostic rustc-style: title, `--> file:line:col`, the line, a caret, a hint;
/// a related place follows as `::: file:line:col` with its line.
pub fn render(diag: &Diagnostic, file: &SourceFile, style: Style) -> String {
    let main = shown(file, &diag.span);
    let related = diag.related.as_deref().map(|(span, label)| {
        (
            shown(file, span),
            crate::render::terminal_text::inline(label),
        )
    });
    let level = match diag.severity {
        Severity::Error => Level::ERROR.with_name(crate::tr!("label-error")),
        Severity::Warning => Level::WARNING.with_name(crate::tr!("label-warning")),
    };
    // On one line each, so a line break in a quoted value starts no line of its own.
    let message = crate::render::terminal_text::inline(&diag.message);
    let label = diag
        .label
        .as_deref()
        .map(crate::render::terminal_text::inline);
    let hint = diag
        .hint
        .as_deref()
        .map(crate::render::terminal_text::inline);
    let mut annotation = AnnotationKind::Primary.span(main.span.clone());
    if let Some(label) = &label {
        annotation = annotation.label(label.as_ref());
    }
    let snippet = Snippet::source(main.text.as_str())
        .line_start(main.line_no)
        .path(file.path.as_str())
        .annotation(annotation);
    let mut group = level.primary_title(message.as_ref()).element(snippet);
    if let Some((other, label)) = &related {
        group = group.element(
            Snippet::source(other.text.as_str())
                .line_start(other.line_no)
                .path(file.path.as_str())
                .annotation(
                    AnnotationKind::Context
                        .span(other.span.clone())
                        .label(label.as_ref()),
                ),
        );
    }
    if let Some(hint) = &hint {
        group = group.element(
            Level::HELP
                .with_name(crate::tr!("label-help"))
                .message(hint.as_ref()),
        );
    }
    let report: [Group<'_>; 1] = [group];
    let renderer = match style {
        Style::Plain => Renderer::plain(),
        Style::Colored => Renderer::styled(),
    };
    let mut text = renderer.render(&report);
    // The headers count the column in what is shown; a window starts inside the line.
    let path = file.path.as_str();
    if let Some((other, _)) = &related
        && other.shown_col != other.col
    {
        let wrong = format!("{path}:{}:{}", other.line_no, other.shown_col);
        if let Some(at) = text.rfind(&wrong) {
            text.replace_range(
                at..at + wrong.len(),
                &format!("{path}:{}:{}", other.line_no, other.col),
            );
        }
    }
    if main.shown_col != main.col {
        text = text.replacen(
            &format!("{path}:{}:{}", main.line_no, main.shown_col),
            &format!("{path}:{}:{}", main.line_no, main.col),
            1,
        );
    }
    text
}

/// A window of a long line around `start`: up to [`BEFORE`] characters before it and
/// [`AFTER`] after, with «…» where it was cut; the span's offsets within the window.
fn window(text: &str, line: Range<usize>, start: usize, end: usize) -> (String, usize, usize) {
    let before = text[line.start..start]
        .char_indices()
        .rev()
        .nth(BEFORE - 1)
        .map_or(line.start, |(i, _)| line.start + i);
    let after = text[start..line.end]
        .char_indices()
        .nth(AFTER)
        .map_or(line.end, |(i, _)| start + i);
    let mut shown = String::with_capacity(after - before + 8);
    if before > line.start {
        shown.push('…');
    }
    let shift = shown.len();
    shown.push_str(&text[before..after]);
    if after < line.end {
        shown.push('…');
    }
    let start_in = shift + (start - before);
    let end_in = shift + (end.min(after) - before);
    (shown, start_in, end_in.max(start_in))
}

/// Closest candidate to `word`, for "did you mean" hints.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    Suggester::default().did_you_mean(word, candidates)
}

/// "Did you mean" hints within a budget of work, so that a file with thousands of unknown
/// references against thousands of names stays fast: once the budget is spent, hints fall
/// back to their plain wording.
#[derive(Debug, Clone)]
pub struct Suggester {
    /// Character comparisons left.
    left: usize,
}

impl Default for Suggester {
    fn default() -> Self {
        Self { left: Self::BUDGET }
    }
}

/// Letters counted in 64 buckets: two words whose counts differ by more than `k` are more
/// than `k` edits apart, since one edit changes the counts on each side by one at most.
fn letter_counts(word: &str) -> [u32; 64] {
    let mut counts = [0u32; 64];
    for c in word.chars() {
        let bucket = (u32::from(c) % 64) as usize;
        counts[bucket] = counts[bucket].saturating_add(1);
    }
    counts
}

fn counts_distance(a: &[u32; 64], b: &[u32; 64]) -> usize {
    let (mut more, mut fewer) = (0usize, 0usize);
    for (x, y) in a.iter().zip(b) {
        if x > y {
            more += (x - y) as usize;
        } else {
            fewer += (y - x) as usize;
        }
    }
    more.max(fewer)
}

impl Suggester {
    /// Character comparisons one stage of validation may spend on hints (some tens of
    /// milliseconds): enough for a hint on each of dozens of typos among a thousand names.
    pub const BUDGET: usize = 10_000_000;

    /// The candidate closest to `word` (ignoring case) within a third of its length in edits,
    /// the first of equally close ones; `None` when nothing is close or the budget ran out.
    pub fn did_you_mean<'a>(
        &mut self,
        word: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'a str> {
        if !self.spend(word.len()) {
            return None;
        }
        let word = word.to_lowercase();
        let length = word.chars().count();
        let counts = letter_counts(&word);
        let mut best: Option<(usize, &'a str)> = None;
        for candidate in candidates {
            if !self.spend(candidate.len() + 64) {
                return None;
            }
            let other = candidate.to_lowercase();
            let other_length = other.chars().count();
            let limit = (other_length.max(length) / 3).max(1);
            if other_length.abs_diff(length) > limit
                || counts_distance(&counts, &letter_counts(&other)) > limit
            {
                continue;
            }
            if !self.spend(length.saturating_mul(other_length)) {
                return None;
            }
            let distance = strsim::damerau_levenshtein(&word, &other);
            if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, candidate));
            }
        }
        best.map(|(_, c)| c)
    }

    fn spend(&mut self, work: usize) -> bool {
        match self.left.checked_sub(work) {
            Some(left) => {
                self.left = left;
                true
            }
            None => {
                self.left = 0;
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile::new("s.toml", "a = 1\nтема = \"х\"\n");
        let offset = file.text.find('"').expect("test input is valid");
        assert_eq!(file.line_col(offset), (2, 8));
    }

    #[test]
    fn long_lines_are_shown_around_the_span_with_the_right_column() {
        let line = format!("present = [{}\"нет\"]\n", "\"а\", ".repeat(2000));
        let file = SourceFile::new("s.toml", line.clone());
        let at = line.find("\"нет\"").expect("test input is valid");
        let diag = Diagnostic::error("unknown", at..at + "\"нет\"".len());
        let text = render(&diag, &file, Style::Plain);
        let col = line[..at].chars().count() + 1;
        assert!(text.contains(&format!("s.toml:1:{col}")), "{text}");
        assert!(text.contains("…\"а\", \"а\""), "{text}");
        assert!(text.contains("\"нет\"]"), "{text}");
        assert!(text.len() < 1000, "{text}");
        // In file order, thousands of them on one line.
        for i in 0..2000 {
            let at = 11 + i * "\"а\", ".len();
            let diag = Diagnostic::error("x", at..at + 4);
            let text = render(&diag, &file, Style::Plain);
            assert!(text.contains(&format!("s.toml:1:{}", 12 + i * 5)), "{text}");
        }
    }

    #[test]
    fn a_related_place_is_shown_below_with_its_own_column() {
        let long = format!("b = [{}\"там\"]\n", "\"а\", ".repeat(300));
        let text = format!("a = \"здесь\"\n{long}");
        let file = SourceFile::new("s.toml", text.clone());
        let there = text.find("\"там\"").expect("test input is valid");
        let diag = Diagnostic::warning("looks alike", 4..16)
            .with_label("this")
            .with_related(there..there + 8, "that");
        let shown = render(&diag, &file, Style::Plain);
        let col = long[..long.find("\"там\"").expect("test input")]
            .chars()
            .count()
            + 1;
        assert!(shown.contains("--> s.toml:1:5"), "{shown}");
        assert!(shown.contains(&format!("::: s.toml:2:{col}")), "{shown}");
        assert!(shown.contains("this") && shown.contains("that"), "{shown}");
        assert!(shown.len() < 1000, "{shown}");
    }

    #[test]
    fn c1_controls_are_not_printed() {
        let file = SourceFile::new("s.toml", "a = \"x\u{9B}31m\"\nb = \"y\"\n");
        let at = file.text.find('\u{9B}').expect("test input is valid");
        let diag = Diagnostic::warning("control", at..at + 2).with_label("here");
        let shown = render(&diag, &file, Style::Plain);
        assert!(!shown.contains('\u{9B}'), "{shown}");
        assert!(shown.contains("a = \"x\\u009B31m\""), "{shown}");
        assert!(shown.contains("s.toml:1:7"), "{shown}");
        assert!(shown.contains("      ^^^^^^ here"), "{shown}");
    }

    #[test]
    fn suggests_close_words() {
        assert_eq!(did_you_mean("titel", ["title", "goal"]), Some("title"));
        assert_eq!(did_you_mean("zzz", ["title", "goal"]), None);
        assert_eq!(
            did_you_mean("Петрова", ["Иванова", "Петров"]),
            Some("Петров")
        );
        assert_eq!(did_you_mean("ab", ["ba", "ab"]), Some("ab"));
    }

    #[test]
    fn suggestions_stop_when_the_budget_is_spent() {
        let names: Vec<String> = (0..1000).map(|i| format!("Участник номер {i}")).collect();
        let mut suggester = Suggester::default();
        let mut answered = 0;
        for i in 0..5000 {
            let typo = format!("Участник нмоер {i}");
            if suggester
                .did_you_mean(&typo, names.iter().map(String::as_str))
                .is_some()
            {
                answered += 1;
            }
        }
        assert!(answered > 10, "the first ones get a hint: {answered}");
        assert!(answered < 5000, "later ones do not: {answered}");
    }

    #[test]
    fn long_words_are_not_compared_letter_by_letter() {
        let long = "я".repeat(10_000);
        let mut suggester = Suggester::default();
        for _ in 0..50 {
            assert_eq!(suggester.did_you_mean(&long, ["title", "goal"]), None);
        }
        assert!(suggester.left > Suggester::BUDGET / 2);
    }
}
