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
