//! `cowork feedback FILE`: add a plus, minus or interesting point to the session file in place.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::prompt::{self, Prompter};
use crate::edit;
use crate::error::{Error, Result};
use crate::session::activities::{Lookup as ActivityLookup, Titles};
use crate::session::diagnostic::did_you_mean;
use crate::session::load::List;
use crate::session::model::{FeedbackKind, Session};

#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("point").multiple(false))]
pub struct Args {
    /// The session file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// A plus: what worked
    #[arg(long, value_name = "TEXT", group = "point")]
    pub plus: Option<String>,
    /// A minus: what to improve
    #[arg(long, value_name = "TEXT", group = "point")]
    pub minus: Option<String>,
    /// An interesting point (the «И» of ПМИ)
    #[arg(long, value_name = "TEXT", group = "point")]
    pub interesting: Option<String>,
    /// How many people agreed with the point [default: 1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=9999))]
    pub votes: Option<u32>,
    /// The activity the point is about: its title (case and punctuation may differ)
    #[arg(long, value_name = "TITLE")]
    pub activity: Option<String>,
    /// Never ask; fail with a usage error when the point is not given
    #[arg(long)]
    pub no_input: bool,
}

/// One point to write.
struct Point {
    kind: FeedbackKind,
    text: String,
    votes: u32,
    activity: Option<String>,
}

pub fn run(args: &Args) -> Result<()> {
    let given = [
        (FeedbackKind::Plus, &args.plus),
        (FeedbackKind::Minus, &args.minus),
        (FeedbackKind::Interesting, &args.interesting),
    ]
    .into_iter()
    .find_map(|(kind, text)| text.as_ref().map(|t| (kind, t)));
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if given.is_none() && !interactive {
        return Err(Error::usage(crate::tr!("prompt-feedback-no-point")));
    }
    match given {
        Some((kind, text)) => {
            let text = one_line(text);
            if text.is_empty() {
                return Err(Error::usage(crate::tr!(
                    "prompt-feedback-empty",
                    flag = kind.id()
                )));
            }
            // Read once, under the lock: the activity is resolved in the file as it is now.
            let edited = edit::edit_entries(&args.file, List::Feedback, |session, doc| {
                let point = Point {
                    kind,
                    text: text.clone(),
                    votes: args.votes.unwrap_or(1),
                    activity: args
                        .activity
                        .as_deref()
                        .map(|a| resolve_activity(session, a))
                        .transpose()?,
                };
                append(doc, &point)?;
                Ok(point)
            })?;
            let (point, _, checked) = edited.before_exit();
            super::print_warnings(&checked);
            let line = added(&args.file.display().to_string(), &point);
            eprintln!("{}", crate::render::terminal_text::inline(&line));
            Ok(())
        }
        None => {
            let checked = super::load_valid(&args.file)?;
            let activity = args
                .activity
                .as_deref()
                .map(|a| resolve_activity(&checked.session, a))
                .transpose()?;
            prompt_loop(&checked.session, args, activity)
        }
    }
}

/// A point as one line: the flip chart has no paragraphs, and the file stays tidy.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The exact title of the activity a `--activity` value names: the title itself, or the one
/// title it equals after normalising case, punctuation and «ё» (see [`Titles`]).
fn resolve_activity(session: &Session, wanted: &str) -> Result<String> {
    let index = Titles::new(session);
    let titles = index.all();
    match index.lookup(wanted) {
        ActivityLookup::Found(title) => return Ok(title.to_string()),
        ActivityLookup::Ambiguous(all) => {
            return Err(Error::Usage {
                message: format!(
                    "--activity {}",
                    crate::tr!(
                        "ref-ambiguous-activity",
                        reference = crate::render::terminal_text::inline(wanted).into_owned(),
                        candidates = crate::session::activities::listed(&all, 10)
                    )
                ),
                hint: Some(crate::tr!("ref-ambiguous-activity-hint")),
            });
        }
        ActivityLookup::Unknown => {}
    }
    let hint = match did_you_mean(wanted, titles.iter().copied()) {
        Some(t) => crate::tr!("prompt-feedback-did-you-mean", title = t),
        None if titles.is_empty() => crate::tr!("prompt-feedback-no-activities"),
        None => crate::tr!("prompt-feedback-exact-title"),
    };
    Err(Error::Usage {
        message: crate::tr!("prompt-feedback-no-activity", wanted = wanted),
        hint: Some(hint),
    })
}

fn append(doc: &mut toml_edit::DocumentMut, point: &Point) -> Result<()> {
    let entry = edit::append_table(doc, "feedback")?;
    edit::set_value(entry, "kind", point.kind.id());
    edit::set_value(entry, "text", point.text.as_str());
    if let Some(activity) = &point.activity {
        edit::set_value(entry, "activity", activity.as_str());
    }
    edit::set_value(entry, "votes", i64::from(point.votes));
    Ok(())
}

/// «s.toml: добавлен плюс «…» (7 голосов)».
fn added(file: &str, point: &Point) -> String {
    crate::tr!(
        "prompt-feedback-added",
        file = file,
        kind = point.kind.id(),
        text = point.text.as_str(),
        votes = point.votes
    )
}

/// A prompt that stopped: Ctrl-C says what the points typed before it left in the file;
/// any other failure is an error that says so too.
fn prompt_failed(e: dialoguer::Error, saved: usize, file: &str) -> Error {
    if prompt::interrupted(&e) {
        return Error::Interrupted(if saved == 0 {
            crate::tr!("prompt-interrupted", file = file)
        } else {
            crate::tr!("prompt-interrupted-saved", saved = saved, file = file)
        });
    }
    Error::input(
        crate::tr!("prompt-feedback-stopped", reason = e.to_string()),
        Some(&crate::tr!("prompt-feedback-stopped-hint", saved = saved)),
    )
}

/// Asks for points until an empty line: kind, text, votes, activity. Each point is written
/// (checked, atomically) as soon as it is typed, so nothing is lost if the session is cut;
/// and each is added to the file as it is at that moment, so whatever was written into it
/// meanwhile (in an editor, by another `cowork`) stays. Every list opens on the same place
/// each time (a plus; no activity), never on the previous answer, which is easy to take by
/// mistake.
fn prompt_loop(session: &Session, args: &Args, fixed_activity: Option<String>) -> Result<()> {
    let prompter = Prompter::new();
    let file = args.file.display().to_string();
    let mut titles: Vec<&str> = Vec::new();
    for a in &session.activities {
        if !titles.contains(&a.title()) {
            titles.push(a.title());
        }
    }
    let mut activity_items: Vec<String> = vec![crate::tr!("prompt-feedback-no-activity-item")];
    activity_items.extend(titles.iter().map(|t| t.to_string()));
    let kinds: Vec<String> = vec![
        crate::tr!("prompt-feedback-plus"),
        crate::tr!("prompt-feedback-minus"),
        crate::tr!("prompt-feedback-interesting"),
    ];
    let (kind_prompt, text_prompt) = (
        crate::tr!("prompt-feedback-kind"),
        crate::tr!("prompt-feedback-text"),
    );
    let (votes_prompt, activity_prompt) = (
        crate::tr!("prompt-feedback-votes"),
        crate::tr!("prompt-feedback-activity"),
    );
    let mut saved = 0;
    while let Some(kind_index) = prompter
        .pick(&kind_prompt, &kinds, 0)
        .map_err(|e| prompt_failed(e, saved, &file))?
    {
        let text = prompter
            .line(&text_prompt)
            .map_err(|e| prompt_failed(e, saved, &file))?;
        let text = one_line(&text);
        if text.is_empty() {
            break;
        }
        let votes = prompter
            .count(&votes_prompt, args.votes.unwrap_or(1), 1..=9999)
            .map_err(|e| prompt_failed(e, saved, &file))?;
        let activity = match &fixed_activity {
            Some(a) => Some(a.clone()),
            None if titles.is_empty() => None,
            None => {
                // Esc here means «not tied to an activity».
                let i = prompter
                    .pick(&activity_prompt, &activity_items, 0)
                    .map_err(|e| prompt_failed(e, saved, &file))?
                    .unwrap_or(0);
                (i > 0).then(|| titles[i - 1].to_string())
            }
        };
        let point = Point {
            kind: FeedbackKind::ALL[kind_index],
            text,
            votes,
            activity,
        };
        edit::edit_entries(&args.file, List::Feedback, |_, doc| append(doc, &point))?;
        saved += 1;
        eprintln!("  ✓ {}", crate::tr!("prompt-feedback-saved"));
    }
    eprintln!("{}", crate::tr!("prompt-feedback-done", saved = saved));
    Ok(())
}
