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
prompt-not-a-date = «{ $text }» — не дата; напишите её как 03.12.2026 или 2026-12-03
prompt-type-something = напишите хотя бы что-нибудь
prompt-suggested = Предлагается (Enter — принять):
prompt-not-answered = вопрос остался без ответа: { $reason }
prompt-number-range = нужно целое число от { $min } до { $max }
prompt-keys-pick = ↑↓ — выбрать, Enter — готово, Esc — отмена
prompt-keys-check = ↑↓ — перейти, Пробел — отметить или снять отметку, а — отметить всех, Enter — готово
prompt-keys-attendance = ↑↓ — перейти, Пробел — пришёл, у — по уважительной причине, а — отметить всех, Enter — готово, Esc — отмена
prompt-mark-excused = у
prompt-marked = { $marked } из { $total }
prompt-marked-attendance = пришли: { $marked } из { $total }, по уважительной причине: { $excused }
prompt-interrupted = Прервано, файл { $file } не изменён
prompt-interrupted-new = Прервано, файл не создан
prompt-interrupted-saved = Прервано; { $saved ->
    [one] { $saved } пункт, записанный раньше, остался
    [few] { $saved } пункта, записанные раньше, остались
   *[many] { $saved } пунктов, записанных раньше, остались
} в { $file }
prompt-failed = вопрос не удалось задать: { $reason }
prompt-failed-hint = передайте значения флагами, например --present REF
prompt-checkin-which-day = За какой день отметить присутствие?
prompt-checkin-day = день { $day } — { $date }
prompt-checkin-today = (сегодня)
prompt-checkin-who-came = Кто пришёл ({ $date })?
prompt-checkin-guests = Сколько гостей без регистрации
prompt-checkin-cancelled = Отменено, файл { $file } не изменён
prompt-checkin-no-day = день не выбран; укажите --day N
prompt-checkin-say-who = укажите, кто пришёл: --present REF (для каждого человека отдельно), --excused REF или --guests N
prompt-checkin-say-who-terminal = укажите, кто пришёл: --present REF (для каждого человека отдельно), --excused REF или --guests N; в терминале их можно не указывать и отметить людей в списке
prompt-checkin-pass-day = укажите --day N: в коворкинге { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
prompt-checkin-unknown = в { $file } нет участника «{ $name }»
prompt-checkin-unknown-hint = укажите id или полное имя из [[participants]] (всех участников показывает `cowork attendance`)
prompt-checkin-close = похожие: { $names }
prompt-checkin-nothing-recorded = ничего не записано, { $file } не изменён
prompt-checkin-both = один и тот же человек ({ $name }) указан и в { $first }, и в { $second }
prompt-checkin-both-hint = человек либо пришёл, либо отсутствует по уважительной причине (--excused), либо просто отсутствует; ничего не записано
prompt-checkin-vanished = таблица посещаемости пропала во время правки
prompt-checkin-nobody = в коворкинге нет зарегистрированных участников, отмечать некого
prompt-checkin-nobody-hint = сначала добавьте их в [[participants]] или запишите только гостей: --guests N
prompt-checkin-summary = день { $day } ({ $date }): { $present ->
    [one] присутствует
   *[other] присутствуют
} { $present } из { $registered ->
    [one] { $registered } участника
   *[other] { $registered } участников
}
prompt-checkin-summary-excused = , по уважительной причине — { $excused }
prompt-checkin-summary-guests = , { $guests ->
    [one] { $guests } гость
    [few] { $guests } гостя
   *[many] { $guests } гостей
}
prompt-checkin-recorded = { $summary }; записано в { $file }
prompt-checkin-unchanged = { $summary }; это уже записано, { $file } не изменён
prompt-feedback-no-point = пункт не указан: передайте --plus TEXT, --minus TEXT или --interesting TEXT (в терминале без --no-input cowork спросит пункты по одному)
prompt-feedback-empty = --{ $flag }: текст пустой
prompt-feedback-no-activity = --activity «{ $wanted }»: такого мероприятия в коворкинге нет
prompt-feedback-did-you-mean = возможно, вы имели в виду «{ $title }»?
prompt-feedback-no-activities = в коворкинге ещё нет [[activities]]
prompt-feedback-exact-title = укажите точное название (`title`) одного из [[activities]]
prompt-feedback-added = { $file }: { $kind ->
    [plus] добавлен плюс
    [minus] добавлен минус
   *[interesting] добавлен пункт «интересно»:
} «{ $text }» ({ $votes ->
    [one] { $votes } голос
    [few] { $votes } голоса
   *[many] { $votes } голосов
})
prompt-feedback-kind = Что записать
prompt-feedback-plus = Плюс
prompt-feedback-minus = Минус
prompt-feedback-interesting = Интересно
prompt-feedback-text = Текст (пустая строка — закончить)
prompt-feedback-votes = Сколько голосов
prompt-feedback-activity = К какому мероприятию
prompt-feedback-no-activity-item = — без привязки к мероприятию —
prompt-feedback-saved = записано
prompt-feedback-done = { $saved ->
    [one] Записан { $saved } пункт
    [few] Записано { $saved } пункта
   *[many] Записано { $saved } пунктов
}
prompt-feedback-stopped = вопрос прервался: { $reason }
prompt-feedback-stopped-hint = { $saved ->
    [one] { $saved } пункт, набранный раньше, сохранён
    [few] { $saved } пункта, набранные раньше, сохранены
   *[many] пункты, набранные раньше ({ $saved }), сохранены
}; чтобы добавить ещё, запустите команду снова
prompt-new-not-a-zone = «{ $id }» — не зона; зоны: { $zones }
prompt-new-missing = cowork new нужно знать { $flags }: спросить негде — нет терминала (или указан --no-input)
prompt-new-missing-hint = например: cowork new --title "Игровые технологии в ДОО" --date 2026-12-03
prompt-new-and = и
prompt-new-empty-title = --title пустой: укажите тему
prompt-new-title = Тема коворкинга
prompt-new-first-day = Первый день (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)
prompt-new-days = Сколько дней (1–3)
prompt-new-goal = Цель
prompt-new-tasks = Задачи — по одной в строке, пустая строка — конец (без задач будут примерные):
prompt-new-tasks-from = Задачи — по одной в строке, пустая строка — конец (без задач останутся прежние):
prompt-new-task = Задача
prompt-new-organization = Образовательная организация
prompt-new-organizer = Ответственный методист (ФИО, должность)
prompt-new-zones = Коворкинг-зоны
prompt-new-days-too-few = --days { $days }: в { $file } есть мероприятия { $last }-го дня; укажите --days { $last } или больше
prompt-new-cannot-copy = не удалось скопировать { $file }: { $reason }
prompt-new-created = Создан { $file }.
prompt-new-next = Дальше: откройте его в редакторе и замените примерные значения своими; проверка — cowork check { $file }, план — cowork agenda { $file }
prompt-new-next-copied = Дальше: проверьте тему, цель, задачи, участников и время мероприятий; проверка — cowork check { $file }, план — cowork agenda { $file }
prompt-plan-exist = { $count ->
    [one] { $count } файл плана уже существует
    [few] { $count } файла плана уже существуют
   *[many] { $count } файлов плана уже существуют
}; ничего не записано:
prompt-plan-exist-hint = cowork никогда не перезаписывает файл коворкинга; запишите план в другую папку (-o ПАПКА) или уберите старые файлы
prompt-plan-same-path = два коворкинга плана попали бы в один файл { $file }
prompt-plan-dry-run = Пробный запуск: файлы не записаны.
prompt-plan-written = { $count ->
    [one] Создан { $count } файл
    [few] Создано { $count } файла
   *[many] Создано { $count } файлов
} в папке { $dir }. Впишите в них темы и программу, затем проверьте: cowork check.
prompt-groups-one = в группе { $group } всего один человек: { $count ->
    [one] { $count } группа
    [few] { $count } группы
   *[many] { $count } групп
} на { $people ->
    [one] { $people } участника
   *[other] { $people } участников
}
prompt-groups-one-hint = чтобы в каждой группе было хотя бы двое, попросите не больше { $most ->
    [one] { $most } группы
   *[other] { $most } групп
}: --count { $most }

## edit — changing a session file: locks, writes (src/edit, src/write.rs, src/io_failure.rs)

## archive — the archive and git (src/archive, src/cli/archive.rs)

## render — templates (src/render, src/workspace/templates.rs)

## tables — terminal tables and lists (src/render/table.rs, src/cli/list.rs, templates)
