//! Every shipped session file (examples/, sessions/) and the benchmark's city-scale file
//! pass `cowork check`: exit 0 and no errors; the examples, which teach the format, also
//! have no warnings.

#[path = "../../benches/city/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn session_files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        // `cowork.toml` is the workspace settings example, not a session.
        .filter(|p| p.file_name().is_some_and(|n| n != "cowork.toml"))
        .collect();
    files.sort();
    files
}

/// Runs `cowork check FILE`, asserts exit 0 and no error, and returns stderr.
fn check(file: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_cowork"))
        .arg("check")
        .arg(file)
        .env("NO_COLOR", "1")
        .output()
        .expect("cowork runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "{} fails `cowork check`:\n{stderr}",
        file.display()
    );
    assert!(
        !stderr.contains("error"),
        "{} has errors:\n{stderr}",
        file.display()
    );
    stderr
}

#[test]
fn examples_pass_check_without_warnings() {
    let files = session_files("examples");
    assert!(
        files.len() >= 3,
        "examples/ lost its session files: {files:?}"
    );
    for file in files {
        let stderr = check(&file);
        assert!(
            !stderr.contains("предупреждение"),
            "{} has warnings:\n{stderr}",
            file.display()
        );
        assert!(stderr.trim_end().ends_with(": всё в порядке"), "{stderr}");
    }
}

#[test]
fn sessions_pass_check() {
    let files = session_files("sessions");
    assert!(!files.is_empty(), "sessions/ has no session file");
    for file in files {
        check(&file);
    }
}

#[test]
fn examples_render_in_every_format() {
    for file in session_files("examples") {
        for format in ["md", "html", "txt"] {
            let output = Command::new(env!("CARGO_BIN_EXE_cowork"))
                .args(["agenda", "--format", format])
                .arg(&file)
                .output()
                .expect("cowork runs");
            assert!(
                output.status.success() && output.stderr.is_empty(),
                "{} --format {format}: {}",
                file.display(),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(!output.stdout.is_empty());
        }
    }
}

#[test]
fn the_city_scale_file_is_valid() {
    let checked = cowork::session::file::check_text("city.toml", generate::city_session(1))
        .unwrap_or_else(|failure| panic!("the city file does not parse: {failure}"));
    let messages: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert!(messages.is_empty(), "{messages:?}");
    assert_eq!(checked.session.participants.len(), 1000);
    assert_eq!(checked.session.activities.len(), 600);
    assert_eq!(checked.session.feedback.len(), 500);
    assert_eq!(checked.session.attendance.len(), 3);
    assert_eq!(checked.schedule.slots().count(), 600);

    // Twice the size: twice the zones on the same three days.
    let checked = cowork::session::file::check_text("city2.toml", generate::city_session(2))
        .unwrap_or_else(|failure| panic!("the city file does not parse: {failure}"));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    assert_eq!(checked.session.activities.len(), 1200);
    assert_eq!(checked.session.participants.len(), 2000);
    assert_eq!(checked.schedule.zones.len(), 10);
}
