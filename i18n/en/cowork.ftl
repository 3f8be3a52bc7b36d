# The words of cowork's interface. One file per language, the same ids in both (a test
# checks it). Sections keep the areas apart; put a new message into the section of the
# module that says it. Plurals use CLDR categories: Russian one/few/many, English one/other.

## error — the frame of every error message (src/error.rs, src/cli)
label-error = error
label-warning = warning
label-help = help
label-note = note
error-count = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
warning-count = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
file-has-errors = the file has errors
not-shown = { $errors } and { $warnings } more in { $file } are not shown; fix the ones above and check again
io-failed = cannot { $action } { $path }: { $reason }
io-failed-then = cannot { $action } { $path }: { $reason }; { $outcome }
io-action-read = read
io-action-write = write
io-action-lock = lock
io-action-open = open
io-action-change = change
io-action-create-folder = create the folder
io-action-move-folder = move the folder
io-action-keep-owner = keep the owner of
outcome-nothing-written = nothing was written
outcome-nothing-changed = nothing was changed
read-only = { $path } is read-only; nothing was changed
read-only-hint = cowork does not change a read-only file; if it should change, allow writing to it (in Windows: Properties → clear “Read-only”; elsewhere chmod u+w)
hard-links = { $path } has { $names } names (hard links); writing it safely would give this name a new file and leave the others with the old one; nothing was changed
hard-links-hint = keep one real file and make the other names symbolic links to it (ln -sf), which cowork follows
locked = { $path } is being changed by another cowork run (it holds { $lock }); nothing was changed
locked-hint = wait until the other run finishes (an open `cowork checkin` or `cowork serve`?), then try again
output-is-input = -o { $output } is the session file { $input } itself; nothing was written
output-is-input-hint = give another name for the document, e.g. -o plan.md

## cli — help, usage, clap's own errors, man pages (src/cli)
# The command line: headings, the texts of `--help` (one id per command and argument:
# cli-<command>-about, cli-<command>-<argument>, cli-<command>-<argument>-<value>; a
# global option is cli-<argument>), value names (cli-value-<NAME>), clap's errors.
cli-heading-usage = Usage
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-default = default
cli-possible-values = Possible values
cli-possible-values-short = possible values
cli-flag-help-short = Print help (see more with '--help')
cli-flag-help-long = Print help (see a summary with '-h')
cli-flag-help = Print help
cli-flag-version = Print version
cli-value-options = OPTIONS
cli-value-command = COMMAND
cli-value-dir = DIR
cli-value-file = FILE
cli-value-path = PATH
cli-value-lang = LANG
cli-value-format = FORMAT
cli-value-theme = THEME
cli-value-date = DATE
cli-value-n = N
cli-value-months = MONTHS
cli-value-name = NAME
cli-value-text = TEXT
cli-value-ids = IDS
cli-value-ref = REF
cli-value-title = TITLE
cli-value-message = MESSAGE
cli-value-zone = ZONE
cli-value-shell = SHELL
# The parts every document command shares.
cli-doc-file = The session file
cli-doc-format = Output format [default: from the -o extension, else for the terminal when stdout is one, else md]
cli-doc-output = Write to this file instead of stdout (`-` for stdout)
cli-doc-day = Only this day (1 = the first date of the session)
cli-doc-table = A table for the terminal
cli-doc-md-archive = Markdown (what the archive keeps)
cli-doc-html = One printable HTML page
cli-doc-txt = Plain text
cli-doc-docx = A Word document (A4, Times New Roman, Word styles)
cli-doc-organization = The educational organization [default: from cowork.toml]
cli-about = Plans, sign-in sheets, summaries and reports for methodical coworking sessions
cli-long-about = cowork reads one TOML file per methodical coworking session («методический коворкинг») and produces what the methodist needs: the printed plan, sign-in sheets, balanced groups, the plus/minus summary and the post-session report.
cli-templates = Directory whose templates override the built-in ones by file name [default: cowork.toml's `templates`, else ./templates if present]
cli-lang = Language of the program's messages [default: COWORK_LANG, else cowork.toml's `language`, else the locale, else Russian]; `new` and `plan` write the file in it too
cli-lang-ru = Russian
cli-lang-en = English
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-subcommand = Print help for the subcommand(s)
cli-new-about = Scaffold a session file (asks on a terminal; flags otherwise)
cli-new-title = The theme (тема) of the session
cli-new-date = The first day, as 2026-12-03 or 03.12.2026
cli-new-days = How many days, 1 to 3; the days after the first skip Saturday and Sunday [default: 1, or as many as the --from session had]
cli-new-organization = { cli-doc-organization }
cli-new-organizer = The responsible methodist, e.g. "Соколова Марина Викторовна, методист" [default: from cowork.toml]
cli-new-goal = The goal (цель) [default: asked on a terminal, else a sample goal from the theme]
cli-new-tasks = A task (задача); repeat for each one [default: asked on a terminal, else sample tasks]
cli-new-zones = The coworking zones, comma-separated: interactive, presentation, media-hub [default: asked on a terminal, else all three]
cli-new-from = Start from an earlier session: same zones, participants and programme, new dates, none of its attendance, feedback, decisions, products, indicators or report
cli-new-no-input = Never ask questions, even on a terminal (then --title and --date are required)
cli-new-output = The folder to write the session to [default: sessions/ at the workspace root]
cli-check-about = Validate session files: every error and warning with file:line:column
cli-check-files = Session files to check
cli-agenda-about = The printed plan: «План проведения методического коворкинга»
cli-agenda-file = { cli-doc-file }
cli-agenda-format = { cli-doc-format }
cli-agenda-format-table = { cli-doc-table }
cli-agenda-format-md = { cli-doc-md-archive }
cli-agenda-format-html = { cli-doc-html }
cli-agenda-format-txt = { cli-doc-txt }
cli-agenda-format-json = The resolved schedule for scripts
cli-agenda-format-ics = iCalendar (RFC 5545): one event per activity, for calendar apps
cli-agenda-format-docx = { cli-doc-docx }
cli-agenda-output = { cli-doc-output }
cli-agenda-day = { cli-doc-day }
cli-agenda-zone = The door schedule of one zone (its id or name): an A4 page per day
cli-attendance-about = Sign-in sheets: «Лист регистрации участников», one per day
cli-attendance-file = { cli-doc-file }
cli-attendance-format = { cli-doc-format }
cli-attendance-format-table = { cli-doc-table }
cli-attendance-format-md = { cli-doc-md-archive }
cli-attendance-format-html = Printable HTML: one A4 page per day with room to sign
cli-attendance-format-csv = For spreadsheets: UTF-8 with a BOM, one row per participant per day (`;`-separated for Russian sessions, as Russian Excel expects)
cli-attendance-format-xlsx = An Excel workbook: a sheet per day, ready to print on A4, with a column to sign
cli-attendance-format-docx = { cli-doc-docx }
cli-attendance-output = { cli-doc-output }
cli-attendance-day = { cli-doc-day }
cli-attendance-blank-rows = Empty numbered rows after the participants, for people who come unregistered [default: `blank_rows` of cowork.toml, else 5]
cli-checkin-about = Record who came on a day, in the session file (a checklist on a terminal, or flags)
cli-checkin-file = The session file; it is changed in place, keeping every comment
cli-checkin-day = The day (1 = the first date of the session); may be left out for a one-day session
cli-checkin-present = Someone who came: their id or full name (repeat for each person)
cli-checkin-excused = Someone absent for a good reason (уважительная причина); repeat for each person
cli-checkin-absent = Someone recorded by mistake: taken off the day's `present` and `excused`
cli-checkin-guests = How many unregistered guests came
cli-checkin-no-input = Never prompt, even on a terminal
cli-groups-about = The groups for group work: as the file records them, or made anew (--count N)
cli-groups-file = { cli-doc-file }
cli-groups-format = { cli-doc-format }
cli-groups-format-table = { cli-doc-table }
cli-groups-format-md = Markdown
cli-groups-format-json = The groups for scripts
cli-groups-format-html = A printable A4 page: every group with its members
cli-groups-format-docx = { cli-doc-docx }
cli-groups-output = { cli-doc-output }
cli-groups-count = Make this many groups anew (1 to 1000) [default: show the groups the file records]
cli-groups-regroup = Make the groups anew, as many as the file records
cli-groups-day = Only those recorded present on this day (`cowork checkin` records them)
cli-groups-include-all = Put organizers and guests into groups too (with --count or --regroup)
cli-groups-write = Record `group = K` on each participant in the file (comments and layout kept); those left out lose an old `group` (with --count or --regroup)
cli-feedback-about = Add a plus, minus or interesting point of the discussion (asks on a terminal)
cli-feedback-file = { cli-doc-file }
cli-feedback-plus = A plus: what worked
cli-feedback-minus = A minus: what to improve
cli-feedback-interesting = An interesting point (the «И» of ПМИ)
cli-feedback-votes = How many people agreed with the point [default: 1]
cli-feedback-activity = The activity the point is about: its title (case and punctuation may differ)
cli-feedback-no-input = Never ask; fail with a usage error when the point is not given
cli-summary-about = «Итоги обсуждения: плюсы и минусы» of one session or of a series
cli-summary-files = One session file, or several sessions of a series
cli-summary-format = { cli-doc-format }
cli-summary-format-table = { cli-doc-table }
cli-summary-format-md = Markdown
cli-summary-format-html = { cli-doc-html }
cli-summary-format-json = The figures for scripts
cli-summary-format-docx = { cli-doc-docx }
cli-summary-output = { cli-doc-output }
cli-summary-by-activity = Group the points under the activities they are about (one session only)
cli-report-about = «Аналитическая справка по итогам методического коворкинга»
cli-report-file = { cli-doc-file }
cli-report-format = { cli-doc-format }
cli-report-format-md = { cli-doc-md-archive }
cli-report-format-html = { cli-doc-html }
cli-report-format-txt = { cli-doc-txt }
cli-report-format-json = The figures for scripts
cli-report-format-xlsx = The figures in an Excel workbook: participation, pros and cons, decisions, indicators — a sheet each
cli-report-output = { cli-doc-output }
cli-report-anonymize = Leave every personal name out (roles and counts instead), for posting online
cli-certificates-about = Certificates of participation and of presentation: one A4 landscape page each
cli-certificates-file = { cli-doc-file }
cli-certificates-format = Output format [default: from the -o extension, else md when stdout is a terminal, else html]
cli-certificates-format-md = Markdown
cli-certificates-format-html = Printable HTML: each certificate on an A4 landscape page
cli-certificates-output = { cli-doc-output }
cli-certificates-only = Only this person's certificates: an id, the full name, or the surname with initials
cli-certificates-all-registered = A certificate of participation for everyone registered, even with no attendance recorded
cli-report-draft = A draft, marked “Draft”; this way a report can be prepared before the session too
cli-archive-about = Render every document of the sessions into archive/ and commit them with git
cli-archive-files = Session files, or folders whose *.toml files are all archived
cli-archive-dir = The archive folder [default: archive]
cli-archive-planned = Archive sessions still ahead too (their first day is after today): the plan, and the report marked as a draft. Without it they are left out, each one named
cli-archive-no-commit = Only write the files; leave git alone (works outside a repository)
cli-archive-allow-detached = Commit even on a detached HEAD (the commit is then on no branch)
cli-archive-message = The commit message [default: «Архив: <тема> (<даты>)»]
cli-list-about = The sessions of a folder in date order: planned, held, archived
cli-list-dir = The folder of session files [default: sessions/ at the workspace root]
cli-list-format = Output format [default: from the -o extension, else table]
cli-list-format-table = A table for people
cli-list-format-json = JSON for scripts
cli-list-format-ics = iCalendar for calendar apps: each session with its hours, days without a programme as whole days
cli-list-format-xlsx = An Excel workbook: a row per session, the dates as Excel dates
cli-list-output = Write to this file instead of stdout (`-` for stdout)
cli-participants-about = Participants from a spreadsheet (.xlsx, .ods, .csv) into the session file, and back
cli-participants-import-about = Add the people of a spreadsheet (.xlsx, .ods, .csv) to the session file
cli-participants-import-file = The session file; it is changed in place, keeping every comment
cli-participants-import-list = The list: .xlsx, .xls, .ods or .csv with a header row (Full name, Position, Organisation, Experience, Role, id)
cli-participants-import-dry-run = Only show who would be added; change nothing
cli-participants-export-about = Write the participants out as a spreadsheet (.xlsx or .csv)
cli-participants-export-file = { cli-doc-file }
cli-participants-export-output = Where to write the list: an .xlsx or .csv file
cli-value-list = LIST
cli-plan-about = Plan a series: a session file every N months, off weekends
cli-plan-start = The first session's date, as 2026-10-15 or 15.10.2026
cli-plan-every = Months between sessions («1 раз в два месяца» = 2)
cli-plan-count = How many sessions
cli-plan-series = The series name written into every file [default: «Методические коворкинги 2026/2027» for the academic year of --start]; a year pair in it (2026/2027) follows each session's school year
cli-plan-title = The theme of every session [default: «Методический коворкинг № 1», № 2, …]
cli-plan-days = Days per session, 1 to 3
cli-plan-organization = { cli-doc-organization }
cli-plan-organizer = The responsible methodist [default: from cowork.toml]
cli-plan-output = The folder to write the sessions to [default: sessions/ at the workspace root]
cli-plan-format = What to print: the plan as a table, or an iCalendar file of the series
cli-plan-format-table = A table of the planned sessions
cli-plan-format-ics = An iCalendar file of the sessions as all-day events (days apart are separate events), for calendar apps
cli-plan-dry-run = Show the plan without writing any file
cli-templates-about = List the built-in templates, or write them out to customise
cli-templates-dump = Write every built-in template into DIR to customise them [default DIR: cowork.toml's `templates`, else ./templates]
cli-templates-force = With --dump: replace templates already in DIR
cli-completions-about = Print a shell completion script
cli-completions-shell = The shell to complete in
cli-completions-after-help = Install, for example:
    {"  "}bash: cowork completions bash > ~/.local/share/bash-completion/completions/cowork
    {"  "}zsh:  cowork completions zsh > ~/.zfunc/_cowork   (with fpath+=~/.zfunc in ~/.zshrc)
    {"  "}fish: cowork completions fish > ~/.config/fish/completions/cowork.fish
cli-man-about = Print the manual page (roff)
cli-man-dir = Write cowork.1 and a page per subcommand (cowork-new.1, …) into DIR instead of printing cowork.1
cli-man-after-help = Read it now: cowork man | man -l -
    Install: cowork man --dir ~/.local/share/man/man1
cli-groups-recorded = recorded the group of each participant in { $path }
cli-groups-unchanged = { $path } already records these groups; unchanged
cli-groups-no-attendance = no attendance is recorded for day { $day }
cli-groups-no-attendance-hint = record who came first: cowork checkin { $file } --day { $day }
cli-groups-needs-count = { $flag } applies only when groups are made anew: add --count N (how many groups) or --regroup (as many as the file records)
cli-groups-none-recorded = { $file } records no groups: say how many to make, e.g. --count 4
cli-groups-too-few = --count { $count }: only { $people ->
    [one] { $people } participant is
   *[other] { $people } participants are
} registered (organizers and guests left out); ask for fewer groups
cli-groups-too-few-all = --count { $count }: only { $people ->
    [one] { $people } participant is
   *[other] { $people } participants are
} registered; ask for fewer groups
cli-groups-too-few-present = --count { $count }: only { $people ->
    [one] { $people } participant is
   *[other] { $people } participants are
} present on day { $day }; ask for fewer groups
cli-summary-by-activity-one = --by-activity groups the points of one session; give one file, or leave it out
cli-man-failed = cannot write the manual page: { $reason }
cli-man-written = Wrote the manual pages to { $dir }
cli-manpage-name = NAME
cli-manpage-synopsis = SYNOPSIS
cli-manpage-description = DESCRIPTION
cli-manpage-options = OPTIONS
cli-manpage-commands = SUBCOMMANDS
cli-manpage-extra = EXTRA
cli-manpage-version = VERSION
cli-manpage-authors = AUTHORS
# clap's errors, kind by kind; $arg is an option with its value name («--count <N>»).
cli-quoted = '{ $text }'
cli-or = { $first } or { $last }
cli-error-did-you-mean = did you mean { $words }?
cli-error-possible-values = possible values: { $values }
cli-error-possible-commands = commands: { $commands }
cli-error-value-missing = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-unknown-option = unexpected argument '{ $arg }' found
cli-error-unexpected-argument = unexpected argument '{ $arg }' found
cli-error-trailing = to pass '{ $arg }' as a value, use '-- { $arg }'
cli-error-unknown-command = unrecognized subcommand '{ $name }'
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-number-of-values = '{ $arg }' takes { $expected } values but { $actual } were given
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
cli-error-conflict-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-missing-argument = { $count ->
    [one] the following required argument was not provided: { $args }
   *[other] the following required arguments were not provided: { $args }
}
cli-error-missing-command = no command was given
cli-error-invalid-utf8 = the command line has text that is not UTF-8
cli-error-more = For more information, try '{ $command } --help'.
cli-error-more-plain = For more information, try '--help'.
cli-number-range = expected a whole number from { $min } to { $max }
cli-number-from = expected a whole number of at least { $min }
cli-number-to = expected a whole number of at most { $max }
cli-number-not = expected a whole number
cli-zone-unknown = --zone “{ $zone }”: there is no such zone. The session's zones: { $zones }
cli-zone-format = --zone: a door schedule is made in md, html, txt or docx, not { $format }
cli-day-out-of-range = --day { $day }: the session has { $days ->
    [one] { $days } day
   *[other] { $days } days
}

## check — diagnostics of session files and cowork.toml (src/session, src/workspace)
# TOML syntax, and the habits of hand-written text (src/session/toml_read.rs, habits.rs)
check-syntax = this is not valid TOML: { $detail }
check-syntax-plain = this is not valid TOML
check-syntax-hint = check quotes, brackets and `=` on this line; text values need "double quotes"
check-syntax-date-hint = dates are written 2026-12-03 and times 09:30 (24-hour clock)
check-toml-number = a number is written wrongly
check-toml-string = a text value is written wrongly
check-toml-key = a key is written wrongly
check-toml-value = there is no value after `=`
check-toml-array = a [list] is not closed, or a comma is missing in it
check-toml-table = a [table] header is written wrongly
check-toml-inline-table = a {"{"}table in braces{"}"} is written wrongly
check-toml-assignment = a key and its value need `=` between them
check-toml-unexpected = there is something extra on this line
check-toml-duplicate = this key is already in this table
check-habit-date = a date is written with dots
check-habit-date-label = dates are written year-month-day
check-habit-time = an hour is written with one digit
check-habit-time-label = hours take two digits
check-habit-quotes = a text is in typographic quotes
check-habit-quotes-label = TOML only understands straight quotes "…"
check-habit-fix = write it as: { $line }
check-date-hint = write a date as 2026-12-03 (year-month-day)
check-date-hint-exact = write the date year-month-day: { $date }
check-time-hint = write a time as 10:30 (24-hour clock)
check-time-hint-exact = write the time with two-digit hours: { $time }
# The located reader (src/session/toml_read.rs, load.rs)
check-root = the file
check-list-entry = [[{ $key }]] #{ $n }
check-not-a-session-key = not a key of the session format
check-type-nothing = nothing
check-type-table = a table
check-type-tables = an array of tables
check-type-string = a string
check-type-integer = an integer
check-type-float = a float
check-type-boolean = a boolean
check-type-datetime = a date or time
check-type-array = an array
check-type-inline-table = an inline table
check-this-is = this is { $what }
check-unknown-key = unknown key `{ $key }` in { $table }
check-did-you-mean-key = did you mean `{ $key }`?
check-did-you-mean-header = did you mean { $header }?
check-did-you-mean = did you mean "{ $value }"?
check-keys-of = keys of { $table }: { $keys }
check-wrong-type = `{ $key }` in { $table } must be { $expected }
check-wrong-element = every element of `{ $key }` in { $table } must be { $expected }
check-missing-key = { $table } has no `{ $key }`
check-not-a-date = `{ $key }` in { $table } is not a date
check-not-a-time = `{ $key }` in { $table } is not a time of day
check-unknown-choice = unknown { $key } "{ $value }" in { $table }
check-one-of = one of: { $values }
check-element-not-table = every element of `{ $key }` must be a table
check-element-not-table-hint = write each one as a [[{ $key }]] section
check-not-a-list = `{ $key }` must be a list of [[{ $key }]] tables
check-not-a-list-hint = start each entry with a [[{ $key }]] line
check-expect-quoted = a string in "double quotes"
check-expect-string = a string
check-expect-integer = a whole number
check-expect-boolean = true or false
check-expect-array = an array: [{ $expected }, …]
check-expect-table = a table, written as a [{ $key }] section
check-expect-zone-table = a table of zone settings
check-expect-dates = an array of dates: [2026-12-03, …]
check-expect-number-or-string = a number or a string
check-empty-file = the session file is empty
check-empty-file-hint = a session needs at least a [session] table with `title` and `dates`; `cowork new` writes a ready skeleton
check-no-session = the file has no [session] table
check-no-session-hint = start the file with [session] and its `title` and `dates`
check-element-not-a-date = this is not a date
check-add-title = add the theme: title = "Игровые технологии в ДОО"
check-add-dates = add the days: dates = [2026-12-03, 2026-12-04]
check-add-name = add the full name: name = "Иванова Анна Петровна"
check-add-activity-title = add a title: title = "Мастер-класс «Время действовать!»"
check-add-day = say which day this is: day = 1
check-add-kind = kind = "plus", "minus" or "interesting"
check-add-feedback-text = write the point itself: text = "…"
check-add-decision-text = write what was decided: text = "…"
check-add-product-title = name the product: title = "…"
check-add-indicator-name = name the figure: name = "…"
check-add-indicator-value = give the figure: value = 5 (a number or a string)
check-add-signatory-position = add the position of whoever signs: position = "Director, Children's Arts Centre"
check-add-signatory-name = add the signature, initials and surname: name = "P. P. Petrov"
# Validation (src/session/validate.rs)
check-schema = unsupported schema { $schema }
check-schema-hint = this version of cowork reads schema = 1
check-empty-title = the theme (`title`) is empty
check-empty-title-hint = write the theme of the session in `title`
check-unknown-timezone = unknown time zone "{ $value }"
check-unknown-timezone-close = a time zone is written as the IANA database names it; did you mean timezone = "{ $zone }"?
check-unknown-timezone-hint = a time zone is written as the IANA database names it: timezone = "Europe/London", "Europe/Moscow", "Asia/Novosibirsk"
check-empty-uid = the session's calendar identity (`uid`) is empty
check-empty-uid-hint = delete the `uid` line, and the file's name serves instead, or write any text and never change it
check-no-goal = the session has no goal
check-no-goal-hint = add goal = "…": the agenda and the report print it under the theme
check-empty-dates = `dates` is empty
check-empty-dates-hint = list the session days: dates = [2026-12-03]
check-dates-order = the dates must go in order, each day after the one before
check-dates-order-hint = { $date } is not later than { $previous }
check-too-many-days = a session cannot last { $days } days; { $most } is the most
check-too-many-days-hint = plan a series of sessions instead (`cowork plan`)
check-long-session = a coworking usually lasts 1 to 3 days; this one has { $days }
check-long-session-hint = is it really one session? a series is better planned as several files (`cowork plan`)
check-name-twice = name "{ $name }" is used twice
check-name-twice-hint = each participant needs a unique name, so references stay unambiguous
check-id-twice = id "{ $id }" is used twice
check-id-twice-hint = each participant needs a unique id, so references stay unambiguous
check-id-is-name = id "{ $id }" is another participant's name
check-id-is-name-hint = choose an id that is not anybody's full name
check-empty-id = `id` is empty
check-empty-name = `name` is empty
check-negative-experience = `experience` cannot be negative
check-negative-experience-hint = years of teaching experience: 0 or more
check-group-below-one = `group` numbers start at 1
check-zone-id = zone id "{ $id }" is not allowed
check-zone-id-hint = zone ids use lowercase Latin letters, digits and `-`, and the name goes in `name`: [zones.{ $id }] with name = "{ $name }"
check-zone-without-name = custom zone "{ $id }" has no `name`
check-zone-without-name-hint = add name = "…": the documents print it
check-unknown-participant = unknown participant "{ $name }" in `{ $key }`
check-no-participants-hint = add them to [[participants]] first (name, and an optional short id)
check-unknown-participant-hint = use a participant's `id`, full `name`, or surname with initials (“Gromova E. V.”) from [[participants]]
check-moderator-twice = "{ $name }" is listed twice as a moderator
check-attendance-day = attendance for day { $day }, but the session has { $days ->
    [one] { $days } day
   *[other] { $days } days
}
check-day-hint = `day` counts the dates of [session]: 1 to { $days }
check-attendance-twice = attendance for day { $day } is given twice
check-attendance-twice-hint = keep one [[attendance]] table per day and merge the lists
check-present-twice = "{ $name }" is listed twice in one day's `present`
check-present-twice-hint = remove the repeated name
check-present-and-excused = "{ $name }" is both present and excused
check-present-and-excused-hint = someone who came is not absent: keep them in one list
check-excused-twice = "{ $name }" is listed twice in `excused`
check-negative-guests = `guests` cannot be negative
check-votes = `votes` must be 1 or more
check-votes-hint = votes counts the people who agreed with the point; leave it out for 1
check-unknown-activity = unknown activity "{ $title }"
check-unknown-activity-hint = use the `title` of one of the [[activities]] (case, quotes and punctuation do not matter)
check-empty-programme = the programme is empty: no [[activities]]
check-empty-programme-hint = add the activities of the four phases; `cowork new` shows an example
check-missing-phase = no activity belongs to the phase { $name } (`phase = "{ $phase }"`)
check-missing-phase-hint = the model has four phases: immersion, presentation, group-work, discussion
check-discussion-not-last = the plus/minus discussion is not the last phase of the last day
check-discussion-not-last-hint = the model ends with the discussion «плюсы и минусы»; move it to the end of the last day
check-zone-unused = zone "{ $zone }" has no activity
check-zone-unused-hint = plan something there, or remove the zone
check-no-moderator = "{ $title }" has no moderator
check-no-moderator-hint = add moderators = ["…"]: every phase of the coworking is led by someone
check-hours = `hours` is the volume of the programme in hours: a whole number above zero
check-hours-hint = for example hours = 16; leave `hours` out if the documents need no volume
check-break-with-phase = the break "{ $title }" has a phase, but a break belongs to no phase: the plan prints it without one
check-break-with-phase-hint = remove `phase` from the break; if it is an activity rather than a break, remove break = true
check-break-with-moderators = the break "{ $title }" has moderators, but the plan prints a break without them
check-break-with-moderators-hint = remove `moderators` from the break; if it is an activity rather than a break, remove break = true
# The schedule (src/session/schedule.rs)
check-day-outside = day { $day } is outside the session, which has { $days ->
    [one] { $days } day
   *[other] { $days } days
}
check-unknown-zone = unknown zone "{ $zone }"
check-unknown-zone-hint = known zones: { $zones }; declare a new one with a [zones.{ $id }] table and name = "{ $name }"
check-duration-and-end = an activity takes `duration` or `end`, not both
check-duration-and-end-hint = keep one of them: duration = 45 (minutes) or end = 10:30
check-no-duration = "{ $title }" has neither `duration` nor `end`
check-no-duration-hint = add duration = 45 (minutes) or end = 10:30
check-duration = `duration` must be a positive number of minutes
check-duration-hint = for example duration = 45
check-past-midnight = "{ $title }" starts at { $start } and runs past midnight
check-past-midnight-hint = an activity must end on the day it starts; split it over two days
check-end-before-start = "{ $title }" ends at { $end } but starts at { $start }
check-end-before-start-hint-implicit = with no `start` it begins when the activity above it in the same zone ends; give it a `start`
check-end-before-start-hint = the end must be later than the start on the same day (activities cannot cross midnight)
check-in-zone = in zone "{ $zone }"
check-with-plenary = with a plenary activity (it takes every zone)
check-overlap = "{ $title }" ({ $start }–{ $end }) overlaps "{ $other }" ({ $other_start }–{ $other_end }) { $place }
check-overlap-hint = move one of them, or put it in another zone
check-double-booking = { $person } moderates "{ $first }" and "{ $second }" at the same time
check-double-booking-hint = a moderator cannot be in two activities that overlap; change the time or the moderator
# cowork.toml (src/workspace/config.rs)
check-no-cwd = cannot tell the current directory: { $reason }
check-config-has-errors = { $file } has { $errors }; fix it or remove the key (the README lists what it may hold)
check-not-a-setting = not a setting of cowork.toml
check-blank-rows = `blank_rows` must be between 0 and { $most }
check-blank-rows-hint = the number of empty numbered rows for walk-ins on a sign-in sheet
check-expect-folder = a folder name in "double quotes", e.g. "{ $key }"
# Reading a file (src/session/file.rs)
check-not-found-hint = check the path; session files usually live in sessions/
check-cannot-open = cannot open { $path }: { $reason }
check-cannot-read = cannot read { $path }: { $reason }
check-no-such-file = no such file
check-permission-denied = permission denied
check-is-folder = { $path } is a folder, not a session file
check-is-folder-hint = name a .toml file inside it
check-utf16 = { $path } is saved as UTF-16 ({ $order }); cowork reads UTF-8 only
check-windows-1251 = { $path }:{ $line }:{ $column }: the file is saved as Windows-1251; cowork reads UTF-8 only
check-not-utf8 = { $path }:{ $line }:{ $column }: the file is not UTF-8 text
check-save-as-utf8 = save it as UTF-8: in Notepad, File → Save as → Encoding: UTF-8 (in the Russian Notepad: «Файл → Сохранить как → Кодировка: UTF-8»)
check-size-mib = { $mib } MiB
check-size-over = over { $mib } MiB
check-too-big-session = { $path } is { $size }; a session file may be at most { $most } MiB; a session of a whole city is under 1 MiB
check-too-big-file = { $path } is { $size }; a file cowork reads may be at most { $most } MiB; a session of a whole city is under 1 MiB
check-too-big-hint = is this really the right file?
check-refused = { $path } has { $errors }; fix it and run the command again (`cowork check { $path }` lists them all)
# cowork check (src/cli/check.rs)
check-file-ok = ok
check-file-warnings = ok, { $warnings }
check-summary-one = the session file has problems (see above)
check-summary = { $failed } of { $total } files { $failed ->
    [one] has
   *[other] have
} problems (see above)
# Hidden characters and look-alike names (src/session/validate/wording.rs)
check-hidden-control = a control character
check-hidden-direction = a text-direction character
check-hidden-invisible = an invisible character
check-hidden = `{ $key }` has { $what }, { $character }
check-here = here
check-here-and-more = here, and { $more } more in this text
check-remove-escape = remove `{ $escape }` from the text
check-replace-tab = replace the tab with a space
check-one-line = write this text on one line
check-why-direction = it makes text show in another order than it is written, and most editors do not show it
check-why-invisible = most editors do not show it; it usually comes with copied text
check-delete-it = delete it: { $place } ({ $why })
check-sits-between = it sits between «{ $before }» and «{ $after }»
check-sits-start = it sits at the start, before «{ $after }»
check-sits-end = it sits at the end, after «{ $before }»
check-sits-alone = it is all there is in the text
check-a-space = a space
check-extra-leading = { $what } at the start
check-extra-trailing = { $what } at the end
check-extra-double = { $what } more between words
check-extra-invisible = invisible { $what }
check-extra-there = the other has { $what }
check-other-form = `{ $letter }` is written as { $here } where the other has { $there }
check-instead-of-space = { $here } where the other has a space
check-space-instead = { $here } where the other has { $there }
check-script-instead = { $script ->
    [latin] Latin
   *[cyrillic] Cyrillic
} `{ $here }` ({ $here_code }) where the other has { $other_script ->
    [latin] Latin
   *[cyrillic] Cyrillic
} `{ $there }` ({ $there_code })
check-case-instead = { $size ->
    [capital] capital
   *[small] small
} `{ $here }` where the other has { $other_size ->
    [capital] capital
   *[small] small
} `{ $there }`
check-letter-instead = `{ $here }` where the other has `{ $there }`
check-what-name = name
check-what-id = id
check-what-zone-name = zone name
check-what-title = title
check-whose-zone-name = name
check-many-case = capital and small letters differ in { $n } places
check-many-script = { $first }, and so in { $n } places
check-many-form = { $n } letters are written in another Unicode form
check-many-space = { $n } spaces or invisible characters differ
check-many-letters = { $n } letters differ
check-look-alike = { $what } "{ $value }" looks the same as { $owner ->
    [participant] another participant's
    [zone] another zone's
   *[activity] another activity's
} { $whose } "{ $first }"
check-written-differently = written differently
check-and-more = ; and { $n } more
check-retype-layout = retype it with one keyboard layout: a Latin and a Cyrillic letter that look the same are different letters
check-retype-letter = retype the letter by hand: copied text sometimes holds one letter as two characters, a letter and a combining mark
check-one-space = keep one plain space between words and none at the ends
check-retype-invisible = retype the text by hand: it has a character that cannot be seen
check-same-person = if it is one person, keep one [[participants]] entry; references must match a name or an id letter for letter
check-zone-names-differ = give the zones names that differ visibly
check-same-title = write one title the same way each time: `activity` in [[feedback]] must match it letter for letter
check-looks-the-same = looks the same
check-mixed-script = { $what } "{ $value }" mixes Latin and Cyrillic letters in one word
check-mixed-script-label = { $script ->
    [latin] Latin
   *[cyrillic] Cyrillic
} `{ $letter }` ({ $code }) among { $other_script ->
    [latin] Latin
   *[cyrillic] Cyrillic
} letters
check-retype-word = retype the word with one keyboard layout: a Latin and a Cyrillic letter that look the same are different letters
check-did-you-mean-look-alike = did you mean "{ $value }"? it looks the same, but has { $differences }
check-too-deep = nested too deeply: this line has too many dotted key parts or brackets
check-too-deep-hint = tables are not nested this deep; check the header or the key on this line
check-no-such-date = there is no such date: { $date }
check-no-such-date-hint = check the day and the month: the calendar has no such day
check-zone-id-hint-only = zone ids use lowercase Latin letters, digits and `-`, e.g. [zones.{ $id }], and the name goes in `name`

## prompt — questions, answers, validation of answers (src/cli/prompt.rs, checkin, feedback, new, plan)
prompt-not-a-date = "{ $text }" is not a date; write it as 2026-12-03 or 03.12.2026
prompt-type-something = please type something
prompt-suggested = Suggested (Enter accepts):
prompt-not-answered = the question was not answered: { $reason }
prompt-number-range = a whole number from { $min } to { $max }, please
prompt-keys-pick = ↑↓ choose, Enter confirms, Esc cancels
prompt-keys-check = ↑↓ move, Space marks or unmarks, a marks everyone, Enter confirms
prompt-keys-attendance = ↑↓ move, Space: came, e: excused, a marks everyone, Enter confirms, Esc cancels
prompt-mark-excused = e
prompt-marked = { $marked } of { $total }
prompt-marked-attendance = { $marked } of { $total }, { $excused } excused
prompt-interrupted = Interrupted; { $file } was not changed
prompt-interrupted-new = Interrupted; no file was created
prompt-interrupted-saved = Interrupted; { $saved ->
    [one] the { $saved } point saved before stays
   *[other] the { $saved } points saved before stay
} in { $file }
prompt-failed = the prompt failed: { $reason }
prompt-failed-hint = pass the values as flags, e.g. --present REF
prompt-checkin-which-day = Which day?
prompt-checkin-day = Day { $day } — { $date }
prompt-checkin-today = (today)
prompt-checkin-who-came = Who came on { $date }?
prompt-checkin-guests = Unregistered guests
prompt-checkin-cancelled = Cancelled; { $file } was not changed.
prompt-checkin-no-day = no day chosen; pass --day N
prompt-checkin-say-who = say who came: --present REF (repeat it for each person), --excused REF or --guests N
prompt-checkin-say-who-terminal = say who came: --present REF (repeat it for each person), --excused REF or --guests N; on a terminal, leave them out to tick names in a list
prompt-checkin-pass-day = pass --day N: the session has { $days ->
    [one] { $days } day
   *[other] { $days } days
}
prompt-checkin-unknown = no participant "{ $name }" in { $file }
prompt-checkin-unknown-hint = use an id, the full name, or the surname with initials from [[participants]] (`cowork attendance` lists everyone)
prompt-checkin-close = close matches: { $names }
prompt-checkin-nothing-recorded = nothing was recorded; { $file } is unchanged
prompt-checkin-both = "{ $name }" is given both as { $first } and { $second }
prompt-checkin-both-hint = a person is either present, absent for a good reason (--excused) or absent; nothing was recorded
prompt-checkin-vanished = the attendance table vanished while editing
prompt-checkin-nobody = the session has no registered participants to tick
prompt-checkin-nobody-hint = add them as [[participants]] first, or record only the guests with --guests N
prompt-checkin-summary = day { $day } ({ $date }): { $present } of { $registered } present
prompt-checkin-summary-excused = , { $excused } excused
prompt-checkin-summary-guests = , { $guests ->
    [one] { $guests } guest
   *[other] { $guests } guests
}
prompt-checkin-recorded = { $summary }; recorded in { $file }
prompt-checkin-unchanged = { $summary }; already recorded, { $file } unchanged
prompt-feedback-no-point = no point given: pass --plus TEXT, --minus TEXT or --interesting TEXT (on a terminal without --no-input, cowork asks for the points one by one)
prompt-feedback-empty = --{ $flag }: the text is empty
prompt-feedback-no-activity = --activity "{ $wanted }": no such activity in the session
prompt-feedback-did-you-mean = did you mean "{ $title }"?
prompt-feedback-no-activities = the session has no [[activities]] yet
prompt-feedback-exact-title = give the exact `title` of one of the [[activities]]
prompt-feedback-added = { $file }: { $kind ->
    [plus] added a plus
    [minus] added a minus
   *[interesting] added an interesting point
} «{ $text }» ({ $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
})
prompt-feedback-kind = Kind
prompt-feedback-plus = Plus
prompt-feedback-minus = Minus
prompt-feedback-interesting = Interesting
prompt-feedback-text = Text (empty line to finish)
prompt-feedback-votes = Votes
prompt-feedback-activity = Activity
prompt-feedback-no-activity-item = — not tied to an activity —
prompt-feedback-saved = saved
prompt-feedback-done = { $saved ->
    [one] { $saved } point saved
   *[other] { $saved } points saved
}
prompt-feedback-stopped = the prompt stopped: { $reason }
prompt-feedback-stopped-hint = { $saved ->
    [one] the { $saved } point typed before it is saved
   *[other] the { $saved } points typed before it are saved
}; run the command again to add more
prompt-new-not-a-zone = "{ $id }" is not a zone; the zones are { $zones }
prompt-new-missing = cowork new needs { $flags } here: there is no terminal to ask on (or --no-input was given)
prompt-new-missing-hint = for example: cowork new --title "Игровые технологии в ДОО" --date 2026-12-03
prompt-new-and = and
prompt-new-empty-title = --title is empty: give the theme
scaffold-invalid-toml = the new session would not be valid TOML; nothing was written
scaffold-would-have-errors = the new session would have { $count ->
    [one] { $count } error
   *[other] { $count } errors
}; nothing was written
scaffold-beyond-calendar = a session from { $first } does not fit in the calendar: its days run past 31 December 9999
scaffold-beyond-calendar-hint = give an earlier date (--date or --start)
scaffold-line-break = { $flag } is one line: it cannot hold a line break
scaffold-line-break-hint = write the theme on one line, in quotes: { $flag } "Game-based learning in speech development"
prompt-new-title = Theme of the coworking
prompt-new-first-day = First day (YYYY-MM-DD or DD.MM.YYYY)
prompt-new-days = How many days (1–3)
prompt-new-goal = Goal
prompt-new-tasks = Tasks, one per line, an empty line ends (none typed: sample tasks):
prompt-new-tasks-from = Tasks, one per line, an empty line ends (none typed: the earlier ones stay):
prompt-new-task = Task
prompt-new-organization = Educational organization
prompt-new-organizer = Responsible methodist (name, position)
prompt-new-zones = Coworking zones
prompt-new-days-too-few = --days { $days }: { $file } has activities on day { $last }; pass --days { $last } or more
prompt-new-cannot-copy = cannot copy { $file }: { $reason }
prompt-new-created = Created { $file }.
prompt-new-series-renamed = The series is named after the new session's school year: “{ $new }” (was “{ $old }”), so last year's open decisions are not carried into its plan. If it is the same series, change `series` in [session].
prompt-new-next = Next: open it in an editor and replace the sample values; check it with cowork check { $file }, see the plan with cowork agenda { $file }
prompt-new-next-copied = Next: review the theme, goal, tasks, participants and times; check it with cowork check { $file }, see the plan with cowork agenda { $file }
prompt-plan-exist = { $count ->
    [one] { $count } file of the plan already exists
   *[other] { $count } files of the plan already exist
}; nothing was written:
prompt-plan-exist-hint = cowork never overwrites a session file; write the plan elsewhere with -o DIR, or move the old files away
prompt-plan-same-path = two sessions of the plan would both be { $file }
prompt-plan-series-renamed = From { $date } the sessions belong to the series “{ $series }”: a series is named after its school year (1 September to 31 August).
prompt-plan-dry-run = Dry run: no file was written.
prompt-plan-written = Wrote { $count ->
    [one] { $count } file
   *[other] { $count } files
} to { $dir }. Fill in the themes and programmes, then run cowork check.
prompt-groups-one = group { $group } has only one person: { $count ->
    [one] { $count } group
   *[other] { $count } groups
} for { $people ->
    [one] { $people } participant
   *[other] { $people } participants
}
prompt-groups-one-hint = for at least two in every group, ask for at most { $most ->
    [one] { $most } group
   *[other] { $most } groups
}: --count { $most }
prompt-groups-one-recorded-hint = add someone else to this group (`group = { $group }`), or make the groups anew: cowork groups { $file } { $anew } --write

## participants — lists of participants in spreadsheets (src/participant_list, src/cli/participants.rs)
participants-list-kind = { $path }: cowork cannot read a list of this kind
participants-list-kind-hint = save the list as an Excel workbook (.xlsx), OpenDocument (.ods) or CSV (.csv) and give that file
participants-list-too-big = { $path } is larger than { $limit } MB, which is not a list of participants; nothing was changed
participants-list-too-big-hint = give the file with the list of participants (.xlsx, .ods or .csv)
participants-sheet-unreadable = cannot read { $path } as an { $kind } spreadsheet (“{ $reason }”); nothing was changed
participants-sheet-unreadable-hint = open the file in Excel or LibreOffice and save it again as .xlsx, .ods or .csv
participants-csv-unreadable = cannot read { $path }: line { $line } is not a line of CSV; nothing was changed
participants-csv-unreadable-hint = open the file in Excel or LibreOffice and save it again as CSV
participants-encoding = { $path } was read as { $encoding }
participants-list-empty = the list { $path } has no filled-in rows; nothing was changed
participants-no-name-column = the list { $path } has no column of names: the headings in row { $row } are { $found }; nothing was changed
participants-no-name-column-hint = the list needs a header row with a “Full name” column (or “Surname”, “First name”, “Patronymic” as three columns); the other columns are optional: “Position”, “Organisation”, “Experience”, “Role”, “id”
participants-row-no-name = row { $row }: no name; the row is skipped
participants-row-experience = row { $row }: experience “{ $value }” is not a number of years (such as 5 or “5 years”); the row is skipped
participants-row-role = row { $row }: unknown role “{ $value }” (participant, moderator, mentor, guest, organizer); the row is skipped
participants-skip-in-file = row { $row }: “{ $name }” is already in the file; skipped
participants-skip-in-file-as = row { $row }: “{ $name }” is already in the file as “{ $existing }”; skipped
participants-skip-repeated = row { $row }: “{ $name }” was already in row { $first }; skipped
participants-skip-id-taken = row { $row }: the id “{ $id }” of “{ $name }” already belongs to “{ $by }”; skipped
participants-row = row { $row }: { $person }
participants-experience = { $years ->
    [one] { $years } year of experience
   *[other] { $years } years of experience
}
participants-role = { $role ->
    [moderator] moderator
    [mentor] mentor
    [guest] guest
    [organizer] organizer
   *[participant] participant
}
participants-added = { $file }: { $added ->
    [one] { $added } participant added
   *[other] { $added } participants added
}, { $skipped } skipped
participants-would-add = { $file }: { $added ->
    [one] { $added } participant would be added
   *[other] { $added } participants would be added
}, { $skipped } skipped; the file is unchanged (--dry-run)
participants-export-kind = -o { $path }: a list of participants can be written only as .xlsx or .csv
participants-export-kind-hint = give a file with one of these extensions: { $formats } (e.g. -o participants.xlsx)
participants-export-failed = cannot make the list of participants (“{ $reason }”); nothing was written
participants-exported = { $path }: { $count ->
    [one] { $count } participant written
   *[other] { $count } participants written
}

## edit — changing a session file: locks, writes (src/edit, src/write.rs, src/io_failure.rs)
edit-write-folder = cannot write { $path }: it is a folder
edit-write-folder-hint = give a file name, e.g. -o plan.md
edit-exists = cannot write { $path }: it already exists
edit-exists-hint = cowork never overwrites it; delete or rename the old file first
edit-toml-output = -o { $path }: documents are never written as .toml, the extension of session files and cowork.toml; nothing was written
edit-toml-output-hint = give the document its own extension, e.g. -o plan.md or -o plan.html
edit-stdout-failed = cannot write to stdout: { $reason }
write-binary-terminal = a document in { $format } is not text and cannot be shown in a terminal; nothing was written
write-binary-terminal-hint = name a file: -o { $example }
edit-too-big = the change would make { $path } bigger than cowork reads (at most { $mib } MiB); the file was not changed
edit-too-big-hint = is this really the right file? a session of a whole city is under 1 MiB
edit-would-break = the edit would break { $path }; the file was not changed
edit-would-break-hint = please report this as a bug of cowork
edit-would-leave-errors = the change would leave { $path } with { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}; the file was not changed
edit-kept-changing = { $path } kept changing while cowork was writing it; nothing was written
edit-kept-changing-hint = another program keeps saving it: close it (or save there last), then try again
edit-no-such-file = cannot open { $path }: no such file
edit-no-such-file-hint = check the path; session files usually live in sessions/
edit-is-folder = { $path } is a folder, not a session file
edit-is-folder-hint = name a .toml file inside it
edit-not-ordinary = { $path } is not an ordinary file; cowork changes only ordinary files
edit-not-ordinary-hint = copy it into a file and name that file instead
edit-waiting = { $path } is being changed by another cowork run; waiting up to { $seconds } s…
edit-not-a-list = `{ $key }` in the session file is not a list of [[{ $key }]] tables
edit-not-a-list-hint = run `cowork check` on the file and fix it first
edit-outcome-file-unchanged = the file was not changed
edit-outcome-not-taken-back = some files written before it could not be taken back
edit-cause-full = the disk is full (no space, or no room for more files)
edit-cause-full-hint = free some space on that disk, or write somewhere else
edit-cause-quota = your disk quota is used up
edit-cause-quota-hint = delete some of your files there, or write somewhere else
edit-cause-read-only = the disk is read-only
edit-cause-read-only-hint = write to another disk or folder (a write-protected USB stick?)
edit-cause-denied = permission denied
edit-cause-denied-hint = you may not write there: check the permissions of the file and of its folder, or write somewhere else
edit-cause-not-found = no such file or folder
edit-cause-not-found-hint = check the path: the folder must exist
edit-cause-not-a-folder = a file stands where a folder should be
edit-cause-not-a-folder-hint = move that file away or choose another folder
edit-cause-is-a-folder = a folder stands where the file should be
edit-cause-is-a-folder-hint = give another file name, or move that folder away
edit-cause-too-large = the file is too large for that disk
edit-cause-busy = the file is busy (open in another program?)
edit-cause-busy-hint = close it in the other program and try again

## archive — the archive and git (src/archive, src/cli/archive.rs)
# git hints (src/archive/messages.rs)
archive-hint-not-a-repository = if there is no repository yet, run `git init` where the archive should be kept; if git says something else above, fix that; or pass --no-commit to only write the files
archive-hint-no-identity = tell git who you are, once: git config --global user.name "Your Name" and git config --global user.email you@example.org — then run cowork archive again
archive-hint-not-installed = install git, or pass --no-commit to only write the files
archive-hint-commit-refused = git refused the commit — usually a hook (pre-commit, commit-msg) or commit signing (commit.gpgsign): fix what git reports above and run cowork archive again, or pass --no-commit to only write the files
archive-hint-git-failed = fix what git reports above and run cowork archive again, or pass --no-commit to only write the files
archive-hint-detached = check out a branch first (git switch BRANCH, or git switch -c NEW-BRANCH to keep what is checked out), or pass --allow-detached to commit here anyway
archive-hint-move-target-exists = cowork archive picks a free folder; something created this one meanwhile: run it again
archive-hint-index-locked = another git command is running in this repository, or one stopped and left its lock behind: wait for it to finish; if no git is running, delete { $lock } and run cowork archive again
archive-hint-disk-full = free some space on the disk that holds the archive, or choose another --dir, and run cowork archive again
archive-hint-read-only-disk = the archive's disk is mounted read-only (or is a write-protected stick): choose another --dir, or make the disk writable
archive-hint-permission = you may not write in the archive folder: check its permissions (or that no other program holds the file open), or choose another --dir
archive-hint-file-for-folder = move that file out of the archive folder (cowork needs a folder of that name there) and run cowork archive again
archive-hint-folder-for-file = move that folder out of the archive folder (cowork needs a file of that name there) and run cowork archive again
archive-hint-check-folder = check the archive folder and run cowork archive again
archive-detached-head = HEAD is detached (no branch is checked out): a commit here would belong to no branch and be found only in the reflog; nothing was written
# git failures and what a rollback left (src/archive/failure.rs, transaction.rs)
archive-nothing-written = nothing was written
archive-rollback-nothing-written = nothing was written: the archive is as it was
archive-rollback-nothing-changed = nothing was changed: the archive files and the git index are as they were
archive-rollback-left = these could not be put back as they were:
archive-rollback-index = the git index ({ $command }): { $output }
archive-git-locked = git's index is locked: { $lock } exists
archive-git-no-identity = git does not know who you are, so it cannot commit
archive-git-not-a-repository = git finds no repository it can use for the archive folder
archive-git-failed = { $command } failed
archive-git-failed-code = { $command } failed, exit status { $code }
archive-git-silent = (git exited with status { $code } and printed nothing)
archive-git-not-installed = git is not installed (no `git` on PATH)
archive-git-cannot-run = cannot run git: { $reason }
archive-git-cannot-talk = cannot talk to git: { $reason }
archive-git-ignores = git ignores { $path } (.gitignore or .git/info/exclude), so the archive cannot be committed; nothing was written
archive-git-ignores-hint = remove the pattern that matches the archive folder, choose another --dir, or pass --no-commit
# the archive's files (src/archive/files.rs, repository.rs, run.rs, documents.rs)
archive-cannot-read = cannot read { $path }: { $reason }
archive-cannot-read-hint = the archive folder must hold only files cowork wrote; move this one aside
archive-move-target-exists = cannot move { $from } to { $to }: it exists already
archive-cannot-resolve = cannot resolve { $path }: { $reason }
archive-dir-dotdot = --dir { $path }: name the archive folder without `..` after a folder that does not exist
archive-outside-work-tree = { $path } is outside the git work tree { $root }
archive-path-not-text = the path of { $path } is not valid text
archive-path-not-text-hint = name the archive folder with letters, digits and dashes
archive-invalid-one = the session file has problems; nothing was archived
archive-invalid-some = { $failed } of { $total } session files have problems; nothing was archived
archive-invalid-hint = fix them (`cowork check` lists every problem) and run cowork archive again
archive-no-dates = { $path } has no dates; the archive files sessions by their first date
archive-no-dates-hint = add `dates = [2026-12-03]` to `[session]`
archive-unknown-document = cowork does not know how to make { $file } for the archive
archive-unknown-document-hint = this is a bug in cowork; please report it
# cowork archive (src/cli/archive.rs)
archive-empty-message = -m/--message: the commit message is empty
archive-dir-is-file = { $path } is a file; the archive must be a folder (pass another --dir)
archive-cannot-read-folder = cannot read the folder { $path }: { $reason }
archive-no-session-files = { $path } holds no session files (*.toml)
archive-no-session-files-hint = name the session files, or the folder that holds them (usually sessions/)
archive-checking = checking { $path }
archive-rendering = rendering { $path }
archive-session-unchanged = up to date
archive-session-changed = { $count ->
    [one] { $count } file changed
   *[other] { $count } files changed
}
archive-session = { $folder }/: { $state }
archive-session-moved = { $folder }/: { $state } (moved from { $old }/)
archive-skipped-ahead = { $path } left out: the session is still ahead (its first day is { $date }); add --planned to archive its plan now
archive-all-ahead = { $count ->
    [1] the session is still ahead; nothing archived
   *[other] all { $count } sessions are still ahead; nothing archived
}
archive-all-ahead-hint = add --planned to archive the plan now (the report marked “Draft”), or run cowork archive once the session is held
archive-unreadable-copy = { $path } cannot be read as a session file; the archive index lists it by its folder name
archive-done-unchanged-no-git = nothing changed: { $dir } is up to date (git not touched)
archive-done-written = wrote { $count ->
    [one] { $count } file
   *[other] { $count } files
} into { $dir } (git not touched: --no-commit)
archive-done-up-to-date = nothing changed: { $dir } is up to date; no commit made
archive-done-committed = committed { $head } “{ $subject }”: { $count ->
    [one] { $count } file
   *[other] { $count } files
}

## render — templates (src/render, src/workspace/templates.rs)
render-unreadable = cannot read template { $path }: { $reason }
render-broken = template { $path } is broken
render-broken-override-hint = fix it, or delete it to use the built-in one (`cowork templates` lists them)
render-broken-own-hint = fix it; `{"{%"} include {"%}"}` and `{"{%"} extends {"%}"}` name a template by its path inside the templates folder, or `builtin/NAME` for a built-in one
render-broken-builtin = the built-in template { $name } is broken
render-circle = templates extend or include each other in a circle: { $chain }
render-circle-hint = a template that replaces a built-in one and wants to extend it names it `builtin/NAME`, as in {"{%"} extends "builtin/agenda.html" {"%}"}
render-unknown = there is no template { $name }
render-unknown-hint = `cowork templates` lists the built-in ones and those of your templates folder
render-failed = template { $path } failed to render
render-failed-builtin = built-in template { $name } failed to render
render-several-broken = the templates do not compile
render-no-folder = --templates { $path }: no such directory
render-no-folder-hint = name a folder that exists, or create one: cowork templates --dump DIR
render-prepare-failed = cannot prepare the document: { $reason }
render-xlsx-failed = cannot make the Excel workbook: { $reason }
render-docx-failed = cannot put the Word document together: { $reason }
render-folder-unreadable = cannot read the templates folder { $dir }: { $reason }

## tables — terminal tables and lists (src/render/table.rs, src/cli/list.rs, templates)
table-list-dates = Dates
table-list-theme = Theme
table-list-series = Series
table-list-status = Status
table-list-participants = Participants
table-list-activities = Activities
table-list-file = File
table-list-invalid = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}
table-list-status-planned = planned
table-list-status-held = held
table-list-status-archived = archived
table-list-status-stale = archive out of date
table-list-calendar-skipped = { $file } is left out of the calendar: it has errors (cowork check { $file })
table-list-empty = No session files (*.toml) in { $dir }.
table-list-no-folder = cannot read the folder { $dir }: { $reason }
table-list-no-folder-hint = create a session with `cowork new`, or name the folder: cowork list DIR
xlsx-list-sheet = Sessions
xlsx-list-first-date = First day
xlsx-list-last-date = Last day
xlsx-list-pluses = Pros
xlsx-list-minuses = Cons
xlsx-list-interesting = Interesting
table-plan-number = No.
table-plan-dates = Dates
table-plan-weekday = Weekday
table-plan-file = File
table-plan-note = Note
table-plan-moved = moved from { $date } ({ $reason })
table-plan-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
table-templates-name = Template
table-templates-renders = Renders
table-templates-in-use = In use
table-templates-builtin = built-in
table-templates-hint = `cowork templates --dump` writes them out; edit a copy and every document uses it.
    A template of yours can {"{%"} include "NAME" {"%}"} or {"{%"} extends "NAME" {"%}"} any other, and name a built-in one as builtin/NAME.
table-renders-own = your own template, for others to include or extend
table-renders-agenda-md = the agenda (План проведения) in Markdown
table-renders-agenda-html = the agenda as a printable HTML page
table-renders-agenda-txt = the agenda as plain text
table-renders-door-md = the door schedule of a zone in Markdown
table-renders-door-html = the door schedules of the zones as printable HTML, one A4 page per zone and day
table-renders-door-txt = the door schedule of a zone as plain text
table-renders-attendance-md = the sign-in sheets (Лист регистрации) in Markdown
table-renders-attendance-html = the sign-in sheets as printable HTML, one A4 page per day
table-renders-summary-md = the plus/minus summary (Итоги обсуждения) in Markdown
table-renders-summary-html = the plus/minus summary as a printable HTML page
table-renders-summary-series-md = the plus/minus summary of a series of sessions in Markdown
table-renders-summary-series-html = the plus/minus summary of a series as a printable HTML page
table-renders-report-md = the post-session report (Аналитическая справка) in Markdown
table-renders-report-html = the post-session report as a printable HTML page
table-renders-report-txt = the post-session report as plain text
table-renders-groups-md = the groups for group work in Markdown
table-renders-groups-html = the groups as one printable A4 page
table-renders-archive-index-md = the archive's README.md: every archived session with links
table-renders-base-html = the page every HTML document extends: its <head>, with the style
table-renders-style-css = the print style shared by every HTML document
table-renders-session-header-html = the theme, dates, venue, goal and tasks atop the HTML agenda and report
table-renders-certificates-md = the certificates in Markdown
table-renders-certificates-html = the certificates as printable HTML, one A4 landscape page each
table-renders-room-participants-html = the room's page for the phones: add a plus, a minus or an "interesting", vote
table-renders-room-door-html = the methodist's page at the door: check-in, walk-ins, totals
table-renders-room-board-html = the room's board for the projector: the points as they come, the QR code to join
table-renders-room-error-html = the room's page for a refused form or address
table-renders-room-base-html = the page every room page extends: viewport, style, script
table-renders-room-css = the screen style of the room's pages (phone, tablet, projector)
table-renders-room-js = the room's script: the live board and the search as you type
table-dump-exists = { $count ->
    [one] template is already there; nothing was written
   *[other] templates are already there; nothing was written
}
table-dump-exists-hint = they may hold your changes; pass --force to replace them with the built-in ones
table-dump-written = Wrote { $count ->
    [one] { $count } template
   *[other] { $count } templates
} to { $dir }. Edit them; documents use a template of the same name from there.


## documents: the feedback total of the summary (src/view/summary.rs)
doc-summary-total-line = { $points } { $points ->
        [one] point
       *[other] points
    }, { $votes } { $votes ->
        [one] vote
       *[other] votes
    }.

## documents: counts of people (src/view/people.rs); exactly one is the word alone
doc-responsible = person in charge
doc-responsible-count = { $count ->
    [1] person in charge
   *[other] { $count } people in charge
}
doc-count-participant = { $count ->
    [1] participant
   *[other] { $count } participants
}
doc-count-moderator = { $count ->
    [1] moderator
   *[other] { $count } moderators
}
doc-count-mentor = { $count ->
    [1] mentor
   *[other] { $count } mentors
}
doc-count-guest = { $count ->
    [1] guest
   *[other] { $count } guests
}
doc-count-organizer = { $count ->
    [1] organizer
   *[other] { $count } organizers
}

## documents: certificates (src/view/certificates.rs, src/cli/certificates.rs)
doc-cert-took-part = { $gender ->
   *[other] took part in the teachers' co-working session
}
doc-cert-presented = shared { $gender ->
    [male] his
    [female] her
   *[other] their
} professional experience at the teachers' co-working session
doc-cert-hours = { $count ->
    [one] { $count }{"\u00A0"}hour
   *[other] { $count }{"\u00A0"}hours
}
doc-cert-activities = { $count ->
    [one] Presentation
   *[other] Presentations
}
certificates-no-attendance = { $file } records nobody as present: certificates of participation go to those who came
certificates-no-attendance-hint = record who came with `cowork checkin { $file } --day 1 --present …`, or give everyone registered a certificate: `cowork certificates { $file } --all-registered`
certificates-no-approval = the certificates are not signed: neither the session file nor cowork.toml has an [approval] table (position, name); the signature line is left blank
certificates-none-for = "{ $name }" has no certificate: not present on any day and moderating no activity
certificates-none-for-hint = `cowork checkin` records who came; `moderators` in [[activities]] names who held an activity
certificates-none = { $file } has nobody to give a certificate to: nobody is recorded as present and no activity has a moderator
## documents: the report's account of the session (src/view/report/narrative.rs) and its refusal (src/cli/report.rs)
doc-report-narrative-held-org-venue = On { $dates }, the teachers’ co-working session { $title } { $tense ->
        [future] will be held
       *[past] was held
    } at { $organization } ({ $venue }).
doc-report-narrative-held-org = On { $dates }, the teachers’ co-working session { $title } { $tense ->
        [future] will be held
       *[past] was held
    } at { $organization }.
doc-report-narrative-held-venue = On { $dates }, the teachers’ co-working session { $title } { $tense ->
        [future] will be held
       *[past] was held
    } at { $venue }.
doc-report-narrative-held = On { $dates }, the teachers’ co-working session { $title } { $tense ->
        [future] will be held
       *[past] was held
    }.
doc-report-narrative-teachers-orgs = { $count ->
        [1] One teacher
       *[other] { $count } teachers
    } from { $organizations ->
        [1] one organisation
       *[other] { $organizations } organisations
    } { $mode ->
        [took-part] took part
       *[registered] { $count ->
            [1] has registered
           *[other] have registered
        }
    }.
doc-report-narrative-teachers = { $count ->
        [1] One teacher
       *[other] { $count } teachers
    } { $mode ->
        [took-part] took part
       *[registered] { $count ->
            [1] has registered
           *[other] have registered
        }
    }.
doc-report-narrative-guests = { $count ->
        [1] One guest
       *[other] { $count } guests
    } also attended.
doc-report-narrative-moderators = { $count ->
        [1] moderator
       *[other] moderators
    }: { $names }
doc-report-narrative-led = { $count ->
        [1] led by { $who }
       *[other] led by { $who }
    }
doc-report-narrative-phase = { $phase ->
        [none] { $tense ->
            [future] Also planned
           *[past] Also held
        }: { $activities }
       *[other] { $phase ->
            [immersion] The information immersion stage
            [presentation] The stage of presenting professional experience
            [group-work] The group work stage
           *[discussion] The pros and cons discussion
        } { $tense ->
            [future] will include
           *[past] included
        } { $count ->
            [1] one activity
           *[other] { $count } activities
        }: { $activities }
    }.
doc-report-narrative-more = { $count } more
doc-report-narrative-products = The session { $tense ->
        [future] is to produce
       *[past] produced
    } { $count ->
        [1] one teaching material
       *[other] { $count } teaching materials
    }: { $titles }.
doc-report-heading = Post-session report: { $title }
report-ahead = the session { $title } has not been held yet: it begins on { $date }, and today is { $today }
report-ahead-hint = a report is written after the session; to prepare one in advance, add --draft: it will be marked “Draft”

## ref — forgiving references and file arguments

ref-ambiguous-participant = “{ $reference }” in `{ $key }` fits several participants: { $candidates }
ref-ambiguous-participant-hint = write the participant's full name or `id` from [[participants]]
ref-ambiguous-flag = { $flag } “{ $reference }” fits several participants of { $file }: { $candidates }
ref-ambiguous-flag-hint = write the participant's full name or `id`
ref-ambiguous-activity = “{ $reference }” fits several activities: { $candidates }
ref-ambiguous-activity-hint = write the activity's `title` exactly as in [[activities]]
ref-no-match = no file matches { $pattern }
ref-no-match-hint = check the folder and the pattern: `*` stands for any characters, `?` for one, e.g. sessions/*.toml
ref-bad-pattern = the pattern { $pattern } is malformed: { $reason }
ref-bad-pattern-hint = `*` stands for any characters, `?` for one, e.g. sessions/2026-*.toml
ref-empty-folder = the folder { $folder } holds no session files (*.toml)
ref-empty-folder-hint = name the session files, or the folder that holds them (usually sessions/)
ref-unreadable-folder = cannot read the folder { $folder }: { $reason }
ref-config-not-session = { $path } is the workspace settings, not a session file
ref-config-not-session-hint = name a session file, e.g. sessions/2026-10-15-games.toml
ref-one-file-expected = { $argument } matches { $count ->
    [one] { $count } file
   *[other] { $count } files
}: { $files }; this command takes one
ref-one-file-expected-hint = name one session file, e.g. { $first }
ref-templates-missing = the templates folder { $path } does not exist; using the built-in templates
ref-templates-missing-hint = create it with `cowork templates --dump`, or fix the path in cowork.toml (it counts from the folder of cowork.toml)

## output — what -o and --format name together, and printing to PDF (src/cli/document_args.rs, src/print)

output-document-agenda = the programme
output-document-door = the door schedule
output-document-attendance = the sign-in sheets
output-document-summary = the pros and cons summary
output-document-report = the report
output-document-groups = the groups
output-document-certificates = the certificates
output-document-list = the list of sessions
output-document-other = this document
output-not-offered = -o { $path }: { $document } cannot be written as .{ $extension }; it can be written as { $formats }
output-no-extension = -o { $path }: the file name does not say which format to write (it has no extension); { $document } can be written as { $formats }
output-extension-hint = give the file one of these extensions, e.g. -o { $example }
output-no-extension-hint = give the file one of these extensions, e.g. -o { $example }, or name the format: --format { $format }
output-conflict = --format { $format } and -o { $path } disagree: the extension .{ $extension } means another format
output-conflict-hint = name the file after the format (-o { $example }) or drop --format to get { $format }, as the extension says
print-no-browser = no browser found to make the PDF: it takes Chromium, Google Chrome or Microsoft Edge
print-no-browser-hint = name one with --browser PATH or browser = "…" in cowork.toml (on Windows usually C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe); or save the document as HTML (-o { $html }), open it in a browser and choose Print → Save as PDF
print-browser-missing = the browser { $browser } (--browser) was not found
print-browser-missing-config = the browser { $browser } named in cowork.toml was not found
print-browser-missing-hint = check the path to the browser (on Windows usually C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe), or leave it out and cowork finds an installed one; or save the document as HTML (-o { $html }), open it in a browser and choose Print → Save as PDF
print-browser-missing-variable = the browser { $browser } named by COWORK_BROWSER was not found
print-start-failed = could not start the browser { $browser }: { $reason }; nothing was written
print-failed = the browser { $browser } failed to print the document (exit code { $code }); nothing was written
print-timeout = the browser { $browser } did not print the document within { $seconds } s and was stopped; nothing was written
print-not-pdf = the browser { $browser } gave back something that is not a whole PDF; nothing was written
print-temp-failed = could not prepare a temporary folder for printing: { $reason }; nothing was written
print-failed-hint = save the document as HTML (-o { $html }), open it in a browser and choose Print → Save as PDF
check-expect-program = a program name or path in "double quotes", e.g. "{ $key }"
cli-browser = The Chromium-family browser that prints --format pdf [default: cowork.toml's `browser`, else Chromium, Chrome or Edge where installed]
cli-agenda-format-pdf = PDF, printed from the HTML by a browser (Chromium, Chrome or Edge)
cli-attendance-format-pdf = { cli-agenda-format-pdf }
cli-groups-format-pdf = { cli-agenda-format-pdf }
cli-summary-format-pdf = { cli-agenda-format-pdf }
cli-report-format-pdf = { cli-agenda-format-pdf }
cli-certificates-format-pdf = { cli-agenda-format-pdf }
cli-report-format-docx = { cli-doc-docx }
cli-certificates-format-docx = { cli-doc-docx }
archive-pdf-skipped = the PDFs ({ $files }) were left out of the archive: { $reason }

## calendar — the production calendar: holidays, days off, working days (src/calendar, plan, new, check)

calendar-holiday-new-year = New Year holidays
calendar-holiday-christmas = Orthodox Christmas
calendar-holiday-defender = Defender of the Fatherland Day
calendar-holiday-women = International Women's Day
calendar-holiday-spring = Spring and Labour Day
calendar-holiday-victory = Victory Day
calendar-holiday-russia = Russia Day
calendar-holiday-unity = Unity Day
calendar-reason-weekend = a weekend
calendar-reason-holiday = a public holiday
calendar-reason-moved = a day off moved from a holiday
calendar-reason-listed = a day off in cowork.toml
calendar-law = by Article 112 of the Labour Code
calendar-day-weekend = { $date } is a { $weekday }, not a working day
calendar-day-holiday = { $date } is a public holiday: { $name }
calendar-day-moved = { $date } is a day off, moved from { $from } ({ $source })
calendar-day-listed = { $date } is a day off in the calendar of cowork.toml ([calendar] holidays)
calendar-day-hint = if the session really is on that day, nothing needs to change; the nearest working day is { $next }
calendar-day-hint-none = if the session really is on that day, nothing needs to change
check-calendar-expect-day = a date (2026-12-28) or a range of dates ("2026-12-28..2027-01-08")
check-calendar-reversed = the range of dates "{ $range }" runs backwards: its first day is after its last
check-calendar-reversed-hint = write it from the first day to the last: "{ $range }"
series-not-toml = { $file } is not valid TOML, so its decisions are not carried over into this series; see what is wrong with: cowork check { $file }
table-plan-exists = already there
prompt-plan-dry-run-existing = { $count ->
    [one] Dry run: no files written; { $count } file of the plan is already there.
   *[other] Dry run: no files written; { $count } files of the plan are already there.
}
## room (cowork serve)
cli-serve-about = The room on the day: a web page for the door, the participants' phones and the screen
cli-serve-file = { cli-doc-file }
cli-serve-lan = Accept connections from the local network (the venue's Wi-Fi), not only from this computer
cli-serve-port = The port [default: 8765; 0 takes any free one]
cli-serve-json = Print one JSON line with the addresses and the access tokens instead of the text
room-started = The session room is open: { $file }
room-participants = For participants (show the QR code or read out the address):
room-methodist = For the methodist — the door, checking people in (show it to nobody):
room-board = For the screen — pros and cons, live:
room-local-only = The pages open only on this computer for now. For phones to join, start with --lan.
room-how-to-stop = To close the room, press Ctrl+C.
room-stopped = The room is closed. Everything accepted is already in the file.
room-port-busy = Port { $port } is already used by another program.
room-port-busy-hint = Close the other «cowork serve» or choose another port, e.g. --port 0 (any free one).
room-cannot-listen = Could not open port { $port }: { $reason }
room-failed-start = Could not start the room: { $reason }
room-no-randomness = Could not get random numbers for the access tokens: { $reason }
room-forbidden = No access: open the page through the link or the QR code from «cowork serve».
room-methodist-only = Only the methodist can do this.
room-too-many = Too many requests in a row. Please wait a moment and try again.
room-text-empty = Please write something: an empty point is not recorded.
room-text-long = The text is too long: at most { $max } characters, on one line.
room-bad-request = The request is not understood: { $reason }
room-failed = The request could not be completed; please try again.
room-no-point = There is no point No. { $n } in the file.
room-no-participant = No participant “{ $reference }” in the file.
room-no-day = There is no day { $day }: the session has { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
room-no-activity = There is no activity “{ $title }” in the programme.
room-guest-exists = “{ $name }” is already on the list: check them in rather than register them again.
room-too-large = The request is too large: a point is at most 500 characters.
room-page-participants-title = Pluses, minuses and “interesting”
room-page-door-title = Check-in at the door
room-page-board-title = What we think
room-page-error-title = That did not work
room-page-add-point = Your point
room-page-kind = What would you like to note
room-page-plus = Plus
room-page-minus = Minus
room-page-interesting = Interesting
room-page-pluses = Pluses
room-page-minuses = Minuses
room-page-interestings = Interesting
room-page-text = Text
room-page-activity = About which activity (if a particular one)
room-page-no-activity = — the session as a whole —
room-page-send = Send
room-page-points = All points
room-page-no-points = Nothing yet — be the first.
room-page-vote = Agree
room-page-votes = Votes
room-page-voted = Your vote counts
room-page-day = Day
room-page-day-n = Day { $n }
room-page-show = Show
room-page-search = Search by surname
room-page-search-hint = First letters of the surname
room-page-find = Find
room-page-nobody-found = Nobody found. If someone is not on the list, register them below.
room-page-present = Present
room-page-excused = Excused
room-page-absent = Not checked in
room-page-mark-present = Present
room-page-mark-excused = Excused
room-page-mark-absent = Absent
room-page-walk-in = A guest not on the list
room-page-name = Full name
room-page-position = Position
room-page-organization = Organisation
room-page-register = Register
room-page-totals = The day so far
room-page-total-present = Present
room-page-total-excused = Excused
room-page-total-guests = Guests
room-page-total-registered = Registered
room-page-join = Point your phone's camera here to add a plus, a minus or “interesting”:
room-page-present-now = In the room now:
room-page-back = Go back
room-page-no-script = The page works without JavaScript too.
