//! `cowork man`: manual pages in roff, generated from the command line definition.

use std::path::PathBuf;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Failure, Result};
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

fn failed(e: std::io::Error) -> Failure {
    Failure::input(format!("cannot write the manual page: {e}"), None)
}

pub fn run(args: &Args) -> Result<()> {
    let command = Cli::command();
    match &args.dir {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut page)
                .map_err(failed)?;
            write::emit(&String::from_utf8_lossy(&page), None, &[])
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(failed)?;
            clap_mangen::generate_to(command, dir).map_err(failed)?;
            eprintln!("Wrote the manual pages to {}", dir.display());
            Ok(())
        }
    }
}
