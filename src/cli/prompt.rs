//! The interactive side: when prompting is allowed, in which language, and the prompts themselves.

use std::io::IsTerminal;

use chrono::NaiveDate;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};

use crate::error::{Failure, Result};
use crate::session::model::Language;
use crate::workspace::Config;

/// `--lang` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// Russian
    Ru,
    /// English
    En,
}

impl From<LangArg> for Language {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::Ru => Language::Ru,
            LangArg::En => Language::En,
        }
    }
}

/// Prompts are shown only when both stdin and stderr are terminals and `--no-input` is absent.
pub fn can_prompt(no_input: bool) -> bool {
    !no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The language of prompts and messages for people: `--lang` of the command, else the
/// interface language the edge chose (see [`super::language::choose`]).
pub fn language(explicit: Option<LangArg>, _config: &Config) -> Language {
    explicit.map_or_else(crate::i18n::fluent::interface, Language::from)
}

/// Reads a date as 2026-12-03 or, the Russian way, 03.12.2026.
pub fn parse_date(text: &str) -> std::result::Result<NaiveDate, String> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .map_err(|_| format!("\"{t}\" is not a date; write it as 2026-12-03 or 03.12.2026"))
}

/// Defaults longer than this are printed above the prompt rather than inside it.
const LONG_DEFAULT: usize = 40;

/// Dialoguer prompts on stderr, coloured only when colour is allowed.
pub struct Prompter {
    theme: Box<dyn Theme>,
    language: Language,
}

fn cancelled(e: dialoguer::Error) -> Failure {
    Failure::input(format!("the question was not answered: {e}"), None)
}

impl Prompter {
    pub fn new(language: Language) -> Self {
        // Prompts only run on a terminal, so NO_COLOR is the one thing left to honour.
        let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let theme: Box<dyn Theme> = if colour {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Self { theme, language }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Picks the Russian or English wording.
    pub fn say<'a>(&self, ru: &'a str, en: &'a str) -> &'a str {
        match self.language {
            Language::Ru => ru,
            Language::En => en,
        }
    }

    /// A line of text; `default` is offered and taken on a bare Enter.
    pub fn text(&self, prompt: &str, default: Option<&str>, required: bool) -> Result<String> {
        let empty = self
            .say("нужно что-нибудь написать", "please type something")
            .to_string();
        let mut input = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(!required)
            .validate_with(move |s: &String| {
                if required && s.trim().is_empty() {
                    Err(empty.clone())
                } else {
                    Ok(())
                }
            });
        // Dialoguer redraws assuming its lines do not wrap (and measures them in bytes): a
        // long default is shown on a line of its own, and the answer echoed by us. So is a
        // default (taken from an earlier session file) with control characters, which
        // dialoguer would print as they are: we show them as visible escapes.
        let mut long = false;
        if let Some(d) = default.filter(|d| !d.is_empty()) {
            input = input.default(d.to_string());
            if d.chars().count() > LONG_DEFAULT
                || d.chars().any(crate::render::terminal_text::is_unsafe)
            {
                long = true;
                eprintln!(
                    "{} {}",
                    self.say(
                        "Предлагается (Enter — принять):",
                        "Suggested (Enter accepts):"
                    ),
                    crate::render::terminal_text::inline(d)
                );
                input = input.show_default(false).report(false);
            }
        }
        let answer = input
            .interact_text()
            .map(|s| s.trim().to_string())
            .map_err(cancelled)?;
        if long {
            let mut echo = String::new();
            let _ = self.theme.format_input_prompt_selection(
                &mut echo,
                prompt,
                &crate::render::terminal_text::inline(&answer),
            );
            eprintln!("{echo}");
        }
        Ok(answer)
    }

    /// Lines until an empty one (possibly none).
    pub fn lines(&self, intro: &str, item: &str) -> Result<Vec<String>> {
        eprintln!("{intro}");
        let mut out = Vec::new();
        loop {
            let line = self.text(&format!("{item} {}", out.len() + 1), None, false)?;
            if line.is_empty() {
                return Ok(out);
            }
            out.push(line);
        }
    }

    /// A date, re-asked until it parses.
    pub fn date(&self, prompt: &str, default: NaiveDate) -> Result<NaiveDate> {
        let answer = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .default(default.format("%Y-%m-%d").to_string())
            .validate_with(|s: &String| parse_date(s).map(|_| ()))
            .interact_text()
            .map_err(cancelled)?;
        parse_date(&answer).map_err(|e| Failure::input(e, None))
    }

    /// A whole number in `range`, re-asked until it fits.
    pub fn number(
        &self,
        prompt: &str,
        default: u8,
        range: std::ops::RangeInclusive<u8>,
    ) -> Result<u8> {
        let hint = format!(
            "{} {}–{}",
            self.say("введите число", "type a number"),
            range.start(),
            range.end()
        );
        Input::<u8>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .default(default)
            .validate_with(move |n: &u8| {
                if range.contains(n) {
                    Ok(())
                } else {
                    Err(hint.clone())
                }
            })
            .interact_text()
            .map_err(cancelled)
    }

    /// Several of `items` (space toggles, Enter confirms); `chosen` are preselected. Items
    /// must be short: dialoguer measures them in bytes to know how many lines to redraw,
    /// so long Cyrillic lines would make it erase lines above the list.
    pub fn choose(&self, prompt: &str, items: &[&str], chosen: &[bool]) -> Result<Vec<usize>> {
        eprintln!(
            "{}",
            self.say(
                "Пробел — отметить или снять отметку, стрелки — перейти, Enter — готово.",
                "Space marks or unmarks, arrows move, Enter confirms."
            )
        );
        let items: Vec<String> = items
            .iter()
            .map(|i| crate::render::terminal_text::inline(i).into_owned())
            .collect();
        MultiSelect::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(&items)
            .defaults(chosen)
            .interact()
            .map_err(cancelled)
    }
}

/// The lists and fields of the recording commands (`checkin`, `feedback`): their errors come
/// back as dialoguer's, for each command to say what was saved before the prompt stopped.
impl Prompter {
    /// One of `items` (shown with control characters as visible escapes); `None` on Esc.
    pub fn pick(
        &self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> dialoguer::Result<Option<usize>> {
        let items: Vec<String> = items
            .iter()
            .map(|i| crate::render::terminal_text::inline(i).into_owned())
            .collect();
        Select::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(&items)
            .default(default)
            .max_length(12)
            .interact_opt()
    }

    /// The marked items of a checklist; `None` on Esc.
    pub fn checklist(
        &self,
        prompt: &str,
        items: &[(String, bool)],
    ) -> dialoguer::Result<Option<Vec<usize>>> {
        let items: Vec<(String, bool)> = items
            .iter()
            .map(|(i, on)| (crate::render::terminal_text::inline(i).into_owned(), *on))
            .collect();
        MultiSelect::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items_checked(items)
            .interact_opt()
    }

    /// A line of text, possibly empty.
    pub fn line(&self, prompt: &str) -> dialoguer::Result<String> {
        Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text()
    }

    /// A whole number in `range`, re-asked (saying `error`) until it fits.
    pub fn count(
        &self,
        prompt: &str,
        default: u32,
        range: std::ops::RangeInclusive<u32>,
        error: &str,
    ) -> dialoguer::Result<u32> {
        let error = error.to_string();
        Input::<u32>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .default(default)
            .validate_with(move |n: &u32| {
                if range.contains(n) {
                    Ok(())
                } else {
                    Err(error.clone())
                }
            })
            .interact_text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_notations() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).expect("test input is valid");
        assert_eq!(parse_date("2026-12-03"), Ok(d));
        assert_eq!(parse_date(" 03.12.2026 "), Ok(d));
        assert!(parse_date("3 декабря").is_err());
    }
}
