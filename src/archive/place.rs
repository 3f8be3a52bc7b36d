//! Where things go: the archive folder, and each session's `<year>/<first-date>-<slug>` inside it.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

/// The longest slug kept in a folder name; longer themes are cut at a word boundary.
pub const MAX_SLUG: usize = 60;

/// The archive folder: `--dir`, else `cowork.toml`'s `archive`, else `archive/` at the
/// workspace root (the current directory when there is no `cowork.toml`).
pub fn archive_dir(explicit: Option<&Path>, config: &crate::workspace::Config) -> PathBuf {
    match explicit {
        Some(dir) => dir.to_path_buf(),
        None => config.archive_dir(),
    }
}

/// The theme as a folder name: ASCII `a-z0-9-` only (so it can never leave the archive),
/// at most [`MAX_SLUG`] characters, `session` when nothing of the theme survives.
pub fn slug(title: &str) -> String {
    // Soft and hard signs and apostrophes belong to the word: «дошкольник» → doshkolnik, not doshkol-nik.
    let joined: String = title
        .chars()
        .filter(|c| !matches!(c, 'ь' | 'Ь' | 'ъ' | 'Ъ' | '\'' | '’'))
        .collect();
    let full = slug::slugify(joined);
    let mut cut = full.as_str();
    if cut.len() > MAX_SLUG {
        cut = &cut[..MAX_SLUG];
        if let Some(dash) = cut.rfind('-') {
            cut = &cut[..dash];
        }
    }
    let cut = cut.trim_matches('-');
    if cut.is_empty() {
        "session".to_string()
    } else {
        cut.to_string()
    }
}

/// A session's folder relative to the archive, always with `/`: `2026/2026-12-03-slug`.
pub fn session_folder(first_date: NaiveDate, title: &str) -> String {
    format!(
        "{:04}/{}-{}",
        first_date.year(),
        first_date.format("%Y-%m-%d"),
        slug(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_themes_transliterate() {
        assert_eq!(
            slug("Гражданско-патриотическое воспитание"),
            "grazhdansko-patrioticheskoe-vospitanie"
        );
        assert_eq!(slug("«Время действовать!»"), "vremia-deistvovat");
        assert_eq!(slug("Работа с дошкольниками"), "rabota-s-doshkolnikami");
        assert_eq!(slug("Объединение детей"), "obedinenie-detei");
        assert_eq!(slug("Children’s centre"), "childrens-centre");
    }

    #[test]
    fn slugs_stay_inside() {
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("…"), "session");
        assert_eq!(slug("!!! ?"), "session");
        let long = slug(&"очень длинная тема ".repeat(20));
        assert!(long.len() <= MAX_SLUG && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn folder_by_year_and_first_date() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).expect("test input is valid");
        assert_eq!(session_folder(d, "Тема"), "2026/2026-12-03-tema");
    }
}
