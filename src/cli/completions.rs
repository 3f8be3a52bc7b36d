//! `cowork completions SHELL`: tab completion scripts generated from the command line definition.

use clap_complete::Shell;

use crate::error::Result;
use crate::write;

#[derive(Debug, clap::Args)]
#[command(after_help = "Install, for example:\n  \
    bash: cowork completions bash > ~/.local/share/bash-completion/completions/cowork\n  \
    zsh:  cowork completions zsh > ~/.zfunc/_cowork   (with fpath+=~/.zfunc in ~/.zshrc)\n  \
    fish: cowork completions fish > ~/.config/fish/completions/cowork.fish")]
pub struct Args {
    /// The shell to complete in
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

pub fn run(args: &Args) -> Result<()> {
    // The descriptions a shell shows beside each option are those of `--help`.
    let mut command = super::help::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "cowork", &mut script);
    write::emit(&String::from_utf8_lossy(&script), None, &[])
}
