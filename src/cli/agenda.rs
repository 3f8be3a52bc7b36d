//! `cowork agenda FILE`: the printed plan in table, Markdown, HTML, text or JSON; with
//! `--zone`, the door schedule of one zone.

use crate::error::{Error, Result};
use crate::render::{json, table};
use crate::session::file::Checked;
use crate::session::zones;
use crate::view::agenda::{self, AgendaView, ZoneView};
use crate::view::{decisions, door};
use crate::workspace::Workspace;

use super::document_args::{DayArg, DocumentArgs, document_formats};

document_formats!(Agenda: Txt, Json, Ics);

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub doc: DocumentArgs<Format>,
    #[command(flatten)]
    pub day: DayArg,
    /// The door schedule of this zone (its id or name) instead of the plan
    #[arg(long, value_name = "ZONE")]
    pub zone: Option<String>,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = match args.zone {
        None => args.doc.out.format()?,
        Some(_) => args.doc.out.format_for(crate::document::Kind::Door)?,
    };
    let checked = super::load_valid(&args.doc.file)?;
    let days = checked.schedule.days.len();
    let day = args.day.within(days)?;
    let earlier = crate::series::earlier_sessions(&args.doc.file, &checked.session);
    super::warn_series(&earlier.problems);
    let as_of = decisions::plan_as_of(&checked.session, crate::clock::today());
    let carried = decisions::carried_over(
        earlier.sessions(),
        checked.session.info.language,
        false,
        as_of,
    );
    drop(earlier);
    let signatures = &workspace.config()?.signatures;
    let view = agenda::build(
        &checked.session,
        &checked.schedule,
        day,
        carried,
        signatures,
    );
    if let Some(zone) = &args.zone {
        return door_schedule(args, workspace, format, &checked, &view, zone);
    }
    let template = match format {
        Format::Table => {
            let text = table::agenda(&view, super::terminal_width());
            return args.doc.write_text(&text);
        }
        Format::Json => {
            return args.doc.write_text(&json::agenda(&view)?);
        }
        Format::Ics => {
            let made = crate::view::calendar::Made {
                at: crate::clock::now(),
                default_zone: workspace.config()?.timezone(),
            };
            let uid = crate::session::identity::of(&checked.session.info, &args.doc.file);
            let calendar = crate::view::calendar::session(
                &checked.session,
                &checked.schedule,
                &view,
                day,
                &uid,
                made,
            );
            return args.doc.write_text(&calendar.to_ics());
        }
        Format::Docx => {
            let bytes = crate::render::docx::agenda(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Md => "agenda.md",
        Format::Html | Format::Pdf => "agenda.html",
        Format::Txt => "agenda.txt",
    };
    // The session is no longer needed: its memory goes to the template's copy of the view.
    drop(checked);
    let text = super::renderer(workspace)?.render_owned(template, view)?;
    args.doc.emit(format, &text, workspace)
}

/// `agenda --zone ZONE`: the door schedule of one zone, a page per day (of `--day`'s day).
fn door_schedule(
    args: &Args,
    workspace: &Workspace,
    format: Format,
    checked: &Checked,
    plan: &AgendaView,
    zone: &str,
) -> Result<()> {
    let template = match format {
        Format::Md => "door.md",
        Format::Html | Format::Pdf => "door.html",
        // On a terminal, the plain text reads best.
        Format::Txt | Format::Table => "door.txt",
        Format::Docx => {
            let zone = find_zone(checked, plan, zone)?;
            let view = door::build(plan, door::Doors::Of(&zone), checked.session.info.language);
            let bytes = crate::render::docx::doors(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Json | Format::Ics => {
            let name = if format == Format::Json {
                "json"
            } else {
                "ics"
            };
            return Err(Error::usage(crate::tr!("cli-zone-format", format = name)));
        }
    };
    let zone = find_zone(checked, plan, zone)?;
    let view = door::build(plan, door::Doors::Of(&zone), checked.session.info.language);
    let text = super::renderer(workspace)?.render_owned(template, view)?;
    args.doc.emit(format, &text, workspace)
}

/// The zone `reference` names, by id or name as the session file's `zone = …` does; an
/// unknown one is a usage error that lists the zones of the plan.
fn find_zone(checked: &Checked, plan: &AgendaView, reference: &str) -> Result<ZoneView> {
    let all = &checked.schedule.zones;
    let language = checked.session.info.language;
    match zones::Index::new(&checked.session, all).get(reference.trim()) {
        Some(i) => Ok(agenda::zone_view(language, &all[i])),
        None => {
            let listed: Vec<String> = plan
                .zones
                .iter()
                .map(|z| format!("{} ({})", z.name, z.id))
                .collect();
            Err(Error::usage(crate::tr!(
                "cli-zone-unknown",
                zone = crate::render::terminal_text::inline(reference).into_owned(),
                zones = listed.join(", ")
            )))
        }
    }
}
