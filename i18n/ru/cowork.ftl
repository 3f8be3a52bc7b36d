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
# TOML syntax, and the habits of hand-written text (src/session/toml_read.rs, habits.rs)
check-syntax = неверная запись TOML: { $detail }
check-syntax-plain = неверная запись TOML
check-syntax-hint = проверьте кавычки, скобки и `=` в этой строке; текст пишется в прямых кавычках: "…"
check-syntax-date-hint = даты пишутся так: 2026-12-03 (год-месяц-день), время — 09:30 (24 часа)
check-toml-number = число записано неправильно
check-toml-string = текст записан неправильно
check-toml-key = ключ записан неправильно
check-toml-value = после `=` нет значения
check-toml-array = список в [скобках] не закрыт или в нём не хватает запятой
check-toml-table = заголовок таблицы в [скобках] записан неправильно
check-toml-inline-table = таблица в {"{"}фигурных скобках{"}"} записана неправильно
check-toml-assignment = между ключом и значением нужен знак `=`
check-toml-unexpected = в строке лишнее
check-toml-duplicate = этот ключ уже есть в этой таблице
check-habit-date = дата записана через точки
check-habit-date-label = в файле даты пишутся год-месяц-день
check-habit-time = время записано без нуля впереди
check-habit-time-label = часы пишутся двумя цифрами
check-habit-quotes = текст взят в типографские кавычки
check-habit-quotes-label = TOML понимает только прямые кавычки "…"
check-habit-fix = напишите так: { $line }
check-date-hint = дата пишется так: 2026-12-03 (год-месяц-день)
check-date-hint-exact = дата пишется год-месяц-день: { $date }
check-time-hint = время пишется так: 10:30 (24 часа)
check-time-hint-exact = время пишется двумя цифрами: { $time }
# The located reader (src/session/toml_read.rs, load.rs)
check-root = начале файла
check-list-entry = [[{ $key }]] № { $n }
check-not-a-session-key = такого ключа нет в формате сессии
check-type-nothing = ничего
check-type-table = таблица
check-type-tables = массив таблиц
check-type-string = строка
check-type-integer = целое число
check-type-float = дробное число
check-type-boolean = true или false
check-type-datetime = дата или время
check-type-array = массив
check-type-inline-table = встроенная таблица
check-this-is = здесь { $what }
check-unknown-key = неизвестный ключ `{ $key }` в { $table }
check-did-you-mean-key = возможно, вы имели в виду `{ $key }`?
check-did-you-mean-header = возможно, вы имели в виду { $header }?
check-did-you-mean = возможно, вы имели в виду «{ $value }»?
check-keys-of = ключи, допустимые в { $table }: { $keys }
check-wrong-type = `{ $key }` в { $table }: ожидается { $expected }
check-wrong-element = элементы `{ $key }` в { $table }: ожидается { $expected }
check-missing-key = в { $table } нет `{ $key }`
check-not-a-date = `{ $key }` в { $table } — не дата
check-not-a-time = `{ $key }` в { $table } — не время
check-unknown-choice = неизвестное значение `{ $key }` «{ $value }» в { $table }
check-one-of = допустимые значения: { $values }
check-element-not-table = каждый элемент `{ $key }` должен быть таблицей
check-element-not-table-hint = запишите каждый отдельным разделом [[{ $key }]]
check-not-a-list = `{ $key }` должен быть списком таблиц [[{ $key }]]
check-not-a-list-hint = начинайте каждую запись строкой [[{ $key }]]
check-expect-quoted = строка в прямых кавычках "…"
check-expect-string = строка
check-expect-integer = целое число
check-expect-boolean = true или false
check-expect-array = массив: [{ $expected }, …]
check-expect-table = таблица, записанная разделом [{ $key }]
check-expect-zone-table = таблица настроек зоны
check-expect-dates = массив дат: [2026-12-03, …]
check-expect-number-or-string = число или строка
check-empty-file = файл сессии пуст
check-empty-file-hint = в сессии нужна хотя бы таблица [session] с `title` и `dates`; готовую заготовку пишет `cowork new`
check-no-session = в файле нет таблицы [session]
check-no-session-hint = начните файл с [session], в ней — `title` и `dates`
check-element-not-a-date = это не дата
check-add-title = добавьте тему: title = "Игровые технологии в ДОО"
check-add-dates = добавьте дни: dates = [2026-12-03, 2026-12-04]
check-add-name = добавьте ФИО: name = "Иванова Анна Петровна"
check-add-activity-title = добавьте название: title = "Мастер-класс «Время действовать!»"
check-add-day = укажите, какой это день: day = 1
check-add-kind = kind = "plus", "minus" или "interesting"
check-add-feedback-text = запишите само высказывание: text = "…"
check-add-decision-text = запишите, что решили: text = "…"
check-add-product-title = назовите продукт: title = "…"
check-add-indicator-name = назовите показатель: name = "…"
check-add-indicator-value = укажите значение: value = 5 (число или строка)
# Validation (src/session/validate.rs)
check-schema = неподдерживаемая версия формата: schema = { $schema }
check-schema-hint = эта версия cowork читает schema = 1
check-empty-title = тема (`title`) пуста
check-empty-title-hint = напишите тему сессии в `title`
check-no-goal = у сессии не указана цель
check-no-goal-hint = добавьте goal = "…": программа и отчёт печатают цель под темой
check-empty-dates = список `dates` пуст
check-empty-dates-hint = перечислите дни сессии: dates = [2026-12-03]
check-dates-order = даты должны идти по порядку, каждая позже предыдущей
check-dates-order-hint = { $date } не позже, чем { $previous }
check-too-many-days = сессия не может длиться { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}; самое большее — { $most }
check-too-many-days-hint = лучше спланировать серию сессий (`cowork plan`)
check-long-session = коворкинг обычно длится от 1 до 3 дней, а в этом { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
check-long-session-hint = это действительно одна сессия? Серию лучше спланировать несколькими файлами (`cowork plan`)
check-name-twice = ФИО «{ $name }» встречается дважды
check-name-twice-hint = у каждого участника должно быть своё ФИО, чтобы ссылки были однозначны
check-id-twice = id «{ $id }» встречается дважды
check-id-twice-hint = у каждого участника должен быть свой id, чтобы ссылки были однозначны
check-id-is-name = id «{ $id }» совпадает с ФИО другого участника
check-id-is-name-hint = выберите id, который не совпадает ни с чьим ФИО
check-empty-id = `id` пуст
check-empty-name = `name` пуст
check-negative-experience = `experience` не может быть отрицательным
check-negative-experience-hint = педагогический стаж в годах: 0 или больше
check-group-below-one = номера групп (`group`) начинаются с 1
check-zone-id = недопустимый id зоны «{ $id }»
check-zone-id-hint = id зоны пишется строчными латинскими буквами, цифрами и `-`, а русское название — в `name`: [zones.{ $id }] и name = "{ $name }"
check-zone-without-name = у своей зоны «{ $id }» нет `name`
check-zone-without-name-hint = добавьте name = "…": это название печатается в документах
check-unknown-participant = неизвестный участник «{ $name }» в `{ $key }`
check-no-participants-hint = сначала добавьте участников в [[participants]] (ФИО и, если нужно, короткий id)
check-unknown-participant-hint = укажите `id` участника или его ФИО точно так, как в [[participants]]
check-moderator-twice = «{ $name }» дважды встречается среди модераторов
check-attendance-day = посещаемость за день { $day }, а в сессии { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
check-day-hint = `day` — номер даты из [session]: от 1 до { $days }
check-attendance-twice = посещаемость за день { $day } указана дважды
check-attendance-twice-hint = оставьте одну таблицу [[attendance]] на день и объедините списки
check-present-twice = «{ $name }» дважды встречается в `present` одного дня
check-present-twice-hint = уберите повтор
check-present-and-excused = «{ $name }» есть и среди присутствующих, и среди отсутствующих по уважительной причине
check-present-and-excused-hint = кто пришёл, тот не отсутствовал: оставьте человека в одном списке
check-excused-twice = «{ $name }» дважды встречается в `excused`
check-negative-guests = `guests` не может быть отрицательным
check-votes = `votes` должно быть 1 или больше
check-votes-hint = votes — сколько человек согласились с высказыванием; для одного голоса не пишите его
check-unknown-activity = неизвестное мероприятие «{ $title }»
check-unknown-activity-hint = укажите точное название (`title`) одного из [[activities]]
check-empty-programme = программа пуста: нет ни одного [[activities]]
check-empty-programme-hint = добавьте мероприятия четырёх этапов; пример показывает `cowork new`
check-missing-phase = нет ни одного мероприятия этапа «{ $phase }»
check-missing-phase-hint = в модели четыре этапа: `immersion`, `presentation`, `group-work`, `discussion`
check-discussion-not-last = обсуждение «плюсы и минусы» — не последний этап последнего дня
check-discussion-not-last-hint = модель завершается обсуждением «плюсы и минусы»; перенесите его в конец последнего дня
check-zone-unused = в зоне «{ $zone }» нет ни одного мероприятия
check-zone-unused-hint = запланируйте что-нибудь в ней или уберите зону
check-no-moderator = у «{ $title }» нет модератора
check-no-moderator-hint = добавьте moderators = ["…"]: каждый этап коворкинга кто-то ведёт
# The schedule (src/session/schedule.rs)
check-day-outside = день { $day } вне сессии: в ней { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
check-unknown-zone = неизвестная зона «{ $zone }»
check-unknown-zone-hint = есть зоны: { $zones }; новую объявите таблицей [zones.{ $id }] с name = "{ $name }"
check-duration-and-end = у мероприятия указывают `duration` или `end`, но не оба
check-duration-and-end-hint = оставьте одно: duration = 45 (в минутах) или end = 10:30
check-no-duration = у «{ $title }» нет ни `duration`, ни `end`
check-no-duration-hint = добавьте duration = 45 (в минутах) или end = 10:30
check-duration = `duration` — это положительное число минут
check-duration-hint = например, duration = 45
check-past-midnight = «{ $title }» начинается в { $start } и заканчивается после полуночи
check-past-midnight-hint = мероприятие должно закончиться в тот же день; разделите его на два дня
check-end-before-start = «{ $title }» заканчивается в { $end }, а начинается в { $start }
check-end-before-start-hint-implicit = без `start` мероприятие начинается, когда заканчивается предыдущее в той же зоне; укажите `start`
check-end-before-start-hint = конец должен быть позже начала в тот же день (мероприятия не переходят через полночь)
check-in-zone = в зоне «{ $zone }»
check-with-plenary = с общим мероприятием (оно занимает все зоны)
check-overlap = «{ $title }» ({ $start }–{ $end }) пересекается с «{ $other }» ({ $other_start }–{ $other_end }) { $place }
check-overlap-hint = перенесите одно из них или поставьте в другую зону
check-double-booking = { $person } ведёт «{ $first }» и «{ $second }» в одно и то же время
check-double-booking-hint = модератор не может вести два мероприятия, которые пересекаются; измените время или модератора
# cowork.toml (src/workspace/config.rs)
check-no-cwd = не удалось узнать текущую папку: { $reason }
check-config-has-errors = в { $file } { $errors }; исправьте или удалите ключ (что в нём может быть, описано в README)
check-not-a-setting = такой настройки нет в cowork.toml
check-blank-rows = `blank_rows` должно быть от 0 до { $most }
check-blank-rows-hint = число пустых пронумерованных строк в листе регистрации для тех, кто придёт без записи
check-expect-folder = имя папки в прямых кавычках, например "{ $key }"
# Reading a file (src/session/file.rs)
check-not-found-hint = проверьте путь; файлы сессий обычно лежат в папке sessions/
check-cannot-open = не удалось открыть { $path }: { $reason }
check-cannot-read = не удалось прочитать { $path }: { $reason }
check-no-such-file = такого файла нет
check-permission-denied = нет доступа
check-is-folder = { $path } — это папка, а не файл сессии
check-is-folder-hint = укажите .toml-файл из неё
check-utf16 = { $path } сохранён в кодировке UTF-16 ({ $order }), а cowork читает только UTF-8
check-windows-1251 = { $path }:{ $line }:{ $column }: файл сохранён в кодировке Windows-1251, а cowork читает только UTF-8
check-not-utf8 = { $path }:{ $line }:{ $column }: файл не в кодировке UTF-8
check-save-as-utf8 = пересохраните файл в UTF-8: в Блокноте «Файл → Сохранить как → Кодировка: UTF-8»
check-size-mib = { $mib } МиБ
check-size-over = больше { $mib } МиБ
check-too-big-session = размер { $path } — { $size }, а файл сессии может быть не больше { $most } МиБ; сессия целого города занимает меньше 1 МиБ
check-too-big-file = размер { $path } — { $size }, а cowork читает файлы не больше { $most } МиБ; сессия целого города занимает меньше 1 МиБ
check-too-big-hint = это точно тот файл?
check-refused = в { $path } { $errors }; исправьте и запустите команду снова (все их покажет `cowork check { $path }`)
# cowork check (src/cli/check.rs)
check-file-ok = всё в порядке
check-file-warnings = ошибок нет, { $warnings }
check-summary-one = в файле сессии есть ошибки (см. выше)
check-summary = ошибки в { $failed ->
    [one] { $failed } файле
   *[many] { $failed } файлах
} из { $total } (см. выше)
# Hidden characters and look-alike names (src/session/validate/wording.rs)
check-hidden-control = управляющий символ
check-hidden-direction = символ направления текста
check-hidden-invisible = невидимый символ
check-hidden = в `{ $key }` есть { $what }: { $character }
check-here = здесь
check-here-and-more = здесь и ещё { $more } в этом тексте
check-remove-escape = удалите `{ $escape }` из текста
check-replace-tab = замените табуляцию пробелом
check-one-line = запишите этот текст в одну строку
check-why-direction = он меняет порядок, в котором текст показывается на экране, а большинство редакторов его не показывают
check-why-invisible = большинство редакторов его не показывают; обычно он попадает в текст при копировании
check-delete-it = удалите его: { $place } ({ $why })
check-sits-between = он стоит между «{ $before }» и «{ $after }»
check-sits-start = он стоит в начале, перед «{ $after }»
check-sits-end = он стоит в конце, после «{ $before }»
check-sits-alone = кроме него, в тексте ничего нет
check-a-space = пробел
check-extra-leading = { $what } в начале
check-extra-trailing = { $what } в конце
check-extra-double = лишний { $what } между словами
check-extra-invisible = невидимый { $what }
check-extra-there = у другого — { $what }
check-other-form = `{ $letter }` записана как { $here }, а у другого — как { $there }
check-instead-of-space = { $here } вместо пробела
check-space-instead = { $here }, а у другого — { $there }
check-script-instead = { $script ->
    [latin] латинская
   *[cyrillic] кириллическая
} `{ $here }` ({ $here_code }) вместо { $other_script ->
    [latin] латинской
   *[cyrillic] кириллической
} `{ $there }` ({ $there_code })
check-case-instead = { $size ->
    [capital] заглавная
   *[small] строчная
} `{ $here }` вместо { $other_size ->
    [capital] заглавной
   *[small] строчной
} `{ $there }`
check-letter-instead = `{ $here }` вместо `{ $there }`
check-what-name = ФИО
check-what-id = id
check-what-zone-name = название зоны
check-what-title = название
check-whose-zone-name = название
check-many-case = заглавные и строчные буквы различаются в { $n ->
    [one] { $n } месте
   *[many] { $n } местах
}
check-many-script = { $first }, и так в { $n ->
    [one] { $n } месте
   *[many] { $n } местах
}
check-many-form = в другой форме Юникода записаны буквы в { $n ->
    [one] { $n } месте
   *[many] { $n } местах
}
check-many-space = пробелы или невидимые символы различаются в { $n ->
    [one] { $n } месте
   *[many] { $n } местах
}
check-many-letters = буквы различаются в { $n ->
    [one] { $n } месте
   *[many] { $n } местах
}
check-look-alike = { $what } «{ $value }» выглядит так же, как «{ $first }» — { $whose } { $owner ->
    [participant] другого участника
    [zone] другой зоны
   *[activity] другого мероприятия
}
check-written-differently = написано иначе
check-and-more = ; и ещё { $n }
check-retype-layout = наберите заново в одной раскладке: одинаковые на вид латинская и кириллическая буквы — разные буквы
check-retype-letter = наберите букву заново вручную: в скопированном тексте одна буква иногда хранится как два символа — буква и надстрочный знак
check-one-space = оставьте между словами по одному обычному пробелу, а по краям — ни одного
check-retype-invisible = наберите текст заново вручную: в нём есть символ, которого не видно
check-same-person = если это один человек, оставьте одну запись [[participants]]; ссылки должны совпадать с ФИО или id буква в букву
check-zone-names-differ = дайте зонам названия, которые заметно различаются
check-same-title = пишите название везде одинаково: `activity` в [[feedback]] должно совпадать с ним буква в букву
check-looks-the-same = выглядит так же
check-mixed-script = { $what } «{ $value }»: латинские и кириллические буквы в одном слове
check-mixed-script-label = { $script ->
    [latin] латинская
   *[cyrillic] кириллическая
} `{ $letter }` ({ $code }) среди { $other_script ->
    [latin] латинских
   *[cyrillic] кириллических
} букв
check-retype-word = наберите слово заново в одной раскладке: одинаковые на вид латинская и кириллическая буквы — разные буквы
check-did-you-mean-look-alike = возможно, вы имели в виду «{ $value }»? На вид то же самое, но здесь { $differences }
check-too-deep = слишком глубокая вложенность: в этой строке слишком много частей ключа через точку или скобок
check-too-deep-hint = таблицы так глубоко не вкладывают; проверьте заголовок или ключ в этой строке
check-no-such-date = такой даты нет: { $date }
check-no-such-date-hint = проверьте день и месяц: такого дня в календаре нет
check-zone-id-hint-only = id зоны пишется строчными латинскими буквами, цифрами и `-`, например [zones.{ $id }], а русское название — в `name`

## prompt — questions, answers, validation of answers (src/cli/prompt.rs, checkin, feedback, new, plan)
prompt-not-a-date = «{ $text }» — не дата; запишите её так: 03.12.2026 или 2026-12-03
prompt-type-something = ответ не может быть пустым
prompt-suggested = Предлагается (Enter — принять):
prompt-not-answered = вопрос остался без ответа: { $reason }
prompt-number-range = нужно целое число от { $min } до { $max }
prompt-keys-pick = ↑↓ — выбрать, Enter — готово, Esc — отмена
prompt-keys-check = ↑↓ — перейти, Пробел — отметить или снять отметку, а — отметить всех, Enter — готово
prompt-keys-attendance = ↑↓ — перейти, Пробел — пришёл, у — по уважительной причине, а — отметить всех, Enter — готово, Esc — отмена
prompt-mark-excused = у
prompt-marked = { $marked } из { $total }
prompt-marked-attendance = { $marked } из { $total }, по уважительной причине — { $excused }
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

## documents — the fixed words of the documents, in the session's language (src/view)
doc-agenda_title = План проведения методического коворкинга
doc-theme = Тема
doc-dates = Сроки проведения
doc-venue = Место проведения
doc-goal = Цель
doc-tasks = Задачи
doc-audience = Участники
doc-organizer = Ответственный
doc-series = Серия
doc-day = День
doc-time = Время
doc-activity = Мероприятие
doc-format = Форма
doc-zone = Зона
doc-phase = Этап
doc-moderators = Модераторы
doc-description = Содержание
doc-outputs = Ожидаемые продукты
doc-all_zones = все зоны
doc-plenary = Общее мероприятие
doc-zones = Коворкинг-зоны
doc-zone_prefix = Коворкинг-зона
doc-room = Помещение
doc-purpose = Назначение
doc-online = Онлайн-площадка
doc-phases = Этапы методического коворкинга
doc-no_activities = Мероприятия не запланированы
doc-minutes_short = мин
doc-attendance-attendance_title = Лист регистрации участников методического коворкинга
doc-attendance-date = Дата проведения
doc-attendance-number = №
doc-attendance-full_name = ФИО
doc-attendance-position = Должность
doc-attendance-organization = Организация
doc-attendance-signature = Подпись
doc-attendance-mark = Отметка
doc-attendance-present = присутствует
doc-attendance-absent = отсутствует
doc-attendance-excused = уважительная причина
doc-attendance-registered_total = Зарегистрировано
doc-attendance-present_total = Присутствовали
doc-attendance-absent_total = Отсутствовали
doc-attendance-excused_total = Отсутствовали по уважительной причине
doc-attendance-guests_total = Гости без предварительной регистрации
doc-attendance-of = из
doc-attendance-no_participants = Участники не зарегистрированы
doc-decisions-carried_over = Контроль исполнения решений предыдущих коворкингов
doc-decisions-session = Коворкинг
doc-decisions-decision = Решение
doc-decisions-owner = Ответственный
doc-decisions-due = Срок
doc-groups-groups_title = Распределение участников по группам
doc-groups-group = Группа
doc-groups-number = №
doc-groups-full_name = ФИО
doc-groups-position = Должность
doc-groups-organization = Организация
doc-groups-experience = Стаж, лет
doc-groups-note = Примечание
doc-groups-leader = наставник группы
doc-groups-young = молодой педагог
doc-groups-left_out = Не распределены по группам
doc-groups-absent = отсутствует
doc-groups-excused = отсутствует по уважительной причине
doc-groups-date = Дата проведения
doc-report-report_title = Аналитическая справка по итогам методического коворкинга
doc-report-organization = Организация
doc-report-participation = Участие
doc-report-held = Проведённые мероприятия
doc-report-feedback_title = Итоги обсуждения: плюсы и минусы
doc-report-decisions = Принятые решения
doc-report-products = Методические продукты
doc-report-indicators = Показатели
doc-report-conclusions = Выводы
doc-report-registered = Зарегистрировано участников
doc-report-date = Дата
doc-report-present = Присутствовали (зарегистрированные)
doc-report-guests = Гости без регистрации
doc-report-total_col = Всего
doc-report-registered_short = Зарегистрировано
doc-report-present_short = Присутствовали
doc-report-activities_total = Всего проведено мероприятий
doc-report-number = №
doc-report-share_present = Доля присутствовавших
doc-report-present_any = Присутствовали хотя бы в один из дней
doc-report-of = из
doc-report-no_attendance = Сведения о посещаемости не внесены
doc-report-not_recorded = нет данных
doc-report-by_role = По ролям
doc-report-role = Роль
doc-report-by_experience = По педагогическому стажу
doc-report-experience = Стаж
doc-report-band_under_3 = до 3 лет (молодые педагоги)
doc-report-band_3_10 = от 3 до 10 лет
doc-report-band_over_10 = свыше 10 лет
doc-report-band_unknown = стаж не указан
doc-report-role_participant = Участники
doc-report-role_moderator = Модераторы
doc-report-role_mentor = Наставники
doc-report-role_guest = Гости
doc-report-role_organizer = Организаторы
doc-report-activities_by_zone = Количество мероприятий по зонам и этапам
doc-report-phase_immersion = Погружение
doc-report-phase_presentation = Презентация опыта
doc-report-phase_group-work = Работа в группах
doc-report-phase_discussion = Обсуждение
doc-report-phase_none = Без этапа
doc-report-plenary_row = Общие (все зоны)
doc-report-no_phase = Без указания этапа
doc-report-zone_word = коворкинг-зона
doc-report-moderator_one = модератор
doc-report-moderator_many = модераторы
doc-report-led_by_one = ведёт
doc-report-led_by_many = ведут
doc-report-decision = Решение
doc-report-owner = Ответственный
doc-report-due = Срок
doc-report-status = Отметка о выполнении
doc-report-done = выполнено
doc-report-open = в работе
doc-report-decisions_total = Всего решений
doc-report-no_decisions = Решения не зафиксированы
doc-report-product = Продукт
doc-report-product_kind = Вид
doc-report-link = Ссылка
doc-report-authors = Авторы
doc-report-no_products = Методические продукты не зафиксированы
doc-report-indicator = Показатель
doc-report-value = Значение
doc-report-no_indicators = Показатели не внесены
doc-report-anonymized_note = Справка обезличена: вместо фамилий указаны роли участников.
doc-summary-summary_title = Итоги обсуждения: плюсы и минусы
doc-summary-series_summary_title = Итоги обсуждения: плюсы и минусы по серии коворкингов
doc-summary-kind_plus = Плюсы
doc-summary-kind_minus = Минусы
doc-summary-kind_interesting = Интересное
doc-summary-kind_plus_one = Плюс
doc-summary-kind_minus_one = Минус
doc-summary-kind_interesting_one = Интересно
doc-summary-point = Содержание
doc-summary-votes = Голоса
doc-summary-points_total = Пунктов
doc-summary-votes_total = Голосов
doc-summary-total = Итого
doc-summary-no_points = Не высказано.
doc-summary-no_feedback = Итоги обсуждения не внесены
doc-summary-without_activity = Без привязки к мероприятию
doc-summary-sessions = Коворкинги серии
doc-summary-session = Коворкинг
doc-summary-date = Дата
doc-summary-pluses_short = Плюсов
doc-summary-minuses_short = Минусов
doc-summary-interesting_short = Интересного
doc-summary-recurring = Повторяющиеся пункты
doc-summary-kind = Вид
doc-summary-recurring_sessions = Коворкинги
doc-summary-no_recurring = Повторяющихся пунктов нет
doc-summary-open_decisions = Невыполненные решения
doc-summary-decision = Решение
doc-summary-owner = Ответственный
doc-summary-due = Срок
doc-summary-no_open_decisions = Невыполненных решений нет
doc-archive-archive_title = Архив методических коворкингов
doc-archive-archive_note = Указатель составляет команда `cowork archive` при каждом архивировании; правки, внесённые вручную, будут перезаписаны.
doc-archive-archive_total = Всего в архиве
doc-archive-documents = Документы

## documents: counts of people (src/view/people.rs); exactly one is the word alone
doc-responsible = ответственный
doc-responsible-count = { $count ->
    [1] ответственный
   *[other] { $count } ответственных
}
doc-count-participant = { $count ->
    [1] участник
    [one] { $count } участник
    [few] { $count } участника
   *[many] { $count } участников
}
doc-count-moderator = { $count ->
    [1] модератор
    [one] { $count } модератор
    [few] { $count } модератора
   *[many] { $count } модераторов
}
doc-count-mentor = { $count ->
    [1] наставник
    [one] { $count } наставник
    [few] { $count } наставника
   *[many] { $count } наставников
}
doc-count-guest = { $count ->
    [1] гость
    [one] { $count } гость
    [few] { $count } гостя
   *[many] { $count } гостей
}
doc-count-organizer = { $count ->
    [1] организатор
    [one] { $count } организатор
    [few] { $count } организатора
   *[many] { $count } организаторов
}

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
