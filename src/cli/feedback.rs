//! `cowork feedback FILE`: add a plus, minus or interesting point to the session file in place.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::prompt::Prompter;
use crate::edit;
use crate::error::{Failure, Result};
use crate::session::activities::{Lookup as ActivityLookup, Titles};
use crate::session::diagnostic::did_you_mean;
use crate::session::model::{FeedbackKind, Language, Session};

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
        return Err(Failure::Usage(
            "no point given: pass --plus TEXT, --minus TEXT or --interesting TEXT \
             (on a terminal without --no-input, cowork asks for the points one by one)"
                .to_string(),
        ));
    }
    match given {
        Some((kind, text)) => {
            let text = one_line(text);
            if text.is_empty() {
                return Err(Failure::Usage(format!(
                    "--{}: the text is empty",
                    kind.id()
                )));
            }
            // Read once, under the lock: the activity is resolved in the file as it is now.
            let edited = edit::edit_session(&args.file, |session, doc| {
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
            super::print_warnings(&edited.checked);
            let line = format!("{}: {}", args.file.display(), added(&edited.value));
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
            return Err(Failure::Usage {
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
        Some(t) => format!("did you mean \"{t}\"?"),
        None if titles.is_empty() => "the session has no [[activities]] yet".to_string(),
        None => "give the exact `title` of one of the [[activities]]".to_string(),
    };
    Err(Failure::Usage(format!(
        "--activity \"{wanted}\": no such activity in the session\n  = help: {hint}"
    )))
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

fn added(point: &Point) -> String {
    let votes = if point.votes == 1 {
        "1 vote".to_string()
    } else {
        format!("{} votes", point.votes)
    };
    format!(
        "added a{} {} «{}» ({votes})",
        if point.kind == FeedbackKind::Interesting {
            "n"
        } else {
            ""
        },
        match point.kind {
            FeedbackKind::Interesting => "interesting point",
            k => k.id(),
        },
        point.text,
    )
}

/// The words of the prompts, in the session's language.
struct Words {
    kind: &'static str,
    kinds: [&'static str; 3],
    text: &'static str,
    votes: &'static str,
    votes_error: &'static str,
    activity: &'static str,
    no_activity: &'static str,
    saved: &'static str,
    done: &'static str,
}

fn words(lang: Language) -> Words {
    match lang {
        Language::Ru => Words {
            kind: "Вид",
            kinds: ["Плюс", "Минус", "Интересно"],
            text: "Текст (пустая строка — закончить)",
            votes: "Голосов",
            votes_error: "нужно целое число от 1 до 9999",
            activity: "Мероприятие",
            no_activity: "— без привязки к мероприятию —",
            saved: "записано",
            done: "Записано пунктов",
        },
        Language::En => Words {
            kind: "Kind",
            kinds: ["Plus", "Minus", "Interesting"],
            text: "Text (empty line to finish)",
            votes: "Votes",
            votes_error: "a whole number from 1 to 9999",
            activity: "Activity",
            no_activity: "— not tied to an activity —",
            saved: "saved",
            done: "Points saved",
        },
    }
}

fn prompt_failed(e: dialoguer::Error, saved: usize) -> Failure {
    Failure::input(
        format!("the prompt stopped: {e}"),
        Some(&format!(
            "{saved} point(s) typed before it are saved; run the command again to add more"
        )),
    )
}

/// Asks for points until an empty line: kind, text, votes, activity. Each point is written
/// (checked, atomically) as soon as it is typed, so nothing is lost if the session is cut;
/// and each is added to the file as it is at that moment, so whatever was written into it
/// meanwhile (in an editor, by another `cowork`) stays.
fn prompt_loop(session: &Session, args: &Args, fixed_activity: Option<String>) -> Result<()> {
    let lang = session.info.language;
    let w = words(lang);
    let prompter = Prompter::new(lang);
    let mut titles: Vec<&str> = Vec::new();
    for a in &session.activities {
        if !titles.contains(&a.title()) {
            titles.push(a.title());
        }
    }
    let mut activity_items: Vec<String> = vec![w.no_activity.to_string()];
    activity_items.extend(titles.iter().map(|t| t.to_string()));
    let kinds: Vec<String> = w.kinds.iter().map(|k| k.to_string()).collect();
    let (mut kind_index, mut activity_index) = (0, 0);
    let mut saved = 0;
    while let Some(k) = prompter
        .pick(w.kind, &kinds, kind_index)
        .map_err(|e| prompt_failed(e, saved))?
    {
        kind_index = k;
        let text = prompter.line(w.text).map_err(|e| prompt_failed(e, saved))?;
        let text = one_line(&text);
        if text.is_empty() {
            break;
        }
        let votes = prompter
            .count(w.votes, args.votes.unwrap_or(1), 1..=9999, w.votes_error)
            .map_err(|e| prompt_failed(e, saved))?;
        let activity = match &fixed_activity {
            Some(a) => Some(a.clone()),
            None if titles.is_empty() => None,
            None => {
                // Esc here means «not tied to an activity».
                let i = prompter
                    .pick(w.activity, &activity_items, activity_index)
                    .map_err(|e| prompt_failed(e, saved))?
                    .unwrap_or(0);
                activity_index = i;
                (i > 0).then(|| titles[i - 1].to_string())
            }
        };
        let point = Point {
            kind: FeedbackKind::ALL[kind_index],
            text,
            votes,
            activity,
        };
        edit::edit_session(&args.file, |_, doc| append(doc, &point))?;
        saved += 1;
        eprintln!("  ✓ {}", w.saved);
    }
    eprintln!("{}: {saved}", w.done);
    Ok(())
}
