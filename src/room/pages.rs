//! The views of the room's HTML pages (participants, door, board, a refusal): plain data
//! built from the session as read, with the fixed words in the session's language.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::collate::fold;
use crate::session::activities::Titles;
use crate::session::file::Checked;
use crate::session::model::{Language, Session};
use crate::session::roster::Roster;

use super::state::{self, Point, Totals};

/// The template of each page (built in, or the user's file of the same name).
pub const PARTICIPANTS: &str = "room-participants.html";
pub const DOOR: &str = "room-door.html";
pub const BOARD: &str = "room-board.html";
pub const REFUSAL: &str = "room-error.html";
pub const SCRIPT: &str = "room.js";

/// The kinds of points, in column order, as the API and the forms name them.
pub const KINDS: [&str; 3] = ["plus", "minus", "interesting"];

/// The fixed words of the pages, by the key templates use (`words.add_point`).
pub type Words = BTreeMap<&'static str, String>;

/// Every fixed word of the room's pages in `language`.
pub fn words(language: Language) -> Words {
    let l = language;
    BTreeMap::from([
        (
            "participants_title",
            crate::tr_in!(l, "room-page-participants-title"),
        ),
        ("door_title", crate::tr_in!(l, "room-page-door-title")),
        ("board_title", crate::tr_in!(l, "room-page-board-title")),
        ("error_title", crate::tr_in!(l, "room-page-error-title")),
        ("add_point", crate::tr_in!(l, "room-page-add-point")),
        ("kind", crate::tr_in!(l, "room-page-kind")),
        ("plus", crate::tr_in!(l, "room-page-plus")),
        ("minus", crate::tr_in!(l, "room-page-minus")),
        ("interesting", crate::tr_in!(l, "room-page-interesting")),
        ("pluses", crate::tr_in!(l, "room-page-pluses")),
        ("minuses", crate::tr_in!(l, "room-page-minuses")),
        ("interestings", crate::tr_in!(l, "room-page-interestings")),
        ("text", crate::tr_in!(l, "room-page-text")),
        ("activity", crate::tr_in!(l, "room-page-activity")),
        ("no_activity", crate::tr_in!(l, "room-page-no-activity")),
        ("send", crate::tr_in!(l, "room-page-send")),
        ("points", crate::tr_in!(l, "room-page-points")),
        ("no_points", crate::tr_in!(l, "room-page-no-points")),
        ("vote", crate::tr_in!(l, "room-page-vote")),
        ("votes", crate::tr_in!(l, "room-page-votes")),
        ("voted", crate::tr_in!(l, "room-page-voted")),
        ("day", crate::tr_in!(l, "room-page-day")),
        ("show", crate::tr_in!(l, "room-page-show")),
        ("search", crate::tr_in!(l, "room-page-search")),
        ("search_hint", crate::tr_in!(l, "room-page-search-hint")),
        ("find", crate::tr_in!(l, "room-page-find")),
        ("nobody_found", crate::tr_in!(l, "room-page-nobody-found")),
        ("present", crate::tr_in!(l, "room-page-present")),
        ("excused", crate::tr_in!(l, "room-page-excused")),
        ("absent", crate::tr_in!(l, "room-page-absent")),
        ("mark_present", crate::tr_in!(l, "room-page-mark-present")),
        ("mark_excused", crate::tr_in!(l, "room-page-mark-excused")),
        ("mark_absent", crate::tr_in!(l, "room-page-mark-absent")),
        ("walk_in", crate::tr_in!(l, "room-page-walk-in")),
        ("name", crate::tr_in!(l, "room-page-name")),
        ("position", crate::tr_in!(l, "room-page-position")),
        ("organization", crate::tr_in!(l, "room-page-organization")),
        ("register", crate::tr_in!(l, "room-page-register")),
        ("totals", crate::tr_in!(l, "room-page-totals")),
        ("total_present", crate::tr_in!(l, "room-page-total-present")),
        ("total_excused", crate::tr_in!(l, "room-page-total-excused")),
        ("total_guests", crate::tr_in!(l, "room-page-total-guests")),
        (
            "total_registered",
            crate::tr_in!(l, "room-page-total-registered"),
        ),
        ("join", crate::tr_in!(l, "room-page-join")),
        ("present_now", crate::tr_in!(l, "room-page-present-now")),
        ("back", crate::tr_in!(l, "room-page-back")),
        ("no_script", crate::tr_in!(l, "room-page-no-script")),
    ])
}

/// What every page has: its language, the session's title, the token its forms send back.
#[derive(Debug, Serialize)]
pub struct Common {
    pub language: &'static str,
    pub title: String,
    /// The token the page was opened with (the forms send it back in `t`).
    pub token: String,
    pub words: Words,
}

impl Common {
    fn new(session: &Session, token: &str) -> Self {
        let language = session.info.language;
        Self {
            language: language.code(),
            title: session.info.title().to_string(),
            token: token.to_string(),
            words: words(language),
        }
    }
}

/// A point as the pages show it.
#[derive(Debug, Serialize)]
pub struct PointView {
    pub n: usize,
    pub kind: &'static str,
    pub text: String,
    pub activity: Option<String>,
    pub votes: i64,
    /// Whether this phone has voted for it already (the participants' page).
    pub voted: bool,
}

fn point_view(p: Point, voted: bool) -> PointView {
    PointView {
        n: p.n,
        kind: p.kind,
        text: p.text,
        activity: p.activity,
        votes: p.votes,
        voted,
    }
}

/// The participants' page: the form for a point and every point with its vote button; no
/// names of people.
#[derive(Debug, Serialize)]
pub struct Participants {
    #[serde(flatten)]
    pub common: Common,
    pub kinds: &'static [&'static str],
    pub activities: Vec<String>,
    pub points: Vec<PointView>,
}

/// `voted(n, key)`: whether this phone voted for point `n` (known by its key, see
/// [`super::changes::point_key`]).
pub fn participants(checked: &Checked, token: &str, voted: impl Fn(&str) -> bool) -> Participants {
    let session = &checked.session;
    let points = state::build(checked, 1)
        .points
        .into_iter()
        .map(|p| {
            let key = super::changes::point_key(session, p.n).unwrap_or_default();
            point_view(p, voted(&key))
        })
        .collect();
    Participants {
        common: Common::new(session, token),
        kinds: &KINDS,
        activities: Titles::new(session)
            .all()
            .iter()
            .map(|t| t.to_string())
            .collect(),
        points,
    }
}

/// A column of the board.
#[derive(Debug, Serialize)]
pub struct Column {
    /// `plus`, `minus`, `interesting` (the section's id).
    pub kind: &'static str,
    /// «Плюсы», «Минусы», «Интересно».
    pub heading: String,
    pub points: Vec<PointView>,
}

/// The board: three columns sorted by votes, the join QR code, the count present today.
#[derive(Debug, Serialize)]
pub struct Board {
    #[serde(flatten)]
    pub common: Common,
    pub columns: Vec<Column>,
    pub present: usize,
    /// The participants' address, under the QR code.
    pub join_url: String,
    /// The QR code of `join_url` as an inline `<svg>` (made here, not from the file).
    pub join_qr: String,
}

pub fn board(checked: &Checked, token: &str, day: usize, join_url: &str) -> Board {
    let state = state::build(checked, day);
    let words = words(checked.session.info.language);
    let heading = |kind: &str| match kind {
        "plus" => words.get("pluses"),
        "minus" => words.get("minuses"),
        _ => words.get("interestings"),
    };
    let mut columns: Vec<Column> = KINDS
        .iter()
        .map(|kind| Column {
            kind,
            heading: heading(kind).cloned().unwrap_or_default(),
            points: Vec::new(),
        })
        .collect();
    for p in state.points {
        if let Some(column) = columns.iter_mut().find(|c| c.kind == p.kind) {
            column.points.push(point_view(p, false));
        }
    }
    for column in &mut columns {
        // Most votes first; equal ones in file order (the sort is stable).
        column.points.sort_by_key(|p| std::cmp::Reverse(p.votes));
    }
    Board {
        common: Common::new(&checked.session, token),
        columns,
        present: state.attendance.present,
        join_url: join_url.to_string(),
        join_qr: svg_qr(join_url),
    }
}

/// The QR code of `url` as an `<svg>` element to put inline (no XML declaration).
pub fn svg_qr(url: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    match svg.find("<svg") {
        Some(at) => svg[at..].to_string(),
        None => svg,
    }
}

/// A day of the chooser.
#[derive(Debug, Serialize)]
pub struct DayChoice {
    pub n: usize,
    pub label: String,
    pub selected: bool,
}

/// A registered person at the door.
#[derive(Debug, Serialize)]
pub struct Person {
    /// How `checkin` names them: the id, else the name.
    pub reference: String,
    pub name: String,
    pub position: Option<String>,
    pub organization: Option<String>,
    /// `present`, `excused` or `absent`.
    pub status: &'static str,
    /// The name folded for the search as you type (case and «ё» aside).
    pub key: String,
    /// Left out by the search `q`.
    pub hidden: bool,
}

/// The door: the day, the search, everyone registered with their status, the walk-in form,
/// the totals.
#[derive(Debug, Serialize)]
pub struct Door {
    #[serde(flatten)]
    pub common: Common,
    pub day: usize,
    pub days: Vec<DayChoice>,
    pub q: String,
    pub people: Vec<Person>,
    /// How many the search leaves shown.
    pub shown: usize,
    pub totals: Totals,
}

/// Whether a person's folded name `key` is found by the folded search `q`: a word of the
/// name (the surname first of all) starts with it.
pub fn found(key: &str, q: &str) -> bool {
    q.is_empty() || key.split(' ').any(|word| word.starts_with(q))
}

pub fn door(checked: &Checked, token: &str, day: usize, q: &str) -> Door {
    let session = &checked.session;
    let language = session.info.language;
    let roster = Roster::new(session);
    let record = session
        .attendance
        .iter()
        .find(|a| a.day.as_ref().map(|d| d.value) == Some(day as i64));
    let marked = |list: &[crate::session::model::Sp<String>], i: usize| {
        list.iter().any(|r| roster.resolve(&r.value) == Some(i))
    };
    let wanted = fold(q);
    let people: Vec<Person> = session
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let status = match record {
                Some(r) if marked(&r.present, i) => "present",
                Some(r) if marked(&r.excused, i) => "excused",
                _ => "absent",
            };
            let key = fold(p.name())
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            Person {
                reference: p
                    .id
                    .as_ref()
                    .map_or_else(|| p.name().to_string(), |id| id.value.clone()),
                name: p.name().to_string(),
                position: p.position.as_ref().map(|v| v.value.clone()),
                organization: p.organization.as_ref().map(|v| v.value.clone()),
                status,
                hidden: !found(&key, &wanted),
                key,
            }
        })
        .collect();
    let days = if session.info.dates.is_empty() {
        vec![DayChoice {
            n: 1,
            label: crate::tr_in!(language, "room-page-day-n", n = 1),
            selected: true,
        }]
    } else {
        session
            .info
            .dates
            .iter()
            .enumerate()
            .map(|(i, d)| DayChoice {
                n: i + 1,
                label: crate::i18n::lang::date(language, d.value),
                selected: i + 1 == day,
            })
            .collect()
    };
    Door {
        common: Common::new(session, token),
        day,
        days,
        q: q.to_string(),
        shown: people.iter().filter(|p| !p.hidden).count(),
        people,
        totals: state::build(checked, day).attendance,
    }
}

/// A refusal of a form or a page, as a page: the message and the way back.
#[derive(Debug, Serialize)]
pub struct Refusal {
    pub language: &'static str,
    pub title: String,
    pub words: Words,
    pub status: u16,
    pub message: String,
    /// Where «back» leads (a path of this server with its query), if anywhere.
    pub back: Option<String>,
}

pub fn refusal(language: Language, status: u16, message: &str, back: Option<String>) -> Refusal {
    Refusal {
        language: language.code(),
        title: String::new(),
        words: words(language),
        status,
        message: message.to_string(),
        back,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_finds_a_word_by_its_first_letters() {
        let key = fold("Ёлкина Дарья Андреевна");
        assert!(found(&key, &fold("ЕЛК")));
        assert!(found(&key, &fold("дар")));
        assert!(found(&key, ""));
        assert!(!found(&key, &fold("лкина")));
    }

    #[test]
    fn every_word_of_the_pages_is_there_in_both_languages() {
        let (ru, en) = (words(Language::Ru), words(Language::En));
        assert_eq!(ru.len(), en.len());
        for (key, word) in ru.iter().chain(en.iter()) {
            assert!(!word.is_empty() && !word.starts_with("room-"), "{key}");
        }
    }

    #[test]
    fn the_qr_code_is_an_inline_svg() {
        let svg = svg_qr("http://192.168.1.5:8765/?t=0123456789abcdef0123456789abcdef");
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(
            svg.ends_with("</svg>") || svg.ends_with("</svg>\n"),
            "{svg}"
        );
    }
}
