//! The commit message of an archive run: «Архив: <тема> (<даты>)», or a count and a list by date.

use std::collections::BTreeSet;

use crate::archive::run::Rendered;
use crate::session::model::Language;

/// «Архив: <тема> (<даты>)» for one session whose files `changed`; for several, their
/// count and a list by date; only the index, when no session's files changed. In English
/// when every session is.
pub(crate) fn message(sessions: &[Rendered], changed: &BTreeSet<String>) -> String {
    let mut touched: Vec<&Rendered> = sessions
        .iter()
        .filter(|s| {
            let prefix = format!("{}/", s.folder);
            changed.iter().any(|r| r.starts_with(&prefix))
        })
        .collect();
    // Folder order is date order.
    touched.sort_by(|a, b| a.folder.cmp(&b.folder));
    let basis: Vec<&Rendered> = if touched.is_empty() {
        sessions.iter().collect()
    } else {
        touched.clone()
    };
    let lang = if basis.iter().all(|s| s.language == Language::En) {
        Language::En
    } else {
        Language::Ru
    };
    let word = match lang {
        Language::Ru => "Архив",
        Language::En => "Archive",
    };
    match touched.as_slice() {
        [] => match lang {
            Language::Ru => format!("{word}: обновлён указатель"),
            Language::En => format!("{word}: index updated"),
        },
        [one] => format!("{word}: {} ({})", one.title, one.dates_text),
        many => {
            let n = many.len();
            let count = match lang {
                Language::Ru => format!("{n} {}", ru_sessions(n)),
                Language::En => format!("{n} methodical coworking sessions"),
            };
            let list: Vec<String> = many
                .iter()
                .map(|s| format!("- {} ({})", s.title, s.dates_text))
                .collect();
            format!("{word}: {count}\n\n{}\n", list.join("\n"))
        }
    }
}

/// «методический коворкинг», «методических коворкинга», «методических коворкингов».
fn ru_sessions(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => "методический коворкинг",
        (2..=4, r) if !(12..=14).contains(&r) => "методических коворкинга",
        _ => "методических коворкингов",
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn session(folder: &str, title: &str, language: Language) -> Rendered {
        Rendered {
            source: PathBuf::from("x.toml"),
            base: folder.to_string(),
            folder: folder.to_string(),
            moved_from: None,
            first: chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a valid date"),
            title: title.to_string(),
            dates_text: "3 декабря 2026 г.".to_string(),
            language,
            documents: Vec::new(),
        }
    }

    #[test]
    fn russian_counts() {
        assert_eq!(ru_sessions(1), "методический коворкинг");
        assert_eq!(ru_sessions(3), "методических коворкинга");
        assert_eq!(ru_sessions(5), "методических коворкингов");
        assert_eq!(ru_sessions(11), "методических коворкингов");
        assert_eq!(ru_sessions(22), "методических коворкинга");
    }

    #[test]
    fn messages() {
        let sessions = vec![
            session("2026/a", "Тема А", Language::Ru),
            session("2026/b", "Тема Б", Language::Ru),
        ];
        let one: BTreeSet<String> = ["2026/a/agenda.md".to_string()].into();
        assert_eq!(
            message(&sessions, &one),
            "Архив: Тема А (3 декабря 2026 г.)"
        );
        let both: BTreeSet<String> = [
            "2026/a/agenda.md".to_string(),
            "2026/b/agenda.md".to_string(),
        ]
        .into();
        assert_eq!(
            message(&sessions, &both),
            "Архив: 2 методических коворкинга\n\n- Тема А (3 декабря 2026 г.)\n- Тема Б (3 декабря 2026 г.)\n"
        );
        let index_only: BTreeSet<String> = ["README.md".to_string()].into();
        assert_eq!(message(&sessions, &index_only), "Архив: обновлён указатель");
    }

    #[test]
    fn english_when_every_session_is() {
        let sessions = vec![session("2026/a", "Games", Language::En)];
        let index_only: BTreeSet<String> = ["README.md".to_string()].into();
        assert_eq!(message(&sessions, &index_only), "Archive: index updated");
    }
}
