//! One module per subcommand.

pub mod agenda;
pub mod check;
