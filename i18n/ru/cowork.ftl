# The words of cowork's interface. One file per language, the same ids in both (a test
# checks it). Sections keep the areas apart; put a new message into the section of the
# module that says it. Plurals use CLDR categories: Russian one/few/many, English one/other.

## error — the frame of every error message (src/error.rs, src/cli)
label-error = ошибка
label-warning = предупреждение
label-help = подсказка
label-note = примечание
error-count = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
warning-count = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
file-has-errors = в файле есть ошибки
not-shown = ещё { $errors } и { $warnings } в { $file } не показаны; исправьте те, что выше, и проверьте снова
io-failed = не удалось { $action } { $path }: { $reason }
io-failed-then = не удалось { $action } { $path }: { $reason }; { $outcome }
io-action-read = прочитать
io-action-write = записать
io-action-lock = заблокировать
io-action-open = открыть
io-action-change = изменить
io-action-create-folder = создать папку
io-action-move-folder = переместить папку
io-action-keep-owner = сохранить владельца файла
outcome-nothing-written = ничего не записано
outcome-nothing-changed = ничего не изменено
read-only = { $path } только для чтения; ничего не изменено
read-only-hint = cowork не меняет файл только для чтения; если его нужно изменить, разрешите запись (в Windows: «Свойства» → снимите флажок «Только чтение»; в других системах: chmod u+w)
hard-links = у файла { $path } { $names ->
    [one] { $names } имя
    [few] { $names } имени
   *[many] { $names } имён
} (жёсткие ссылки): при безопасной записи это имя получило бы новый файл, а остальные остались бы со старым; ничего не изменено
hard-links-hint = оставьте один настоящий файл, а другие имена сделайте символическими ссылками на него (ln -sf) — по ним cowork проходит
locked = файл { $path } сейчас меняет другой запуск cowork (он держит { $lock }); ничего не изменено
locked-hint = дождитесь, пока тот запуск закончит работу (может быть, открыт `cowork checkin` или `cowork serve`?), и попробуйте снова
output-is-input = -o { $output } — это сам файл коворкинга { $input }; ничего не записано
output-is-input-hint = укажите для документа другое имя, например -o plan.md

## cli — help, usage, clap's own errors, man pages (src/cli)

## check — diagnostics of session files and cowork.toml (src/session, src/workspace)

## prompt — questions, answers, validation of answers (src/cli/prompt.rs, checkin, feedback, new, plan)

## edit — changing a session file: locks, writes (src/edit, src/write.rs, src/io_failure.rs)

## archive — the archive and git (src/archive, src/cli/archive.rs)

## render — templates (src/render, src/workspace/templates.rs)

## tables — terminal tables and lists (src/render/table.rs, src/cli/list.rs, templates)

## ref — forgiving references and file arguments

ref-ambiguous-participant = «{ $reference }» в `{ $key }` подходит нескольким участникам: { $candidates }
ref-ambiguous-participant-hint = напишите полное имя или `id` участника из [[participants]]
ref-ambiguous-flag = { $flag } «{ $reference }» подходит нескольким участникам из { $file }: { $candidates }
ref-ambiguous-flag-hint = напишите полное имя или `id` участника
ref-ambiguous-activity = «{ $reference }» подходит нескольким мероприятиям: { $candidates }
ref-ambiguous-activity-hint = напишите `title` мероприятия точно так, как в [[activities]]
ref-no-match = ни один файл не подходит под шаблон { $pattern }
ref-no-match-hint = проверьте папку и шаблон: `*` — любые символы, `?` — один символ, например sessions/*.toml
ref-bad-pattern = шаблон { $pattern } записан с ошибкой: { $reason }
ref-bad-pattern-hint = `*` — любые символы, `?` — один символ, например sessions/2026-*.toml
ref-empty-folder = в папке { $folder } нет файлов коворкингов (*.toml)
ref-empty-folder-hint = укажите файлы коворкингов или папку, в которой они лежат (обычно sessions/)
ref-unreadable-folder = не удалось прочитать папку { $folder }: { $reason }
ref-config-not-session = { $path } — это настройки рабочей папки, а не файл коворкинга
ref-config-not-session-hint = укажите файл коворкинга, например sessions/2026-10-15-igry.toml
ref-one-file-expected = под { $argument } { $count ->
    [one] подходит { $count } файл
    [few] подходят { $count } файла
   *[many] подходят { $count } файлов
}: { $files }, а команде нужен один
ref-one-file-expected-hint = укажите один файл коворкинга, например { $first }
ref-templates-missing = папки шаблонов { $path } нет, поэтому используются встроенные шаблоны
ref-templates-missing-hint = создайте её командой `cowork templates --dump` или исправьте путь в cowork.toml (он отсчитывается от папки, где лежит cowork.toml)
