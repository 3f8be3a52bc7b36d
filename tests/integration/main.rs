//! The integration tests, one crate (one binary to link): a module per command or concern,
//! each running the real `cowork` binary on fixture files through the [`common`] harness.
//!
//! A new test file is `tests/integration/<area>.rs` plus its `mod` line here. Snapshots stay
//! in `tests/snapshots/`, named after the file the assertion is in (`agenda__en_html.snap`).

mod common;

mod agenda;
mod anonymize;
mod archive;
mod attendance;
mod calendar;
mod calendars;
mod certificates;
mod check;
mod check_habits;
mod checkin;
mod cli_help;
mod data_safety;
mod docx;
mod edits;
mod error_kinds;
mod examples;
mod feedback;
mod forgiving;
mod format11;
mod groups;
mod interactive;
mod limits;
mod output_formats;
mod output_safety;
mod participants;
mod print;
mod properties;
mod report;
mod room;
mod room_browser;
mod room_pages;
mod russian;
mod scaffold;
mod summary;
mod workspace;
mod xlsx;
