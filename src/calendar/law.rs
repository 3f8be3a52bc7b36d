//! The public holidays of Трудовой кодекс РФ, ст. 112, and its rule for one falling on a weekend.

use chrono::{Datelike, NaiveDate, Weekday};

/// A non-working public holiday (нерабочий праздничный день) of article 112.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// 1–6 and 8 January: новогодние каникулы.
    NewYear,
    /// 7 January: Рождество Христово.
    Christmas,
    /// 23 February.
    Defender,
    /// 8 March.
    Women,
    /// 1 May.
    Spring,
    /// 9 May.
    Victory,
    /// 12 June.
    Russia,
    /// 4 November.
    Unity,
}

impl Holiday {
    /// The holiday's name in the interface language: «День народного единства».
    pub fn name(self) -> String {
        match self {
            Self::NewYear => crate::tr!("calendar-holiday-new-year"),
            Self::Christmas => crate::tr!("calendar-holiday-christmas"),
            Self::Defender => crate::tr!("calendar-holiday-defender"),
            Self::Women => crate::tr!("calendar-holiday-women"),
            Self::Spring => crate::tr!("calendar-holiday-spring"),
            Self::Victory => crate::tr!("calendar-holiday-victory"),
            Self::Russia => crate::tr!("calendar-holiday-russia"),
            Self::Unity => crate::tr!("calendar-holiday-unity"),
        }
    }
}

/// The holidays whose weekend moves to the next working day by the law itself (all but
/// the January ones, whose two weekend days the Government moves by its decree).
pub(super) const MOVABLE: [(u32, u32, Holiday); 6] = [
    (2, 23, Holiday::Defender),
    (3, 8, Holiday::Women),
    (5, 1, Holiday::Spring),
    (5, 9, Holiday::Victory),
    (6, 12, Holiday::Russia),
    (11, 4, Holiday::Unity),
];

/// The public holiday `date` is, if any.
pub fn holiday(date: NaiveDate) -> Option<Holiday> {
    match (date.month(), date.day()) {
        (1, 7) => Some(Holiday::Christmas),
        (1, 1..=8) => Some(Holiday::NewYear),
        (m, d) => MOVABLE
            .iter()
            .find(|(hm, hd, _)| *hm == m && *hd == d)
            .map(|(_, _, h)| *h),
    }
}

/// Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The holidays of `year` that fall on a Saturday or a Sunday and whose day off the law
/// moves (ч. 2 ст. 112), in date order.
pub fn on_weekends(year: i32) -> impl Iterator<Item = NaiveDate> {
    MOVABLE
        .iter()
        .filter_map(move |(m, d, _)| NaiveDate::from_ymd_opt(year, *m, *d))
        .filter(|d| is_weekend(*d))
}
