//! The archive's README.md: an index of every archived session, built from the session copies
//! in the archive's folders, in folder order (which is date order).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::archive::documents::{SESSION_COPY, known_names, names_for};
use crate::error::Result;
use crate::i18n::lang;
use crate::render::Renderer;
use crate::session::file as session_file;
use crate::session::model::Language;
use crate::view::labels::{LabelTable, labels_with};

/// The index's file name inside the archive folder.
pub const INDEX: &str = "README.md";

pub(crate) const OWN_LABELS: &LabelTable = &[
    ("archive_title", "doc-archive-archive_title"),
    ("archive_note", "doc-archive-archive_note"),
    ("archive_total", "doc-archive-archive_total"),
    ("documents", "doc-archive-documents"),
];

/// One archived session as the index lists it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// `2026/2026-12-03-slug`, relative to the archive folder.
    pub folder: String,
    pub title_quoted: String,
    pub dates_text: String,
    pub language: Language,
    /// The documents present in the folder, in link order.
    pub files: Vec<&'static str>,
}

impl Entry {
    /// The entry of a session archived in this run (its files are about to exist).
    pub fn of(folder: &str, checked: &session_file::Checked) -> Self {
        let info = &checked.session.info;
        let dates: Vec<chrono::NaiveDate> = info.dates.iter().map(|d| d.value).collect();
        Self {
            folder: folder.to_string(),
            title_quoted: lang::quote(info.language, info.title()),
            dates_text: lang::dates(info.language, &dates),
            language: info.language,
            files: names_for(&checked.session).collect(),
        }
    }
}

fn visible_dirs(dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut dirs: Vec<(String, std::path::PathBuf)> = read
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| Some((e.file_name().to_str()?.to_string(), e.path())))
        .filter(|(name, _)| !name.starts_with('.'))
        .collect();
    dirs.sort();
    dirs
}

/// Every session folder already in the archive (`<year>/<folder>/session.toml`), keyed by
/// folder. A copy that no longer reads is listed under its folder name, and returned
/// among the copies to warn about.
pub fn scan(archive: &Path) -> (BTreeMap<String, Entry>, Vec<std::path::PathBuf>) {
    let mut entries = BTreeMap::new();
    let mut unreadable = Vec::new();
    for (year, year_path) in visible_dirs(archive) {
        for (name, path) in visible_dirs(&year_path) {
            let copy = path.join(SESSION_COPY);
            if !copy.is_file() {
                continue;
            }
            let folder = format!("{year}/{name}");
            let files = known_names().filter(|f| path.join(f).is_file()).collect();
            let checked = session_file::read_text(&copy)
                .ok()
                .and_then(|text| session_file::check_text(&copy.display().to_string(), text).ok());
            let entry = match checked {
                Some(checked) => Entry {
                    files,
                    ..Entry::of(&folder, &checked)
                },
                None => {
                    unreadable.push(copy.clone());
                    Entry {
                        folder: folder.clone(),
                        title_quoted: name.clone(),
                        dates_text: "—".to_string(),
                        language: Language::Ru,
                        files,
                    }
                }
            };
            entries.insert(folder, entry);
        }
    }
    (entries, unreadable)
}

#[derive(Serialize)]
struct IndexView {
    labels: BTreeMap<&'static str, &'static str>,
    total: usize,
    years: Vec<YearView>,
}

#[derive(Serialize)]
struct YearView {
    year: String,
    sessions: Vec<SessionRow>,
}

#[derive(Serialize)]
struct SessionRow {
    folder: String,
    title_quoted: String,
    dates_text: String,
    documents: Vec<DocumentGroup>,
}

/// The formats of one document: «План проведения: md, html».
#[derive(Serialize)]
struct DocumentGroup {
    label: String,
    links: Vec<Link>,
}

#[derive(Serialize)]
struct Link {
    text: String,
    href: String,
}

/// A relative link target: anything but unreserved characters and `/` percent-encoded.
fn href(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Renders the index of `entries` (folder → entry): in Russian unless every session is English.
pub fn render(entries: &BTreeMap<String, Entry>, renderer: &Renderer) -> Result<Vec<u8>> {
    let language = if !entries.is_empty() && entries.values().all(|e| e.language == Language::En) {
        Language::En
    } else {
        Language::Ru
    };
    let labels = labels_with(language, OWN_LABELS);
    let mut years: Vec<YearView> = Vec::new();
    for entry in entries.values() {
        let year = entry
            .folder
            .split_once('/')
            .map_or(entry.folder.as_str(), |(y, _)| y);
        // The formats of each document the folder holds, under the document's label.
        let mut documents: Vec<DocumentGroup> = Vec::new();
        for document in crate::document::DOCUMENTS {
            let links: Vec<Link> = document
                .archived()
                .filter(|file| entry.files.contains(file))
                .map(|file| Link {
                    text: file
                        .rsplit_once('.')
                        .map_or(file, |(_, ext)| ext)
                        .to_string(),
                    href: href(&format!("{}/{file}", entry.folder)),
                })
                .collect();
            if let (false, Some(label)) = (links.is_empty(), document.index_label(language)) {
                documents.push(DocumentGroup {
                    label: label.to_string(),
                    links,
                });
            }
        }
        let row = SessionRow {
            folder: entry.folder.clone(),
            title_quoted: entry.title_quoted.clone(),
            dates_text: entry.dates_text.clone(),
            documents,
        };
        match years.last_mut() {
            Some(y) if y.year == year => y.sessions.push(row),
            _ => years.push(YearView {
                year: year.to_string(),
                sessions: vec![row],
            }),
        }
    }
    let view = IndexView {
        labels,
        total: entries.len(),
        years,
    };
    Ok(renderer.render("archive-index.md", &view)?.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::href;

    #[test]
    fn links_are_encoded() {
        assert_eq!(href("2026/a b(1)/x.md"), "2026/a%20b%281%29/x.md");
        assert_eq!(
            href("2026/2026-12-03-tema/agenda.md"),
            "2026/2026-12-03-tema/agenda.md"
        );
    }
}
