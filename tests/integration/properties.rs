//! Property tests: generated sessions — valid ones, and the same structurally broken — run
//! through the whole pipeline in-process ([`cowork::fuzz_pipeline`]): parse, validate,
//! schedule, every document view and every format. Nothing may panic, a valid session must
//! render, and a broken one must name at least one located error.
//!
//! The number of cases per property is bounded so `cargo test` stays quick; raise it with
//! `PROPTEST_CASES=2000 cargo test --test integration properties::` for a longer hunt.

use cowork::fuzz::Outcome;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(96);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Text a methodist could type, and text nobody should: markup, template syntax, control
/// characters, odd Unicode (bidi overrides, zero-width and combining marks, line
/// separators, astral emoji), long runs.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html,<b>x</b>",
    "https://example.org/?q=\"><script>x</script>",
    "{{ 7*7 }}",
    "{% raw %}x{% endraw %}",
    "| a | b |",
    "строка 1\nстрока 2",
    "a\r\nb\rc",
    "\\|",
    "=SUM(A1:A2)",
    "+7 (999) 000-00-00",
    "-1",
    "@cmd",
    "\u{202e}евруп\u{202c}",
    "\u{200b}\u{200d}\u{feff}",
    "e\u{301}\u{301}\u{301}",
    "\u{2028}\u{2029}",
    "😀👩‍👩‍👧‍👦🇷🇺",
    "\u{0}\u{1}\u{7}\u{1b}[31m\u{7f}",
    "\t\tтабуляция",
    "# заголовок",
    "1. список",
    "- пункт",
    "**жирный** _курсив_ `код`",
    "&amp; &lt; &#x3c;",
    "Ё ё Й й",
    "",
    " ",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[а-яА-ЯёЁa-zA-Z0-9 ,.!?«»—()-]{1,40}",
        2 => prop::sample::select(HOSTILE).prop_map(String::from),
        1 => "\\PC{0,40}",
        1 => any::<String>().prop_map(|s| s.chars().take(40).collect()),
        1 => (prop::sample::select(HOSTILE), 1usize..200).prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// A text that is not blank (for the values that must not be).
fn filled() -> impl Strategy<Value = String> {
    text().prop_map(|s| format!("Т{s}"))
}

fn toml_string(s: &str) -> String {
    toml_edit::Value::from(s).to_string()
}

fn big() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => 1i64..50,
        1 => Just(i64::MAX),
        1 => Just(i64::from(u32::MAX)),
        1 => Just(i64::from(u32::MAX) + 1),
        1 => 1i64..=i64::MAX,
    ]
}

#[derive(Debug, Clone)]
struct Person {
    name: String,
    id: bool,
    role: &'static str,
    experience: Option<i64>,
    group: Option<i64>,
    position: Option<String>,
}

fn person() -> impl Strategy<Value = Person> {
    (
        text(),
        any::<bool>(),
        prop::sample::select(vec![
            "participant",
            "moderator",
            "mentor",
            "guest",
            "organizer",
        ]),
        prop::option::of(prop_oneof![0i64..40, Just(i64::MAX)]),
        prop::option::of(big()),
        prop::option::of(text()),
    )
        .prop_map(|(name, id, role, experience, group, position)| Person {
            name,
            id,
            role,
            experience,
            group,
            position,
        })
}

#[derive(Debug, Clone)]
struct Act {
    title: String,
    format: Option<String>,
    phase: Option<&'static str>,
    zone: Option<&'static str>,
    day: Index,
    explicit_start: bool,
    use_end: bool,
    minutes: u32,
    moderators: Vec<Index>,
    description: Option<String>,
    outputs: Vec<String>,
}

fn activity() -> impl Strategy<Value = Act> {
    (
        text(),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(vec![
            "immersion",
            "presentation",
            "group-work",
            "discussion",
        ])),
        prop::option::of(prop::sample::select(vec![
            "interactive",
            "presentation",
            "media-hub",
            "custom-1",
        ])),
        any::<Index>(),
        (any::<bool>(), any::<bool>(), 1u32..=30),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::option::of(text()),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(
            |(
                title,
                format,
                phase,
                zone,
                day,
                (explicit_start, use_end, minutes),
                moderators,
                description,
                outputs,
            )| Act {
                title,
                format,
                phase,
                zone,
                day,
                explicit_start,
                use_end,
                minutes,
                moderators,
                description,
                outputs,
            },
        )
}

#[derive(Debug, Clone)]
struct Spec {
    english: bool,
    title: String,
    goal: Option<String>,
    tasks: Vec<String>,
    organization: Option<String>,
    organizer: Option<String>,
    venue: Option<String>,
    series: Option<String>,
    year: i32,
    days: usize,
    gap: bool,
    online: Option<String>,
    custom_zone: String,
    people: Vec<Person>,
    activities: Vec<Act>,
    attendance: Vec<(Index, Vec<Index>, Option<i64>)>,
    feedback: Vec<(&'static str, String, Option<Index>, Option<i64>)>,
    decisions: Vec<(String, Option<String>, bool, bool)>,
    products: Vec<(String, Option<String>, Vec<Index>)>,
    indicators: Vec<(String, u8, i64, f64, Option<String>)>,
    summary: Option<String>,
}

fn spec() -> impl Strategy<Value = Spec> {
    let header = (
        any::<bool>(),
        filled(),
        prop::option::of(text()),
        prop::collection::vec(text(), 0..3),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(text()),
        prop_oneof![4 => 2000i32..2100, 1 => 1i32..=9997],
        1usize..=3,
        any::<bool>(),
        prop::option::of(text()),
    );
    let body = (
        filled(),
        prop::collection::vec(person(), 0..8),
        prop::collection::vec(activity(), 0..8),
        prop::collection::vec(
            (
                any::<Index>(),
                prop::collection::vec(any::<Index>(), 0..6),
                prop::option::of(prop_oneof![0i64..30, Just(i64::MAX)]),
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                prop::sample::select(vec!["plus", "minus", "interesting"]),
                text(),
                prop::option::of(any::<Index>()),
                prop::option::of(big()),
            ),
            0..8,
        ),
        prop::collection::vec(
            (
                text(),
                prop::option::of(text()),
                any::<bool>(),
                any::<bool>(),
            ),
            0..4,
        ),
        prop::collection::vec(
            (
                text(),
                prop::option::of(text()),
                prop::collection::vec(any::<Index>(), 0..3),
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                text(),
                0u8..3,
                any::<i64>(),
                prop_oneof![Just(1e308), Just(-0.0), Just(5e-324), -1e9f64..1e9],
                prop::option::of(text()),
            ),
            0..3,
        ),
        prop::option::of(text()),
    );
    (header, body).prop_map(
        |(
            (
                english,
                title,
                goal,
                tasks,
                organization,
                organizer,
                venue,
                series,
                year,
                days,
                gap,
                online,
            ),
            (
                custom_zone,
                people,
                activities,
                attendance,
                feedback,
                decisions,
                products,
                indicators,
                summary,
            ),
        )| Spec {
            english,
            title,
            goal,
            tasks,
            organization,
            organizer,
            venue,
            series,
            year,
            days,
            gap,
            online,
            custom_zone,
            people,
            activities,
            attendance,
            feedback,
            decisions,
            products,
            indicators,
            summary,
        },
    )
}

fn line(out: &mut String, key: &str, value: Option<&String>) {
    if let Some(v) = value {
        out.push_str(&format!("{key} = {}\n", toml_string(v)));
    }
}

fn strings(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| toml_string(s)).collect();
    format!("[{}]", quoted.join(", "))
}

impl Spec {
    /// A participant's reference: their id when they have one, else their exact name.
    fn reference(&self, i: usize) -> String {
        if self.people[i].id {
            format!("p{i}")
        } else {
            self.name(i)
        }
    }

    /// Names are made unique (and never equal to an id) by their number.
    fn name(&self, i: usize) -> String {
        format!("{} №{i}", self.people[i].name)
    }

    /// Unique indices of people, for lists that must not repeat anyone.
    fn distinct(&self, picks: &[Index]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        if self.people.is_empty() {
            return out;
        }
        for p in picks {
            let i = p.index(self.people.len());
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }

    fn title(&self, i: usize) -> String {
        format!("{} #{i}", self.activities[i].title)
    }

    /// The session as TOML; valid by construction (warnings allowed).
    fn to_toml(&self) -> String {
        let mut out = String::from("# generated\nschema = 1\n\n[session]\n");
        line(&mut out, "title", Some(&self.title));
        line(&mut out, "goal", self.goal.as_ref());
        if !self.tasks.is_empty() {
            out.push_str(&format!("tasks = {}\n", strings(&self.tasks)));
        }
        line(&mut out, "organization", self.organization.as_ref());
        line(&mut out, "organizer", self.organizer.as_ref());
        line(&mut out, "venue", self.venue.as_ref());
        line(&mut out, "series", self.series.as_ref());
        let dates: Vec<String> = (0..self.days)
            .map(|d| {
                let day = 1 + d * if self.gap { 2 } else { 1 };
                format!("{:04}-12-{:02}", self.year, day)
            })
            .collect();
        out.push_str(&format!("dates = [{}]\n", dates.join(", ")));
        out.push_str("day_start = 08:00\n");
        if self.english {
            out.push_str("language = \"en\"\n");
        }
        out.push_str("\n[zones.custom-1]\n");
        line(&mut out, "name", Some(&self.custom_zone));
        line(&mut out, "online", self.online.as_ref());
        out.push_str("\n[zones.media-hub]\n");
        line(&mut out, "online", self.online.as_ref());

        for (i, p) in self.people.iter().enumerate() {
            out.push_str("\n[[participants]]\n");
            line(&mut out, "name", Some(&self.name(i)));
            if p.id {
                out.push_str(&format!("id = \"p{i}\"\n"));
            }
            out.push_str(&format!("role = \"{}\"\n", p.role));
            line(&mut out, "position", p.position.as_ref());
            if let Some(e) = p.experience {
                out.push_str(&format!("experience = {e}\n"));
            }
            if let Some(g) = p.group {
                out.push_str(&format!("group = {g}\n"));
            }
        }

        // Every activity has a slot of its own (30 minutes apart), so nothing clashes.
        for (i, a) in self.activities.iter().enumerate() {
            out.push_str("\n[[activities]]\n");
            line(&mut out, "title", Some(&self.title(i)));
            line(&mut out, "format", a.format.as_ref());
            if let Some(phase) = a.phase {
                out.push_str(&format!("phase = \"{phase}\"\n"));
            }
            if let Some(zone) = a.zone {
                out.push_str(&format!("zone = \"{zone}\"\n"));
            }
            let day = a.day.index(self.days) + 1;
            out.push_str(&format!("day = {day}\n"));
            let start = 8 * 60 + 30 * i as u32;
            out.push_str(&format!("start = {:02}:{:02}\n", start / 60, start % 60));
            let _ = a.explicit_start;
            if a.use_end {
                let end = start + a.minutes;
                out.push_str(&format!("end = {:02}:{:02}\n", end / 60, end % 60));
            } else {
                out.push_str(&format!("duration = {}\n", a.minutes));
            }
            let moderators: Vec<String> = self
                .distinct(&a.moderators)
                .into_iter()
                .map(|m| self.reference(m))
                .collect();
            if !moderators.is_empty() {
                out.push_str(&format!("moderators = {}\n", strings(&moderators)));
            }
            line(&mut out, "description", a.description.as_ref());
            if !a.outputs.is_empty() {
                out.push_str(&format!("outputs = {}\n", strings(&a.outputs)));
            }
        }

        let mut days_done = Vec::new();
        for (day, present, guests) in &self.attendance {
            let day = day.index(self.days) + 1;
            if days_done.contains(&day) {
                continue;
            }
            days_done.push(day);
            out.push_str(&format!("\n[[attendance]]\nday = {day}\n"));
            let people = self.distinct(present);
            let (present, excused) = people.split_at(people.len() / 2 + people.len() % 2);
            let refs = |list: &[usize]| -> Vec<String> {
                list.iter().map(|&i| self.reference(i)).collect()
            };
            out.push_str(&format!("present = {}\n", strings(&refs(present))));
            if !excused.is_empty() {
                out.push_str(&format!("excused = {}\n", strings(&refs(excused))));
            }
            if let Some(g) = guests {
                out.push_str(&format!("guests = {g}\n"));
            }
        }

        for (kind, text, activity, votes) in &self.feedback {
            out.push_str(&format!("\n[[feedback]]\nkind = \"{kind}\"\n"));
            line(&mut out, "text", Some(text));
            if let Some(a) = activity
                && !self.activities.is_empty()
            {
                line(
                    &mut out,
                    "activity",
                    Some(&self.title(a.index(self.activities.len()))),
                );
            }
            if let Some(v) = votes {
                out.push_str(&format!("votes = {v}\n"));
            }
        }

        for (i, (text, owner, done, due)) in self.decisions.iter().enumerate() {
            out.push_str("\n[[decisions]]\n");
            line(&mut out, "text", Some(text));
            match owner {
                Some(o) => line(&mut out, "owner", Some(o)),
                None if !self.people.is_empty() => line(
                    &mut out,
                    "owner",
                    Some(&self.reference(i % self.people.len())),
                ),
                None => {}
            }
            if *due {
                out.push_str(&format!("due = {:04}-01-20\n", self.year + 1));
            }
            out.push_str(&format!("done = {done}\n"));
        }

        for (title, link, authors) in &self.products {
            out.push_str("\n[[products]]\n");
            line(&mut out, "title", Some(title));
            line(&mut out, "link", link.as_ref());
            let authors: Vec<String> = self
                .distinct(authors)
                .into_iter()
                .map(|a| self.reference(a))
                .collect();
            if !authors.is_empty() {
                out.push_str(&format!("authors = {}\n", strings(&authors)));
            }
        }

        for (name, kind, int, float, unit) in &self.indicators {
            out.push_str("\n[[indicators]]\n");
            line(&mut out, "name", Some(name));
            match kind {
                0 => out.push_str(&format!("value = {int}\n")),
                1 => out.push_str(&format!("value = {}\n", toml_edit::Value::from(*float))),
                _ => line(&mut out, "value", Some(name)),
            }
            line(&mut out, "unit", unit.as_ref());
        }

        if let Some(summary) = &self.summary {
            out.push_str("\n[report]\n");
            line(&mut out, "summary", Some(summary));
        }
        out
    }
}

/// A structural change to a valid file: lines deleted, duplicated, swapped or replaced by
/// hostile ones, values of the wrong type or out of range, stray bytes, a cut-off end.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    InsertLine(Index, &'static str),
    ReplaceValue(Index, &'static str),
    InsertText(Index, String),
    Truncate(Index),
    /// Always an error: a key the format does not know.
    UnknownKey(Index),
    /// Always an error: a known key with a value of the wrong type.
    WrongType(Index),
}

impl Mutation {
    fn always_fails(&self) -> bool {
        matches!(self, Self::UnknownKey(_) | Self::WrongType(_))
    }
}

/// Lines that break something when dropped anywhere in a session file.
const HOSTILE_LINES: &[&str] = &[
    "[session]",
    "[[activities]]",
    "[[participants]]",
    "[[attendance]]",
    "[[feedback]]",
    "[zones.interactive]",
    "[zones.Плохая]",
    "[report]",
    "[report.summary]",
    "[a.b.c.d.e.f.g.h]",
    "x = {a = {b = {c = {d = {e = 1}}}}}",
    "deep = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "duration = 9223372036854775807",
    "duration = -9223372036854775808",
    "duration = 0",
    "day = -1",
    "day = 9223372036854775807",
    "day = 0",
    "votes = 0",
    "votes = -5",
    "guests = -1",
    "experience = -1",
    "group = 0",
    "schema = 2",
    "start = 23:59",
    "start = 25:00",
    "end = 00:00",
    "end = 23:59:59.999999999",
    "start = 1979-05-27T07:32:00Z",
    "dates = []",
    "dates = [2026-12-03, 2026-12-03]",
    "dates = [9999-12-31, 0001-01-01]",
    "dates = \"not a date\"",
    "zone = \"nowhere\"",
    "zone = \"\"",
    "moderators = [\"nobody\", \"nobody\"]",
    "present = [\"nobody\", 5, true]",
    "activity = \"no such activity\"",
    "title = \"\"",
    "title = 5",
    "language = \"de\"",
    "phase = \"lunch\"",
    "role = \"boss\"",
    "kind = \"maybe\"",
    "value = nan",
    "value = inf",
    "value = 1e309",
    "value = [1, 2]",
    "link = \"javascript:alert(1)\"",
    "owner = \"\"",
    "due = 2026-02-30",
    "a = \"\\u0000\\u001b[31m\"",
    "b = \"\u{202e}\u{200b}\"",
    "\u{7}\u{0}",
    "= 1",
    "\"\" = 1",
    "titel = \"typo\"",
    "",
    "#",
];

const WRONG_VALUES: &[&str] = &[
    "\"text\"",
    "5",
    "-1",
    "0",
    "9223372036854775807",
    "-9223372036854775808",
    "1.5",
    "nan",
    "true",
    "[]",
    "[1, \"a\"]",
    "{}",
    "{ a = 1 }",
    "2026-12-03",
    "10:30",
    "2026-12-03T10:30:00",
    "\"\"",
    "\"   \"",
    "\"<script>\"",
    "'''\nmany\nlines\n'''",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::DeleteLine),
        2 => any::<Index>().prop_map(Mutation::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        3 => (any::<Index>(), prop::sample::select(HOSTILE_LINES))
            .prop_map(|(i, l)| Mutation::InsertLine(i, l)),
        3 => (any::<Index>(), prop::sample::select(WRONG_VALUES))
            .prop_map(|(i, v)| Mutation::ReplaceValue(i, v)),
        1 => (any::<Index>(), prop_oneof![
                prop::sample::select(HOSTILE).prop_map(String::from),
                "[\\x00-\\x20\"'\\[\\]{}=#\\\\,.]{1,5}",
            ]).prop_map(|(i, s)| Mutation::InsertText(i, s)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        1 => any::<Index>().prop_map(Mutation::UnknownKey),
        1 => any::<Index>().prop_map(Mutation::WrongType),
    ]
}

/// Keys whose value must be of one type, with a value of another.
const TYPED: &[(&str, &str)] = &[
    ("title", "[1]"),
    ("day_start", "\"noon\""),
    ("role", "5"),
    ("day", "\"first\""),
    ("duration", "\"an hour\""),
    ("start", "true"),
    ("moderators", "\"one\""),
    ("present", "{ a = 1 }"),
    ("kind", "1"),
    ("votes", "1.5"),
    ("done", "\"yes\""),
    ("experience", "\"ten\""),
];

fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let n = lines.len().max(1);
    match m {
        Mutation::DeleteLine(i) => {
            if !lines.is_empty() {
                lines.remove(i.index(n));
            }
        }
        Mutation::DuplicateLine(i) => {
            if !lines.is_empty() {
                let at = i.index(n);
                let copy = lines[at].clone();
                lines.insert(at, copy);
            }
        }
        Mutation::SwapLines(a, b) => {
            if !lines.is_empty() {
                lines.swap(a.index(n), b.index(n));
            }
        }
        Mutation::InsertLine(i, l) => lines.insert(i.index(n + 1).min(lines.len()), l.to_string()),
        Mutation::ReplaceValue(i, v) => {
            let candidates: Vec<usize> = (0..lines.len())
                .filter(|&k| lines[k].contains(" = "))
                .collect();
            if !candidates.is_empty() {
                let k = candidates[i.index(candidates.len())];
                let key = lines[k].split(" = ").next().unwrap_or_default().to_string();
                lines[k] = format!("{key} = {v}");
            }
        }
        Mutation::InsertText(i, s) => {
            let mut chars: Vec<char> = text.chars().collect();
            let at = i.index(chars.len() + 1);
            for (k, c) in s.chars().enumerate() {
                chars.insert(at + k, c);
            }
            return chars.into_iter().collect();
        }
        Mutation::Truncate(i) => {
            let chars: Vec<char> = text.chars().collect();
            return chars[..i.index(chars.len() + 1)].iter().collect();
        }
        Mutation::UnknownKey(i) => {
            // Right after a table header, so the key lands in a table of the format.
            let headers: Vec<usize> = (0..lines.len())
                .filter(|&k| lines[k].starts_with('['))
                .collect();
            if let Some(&k) = headers.get(i.index(headers.len().max(1))) {
                lines.insert(k + 1, "zzz_unknown = 1".to_string());
            } else {
                lines.insert(0, "zzz_unknown = 1".to_string());
            }
        }
        Mutation::WrongType(i) => {
            let candidates: Vec<(usize, &str)> = (0..lines.len())
                .filter_map(|k| {
                    let key = lines[k].split(" = ").next()?;
                    TYPED
                        .iter()
                        .find(|(t, _)| *t == key)
                        .map(|(_, wrong)| (k, *wrong))
                })
                .collect();
            match candidates.get(i.index(candidates.len().max(1))) {
                Some(&(k, wrong)) => {
                    let key = lines[k].split(" = ").next().unwrap_or_default().to_string();
                    lines[k] = format!("{key} = {wrong}");
                }
                // `title` always exists; this is only reached for an empty file.
                None => lines.insert(0, "schema = \"one\"".to_string()),
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

proptest! {
    #![proptest_config(config())]

    /// A valid session renders every document in every format.
    #[test]
    fn valid_sessions_render_everything(spec in spec()) {
        let text = spec.to_toml();
        let outcome = cowork::fuzz_pipeline(&text);
        prop_assert!(
            matches!(outcome, Outcome::Rendered { .. }),
            "a valid session did not render: {outcome:?}\n{text}\n{}",
            match cowork::session::file::check_text("s.toml", text.clone()) {
                Ok(c) => c.render(cowork::session::diagnostic::Style::Plain),
                Err(e) => e.to_string(),
            }
        );
    }

    /// A broken session never panics; its errors are located; some breakages always fail
    /// (when nothing after them, such as cutting the file short, undoes them).
    #[test]
    fn broken_sessions_are_reported_not_crashed(
        spec in spec(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut text = spec.to_toml();
        for m in &mutations {
            text = apply(&text, m);
        }
        let outcome = cowork::fuzz_pipeline(&text);
        if mutations.last().is_some_and(Mutation::always_fails) {
            prop_assert!(
                !matches!(outcome, Outcome::Rendered { .. }),
                "{mutations:?} should have made an error:\n{text}"
            );
        }
    }

    /// Any text at all: TOML-ish noise and arbitrary Unicode.
    #[test]
    fn arbitrary_text_never_panics(
        text in prop_oneof![
            any::<String>(),
            "[\\[\\]{}=\"'#.,a-z0-9 \\n\\t\\r-]{0,200}",
            "(\\[\\[?[a-z.]{1,12}\\]\\]?\\n([a-z_]{1,10} = (\"[^\"\\n]{0,10}\"|[0-9:-]{1,12}|\\[[^\\]\\n]{0,20}\\]|true)\\n){0,4}){0,6}",
        ]
    ) {
        let _ = cowork::fuzz_pipeline(&text);
    }
}

proptest! {
    // Big files take longer: a quarter of the cases.
    #![proptest_config(Config { cases: config().cases.div_ceil(4), ..config() })]

    /// Files over 64 KiB (once parsed a piece at a time, now whole like every file): the
    /// same guarantees hold there.
    #[test]
    fn big_sessions_keep_the_guarantees(
        spec in spec(),
        mutations in prop::collection::vec(mutation(), 0..3),
    ) {
        let mut text = spec.to_toml();
        for i in 0..1500 {
            text.push_str(&format!(
                "\n[[feedback]] # {i}\nkind = \"interesting\"\ntext = \"[[не заголовок]] {i}\"\n"
            ));
        }
        prop_assert!(text.len() > 64 * 1024);
        let valid = mutations.is_empty();
        for m in &mutations {
            text = apply(&text, m);
        }
        let outcome = cowork::fuzz_pipeline(&text);
        if valid {
            prop_assert!(matches!(outcome, Outcome::Rendered { .. }), "{outcome:?}");
        }
        if mutations.last().is_some_and(Mutation::always_fails) {
            prop_assert!(!matches!(outcome, Outcome::Rendered { .. }), "{mutations:?}");
        }
    }
}

/// Nesting deeper than the TOML parser's limit is a located error, not a stack overflow.
#[test]
fn deep_nesting_is_an_error() {
    for depth in [79usize, 80, 81, 500, 5000] {
        let arrays = format!("a = {}1{}\n", "[".repeat(depth), "]".repeat(depth));
        let tables = format!("a = {}1{}\n", "{ b = ".repeat(depth), " }".repeat(depth));
        let header = format!(
            "[{}]\n",
            std::iter::repeat_n("k", depth)
                .collect::<Vec<_>>()
                .join(".")
        );
        let dotted = format!(
            "{} = 1\n",
            std::iter::repeat_n("k", depth)
                .collect::<Vec<_>>()
                .join(".")
        );
        for text in [arrays, tables, header, dotted] {
            let outcome = cowork::fuzz_pipeline(&text);
            assert!(
                !matches!(outcome, Outcome::Rendered { .. }),
                "depth {depth}: {outcome:?}"
            );
        }
    }
}

/// Every number of the format at its extremes, in a file that is otherwise valid.
#[test]
fn extreme_numbers_everywhere() {
    let base = "[session]\ntitle = \"Т\"\ngoal = \"Ц\"\ndates = [2026-12-03, 2026-12-04]\n\
                [[participants]]\nname = \"Иванова Анна\"\nid = \"a\"\n";
    let tails = [
        "[[activities]]\ntitle = \"A\"\nstart = 23:59\nduration = 9223372036854775807\n",
        "[[activities]]\ntitle = \"A\"\nstart = 00:00\nduration = 1440\n",
        "[[activities]]\ntitle = \"A\"\nstart = 00:00\nduration = 1441\n",
        "[[activities]]\ntitle = \"A\"\nduration = -9223372036854775808\n",
        "[[activities]]\ntitle = \"A\"\nday = 9223372036854775807\nduration = 5\n",
        "[[activities]]\ntitle = \"A\"\nday = -9223372036854775808\nduration = 5\n",
        "[[activities]]\ntitle = \"A\"\nstart = 23:59:59\nend = 23:59:59.999999999\n",
        "[[feedback]]\nkind = \"plus\"\ntext = \"x\"\nvotes = 9223372036854775807\n\
         [[feedback]]\nkind = \"plus\"\ntext = \"y\"\nvotes = 9223372036854775807\n\
         [[feedback]]\nkind = \"minus\"\ntext = \"x\"\nvotes = 9223372036854775807\n",
        "[[feedback]]\nkind = \"plus\"\ntext = \"x\"\nvotes = -9223372036854775808\n",
        "[[attendance]]\nday = 1\npresent = [\"a\"]\nguests = 9223372036854775807\n\
         [[attendance]]\nday = 2\nguests = 9223372036854775807\n",
        "[[attendance]]\nday = 9223372036854775807\n",
        "[[attendance]]\nday = -1\nguests = -9223372036854775808\n",
        "[[participants]]\nname = \"B\"\nexperience = 9223372036854775807\ngroup = 9223372036854775807\n",
        "[[participants]]\nname = \"B\"\nexperience = -9223372036854775808\ngroup = -9223372036854775808\n",
        "[[indicators]]\nname = \"n\"\nvalue = -9223372036854775808\n[[indicators]]\nname = \"m\"\nvalue = 1.7976931348623157e308\n\
         [[indicators]]\nname = \"k\"\nvalue = -0.0\n[[indicators]]\nname = \"z\"\nvalue = 5e-324\n",
        "[[indicators]]\nname = \"n\"\nvalue = inf\n[[indicators]]\nname = \"m\"\nvalue = nan\n",
        "schema = 9223372036854775807\n",
        "[[decisions]]\ntext = \"d\"\ndue = 9999-12-31\n[[decisions]]\ntext = \"e\"\ndue = 0001-01-01\n",
    ];
    for tail in tails {
        let text = format!("{base}{tail}");
        let _ = cowork::fuzz_pipeline(&text);
    }
    for dates in [
        "[0001-01-01]",
        "[9999-12-31]",
        "[9999-12-30, 9999-12-31]",
        "[0001-01-01, 9999-12-31]",
        "[2026-12-31, 2027-01-01, 2027-01-02]",
    ] {
        let text = format!(
            "[session]\ntitle = \"Т\"\ndates = {dates}\n[[activities]]\ntitle = \"A\"\nduration = 30\n\
             [[decisions]]\ntext = \"d\"\ndue = 9999-12-31\n"
        );
        assert!(matches!(
            cowork::fuzz_pipeline(&text),
            Outcome::Rendered { .. }
        ));
    }
}
