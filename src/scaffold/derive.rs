//! A new session from an earlier one: its zones, roster and programme, new dates, and none of
//! what was recorded after it (attendance, feedback, decisions, products, indicators, report).

use chrono::{Datelike, NaiveDate};
use toml_edit::{Array, DocumentMut, Item, TableLike, Value};

use crate::session::model::Language;

/// Top-level tables that describe a session after it took place.
pub const AFTER_SESSION: [&str; 6] = [
    "attendance",
    "feedback",
    "decisions",
    "products",
    "indicators",
    "report",
];

/// What changes in the copy; `None` keeps the earlier session's value.
#[derive(Debug, Clone)]
pub struct Changes {
    pub language: Language,
    pub title: String,
    pub goal: Option<String>,
    pub tasks: Option<Vec<String>>,
    pub organization: Option<String>,
    pub organizer: Option<String>,
    /// The series, renamed after the school year of the new dates (see
    /// [`crate::scaffold::school_year`]).
    pub series: Option<String>,
    pub dates: Vec<NaiveDate>,
    /// Where the new file goes: the earlier file's own name in its header comments (say,
    /// «cowork check sessions/old.toml») is replaced by it.
    pub path: String,
}

/// Rewrites the earlier session's text, keeping its comments and layout everywhere else.
/// The caller has checked that the text is a valid session, so its shape is known.
pub fn derive(source_text: &str, source_path: &str, changes: &Changes) -> Result<String, String> {
    let mut doc: DocumentMut = source_text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
    for key in AFTER_SESSION {
        doc.remove(key);
    }
    match doc.get_mut("participants") {
        Some(Item::ArrayOfTables(tables)) => {
            for table in tables.iter_mut() {
                table.remove("group");
            }
        }
        Some(Item::Value(Value::Array(array))) => {
            for value in array.iter_mut() {
                if let Some(table) = value.as_inline_table_mut() {
                    table.remove("group");
                }
            }
        }
        _ => {}
    }
    let session = doc
        .get_mut("session")
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| "the earlier session has no [session] table".to_string())?;
    set(session, "title", Value::from(changes.title.as_str()));
    if let Some(goal) = &changes.goal {
        set(session, "goal", Value::from(goal.as_str()));
    }
    if let Some(tasks) = &changes.tasks {
        set(session, "tasks", Value::Array(lines(tasks)));
    }
    if let Some(organization) = &changes.organization {
        set(session, "organization", Value::from(organization.as_str()));
    }
    if let Some(organizer) = &changes.organizer {
        set(session, "organizer", Value::from(organizer.as_str()));
    }
    if let Some(series) = &changes.series {
        set(session, "series", Value::from(series.as_str()));
    }
    // A new file is a new session for calendars: its own identity, not the earlier one's.
    let organization = session
        .get("organization")
        .and_then(|o| o.as_str())
        .map(str::to_string);
    let uid = crate::session::identity::for_file(
        organization.as_deref(),
        std::path::Path::new(&changes.path),
    );
    set(session, "uid", Value::from(uid.as_str()));
    let mut dates = Array::new();
    for d in &changes.dates {
        dates.push(toml_date(*d));
    }
    set(session, "dates", Value::Array(dates));
    let note = match changes.language {
        Language::Ru => format!(
            "# Основан на {source_path} (`cowork new --from`): зоны, участники и программа\n\
             # перенесены, даты новые, итоги прошлого коворкинга убраны.\n"
        ),
        Language::En => format!(
            "# Based on {source_path} (`cowork new --from`): zones, participants and programme\n\
             # carried over, new dates, the earlier session's results left out.\n"
        ),
    };
    let body = rename_in_header(&doc.to_string(), source_path, &changes.path);
    Ok(format!("{note}{}", without_old_note(&body)))
}

/// A session copied from a copy keeps one «based on» note, not a growing pile of them.
fn without_old_note(text: &str) -> &str {
    let mut lines = text.splitn(3, '\n');
    match (lines.next(), lines.next(), lines.next()) {
        (Some(first), Some(_), Some(rest))
            if first.contains("(`cowork new --from`)") && first.starts_with('#') =>
        {
            rest
        }
        _ => text,
    }
}

/// In the comment lines that open the file, words naming the earlier file (by any path
/// ending in its file name) become the new path.
fn rename_in_header(text: &str, source_path: &str, new_path: &str) -> String {
    let Some(name) = std::path::Path::new(source_path)
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| !n.is_empty())
    else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    let mut in_header = true;
    for line in text.split_inclusive('\n') {
        in_header = in_header && (line.trim().is_empty() || line.trim_start().starts_with('#'));
        if in_header && line.contains(name) {
            let renamed: Vec<String> = line
                .split(' ')
                .map(|word| {
                    let bare = word.trim_end();
                    if bare == name || bare.ends_with(&format!("/{name}")) {
                        format!("{new_path}{}", &word[bare.len()..])
                    } else {
                        word.to_string()
                    }
                })
                .collect();
            out.push_str(&renamed.join(" "));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Replaces a value, keeping the comment and spacing around the old one.
fn set(table: &mut dyn TableLike, key: &str, value: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = value;
            *old.decor_mut() = decor;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// An array written one element per line, the way the skeleton writes `tasks`.
fn lines(items: &[String]) -> Array {
    let mut array: Array = items.iter().map(String::as_str).collect();
    for value in array.iter_mut() {
        value.decor_mut().set_prefix("\n  ");
        value.decor_mut().set_suffix("");
    }
    array.set_trailing_comma(true);
    array.set_trailing("\n");
    array
}

fn toml_date(d: NaiveDate) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(d.year()).unwrap_or(0),
            month: u8::try_from(d.month()).unwrap_or(1),
            day: u8::try_from(d.day()).unwrap_or(1),
        }),
        time: None,
        offset: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_plan_and_drops_the_results() {
        let source = "# мой комментарий: cowork check sessions/old.toml\n[session]\ntitle = \"Старая\" # тема\nseries = \"Коворкинги 2025/2026\" # серия\ndates = [2026-12-03]\n\n\
                      [[participants]]\nname = \"А\"\ngroup = 2\n\n[[activities]]\ntitle = \"Х\"\nduration = 30\n\n\
                      # итоги\n[[feedback]]\nkind = \"plus\"\ntext = \"т\"\n\n[report]\nsummary = \"с\"\n";
        let changes = Changes {
            language: Language::Ru,
            title: "Новая".into(),
            goal: None,
            tasks: Some(vec!["a".into(), "b".into()]),
            organization: None,
            organizer: None,
            series: Some("Коворкинги 2026/2027".into()),
            dates: vec![
                NaiveDate::from_ymd_opt(2027, 2, 1).expect("test input is valid"),
                NaiveDate::from_ymd_opt(2027, 2, 2).expect("test input is valid"),
            ],
            path: "sessions/new.toml".into(),
        };
        let out = derive(source, "old.toml", &changes).expect("test input is valid");
        assert!(out.contains(
            "# мой комментарий: cowork check sessions/new.toml\n[session]\ntitle = \"Новая\" # тема\n"
        ));
        assert!(out.contains("dates = [2027-02-01, 2027-02-02]"));
        assert!(
            out.contains("series = \"Коворкинги 2026/2027\" # серия\n"),
            "{out}"
        );
        assert!(out.contains("tasks = [\n  \"a\",\n  \"b\",\n]"), "{out}");
        assert!(!out.contains("group"));
        for dropped in ["[[feedback]]", "[report]", "# итоги"] {
            assert!(!out.contains(dropped), "{dropped} kept in\n{out}");
        }
        assert!(out.contains("[[activities]]\ntitle = \"Х\""));
        let again = derive(&out, "sessions/new.toml", &changes).expect("test input is valid");
        assert_eq!(again.matches("cowork new --from").count(), 1, "{again}");
    }
}
