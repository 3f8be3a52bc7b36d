//! The command line in the interface language.
//!
//! clap's derive takes its texts from doc comments, which are English at compile time. So
//! the `clap::Command` is built from the derive definitions ([`Cli::command`]), built once,
//! and then walked: every about, help, value name and possible value is replaced from
//! Fluent (`cli-<command>-about`, `cli-<command>-<argument>`, `cli-value-<NAME>`…), the
//! headings and usage lines are written in the same language, and clap's own errors are
//! said in words of it ([`describe`]). The man pages and completion scripts come from the
//! same command.

use std::ffi::OsString;
use std::fmt::Display;
use std::io::IsTerminal;
use std::str::FromStr;

use clap::builder::{Resettable, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::error::Error;
use crate::i18n::fluent::interface_loader;
use crate::session::diagnostic::Style;
use crate::session::model::Language;

/// The command line with every text in the interface language.
pub fn command() -> Command {
    localized(crate::i18n::fluent::interface()).0
}

/// The command line in `language` and the ids of the texts it found no message for (a
/// test wants none; at run time those keep the English of the doc comments).
pub fn localized(language: Language) -> (Command, Vec<String>) {
    let mut words = Words {
        language,
        missing: Vec::new(),
    };
    let mut cmd = Cli::command();
    // Built once so that the global options, `--help`, `--version` and the `help`
    // subcommand exist in every command and can be translated with the rest.
    cmd.build();
    let cmd = localize(cmd, "cli", "cli", &mut words);
    (cmd, words.missing)
}

/// Parses the command line: a `Cli`, or the text to print and the exit code (0 for
/// `--help` and `--version`, 2 for wrong usage).
pub fn parse(args: &[OsString], style: Style) -> Result<Cli, (String, u8)> {
    // The words only matter when clap has something to say (help, version, an error):
    // a command line that parses is parsed with the plain definition, and translating
    // every help text of every command — most of a small command's run — is skipped.
    if let Ok(cli) = Cli::command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        return Ok(cli);
    }
    let parsed = command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    parsed.map_err(|e| match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // Help goes to stdout (to stderr when a command is missing): coloured only
            // when that stream is a terminal and NO_COLOR is not set.
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let terminal = if e.use_stderr() {
                std::io::stderr().is_terminal()
            } else {
                std::io::stdout().is_terminal()
            };
            let text = if terminal && !no_color {
                e.render().ansi().to_string()
            } else {
                e.render().to_string()
            };
            // clap indents the blank line inside a help text too: no trailing spaces.
            let lines: Vec<&str> = text.trim_end().lines().map(str::trim_end).collect();
            let text = format!("{}\n", lines.join("\n"));
            (text, if e.use_stderr() { 2 } else { 0 })
        }
        _ => (describe(&e, style), 2),
    })
}

/// The messages of one language, by ids made at run time, and the ids not found.
struct Words {
    language: Language,
    missing: Vec<String>,
}

impl Words {
    /// A message, if the language has one.
    fn text(&self, id: &str) -> Option<String> {
        let loader = crate::i18n::fluent::loader(self.language);
        loader.has(id).then(|| loader.get(id))
    }

    /// A message that must exist; its id is recorded when it does not.
    fn required(&mut self, id: String) -> Option<String> {
        let found = self.text(&id);
        if found.is_none() {
            self.missing.push(id);
        }
        found
    }

    /// A fixed message of this module.
    fn tr(&mut self, id: &str) -> String {
        self.required(id.to_string())
            .unwrap_or_else(|| id.to_string())
    }
}

/// A fixed message of this module in the interface language.
fn tr(id: &str) -> String {
    let loader = interface_loader();
    loader.get(id)
}

/// The part of an id an argument or command name gives: `blank_rows` → `blank-rows`.
fn id_part(name: &str) -> String {
    name.replace('_', "-").to_lowercase()
}

/// Sets the words of `cmd` from the ids starting with `key`; its subcommands' ids start
/// with `children` (its own key, except for clap's `help`, whose entries are its parent's).
fn localize(cmd: Command, key: &str, children: &str, w: &mut Words) -> Command {
    let mut cmd = cmd;
    if let Some(about) = w.required(format!("{key}-about")) {
        cmd = cmd.about(about);
    }
    cmd = match w.text(&format!("{key}-long-about")) {
        Some(long) => cmd.long_about(long),
        None => cmd.long_about(Resettable::Reset),
    };
    if cmd.get_after_help().is_some()
        && let Some(after) = w.required(format!("{key}-after-help"))
    {
        cmd = cmd.after_help(after);
    }
    let long_help_exists = cmd
        .get_arguments()
        .any(|a| a.get_id() == "help" && a.get_long_help().is_some());
    cmd = cmd.mut_args(|arg| localize_arg(arg, key, long_help_exists, w));
    let commands = w.tr("cli-heading-commands");
    cmd = cmd
        .subcommand_help_heading(commands.clone())
        .subcommand_value_name(w.tr("cli-value-command"));
    cmd = cmd.mut_subcommands(|sub| {
        // A nested command's words are its parent's id and its name (`cli-participants-
        // import-…`); clap's own `help` command has one set of words wherever it shows, and
        // its entries (`cowork participants help import`) are the commands' own words.
        match sub.get_name() {
            "help" => localize(sub, "cli-help", children, w),
            name => {
                let sub_key = format!("{children}-{}", id_part(name));
                localize(sub, &sub_key, &sub_key, w)
            }
        }
    });
    let template = template(&cmd, w);
    cmd = cmd.help_template(template);
    // The usage line, as clap would write it, with its words translated; clap then uses
    // it in the help and in its errors alike.
    let usage = strip_heading(&cmd.render_usage().to_string())
        .replace("[OPTIONS]", &format!("[{}]", w.tr("cli-value-options")));
    cmd.override_usage(usage)
}

fn localize_arg(arg: Arg, key: &str, long_help_exists: bool, w: &mut Words) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let mut arg = arg;
    if id == "help" {
        return if long_help_exists {
            arg.help(w.tr("cli-flag-help-short"))
                .long_help(w.tr("cli-flag-help-long"))
        } else {
            arg.help(w.tr("cli-flag-help"))
        };
    }
    if id == "version" {
        return arg.help(w.tr("cli-flag-version"));
    }
    if arg.is_hide_set() {
        return arg;
    }
    // A global option has one text wherever it shows.
    let arg_key = if arg.is_global_set() {
        format!("cli-{}", id_part(&id))
    } else {
        format!("{key}-{}", id_part(&id))
    };
    let Some(mut help) = w.required(arg_key.clone()) else {
        return arg;
    };
    let mut long = w
        .text(&format!("{arg_key}-long"))
        .unwrap_or_else(|| help.clone());
    if let Some(names) = arg
        .get_value_names()
        .filter(|_| arg.get_action().takes_values())
    {
        let names: Vec<String> = names
            .iter()
            .map(|n| {
                w.required(format!("cli-value-{}", n.as_str().to_lowercase()))
                    .unwrap_or_else(|| n.to_string())
            })
            .collect();
        arg = arg.value_names(names);
    }
    // clap's own "[default: …]" and "Possible values:" are English: said here instead.
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        let words = format!(" [{}: {}]", w.tr("cli-default"), defaults.join(", "));
        help.push_str(&words);
        long.push_str(&words);
        arg = arg.hide_default_value(true);
    }
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        help.push_str(&format!(
            " [{}: {}]",
            w.tr("cli-possible-values-short"),
            names.join(", ")
        ));
        if values.iter().any(|v| v.get_help().is_some()) {
            let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
            long.push_str(&format!("\n\n{}:", w.tr("cli-possible-values")));
            for value in &values {
                let name = value.get_name();
                let words = w
                    .required(format!("{arg_key}-{}", id_part(name)))
                    .unwrap_or_default();
                let pad = " ".repeat(width - name.chars().count());
                long.push_str(&format!("\n- {name}:{pad} {words}"));
            }
        } else {
            long.push_str(&format!(
                " [{}: {}]",
                w.tr("cli-possible-values-short"),
                names.join(", ")
            ));
        }
        arg = arg.hide_possible_values(true);
    }
    arg.help(help).long_help(long)
}

/// clap's help layout, with the headings in the interface language.
fn template(cmd: &Command, w: &mut Words) -> String {
    let header = cmd.get_styles().get_header();
    let mut heading =
        |id: &str| format!("{}{}:{}", header.render(), w.tr(id), header.render_reset());
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        heading("cli-heading-usage")
    );
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        t.push_str(&format!(
            "\n\n{}\n{{subcommands}}",
            heading("cli-heading-commands")
        ));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        t.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            heading("cli-heading-arguments")
        ));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        t.push_str(&format!(
            "\n\n{}\n{{options}}",
            heading("cli-heading-options")
        ));
    }
    t.push_str("{after-help}");
    t
}

/// A usage line without clap's English "Usage: " in front.
fn strip_heading(usage: &str) -> String {
    usage
        .trim()
        .strip_prefix("Usage:")
        .unwrap_or(usage)
        .trim()
        .to_string()
}

/// A whole number from `min` to `max`; anything else is refused with the range in words.
pub fn number<T>(min: T, max: T) -> impl TypedValueParser<Value = T>
where
    T: FromStr + PartialOrd + Display + Copy + Send + Sync + 'static,
{
    clap::builder::StringValueParser::new().try_map(move |s: String| {
        s.trim()
            .parse::<T>()
            .ok()
            .filter(|n| *n >= min && *n <= max)
            .ok_or_else(|| {
                crate::tr!(
                    "cli-number-range",
                    min = min.to_string(),
                    max = max.to_string()
                )
            })
    })
}

/// A whole number of at least `min` (a day's number: its upper bound is the session's).
pub fn number_from<T>(min: T) -> impl TypedValueParser<Value = T>
where
    T: FromStr + PartialOrd + Display + Copy + Send + Sync + 'static,
{
    clap::builder::StringValueParser::new().try_map(move |s: String| {
        s.trim()
            .parse::<T>()
            .ok()
            .filter(|n| *n >= min)
            .ok_or_else(|| crate::tr!("cli-number-from", min = min.to_string()))
    })
}

fn context_string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn context_strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

/// Suggestions quoted and joined with "or", the likeliest first (clap lists it last).
fn quoted(words: &[String]) -> String {
    let mut quoted: Vec<String> = words
        .iter()
        .rev()
        .map(|w| crate::tr!("cli-quoted", text = w.as_str()))
        .collect();
    match quoted.pop() {
        Some(last) if !quoted.is_empty() => {
            crate::tr!("cli-or", first = quoted.join(", "), last = last)
        }
        Some(last) => last,
        None => String::new(),
    }
}

/// Why a value parser refused a value, in the interface language: our own parsers say it
/// already; clap's ranged integers and Rust's integer parsing are said again here.
fn validation_reason(e: &clap::Error) -> String {
    let Some(source) = std::error::Error::source(e) else {
        return String::new();
    };
    if source.downcast_ref::<std::num::ParseIntError>().is_some() {
        return crate::tr!("cli-number-not");
    }
    let said = source.to_string();
    // clap's ranged integers: "0 is not in 1..=36", "0 is not in 1..", "9 is not in ..=5".
    if let Some((_, range)) = said.split_once(" is not in ") {
        if let Some((from, to)) = range.split_once("..=") {
            return match (from.is_empty(), to) {
                (true, to) => crate::tr!("cli-number-to", max = to),
                (false, to) => crate::tr!("cli-number-range", min = from, max = to),
            };
        }
        if let Some(from) = range.strip_suffix("..") {
            return crate::tr!("cli-number-from", min = from);
        }
    }
    said
}

/// clap's error in words of the interface language, in the frame of every other error:
/// the message, a hint where clap has one, the usage line and where to read more.
pub fn describe(e: &clap::Error, style: Style) -> String {
    let arg = context_string(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context_string(e, ContextKind::InvalidValue).unwrap_or_default();
    let mut hints: Vec<String> = Vec::new();
    let suggest = |words: Vec<String>, hints: &mut Vec<String>| {
        if !words.is_empty() {
            hints.push(crate::tr!("cli-error-did-you-mean", words = quoted(&words)));
        }
    };
    let message = match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            crate::tr!("cli-error-value-missing", arg = arg.as_str())
        }
        ErrorKind::InvalidValue => {
            suggest(context_strings(e, ContextKind::SuggestedValue), &mut hints);
            let valid = context_strings(e, ContextKind::ValidValue);
            if !valid.is_empty() {
                hints.push(crate::tr!(
                    "cli-error-possible-values",
                    values = valid.join(", ")
                ));
            }
            crate::tr!(
                "cli-error-invalid-value",
                value = value.as_str(),
                arg = arg.as_str()
            )
        }
        ErrorKind::UnknownArgument => {
            suggest(context_strings(e, ContextKind::SuggestedArg), &mut hints);
            suggest(
                context_strings(e, ContextKind::SuggestedSubcommand),
                &mut hints,
            );
            if matches!(
                e.get(ContextKind::TrailingArg),
                Some(ContextValue::Bool(true))
            ) {
                hints.push(crate::tr!("cli-error-trailing", arg = arg.as_str()));
            }
            if arg.starts_with('-') {
                crate::tr!("cli-error-unknown-option", arg = arg.as_str())
            } else {
                crate::tr!("cli-error-unexpected-argument", arg = arg.as_str())
            }
        }
        ErrorKind::InvalidSubcommand => {
            let name = context_string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            suggest(
                context_strings(e, ContextKind::SuggestedSubcommand),
                &mut hints,
            );
            crate::tr!("cli-error-unknown-command", name = name.as_str())
        }
        ErrorKind::NoEquals => crate::tr!("cli-error-no-equals", arg = arg.as_str()),
        ErrorKind::ValueValidation => crate::tr!(
            "cli-error-value-validation",
            value = value.as_str(),
            arg = arg.as_str(),
            reason = validation_reason(e)
        ),
        ErrorKind::TooManyValues => crate::tr!(
            "cli-error-too-many-values",
            value = value.as_str(),
            arg = arg.as_str()
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let number = |kind| match e.get(kind) {
                Some(ContextValue::Number(n)) => *n as i64,
                _ => 0,
            };
            let expected = match e.get(ContextKind::MinValues) {
                Some(_) => number(ContextKind::MinValues),
                None => number(ContextKind::ExpectedNumValues),
            };
            crate::tr!(
                "cli-error-number-of-values",
                arg = arg.as_str(),
                expected = expected,
                actual = number(ContextKind::ActualNumValues)
            )
        }
        ErrorKind::ArgumentConflict => {
            let prior = context_strings(e, ContextKind::PriorArg);
            if prior.is_empty() {
                crate::tr!("cli-error-conflict-repeated", arg = arg.as_str())
            } else {
                crate::tr!(
                    "cli-error-conflict",
                    arg = arg.as_str(),
                    prior = prior.join(", ")
                )
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let args = context_strings(e, ContextKind::InvalidArg);
            crate::tr!(
                "cli-error-missing-argument",
                count = args.len(),
                args = args.join(", ")
            )
        }
        ErrorKind::MissingSubcommand => {
            let valid = context_strings(e, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                hints.push(crate::tr!(
                    "cli-error-possible-commands",
                    commands = valid.join(", ")
                ));
            }
            crate::tr!("cli-error-missing-command")
        }
        ErrorKind::InvalidUtf8 => crate::tr!("cli-error-invalid-utf8"),
        _ => {
            // An I/O or format failure of clap itself: its own words are all there is.
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    };
    let hint = (!hints.is_empty()).then(|| hints.join("; "));
    let failure = Error::Usage {
        message,
        hint: hint.clone(),
    };
    let mut out = failure.render(style);
    let usage = context_string(e, ContextKind::Usage)
        .map(|u| strip_heading(&u))
        .filter(|u| !u.is_empty());
    let Some(usage) = usage else {
        out.push_str(&format!("\n\n{}", crate::tr!("cli-error-more-plain")));
        return out;
    };
    {
        // The command whose help to read: the words of the usage before its arguments.
        let name: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect();
        out.push_str(&format!(
            "\n\n{}: {usage}\n\n{}",
            tr("cli-heading-usage"),
            crate::tr!("cli-error-more", command = name.join(" "))
        ));
    }
    out
}

/// A manual page in roff with its section headings in the interface language (clap_mangen
/// writes them in English).
pub fn man_page(cmd: Command) -> std::io::Result<String> {
    let commands = tr("cli-heading-commands");
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    let headings = [
        ("NAME", "cli-manpage-name"),
        ("SYNOPSIS", "cli-manpage-synopsis"),
        ("DESCRIPTION", "cli-manpage-description"),
        ("OPTIONS", "cli-manpage-options"),
        (commands.as_str(), "cli-manpage-commands"),
        ("EXTRA", "cli-manpage-extra"),
        ("VERSION", "cli-manpage-version"),
        ("AUTHORS", "cli-manpage-authors"),
    ];
    let lines: Vec<String> = page
        .lines()
        .map(|line| {
            let Some(heading) = line.strip_prefix(".SH ") else {
                return line.to_string();
            };
            let bare = heading.trim_matches('"');
            match headings.iter().find(|(english, _)| *english == bare) {
                Some((_, id)) => format!(".SH \"{}\"", tr(id)),
                None => line.to_string(),
            }
        })
        .collect();
    let mut text = lines.join("\n");
    text.push('\n');
    Ok(text)
}

/// Every manual page: the command's own and one per subcommand (`cowork-new.1`, …), as
/// (file name, roff); the `help` subcommand has none.
pub fn man_pages(cmd: &Command) -> std::io::Result<Vec<(String, String)>> {
    let mut pages = Vec::new();
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        pages.extend(man_pages(sub)?);
    }
    let name = cmd.get_display_name().unwrap_or_else(|| cmd.get_name());
    pages.push((format!("{name}.1"), man_page(cmd.clone())?));
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_argument_has_its_words_in_both_languages() {
        for language in [Language::Ru, Language::En] {
            let (_, missing) = localized(language);
            assert!(
                missing.is_empty(),
                "no {language:?} text for these commands and arguments (add them to the \
                 `## cli` section of i18n/*/cowork.ftl): {missing:?}"
            );
        }
    }

    #[test]
    fn the_help_is_russian() {
        let help = command().render_long_help().to_string();
        assert!(
            help.contains("Использование: cowork [ПАРАМЕТРЫ] <КОМАНДА>"),
            "{help}"
        );
        assert!(help.contains("Команды:"), "{help}");
        assert!(help.contains("Параметры:"), "{help}");
        assert!(!help.contains("Print help"), "{help}");
    }

    #[test]
    fn numbers_say_their_range() {
        let e = command()
            .try_get_matches_from(["cowork", "groups", "s.toml", "--count", "0"])
            .expect_err("0 groups is refused");
        let text = describe(&e, Style::Plain);
        assert!(text.contains("от 1 до 1000"), "{text}");
    }
}
