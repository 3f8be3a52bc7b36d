//! A session file from bytes to a validated schedule: read, load with spans, validate,
//! schedule, and the located diagnostics all of them report.

pub(crate) mod activities;
pub mod diagnostic;
pub mod file;
pub(crate) mod files;
pub(crate) mod habits;
pub mod identity;
pub mod load;
pub mod model;
pub mod roster;
pub mod schedule;
pub mod timezone;
pub(crate) mod toml_read;
pub mod validate;
pub mod zones;
