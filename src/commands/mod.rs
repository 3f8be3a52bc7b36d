//! One module per subcommand.

pub mod agenda;
pub mod check;
pub mod completions;
pub mod list;
pub mod man;
pub mod new;
pub mod plan;
pub mod templates;
