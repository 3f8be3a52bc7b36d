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
