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
# Validation (src/session/validate.rs)
check-schema = unsupported schema { $schema }
check-schema-hint = this version of cowork reads schema = 1
check-empty-title = the theme (`title`) is empty
check-empty-title-hint = write the theme of the session in `title`
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
check-unknown-participant-hint = use a participant's `id` or their exact `name` from [[participants]]
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
check-unknown-activity-hint = use the exact `title` of one of the [[activities]]
check-empty-programme = the programme is empty: no [[activities]]
check-empty-programme-hint = add the activities of the four phases; `cowork new` shows an example
check-missing-phase = no activity has phase "{ $phase }"
check-missing-phase-hint = the model has four phases: immersion, presentation, group-work, discussion
check-discussion-not-last = the plus/minus discussion is not the last phase of the last day
check-discussion-not-last-hint = the model ends with the discussion «плюсы и минусы»; move it to the end of the last day
check-zone-unused = zone "{ $zone }" has no activity
check-zone-unused-hint = plan something there, or remove the zone
check-no-moderator = "{ $title }" has no moderator
check-no-moderator-hint = add moderators = ["…"]: every phase of the coworking is led by someone
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
prompt-checkin-unknown-hint = use an id or the exact full name from [[participants]] (`cowork attendance` lists everyone)
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
prompt-new-next = Next: open it in an editor and replace the sample values; check it with cowork check { $file }, see the plan with cowork agenda { $file }
prompt-new-next-copied = Next: review the theme, goal, tasks, participants and times; check it with cowork check { $file }, see the plan with cowork agenda { $file }
prompt-plan-exist = { $count ->
    [one] { $count } file of the plan already exists
   *[other] { $count } files of the plan already exist
}; nothing was written:
prompt-plan-exist-hint = cowork never overwrites a session file; write the plan elsewhere with -o DIR, or move the old files away
prompt-plan-same-path = two sessions of the plan would both be { $file }
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

## edit — changing a session file: locks, writes (src/edit, src/write.rs, src/io_failure.rs)

## archive — the archive and git (src/archive, src/cli/archive.rs)

## render — templates (src/render, src/workspace/templates.rs)

## tables — terminal tables and lists (src/render/table.rs, src/cli/list.rs, templates)

## documents — the fixed words of the documents, in the session's language (src/view)
doc-agenda_title = Methodical coworking programme
doc-theme = Theme
doc-dates = Dates
doc-venue = Venue
doc-goal = Goal
doc-tasks = Tasks
doc-audience = Audience
doc-organizer = Organizer
doc-series = Series
doc-day = Day
doc-time = Time
doc-activity = Activity
doc-format = Format
doc-zone = Zone
doc-phase = Phase
doc-moderators = Moderators
doc-description = Description
doc-outputs = Expected outputs
doc-all_zones = all zones
doc-plenary = Plenary
doc-zones = Coworking zones
doc-zone_prefix = Coworking zone
doc-room = Room
doc-purpose = Purpose
doc-online = Online
doc-phases = Phases of the methodical coworking
doc-no_activities = No activities planned
doc-minutes_short = min
doc-attendance-attendance_title = Sign-in sheet of the methodical coworking
doc-attendance-date = Date
doc-attendance-number = No.
doc-attendance-full_name = Full name
doc-attendance-position = Position
doc-attendance-organization = Organization
doc-attendance-signature = Signature
doc-attendance-mark = Attendance
doc-attendance-present = present
doc-attendance-absent = absent
doc-attendance-excused = excused
doc-attendance-registered_total = Registered
doc-attendance-present_total = Present
doc-attendance-absent_total = Absent
doc-attendance-excused_total = Excused
doc-attendance-guests_total = Unregistered guests
doc-attendance-of = of
doc-attendance-no_participants = No registered participants
doc-decisions-carried_over = Open decisions from earlier sessions
doc-decisions-session = Session
doc-decisions-decision = Decision
doc-decisions-owner = Owner
doc-decisions-due = Due
doc-groups-groups_title = Groups for group work
doc-groups-group = Group
doc-groups-number = No.
doc-groups-full_name = Full name
doc-groups-position = Position
doc-groups-organization = Organization
doc-groups-experience = Experience, years
doc-groups-note = Note
doc-groups-leader = group mentor
doc-groups-young = young teacher
doc-groups-left_out = Not in a group
doc-groups-absent = absent
doc-groups-excused = excused
doc-groups-date = Date
doc-report-report_title = Analytical report on the methodical coworking
doc-report-organization = Organization
doc-report-participation = Participation
doc-report-held = Activities held
doc-report-feedback_title = Discussion results: pluses and minuses
doc-report-decisions = Decisions
doc-report-products = Methodical products
doc-report-indicators = Indicators
doc-report-conclusions = Conclusions
doc-report-registered = Registered participants
doc-report-date = Date
doc-report-present = Present (registered)
doc-report-guests = Unregistered guests
doc-report-total_col = Total
doc-report-registered_short = Registered
doc-report-present_short = Present
doc-report-activities_total = Activities held in total
doc-report-number = No.
doc-report-share_present = Share present
doc-report-present_any = Present on at least one day
doc-report-of = of
doc-report-no_attendance = No attendance recorded
doc-report-not_recorded = not recorded
doc-report-by_role = By role
doc-report-role = Role
doc-report-by_experience = By teaching experience
doc-report-experience = Experience
doc-report-band_under_3 = under 3 years (early-career teachers)
doc-report-band_3_10 = 3 to 10 years
doc-report-band_over_10 = over 10 years
doc-report-band_unknown = not stated
doc-report-role_participant = Participants
doc-report-role_moderator = Moderators
doc-report-role_mentor = Mentors
doc-report-role_guest = Guests
doc-report-role_organizer = Organizers
doc-report-activities_by_zone = Activities by zone and phase
doc-report-phase_immersion = Immersion
doc-report-phase_presentation = Sharing experience
doc-report-phase_group-work = Group work
doc-report-phase_discussion = Discussion
doc-report-phase_none = No phase
doc-report-plenary_row = Plenary (all zones)
doc-report-no_phase = Without a phase
doc-report-zone_word = zone
doc-report-moderator_one = moderator
doc-report-moderator_many = moderators
doc-report-led_by_one = led by
doc-report-led_by_many = led by
doc-report-decision = Decision
doc-report-owner = Owner
doc-report-due = Due
doc-report-status = Status
doc-report-done = done
doc-report-open = open
doc-report-decisions_total = Decisions
doc-report-no_decisions = No decisions recorded
doc-report-product = Product
doc-report-product_kind = Kind
doc-report-link = Link
doc-report-authors = Authors
doc-report-no_products = No products recorded
doc-report-indicator = Indicator
doc-report-value = Value
doc-report-no_indicators = No indicators recorded
doc-report-anonymized_note = This report is anonymized: roles are given instead of names.
doc-summary-summary_title = Discussion results: pluses and minuses
doc-summary-series_summary_title = Discussion results across a series of sessions
doc-summary-kind_plus = Pluses
doc-summary-kind_minus = Minuses
doc-summary-kind_interesting = Interesting
doc-summary-kind_plus_one = Plus
doc-summary-kind_minus_one = Minus
doc-summary-kind_interesting_one = Interesting
doc-summary-point = Point
doc-summary-votes = Votes
doc-summary-points_total = Points
doc-summary-votes_total = Votes
doc-summary-total = Total
doc-summary-no_points = None.
doc-summary-no_feedback = No discussion points recorded
doc-summary-without_activity = Not tied to an activity
doc-summary-sessions = Sessions of the series
doc-summary-session = Session
doc-summary-date = Date
doc-summary-pluses_short = Pluses
doc-summary-minuses_short = Minuses
doc-summary-interesting_short = Interesting
doc-summary-recurring = Points that recur across sessions
doc-summary-kind = Kind
doc-summary-recurring_sessions = Sessions
doc-summary-no_recurring = No point recurs
doc-summary-open_decisions = Open decisions
doc-summary-decision = Decision
doc-summary-owner = Owner
doc-summary-due = Due
doc-summary-no_open_decisions = No open decisions
doc-archive-archive_title = Methodical coworking archive
doc-archive-archive_note = This index is written by `cowork archive` each time a session is archived; edits made by hand will be overwritten.
doc-archive-archive_total = Sessions archived
doc-archive-documents = Documents

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
