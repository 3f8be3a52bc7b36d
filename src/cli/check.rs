//! `cowork check FILE...`: validate session files and report every problem.

use std::path::PathBuf;

use crate::error::{Failure, Result};
use crate::session::file::{self as session_file, plural};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Session files to check
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

pub fn run(args: &Args) -> Result<()> {
    let style = super::stderr_style();
    let mut failed = 0;
    for path in &args.files {
        match session_file::check(path) {
            Err(failure) => {
                eprintln!("{}\n", failure.render(style));
                failed += 1;
            }
            Ok(checked) => {
                eprint!("{}", checked.render(style));
                let (errors, warnings) = (checked.errors(), checked.warnings());
                let verdict = match (errors, warnings) {
                    (0, 0) => "ok".to_string(),
                    (0, w) => format!("ok, {}", plural(w, "warning", "warnings")),
                    (e, 0) => plural(e, "error", "errors"),
                    (e, w) => format!(
                        "{}, {}",
                        plural(e, "error", "errors"),
                        plural(w, "warning", "warnings")
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
        return Err(Failure::input(
            if total == 1 {
                "the session file has problems (see above)".to_string()
            } else {
                format!("{failed} of {total} files have problems (see above)")
            },
            None,
        ));
    }
    Ok(())
}
