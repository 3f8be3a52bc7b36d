//! A planned series (`cowork plan`): the dates, titles and file texts of every session, checked all before any is written.

use std::collections::HashSet;
use std::path::PathBuf;

use chrono::NaiveDate;

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
    /// academic year of `start`.
    pub(crate) series: Option<String>,
    /// The theme of every session; empty or none: «Методический коворкинг № 1», № 2, …
    pub(crate) title: Option<String>,
    pub(crate) organization: Option<String>,
    pub(crate) organizer: Option<String>,
    /// The folder the session files go to.
    pub(crate) dir: PathBuf,
    /// The language of the files.
    pub(crate) language: Language,
}

/// One session of the plan, ready to write.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) planned: dates::Planned,
    pub(crate) title: String,
    pub(crate) dates: Vec<NaiveDate>,
    pub(crate) path: PathBuf,
    pub(crate) text: String,
}

/// A series ready to write: every file checked.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub(crate) series: String,
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

    /// Writes every file of the plan or none; never replaces a file.
    pub(crate) fn write(&self) -> Result<()> {
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
/// when a file of it exists already or two sessions would share a file. Nothing is written.
pub(crate) fn plan(request: &Request) -> Result<Plan> {
    let language = request.language;
    let series = request
        .series
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| dates::default_series(language, request.start));
    let planned = dates::series(request.start, request.every, request.count);
    let mut entries = Vec::with_capacity(planned.len());
    for (i, p) in planned.iter().enumerate() {
        let title = match &request.title {
            Some(t) if !t.trim().is_empty() => t.trim().to_string(),
            _ => match language {
                Language::Ru => format!("Методический коворкинг № {}", i + 1),
                Language::En => format!("Methodical coworking No. {}", i + 1),
            },
        };
        let session_dates = dates::working_days(p.date, request.days);
        scaffold::refuse_beyond_calendar(p.date, &session_dates, request.days)?;
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
            series: Some(series.clone()),
            dates: session_dates.clone(),
            zones: zones::BUILTIN.iter().map(|z| z.0).collect(),
        };
        let text = skeleton::render(&draft, &path.display().to_string());
        entries.push(Entry {
            planned: *p,
            title,
            dates: session_dates,
            path,
            text,
        });
    }
    check(&entries)?;
    Ok(Plan {
        series,
        organization: request.organization.clone(),
        language,
        entries,
    })
}

/// Every target checked before the first file is written: all or nothing.
fn check(entries: &[Entry]) -> Result<()> {
    let existing: Vec<String> = entries
        .iter()
        .filter(|e| e.path.exists())
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
        }
    }

    #[test]
    fn a_series_is_planned_every_n_months_and_written_all_at_once() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let plan = plan(&request(dir.path().join("sessions"))).expect("a valid plan");
        assert_eq!(plan.series, "Методические коворкинги 2026/2027");
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
        // A second plan over the same files is refused as a whole.
        let again = super::plan(&request(dir.path().join("sessions")));
        assert!(again.is_err_and(|e| {
            e.to_string()
                .starts_with("3 файла плана уже существуют; ничего не записано:")
        }),);
    }
}
