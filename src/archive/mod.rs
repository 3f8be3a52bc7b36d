//! The archive: every document of a session rendered into `<archive>/<year>/<first-date>-<slug>/`, an index, and a git commit.

pub mod documents;
pub mod files;
pub mod folders;
pub mod git;
pub mod index;
pub mod messages;
pub mod owner;
pub mod place;
