//! Which folder each session of a run gets: the one it owns already (moved when its theme or
//! date changed), else a free one — another session's folder is never taken.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;

use crate::archive::documents::SESSION_COPY;
use crate::archive::owner::{self, OWNER_FILE};
use crate::session::file as session_file;

/// Who a folder already in the archive belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// The session named in its `.session` file.
    Session(String),
    /// Archived before folders named their session: known only by the copy's theme and date.
    Legacy {
        title: String,
        first: Option<NaiveDate>,
    },
    /// Not a folder cowork can tell the owner of: never written into.
    Unknown,
}

/// A session of this run: who it is and the folder its theme and date ask for.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub identity: String,
    /// `2026/2026-12-03-slug`.
    pub base: String,
    pub title: String,
    pub first: NaiveDate,
}

/// Where a session goes, and the folder it leaves when its theme or date changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub folder: String,
    pub moved_from: Option<String>,
}

/// A theme with its runs of white space made single spaces, as the index shows it.
pub fn normal_title(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn visible_dirs(dir: &Path) -> Vec<String> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut dirs: Vec<String> = read
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|name| !name.starts_with('.'))
        .collect();
    dirs.sort();
    dirs
}

/// Every `<year>/<folder>` in the archive, with its owner.
pub fn scan(archive: &Path) -> BTreeMap<String, Owner> {
    let mut out = BTreeMap::new();
    for year in visible_dirs(archive) {
        let year_path = archive.join(&year);
        for name in visible_dirs(&year_path) {
            let path = year_path.join(&name);
            let owner = match crate::session::file::read_limited(&path.join(OWNER_FILE)) {
                Ok(Ok(bytes)) => owner::parse(&bytes).map_or(Owner::Unknown, Owner::Session),
                Ok(Err(_)) => Owner::Unknown,
                Err(_) => legacy(&path.join(SESSION_COPY)),
            };
            out.insert(format!("{year}/{name}"), owner);
        }
    }
    out
}

/// A folder without `.session`: its session copy's theme and first date, if it has one.
fn legacy(copy: &Path) -> Owner {
    if !copy.is_file() {
        return Owner::Unknown;
    }
    let checked = session_file::read_text(copy)
        .ok()
        .and_then(|text| session_file::check_text(&copy.display().to_string(), text).ok());
    match checked {
        Some(c) => Owner::Legacy {
            title: normal_title(c.session.info.title()),
            first: c.session.info.dates.first().map(|d| d.value),
        },
        None => Owner::Unknown,
    }
}

/// `folder` is `base` or `base-N` (N ≥ 2): a name [`place`](crate::archive::place) would give
/// a session with this theme and date.
fn fits(folder: &str, base: &str) -> bool {
    folder == base
        || folder
            .strip_prefix(base)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|n| !n.starts_with('0') && n.parse::<u32>().is_ok_and(|n| n >= 2))
}

/// A folder for each session of `wanted`, in order. Owned folders are kept (or moved when the
/// theme or date changed); an unowned one is adopted when it was archived before folders
/// named their session and its copy has the same theme and date, or when the session that
/// owned it no longer exists (`exists` says) — its file was renamed; otherwise the first of
/// `base`, `base-2`, `base-3`… that no folder holds.
pub fn assign(
    existing: &BTreeMap<String, Owner>,
    wanted: &[Wanted],
    exists: impl Fn(&str) -> bool,
) -> Vec<Placement> {
    // File systems on Windows and macOS ignore case: `Igry` is taken when `igry` is.
    let mut taken: HashSet<String> = existing.keys().map(|f| f.to_lowercase()).collect();
    let mut owned: HashMap<&str, &str> = HashMap::new();
    for (folder, owner) in existing {
        if let Owner::Session(id) = owner {
            owned.entry(id.as_str()).or_insert(folder.as_str());
        }
    }
    let mut claimed: HashSet<String> = HashSet::new();
    let mut out: Vec<Option<Placement>> = vec![None; wanted.len()];
    let mut moving: Vec<(usize, String)> = Vec::new();

    // First what each session owns, so nobody else can take it.
    for (i, w) in wanted.iter().enumerate() {
        if let Some(&folder) = owned.get(w.identity.as_str()) {
            claimed.insert(folder.to_string());
            if fits(folder, &w.base) {
                out[i] = Some(Placement {
                    folder: folder.to_string(),
                    moved_from: None,
                });
            } else {
                moving.push((i, folder.to_string()));
            }
        }
    }
    let moving_from: HashMap<usize, String> = moving.into_iter().collect();
    let in_run: HashSet<&str> = wanted.iter().map(|w| w.identity.as_str()).collect();
    // Then the folders without a living owner that are this session's by theme and date.
    for (i, w) in wanted.iter().enumerate() {
        if out[i].is_some() || moving_from.contains_key(&i) || claimed.contains(&w.base) {
            continue;
        }
        let adoptable = match existing.get(&w.base) {
            Some(Owner::Legacy { title, first }) => {
                *title == normal_title(&w.title) && *first == Some(w.first)
            }
            Some(Owner::Session(id)) => !exists(id) && !in_run.contains(id.as_str()),
            _ => false,
        };
        if adoptable {
            claimed.insert(w.base.clone());
            out[i] = Some(Placement {
                folder: w.base.clone(),
                moved_from: None,
            });
        }
    }
    // Last, a free folder for each new session and each one that moves.
    let free = |base: &str, taken: &mut HashSet<String>| {
        let mut n = 1;
        loop {
            let candidate = if n == 1 {
                base.to_string()
            } else {
                format!("{base}-{n}")
            };
            if taken.insert(candidate.to_lowercase()) {
                return candidate;
            }
            n += 1;
        }
    };
    for (i, w) in wanted.iter().enumerate() {
        if out[i].is_none() {
            out[i] = Some(Placement {
                folder: free(&w.base, &mut taken),
                moved_from: moving_from.get(&i).cloned(),
            });
        }
    }
    out.into_iter()
        .map(|p| p.expect("every session was given a folder in the last pass"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn want(identity: &str, base: &str, title: &str) -> Wanted {
        Wanted {
            identity: identity.to_string(),
            base: base.to_string(),
            title: title.to_string(),
            first: NaiveDate::from_ymd_opt(2026, 12, 3).expect("a valid date"),
        }
    }

    fn folders(placements: &[Placement]) -> Vec<(&str, Option<&str>)> {
        placements
            .iter()
            .map(|p| (p.folder.as_str(), p.moved_from.as_deref()))
            .collect()
    }

    #[test]
    fn a_taken_folder_gets_a_suffix() {
        let existing = BTreeMap::from([(
            "2026/a".to_string(),
            Owner::Session("s/one.toml".to_string()),
        )]);
        let wanted = [
            want("s/two.toml", "2026/a", "Игры!"),
            want("s/one.toml", "2026/a", "Игры"),
        ];
        assert_eq!(
            folders(&assign(&existing, &wanted, |_| true)),
            [("2026/a-2", None), ("2026/a", None)]
        );
    }

    #[test]
    fn a_renamed_theme_moves_and_suffixed_folders_stay() {
        let existing = BTreeMap::from([
            (
                "2026/a".to_string(),
                Owner::Session("s/one.toml".to_string()),
            ),
            (
                "2026/a-2".to_string(),
                Owner::Session("s/two.toml".to_string()),
            ),
        ]);
        let wanted = [
            want("s/one.toml", "2026/b", "Б"),
            want("s/two.toml", "2026/a", "А"),
        ];
        assert_eq!(
            folders(&assign(&existing, &wanted, |_| true)),
            [("2026/b", Some("2026/a")), ("2026/a-2", None)]
        );
    }

    #[test]
    fn legacy_and_orphaned_folders_are_adopted_only_when_they_fit() {
        let legacy = Owner::Legacy {
            title: "Игры".to_string(),
            first: NaiveDate::from_ymd_opt(2026, 12, 3),
        };
        let existing = BTreeMap::from([
            ("2026/a".to_string(), legacy),
            (
                "2026/b".to_string(),
                Owner::Session("s/gone.toml".to_string()),
            ),
            ("2026/c".to_string(), Owner::Unknown),
        ]);
        let wanted = [
            want("s/x.toml", "2026/a", "Игры!"),
            want("s/y.toml", "2026/a", "Игры"),
            want("s/z.toml", "2026/b", "Б"),
            want("s/w.toml", "2026/c", "В"),
        ];
        let exists = |id: &str| id != "s/gone.toml";
        assert_eq!(
            folders(&assign(&existing, &wanted, exists)),
            [
                ("2026/a-2", None),
                ("2026/a", None),
                ("2026/b", None),
                ("2026/c-2", None)
            ]
        );
    }

    #[test]
    fn suffixes_are_recognised() {
        assert!(fits("2026/a", "2026/a"));
        assert!(fits("2026/a-2", "2026/a"));
        assert!(fits("2026/a-13", "2026/a"));
        assert!(!fits("2026/a-1", "2026/a"));
        assert!(!fits("2026/a-02", "2026/a"));
        assert!(!fits("2026/a-b", "2026/a"));
        assert!(!fits("2026/ab", "2026/a"));
    }
}
