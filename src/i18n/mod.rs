//! The words of the documents: language, dates, plurals and quotes, Russian collation, the
//! declension of names, and the non-breaking spaces of typography.

pub mod collate;
pub mod dates;
pub mod declension;
pub mod fluent;
pub mod lang;
pub mod latin;
pub mod typography;
pub mod words;
