//! A planned series (`cowork plan`): the dates, titles and file texts of every session, checked all before any is written.

use std::collections::HashSet;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::error::{Error, Result};
use crate::i18n::dates;
use crate::scaffold::{self, skeleton};
use crate::session::model::Language;
use crate::session::zones;
use crate::view::calendar::SessionDays;
use crate::write;

/// What to plan, every default already resolved by the caller but the series name and
/// the titles.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    /// The first session's nominal date.
    pub(crate) start: NaiveDate,
    /// Months between sessions.
    pub(crate) every: u32,
    /// How many sessions.
    pub(crate) count: u32,
    /// Days per session.
    pub(crate) days: usize,
    /// The series name; empty or none: «Методические коворкинги 2026/2027» for the
    /// academic year of `start`. Each session's series is named after its own school year
    /// (see [`scaffold::school_year::series_for`]).
    pub(crate) series: Option<String>,
    /// The theme of every session; empty or none: «Методический коворкинг № 1», № 2, …
    pub(crate) title: Option<String>,
    pub(crate) organization: Option<String>,
    pub(crate) organizer: Option<String>,
    /// The folder the session files go to.
    pub(crate) dir: PathBuf,
    /// The language of the files.
    pub(crate) language: Language,
    /// The production calendar the dates keep off its days off.
    pub(crate) calendar: Calendar,
}

/// One session of the plan, ready to write.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) planned: dates::Planned,
    pub(crate) title: String,
    /// The series of its school year.
    pub(crate) series: String,
    pub(crate) dates: Vec<NaiveDate>,
    pub(crate) path: PathBuf,
    pub(crate) text: String,
    /// A file of this name is there already (`--dry-run` shows it; writing refuses it).
    pub(crate) exists: bool,
}

/// A series ready to write: every file checked.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    /// The series of the plan as its heading and calendar name it: one name, or the school
    /// years it spans in one («Методические коворкинги 2026/2027 и 2027/2028»).
    pub(crate) series: String,
    /// Where the series name differs from the one asked for (or the one before): the first
    /// day under the new name, and the name.
    pub(crate) renamed: Vec<(NaiveDate, String)>,
    pub(crate) organization: Option<String>,
    pub(crate) language: Language,
    pub(crate) entries: Vec<Entry>,
}

impl Plan {
    /// The sessions as the series' calendar lists them, each with the `uid` its file gets.
    pub(crate) fn calendar(&self) -> Vec<SessionDays> {
        self.entries
            .iter()
            .map(|e| {
                SessionDays::planned(
                    crate::session::identity::for_file(self.organization.as_deref(), &e.path),
                    e.title.clone(),
                    self.organization.clone(),
                    &e.dates,
                )
            })
            .collect()
    }

    /// How many files of the plan are there already.
    pub(crate) fn existing(&self) -> usize {
        self.entries.iter().filter(|e| e.exists).count()
    }

    /// Writes every file of the plan or none; never replaces a file: refused as a whole
    /// when a file of it exists.
    pub(crate) fn write(&self) -> Result<()> {
        refuse_existing(&self.entries)?;
        // All or nothing: a full disk half-way leaves no file of the plan behind.
        let files: Vec<write::Planned> = self
            .entries
            .iter()
            .map(|e| write::Planned {
                path: e.path.clone(),
                content: e.text.as_bytes().to_vec(),
                replace: false,
            })
            .collect();
        write::write_all(&files)
    }
}

/// The series of `request`, every file made and checked as `cowork check` would; refused
/// when two sessions would share a file. Nothing is written; the files that exist already
/// are marked (a dry run shows the plan again, [`Plan::write`] refuses them).
pub(crate) fn plan(request: &Request) -> Result<Plan> {
    let language = request.language;
    let series = request
        .series
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| dates::default_series(language, request.start));
    let planned = dates::series(
        request.start,
        request.every,
        request.count,
        &request.calendar,
    );
    let mut entries = Vec::with_capacity(planned.len());
    let mut renamed: Vec<(NaiveDate, String)> = Vec::new();
    for (i, p) in planned.iter().enumerate() {
        let title = match &request.title {
            Some(t) if !t.trim().is_empty() => t.trim().to_string(),
            _ => match language {
                Language::Ru => format!("Методический коворкинг № {}", i + 1),
                Language::En => format!("Methodical coworking No. {}", i + 1),
            },
        };
        let session_dates = request.calendar.working_days(p.date, request.days);
        scaffold::refuse_beyond_calendar(p.date, &session_dates, request.days)?;
        let own_series = scaffold::school_year::series_for(&series, p.date);
        let previous = renamed
            .last()
            .map_or(series.as_str(), |(_, name)| name.as_str());
        if own_series != previous {
            renamed.push((p.date, own_series.clone()));
        }
        let path = scaffold::session_path(&request.dir, p.date, &title);
        let draft = skeleton::Draft {
            language,
            goal: match &request.title {
                Some(_) => skeleton::default_goal(language, &title),
                None => skeleton::generic_goal(language),
            },
            title: title.clone(),
            tasks: skeleton::default_tasks(language),
            organization: request.organization.clone(),
            organizer: request.organizer.clone(),
            series: Some(own_series.clone()),
            dates: session_dates.clone(),
            zones: zones::BUILTIN.iter().map(|z| z.0).collect(),
        };
        let text = skeleton::render(&draft, &path.display().to_string());
        entries.push(Entry {
            planned: *p,
            title,
            series: own_series,
            dates: session_dates,
            exists: path.exists(),
            path,
            text,
        });
    }
    check(&entries)?;
    let mut names: Vec<String> = Vec::new();
    for entry in &entries {
        if names.last() != Some(&entry.series) {
            names.push(entry.series.clone());
        }
    }
    let series = scaffold::school_year::heading(language, &names);
    Ok(Plan {
        series,
        renamed,
        organization: request.organization.clone(),
        language,
        entries,
    })
}

/// Refuses a plan one of whose files exists: all or nothing.
fn refuse_existing(entries: &[Entry]) -> Result<()> {
    let existing: Vec<String> = entries
        .iter()
        .filter(|e| e.exists || e.path.exists())
        .map(|e| format!("  {}", e.path.display()))
        .collect();
    if !existing.is_empty() {
        return Err(Error::input(
            format!(
                "{}\n{}",
                crate::tr!("prompt-plan-exist", count = existing.len()),
                existing.join("\n")
            ),
            Some(&crate::tr!("prompt-plan-exist-hint")),
        ));
    }
    Ok(())
}

/// Every file checked before the first is written, and no two sharing a name.
fn check(entries: &[Entry]) -> Result<()> {
    let mut seen = HashSet::new();
    for entry in entries {
        if !seen.insert(&entry.path) {
            return Err(Error::usage(crate::tr!(
                "prompt-plan-same-path",
                file = entry.path.display().to_string()
            )));
        }
        scaffold::check_generated(&entry.path, &entry.text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(dir: PathBuf) -> Request {
        Request {
            start: NaiveDate::from_ymd_opt(2026, 10, 15).expect("a valid date"),
            every: 2,
            count: 3,
            days: 1,
            series: None,
            title: None,
            organization: Some("МБДОУ № 1".to_string()),
            organizer: None,
            dir,
            language: Language::Ru,
            calendar: Calendar::default(),
        }
    }

    #[test]
    fn a_series_is_planned_every_n_months_and_written_all_at_once() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let plan = plan(&request(dir.path().join("sessions"))).expect("a valid plan");
        assert_eq!(plan.series, "Методические коворкинги 2026/2027");
        assert!(plan.renamed.is_empty());
        let firsts: Vec<String> = plan
            .entries
            .iter()
            .map(|e| e.dates[0].to_string())
            .collect();
        assert_eq!(firsts, ["2026-10-15", "2026-12-15", "2027-02-15"]);
        assert_eq!(plan.entries[1].title, "Методический коворкинг № 2");
        let calendar = plan.calendar();
        assert_eq!(calendar[0].place.as_deref(), Some("МБДОУ № 1"));
        // The calendar knows each session by the `uid` written into its file.
        for (entry, session) in plan.entries.iter().zip(&calendar) {
            assert!(entry.text.contains(&format!("uid = \"{}\"", session.uid)));
        }
        plan.write().expect("the files are written");
        assert!(plan.entries.iter().all(|e| e.path.is_file()));
        // A second plan over the same files is shown, each marked, and refused as a whole.
        let again = super::plan(&request(dir.path().join("sessions"))).expect("a plan");
        assert_eq!(again.existing(), 3);
        assert!(again.write().is_err_and(|e| {
            e.to_string()
                .starts_with("3 файла плана уже существуют; ничего не записано:")
        }),);
    }

    #[test]
    fn a_plan_across_the_first_of_september_starts_a_new_series() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut across = request(dir.path().join("sessions"));
        across.start = NaiveDate::from_ymd_opt(2027, 5, 12).expect("a valid date");
        across.every = 3;
        across.series = Some("Коворкинги наставников 2025/2026".to_string());
        let plan = plan(&across).expect("a valid plan");
        let series: Vec<&str> = plan.entries.iter().map(|e| e.series.as_str()).collect();
        assert_eq!(
            series,
            [
                "Коворкинги наставников 2026/2027",
                // 12 August is still the school year 2026/2027.
                "Коворкинги наставников 2026/2027",
                "Коворкинги наставников 2027/2028",
            ]
        );
        assert_eq!(plan.series, "Коворкинги наставников 2026/2027 и 2027/2028");
        let renamed: Vec<(String, &str)> = plan
            .renamed
            .iter()
            .map(|(date, name)| (date.to_string(), name.as_str()))
            .collect();
        assert_eq!(
            renamed,
            [
                ("2027-05-12".to_string(), "Коворкинги наставников 2026/2027"),
                ("2027-11-12".to_string(), "Коворкинги наставников 2027/2028"),
            ]
        );
        assert!(
            plan.entries[2]
                .text
                .contains("series = \"Коворкинги наставников 2027/2028\"")
        );
    }
}
