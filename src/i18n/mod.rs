//! The words of the documents: language, dates, plurals and quotes, Russian collation, and
//! the declension of names.

pub mod collate;
pub mod dates;
pub mod declension;
pub mod fluent;
pub mod lang;
