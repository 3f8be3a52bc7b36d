//! The door schedule: one page per day for the door of a zone — its own activities and the plenary ones.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::session::model::Language;
use crate::view::Header;
use crate::view::agenda::{self, ActivityView, AgendaView, ZoneView};
use crate::view::labels::{LabelTable, labels_with};

/// The door schedule's own words, over the plan's.
pub const OWN_LABELS: &LabelTable = &[
    ("door_title", "doc-door-door_title"),
    ("session", "doc-door-session"),
    ("for_all_zones", "doc-door-for_all_zones"),
    ("nothing_here", "doc-door-nothing_here"),
];

#[derive(Debug, Clone, Serialize)]
pub struct DoorsView {
    pub header: Header,
    pub labels: BTreeMap<&'static str, &'static str>,
    /// A page per zone and day: zone by zone, each one's days in order.
    pub pages: Vec<DoorPage>,
}

/// One page on one door: a zone on one day.
#[derive(Debug, Clone, Serialize)]
pub struct DoorPage {
    pub zone: ZoneView,
    /// The day of the session, 1-based.
    pub number: usize,
    pub date: String,
    pub date_text: String,
    pub weekday: &'static str,
    pub date_with_weekday: String,
    /// The zone's activities and the plenary ones, in time order.
    pub activities: Vec<ActivityView>,
    /// How many of them are the zone's own (not plenary).
    pub own: usize,
}

/// Which doors to make.
#[derive(Debug, Clone, Copy)]
pub enum Doors<'a> {
    /// The door of this zone, a page for every day of the agenda (one with nothing of
    /// its own says so).
    Of(&'a ZoneView),
    /// Every zone of the plan that has activities, a page for each day it has some: what
    /// the archive keeps.
    Every,
}

/// The door schedules of `doors` in the plan's `language`, from the plan (built for
/// every day or for one of them).
pub fn build(plan: &AgendaView, doors: Doors<'_>, language: Language) -> DoorsView {
    let own: Vec<(&'static str, &'static str)> = agenda::OWN_LABELS
        .iter()
        .chain(OWN_LABELS)
        .copied()
        .collect();
    let pages = match doors {
        Doors::Of(zone) => door(plan, zone, true),
        Doors::Every => plan
            .zones
            .iter()
            .flat_map(|zone| door(plan, zone, false))
            .collect(),
    };
    DoorsView {
        header: plan.header.clone(),
        labels: labels_with(language, &own),
        pages,
    }
}

/// The pages of the door of `zone`; `every_day`: also the days it has nothing of its own.
fn door(plan: &AgendaView, zone: &ZoneView, every_day: bool) -> Vec<DoorPage> {
    plan.days
        .iter()
        .filter_map(|day| {
            let activities: Vec<ActivityView> = day
                .activities
                .iter()
                .filter(|a| a.plenary || a.zone.as_deref() == Some(zone.id.as_str()))
                .cloned()
                .collect();
            let own = activities.iter().filter(|a| !a.plenary).count();
            (every_day || own > 0).then(|| DoorPage {
                zone: zone.clone(),
                number: day.number,
                date: day.date.clone(),
                date_text: day.date_text.clone(),
                weekday: day.weekday,
                date_with_weekday: day.date_with_weekday.clone(),
                activities,
                own,
            })
        })
        .collect()
}
