//! The archive: every document of a session rendered into `<archive>/<year>/<first-date>-<slug>/`, an index, and a git commit.

pub(crate) mod commit_message;
pub mod documents;
pub(crate) mod failure;
pub mod files;
pub mod folders;
pub mod git;
pub mod index;
pub mod messages;
pub mod owner;
pub mod place;
pub(crate) mod repository;
pub(crate) mod run;
pub(crate) mod transaction;

pub(crate) use run::{Done, Options, Outcome, Progress, SessionState, run};
