//! `cowork`: plans, sign-in sheets, summaries and reports for methodical coworking sessions.
//!
//! The pipeline is visible in the modules: [`load`] (text → model) → [`validate`] (all
//! diagnostics) → [`schedule`] (times, zones, plenary) → [`view`] (a data model per document)
//! → [`render`] (tera) → [`output`] (stdout or an atomic file write).

pub mod cli;
pub mod commands;
pub mod diagnostic;
pub mod edit;
pub mod error;
pub mod lang;
pub mod load;
pub mod model;
pub mod output;
pub mod people;
pub mod render;
pub mod roster;
pub mod schedule;
pub mod series;
pub mod session_file;
pub mod validate;
pub mod view;
pub mod zones;
