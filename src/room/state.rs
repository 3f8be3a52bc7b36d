//! What the room shows, read from the session file as it is now: the points and the day's
//! attendance totals (plain data, serialised for the API and the pages).

use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::session::file::{self as session_file, Checked};

/// One point of the discussion, numbered in file order.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    pub n: usize,
    pub kind: &'static str,
    pub text: String,
    pub activity: Option<String>,
    pub votes: i64,
}

/// The attendance of one day.
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub day: usize,
    pub present: usize,
    pub excused: usize,
    pub guests: i64,
    pub registered: usize,
}

/// The public state: no names, only the points and the counts.
#[derive(Debug, Clone, Serialize)]
pub struct State {
    pub title: String,
    pub day: usize,
    pub days: usize,
    pub points: Vec<Point>,
    pub attendance: Totals,
}

/// Reads and checks the file now (external edits are seen on the next request).
pub fn read(path: &Path) -> Result<Checked> {
    session_file::check(path)
}

/// Today's day of the session (1-based): the date that is today, else the first.
pub fn today(checked: &Checked, today: chrono::NaiveDate) -> usize {
    checked
        .session
        .info
        .dates
        .iter()
        .position(|d| d.value == today)
        .map_or(1, |i| i + 1)
}

pub fn build(checked: &Checked, day: usize) -> State {
    let session = &checked.session;
    let points = session
        .feedback
        .iter()
        .enumerate()
        .map(|(i, f)| Point {
            n: i + 1,
            kind: f.kind.as_ref().map_or("plus", |k| k.value.id()),
            text: f
                .text
                .as_ref()
                .map_or_else(String::new, |t| t.value.clone()),
            activity: f.activity.as_ref().map(|a| a.value.clone()),
            votes: f.votes.as_ref().map_or(1, |v| v.value),
        })
        .collect();
    let record = session
        .attendance
        .iter()
        .find(|a| a.day.as_ref().map(|d| d.value) == Some(day as i64));
    // Guests: the count the file keeps for the day plus the walk-ins (role guest) present.
    let roster = crate::session::roster::Roster::new(session);
    let walk_ins = record.map_or(0, |r| {
        r.present
            .iter()
            .filter_map(|p| roster.resolve(&p.value))
            .filter(|&i| {
                session
                    .participants
                    .get(i)
                    .is_some_and(|p| p.role == crate::session::model::Role::Guest)
            })
            .count()
    });
    State {
        title: session.info.title().to_string(),
        day,
        days: session.info.dates.len().max(1),
        points,
        attendance: Totals {
            day,
            present: record.map_or(0, |r| r.present.len()),
            excused: record.map_or(0, |r| r.excused.len()),
            guests: record
                .and_then(|r| r.guests.as_ref())
                .map_or(0, |g| g.value)
                + walk_ins as i64,
            registered: session.participants.len(),
        },
    }
}
