//! The interactive side: when prompting is allowed, in which language, and the prompts themselves.

use std::io::{self, IsTerminal};

use chrono::NaiveDate;
use console::{Key, Term};
use dialoguer::Input;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::error::{Error, Result};
use crate::session::model::Language;

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

/// Reads a date as 2026-12-03 or, the Russian way, 03.12.2026.
pub fn parse_date(text: &str) -> std::result::Result<NaiveDate, String> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .map_err(|_| crate::tr!("prompt-not-a-date", text = t))
}

/// Defaults longer than this are printed above the prompt rather than inside it.
const LONG_DEFAULT: usize = 40;

/// Dialoguer prompts on stderr, coloured only when colour is allowed; the lists are our own
/// (see [`Prompter::pick`]).
pub struct Prompter {
    theme: Box<dyn Theme>,
    colour: bool,
}

fn cancelled(e: dialoguer::Error) -> Error {
    Error::input(
        crate::tr!("prompt-not-answered", reason = e.to_string()),
        None,
    )
}

/// Whether a prompt stopped because the user pressed Ctrl-C.
pub fn interrupted(e: &dialoguer::Error) -> bool {
    let dialoguer::Error::IO(e) = e;
    e.kind() == io::ErrorKind::Interrupted
}

/// A checklist mark: not marked, marked, or (in the attendance list) absent for a good
/// reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Off,
    On,
    Excused,
}

impl Prompter {
    pub fn new() -> Self {
        // Prompts only run on a terminal, so NO_COLOR is the one thing left to honour.
        let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let theme: Box<dyn Theme> = if colour {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Self { theme, colour }
    }

    /// The interface language the questions are asked in.
    pub fn language(&self) -> Language {
        crate::i18n::fluent::interface()
    }

    /// A line of text; `default` is offered and taken on a bare Enter.
    pub fn text(&self, prompt: &str, default: Option<&str>, required: bool) -> Result<String> {
        let empty = crate::tr!("prompt-type-something");
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
                    crate::tr!("prompt-suggested"),
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
            self.echo(prompt, &crate::render::terminal_text::inline(&answer));
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
        parse_date(&answer).map_err(|e| Error::input(e, None))
    }

    /// A whole number in `range`, re-asked until it fits.
    pub fn number(
        &self,
        prompt: &str,
        default: u8,
        range: std::ops::RangeInclusive<u8>,
    ) -> Result<u8> {
        let (min, max) = (u32::from(*range.start()), u32::from(*range.end()));
        self.count(prompt, u32::from(default), min..=max)
            .map_err(cancelled)
            .map(|n| u8::try_from(n).unwrap_or(*range.end()))
    }

    /// Several of `items` (space toggles, Enter confirms); `chosen` are preselected. Ctrl-C
    /// stops the command: `stopped` says what that left behind.
    pub fn choose(
        &self,
        prompt: &str,
        items: &[&str],
        chosen: &[bool],
        stopped: &str,
    ) -> Result<Vec<usize>> {
        let items: Vec<String> = items.iter().map(|i| i.to_string()).collect();
        let marks: Vec<Mark> = chosen
            .iter()
            .map(|&on| if on { Mark::On } else { Mark::Off })
            .collect();
        loop {
            match self.checklist(prompt, &items, marks.clone(), false) {
                Ok(Some(marks)) => {
                    return Ok(marks
                        .iter()
                        .enumerate()
                        .filter_map(|(i, m)| (*m == Mark::On).then_some(i))
                        .collect());
                }
                // Nothing to cancel to: the question stays until it is answered.
                Ok(None) => continue,
                Err(e) if interrupted(&e) => return Err(Error::Interrupted(stopped.into())),
                Err(e) => return Err(cancelled(e)),
            }
        }
    }
}

impl Default for Prompter {
    fn default() -> Self {
        Self::new()
    }
}

/// The lists and fields of the recording commands (`checkin`, `feedback`): their errors come
/// back as dialoguer's, for each command to say what was saved before the prompt stopped
/// (Ctrl-C is an error of kind [`io::ErrorKind::Interrupted`], see [`interrupted`]).
impl Prompter {
    /// One of `items` (shown with control characters as visible escapes), the cursor on
    /// `default` at first; `None` on Esc.
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
        let keys = crate::tr!("prompt-keys-pick");
        let chosen = self.list(
            prompt,
            &keys,
            items.len(),
            default,
            12,
            &|i| items[i].clone(),
            &mut |_, _| {},
        )?;
        if let Some(i) = chosen {
            self.echo(prompt, &items[i]);
        }
        Ok(chosen)
    }

    /// A checklist of `items` with their first `marks`; `excusable` adds the third mark, «по
    /// уважительной причине». `None` on Esc.
    pub fn checklist(
        &self,
        prompt: &str,
        items: &[String],
        marks: Vec<Mark>,
        excusable: bool,
    ) -> dialoguer::Result<Option<Vec<Mark>>> {
        let items: Vec<String> = items
            .iter()
            .map(|i| crate::render::terminal_text::inline(i).into_owned())
            .collect();
        let keys = if excusable {
            crate::tr!("prompt-keys-attendance")
        } else {
            crate::tr!("prompt-keys-check")
        };
        let excused_mark = crate::tr!("prompt-mark-excused");
        let marks = std::cell::RefCell::new(marks);
        let line = |i: usize| {
            let mark = match marks.borrow()[i] {
                Mark::Off => " ",
                Mark::On => "x",
                Mark::Excused => excused_mark.as_str(),
            };
            format!("[{mark}] {}", items[i])
        };
        let done = self.list(
            prompt,
            &keys,
            items.len(),
            0,
            usize::MAX,
            &line,
            &mut |key, at| {
                let mut marks = marks.borrow_mut();
                match key {
                    Key::Char(' ') => {
                        marks[at] = if marks[at] == Mark::On {
                            Mark::Off
                        } else {
                            Mark::On
                        };
                    }
                    Key::Char(c) if excusable && is_excused_key(c) => {
                        marks[at] = if marks[at] == Mark::Excused {
                            Mark::Off
                        } else {
                            Mark::Excused
                        };
                    }
                    Key::Char(c) if is_all_key(c) => {
                        let to = if marks.iter().all(|m| *m == Mark::On) {
                            Mark::Off
                        } else {
                            Mark::On
                        };
                        marks.fill(to);
                    }
                    _ => {}
                }
            },
        )?;
        let marks = marks.into_inner();
        if done.is_none() {
            return Ok(None);
        }
        let on = marks.iter().filter(|m| **m == Mark::On).count();
        let excused = marks.iter().filter(|m| **m == Mark::Excused).count();
        let answer = if excusable {
            crate::tr!(
                "prompt-marked-attendance",
                marked = on,
                excused = excused,
                total = marks.len()
            )
        } else {
            crate::tr!("prompt-marked", marked = on, total = marks.len())
        };
        self.echo(prompt, &answer);
        Ok(Some(marks))
    }

    /// A line of text, possibly empty.
    pub fn line(&self, prompt: &str) -> dialoguer::Result<String> {
        Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text()
    }

    /// A whole number in `range`, re-asked (saying which numbers fit) until it fits.
    pub fn count(
        &self,
        prompt: &str,
        default: u32,
        range: std::ops::RangeInclusive<u32>,
    ) -> dialoguer::Result<u32> {
        let (min, max) = (*range.start(), *range.end());
        let error = crate::tr!("prompt-number-range", min = min, max = max);
        // Read as text: a word («два») or a negative number gets the same plain sentence.
        let answer = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .default(default.to_string())
            .validate_with(move |s: &String| match s.trim().parse::<u32>() {
                Ok(n) if range.contains(&n) => Ok(()),
                _ => Err(error.clone()),
            })
            .interact_text()?;
        Ok(answer.trim().parse().unwrap_or(default))
    }

    /// `prompt: answer` where the question was, as dialoguer leaves a finished prompt.
    fn echo(&self, prompt: &str, answer: &str) {
        let mut echo = String::new();
        // «Кто пришёл (3 декабря)?: …» reads badly: the question mark goes.
        let prompt = prompt.strip_suffix('?').unwrap_or(prompt);
        let _ = self
            .theme
            .format_input_prompt_selection(&mut echo, prompt, answer);
        eprintln!("{echo}");
    }

    /// The list every choice goes through: a prompt line, a line of keys, and a window of
    /// at most `most` items (fewer on a small terminal) that follows the cursor. Arrows (and
    /// j/k, PgUp/PgDn, Home/End) move, Enter ends with the cursor's item, Esc (or q) with
    /// `None`, Ctrl-C with an [`io::ErrorKind::Interrupted`] error; every other key goes to
    /// `key`. The cursor of the terminal is hidden while the list is shown and restored
    /// however it ends; each line is cut to the terminal's width, so the redraw is exact.
    #[allow(clippy::too_many_arguments)]
    fn list(
        &self,
        prompt: &str,
        keys: &str,
        len: usize,
        start: usize,
        most: usize,
        line: &dyn Fn(usize) -> String,
        key: &mut dyn FnMut(Key, usize),
    ) -> dialoguer::Result<Option<usize>> {
        let term = Term::stderr();
        if !term.is_term() {
            return Err(io::Error::new(io::ErrorKind::NotConnected, "not a terminal").into());
        }
        if len == 0 {
            return Ok(None);
        }
        let mut at = start.min(len - 1);
        let mut top = 0;
        let mut drawn = 0;
        term.hide_cursor()?;
        let outcome = loop {
            let (rows, columns) = term.size();
            let width = usize::from(columns).max(20) - 1;
            let keys = wrap(keys, width);
            // The prompt, the keys and the items, with a line to spare: a screen that
            // scrolled could not be redrawn in place.
            let room = usize::from(rows).saturating_sub(2 + keys.len());
            let window = most.min(room.max(3)).min(len);
            if at < top {
                top = at;
            } else if at >= top + window {
                top = at + 1 - window;
            }
            let mut screen = Vec::with_capacity(window + 3);
            let title = if window < len {
                format!("{prompt} ({}–{} / {len})", top + 1, top + window)
            } else {
                prompt.to_string()
            };
            screen.push(self.bold(&console::truncate_str(&title, width, "…")));
            for keys in &keys {
                screen.push(self.dim(keys));
            }
            for i in top..top + window {
                let text = format!("{} {}", if i == at { ">" } else { " " }, line(i));
                let text = console::truncate_str(&text, width, "…");
                screen.push(if i == at {
                    self.current(&text)
                } else {
                    text.into_owned()
                });
            }
            if let Err(e) = term
                .clear_last_lines(drawn)
                .and_then(|()| term.write_str(&(screen.join("\n") + "\n")))
                .and_then(|()| term.flush())
            {
                break Err(e);
            }
            drawn = screen.len();
            let pressed = match term.read_key_raw() {
                Ok(k) => k,
                Err(e) => break Err(e),
            };
            match pressed {
                Key::ArrowDown | Key::Tab | Key::Char('j' | 'о') => at = (at + 1) % len,
                Key::ArrowUp | Key::BackTab | Key::Char('k' | 'л') => at = (at + len - 1) % len,
                Key::PageDown => at = (at + window).min(len - 1),
                Key::PageUp => at = at.saturating_sub(window),
                Key::Home => at = 0,
                Key::End => at = len - 1,
                Key::Enter => break Ok(Some(at)),
                Key::Escape | Key::Char('q' | 'й') => break Ok(None),
                Key::CtrlC => {
                    break Err(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C"));
                }
                other => key(other, at),
            }
        };
        // Whatever happened, the list goes and the cursor comes back.
        let _ = term.clear_last_lines(drawn);
        let _ = term.show_cursor();
        let _ = term.flush();
        Ok(outcome?)
    }

    fn bold(&self, text: &str) -> String {
        if self.colour {
            console::style(text).bold().to_string()
        } else {
            text.to_string()
        }
    }

    fn dim(&self, text: &str) -> String {
        if self.colour {
            console::style(text).dim().to_string()
        } else {
            text.to_string()
        }
    }

    fn current(&self, text: &str) -> String {
        if self.colour {
            console::style(text).cyan().bold().to_string()
        } else {
            text.to_string()
        }
    }
}

/// The line of keys in lines of at most `width` columns, broken after its commas (a part
/// longer than a line is cut).
fn wrap(keys: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for part in keys.split_inclusive(", ") {
        let candidate = format!("{current}{part}");
        if !current.is_empty() && console::measure_text_width(candidate.trim_end()) > width {
            lines.push(current.trim_end().to_string());
            current = part.to_string();
        } else {
            current = candidate;
        }
    }
    lines.push(current.trim_end().to_string());
    lines
        .into_iter()
        .map(|l| console::truncate_str(&l, width, "…").into_owned())
        .collect()
}

/// The key that marks someone absent for a good reason: «у» (уважительная причина), on the
/// key E of the Russian layout, so `e` (and the look-alike `y`) do the same.
fn is_excused_key(c: char) -> bool {
    matches!(c, 'у' | 'У' | 'e' | 'E' | 'y' | 'Y')
}

/// The key that marks everyone: `a`, the Cyrillic «а» that looks like it, and «ф», on the
/// key A of the Russian layout.
fn is_all_key(c: char) -> bool {
    matches!(c, 'a' | 'A' | 'а' | 'А' | 'ф' | 'Ф')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_wrap_after_commas() {
        assert_eq!(
            wrap("a — b, c — d, e — f", 11),
            ["a — b,", "c — d,", "e — f"]
        );
        assert_eq!(wrap("a — b, c — d", 80), ["a — b, c — d"]);
        assert_eq!(wrap("абвгдеёжзий", 5), ["абвг…"]);
    }

    #[test]
    fn dates_in_both_notations() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).expect("test input is valid");
        assert_eq!(parse_date("2026-12-03"), Ok(d));
        assert_eq!(parse_date(" 03.12.2026 "), Ok(d));
        assert!(parse_date("3 декабря").is_err());
    }
}
