//! One module per subcommand.

pub mod agenda;
pub mod check;
pub mod feedback;
pub mod report;
pub mod summary;
