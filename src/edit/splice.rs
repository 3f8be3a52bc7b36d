//! Lays an edited text over the original so that every line the edit did not change keeps its
//! exact bytes, line ending included.
//!
//! `toml_edit` keeps comments and layout, but not every byte: in a file with mixed line
//! endings it writes `\n` where the file had `\r\n`. A line diff between the two texts (on the
//! lines without their endings) tells which lines really changed; the unchanged ones are
//! copied from the original, the new ones take the file's usual line ending.

use similar::{Algorithm, DiffOp};

/// The original text with only the changed lines of `edited` put in.
pub fn keep_untouched(original: &str, edited: impl Into<String>) -> String {
    let edited: String = edited.into();
    if let Some(ending) = uniform_ending(original) {
        if ending == "\n" && !edited.contains('\r') {
            // Every line of both ends in `\n` alone (the usual file): the edit is the result
            // as it is, and a city-sized file need not be cut into lines to find that out.
            return edited;
        }
        // Every line of the file ends alike: an unchanged line is then the edited one with
        // that ending, and so is a new one; no diff is needed to tell them apart (a diff of
        // a thousand changed lines, as `groups --write` makes, costs more than the parse).
        let mut out = String::with_capacity(edited.len() + edited.len() / 32);
        for line in edited.split_inclusive('\n') {
            out.push_str(body(line));
            if line.ends_with('\n') {
                out.push_str(ending);
            }
        }
        return out;
    }
    if original == edited {
        return edited;
    }
    let edited = edited.as_str();
    let old: Vec<&str> = original.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let ending = usual_ending(&old);
    let old_keys: Vec<&str> = old.iter().map(|l| body(l)).collect();
    let new_keys: Vec<&str> = new.iter().map(|l| body(l)).collect();
    // A diff that takes too long comes back coarser, never wrong: the worst case is that some
    // unchanged lines are written as `toml_edit` printed them.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    let ops = similar::capture_diff_slices_deadline(
        Algorithm::Myers,
        &old_keys,
        &new_keys,
        Some(deadline),
    );
    let mut lines: Vec<(&str, &str)> = Vec::with_capacity(new.len());
    for op in ops {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                for line in &old[old_index..old_index + len] {
                    lines.push((body(line), &line[body(line).len()..]));
                }
            }
            DiffOp::Delete { .. } => {}
            DiffOp::Insert {
                new_index, new_len, ..
            }
            | DiffOp::Replace {
                new_index, new_len, ..
            } => {
                for line in &new[new_index..new_index + new_len] {
                    let end = if line.ends_with('\n') { ending } else { "" };
                    lines.push((body(line), end));
                }
            }
        }
    }
    let mut out = String::with_capacity(edited.len() + lines.len());
    let last = lines.len().saturating_sub(1);
    for (i, (text, end)) in lines.into_iter().enumerate() {
        out.push_str(text);
        // A line that was the file's last, without a line break, may now have lines after it.
        out.push_str(if end.is_empty() && i < last {
            ending
        } else {
            end
        });
    }
    if !edited.ends_with('\n') {
        // The edit ends the file without a break; so does the result.
        while out.ends_with('\n') {
            out.pop();
            if out.ends_with('\r') {
                out.pop();
            }
        }
    }
    out
}

/// A line without its line ending.
fn body(line: &str) -> &str {
    match line.strip_suffix('\n') {
        Some(l) => l.strip_suffix('\r').unwrap_or(l),
        None => line,
    }
}

/// The line ending of `text` when every line ends alike, the last one included: `\n` or
/// `\r\n` (and no `\r` anywhere else).
pub fn uniform_ending(text: &str) -> Option<&'static str> {
    if !text.ends_with('\n') {
        return None;
    }
    if !text.contains('\r') {
        return Some("\n");
    }
    text.split_inclusive('\n')
        .all(|l| l.strip_suffix("\r\n").is_some_and(|l| !l.contains('\r')))
        .then_some("\r\n")
}

/// `\r\n` when most lines of the file end so, else `\n`.
fn usual_ending(lines: &[&str]) -> &'static str {
    let crlf = lines.iter().filter(|l| l.ends_with("\r\n")).count();
    let lf = lines.iter().filter(|l| l.ends_with('\n')).count() - crlf;
    if crlf > lf { "\r\n" } else { "\n" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_whose_lines_all_end_alike_have_one_ending() {
        assert_eq!(uniform_ending("a\nb\n"), Some("\n"));
        assert_eq!(uniform_ending("a\r\nb\r\n"), Some("\r\n"));
        assert_eq!(uniform_ending("a\r\nb\n"), None);
        assert_eq!(uniform_ending("a\nb"), None);
        assert_eq!(uniform_ending("a\r\rb\n\n"), None);
    }

    #[test]
    fn untouched_lines_keep_their_line_endings() {
        let original = "a = 1\r\nb = 2\nc = 3\r\n";
        let edited = "a = 1\nb = 2\nx = 9\nc = 3\n";
        assert_eq!(
            keep_untouched(original, edited),
            "a = 1\r\nb = 2\nx = 9\r\nc = 3\r\n"
        );
    }

    #[test]
    fn a_changed_line_takes_the_usual_ending() {
        assert_eq!(
            keep_untouched("a = 1\nb = 2\n", "a = 1\nb = 3\n"),
            "a = 1\nb = 3\n"
        );
        assert_eq!(
            keep_untouched("a = 1\r\nb = 2\r\n", "a = 1\nb = 3\n"),
            "a = 1\r\nb = 3\r\n"
        );
    }

    #[test]
    fn a_last_line_without_a_break_gets_one_when_lines_follow() {
        assert_eq!(
            keep_untouched("a = 1\r\nb = 2", "a = 1\nb = 2\n\n[[f]]\nx = 1\n"),
            "a = 1\r\nb = 2\r\n\r\n[[f]]\r\nx = 1\r\n"
        );
    }

    #[test]
    fn a_file_whose_lines_all_end_alike_takes_the_edit_with_that_ending() {
        let original = "[[p]]\r\nname = \"a\"\r\ngroup = 1\r\n\r\n[[p]]\r\nname = \"b\"\r\n";
        let edited = "[[p]]\nname = \"a\"\ngroup = 2\n\n[[p]]\nname = \"b\"\r\ngroup = 1\n";
        assert_eq!(
            keep_untouched(original, edited),
            "[[p]]\r\nname = \"a\"\r\ngroup = 2\r\n\r\n[[p]]\r\nname = \"b\"\r\ngroup = 1\r\n"
        );
        let lf = original.replace("\r\n", "\n");
        assert_eq!(keep_untouched(&lf, edited), edited.replace("\r\n", "\n"));
        assert_eq!(keep_untouched(&lf, "[[p]]\nx = 1"), "[[p]]\nx = 1");
    }

    #[test]
    fn removed_lines_go_and_nothing_else_moves() {
        assert_eq!(keep_untouched("a\r\nb\nc\r\n", "a\nc\n"), "a\r\nc\r\n");
    }
}
