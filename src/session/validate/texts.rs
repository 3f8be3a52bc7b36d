//! Every text of a session with its key and place, for the checks of characters.

use std::ops::Range;

use crate::session::model::{IndicatorValue, Session, Sp};

/// Whether line breaks and tabs belong in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A name, an id, a title, a reference: one line.
    Line,
    /// Free text (a goal, a description, the summary): several lines and tabs are fine.
    Prose,
}

/// One string value of the file.
#[derive(Debug, Clone)]
pub struct Text<'s> {
    pub key: &'static str,
    pub value: &'s str,
    pub span: &'s Range<usize>,
    pub shape: Shape,
}

/// Every string of the session (zone ids included), in no particular order.
pub fn every_text<'s>(session: &'s Session) -> Vec<Text<'s>> {
    let mut texts: Vec<(&'static str, Shape, &'s Sp<String>)> = Vec::new();
    let mut add = |key: &'static str, shape: Shape, sp: Option<&'s Sp<String>>| {
        if let Some(sp) = sp {
            texts.push((key, shape, sp));
        }
    };
    use Shape::{Line, Prose};
    let info = &session.info;
    add("title", Line, info.title.as_ref());
    add("goal", Prose, info.goal.as_ref());
    info.tasks.iter().for_each(|t| add("tasks", Prose, Some(t)));
    add("organization", Line, info.organization.as_ref());
    add("venue", Line, info.venue.as_ref());
    add("organizer", Line, info.organizer.as_ref());
    add("audience", Line, info.audience.as_ref());
    add("series", Line, info.series.as_ref());
    for zone in &session.zones {
        add("zones.<id>", Line, Some(&zone.id));
        add("name", Line, zone.name.as_ref());
        add("room", Line, zone.room.as_ref());
        add("purpose", Prose, zone.purpose.as_ref());
        add("online", Line, zone.online.as_ref());
    }
    for p in &session.participants {
        add("name", Line, p.name.as_ref());
        add("id", Line, p.id.as_ref());
        add("position", Line, p.position.as_ref());
        add("organization", Line, p.organization.as_ref());
    }
    for a in &session.activities {
        add("title", Line, a.title.as_ref());
        add("format", Line, a.format.as_ref());
        add("zone", Line, a.zone.as_ref());
        a.moderators
            .iter()
            .for_each(|m| add("moderators", Line, Some(m)));
        add("description", Prose, a.description.as_ref());
        a.outputs
            .iter()
            .for_each(|o| add("outputs", Prose, Some(o)));
    }
    for record in &session.attendance {
        record
            .present
            .iter()
            .for_each(|r| add("present", Line, Some(r)));
        record
            .excused
            .iter()
            .for_each(|r| add("excused", Line, Some(r)));
    }
    for f in &session.feedback {
        add("text", Prose, f.text.as_ref());
        add("activity", Line, f.activity.as_ref());
    }
    for d in &session.decisions {
        add("text", Prose, d.text.as_ref());
        add("owner", Line, d.owner.as_ref());
    }
    for p in &session.products {
        add("title", Line, p.title.as_ref());
        add("kind", Line, p.kind.as_ref());
        add("link", Line, p.link.as_ref());
        p.authors.iter().for_each(|a| add("authors", Line, Some(a)));
    }
    for x in &session.indicators {
        add("name", Line, x.name.as_ref());
        add("unit", Line, x.unit.as_ref());
    }
    if let Some(report) = &session.report {
        add("summary", Prose, report.summary.as_ref());
        add("basis", Prose, report.basis.as_ref());
        report
            .recommendations
            .iter()
            .for_each(|r| add("recommendations", Prose, Some(r)));
        add("author", Line, report.author.as_ref());
        add("author_position", Line, report.author_position.as_ref());
    }
    for block in [&session.approval, &session.agreed].into_iter().flatten() {
        add("position", Line, block.position.as_ref());
        add("name", Line, block.name.as_ref());
        add("order", Line, block.order.as_ref());
    }
    let mut texts: Vec<Text<'_>> = texts
        .into_iter()
        .map(|(key, shape, sp)| Text {
            key,
            value: sp.value.as_str(),
            span: &sp.span,
            shape,
        })
        .collect();
    for x in &session.indicators {
        if let Some(Sp {
            value: IndicatorValue::Text(value),
            span,
        }) = &x.value
        {
            texts.push(Text {
                key: "value",
                value,
                span,
                shape: Shape::Line,
            });
        }
    }
    texts
}
