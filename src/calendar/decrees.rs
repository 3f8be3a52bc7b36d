//! The Government's decrees moving days off, year by year: `data/production-calendar.toml`, embedded.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

/// One year's decree: which days off it moves where.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Decree {
    pub year: i32,
    /// The decree cited: «Постановление Правительства РФ от 24.09.2025 № 1466 …».
    pub decree: String,
    pub moves: Vec<Move>,
}

/// A day off moved «с субботы 3 января на пятницу 9 января».
#[derive(Debug, Clone, Copy, serde::Deserialize)]
pub struct Move {
    #[serde(deserialize_with = "date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "date")]
    pub to: NaiveDate,
}

#[derive(serde::Deserialize)]
struct File {
    year: Vec<Decree>,
}

/// The data file, as shipped.
const DATA: &str = include_str!("../../data/production-calendar.toml");

/// Every decree of the data file; a unit test proves the shipped file reads whole.
static DECREES: LazyLock<Vec<Decree>> = LazyLock::new(|| parse(DATA).unwrap_or_default());

fn parse(text: &str) -> Result<Vec<Decree>, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    for decree in &file.year {
        if let Some(m) = decree
            .moves
            .iter()
            .find(|m| m.from.year() != decree.year || m.to.year() != decree.year)
        {
            return Err(format!("{}: a move outside the year: {m:?}", decree.year));
        }
    }
    Ok(file.year)
}

/// The decree of `year`, if one is shipped.
pub fn of_year(year: i32) -> Option<&'static Decree> {
    DECREES.iter().find(|d| d.year == year)
}

/// The years with a decree shipped.
#[cfg(test)]
pub fn years() -> Vec<i32> {
    DECREES.iter().map(|d| d.year).collect()
}

fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let value: toml::value::Datetime = serde::Deserialize::deserialize(deserializer)?;
    match (value.date, value.time, value.offset) {
        (Some(d), None, None) => {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                .ok_or_else(|| serde::de::Error::custom("no such date"))
        }
        _ => Err(serde::de::Error::custom(
            "a date without a time is expected",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_data_reads_whole() {
        let decrees = parse(DATA).expect("the shipped calendar data reads");
        assert_eq!(decrees.len(), DECREES.len());
        assert!(years().starts_with(&[2024, 2025, 2026]), "{:?}", years());
        for d in &decrees {
            assert!(d.decree.starts_with("Постановление Правительства РФ от "));
            assert!(
                d.decree.contains(&format!("в {} году", d.year)),
                "{}",
                d.decree
            );
        }
    }

    #[test]
    fn a_move_outside_its_year_is_refused() {
        let text = "[[year]]\nyear = 2026\ndecree = \"x\"\nmoves = [{ from = 2026-01-03, to = 2027-01-09 }]\n";
        assert!(parse(text).is_err());
    }
}
