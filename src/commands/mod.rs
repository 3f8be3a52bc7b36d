//! One module per subcommand.

pub mod agenda;
pub mod archive;
pub mod attendance;
pub mod check;
pub mod checkin;
pub mod completions;
pub mod feedback;
pub mod groups;
pub mod list;
pub mod man;
pub mod new;
pub mod plan;
pub mod report;
pub mod summary;
pub mod templates;
