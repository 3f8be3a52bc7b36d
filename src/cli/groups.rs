//! `cowork groups FILE`: the groups the file records, or (`--count N`, `--regroup`) balanced
//! groups made anew, optionally recorded in the file.

use crate::edit;
use crate::error::{Error, Result};
use crate::render::{json, table};
use crate::session::diagnostic::{self, Diagnostic};
use crate::session::file::Checked;
use crate::session::model::Session;
use crate::view::groups::{self, GroupsView, Selection};
use crate::workspace::Workspace;
use crate::write;

use super::document_args::{DayArg, DocumentArgs, document_formats};

document_formats!(Groups: Json);

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub doc: DocumentArgs<Format>,
    /// Make this many groups anew (1 to 1000) [default: show the groups the file records]
    #[arg(long, short = 'n', value_name = "N", value_parser = super::help::number(1u16, 1000))]
    pub count: Option<u16>,
    /// Make the groups anew, as many as the file records
    #[arg(long, conflicts_with = "count")]
    pub regroup: bool,
    // Only those recorded present on this day (`cowork checkin` records them).
    #[command(flatten)]
    pub day: DayArg,
    /// Put organizers and guests into groups too (with --count or --regroup)
    #[arg(long)]
    pub include_all: bool,
    /// Record `group = K` on each participant in the file (comments and layout kept);
    /// those left out lose an old `group` (with --count or --regroup)
    #[arg(long)]
    pub write: bool,
}

pub fn run(args: &Args, workspace: &Workspace) -> Result<()> {
    let format = args.doc.out.format()?;
    if let Some(path) = args.doc.out.path() {
        write::refuse_input(path, &[&args.doc.file])?;
    }
    let anew = args.count.is_some() || args.regroup;
    if !anew && (args.write || args.include_all) {
        let flag = if args.write {
            "--write"
        } else {
            "--include-all"
        };
        return Err(Error::usage(crate::tr!(
            "cli-groups-needs-count",
            flag = flag
        )));
    }
    let view = if args.write {
        // Computed from the file as it is under the lock, so the groups written are the ones
        // printed, whatever was added to the file meanwhile.
        // Groups made for patches the file's layout did not allow, for the document to take.
        let made = std::cell::RefCell::new(None);
        let edited = edit::edit_session_patched(
            &args.doc.file,
            |session, written| {
                let view = make_groups(args, session)?;
                let numbers = numbers(&view);
                let Some(patches) = edit::groups::patches(written, &numbers) else {
                    *made.borrow_mut() = Some(view);
                    return Ok(None);
                };
                Ok(Some(edit::Patched {
                    value: view,
                    patches,
                    update: Box::new(move |session| edit::groups::update(session, &numbers)),
                }))
            },
            |session, doc| {
                let view = match made.borrow_mut().take() {
                    Some(view) => view,
                    None => make_groups(args, session)?,
                };
                edit::groups::record(doc, &numbers(&view))?;
                Ok(view)
            },
        )?;
        let (view, written, checked) = edited.before_exit();
        super::print_warnings(&checked);
        let shown = args.doc.file.display();
        let shown = shown.to_string();
        if written {
            eprintln!("{}", crate::tr!("cli-groups-recorded", path = shown));
        } else {
            eprintln!("{}", crate::tr!("cli-groups-unchanged", path = shown));
        }
        warn_group_of_one(&view, None);
        view
    } else {
        let checked = super::load_valid(&args.doc.file)?;
        let view = make_groups(args, &checked.session)?;
        warn_group_of_one(&view, Some(&checked));
        view
    };
    let text = match format {
        Format::Docx => {
            let bytes = crate::render::docx::groups(&view)?;
            return args.doc.write_bytes(&bytes);
        }
        Format::Table => table::groups(&view, super::terminal_width()),
        Format::Json => json::groups(&view)?,
        Format::Md => super::renderer(workspace)?.render("groups.md", &view)?,
        Format::Html | Format::Pdf => super::renderer(workspace)?.render("groups.html", &view)?,
    };
    args.doc.emit(format, &text, workspace)
}

/// The groups the arguments ask for, or why there can be none: those recorded in the
/// file unless `--count` or `--regroup` asks for new ones.
fn make_groups(args: &Args, session: &Session) -> Result<GroupsView> {
    let days = session.info.dates.len();
    let day = args.day.within(days)?;
    if let Some(n) = day
        && !session
            .attendance
            .iter()
            .any(|a| a.day.as_ref().is_some_and(|d| d.value == n as i64))
    {
        return Err(Error::input(
            crate::tr!("cli-groups-no-attendance", day = n),
            Some(&crate::tr!(
                "cli-groups-no-attendance-hint",
                file = args.doc.file.display().to_string(),
                day = n
            )),
        ));
    }
    let recorded = groups::recorded_count(session);
    let count = match (args.count, args.regroup) {
        (Some(count), _) => usize::from(count),
        (None, true) if recorded > 0 => recorded,
        (None, false) if recorded > 0 => return Ok(groups::recorded(session, day)),
        (None, _) => {
            return Err(Error::usage(crate::tr!(
                "cli-groups-none-recorded",
                file = args.doc.file.display().to_string()
            )));
        }
    };
    let selection = Selection {
        day,
        include_all: args.include_all,
    };
    let people = groups::eligible_count(session, selection);
    if count > people {
        return Err(Error::usage(match (day, args.include_all) {
            (Some(n), _) => crate::tr!(
                "cli-groups-too-few-present",
                count = count,
                people = people,
                day = n
            ),
            (None, true) => crate::tr!("cli-groups-too-few-all", count = count, people = people),
            (None, false) => crate::tr!("cli-groups-too-few", count = count, people = people),
        }));
    }
    Ok(groups::build(session, count, selection))
}

/// A group of one is no group work: says so on stderr. Groups made anew: once, for the
/// first such group, with the largest count that gives everyone a partner. Groups the file
/// records (`checked` given): each such group, at its member's `group = K`.
fn warn_group_of_one(view: &GroupsView, checked: Option<&Checked>) {
    let people: usize = view.groups.iter().map(|g| g.members.len()).sum();
    let (count, most) = (view.groups.len(), (people / 2).max(1));
    let message = |group: i64| {
        crate::tr!(
            "prompt-groups-one",
            group = group,
            count = count,
            people = people
        )
    };
    let mut lonely = view.groups.iter().filter(|g| g.members.len() == 1);
    if view.recorded
        && let Some(checked) = checked
    {
        for g in lonely {
            let span = g.members.first().and_then(|m| {
                let p = checked.session.participants.get(m.participant)?;
                p.group.as_ref().map(|g| g.span.clone())
            });
            let Some(span) = span else { continue };
            // As many groups again, when that can give everyone a partner.
            let anew = if count <= most {
                "--regroup".to_string()
            } else {
                format!("--count {most}")
            };
            let diagnostic = Diagnostic::warning(message(g.number), span).with_hint(crate::tr!(
                "prompt-groups-one-recorded-hint",
                group = g.number,
                file = checked.file.path.clone(),
                anew = anew
            ));
            eprintln!(
                "{}",
                diagnostic::render(&diagnostic, &checked.file, super::stderr_style())
            );
        }
        return;
    }
    let Some(lonely) = lonely.next() else {
        return;
    };
    let mut text = format!(
        "{}: {}",
        crate::tr!("label-warning"),
        message(lonely.number)
    );
    // With one person in all there is nobody to pair with, and nothing to suggest.
    if people >= 2 {
        text.push_str(&format!(
            "\n  = {}: {}",
            crate::tr!("label-help"),
            crate::tr!("prompt-groups-one-hint", most = most)
        ));
    }
    eprintln!("{text}");
}

/// The group of each participant placed in one, by their place in the file.
fn numbers(view: &GroupsView) -> edit::groups::Numbers {
    view.groups
        .iter()
        .flat_map(|g| g.members.iter().map(move |m| (m.participant, g.number)))
        .collect()
}
