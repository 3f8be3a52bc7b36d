//! `cowork`: plans, sign-in sheets, summaries and reports for methodical coworking sessions.
//!
//! The pipeline is visible in the modules and flows one way: [`session`] (read → load with
//! spans → validate → schedule) → [`view`] (plain data per document) → [`render`] (tera,
//! tables, JSON, CSV, iCalendar) → [`write`] (stdout or an atomic file; a PDF printed from the
//! HTML by a browser first, in `print`). [`edit`] is the one
//! safe change of a session file, [`archive`] and [`scaffold`] build on the same pieces, and
//! [`cli`] is the thin command-line adapter on top; nothing below it imports it.

pub(crate) mod archive;
pub(crate) mod calendar;
pub mod cli;
pub(crate) mod clock;
pub(crate) mod document;
pub mod edit;
pub mod error;
#[cfg(feature = "fuzzing")]
pub mod fuzz;
pub(crate) mod i18n;
pub(crate) mod io_failure;
pub(crate) mod participant_list;
pub(crate) mod print;
pub mod render;
pub(crate) mod room;
pub(crate) mod scaffold;
pub(crate) mod series;
pub mod session;
pub mod view;
pub(crate) mod workspace;
pub mod write;

/// The whole pipeline on one text, for fuzzing: see [`fuzz::pipeline`].
#[cfg(feature = "fuzzing")]
pub use fuzz::pipeline as fuzz_pipeline;
