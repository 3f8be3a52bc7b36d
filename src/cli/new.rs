//! `cowork new`: a new session file, from flags and prompts, or from an earlier session.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};

use crate::calendar::Calendar;
use crate::cli::prompt::{self, LangArg, Prompter};
use crate::error::{Error, Result};
use crate::scaffold::{self, derive, skeleton};
use crate::session::file::Checked;
use crate::session::model::Language;
use crate::session::zones;
use crate::workspace::{Config, Workspace};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The theme (тема) of the session
    #[arg(long, value_name = "THEME")]
    pub title: Option<String>,
    /// The first day, as 2026-12-03 or 03.12.2026
    #[arg(long, value_name = "DATE", value_parser = prompt::parse_date)]
    pub date: Option<NaiveDate>,
    /// How many days, 1 to 3; the days after the first skip Saturday and Sunday
    /// [default: 1, or as many as the --from session had]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=3))]
    pub days: Option<u8>,
    /// The educational organization [default: from cowork.toml]
    #[arg(long, value_name = "NAME")]
    pub organization: Option<String>,
    /// The responsible methodist, e.g. "Соколова Марина Викторовна, методист"
    /// [default: from cowork.toml]
    #[arg(long, value_name = "NAME")]
    pub organizer: Option<String>,
    /// The goal (цель) [default: asked on a terminal, else a sample goal from the theme]
    #[arg(long, value_name = "TEXT")]
    pub goal: Option<String>,
    /// A task (задача); repeat for each one [default: asked on a terminal, else sample tasks]
    #[arg(long = "task", value_name = "TEXT")]
    pub tasks: Vec<String>,
    /// The coworking zones, comma-separated: interactive, presentation, media-hub
    /// [default: asked on a terminal, else all three]
    #[arg(long, value_name = "IDS", value_delimiter = ',', value_parser = zone_id, conflicts_with = "from")]
    pub zones: Option<Vec<String>>,
    /// Start from an earlier session: same zones, participants and programme, new dates,
    /// none of its attendance, feedback, decisions, products, indicators or report
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Never ask questions, even on a terminal (then --title and --date are required)
    #[arg(long)]
    pub no_input: bool,
    /// The folder to write the session to [default: sessions/ at the workspace root]
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
}

/// A built-in zone id given to `--zones`.
fn zone_id(text: &str) -> std::result::Result<String, String> {
    let id = text.trim();
    if zones::is_builtin(id) {
        return Ok(id.to_string());
    }
    let ids: Vec<&str> = zones::BUILTIN.iter().map(|z| z.0).collect();
    Err(crate::tr!(
        "prompt-new-not-a-zone",
        id = id,
        zones = ids.join(", ")
    ))
}

/// The usage error for a value that cannot be asked for.
fn missing(flags: &[&str]) -> Error {
    let and = format!(" {} ", crate::tr!("prompt-new-and"));
    Error::Usage {
        message: crate::tr!("prompt-new-missing", flags = flags.join(&and)),
        hint: Some(crate::tr!("prompt-new-missing-hint")),
    }
}

/// Two weeks from `today`, on a working day of the production calendar: time enough to
/// prepare.
fn suggested_date(today: NaiveDate, calendar: &Calendar) -> NaiveDate {
    let nominal = today.checked_add_days(Days::new(14)).unwrap_or(today);
    calendar.next_working(nominal).unwrap_or(nominal)
}

/// `lang`: the global `--lang`, which also sets the language of the new file (else
/// cowork.toml's `language`, else Russian).
pub fn run(args: &Args, workspace: &Workspace, lang: Option<LangArg>) -> Result<()> {
    let config = workspace.config()?;
    let file_language = lang
        .map(Language::from)
        .or(config.language)
        .unwrap_or(Language::Ru);
    let prompter = prompt::can_prompt(args.no_input).then(Prompter::new);
    if prompter.is_none() {
        let absent: Vec<&str> = [
            ("--title", args.title.is_none()),
            ("--date", args.date.is_none()),
        ]
        .into_iter()
        .filter_map(|(flag, absent)| absent.then_some(flag))
        .collect();
        if !absent.is_empty() {
            return Err(missing(&absent));
        }
    }
    if let Some(title) = &args.title {
        scaffold::refuse_line_breaks("--title", title)?;
    }
    if args.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(Error::usage(crate::tr!("prompt-new-empty-title")));
    }
    let source = match &args.from {
        Some(path) => Some(super::load_valid(path)?),
        None => None,
    };
    let dir = args.output.clone().unwrap_or_else(|| config.sessions_dir());
    let ask = prompter.as_ref();

    let title = match (&args.title, ask) {
        (Some(title), _) => title.trim().to_string(),
        (None, Some(p)) => p.text(
            &crate::tr!("prompt-new-title"),
            source.as_ref().map(|s| s.session.info.title()),
            true,
        )?,
        (None, None) => return Err(missing(&["--title"])),
    };
    let first = match (args.date, ask) {
        (Some(date), _) => date,
        (None, Some(p)) => p.date(
            &crate::tr!("prompt-new-first-day"),
            suggested_date(crate::clock::today(), &config.calendar),
        )?,
        (None, None) => return Err(missing(&["--date"])),
    };
    let path = scaffold::session_path(&dir, first, &title);
    scaffold::refuse_existing(&path)?;

    let source_days = source
        .as_ref()
        .map(|s| s.session.info.dates.len().clamp(1, 3));
    let days = match (args.days, ask) {
        (Some(n), _) => usize::from(n),
        (None, Some(p)) => usize::from(p.number(
            &crate::tr!("prompt-new-days"),
            u8::try_from(source_days.unwrap_or(1)).unwrap_or(1),
            1..=3,
        )?),
        (None, None) => source_days.unwrap_or(1),
    };
    let session_dates = config.calendar.working_days(first, days);
    scaffold::refuse_beyond_calendar(first, &session_dates, days)?;

    let (text, renamed) = match &source {
        Some(source) => from_earlier(args, ask, source, &title, session_dates, &path)?,
        None => (
            fresh(
                args,
                ask,
                config,
                file_language,
                &title,
                session_dates,
                &path,
            )?,
            None,
        ),
    };
    // A day off typed in is said, not refused: the methodist may mean it.
    let checked = scaffold::check_generated(&path, &text)?.with_calendar(&config.calendar);
    if checked.warnings() > 0 {
        eprint!("{}", checked.render(super::stderr_style()));
    }
    scaffold::write_new(&path, &text)?;
    report(&path, source.is_some());
    if let Some(renamed) = renamed {
        eprintln!(
            "{}",
            crate::render::terminal_text::inline(&crate::tr!(
                "prompt-new-series-renamed",
                new = renamed.new,
                old = renamed.old
            ))
        );
    }
    Ok(())
}

/// The questions and text of a session started from nothing.
fn fresh(
    args: &Args,
    ask: Option<&Prompter>,
    config: &Config,
    language: Language,
    title: &str,
    dates: Vec<NaiveDate>,
    path: &Path,
) -> Result<String> {
    let mut goal = args
        .goal
        .clone()
        .unwrap_or_else(|| skeleton::default_goal(language, title));
    let mut tasks = if args.tasks.is_empty() {
        skeleton::default_tasks(language)
    } else {
        args.tasks.clone()
    };
    let mut organization = args
        .organization
        .clone()
        .or_else(|| config.organization.clone());
    let mut organizer = args.organizer.clone().or_else(|| config.organizer.clone());
    let mut chosen: Vec<&'static str> = match &args.zones {
        // The order of the zones is the built-in one, whatever the order typed.
        Some(ids) => zones::BUILTIN
            .iter()
            .map(|z| z.0)
            .filter(|id| ids.iter().any(|i| i == id))
            .collect(),
        None => zones::BUILTIN.iter().map(|z| z.0).collect(),
    };
    // Every question has its flag (as in cargo-generate): a flag given is not asked again.
    if let Some(p) = ask {
        if args.goal.is_none() {
            goal = p.text(&crate::tr!("prompt-new-goal"), Some(&goal), true)?;
        }
        if args.tasks.is_empty() {
            let typed = p.lines(
                &crate::tr!("prompt-new-tasks"),
                &crate::tr!("prompt-new-task"),
            )?;
            if !typed.is_empty() {
                tasks = typed;
            }
        }
        if args.organization.is_none() {
            organization = non_empty(p.text(
                &crate::tr!("prompt-new-organization"),
                organization.as_deref(),
                false,
            )?);
        }
        if args.organizer.is_none() {
            organizer = non_empty(p.text(
                &crate::tr!("prompt-new-organizer"),
                organizer.as_deref(),
                false,
            )?);
        }
        if args.zones.is_none() {
            let names: Vec<&str> = zones::BUILTIN
                .iter()
                .map(|z| match p.language() {
                    Language::Ru => z.1,
                    Language::En => z.2,
                })
                .collect();
            let picked = p.choose(
                &crate::tr!("prompt-new-zones"),
                &names,
                &[true; 3],
                &crate::tr!("prompt-interrupted-new"),
            )?;
            chosen = picked.into_iter().map(|i| zones::BUILTIN[i].0).collect();
        }
    }
    let draft = skeleton::Draft {
        language,
        title: title.to_string(),
        goal,
        tasks,
        organization,
        organizer,
        series: None,
        dates,
        zones: chosen,
    };
    Ok(skeleton::render(&draft, &path.display().to_string()))
}

/// A series name changed for the school year of the new session.
struct Renamed {
    old: String,
    new: String,
}

/// The questions and text of a session copied from an earlier one; its series renamed
/// after the school year of the new dates, when the name has a year pair that differs.
fn from_earlier(
    args: &Args,
    ask: Option<&Prompter>,
    source: &Checked,
    title: &str,
    dates: Vec<NaiveDate>,
    path: &Path,
) -> Result<(String, Option<Renamed>)> {
    let info = &source.session.info;
    let renamed = match (&info.series, dates.first()) {
        (Some(old), Some(&first)) => {
            let old = old.value.trim().to_string();
            let new = scaffold::school_year::series_for(&old, first);
            (new != old).then_some(Renamed { old, new })
        }
        _ => None,
    };
    let last_day = source
        .session
        .activities
        .iter()
        .map(|a| a.day())
        .max()
        .unwrap_or(1);
    if usize::try_from(last_day).is_ok_and(|d| d > dates.len()) {
        return Err(Error::usage(crate::tr!(
            "prompt-new-days-too-few",
            days = dates.len(),
            file = source.file.path.to_string(),
            last = last_day
        )));
    }
    let text = |s: &Option<crate::session::model::Sp<String>>| s.as_ref().map(|v| v.value.clone());
    let mut changes = derive::Changes {
        language: info.language,
        title: title.to_string(),
        goal: None,
        tasks: None,
        organization: args.organization.clone(),
        organizer: args.organizer.clone(),
        series: renamed.as_ref().map(|r| r.new.clone()),
        dates,
        path: path.display().to_string(),
    };
    if let Some(goal) = &args.goal {
        changes.goal = Some(goal.clone());
    }
    if !args.tasks.is_empty() {
        changes.tasks = Some(args.tasks.clone());
    }
    if let Some(p) = ask {
        if args.goal.is_none() {
            let goal = p.text(
                &crate::tr!("prompt-new-goal"),
                text(&info.goal).as_deref(),
                true,
            )?;
            changes.goal = Some(goal);
        }
        if args.tasks.is_empty() {
            let typed = p.lines(
                &crate::tr!("prompt-new-tasks-from"),
                &crate::tr!("prompt-new-task"),
            )?;
            if !typed.is_empty() {
                changes.tasks = Some(typed);
            }
        }
        if args.organization.is_none() {
            changes.organization = non_empty(p.text(
                &crate::tr!("prompt-new-organization"),
                text(&info.organization).as_deref(),
                false,
            )?);
        }
    }
    let text = derive::derive(&source.file.text, &source.file.path, &changes).map_err(|e| {
        Error::input(
            crate::tr!(
                "prompt-new-cannot-copy",
                file = source.file.path.to_string(),
                reason = e.to_string()
            ),
            None,
        )
    })?;
    Ok((text, renamed))
}

fn non_empty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

fn report(path: &Path, copied: bool) {
    println!("{}", path.display());
    let file = path.display().to_string();
    let next = if copied {
        crate::tr!("prompt-new-next-copied", file = file.as_str())
    } else {
        crate::tr!("prompt-new-next", file = file.as_str())
    };
    eprintln!(
        "{}\n{next}",
        crate::tr!("prompt-new-created", file = file.as_str())
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
    }

    #[test]
    fn the_suggested_date_is_a_working_day_two_weeks_ahead() {
        let law = Calendar::default();
        // A Tuesday two weeks ahead stays; 4 November moves to the 5th, the New Year
        // holidays to the first working Monday, a Saturday to the Monday after.
        assert_eq!(suggested_date(day("2026-12-01"), &law), day("2026-12-15"));
        assert_eq!(suggested_date(day("2026-10-21"), &law), day("2026-11-05"));
        assert_eq!(suggested_date(day("2026-12-24"), &law), day("2027-01-11"));
        assert_eq!(suggested_date(day("2026-10-24"), &law), day("2026-11-09"));
        let with_kanikuly = Calendar {
            holidays: vec![crate::calendar::DayRange {
                first: day("2026-11-02"),
                last: day("2026-11-13"),
            }],
            workdays: Vec::new(),
        };
        assert_eq!(
            suggested_date(day("2026-10-21"), &with_kanikuly),
            day("2026-11-16")
        );
    }
}
