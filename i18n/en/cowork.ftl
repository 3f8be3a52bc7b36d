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
prompt-marked-attendance = { $marked } of { $total } came, { $excused } excused
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
