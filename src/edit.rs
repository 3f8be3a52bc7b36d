//! In-place edits of a session file: change its toml_edit document, re-check, write atomically.
//!
//! The contract of every command that edits a session file (`feedback`, `checkin`, …):
//!
//! 1. [`SessionEdit::open`] reads the file and refuses one that has errors (its warnings go
//!    to stderr), so a change never lands in a broken file;
//! 2. the caller changes [`SessionEdit::doc`], e.g. with [`SessionEdit::append`];
//! 3. [`SessionEdit::save`] checks the new text with every rule of `cowork check` and only
//!    then writes it through a temporary file and a rename. On any failure the file on disk
//!    stays byte-for-byte as it was.
//!
//! Bytes outside the change are the original ones: toml_edit keeps comments and layout, and
//! the few things it normalises (CRLF line ends, a UTF-8 BOM) are restored here.

use std::path::{Path, PathBuf};

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

use crate::error::{Failure, Result};
use crate::output;
use crate::session_file::{self, Checked, diagnostic_style};

/// A session file opened for editing.
pub struct SessionEdit {
    path: PathBuf,
    /// The text as last read or written (without a BOM).
    original: String,
    bom: bool,
    /// The document to change; everything not touched is written back as it was.
    pub doc: DocumentMut,
}

impl SessionEdit {
    /// Opens a session file for editing. A file with errors is refused with its diagnostics;
    /// warnings are printed to stderr. The checked session comes back for the caller's lookups.
    pub fn open(path: &Path) -> Result<(Self, Checked)> {
        let checked = session_file::load_valid(path)?;
        let original = checked.file.text.clone();
        let doc = original
            .parse::<DocumentMut>()
            .map_err(|e| Failure::input(format!("cannot edit {}: {e}", path.display()), None))?;
        let bom = starts_with_bom(path);
        Ok((
            Self {
                path: path.to_path_buf(),
                original,
                bom,
                doc,
            },
            checked,
        ))
    }

    /// Appends `entry` as a new `[[key]]` table: right after the last existing one, or at the
    /// end of the file when there is none yet.
    pub fn append(&mut self, key: &str, entry: Table) -> Result<()> {
        let last = last_position(self.doc.as_table());
        match self.doc.get_mut(key) {
            Some(Item::ArrayOfTables(tables)) => tables.push(entry),
            None => {
                let mut entry = entry;
                entry.set_position(Some(last.map_or(0, |p| p + 1)));
                let mut tables = ArrayOfTables::new();
                tables.push(entry);
                self.doc.insert(key, Item::ArrayOfTables(tables));
            }
            Some(_) => {
                return Err(Failure::input(
                    format!(
                        "cannot add to `{key}` in {}: it is not written as [[{key}]] tables",
                        self.path.display()
                    ),
                    Some(&format!(
                        "rewrite the entries as [[{key}]] sections, then run the command again"
                    )),
                ));
            }
        }
        Ok(())
    }

    /// The text the file will hold: the document, with the original bytes (and line ends)
    /// everywhere outside the changed region.
    pub fn text(&self) -> String {
        splice(&self.original, &self.doc.to_string())
    }

    /// Checks the changed text with every rule of `cowork check` and writes it atomically.
    /// Nothing is written when the change would make the file invalid.
    pub fn save(&mut self) -> Result<Checked> {
        let text = self.text();
        let shown = self.path.display().to_string();
        let refuse = |diagnostics: String| {
            Failure::Input(format!(
                "{diagnostics}error: the change would make {shown} invalid, so nothing was written"
            ))
        };
        let checked = match session_file::check_text(&shown, text.clone()) {
            Ok(checked) if checked.errors() == 0 => checked,
            Ok(checked) => {
                let errors: Vec<_> = checked
                    .diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .cloned()
                    .collect();
                let rendered: String = errors
                    .iter()
                    .map(|d| {
                        crate::diagnostic::render(d, &checked.file, diagnostic_style()) + "\n\n"
                    })
                    .collect();
                return Err(refuse(rendered));
            }
            Err((file, diag)) => {
                return Err(refuse(
                    crate::diagnostic::render(&diag, &file, diagnostic_style()) + "\n\n",
                ));
            }
        };
        let mut bytes = Vec::with_capacity(text.len() + 3);
        if self.bom {
            bytes.extend_from_slice(BOM);
        }
        bytes.extend_from_slice(text.as_bytes());
        output::write_atomic(&self.path, &bytes)?;
        self.original = text;
        Ok(checked)
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn starts_with_bom(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 3];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == BOM)
}

/// The highest document position of any table, so a new array can go after everything.
fn last_position(table: &Table) -> Option<isize> {
    let mut last = table.position();
    for (_, item) in table.iter() {
        let nested = match item {
            Item::Table(t) => last_position(t),
            Item::ArrayOfTables(tables) => tables.iter().filter_map(last_position).max(),
            _ => None,
        };
        last = last.max(nested);
    }
    last
}

/// `rendered` is the document as toml_edit prints it, with LF line ends. The result keeps the
/// original bytes before and after the region where the two differ, and gives the new region
/// the file's line ends.
fn splice(original: &str, rendered: &str) -> String {
    // toml_edit turns every CRLF into LF; compare against the original seen the same way.
    let mut normalized = String::with_capacity(original.len());
    // Normalized offsets of the LFs that had a CR before them.
    let mut crs: Vec<usize> = Vec::new();
    let mut rest = original;
    while let Some(i) = rest.find("\r\n") {
        normalized.push_str(&rest[..i]);
        crs.push(normalized.len());
        normalized.push('\n');
        rest = &rest[i + 2..];
    }
    normalized.push_str(rest);
    if normalized == rendered {
        return original.to_string();
    }
    let (a, b) = (normalized.as_bytes(), rendered.as_bytes());
    let mut prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while !rendered.is_char_boundary(prefix) || !normalized.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let max_suffix = a.len().min(b.len()) - prefix;
    let mut suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    while !rendered.is_char_boundary(b.len() - suffix)
        || !normalized.is_char_boundary(a.len() - suffix)
    {
        suffix -= 1;
    }
    // A CR belongs with its LF: it goes wherever the LF goes.
    let to_original = |n: usize| n + crs.partition_point(|&lf| lf < n);
    let head = &original[..to_original(prefix)];
    let tail = &original[to_original(a.len() - suffix)..];
    let middle = &rendered[prefix..b.len() - suffix];
    let mut out = String::with_capacity(head.len() + middle.len() * 2 + tail.len());
    out.push_str(head);
    if crs.is_empty() {
        out.push_str(middle);
    } else {
        out.push_str(&middle.replace('\n', "\r\n"));
    }
    out.push_str(tail);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn append_plus(original: &str) -> String {
        let mut doc: DocumentMut = original.parse().unwrap();
        let mut entry = Table::new();
        entry.insert("kind", toml_edit::value("plus"));
        entry.insert("text", toml_edit::value("Новое"));
        match doc.get_mut("feedback") {
            Some(Item::ArrayOfTables(t)) => t.push(entry),
            _ => {
                let mut t = ArrayOfTables::new();
                t.push(entry);
                doc.insert("feedback", Item::ArrayOfTables(t));
            }
        }
        splice(original, &doc.to_string())
    }

    #[test]
    fn crlf_files_keep_their_line_ends() {
        let original = "a = 1\r\n\r\n[[feedback]]\r\nkind = \"minus\" # c\r\ntext = \"x\"\r\n\r\n[report]\r\nsummary = \"s\"\r\n";
        let text = append_plus(original);
        assert_eq!(
            text,
            "a = 1\r\n\r\n[[feedback]]\r\nkind = \"minus\" # c\r\ntext = \"x\"\r\n\r\n[[feedback]]\r\nkind = \"plus\"\r\ntext = \"Новое\"\r\n\r\n[report]\r\nsummary = \"s\"\r\n"
        );
    }

    #[test]
    fn unchanged_text_is_the_original() {
        let original = "a = 1\r\n# комментарий\r\n";
        let doc: DocumentMut = original.parse().unwrap();
        assert_eq!(splice(original, &doc.to_string()), original);
    }

    const SESSION: &str =
        "# план\n[session]\ntitle = \"Т\"  # тема\ngoal = \"Ц\"\ndates = [2026-12-03]\n";

    #[test]
    fn save_writes_only_a_valid_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        std::fs::write(&path, SESSION).unwrap();
        let (mut edit, _) = SessionEdit::open(&path).unwrap();
        let mut bad = Table::new();
        bad.insert("kind", toml_edit::value("plus"));
        bad.insert("text", toml_edit::value("x"));
        bad.insert("votes", toml_edit::value(0));
        edit.append("feedback", bad).unwrap();
        let Err(Failure::Input(message)) = edit.save() else {
            panic!("an invalid change was saved");
        };
        assert!(message.contains("`votes` must be 1 or more"), "{message}");
        assert!(message.contains("nothing was written"), "{message}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), SESSION);

        let (mut edit, _) = SessionEdit::open(&path).unwrap();
        let mut good = Table::new();
        good.insert("kind", toml_edit::value("minus"));
        good.insert("text", toml_edit::value("y"));
        edit.append("feedback", good).unwrap();
        let checked = edit.save().unwrap();
        assert_eq!(checked.session.feedback.len(), 1);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            format!("{SESSION}\n[[feedback]]\nkind = \"minus\"\ntext = \"y\"\n")
        );
    }

    #[test]
    fn a_broken_file_is_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        std::fs::write(&path, "[session]\ntitle = \"Т\"\n").unwrap();
        assert!(SessionEdit::open(&path).is_err());
    }

    #[test]
    fn a_file_without_final_newline() {
        let text = append_plus("[s]\nx = 1");
        assert!(text.starts_with("[s]\nx = 1\n"));
        assert!(text.ends_with("[[feedback]]\nkind = \"plus\"\ntext = \"Новое\"\n"));
    }
}
