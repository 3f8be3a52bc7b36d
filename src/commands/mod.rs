//! One module per subcommand.

pub mod agenda;
pub mod archive;
pub mod attendance;
pub mod check;
pub mod checkin;
pub mod groups;
