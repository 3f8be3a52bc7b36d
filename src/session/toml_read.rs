//! A located TOML reader: typed getters with spans that remember which keys they read, so every other key of a table is reported as unknown.
//!
//! The keys a table may hold are the keys its reading code asks for: there is no list kept
//! apart from the code. [`Reader::read`] runs the code for one table, then reports each key
//! it did not ask for, with a did-you-mean hint among those it did. Session files and
//! `cowork.toml` are read through it, so both speak with the same words.

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime};
use toml_edit::{Item, TableLike, Value};

use crate::session::diagnostic::{Diagnostic, Suggester};
use crate::session::habits::{date_hint, time_hint};
use crate::session::model::Sp;

/// Parses a whole TOML text; a syntax error comes back as one located diagnostic.
pub(crate) fn parse_document(text: &str) -> Result<toml_edit::Document<&str>, Diagnostic> {
    toml_edit::Document::parse(text).map_err(|e| syntax_error(text, &e))
}

fn syntax_error(text: &str, e: &toml_edit::TomlError) -> Diagnostic {
    let span = e.span().unwrap_or(0..0);
    if let Some(habit) = super::habits::habit(text, &span) {
        return habit;
    }
    if let Some(zone) = super::habits::zone_header(text, &span) {
        return zone;
    }
    let message = e.message().trim().trim_end_matches('.').to_string();
    if message.contains("recursion limit") {
        // The parser gives up at the start of the file: point at the line that nests.
        let line = super::habits::deepest_line(text);
        return Diagnostic::error(crate::tr!("check-too-deep"), line)
            .with_hint(crate::tr!("check-too-deep-hint"));
    }
    if let Some(date) = super::habits::impossible_date_at(text, &span) {
        return Diagnostic::error(crate::tr!("check-no-such-date", date = date), span)
            .with_hint(crate::tr!("check-no-such-date-hint"));
    }
    let hint = if message.contains("time") || message.contains("date") {
        crate::tr!("check-syntax-date-hint")
    } else {
        crate::tr!("check-syntax-hint")
    };
    let message = match super::habits::toml_message(&message) {
        Some(detail) => crate::tr!("check-syntax", detail = detail),
        None if crate::i18n::fluent::interface() == crate::session::model::Language::En => {
            crate::tr!("check-syntax", detail = message.replace('\n', ", "))
        }
        None => crate::tr!("check-syntax-plain"),
    };
    Diagnostic::error(message, span).with_hint(hint)
}

/// One TOML table being read: its keys, where it is, how messages name it, and which keys
/// have been asked for so far.
pub(crate) struct Table<'a> {
    inner: &'a dyn TableLike,
    pub span: Range<usize>,
    /// How the table is named in messages, e.g. "[session]" or "[[activities]] #3": made
    /// only when a message needs it (a city's file has thousands of tables).
    name: Name,
    /// The keys asked for, in the order first asked: the keys this table may hold.
    known: Vec<&'static str>,
}

/// How a table is named in messages, before the words are looked up.
enum Name {
    Given(String),
    /// The words of the interface, looked up when needed.
    Lazy(fn() -> String),
    /// The `n`-th table of a `[[key]]` list.
    Entry(String, usize),
}

impl<'a> Table<'a> {
    pub fn new(inner: &'a dyn TableLike, span: Range<usize>, name: impl Into<String>) -> Self {
        Self::named(inner, span, Name::Given(name.into()))
    }

    /// A table named in the interface's words, e.g. «в начале файла».
    pub fn lazy(inner: &'a dyn TableLike, span: Range<usize>, name: fn() -> String) -> Self {
        Self::named(inner, span, Name::Lazy(name))
    }

    fn named(inner: &'a dyn TableLike, span: Range<usize>, name: Name) -> Self {
        Self {
            inner,
            span,
            name,
            known: Vec::new(),
        }
    }

    /// How messages name the table.
    pub fn name(&self) -> String {
        match &self.name {
            Name::Given(name) => name.clone(),
            Name::Lazy(words) => words(),
            Name::Entry(key, n) => list_entry(key, *n),
        }
    }

    /// The value of `key`, if written; the key counts as known either way.
    pub fn get(&mut self, key: &'static str) -> Option<&'a Item> {
        // A table has a dozen keys at most: a scan is cheaper than a set.
        if !self.known.contains(&key) {
            self.known.push(key);
        }
        self.inner.get(key).filter(|item| !item.is_none())
    }

    /// Every entry, for a table whose keys are names given by the user (`[zones]`).
    pub fn entries(&self) -> impl Iterator<Item = (&'a str, &'a Item, Option<Range<usize>>)> {
        let inner = self.inner;
        inner
            .iter()
            .map(move |(key, item)| (key, item, inner.key(key).and_then(|k| k.span())))
    }
}

/// Collects the problems of a TOML file while its tables are read.
pub(crate) struct Reader {
    diags: Vec<Diagnostic>,
    suggest: Suggester,
    /// The label under an unknown key, e.g. "not a key of the session format", in the
    /// interface's words (looked up only when there is an unknown key).
    unknown_label: fn() -> String,
    /// Keys reported unknown, with the key they are a typo of (if any): their consequences
    /// (a missing `duration`) are not reported again.
    typos: Vec<(String, &'static str)>,
}

/// What a value is, for "this is …" labels.
pub(crate) fn type_of(item: &Item) -> String {
    match item {
        Item::None => crate::tr!("check-type-nothing"),
        Item::Value(v) => describe(v),
        Item::Table(_) => crate::tr!("check-type-table"),
        Item::ArrayOfTables(_) => crate::tr!("check-type-tables"),
    }
}

pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::String(_) => crate::tr!("check-type-string"),
        Value::Integer(_) => crate::tr!("check-type-integer"),
        Value::Float(_) => crate::tr!("check-type-float"),
        Value::Boolean(_) => crate::tr!("check-type-boolean"),
        Value::Datetime(_) => crate::tr!("check-type-datetime"),
        Value::Array(_) => crate::tr!("check-type-array"),
        Value::InlineTable(_) => crate::tr!("check-type-inline-table"),
    }
}

/// How messages name the `n`-th (1-based) table of a `[[key]]` list.
pub(crate) fn list_entry(key: &str, n: usize) -> String {
    crate::tr!("check-list-entry", key = key, n = n.to_string())
}

/// Where an item is written, else `fallback`.
pub(crate) fn item_span(item: &Item, fallback: &Range<usize>) -> Range<usize> {
    item.span().unwrap_or_else(|| fallback.clone())
}

/// Where a value is written, else `fallback`.
pub(crate) fn value_span(value: &Value, fallback: &Range<usize>) -> Range<usize> {
    value.span().unwrap_or_else(|| fallback.clone())
}

/// A quoted date: `2026-10-15`, or the way Russians write it, `15.10.2026`.
fn parse_date_str(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
        // `%Y` takes any number of digits; a Russian date has four.
        .filter(|_| !s.contains('.') || s.rsplit('.').next().is_some_and(|y| y.len() == 4))
}

fn parse_time_str(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .ok()
}

/// A date, native (`2026-12-03`) or quoted.
pub(crate) fn date_of(value: &Value) -> Option<NaiveDate> {
    match value {
        Value::Datetime(dt) => {
            let dt = dt.value();
            match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                }
                _ => None,
            }
        }
        Value::String(s) => parse_date_str(s.value()),
        _ => None,
    }
}

/// A time of day, native (`09:30`) or quoted.
pub(crate) fn time_of(value: &Value) -> Option<NaiveTime> {
    match value {
        Value::Datetime(dt) => {
            let dt = dt.value();
            match (dt.date, dt.time, dt.offset) {
                (None, Some(t), None) => NaiveTime::from_hms_opt(
                    t.hour.into(),
                    t.minute.into(),
                    t.second.unwrap_or(0).into(),
                ),
                _ => None,
            }
        }
        Value::String(s) => parse_time_str(s.value()),
        _ => None,
    }
}

impl Reader {
    /// A reader whose unknown keys are labelled `unknown_label`.
    pub fn new(unknown_label: fn() -> String) -> Self {
        Self {
            diags: Vec::new(),
            suggest: Suggester::default(),
            unknown_label,
            typos: Vec::new(),
        }
    }

    /// Whether the table named `table` has a key reported unknown as a typo of `key` (so a
    /// missing `key` is that typo's consequence, not a problem of its own).
    pub fn has_typo_of(&self, table: &str, key: &str) -> bool {
        self.typos.iter().any(|(t, of)| t == table && *of == key)
    }

    /// Whether any unknown key was taken for a typo (then [`Reader::has_typo_of`] is worth
    /// asking).
    pub fn has_typos(&self) -> bool {
        !self.typos.is_empty()
    }

    /// Takes back the diagnostics said with `message` at `span`: consequences of a typo.
    pub fn retract(&mut self, message: &str, span: &Range<usize>) {
        self.diags
            .retain(|d| !(d.message == message && d.span == *span));
    }

    /// Every problem found, in the order found.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diags
    }

    pub fn error(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    /// Reads `table` with `read`, then reports every key `read` did not ask for. The
    /// unknown keys come first among the table's problems.
    pub fn read<'a, T>(
        &mut self,
        mut table: Table<'a>,
        read: impl FnOnce(&mut Self, &mut Table<'a>) -> T,
    ) -> T {
        let mark = self.diags.len();
        let typos = self.typos.len();
        let out = read(self, &mut table);
        let unknown = self.unknown_keys(&table);
        // A key missing because it is misspelled is reported once, as the typo.
        let missing: Vec<String> = self.typos[typos..]
            .iter()
            .map(|(_, key)| {
                let key: &str = key;
                crate::tr!("check-missing-key", key = key, table = table.name())
            })
            .collect();
        if !missing.is_empty() {
            let span = table.span.clone();
            let mut i = 0;
            self.diags.retain(|d| {
                i += 1;
                i <= mark || !(d.span == span && missing.contains(&d.message))
            });
        }
        if !unknown.is_empty() {
            // Only this table's own problems come after the mark: the move is short.
            self.diags.splice(mark..mark, unknown);
        }
        out
    }

    fn unknown_keys(&mut self, table: &Table<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (key, item) in table.inner.iter() {
            if table.known.contains(&key) {
                continue;
            }
            let span = table
                .inner
                .key(key)
                .and_then(|k| k.span())
                .unwrap_or_else(|| item_span(item, &table.span));
            let diag = Diagnostic::error(
                crate::tr!("check-unknown-key", key = key, table = table.name()),
                span.clone(),
            )
            .with_label((self.unknown_label)());
            let close = self.suggest.did_you_mean(key, table.known.iter().copied());
            if let Some(close) = close {
                self.typos.push((table.name(), close));
            }
            let header = match item {
                Item::Table(_) => close.map(|c| format!("[{c}]")),
                Item::ArrayOfTables(_) => close.map(|c| format!("[[{c}]]")),
                _ => None,
            };
            out.push(match close {
                Some(_) if header.is_some() => diag.with_hint(crate::tr!(
                    "check-did-you-mean-header",
                    header = header.unwrap_or_default()
                )),
                Some(close) => diag.with_hint(crate::tr!("check-did-you-mean-key", key = close)),
                None => diag.with_hint(crate::tr!(
                    "check-keys-of",
                    table = table.name(),
                    keys = table
                        .known
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            });
        }
        out
    }

    pub fn wrong_type(&mut self, table: &Table<'_>, key: &str, item: &Item, expected: &str) {
        let span = item_span(item, &table.span);
        self.error(
            Diagnostic::error(
                crate::tr!(
                    "check-wrong-type",
                    key = key,
                    table = table.name(),
                    expected = expected
                ),
                span,
            )
            .with_label(crate::tr!("check-this-is", what = type_of(item))),
        );
    }

    pub fn missing(&mut self, table: &Table<'_>, key: &str, hint: &str) {
        self.error(
            Diagnostic::error(
                crate::tr!("check-missing-key", key = key, table = table.name()),
                table.span.clone(),
            )
            .with_hint(hint.to_string()),
        );
    }

    /// A value read by `read`; anything else is reported as not `expected`.
    pub fn value<T>(
        &mut self,
        table: &mut Table<'_>,
        key: &'static str,
        expected: impl FnOnce() -> String,
        read: impl FnOnce(&Item) -> Option<T>,
    ) -> Option<Sp<T>> {
        let item = table.get(key)?;
        match read(item) {
            Some(v) => Some(Sp::new(v, item_span(item, &table.span))),
            None => {
                self.wrong_type(table, key, item, &expected());
                None
            }
        }
    }

    pub fn string(&mut self, table: &mut Table<'_>, key: &'static str) -> Option<Sp<String>> {
        self.value(
            table,
            key,
            || crate::tr!("check-expect-quoted"),
            |i| i.as_str().map(str::to_string),
        )
    }

    pub fn required_string(
        &mut self,
        table: &mut Table<'_>,
        key: &'static str,
        hint: impl FnOnce() -> String,
    ) -> Option<Sp<String>> {
        if table.get(key).is_none() {
            self.missing(table, key, &hint());
            return None;
        }
        self.string(table, key)
    }

    pub fn integer(&mut self, table: &mut Table<'_>, key: &'static str) -> Option<Sp<i64>> {
        self.value(
            table,
            key,
            || crate::tr!("check-expect-integer"),
            Item::as_integer,
        )
    }

    pub fn boolean(&mut self, table: &mut Table<'_>, key: &'static str) -> Option<Sp<bool>> {
        self.value(
            table,
            key,
            || crate::tr!("check-expect-boolean"),
            Item::as_bool,
        )
    }

    pub fn date(&mut self, table: &mut Table<'_>, key: &'static str) -> Option<Sp<NaiveDate>> {
        let item = table.get(key)?;
        let span = item_span(item, &table.span);
        match item.as_value().and_then(date_of) {
            Some(d) => Some(Sp::new(d, span)),
            None => {
                let diag = match item.as_str() {
                    Some(s) if crate::session::habits::impossible_date(s) => {
                        Diagnostic::error(crate::tr!("check-no-such-date", date = s.trim()), span)
                            .with_hint(crate::tr!("check-no-such-date-hint"))
                    }
                    _ => Diagnostic::error(
                        crate::tr!("check-not-a-date", key = key, table = table.name()),
                        span,
                    )
                    .with_hint(date_hint(item.as_value())),
                };
                self.error(diag);
                None
            }
        }
    }

    pub fn time(&mut self, table: &mut Table<'_>, key: &'static str) -> Option<Sp<NaiveTime>> {
        let item = table.get(key)?;
        let span = item_span(item, &table.span);
        match item.as_value().and_then(time_of) {
            Some(t) => Some(Sp::new(t, span)),
            None => {
                self.error(
                    Diagnostic::error(
                        crate::tr!("check-not-a-time", key = key, table = table.name()),
                        span,
                    )
                    .with_hint(time_hint(item.as_value())),
                );
                None
            }
        }
    }

    /// An array whose elements are read by `read`; a lone value where an array is expected
    /// is an error too.
    pub fn array<T>(
        &mut self,
        table: &mut Table<'_>,
        key: &'static str,
        expected: fn() -> String,
        read: impl Fn(&Value) -> Option<T>,
    ) -> Vec<Sp<T>> {
        let Some(item) = table.get(key) else {
            return Vec::new();
        };
        let Some(array) = item.as_array() else {
            self.wrong_type(
                table,
                key,
                item,
                &crate::tr!("check-expect-array", expected = expected()),
            );
            return Vec::new();
        };
        let array_span = item_span(item, &table.span);
        let mut out = Vec::with_capacity(array.len());
        for value in array.iter() {
            let span = value_span(value, &array_span);
            match read(value) {
                Some(v) => out.push(Sp::new(v, span)),
                None => self.error(
                    Diagnostic::error(
                        crate::tr!(
                            "check-wrong-element",
                            key = key,
                            table = table.name(),
                            expected = expected()
                        ),
                        span,
                    )
                    .with_label(crate::tr!("check-this-is", what = describe(value))),
                ),
            }
        }
        out
    }

    pub fn strings(&mut self, table: &mut Table<'_>, key: &'static str) -> Vec<Sp<String>> {
        self.array(
            table,
            key,
            || crate::tr!("check-expect-string"),
            |v| v.as_str().map(str::to_string),
        )
    }

    /// One of a fixed set of names, parsed by `parse`; an unknown one gets a did-you-mean.
    pub fn choice<T: Copy>(
        &mut self,
        table: &mut Table<'_>,
        key: &'static str,
        names: &[&str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<Sp<T>> {
        let text = self.string(table, key)?;
        if let Some(v) = parse(&text.value) {
            return Some(Sp::new(v, text.span));
        }
        let hint = match self
            .suggest
            .did_you_mean(&text.value, names.iter().copied())
        {
            Some(close) => crate::tr!("check-did-you-mean", value = close),
            None => crate::tr!(
                "check-one-of",
                values = names
                    .iter()
                    .map(|n| format!("\"{n}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        self.error(
            Diagnostic::error(
                crate::tr!(
                    "check-unknown-choice",
                    key = key,
                    value = text.value.clone(),
                    table = table.name()
                ),
                text.span,
            )
            .with_hint(hint),
        );
        None
    }

    /// The table under `key`, written as a `[key]` section or inline; its keys are not yet
    /// read (pass it to [`Reader::read`], or walk its entries).
    pub fn table<'a>(&mut self, root: &mut Table<'a>, key: &'static str) -> Option<Table<'a>> {
        let item = root.get(key)?;
        let span = item_span(item, &root.span);
        match item.as_table_like() {
            Some(t) => Some(Table::new(t, span, format!("[{key}]"))),
            None => {
                self.wrong_type(
                    root,
                    key,
                    item,
                    &crate::tr!("check-expect-table", key = key),
                );
                None
            }
        }
    }

    /// Each table of a list (`[[key]]` sections or an inline array of inline tables), named
    /// "[[key]] #n" and read by `read`.
    pub fn list<'a, T>(
        &mut self,
        root: &mut Table<'a>,
        key: &'static str,
        mut read: impl FnMut(&mut Self, &mut Table<'a>) -> T,
    ) -> Vec<T> {
        let Some(item) = root.get(key) else {
            return Vec::new();
        };
        let span = item_span(item, &root.span);
        let tables: Vec<(&'a dyn TableLike, Range<usize>)> = match item {
            Item::ArrayOfTables(tables) => tables
                .iter()
                .map(|t| {
                    (
                        t as &dyn TableLike,
                        t.span().unwrap_or_else(|| span.clone()),
                    )
                })
                .collect(),
            Item::Value(Value::Array(array)) => {
                let mut out = Vec::new();
                for value in array.iter() {
                    match value.as_inline_table() {
                        Some(t) => out.push((t as &dyn TableLike, value_span(value, &span))),
                        None => self.error(
                            Diagnostic::error(
                                crate::tr!("check-element-not-table", key = key),
                                value_span(value, &span),
                            )
                            .with_hint(crate::tr!("check-element-not-table-hint", key = key)),
                        ),
                    }
                }
                out
            }
            other => {
                self.error(
                    Diagnostic::error(crate::tr!("check-not-a-list", key = key), span)
                        .with_label(crate::tr!("check-this-is", what = type_of(other)))
                        .with_hint(crate::tr!("check-not-a-list-hint", key = key)),
                );
                Vec::new()
            }
        };
        tables
            .into_iter()
            .enumerate()
            .map(|(i, (t, span))| {
                let table = Table::named(t, span, Name::Entry(key.to_string(), i + 1));
                self.read(table, &mut read)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str, read: impl FnOnce(&mut Reader, &mut Table<'_>)) -> Vec<String> {
        let doc = parse_document(text).expect("test input is valid");
        let mut reader = Reader::new(|| "not a key".to_string());
        reader.read(Table::new(doc.as_table(), 0..1, "the file"), read);
        reader
            .into_diagnostics()
            .into_iter()
            .map(|d| format!("{} / {}", d.message, d.hint.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn keys_not_asked_for_are_unknown_with_a_hint_among_those_asked() {
        let m = messages("titel = \"x\"\nzzz = 1\n", |r, t| {
            let _ = r.string(t, "title");
            let _ = r.integer(t, "count");
        });
        assert_eq!(
            m,
            [
                "неизвестный ключ `titel` в the file / возможно, вы имели в виду `title`?",
                "неизвестный ключ `zzz` в the file / ключи, допустимые в the file: `title`, `count`",
            ]
        );
    }

    #[test]
    fn unknown_keys_come_before_the_tables_other_problems() {
        let m = messages("title = 5\nextra = 1\n", |r, t| {
            let _ = r.string(t, "title");
        });
        assert_eq!(m.len(), 2);
        assert!(m[0].starts_with("неизвестный ключ `extra`"), "{m:?}");
    }

    #[test]
    fn list_tables_are_numbered_and_read_each() {
        let m = messages("[[a]]\nx = 1\n[[a]]\ny = 2\n", |r, t| {
            let xs = r.list(t, "a", |r, t| r.integer(t, "x").map(|x| x.value));
            assert_eq!(xs, [Some(1), None]);
        });
        assert_eq!(
            m,
            ["неизвестный ключ `y` в [[a]] № 2 / возможно, вы имели в виду `x`?"],
            "{m:?}"
        );
    }
}
