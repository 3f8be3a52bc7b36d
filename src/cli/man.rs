//! `cowork man`: manual pages in roff, generated from the command line definition.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::write;

#[derive(Debug, clap::Args)]
#[command(after_help = "Read it now: cowork man | man -l -\n\
    Install: cowork man --dir ~/.local/share/man/man1")]
pub struct Args {
    /// Write cowork.1 and a page per subcommand (cowork-new.1, …) into DIR instead of
    /// printing cowork.1
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

fn failed(e: std::io::Error) -> Error {
    Error::input(crate::tr!("cli-man-failed", reason = e.to_string()), None)
}

pub fn run(args: &Args) -> Result<()> {
    // The pages say what `--help` says, in the same language.
    let command = super::help::command();
    match &args.dir {
        None => {
            let page = super::help::man_page(command).map_err(failed)?;
            write::emit(&page, None, &[])
        }
        Some(dir) => {
            let files: Vec<write::Planned> = super::help::man_pages(&command)
                .map_err(failed)?
                .into_iter()
                .map(|(name, page)| write::Planned {
                    path: dir.join(name),
                    content: page.into_bytes(),
                    replace: true,
                })
                .collect();
            write::write_all(&files)?;
            eprintln!(
                "{}",
                crate::tr!("cli-man-written", dir = dir.display().to_string())
            );
            Ok(())
        }
    }
}
