//! `cowork serve FILE`: the room web app for the day of the session (a thin adapter over `room`).

use std::path::PathBuf;

use crate::error::Result;
use crate::workspace::Workspace;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The session file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Listen on the local network (the venue's Wi-Fi), not only on this computer
    #[arg(long)]
    pub lan: bool,
    /// The port [default: 8765; 0 takes any free one]
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,
    /// Print one JSON line with the addresses and the tokens instead of the text
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    crate::room::serve(&crate::room::Options {
        file: args.file.clone(),
        lan: args.lan,
        port: args.port.unwrap_or(crate::room::DEFAULT_PORT),
        json: args.json,
        templates: workspace.templates()?,
    })
}
