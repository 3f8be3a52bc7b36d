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

/// `workspace`: its `cowork.toml` gives the calendar the session days are checked against.
/// A broken one is reported first, with its
/// lines, as every other command reports it, and counts as a file with errors; the session
/// files are still checked, against the law's calendar.
pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let style = super::stderr_style();
    let (calendar, config_broken) = match workspace.config() {
        Ok(config) => (config.calendar.clone(), false),
        Err(broken) => {
            eprintln!("{}\n", broken.render(style));
            (crate::calendar::Calendar::default(), true)
        }
    };
    let mut failed = usize::from(config_broken);
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
        let total = args.files.len() + usize::from(config_broken);
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
