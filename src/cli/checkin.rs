//! `cowork checkin FILE --day N`: record who came in the session file's `[[attendance]]`.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::prompt::{self, Mark, Prompter};
use crate::edit::{
    self,
    attendance::{self, DayRecord},
};
use crate::error::{Error, Result};
use crate::i18n::collate;
use crate::i18n::fluent::interface;
use crate::i18n::lang;
use crate::session::load::List;
use crate::session::model::Session;
use crate::session::roster::{self, Lookup, Roster};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The session file; it is changed in place, keeping every comment
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The day (1 = the first date of the session); may be left out for a one-day session
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub day: Option<u16>,
    /// Someone who came: their id or exact full name (repeat for each person)
    #[arg(long, value_name = "REF")]
    pub present: Vec<String>,
    /// Someone absent for a good reason (уважительная причина); repeat for each person
    #[arg(long, value_name = "REF")]
    pub excused: Vec<String>,
    /// Someone recorded by mistake: taken off the day's `present` and `excused`
    #[arg(long, value_name = "REF")]
    pub absent: Vec<String>,
    /// How many unregistered guests came
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_GUESTS)))]
    pub guests: Option<u32>,
    /// Never prompt, even on a terminal
    #[arg(long)]
    pub no_input: bool,
}

/// The most unregistered guests a day can record: more than any coworking hall holds, and
/// few enough that a slip of the finger (2000 for 20) is caught.
pub const MAX_GUESTS: u32 = 999;

/// What to change in a day's record, by reference, so that it can be applied to the file as
/// it is when the edit happens (another run may have recorded someone meanwhile).
#[derive(Debug, Default)]
struct Change {
    present: Vec<String>,
    excused: Vec<String>,
    absent: Vec<String>,
    guests: Option<Option<i64>>,
}

pub fn run(args: &Args) -> Result<()> {
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let flags_given =
        !(args.present.is_empty() && args.excused.is_empty() && args.absent.is_empty())
            || args.guests.is_some();
    let shown = args.file.display().to_string();
    let (day, change) = if flags_given {
        let change = Change {
            present: args.present.clone(),
            excused: args.excused.clone(),
            absent: args.absent.clone(),
            guests: args.guests.map(|g| Some(i64::from(g))),
        };
        // Without --day on a terminal, the day is asked for first.
        let day = if interactive && args.day.is_none() {
            let checked = super::load_valid(&args.file)?;
            Some(pick_day(args, &checked.session, true)?)
        } else {
            None
        };
        (day, change)
    } else if interactive {
        let checked = super::load_valid(&args.file)?;
        let session = &checked.session;
        let roster = Roster::new(session);
        let day = pick_day(args, session, true)?;
        let before = attendance::recorded(session, &roster, day);
        match ask(session, day, &before, &shown)? {
            Some(after) => (Some(day), checklist_change(session, &before, &after)),
            None => {
                eprintln!(
                    "{}",
                    crate::tr!("prompt-checkin-cancelled", file = shown.as_str())
                );
                return Ok(());
            }
        }
    } else {
        // The file is still checked first: its errors matter more than the missing flags.
        super::load_valid(&args.file)?;
        return Err(Error::usage(if args.no_input {
            crate::tr!("prompt-checkin-say-who")
        } else {
            crate::tr!("prompt-checkin-say-who-terminal")
        }));
    };

    let edited = edit::edit_entries(&args.file, List::Attendance, |session, doc| {
        let roster = Roster::new(session);
        let day = match day {
            Some(day) => day,
            None => pick_day(args, session, false)?,
        };
        let present = resolve_all(session, &roster, &change.present, "--present", &shown)?;
        let excused = resolve_all(session, &roster, &change.excused, "--excused", &shown)?;
        let absent = resolve_all(session, &roster, &change.absent, "--absent", &shown)?;
        refuse_overlap(session, &present, "--present", &excused, "--excused")?;
        refuse_overlap(session, &present, "--present", &absent, "--absent")?;
        refuse_overlap(session, &excused, "--excused", &absent, "--absent")?;
        let before = attendance::recorded(session, &roster, day);
        let mut after = before.clone();
        after
            .present
            .retain(|i| !excused.contains(i) && !absent.contains(i));
        after
            .excused
            .retain(|i| !present.contains(i) && !absent.contains(i));
        after.present.extend(&present);
        after.excused.extend(&excused);
        if let Some(g) = change.guests {
            after.guests = g;
        }
        attendance::record(doc, session, &roster, day, &before, &after)?;
        Ok((
            day,
            day_date(session, day),
            after,
            session.participants.len(),
        ))
    })?;
    let ((day, date, after, registered), written, checked) = edited.before_exit();
    super::print_warnings(&checked);
    let mut summary = crate::tr!(
        "prompt-checkin-summary",
        day = day,
        date = date,
        present = after.present.len(),
        registered = registered
    );
    if !after.excused.is_empty() {
        summary.push_str(&crate::tr!(
            "prompt-checkin-summary-excused",
            excused = after.excused.len()
        ));
    }
    if let Some(g) = after.guests {
        summary.push_str(&crate::tr!("prompt-checkin-summary-guests", guests = g));
    }
    let file = shown.as_str();
    if written {
        eprintln!(
            "{}",
            crate::tr!("prompt-checkin-recorded", summary = summary, file = file)
        );
    } else {
        eprintln!(
            "{}",
            crate::tr!("prompt-checkin-unchanged", summary = summary, file = file)
        );
    }
    Ok(())
}

/// What the user changed in the checklist, as a change to apply: newly ticked names become
/// present, newly excused ones excused, and those unmarked that were either become absent;
/// the rest is left as the file has it then.
fn checklist_change(session: &Session, before: &DayRecord, after: &DayRecord) -> Change {
    let refs = |set: BTreeSet<&usize>| {
        set.into_iter()
            .map(|&i| attendance::reference(session, i))
            .collect()
    };
    let marked =
        |r: &DayRecord| -> BTreeSet<usize> { r.present.union(&r.excused).copied().collect() };
    let (was, now) = (marked(before), marked(after));
    Change {
        present: refs(after.present.difference(&before.present).collect()),
        excused: refs(after.excused.difference(&before.excused).collect()),
        absent: refs(was.difference(&now).collect()),
        guests: (after.guests != before.guests).then_some(after.guests),
    }
}

fn pick_day(args: &Args, session: &Session, interactive: bool) -> Result<usize> {
    let days = session.info.dates.len();
    match super::day_in_range(args.day, days)? {
        Some(n) => Ok(n),
        None if days == 1 => Ok(1),
        None if interactive => {
            let language = interface();
            // Today's day comes first to hand when the session is on today.
            let today = crate::clock::today();
            let todays = session.info.dates.iter().position(|d| d.value == today);
            let items: Vec<String> = session
                .info
                .dates
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let number = i + 1;
                    let item = crate::tr!(
                        "prompt-checkin-day",
                        day = number,
                        date = lang::date(language, d.value)
                    );
                    if Some(i) == todays {
                        format!("{item} {}", crate::tr!("prompt-checkin-today"))
                    } else {
                        item
                    }
                })
                .collect();
            let choice = Prompter::new()
                .pick(
                    &crate::tr!("prompt-checkin-which-day"),
                    &items,
                    todays.unwrap_or(0),
                )
                .map_err(|e| prompt_failure(e, &args.file.display().to_string()))?;
            choice
                .map(|i| i + 1)
                .ok_or_else(|| Error::usage(crate::tr!("prompt-checkin-no-day")))
        }
        None => Err(Error::usage(crate::tr!(
            "prompt-checkin-pass-day",
            days = days
        ))),
    }
}

/// Resolves every reference, or fails listing each unknown one with its close matches.
fn resolve_all(
    session: &Session,
    roster: &Roster<'_>,
    refs: &[String],
    flag: &str,
    file: &str,
) -> Result<BTreeSet<usize>> {
    let mut found = BTreeSet::new();
    let mut unknown = Vec::new();
    let mut ambiguous = Vec::new();
    for r in refs {
        match roster.lookup(r.trim()) {
            Lookup::Found(i) => {
                found.insert(i);
            }
            Lookup::Unknown => unknown.push(r),
            Lookup::Ambiguous(all) => ambiguous.push(Error::input(
                crate::tr!(
                    "ref-ambiguous-flag",
                    flag = flag,
                    reference = crate::render::terminal_text::inline(r.trim()).into_owned(),
                    file = file,
                    candidates = roster.candidates(&all, 10)
                ),
                Some(&crate::tr!("ref-ambiguous-flag-hint")),
            )),
        }
    }
    if unknown.is_empty() && ambiguous.is_empty() {
        return Ok(found);
    }
    let mut errors: Vec<Error> = ambiguous;
    errors.extend(unknown.into_iter().map(|r| {
        let close = roster::close_matches(session, r, 5);
        let hint = if close.is_empty() {
            crate::tr!("prompt-checkin-unknown-hint")
        } else {
            crate::tr!("prompt-checkin-close", names = close.join("; "))
        };
        Error::input(
            crate::tr!("prompt-checkin-unknown", name = r.as_str(), file = file),
            Some(&hint),
        )
    }));
    errors.push(Error::input(
        crate::tr!("prompt-checkin-nothing-recorded", file = file),
        None,
    ));
    Err(Error::Several(errors))
}

fn refuse_overlap(
    session: &Session,
    a: &BTreeSet<usize>,
    a_flag: &str,
    b: &BTreeSet<usize>,
    b_flag: &str,
) -> Result<()> {
    match a.intersection(b).next() {
        Some(&i) => Err(Error::input(
            crate::tr!(
                "prompt-checkin-both",
                name = session.participants[i].name(),
                first = a_flag,
                second = b_flag
            ),
            Some(&crate::tr!("prompt-checkin-both-hint")),
        )),
        None => Ok(()),
    }
}

/// The date of `day` (1-based) as the interface writes it; empty for a session without dates.
fn day_date(session: &Session, day: usize) -> String {
    session
        .info
        .dates
        .get(day - 1)
        .map(|d| lang::date(interface(), d.value))
        .unwrap_or_default()
}

/// A prompt that failed: Ctrl-C stops the command and says the file was not changed (no
/// checklist answer is written before the last question is answered); any other failure
/// suggests the flags.
fn prompt_failure(e: dialoguer::Error, file: &str) -> Error {
    if prompt::interrupted(&e) {
        return Error::Interrupted(crate::tr!("prompt-interrupted", file = file));
    }
    Error::input(
        crate::tr!("prompt-failed", reason = e.to_string()),
        Some(&crate::tr!("prompt-failed-hint")),
    )
}

/// The checklist: everyone registered, in alphabetical order, with the day's marks (came,
/// excused); then the number of guests. `None` when the user cancels with Esc.
fn ask(session: &Session, day: usize, before: &DayRecord, file: &str) -> Result<Option<DayRecord>> {
    if session.participants.is_empty() {
        return Err(Error::input(
            crate::tr!("prompt-checkin-nobody"),
            Some(&crate::tr!("prompt-checkin-nobody-hint")),
        ));
    }
    let mut order: Vec<usize> = (0..session.participants.len()).collect();
    collate::sort_by_text(&mut order, |&i| session.participants[i].name());
    let items: Vec<String> = order
        .iter()
        .map(|&i| {
            let p = &session.participants[i];
            match p
                .position
                .as_ref()
                .map(|s| s.value.trim())
                .filter(|s| !s.is_empty())
            {
                Some(position) => format!("{} — {position}", p.name()),
                None => p.name().to_string(),
            }
        })
        .collect();
    let marks: Vec<Mark> = order
        .iter()
        .map(|i| {
            if before.present.contains(i) {
                Mark::On
            } else if before.excused.contains(i) {
                Mark::Excused
            } else {
                Mark::Off
            }
        })
        .collect();
    let date = day_date(session, day);
    let prompter = Prompter::new();
    let chosen = prompter
        .checklist(
            &crate::tr!("prompt-checkin-who-came", date = date),
            &items,
            marks,
            true,
        )
        .map_err(|e| prompt_failure(e, file))?;
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    let with = |mark: Mark| -> BTreeSet<usize> {
        order
            .iter()
            .zip(&chosen)
            .filter_map(|(&i, &m)| (m == mark).then_some(i))
            .collect()
    };
    let default_guests = before
        .guests
        .and_then(|g| u32::try_from(g).ok())
        .unwrap_or(0)
        .min(MAX_GUESTS);
    let guests = prompter
        .count(
            &crate::tr!("prompt-checkin-guests"),
            default_guests,
            0..=MAX_GUESTS,
        )
        .map_err(|e| prompt_failure(e, file))?;
    let guests = match (before.guests, guests) {
        (None, 0) => None,
        (_, g) => Some(i64::from(g)),
    };
    Ok(Some(DayRecord {
        present: with(Mark::On),
        excused: with(Mark::Excused),
        guests,
    }))
}
