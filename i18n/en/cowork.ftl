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
