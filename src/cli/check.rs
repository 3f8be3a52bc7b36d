//! `cowork check FILE...`: validate session files and report every problem.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::session::file as session_file;
use crate::workspace::Workspace;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Session files to check
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// `workspace`: its `cowork.toml` gives the calendar the session days are checked against;
/// a broken one is not this command's to refuse (the law's calendar serves instead).
pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let calendar = workspace
        .config()
        .map(|c| c.calendar.clone())
        .unwrap_or_default();
    let style = super::stderr_style();
    let mut failed = 0;
    for path in &args.files {
        match session_file::check(path).map(|c| c.with_calendar(&calendar)) {
            Err(failure) => {
                eprintln!("{}\n", failure.render(style));
                failed += 1;
            }
            Ok(checked) => {
                eprint!("{}", checked.render(style));
                let (errors, warnings) = (checked.errors(), checked.warnings());
                let verdict = match (errors, warnings) {
                    (0, 0) => crate::tr!("check-file-ok"),
                    (0, w) => crate::tr!(
                        "check-file-warnings",
                        warnings = crate::tr!("warning-count", count = w)
                    ),
                    (e, 0) => crate::tr!("error-count", count = e),
                    (e, w) => format!(
                        "{}, {}",
                        crate::tr!("error-count", count = e),
                        crate::tr!("warning-count", count = w)
                    ),
                };
                eprintln!(
                    "{}: {verdict}",
                    crate::render::terminal_text::inline(&path.display().to_string())
                );
                if errors > 0 {
                    failed += 1;
                }
            }
        }
    }
    if failed > 0 {
        let total = args.files.len();
        return Err(Error::input(
            if total == 1 {
                crate::tr!("check-summary-one")
            } else {
                crate::tr!("check-summary", failed = failed, total = total)
            },
            None,
        ));
    }
    Ok(())
}
