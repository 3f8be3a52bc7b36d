//! One module per subcommand.

pub mod agenda;
pub mod archive;
pub mod check;
