//! Every kind of error, matched on the enum (not on its text), from the library calls that
//! produce it.

use crate::common;

use std::path::Path;

use cowork::error::Error;
use cowork::session::file as session_file;

fn session(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("s.toml");
    std::fs::write(&path, common::fixture_text("commented.toml")).expect("write");
    path
}

fn no_change(
    _: &cowork::session::model::Session,
    _: &mut toml_edit::DocumentMut,
) -> cowork::error::Result<()> {
    Ok(())
}

#[test]
fn a_read_only_session_is_read_only() {
    let dir = tempfile::tempdir().expect("dir");
    let path = session(dir.path());
    let mut perms = std::fs::metadata(&path).expect("meta").permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).expect("chmod");
    let err = cowork::edit::edit_session(&path, no_change).expect_err("read-only");
    assert!(matches!(err, Error::ReadOnly { .. }), "{err:?}");
    assert_eq!(err.exit_code(), 1);
}

#[cfg(unix)]
#[test]
fn a_hard_linked_session_is_hard_links() {
    let dir = tempfile::tempdir().expect("dir");
    let path = session(dir.path());
    std::fs::hard_link(&path, dir.path().join("b.toml")).expect("link");
    let err = cowork::edit::edit_session(&path, no_change).expect_err("hard links");
    assert!(matches!(err, Error::HardLinks { names: 2, .. }), "{err:?}");
}

#[test]
fn a_held_lock_is_locked() {
    let dir = tempfile::tempdir().expect("dir");
    let path = session(dir.path());
    let lock = std::fs::File::create(dir.path().join(".s.toml.cowork-lock")).expect("lock");
    lock.lock().expect("take it");
    let err =
        cowork::edit::acquire_within(&path, &path, std::time::Duration::ZERO).expect_err("locked");
    assert!(matches!(err, Error::Locked { .. }), "{err:?}");
}

#[test]
fn output_onto_the_input_is_output_is_input() {
    let dir = tempfile::tempdir().expect("dir");
    // Not a .toml name: that alone is refused before the comparison.
    let path = dir.path().join("session.txt");
    std::fs::write(&path, common::fixture_text("commented.toml")).expect("write");
    let err = cowork::write::emit("x", Some(&path), &[&path]).expect_err("onto input");
    assert!(matches!(err, Error::OutputIsInput { .. }), "{err:?}");
}

#[test]
fn a_missing_folder_is_an_io_error_with_its_kind() {
    let dir = tempfile::tempdir().expect("dir");
    let err = cowork::write::write_atomic(&dir.path().join("no/such/plan.md"), b"x")
        .expect_err("no folder");
    match err {
        Error::Io { source, .. } => assert_eq!(source.kind(), std::io::ErrorKind::NotFound),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_syntax_error_and_an_invalid_session_are_diagnostics() {
    let err = session_file::check_text("s.toml", "[session\n".into()).expect_err("syntax");
    assert!(
        matches!(err, Error::Diagnostics(ref d) if d.diagnostics.len() == 1),
        "{err:?}"
    );
    let checked =
        session_file::check_text("s.toml", "[session]\ntitle = \"T\"\n".into()).expect("parses");
    let err = session_file::refuse_errors(&checked, Path::new("s.toml")).expect_err("invalid");
    match err {
        Error::Diagnostics(d) => {
            assert!(d.diagnostics.iter().any(|d| d.is_error()));
            assert!(
                d.closing
                    .as_deref()
                    .is_some_and(|c| c.contains("исправьте"))
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn usage_is_exit_2_and_other_failures_exit_1() {
    assert_eq!(Error::usage("--day 9").exit_code(), 2);
    assert_eq!(Error::input("no such activity", None).exit_code(), 1);
    assert!(matches!(Error::input("x", Some("y")), Error::Failed { .. }));
}
