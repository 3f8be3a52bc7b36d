//! `cowork`: plans, sign-in sheets, summaries and reports for methodical coworking sessions.
//!
//! The pipeline is visible in the modules: [`load`] (text → model) → [`validate`] (all
//! diagnostics) → [`schedule`] (times, zones, plenary) → [`view`] (a data model per document)
//! → [`render`] (tera) → [`output`] (stdout or an atomic file write).

pub mod archive;
pub mod calendar;
pub mod cli;
pub mod collate;
pub mod commands;
pub mod config;
pub mod dates;
pub mod declension;
pub mod diagnostic;
pub mod edit;
pub mod error;
pub mod fuzz;
pub mod grouping;
pub mod ics;
pub mod io_failure;
pub mod lang;
pub mod load;
pub mod model;
pub mod output;
pub mod people;
pub mod render;
pub mod roster;
pub mod scaffold;
pub mod schedule;
pub mod scrub;
pub mod series;
pub mod session_file;
pub mod terminal_text;
pub mod ui;
pub mod validate;
pub mod view;
pub mod zones;

/// The whole pipeline on one text, for fuzzing: see [`fuzz::pipeline`].
pub use fuzz::pipeline as fuzz_pipeline;
