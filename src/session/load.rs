//! Load: session text → typed model with spans, collecting every shape problem on the way.

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime};
use toml_edit::{Item, TableLike, Value};

use crate::session::diagnostic::{Diagnostic, Suggester};
use crate::session::model::*;

/// Largest session file we read; anything bigger is surely not a hand-written session.
pub const MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// Parses session text. A TOML syntax error is returned alone (nothing else can be trusted);
/// otherwise the model comes back with every shape problem found (unknown keys, wrong types,
/// missing required values), and validation adds the cross-reference rules on top.
pub fn parse(text: &str) -> Result<(Session, Vec<Diagnostic>), Diagnostic> {
    if text.trim().is_empty() {
        return Err(
            Diagnostic::error("the session file is empty", 0..0).with_hint(
                "a session needs at least a [session] table with `title` and `dates`; \
             `cowork new` writes a ready skeleton",
            ),
        );
    }
    let mut loader = Loader::default();
    let mut session = Session {
        source: SourceText(std::sync::Arc::from(text)),
        ..Session::default()
    };
    let mut seen = Seen::default();
    // Big files are read a piece at a time, each piece's document dropped once its part of
    // the model is built: the TOML parser holds every token of what it parses, 20 times
    // the text, and a city's file would need that much memory all at once.
    for piece in pieces(text) {
        let doc = toml_edit::Document::parse(&text[piece.clone()]).map_err(|e| {
            let span = e.span().map_or(piece.start..piece.start, |s| {
                s.start + piece.start..s.end + piece.start
            });
            let message = e.message().trim().trim_end_matches('.').to_string();
            let hint = if message.contains("time") || message.contains("date") {
                "dates are written 2026-12-03 and times 09:30 (24-hour clock)"
            } else {
                "check quotes, brackets and `=` on this line; text values need \"double quotes\""
            };
            Diagnostic::error(format!("this is not valid TOML: {message}"), span).with_hint(hint)
        })?;
        loader.offset = piece.start;
        loader.piece(doc.as_table(), text.len(), &mut session, &mut seen);
    }
    if !seen.session_key {
        loader.error(
            Diagnostic::error("the file has no [session] table", 0..0)
                .with_hint("start the file with [session] and its `title` and `dates`"),
        );
    }
    Ok((session, loader.diags))
}

/// Texts up to this size are parsed in one piece.
const PIECE: usize = 64 * 1024;

/// Where to cut `text` so that each piece parses on its own: before a table header (`[x]`
/// or `[[x]]` at the start of a line, outside any value), once a piece has grown past
/// [`PIECE`] bytes. Small files are one piece.
fn pieces(text: &str) -> Vec<Range<usize>> {
    use toml_parser::lexer::TokenKind;
    if text.len() <= PIECE {
        return std::iter::once(0..text.len()).collect();
    }
    let mut cuts = vec![0];
    let mut line_start = true;
    let mut in_value = false;
    let mut depth = 0usize;
    for token in toml_parser::Source::new(text).lex() {
        match token.kind() {
            TokenKind::Newline => {
                line_start = true;
                if depth == 0 {
                    in_value = false;
                }
                continue;
            }
            TokenKind::Whitespace | TokenKind::Comment => continue,
            TokenKind::LeftSquareBracket if line_start && !in_value => {
                let at = token.span().start();
                if cuts.last().is_some_and(|&last| at - last >= PIECE) {
                    cuts.push(at);
                }
            }
            TokenKind::Equals => in_value = true,
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket if in_value => depth += 1,
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket if in_value => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        line_start = false;
    }
    cuts.push(text.len());
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// What earlier pieces of a file held, to continue numbering and to catch a table given twice.
#[derive(Default)]
struct Seen {
    /// A `session` key was there (of whatever type).
    session_key: bool,
    session: bool,
    report: bool,
    zones: std::collections::HashSet<String>,
    /// Keys of the file's top level so far, and whether a later piece may add to them.
    keys: std::collections::HashMap<String, bool>,
}

const TOP_KEYS: &[&str] = &[
    "schema",
    "session",
    "zones",
    "participants",
    "activities",
    "attendance",
    "feedback",
    "decisions",
    "products",
    "indicators",
    "report",
];
const SESSION_KEYS: &[&str] = &[
    "title",
    "goal",
    "tasks",
    "organization",
    "venue",
    "organizer",
    "audience",
    "series",
    "dates",
    "day_start",
    "language",
];
const ZONE_KEYS: &[&str] = &["name", "room", "purpose", "online"];
const PARTICIPANT_KEYS: &[&str] = &[
    "name",
    "id",
    "position",
    "organization",
    "experience",
    "role",
    "group",
];
const ACTIVITY_KEYS: &[&str] = &[
    "title",
    "format",
    "phase",
    "zone",
    "day",
    "start",
    "duration",
    "end",
    "moderators",
    "description",
    "outputs",
];
const ATTENDANCE_KEYS: &[&str] = &["day", "present", "excused", "guests"];
const FEEDBACK_KEYS: &[&str] = &["kind", "text", "activity", "votes"];
const DECISION_KEYS: &[&str] = &["text", "owner", "due", "done"];
const PRODUCT_KEYS: &[&str] = &["title", "kind", "link", "authors"];
const INDICATOR_KEYS: &[&str] = &["name", "value", "unit"];
const REPORT_KEYS: &[&str] = &["summary"];

/// One TOML table being read, with the span used when a key is missing.
struct Table<'a> {
    inner: &'a dyn TableLike,
    span: Range<usize>,
    /// How the table is named in messages, e.g. "[session]" or "[[activities]] #3".
    name: String,
}

#[derive(Default)]
struct Loader {
    diags: Vec<Diagnostic>,
    suggest: Suggester,
    /// Where the piece being read starts in the file: its spans are relative to it.
    offset: usize,
}

fn type_of(item: &Item) -> &'static str {
    match item {
        Item::None => "nothing",
        Item::Value(v) => describe(v),
        Item::Table(_) => "a table",
        Item::ArrayOfTables(_) => "an array of tables",
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "a string",
        Value::Integer(_) => "an integer",
        Value::Float(_) => "a float",
        Value::Boolean(_) => "a boolean",
        Value::Datetime(_) => "a date or time",
        Value::Array(_) => "an array",
        Value::InlineTable(_) => "an inline table",
    }
}

fn parse_date_str(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn parse_time_str(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .ok()
}

fn date_of(value: &Value) -> Option<NaiveDate> {
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

fn time_of(value: &Value) -> Option<NaiveTime> {
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

impl<'a> Table<'a> {
    fn new(inner: &'a dyn TableLike, span: Range<usize>, name: impl Into<String>) -> Self {
        Self {
            inner,
            span,
            name: name.into(),
        }
    }

    fn get(&self, key: &str) -> Option<&'a Item> {
        self.inner.get(key).filter(|item| !item.is_none())
    }
}

impl Loader {
    /// A span of the piece being read, as a span of the file.
    fn shift(&self, span: Range<usize>) -> Range<usize> {
        span.start + self.offset..span.end + self.offset
    }

    fn item_span(&self, item: &Item, fallback: &Range<usize>) -> Range<usize> {
        item.span()
            .map_or_else(|| fallback.clone(), |s| self.shift(s))
    }

    fn value_span(&self, value: &Value, fallback: &Range<usize>) -> Range<usize> {
        value
            .span()
            .map_or_else(|| fallback.clone(), |s| self.shift(s))
    }

    fn error(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    fn unknown_keys(&mut self, table: &Table<'_>, known: &[&str]) {
        for (key, item) in table.inner.iter() {
            if known.contains(&key) {
                continue;
            }
            let span = table
                .inner
                .key(key)
                .and_then(|k| k.span())
                .map(|s| self.shift(s))
                .unwrap_or_else(|| self.item_span(item, &table.span));
            let mut diag =
                Diagnostic::error(format!("unknown key `{key}` in {}", table.name), span)
                    .with_label("not a key of the session format");
            diag = match self.suggest.did_you_mean(key, known.iter().copied()) {
                Some(close) => diag.with_hint(format!("did you mean `{close}`?")),
                None => diag.with_hint(format!("keys of {}: {}", table.name, known.join(", "))),
            };
            self.error(diag);
        }
    }

    fn wrong_type(&mut self, table: &Table<'_>, key: &str, item: &Item, expected: &str) {
        let span = self.item_span(item, &table.span);
        self.error(
            Diagnostic::error(
                format!("`{key}` in {} must be {expected}", table.name),
                span,
            )
            .with_label(format!("this is {}", type_of(item))),
        );
    }

    fn missing(&mut self, table: &Table<'_>, key: &str, hint: &str) {
        self.error(
            Diagnostic::error(format!("{} has no `{key}`", table.name), table.span.clone())
                .with_hint(hint.to_string()),
        );
    }

    fn string(&mut self, table: &Table<'_>, key: &str) -> Option<Sp<String>> {
        let item = table.get(key)?;
        match item.as_str() {
            Some(s) => Some(Sp::new(s.to_string(), self.item_span(item, &table.span))),
            None => {
                self.wrong_type(table, key, item, "a string in \"double quotes\"");
                None
            }
        }
    }

    fn required_string(&mut self, table: &Table<'_>, key: &str, hint: &str) -> Option<Sp<String>> {
        if table.get(key).is_none() {
            self.missing(table, key, hint);
            return None;
        }
        self.string(table, key)
    }

    fn integer(&mut self, table: &Table<'_>, key: &str) -> Option<Sp<i64>> {
        let item = table.get(key)?;
        match item.as_integer() {
            Some(i) => Some(Sp::new(i, self.item_span(item, &table.span))),
            None => {
                self.wrong_type(table, key, item, "a whole number");
                None
            }
        }
    }

    fn boolean(&mut self, table: &Table<'_>, key: &str) -> Option<Sp<bool>> {
        let item = table.get(key)?;
        match item.as_bool() {
            Some(b) => Some(Sp::new(b, self.item_span(item, &table.span))),
            None => {
                self.wrong_type(table, key, item, "true or false");
                None
            }
        }
    }

    fn date(&mut self, table: &Table<'_>, key: &str) -> Option<Sp<NaiveDate>> {
        let item = table.get(key)?;
        let span = self.item_span(item, &table.span);
        match item.as_value().and_then(date_of) {
            Some(d) => Some(Sp::new(d, span)),
            None => {
                self.error(
                    Diagnostic::error(format!("`{key}` in {} is not a date", table.name), span)
                        .with_hint("write a date as 2026-12-03 (year-month-day)"),
                );
                None
            }
        }
    }

    fn time(&mut self, table: &Table<'_>, key: &str) -> Option<Sp<NaiveTime>> {
        let item = table.get(key)?;
        let span = self.item_span(item, &table.span);
        match item.as_value().and_then(time_of) {
            Some(t) => Some(Sp::new(t, span)),
            None => {
                self.error(
                    Diagnostic::error(
                        format!("`{key}` in {} is not a time of day", table.name),
                        span,
                    )
                    .with_hint("write a time as 10:30 (24-hour clock)"),
                );
                None
            }
        }
    }

    /// An array whose elements are read by `read`; a lone value where an array is expected
    /// is an error too.
    fn array<T>(
        &mut self,
        table: &Table<'_>,
        key: &str,
        expected: &str,
        read: impl Fn(&Value) -> Option<T>,
    ) -> Vec<Sp<T>> {
        let Some(item) = table.get(key) else {
            return Vec::new();
        };
        let Some(array) = item.as_array() else {
            self.wrong_type(table, key, item, &format!("an array: [{expected}, …]"));
            return Vec::new();
        };
        let array_span = self.item_span(item, &table.span);
        let mut out = Vec::with_capacity(array.len());
        for value in array.iter() {
            let span = self.value_span(value, &array_span);
            match read(value) {
                Some(v) => out.push(Sp::new(v, span)),
                None => self.error(
                    Diagnostic::error(
                        format!(
                            "every element of `{key}` in {} must be {expected}",
                            table.name
                        ),
                        span,
                    )
                    .with_label(format!("this is {}", describe(value))),
                ),
            }
        }
        out
    }

    fn strings(&mut self, table: &Table<'_>, key: &str) -> Vec<Sp<String>> {
        self.array(table, key, "a string", |v| v.as_str().map(str::to_string))
    }

    fn choice<T: Copy>(
        &mut self,
        table: &Table<'_>,
        key: &str,
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
            Some(close) => format!("did you mean \"{close}\"?"),
            None => format!("one of: {}", names.join(", ")),
        };
        self.error(
            Diagnostic::error(
                format!("unknown {key} \"{}\" in {}", text.value, table.name),
                text.span,
            )
            .with_hint(hint),
        );
        None
    }

    /// The tables of an array of tables (`[[x]]`) or an inline array of inline tables.
    fn tables<'a>(
        &mut self,
        root: &Table<'a>,
        key: &str,
    ) -> Vec<(&'a dyn TableLike, Range<usize>)> {
        let Some(item) = root.get(key) else {
            return Vec::new();
        };
        let span = self.item_span(item, &root.span);
        match item {
            Item::ArrayOfTables(tables) => tables
                .iter()
                .map(|t| {
                    (
                        t as &dyn TableLike,
                        t.span().map_or_else(|| span.clone(), |s| self.shift(s)),
                    )
                })
                .collect(),
            Item::Value(Value::Array(array)) => {
                let mut out = Vec::new();
                for value in array.iter() {
                    match value.as_inline_table() {
                        Some(t) => out.push((t as &dyn TableLike, self.value_span(value, &span))),
                        None => self.error(
                            Diagnostic::error(
                                format!("every element of `{key}` must be a table"),
                                self.value_span(value, &span),
                            )
                            .with_hint(format!("write each one as a [[{key}]] section")),
                        ),
                    }
                }
                out
            }
            other => {
                self.error(
                    Diagnostic::error(format!("`{key}` must be a list of [[{key}]] tables"), span)
                        .with_label(format!("this is {}", type_of(other)))
                        .with_hint(format!("start each entry with a [[{key}]] line")),
                );
                Vec::new()
            }
        }
    }

    fn table<'a>(&mut self, root: &Table<'a>, key: &str) -> Option<Table<'a>> {
        let item = root.get(key)?;
        let span = self.item_span(item, &root.span);
        match item.as_table_like() {
            Some(t) => Some(Table::new(t, span, format!("[{key}]"))),
            None => {
                self.wrong_type(
                    root,
                    key,
                    item,
                    &format!("a table, written as a [{key}] section"),
                );
                None
            }
        }
    }

    /// Reads one piece of the file into `session`: its tables are added to those of the
    /// pieces before it.
    fn piece(
        &mut self,
        doc: &toml_edit::Table,
        len: usize,
        session: &mut Session,
        seen: &mut Seen,
    ) {
        let root = Table::new(doc, 0..len.min(1), "the file");
        self.unknown_keys(&root, TOP_KEYS);
        // Only `[[x]]` lists and tables made by dotted headers (`[zones.a]`) may go on in
        // a later piece; anything else written again is a key given twice.
        for (key, item) in doc.iter() {
            let goes_on = matches!(item, Item::ArrayOfTables(_))
                || item.as_table().is_some_and(toml_edit::Table::is_implicit);
            match seen.keys.get(key) {
                Some(&before) if !(before && goes_on) => {
                    let span = doc
                        .key(key)
                        .and_then(|k| k.span())
                        .map(|s| self.shift(s))
                        .unwrap_or_else(|| self.item_span(item, &root.span));
                    self.error(
                        Diagnostic::error(format!("`{key}` is written twice"), span)
                            .with_hint(format!("keep one `{key}` and merge the two")),
                    );
                }
                _ => {
                    seen.keys.insert(key.to_string(), goes_on);
                }
            }
        }
        if let Some(schema) = self.integer(&root, "schema") {
            session.schema = Some(schema);
        }
        seen.session_key |= root.get("session").is_some();
        if let Some(t) = self.table(&root, "session")
            && !std::mem::replace(&mut seen.session, true)
        {
            session.info = self.session_info(&t);
        }
        if let Some(zones) = self.table(&root, "zones") {
            for (id, item) in zones.inner.iter() {
                let id_span = zones
                    .inner
                    .key(id)
                    .and_then(|k| k.span())
                    .map(|s| self.shift(s))
                    .unwrap_or_else(|| self.item_span(item, &zones.span));
                match item.as_table_like() {
                    Some(_) if !seen.zones.insert(id.to_string()) => self.error(
                        Diagnostic::error(format!("[zones.{id}] is written twice"), id_span)
                            .with_hint(format!("keep one [zones.{id}] table and merge the two")),
                    ),
                    Some(t) => {
                        let span = self.item_span(item, &id_span);
                        let table = Table::new(t, span, format!("[zones.{id}]"));
                        session
                            .zones
                            .push(self.zone(&table, Sp::new(id.to_string(), id_span)));
                    }
                    None => self.wrong_type(&zones, id, item, "a table of zone settings"),
                }
            }
        }
        let name = |key: &str, before: usize, i: usize| format!("[[{key}]] #{}", before + i + 1);
        let before = session.participants.len();
        for (i, (t, span)) in self.tables(&root, "participants").into_iter().enumerate() {
            let p = self.participant(&Table::new(t, span, name("participants", before, i)));
            session.participants.push(p);
        }
        let before = session.activities.len();
        for (i, (t, span)) in self.tables(&root, "activities").into_iter().enumerate() {
            let a = self.activity(&Table::new(t, span, name("activities", before, i)));
            session.activities.push(a);
        }
        let before = session.attendance.len();
        for (i, (t, span)) in self.tables(&root, "attendance").into_iter().enumerate() {
            let a = self.attendance(&Table::new(t, span, name("attendance", before, i)));
            session.attendance.push(a);
        }
        let before = session.feedback.len();
        for (i, (t, span)) in self.tables(&root, "feedback").into_iter().enumerate() {
            let f = self.feedback(&Table::new(t, span, name("feedback", before, i)));
            session.feedback.push(f);
        }
        let before = session.decisions.len();
        for (i, (t, span)) in self.tables(&root, "decisions").into_iter().enumerate() {
            let d = self.decision(&Table::new(t, span, name("decisions", before, i)));
            session.decisions.push(d);
        }
        let before = session.products.len();
        for (i, (t, span)) in self.tables(&root, "products").into_iter().enumerate() {
            let p = self.product(&Table::new(t, span, name("products", before, i)));
            session.products.push(p);
        }
        let before = session.indicators.len();
        for (i, (t, span)) in self.tables(&root, "indicators").into_iter().enumerate() {
            let x = self.indicator(&Table::new(t, span, name("indicators", before, i)));
            session.indicators.push(x);
        }
        if let Some(t) = self.table(&root, "report")
            && !std::mem::replace(&mut seen.report, true)
        {
            self.unknown_keys(&t, REPORT_KEYS);
            session.report = Some(Report {
                span: t.span.clone(),
                summary: self.string(&t, "summary"),
            });
        }
    }

    fn session_info(&mut self, t: &Table<'_>) -> SessionInfo {
        self.unknown_keys(t, SESSION_KEYS);
        let title = self.required_string(
            t,
            "title",
            "add the theme: title = \"Игровые технологии в ДОО\"",
        );
        let dates_item = t.get("dates");
        let dates = match dates_item {
            None => {
                self.missing(t, "dates", "add the days: dates = [2026-12-03, 2026-12-04]");
                Vec::new()
            }
            Some(item) if item.as_array().is_none() => match item.as_value().and_then(date_of) {
                // A single date where a list is expected is forgiven.
                Some(d) => vec![Sp::new(d, self.item_span(item, &t.span))],
                None => {
                    self.wrong_type(t, "dates", item, "an array of dates: [2026-12-03, …]");
                    Vec::new()
                }
            },
            Some(_) => self.dates(t),
        };
        let language = self
            .choice(t, "language", &Language::NAMES, Language::parse)
            .map_or(Language::Ru, |l| l.value);
        SessionInfo {
            span: t.span.clone(),
            title,
            goal: self.string(t, "goal"),
            tasks: self.strings(t, "tasks"),
            organization: self.string(t, "organization"),
            venue: self.string(t, "venue"),
            organizer: self.string(t, "organizer"),
            audience: self.string(t, "audience"),
            series: self.string(t, "series"),
            dates_span: dates_item.map(|i| self.item_span(i, &t.span)),
            dates,
            day_start: self.time(t, "day_start"),
            language,
        }
    }

    fn dates(&mut self, t: &Table<'_>) -> Vec<Sp<NaiveDate>> {
        let item = t.get("dates");
        let Some(array) = item.and_then(Item::as_array) else {
            return Vec::new();
        };
        let array_span = item.map_or(t.span.clone(), |i| self.item_span(i, &t.span));
        let mut out = Vec::new();
        for value in array.iter() {
            let span = self.value_span(value, &array_span);
            match date_of(value) {
                Some(d) => out.push(Sp::new(d, span)),
                None => self.error(
                    Diagnostic::error("this is not a date", span)
                        .with_hint("write a date as 2026-12-03 (year-month-day)"),
                ),
            }
        }
        out
    }

    fn zone(&mut self, t: &Table<'_>, id: Sp<String>) -> ZoneDecl {
        self.unknown_keys(t, ZONE_KEYS);
        ZoneDecl {
            id,
            name: self.string(t, "name"),
            room: self.string(t, "room"),
            purpose: self.string(t, "purpose"),
            online: self.string(t, "online"),
        }
    }

    fn participant(&mut self, t: &Table<'_>) -> Participant {
        self.unknown_keys(t, PARTICIPANT_KEYS);
        Participant {
            span: t.span.clone(),
            name: self.required_string(
                t,
                "name",
                "add the full name: name = \"Иванова Анна Петровна\"",
            ),
            id: self.string(t, "id"),
            position: self.string(t, "position"),
            organization: self.string(t, "organization"),
            experience: self.integer(t, "experience"),
            role: self
                .choice(t, "role", &Role::ALL.map(Role::id), Role::parse)
                .map_or(Role::Participant, |r| r.value),
            group: self.integer(t, "group"),
        }
    }

    fn activity(&mut self, t: &Table<'_>) -> Activity {
        self.unknown_keys(t, ACTIVITY_KEYS);
        let mut activity = Activity {
            span: t.span.clone(),
            title: self.required_string(
                t,
                "title",
                "add a title: title = \"Мастер-класс «Время действовать!»\"",
            ),
            format: self.string(t, "format"),
            phase: self.choice(t, "phase", &Phase::ALL.map(Phase::id), Phase::parse),
            zone: self.string(t, "zone"),
            day: self.integer(t, "day"),
            start: self.time(t, "start"),
            duration: self.integer(t, "duration"),
            end: self.time(t, "end"),
            moderators: self.strings(t, "moderators"),
            description: self.string(t, "description"),
            outputs: self.strings(t, "outputs"),
            unreadable: Vec::new(),
        };
        let read = [
            ("title", activity.title.is_some()),
            ("phase", activity.phase.is_some()),
            ("zone", activity.zone.is_some()),
            ("day", activity.day.is_some()),
            ("start", activity.start.is_some()),
            ("duration", activity.duration.is_some()),
            ("end", activity.end.is_some()),
            ("moderators", !activity.moderators.is_empty()),
        ];
        activity.unreadable = read
            .into_iter()
            .filter(|&(key, ok)| !ok && t.get(key).is_some())
            .map(|(key, _)| key)
            .collect();
        activity
    }

    fn attendance(&mut self, t: &Table<'_>) -> Attendance {
        self.unknown_keys(t, ATTENDANCE_KEYS);
        let day = self.integer(t, "day");
        if day.is_none() && t.get("day").is_none() {
            self.missing(t, "day", "say which day this is: day = 1");
        }
        Attendance {
            span: t.span.clone(),
            day,
            present: self.strings(t, "present"),
            excused: self.strings(t, "excused"),
            guests: self.integer(t, "guests"),
        }
    }

    fn feedback(&mut self, t: &Table<'_>) -> Feedback {
        self.unknown_keys(t, FEEDBACK_KEYS);
        if t.get("kind").is_none() {
            self.missing(t, "kind", "kind = \"plus\", \"minus\" or \"interesting\"");
        }
        Feedback {
            span: t.span.clone(),
            kind: self.choice(
                t,
                "kind",
                &FeedbackKind::ALL.map(FeedbackKind::id),
                FeedbackKind::parse,
            ),
            text: self.required_string(t, "text", "write the point itself: text = \"…\""),
            activity: self.string(t, "activity"),
            votes: self.integer(t, "votes"),
        }
    }

    fn decision(&mut self, t: &Table<'_>) -> Decision {
        self.unknown_keys(t, DECISION_KEYS);
        Decision {
            span: t.span.clone(),
            text: self.required_string(t, "text", "write what was decided: text = \"…\""),
            owner: self.string(t, "owner"),
            due: self.date(t, "due"),
            done: self.boolean(t, "done").is_some_and(|b| b.value),
        }
    }

    fn product(&mut self, t: &Table<'_>) -> Product {
        self.unknown_keys(t, PRODUCT_KEYS);
        Product {
            span: t.span.clone(),
            title: self.required_string(t, "title", "name the product: title = \"…\""),
            kind: self.string(t, "kind"),
            link: self.string(t, "link"),
            authors: self.strings(t, "authors"),
        }
    }

    fn indicator(&mut self, t: &Table<'_>) -> Indicator {
        self.unknown_keys(t, INDICATOR_KEYS);
        let name = self.required_string(t, "name", "name the figure: name = \"…\"");
        let value = match t.get("value") {
            None => {
                self.missing(
                    t,
                    "value",
                    "give the figure: value = 5 (a number or a string)",
                );
                None
            }
            Some(item) => {
                let span = self.item_span(item, &t.span);
                match item.as_value() {
                    Some(Value::Integer(i)) => {
                        Some(Sp::new(IndicatorValue::Integer(*i.value()), span))
                    }
                    Some(Value::Float(f)) if f.value().is_finite() => {
                        Some(Sp::new(IndicatorValue::Float(*f.value()), span))
                    }
                    Some(Value::String(s)) => {
                        Some(Sp::new(IndicatorValue::Text(s.value().clone()), span))
                    }
                    _ => {
                        self.wrong_type(t, "value", item, "a number or a string");
                        None
                    }
                }
            }
        };
        Indicator {
            span: t.span.clone(),
            name,
            value,
            unit: self.string(t, "unit"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str) -> Vec<String> {
        parse(text)
            .expect("test input is valid")
            .1
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn dates_and_times_native_and_quoted() {
        let (s, d) = parse(
            "[session]\ntitle = \"T\"\ndates = [2026-12-03, \"2026-12-04\"]\nday_start = \"10:00\"\n\
             [[activities]]\ntitle = \"A\"\nstart = 10:30\nend = \"11:00\"\n",
        )
        .expect("test input is valid");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.info.dates.len(), 2);
        assert_eq!(
            s.activities[0]
                .start
                .as_ref()
                .expect("test input is valid")
                .value
                .to_string(),
            "10:30:00"
        );
    }

    #[test]
    fn unknown_keys_everywhere_with_hints() {
        let (_, d) =
            parse("[session]\ntitel = \"T\"\ndates = [2026-12-03]\n").expect("test input is valid");
        assert_eq!(d.len(), 2);
        assert!(
            d.iter()
                .any(|d| d.hint.as_deref() == Some("did you mean `title`?"))
        );
    }

    #[test]
    fn wrong_types_are_reported_not_fatal() {
        let m = messages(
            "[session]\ntitle = 5\ndates = [2026-12-03]\n[[participants]]\nname = \"A\"\nexperience = \"ten\"\n",
        );
        assert_eq!(m.len(), 2, "{m:?}");
    }

    #[test]
    fn syntax_errors_and_empty_files() {
        assert!(parse("").is_err());
        assert!(parse("[session\n").is_err());
    }
}
