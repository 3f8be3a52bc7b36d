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
# The command line: headings, the texts of `--help` (one id per command and argument:
# cli-<command>-about, cli-<command>-<argument>, cli-<command>-<argument>-<value>; a
# global option is cli-<argument>), value names (cli-value-<NAME>), clap's errors.
cli-heading-usage = Использование
cli-heading-arguments = Аргументы
cli-heading-options = Параметры
cli-heading-commands = Команды
cli-default = по умолчанию
cli-possible-values = Возможные значения
cli-possible-values-short = возможные значения
cli-flag-help-short = Показать справку (подробнее: --help)
cli-flag-help-long = Показать справку (кратко: -h)
cli-flag-help = Показать справку
cli-flag-version = Показать версию
cli-value-options = ПАРАМЕТРЫ
cli-value-command = КОМАНДА
cli-value-dir = ПАПКА
cli-value-file = ФАЙЛ
cli-value-path = ПУТЬ
cli-value-lang = ЯЗЫК
cli-value-format = ФОРМАТ
cli-value-theme = ТЕМА
cli-value-date = ДАТА
cli-value-n = N
cli-value-months = N
cli-value-name = ИМЯ
cli-value-text = ТЕКСТ
cli-value-ids = ЗОНЫ
cli-value-ref = КТО
cli-value-title = НАЗВАНИЕ
cli-value-message = СООБЩЕНИЕ
cli-value-zone = ЗОНА
cli-value-shell = ОБОЛОЧКА
# The parts every document command shares.
cli-doc-file = Файл коворкинга
cli-doc-format = Формат вывода [по умолчанию: по расширению в -o, иначе таблица, если вывод идёт на терминал, иначе md]
cli-doc-output = Записать в этот файл, а не в стандартный вывод (`-` — стандартный вывод)
cli-doc-day = Только этот день (1 — первая дата коворкинга)
cli-doc-table = таблица для терминала
cli-doc-md-archive = Markdown (его хранит архив)
cli-doc-html = HTML-страница для печати
cli-doc-txt = простой текст
cli-doc-docx = документ Word (A4, Times New Roman, стили Word)
cli-doc-organization = Образовательная организация [по умолчанию: из cowork.toml]
cli-about = Планы, листы регистрации, итоги и справки методических коворкингов
cli-long-about = cowork читает TOML-файл методического коворкинга и готовит всё, что нужно методисту: план проведения, листы регистрации, сбалансированные группы, итоги обсуждения (плюсы и минусы) и аналитическую справку.
cli-templates = Папка шаблонов, которые заменяют встроенные с тем же именем файла [по умолчанию: `templates` из cowork.toml, иначе ./templates, если она есть]
cli-lang = Язык сообщений программы [по умолчанию: COWORK_LANG, иначе `language` из cowork.toml, иначе язык системы, иначе русский]; на нём же `new` и `plan` пишут новый файл
cli-lang-ru = русский
cli-lang-en = английский
cli-help-about = Показать эту справку или справку по указанным командам
cli-help-subcommand = Команды, справку по которым показать
cli-new-about = Создать файл коворкинга (на терминале — с вопросами, иначе по параметрам)
cli-new-title = Тема коворкинга
cli-new-date = Первый день: 2026-12-03 или 03.12.2026
cli-new-days = Сколько дней, от 1 до 3; следующие дни пропускают субботу и воскресенье [по умолчанию: 1 или столько, сколько было в коворкинге из --from]
cli-new-organization = { cli-doc-organization }
cli-new-organizer = Ответственный методист, например «Соколова Марина Викторовна, методист» [по умолчанию: из cowork.toml]
cli-new-goal = Цель [по умолчанию: спросить на терминале, иначе примерная цель по теме]
cli-new-tasks = Задача; повторите для каждой [по умолчанию: спросить на терминале, иначе примерные задачи]
cli-new-zones = Зоны коворкинга через запятую: interactive, presentation, media-hub [по умолчанию: спросить на терминале, иначе все три]
cli-new-from = Взять за основу прошлый коворкинг: те же зоны, участники и программа, новые даты; без его посещаемости, обратной связи, решений, продуктов, показателей и справки
cli-new-no-input = Ничего не спрашивать, даже на терминале (тогда нужны --title и --date)
cli-new-output = Папка, куда записать файл [по умолчанию: sessions/ в корне рабочей папки]
cli-check-about = Проверить файлы коворкингов: все ошибки и предупреждения с файлом, строкой и столбцом
cli-check-files = Файлы коворкингов для проверки
cli-agenda-about = План проведения методического коворкинга для печати
cli-agenda-file = { cli-doc-file }
cli-agenda-format = { cli-doc-format }
cli-agenda-format-table = { cli-doc-table }
cli-agenda-format-md = { cli-doc-md-archive }
cli-agenda-format-html = { cli-doc-html }
cli-agenda-format-txt = { cli-doc-txt }
cli-agenda-format-json = готовое расписание для скриптов
cli-agenda-format-ics = iCalendar (RFC 5545): событие на каждое мероприятие, для приложений-календарей
cli-agenda-format-docx = { cli-doc-docx }
cli-agenda-output = { cli-doc-output }
cli-agenda-day = { cli-doc-day }
cli-agenda-zone = Расписание одной коворкинг-зоны для её двери (код или название зоны): страница A4 на каждый день
cli-attendance-about = Листы регистрации участников, по одному на каждый день
cli-attendance-file = { cli-doc-file }
cli-attendance-format = { cli-doc-format }
cli-attendance-format-table = { cli-doc-table }
cli-attendance-format-md = { cli-doc-md-archive }
cli-attendance-format-html = HTML для печати: страница A4 на каждый день, с местом для подписи
cli-attendance-format-csv = для электронных таблиц: UTF-8 с BOM, строка на каждого участника и день (у русских коворкингов разделитель «;», как ждёт русский Excel)
cli-attendance-format-xlsx = таблица Excel: лист на каждый день, готовый к печати на A4, с графой для подписи
cli-attendance-format-docx = { cli-doc-docx }
cli-attendance-output = { cli-doc-output }
cli-attendance-day = { cli-doc-day }
cli-attendance-blank-rows = Пустые пронумерованные строки после участников — для тех, кто пришёл без регистрации [по умолчанию: `blank_rows` из cowork.toml, иначе 5]
cli-checkin-about = Отметить в файле коворкинга, кто пришёл в этот день (на терминале — списком, иначе по параметрам)
cli-checkin-file = Файл коворкинга; он меняется на месте, все комментарии сохраняются
cli-checkin-day = День (1 — первая дата коворкинга); для однодневного коворкинга можно не указывать
cli-checkin-present = Кто пришёл: id участника или его полное имя; повторите для каждого
cli-checkin-excused = Кто отсутствует по уважительной причине; повторите для каждого
cli-checkin-absent = Кто отмечен по ошибке: его уберут из `present` и `excused` этого дня
cli-checkin-guests = Сколько пришло гостей без регистрации
cli-checkin-no-input = Ничего не спрашивать, даже на терминале
cli-groups-about = Группы для работы в группах: записанные в файле или составленные заново (--count N)
cli-groups-file = { cli-doc-file }
cli-groups-format = { cli-doc-format }
cli-groups-format-table = { cli-doc-table }
cli-groups-format-md = Markdown
cli-groups-format-json = группы для скриптов
cli-groups-format-html = страница A4 для печати: все группы с участниками
cli-groups-format-docx = { cli-doc-docx }
cli-groups-output = { cli-doc-output }
cli-groups-count = Составить заново столько групп (от 1 до 1000) [по умолчанию: показать группы, записанные в файле]
cli-groups-regroup = Составить группы заново — столько же, сколько записано в файле
cli-groups-day = Только те, кто отмечен присутствующим в этот день (их отмечает `cowork checkin`)
cli-groups-include-all = Включить в группы и организаторов с гостями (вместе с --count или --regroup)
cli-groups-write = Записать в файл каждому участнику `group = K` (комментарии и оформление сохраняются); у тех, кто не попал в группы, старый `group` удаляется (вместе с --count или --regroup)
cli-feedback-about = Добавить плюс, минус или интересное из обсуждения (на терминале — с вопросами)
cli-feedback-file = { cli-doc-file }
cli-feedback-plus = Плюс: что получилось
cli-feedback-minus = Минус: что стоит улучшить
cli-feedback-interesting = Интересное («И» в ПМИ)
cli-feedback-votes = Сколько человек с этим согласны [по умолчанию: 1]
cli-feedback-activity = Мероприятие, о котором речь: его название (регистр и знаки препинания могут отличаться)
cli-feedback-no-input = Ничего не спрашивать; если замечание не указано, это ошибка использования
cli-summary-about = «Итоги обсуждения: плюсы и минусы» одного коворкинга или серии
cli-summary-files = Файл коворкинга или несколько файлов одной серии
cli-summary-format = { cli-doc-format }
cli-summary-format-table = { cli-doc-table }
cli-summary-format-md = Markdown
cli-summary-format-html = { cli-doc-html }
cli-summary-format-json = цифры для скриптов
cli-summary-format-docx = { cli-doc-docx }
cli-summary-output = { cli-doc-output }
cli-summary-by-activity = Сгруппировать замечания по мероприятиям (только для одного коворкинга)
cli-report-about = «Аналитическая справка по итогам методического коворкинга»
cli-report-file = { cli-doc-file }
cli-report-format = { cli-doc-format }
cli-report-format-md = { cli-doc-md-archive }
cli-report-format-html = { cli-doc-html }
cli-report-format-txt = { cli-doc-txt }
cli-report-format-json = цифры для скриптов
cli-report-format-xlsx = цифры справки в таблице Excel: участие, плюсы и минусы, решения, показатели — по листу на каждое
cli-report-output = { cli-doc-output }
cli-report-anonymize = Без имён (вместо них роли и числа) — для публикации в интернете
cli-certificates-about = Сертификаты участников и выступавших: по странице A4 (альбомной) на каждого
cli-certificates-file = { cli-doc-file }
cli-certificates-format = Формат вывода [по умолчанию: по расширению в -o, иначе md, если вывод идёт на терминал, иначе html]
cli-certificates-format-md = Markdown
cli-certificates-format-html = HTML для печати: сертификат на альбомной странице A4
cli-certificates-output = { cli-doc-output }
cli-certificates-only = Только сертификаты этого человека: id, ФИО или фамилия с инициалами
cli-certificates-all-registered = Сертификат участника каждому зарегистрированному, даже если посещаемость не отмечена
cli-report-draft = Проект справки, с пометкой «Проект»; так можно подготовить справку и до коворкинга
cli-archive-about = Сформировать все документы коворкингов в archive/ и сохранить их коммитом git
cli-archive-files = Файлы коворкингов или папки, все *.toml которых нужно архивировать
cli-archive-dir = Папка архива [по умолчанию: archive]
cli-archive-planned = Архивировать и коворкинги, которые ещё не проведены (первый день позже сегодняшнего): план и справку с пометкой «Проект». Без этого флага такие коворкинги пропускаются, и cowork называет каждый из них
cli-archive-no-commit = Только записать файлы, git не трогать (работает и вне репозитория)
cli-archive-allow-detached = Делать коммит даже при отсоединённом HEAD (тогда коммит не попадёт ни в одну ветку)
cli-archive-message = Сообщение коммита [по умолчанию: «Архив: <тема> (<даты>)»]
cli-list-about = Коворкинги папки по датам: запланированные, проведённые, в архиве
cli-list-dir = Папка с файлами коворкингов [по умолчанию: sessions/ в корне рабочей папки]
cli-list-format = Формат вывода [по умолчанию: по расширению в -o, иначе таблица]
cli-list-format-table = таблица для людей
cli-list-format-json = JSON для скриптов
cli-list-format-ics = файл iCalendar для приложений-календарей: каждый коворкинг со своими часами, дни без программы — на весь день
cli-list-format-xlsx = таблица Excel: строка на каждый коворкинг, даты — датами Excel
cli-list-output = Записать в этот файл, а не в стандартный вывод (`-` — стандартный вывод)
cli-participants-about = Участники из таблицы (.xlsx, .ods, .csv) в файл коворкинга и обратно
cli-participants-import-about = Добавить в файл коворкинга людей из таблицы (.xlsx, .ods, .csv)
cli-participants-import-file = Файл коворкинга; он меняется на месте, все комментарии сохраняются
cli-participants-import-list = Список: .xlsx, .xls, .ods или .csv со строкой заголовков (ФИО, Должность, Организация, Стаж, Роль, id)
cli-participants-import-dry-run = Только показать, кто будет добавлен; ничего не менять
cli-participants-export-about = Выгрузить участников в таблицу (.xlsx или .csv)
cli-participants-export-file = { cli-doc-file }
cli-participants-export-output = Куда записать список: файл .xlsx или .csv
cli-value-list = СПИСОК
cli-plan-about = Спланировать серию: файл коворкинга каждые N месяцев, в обход выходных
cli-plan-start = Дата первого коворкинга: 2026-10-15 или 15.10.2026
cli-plan-every = Сколько месяцев между коворкингами («1 раз в два месяца» — это 2)
cli-plan-count = Сколько коворкингов
cli-plan-series = Название серии в каждом файле [по умолчанию: «Методические коворкинги 2026/2027» — учебный год даты --start]; годы в названии (2026/2027) следуют учебному году каждого коворкинга
cli-plan-title = Тема каждого коворкинга [по умолчанию: «Методический коворкинг № 1», № 2, …]
cli-plan-days = Сколько дней в каждом коворкинге, от 1 до 3
cli-plan-organization = { cli-doc-organization }
cli-plan-organizer = Ответственный методист [по умолчанию: из cowork.toml]
cli-plan-output = Папка, куда записать файлы [по умолчанию: sessions/ в корне рабочей папки]
cli-plan-format = Что вывести: план таблицей или файл iCalendar для всей серии
cli-plan-format-table = таблица запланированных коворкингов
cli-plan-format-ics = файл iCalendar: коворкинги событиями на весь день (дни не подряд — отдельными событиями), для приложений-календарей
cli-plan-dry-run = Показать план, не записывая файлов
cli-templates-about = Показать встроенные шаблоны или выгрузить их, чтобы изменить
cli-templates-dump = Записать все встроенные шаблоны в эту папку, чтобы их изменить [по умолчанию: `templates` из cowork.toml, иначе ./templates]
cli-templates-force = Вместе с --dump: заменить шаблоны, которые уже есть в папке
cli-completions-about = Вывести скрипт автодополнения для командной оболочки
cli-completions-shell = Оболочка, для которой нужно автодополнение
cli-completions-after-help = Установка, например:
    {"  "}bash: cowork completions bash > ~/.local/share/bash-completion/completions/cowork
    {"  "}zsh:  cowork completions zsh > ~/.zfunc/_cowork   (и fpath+=~/.zfunc в ~/.zshrc)
    {"  "}fish: cowork completions fish > ~/.config/fish/completions/cowork.fish
cli-man-about = Вывести страницу руководства (roff)
cli-man-dir = Записать cowork.1 и по странице на каждую команду (cowork-new.1, …) в эту папку, а не выводить cowork.1
cli-man-after-help = Прочитать сразу: cowork man | man -l -
    Установить: cowork man --dir ~/.local/share/man/man1
cli-groups-recorded = Группа каждого участника записана в { $path }
cli-groups-unchanged = В { $path } уже записаны эти группы; файл не изменён
cli-groups-no-attendance = за день { $day } посещаемость не отмечена
cli-groups-no-attendance-hint = сначала отметьте, кто пришёл: cowork checkin { $file } --day { $day }
cli-groups-needs-count = { $flag } действует, только когда группы составляются заново: добавьте --count N (сколько групп) или --regroup (столько же, сколько записано в файле)
cli-groups-none-recorded = в { $file } группы не записаны: укажите, сколько групп составить, например --count 4
cli-groups-too-few = --count { $count }: { $people ->
    [one] зарегистрирован только { $people } участник
    [few] зарегистрировано только { $people } участника
   *[many] зарегистрировано только { $people } участников
} (без организаторов и гостей); попросите меньше групп
cli-groups-too-few-all = --count { $count }: { $people ->
    [one] зарегистрирован только { $people } участник
    [few] зарегистрировано только { $people } участника
   *[many] зарегистрировано только { $people } участников
}; попросите меньше групп
cli-groups-too-few-present = --count { $count }: в день { $day } { $people ->
    [one] присутствовал только { $people } участник
    [few] присутствовали только { $people } участника
   *[many] присутствовали только { $people } участников
}; попросите меньше групп
cli-summary-by-activity-one = --by-activity группирует замечания одного коворкинга; укажите один файл или уберите этот параметр
cli-man-failed = не удалось записать страницу руководства: { $reason }
cli-man-written = Страницы руководства записаны в { $dir }
cli-manpage-name = ИМЯ
cli-manpage-synopsis = ОБЗОР
cli-manpage-description = ОПИСАНИЕ
cli-manpage-options = ПАРАМЕТРЫ
cli-manpage-commands = КОМАНДЫ
cli-manpage-extra = ДОПОЛНИТЕЛЬНО
cli-manpage-version = ВЕРСИЯ
cli-manpage-authors = АВТОРЫ
# clap's errors, kind by kind; $arg is an option with its value name («--count <N>»).
cli-quoted = «{ $text }»
cli-or = { $first } или { $last }
cli-error-did-you-mean = возможно, вы имели в виду { $words }
cli-error-possible-values = возможные значения: { $values }
cli-error-possible-commands = команды: { $commands }
cli-error-value-missing = для { $arg } нужно значение
cli-error-invalid-value = недопустимое значение «{ $value }» для { $arg }
cli-error-unknown-option = неизвестный параметр «{ $arg }»
cli-error-unexpected-argument = лишний аргумент «{ $arg }»
cli-error-trailing = чтобы передать «{ $arg }» как значение, поставьте перед ним «--»: -- { $arg }
cli-error-unknown-command = нет команды «{ $name }»
cli-error-no-equals = значение { $arg } пишется через «=»: { $arg }=…
cli-error-value-validation = недопустимое значение «{ $value }» для { $arg }: { $reason }
cli-error-too-many-values = лишнее значение «{ $value }» для { $arg }
cli-error-number-of-values = для { $arg } нужно значений: { $expected }, а указано: { $actual }
cli-error-conflict = { $arg } нельзя указывать вместе с { $prior }
cli-error-conflict-repeated = { $arg } можно указать только один раз
cli-error-missing-argument = { $count ->
    [one] не указан обязательный аргумент { $args }
   *[many] не указаны обязательные аргументы: { $args }
}
cli-error-missing-command = не указана команда
cli-error-invalid-utf8 = в командной строке есть текст не в кодировке UTF-8
cli-error-more = Подробнее: { $command } --help
cli-error-more-plain = Подробнее: --help
cli-number-range = нужно целое число от { $min } до { $max }
cli-number-from = нужно целое число не меньше { $min }
cli-number-to = нужно целое число не больше { $max }
cli-number-not = нужно целое число
cli-zone-unknown = --zone «{ $zone }»: такой коворкинг-зоны нет. Зоны коворкинга: { $zones }
cli-zone-format = --zone: расписание зоны бывает в форматах md, html, txt и docx, а не { $format }
cli-day-out-of-range = --day { $day }: в коворкинге { $days ->
    [one] всего { $days } день
    [few] всего { $days } дня
   *[many] всего { $days } дней
}

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
check-add-signatory-position = добавьте должность того, кто подписывает: position = "Директор МБУДО «ДДТ»"
check-add-signatory-name = добавьте подпись — инициалы и фамилию: name = "П. П. Петров"
# Validation (src/session/validate.rs)
check-schema = неподдерживаемая версия формата: schema = { $schema }
check-schema-hint = эта версия cowork читает schema = 1
check-empty-title = тема (`title`) пуста
check-empty-title-hint = напишите тему сессии в `title`
check-unknown-timezone = неизвестный часовой пояс «{ $value }»
check-unknown-timezone-close = часовой пояс пишется латиницей, как в базе IANA; возможно, вы имели в виду timezone = "{ $zone }"?
check-unknown-timezone-hint = часовой пояс пишется латиницей, как в базе IANA: timezone = "Europe/Moscow" (Москва), "Asia/Yekaterinburg" (Екатеринбург), "Asia/Novosibirsk" (Новосибирск), "Asia/Vladivostok" (Владивосток)
check-empty-uid = постоянный номер коворкинга для календарей (`uid`) пуст
check-empty-uid-hint = удалите строку с `uid` — тогда номер возьмётся из имени файла — или впишите любой текст и больше его не меняйте
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
check-unknown-participant-hint = укажите `id` участника, его ФИО или фамилию с инициалами («Громова Е. В.»), как в [[participants]]
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
check-unknown-activity-hint = укажите название (`title`) одного из [[activities]] — регистр, кавычки и знаки препинания не важны
check-empty-programme = программа пуста: нет ни одного [[activities]]
check-empty-programme-hint = добавьте мероприятия четырёх этапов; пример показывает `cowork new`
check-missing-phase = нет ни одного мероприятия этапа { $name } (`phase = "{ $phase }"`)
check-missing-phase-hint = в модели четыре этапа: `immersion`, `presentation`, `group-work`, `discussion`
check-discussion-not-last = обсуждение «плюсы и минусы» — не последний этап последнего дня
check-discussion-not-last-hint = модель завершается обсуждением «плюсы и минусы»; перенесите его в конец последнего дня
check-zone-unused = в зоне «{ $zone }» нет ни одного мероприятия
check-zone-unused-hint = запланируйте что-нибудь в ней или уберите зону
check-no-moderator = у «{ $title }» нет модератора
check-no-moderator-hint = добавьте moderators = ["…"]: каждый этап коворкинга кто-то ведёт
check-hours = `hours` — объём программы в часах: целое число больше нуля
check-hours-hint = например, hours = 16; если объём не нужен в документах, уберите `hours`
check-break-with-phase = перерыв «{ $title }» отнесён к этапу, но перерыв не входит ни в один этап: в плане он будет напечатан без этапа
check-break-with-phase-hint = уберите `phase` у перерыва; если это не перерыв, а мероприятие, уберите break = true
check-break-with-moderators = у перерыва «{ $title }» указаны модераторы, но в плане перерыв печатается без них
check-break-with-moderators-hint = уберите `moderators` у перерыва; если это не перерыв, а мероприятие, уберите break = true
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
prompt-checkin-unknown-hint = укажите `id`, ФИО или фамилию с инициалами из [[participants]] (всех покажет `cowork attendance`)
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
scaffold-invalid-toml = новый коворкинг получился бы неверным файлом TOML; ничего не записано
scaffold-would-have-errors = в новом коворкинге { $count ->
    [one] была бы { $count } ошибка
    [few] были бы { $count } ошибки
   *[many] было бы { $count } ошибок
}; ничего не записано
scaffold-beyond-calendar = коворкинг с { $first } не помещается в календарь: его дни заходят за 31 декабря 9999 г.
scaffold-beyond-calendar-hint = укажите дату раньше (--date или --start)
scaffold-line-break = { $flag } — это одна строка: в ней не может быть перевода строки
scaffold-line-break-hint = напишите тему в одну строку, в кавычках: { $flag } "Игровые технологии в развитии речи"
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
prompt-new-series-renamed = Серия названа по учебному году нового коворкинга: «{ $new }» (было «{ $old }»), поэтому решения прошлого учебного года в его план не переносятся. Если это та же серия, исправьте `series` в [session].
prompt-new-next = Дальше: откройте его в редакторе и замените примерные значения своими; проверка — cowork check { $file }, план — cowork agenda { $file }
prompt-new-next-copied = Дальше: проверьте тему, цель, задачи, участников и время мероприятий; проверка — cowork check { $file }, план — cowork agenda { $file }
prompt-plan-exist = { $count ->
    [one] { $count } файл плана уже существует
    [few] { $count } файла плана уже существуют
   *[many] { $count } файлов плана уже существуют
}; ничего не записано:
prompt-plan-exist-hint = cowork никогда не перезаписывает файл коворкинга; запишите план в другую папку (-o ПАПКА) или уберите старые файлы
prompt-plan-same-path = два коворкинга плана попали бы в один файл { $file }
prompt-plan-series-renamed = С { $date } коворкинги входят в серию «{ $series }»: серия называется по учебному году (с 1 сентября по 31 августа).
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
prompt-groups-one-recorded-hint = впишите в эту группу ещё кого-нибудь (`group = { $group }`) или составьте группы заново: cowork groups { $file } { $anew } --write

## participants — lists of participants in spreadsheets (src/participant_list, src/cli/participants.rs)
participants-list-kind = { $path }: такой список cowork читать не умеет
participants-list-kind-hint = сохраните список как таблицу Excel (.xlsx), OpenDocument (.ods) или CSV (.csv) и укажите этот файл
participants-list-too-big = { $path } больше { $limit } МБ — это не похоже на список участников; ничего не изменено
participants-list-too-big-hint = укажите файл со списком участников (.xlsx, .ods или .csv)
participants-sheet-unreadable = не удалось прочитать { $path } как таблицу { $kind } («{ $reason }»); ничего не изменено
participants-sheet-unreadable-hint = откройте файл в Excel или LibreOffice и сохраните его заново как .xlsx, .ods или .csv
participants-csv-unreadable = не удалось прочитать { $path }: строка { $line } — не строка CSV; ничего не изменено
participants-csv-unreadable-hint = откройте файл в Excel или LibreOffice и сохраните его заново как «CSV (разделители — точка с запятой)»
participants-encoding = файл { $path } прочитан в кодировке { $encoding }
participants-list-empty = в списке { $path } нет ни одной заполненной строки; ничего не изменено
participants-no-name-column = в списке { $path } не найден столбец с именами: в строке { $row } заголовки { $found }; ничего не изменено
participants-no-name-column-hint = нужна строка заголовков со столбцом «ФИО» (или «Фамилия», «Имя», «Отчество» — тремя столбцами); остальные столбцы по желанию: «Должность», «Организация», «Стаж», «Роль», «id»
participants-row-no-name = строка { $row }: нет ФИО — строка пропущена
participants-row-experience = строка { $row }: стаж «{ $value }» — не число лет (например, 5 или «5 лет») — строка пропущена
participants-row-role = строка { $row }: роль «{ $value }» неизвестна (участник, модератор, наставник, гость, организатор) — строка пропущена
participants-skip-in-file = строка { $row }: «{ $name }» уже есть в файле — пропущено
participants-skip-in-file-as = строка { $row }: «{ $name }» уже есть в файле как «{ $existing }» — пропущено
participants-skip-repeated = строка { $row }: «{ $name }» уже было в строке { $first } — пропущено
participants-skip-id-taken = строка { $row }: id «{ $id }» у «{ $name }» уже занят участником «{ $by }» — пропущено
participants-row = строка { $row }: { $person }
participants-experience = стаж { $years ->
    [one] { $years } год
    [few] { $years } года
   *[many] { $years } лет
}
participants-role = { $role ->
    [moderator] модератор
    [mentor] наставник
    [guest] гость
    [organizer] организатор
   *[participant] участник
}
participants-added = { $file }: { $added ->
    [one] добавлен { $added } участник
    [few] добавлено { $added } участника
   *[many] добавлено { $added } участников
}, пропущено { $skipped }
participants-would-add = { $file }: { $added ->
    [one] будет добавлен { $added } участник
    [few] будут добавлены { $added } участника
   *[many] будет добавлено { $added } участников
}, пропущено { $skipped }; файл не изменён (--dry-run)
participants-export-kind = -o { $path }: список участников можно записать только в .xlsx или .csv
participants-export-kind-hint = укажите файл с одним из расширений: { $formats } (например, -o участники.xlsx)
participants-export-failed = не удалось составить список участников («{ $reason }»); ничего не записано
participants-exported = { $path }: { $count ->
    [one] записан { $count } участник
    [few] записаны { $count } участника
   *[many] записано { $count } участников
}

## edit — changing a session file: locks, writes (src/edit, src/write.rs, src/io_failure.rs)
edit-write-folder = не удалось записать { $path }: это папка
edit-write-folder-hint = укажите имя файла, например -o plan.md
edit-exists = не удалось записать { $path }: такой файл уже есть
edit-exists-hint = cowork никогда не перезаписывает такой файл; сначала удалите или переименуйте старый
edit-toml-output = -o { $path }: документы не записываются в файлы .toml — это расширение файлов коворкингов и cowork.toml; ничего не записано
edit-toml-output-hint = дайте документу его собственное расширение, например -o plan.md или -o plan.html
edit-stdout-failed = не удалось вывести результат: { $reason }
write-binary-terminal = документ в формате { $format } — не текст, на экран терминала его не вывести; ничего не записано
write-binary-terminal-hint = укажите файл: -o { $example }
edit-too-big = после изменения файл { $path } стал бы больше, чем читает cowork (не больше { $mib } МиБ); файл не изменён
edit-too-big-hint = точно ли это тот файл? Даже коворкинг целого города занимает меньше 1 МиБ
edit-would-break = изменение испортило бы файл { $path }; файл не изменён
edit-would-break-hint = сообщите, пожалуйста, об этой ошибке cowork
edit-would-leave-errors = после изменения в файле { $path } { $errors ->
    [one] осталась бы { $errors } ошибка
    [few] остались бы { $errors } ошибки
   *[many] осталось бы { $errors } ошибок
}; файл не изменён
edit-kept-changing = файл { $path } всё время менялся, пока cowork его записывал; ничего не записано
edit-kept-changing-hint = его постоянно сохраняет другая программа: закройте её (или сохраните в ней последним) и попробуйте снова
edit-no-such-file = не удалось открыть { $path }: такого файла нет
edit-no-such-file-hint = проверьте путь; файлы коворкингов обычно лежат в папке sessions/
edit-is-folder = { $path } — это папка, а не файл коворкинга
edit-is-folder-hint = укажите файл .toml в этой папке
edit-not-ordinary = { $path } — не обычный файл; cowork меняет только обычные файлы
edit-not-ordinary-hint = скопируйте его содержимое в обычный файл и укажите этот файл
edit-waiting = файл { $path } сейчас меняет другой запуск cowork; жду до { $seconds } с…
edit-not-a-list = `{ $key }` в файле коворкинга — не список таблиц [[{ $key }]]
edit-not-a-list-hint = сначала запустите `cowork check` для этого файла и исправьте ошибки
edit-outcome-file-unchanged = файл не изменён
edit-outcome-not-taken-back = часть файлов, записанных до этого, вернуть не удалось
edit-cause-full = диск заполнен (нет места или нельзя создать больше файлов)
edit-cause-full-hint = освободите место на этом диске или сохраните в другое место
edit-cause-quota = ваша квота на диске исчерпана
edit-cause-quota-hint = удалите там часть своих файлов или сохраните в другое место
edit-cause-read-only = диск только для чтения
edit-cause-read-only-hint = сохраните на другой диск или в другую папку (может быть, флешка защищена от записи?)
edit-cause-denied = нет доступа
edit-cause-denied-hint = сюда вам писать нельзя: проверьте права на файл и на его папку или сохраните в другое место
edit-cause-not-found = нет такого файла или папки
edit-cause-not-found-hint = проверьте путь: папка должна существовать
edit-cause-not-a-folder = там, где должна быть папка, лежит файл
edit-cause-not-a-folder-hint = уберите этот файл или выберите другую папку
edit-cause-is-a-folder = там, где должен быть файл, лежит папка
edit-cause-is-a-folder-hint = укажите другое имя файла или уберите эту папку
edit-cause-too-large = файл слишком велик для этого диска
edit-cause-busy = файл занят (открыт в другой программе?)
edit-cause-busy-hint = закройте его в другой программе и попробуйте снова

## archive — the archive and git (src/archive, src/cli/archive.rs)
# git hints (src/archive/messages.rs)
archive-hint-not-a-repository = если репозитория ещё нет, выполните `git init` в папке, где будет храниться архив; если выше git сообщает о другой причине, устраните её; или добавьте --no-commit, чтобы только записать файлы
archive-hint-no-identity = один раз сообщите git, кто вы: git config --global user.name "Имя Фамилия" и git config --global user.email you@example.org; затем снова запустите cowork archive
archive-hint-not-installed = установите git или добавьте --no-commit, чтобы только записать файлы
archive-hint-commit-refused = git отказался делать коммит — обычно из-за хука (pre-commit, commit-msg) или подписи коммитов (commit.gpgsign): исправьте то, о чём git сообщает выше, и снова запустите cowork archive или добавьте --no-commit, чтобы только записать файлы
archive-hint-git-failed = исправьте то, о чём git сообщает выше, и снова запустите cowork archive или добавьте --no-commit, чтобы только записать файлы
archive-hint-detached = сначала перейдите на ветку (git switch ВЕТКА или git switch -c НОВАЯ-ВЕТКА, чтобы сохранить текущее состояние в новой ветке) или добавьте --allow-detached, чтобы всё же сделать коммит здесь
archive-hint-move-target-exists = cowork archive выбирает свободную папку, но её тем временем кто-то создал: запустите команду ещё раз
archive-hint-index-locked = в этом репозитории сейчас работает другая команда git, или она прервалась и оставила блокировку: дождитесь её завершения; если git не запущен, удалите { $lock } и снова запустите cowork archive
archive-hint-disk-full = освободите место на диске с архивом или выберите другую папку (--dir) и снова запустите cowork archive
archive-hint-read-only-disk = диск архива подключён только для чтения (или это флешка с защитой от записи): выберите другую папку (--dir) или разрешите запись на диск
archive-hint-permission = у вас нет прав на запись в папку архива: проверьте её права (и не держит ли файл открытым другая программа) или выберите другую папку (--dir)
archive-hint-file-for-folder = уберите этот файл из папки архива (cowork нужна там папка с таким именем) и снова запустите cowork archive
archive-hint-folder-for-file = уберите эту папку из папки архива (cowork нужен там файл с таким именем) и снова запустите cowork archive
archive-hint-check-folder = проверьте папку архива и снова запустите cowork archive
archive-detached-head = HEAD отсоединён (не выбрана ни одна ветка): коммит здесь не попадёт ни в одну ветку, найти его можно будет только через reflog; ничего не записано
# git failures and what a rollback left (src/archive/failure.rs, transaction.rs)
archive-nothing-written = ничего не записано
archive-rollback-nothing-written = ничего не записано: архив не изменился
archive-rollback-nothing-changed = ничего не изменилось: файлы архива и индекс git остались как были
archive-rollback-left = не удалось вернуть в прежнее состояние:
archive-rollback-index = индекс git ({ $command }): { $output }
archive-git-locked = индекс git заблокирован: существует { $lock }
archive-git-no-identity = git не знает, кто вы, поэтому не может сделать коммит
archive-git-not-a-repository = git не находит репозитория, в котором можно хранить папку архива
archive-git-failed = команда { $command } не выполнена
archive-git-failed-code = команда { $command } не выполнена, код возврата { $code }
archive-git-silent = (git завершился с кодом { $code } и ничего не вывел)
archive-git-not-installed = git не установлен (в PATH нет `git`)
archive-git-cannot-run = не удалось запустить git: { $reason }
archive-git-cannot-talk = не удалось передать данные git: { $reason }
archive-git-ignores = git игнорирует { $path } (.gitignore или .git/info/exclude), поэтому архив нельзя закоммитить; ничего не записано
archive-git-ignores-hint = уберите шаблон, под который попадает папка архива, выберите другую папку (--dir) или добавьте --no-commit
# the archive's files (src/archive/files.rs, repository.rs, run.rs, documents.rs)
archive-cannot-read = не удалось прочитать { $path }: { $reason }
archive-cannot-read-hint = в папке архива должны лежать только файлы, записанные cowork; переложите этот файл в другое место
archive-move-target-exists = не удалось переместить { $from } в { $to }: такая папка уже есть
archive-cannot-resolve = не удалось определить полный путь к { $path }: { $reason }
archive-dir-dotdot = --dir { $path }: в пути к папке архива не должно быть `..` после папки, которой ещё нет
archive-outside-work-tree = { $path } находится вне рабочего каталога git { $root }
archive-path-not-text = в пути к { $path } есть символы, которые нельзя прочитать как текст
archive-path-not-text-hint = назовите папку архива буквами, цифрами и дефисами
archive-invalid-one = в файле коворкинга есть ошибки; ничего не заархивировано
archive-invalid-some = в { $failed } из { $total ->
    [one] { $total } файла
   *[other] { $total } файлов
} коворкингов есть ошибки; ничего не заархивировано
archive-invalid-hint = исправьте их (`cowork check` покажет все ошибки) и снова запустите cowork archive
archive-no-dates = в { $path } нет дат, а архив раскладывает коворкинги по их первой дате
archive-no-dates-hint = добавьте в `[session]` строку `dates = [2026-12-03]`
archive-unknown-document = cowork не умеет делать { $file } для архива
archive-unknown-document-hint = это ошибка в cowork; пожалуйста, сообщите о ней
# cowork archive (src/cli/archive.rs)
archive-empty-message = -m/--message: сообщение коммита пустое
archive-dir-is-file = { $path } — это файл, а архив должен быть папкой (укажите другую папку в --dir)
archive-cannot-read-folder = не удалось прочитать папку { $path }: { $reason }
archive-no-session-files = в { $path } нет файлов коворкингов (*.toml)
archive-no-session-files-hint = укажите файлы коворкингов или папку, в которой они лежат (обычно sessions/)
archive-checking = проверка { $path }
archive-rendering = подготовка { $path }
archive-session-unchanged = без изменений
archive-session-changed = { $count ->
    [one] изменён { $count } файл
    [few] изменено { $count } файла
   *[many] изменено { $count } файлов
}
archive-session = { $folder }/: { $state }
archive-session-moved = { $folder }/: { $state } (перенесено из { $old }/)
archive-skipped-ahead = { $path } пропущен: коворкинг ещё не проведён (первый день — { $date }); чтобы заархивировать его план заранее, добавьте --planned
archive-all-ahead = { $count ->
    [1] коворкинг ещё не проведён; ничего не заархивировано
   *[other] ни один из { $count ->
        [one] { $count } коворкинга
       *[other] { $count } коворкингов
    } ещё не проведён; ничего не заархивировано
}
archive-all-ahead-hint = добавьте --planned, чтобы заархивировать план заранее (справка будет с пометкой «Проект»), или запустите cowork archive после коворкинга
archive-unreadable-copy = { $path } не удаётся прочитать как файл коворкинга; в оглавлении архива он указан по имени своей папки
archive-done-unchanged-no-git = ничего не изменилось: { $dir } актуален (git не затронут)
archive-done-written = { $count ->
    [one] записан { $count } файл
    [few] записано { $count } файла
   *[many] записано { $count } файлов
} в { $dir } (git не затронут: --no-commit)
archive-done-up-to-date = ничего не изменилось: { $dir } актуален; коммит не создан
archive-done-committed = закоммичено { $head } «{ $subject }»: { $count ->
    [one] { $count } файл
    [few] { $count } файла
   *[many] { $count } файлов
}

## render — templates (src/render, src/workspace/templates.rs)
render-unreadable = не удалось прочитать шаблон { $path }: { $reason }
render-broken = шаблон { $path } содержит ошибку
render-broken-override-hint = исправьте его или удалите, чтобы работал встроенный (их список — `cowork templates`)
render-broken-own-hint = исправьте его; `{"{%"} include {"%}"}` и `{"{%"} extends {"%}"}` называют шаблон по его пути внутри папки шаблонов, а встроенный — `builtin/ИМЯ`
render-broken-builtin = встроенный шаблон { $name } содержит ошибку
render-circle = шаблоны по кругу расширяют или подключают друг друга: { $chain }
render-circle-hint = шаблон, который заменяет встроенный и хочет его расширить, называет его `builtin/ИМЯ`, например {"{%"} extends "builtin/agenda.html" {"%}"}
render-unknown = шаблона { $name } нет
render-unknown-hint = `cowork templates` показывает встроенные шаблоны и шаблоны вашей папки
render-failed = не удалось сформировать документ по шаблону { $path }
render-failed-builtin = не удалось сформировать документ по встроенному шаблону { $name }
render-several-broken = шаблоны не компилируются
render-no-folder = --templates { $path }: такой папки нет
render-no-folder-hint = укажите существующую папку с шаблонами или создайте её: cowork templates --dump ПАПКА
render-prepare-failed = не удалось подготовить документ: { $reason }
render-xlsx-failed = не удалось составить таблицу Excel: { $reason }
render-docx-failed = не удалось собрать документ Word: { $reason }
render-folder-unreadable = не удалось прочитать папку шаблонов { $dir }: { $reason }

## tables — terminal tables and lists (src/render/table.rs, src/cli/list.rs, templates)
table-list-dates = Даты
table-list-theme = Тема
table-list-series = Серия
table-list-status = Состояние
table-list-participants = Участники
table-list-activities = Мероприятия
table-list-file = Файл
table-list-invalid = с ошибками: { $errors }
table-list-status-planned = запланирован
table-list-status-held = проведён
table-list-status-archived = в архиве
table-list-status-stale = архив устарел
table-list-calendar-skipped = { $file } не попал в календарь: в нём есть ошибки (cowork check { $file })
table-list-empty = В папке { $dir } нет файлов коворкингов (*.toml).
table-list-no-folder = не удалось прочитать папку { $dir }: { $reason }
table-list-no-folder-hint = создайте коворкинг командой `cowork new` или укажите папку: cowork list ПАПКА
xlsx-list-sheet = Коворкинги
xlsx-list-first-date = Начало
xlsx-list-last-date = Окончание
xlsx-list-pluses = Плюсы
xlsx-list-minuses = Минусы
xlsx-list-interesting = Интересное
table-plan-number = №
table-plan-dates = Даты
table-plan-weekday = День недели
table-plan-file = Файл
table-plan-note = Примечание
table-plan-moved = перенесён с { $date } ({ $reason })
table-plan-sessions = { $count ->
    [one] { $count } коворкинг
    [few] { $count } коворкинга
   *[many] { $count } коворкингов
}
table-templates-name = Шаблон
table-templates-renders = Что формирует
table-templates-in-use = Используется
table-templates-builtin = встроенный
table-templates-hint = `cowork templates --dump` выгружает их; измените копию, и все документы будут использовать её.
    Ваш шаблон может подключать любой другой через {"{%"} include "ИМЯ" {"%}"} или {"{%"} extends "ИМЯ" {"%}"}, а встроенный называть builtin/ИМЯ.
table-renders-own = ваш собственный шаблон, чтобы подключать его в другие
table-renders-agenda-md = план проведения в Markdown
table-renders-agenda-html = план проведения — HTML-страница для печати
table-renders-agenda-txt = план проведения простым текстом
table-renders-door-md = расписание коворкинг-зоны для двери в Markdown
table-renders-door-html = расписания коворкинг-зон для дверей — HTML для печати, страница A4 на зону и день
table-renders-door-txt = расписание коворкинг-зоны для двери простым текстом
table-renders-attendance-md = листы регистрации в Markdown
table-renders-attendance-html = листы регистрации — HTML для печати, страница A4 на каждый день
table-renders-summary-md = итоги обсуждения (плюсы и минусы) в Markdown
table-renders-summary-html = итоги обсуждения — HTML-страница для печати
table-renders-summary-series-md = итоги обсуждения серии коворкингов в Markdown
table-renders-summary-series-html = итоги обсуждения серии — HTML-страница для печати
table-renders-report-md = аналитическая справка в Markdown
table-renders-report-html = аналитическая справка — HTML-страница для печати
table-renders-report-txt = аналитическая справка простым текстом
table-renders-groups-md = группы для работы в группах в Markdown
table-renders-groups-html = состав групп — страница A4 для печати
table-renders-archive-index-md = README.md архива: все коворкинги архива со ссылками
table-renders-base-html = страница, на которой строится каждый HTML-документ: её <head> со стилем
table-renders-style-css = стиль печати, общий для всех HTML-документов
table-renders-session-header-html = тема, даты, место, цель и задачи в начале HTML-плана и справки
table-renders-certificates-md = сертификаты участников в Markdown
table-renders-certificates-html = сертификаты для печати в HTML, каждый на своём листе A4 (альбомная ориентация)
table-renders-room-participants-html = страница зала для телефонов: плюс, минус или «интересно» и голоса
table-renders-room-door-html = страница методиста у входа: отметка пришедших, гости, итоги
table-renders-room-board-html = экран зала для проектора: замечания по мере поступления и QR-код для входа
table-renders-room-error-html = страница зала, когда форма или адрес не приняты
table-renders-room-base-html = общая основа страниц зала: размер экрана, стиль, сценарий
table-renders-room-css = экранный стиль страниц зала (телефон, планшет, проектор)
table-renders-room-js = сценарий страниц зала: живое обновление экрана и поиск по мере ввода
table-dump-exists = { $count ->
    [one] шаблон уже есть, ничего не записано
   *[many] шаблоны уже есть, ничего не записано
}
table-dump-exists-hint = в них могут быть ваши изменения; чтобы заменить их встроенными, добавьте --force
table-dump-written = { $count ->
    [one] Записан { $count } шаблон
    [few] Записано { $count } шаблона
   *[many] Записано { $count } шаблонов
} в { $dir }. Измените их: документы берут оттуда шаблон с тем же именем.


## documents: the feedback total of the summary (src/view/summary.rs)
doc-summary-total-line = пунктов — { $points }, голосов — { $votes }.

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

## documents: certificates (src/view/certificates.rs, src/cli/certificates.rs)
doc-cert-took-part = { $gender ->
    [male] принял
    [female] приняла
   *[other] принял(а)
} участие в методическом коворкинге
doc-cert-presented = { $gender ->
    [male] представил
    [female] представила
   *[other] представил(а)
} опыт работы на методическом коворкинге
# «в объёме» takes the genitive: 1 часа, 2 часов, 5 часов, 21 часа.
doc-cert-hours = { $count ->
    [one] в объёме { $count }{"\u00A0"}часа
   *[other] в объёме { $count }{"\u00A0"}часов
}
doc-cert-activities = { $count ->
    [one] Тема выступления
   *[other] Темы выступлений
}
certificates-no-attendance = в { $file } не отмечено, кто пришёл: сертификаты участников выдают тем, кто присутствовал
certificates-no-attendance-hint = отметьте присутствующих командой `cowork checkin { $file } --day 1 --present …` или выпишите сертификаты всем зарегистрированным: `cowork certificates { $file } --all-registered`
certificates-no-approval = подписи на сертификатах нет: ни в файле коворкинга, ни в cowork.toml нет таблицы [approval] (position, name); строка подписи напечатана пустой
certificates-none-for = у «{ $name }» нет сертификата: не отмечен(а) присутствующим ни в один из дней и не ведёт ни одного мероприятия
certificates-none-for-hint = присутствие отмечает `cowork checkin`; ведущих мероприятия перечисляет `moderators` в [[activities]]
certificates-none = в { $file } некому выдать сертификат: никто не отмечен присутствующим и ни у одного мероприятия нет ведущих
## documents: the report's account of the session (src/view/report/narrative.rs) and its refusal (src/cli/report.rs)
doc-report-narrative-held-org-venue = { $dates } на базе { $organization } ({ $venue }) { $tense ->
        [future] состоится
       *[past] состоялся
    } методический коворкинг { $title }.
doc-report-narrative-held-org = { $dates } на базе { $organization } { $tense ->
        [future] состоится
       *[past] состоялся
    } методический коворкинг { $title }.
doc-report-narrative-held-venue = { $dates } { $tense ->
        [future] состоится
       *[past] состоялся
    } методический коворкинг { $title } (место проведения: { $venue }).
doc-report-narrative-held = { $dates } { $tense ->
        [future] состоится
       *[past] состоялся
    } методический коворкинг { $title }.
doc-report-narrative-teachers-orgs = { $mode ->
        [took-part] В работе коворкинга { $count ->
            [one] принял участие { $count } педагог
            [few] приняли участие { $count } педагога
           *[many] приняли участие { $count } педагогов
        }
       *[registered] Для участия в коворкинге { $count ->
            [one] зарегистрирован { $count } педагог
            [few] зарегистрированы { $count } педагога
           *[many] зарегистрировано { $count } педагогов
        }
    } из { $organizations ->
        [1] одной образовательной организации
        [one] { $organizations } образовательной организации
       *[other] { $organizations } образовательных организаций
    }.
doc-report-narrative-teachers = { $mode ->
        [took-part] В работе коворкинга { $count ->
            [one] принял участие { $count } педагог
            [few] приняли участие { $count } педагога
           *[many] приняли участие { $count } педагогов
        }
       *[registered] Для участия в коворкинге { $count ->
            [one] зарегистрирован { $count } педагог
            [few] зарегистрированы { $count } педагога
           *[many] зарегистрировано { $count } педагогов
        }
    }.
doc-report-narrative-guests = Кроме того, { $count ->
        [one] присутствовал { $count } гость
        [few] присутствовали { $count } гостя
       *[many] присутствовали { $count } гостей
    }.
doc-report-narrative-moderators = { $count ->
        [1] модератор
       *[other] модераторы
    } — { $names }
doc-report-narrative-led = { $count ->
        [1] ведущий
       *[other] ведущие
    } — { $who }
doc-report-narrative-phase = { $phase ->
        [immersion] На этапе информационного погружения
        [presentation] На этапе презентации профессионального опыта
        [group-work] На этапе работы в группах
        [discussion] На этапе обсуждения методики в формате «плюсы» и «минусы»
       *[none] Кроме того,
    } { $tense ->
        [future] запланировано
       *[past] проведено
    } { $count ->
        [1] одно мероприятие — { $activities }
        [one] { $count } мероприятие: { $activities }
        [few] { $count } мероприятия: { $activities }
       *[many] { $count } мероприятий: { $activities }
    }.
doc-report-narrative-more = ещё { $count } { $count ->
        [one] мероприятие
        [few] мероприятия
       *[many] мероприятий
    }
doc-report-narrative-products = По итогам работы { $tense ->
        [future] планируется создать { $count ->
            [1] методический продукт — { $titles }
            [one] { $count } методический продукт: { $titles }
            [few] { $count } методических продукта: { $titles }
           *[many] { $count } методических продуктов: { $titles }
        }
       *[past] { $count ->
            [1] создан методический продукт — { $titles }
            [one] создан { $count } методический продукт: { $titles }
            [few] созданы { $count } методических продукта: { $titles }
           *[many] создано { $count } методических продуктов: { $titles }
        }
    }.
doc-report-heading = Аналитическая справка по итогам методического коворкинга { $title }
report-ahead = коворкинг { $title } ещё не проведён: он начнётся { $date }, а сегодня { $today }
report-ahead-hint = справку пишут после коворкинга; чтобы подготовить её заранее, добавьте --draft: она будет помечена «Проект»

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

## output — what -o and --format name together, and printing to PDF (src/cli/document_args.rs, src/print)

output-document-agenda = план
output-document-door = расписание зоны
output-document-attendance = листы регистрации
output-document-summary = итоги обсуждения
output-document-report = аналитическую справку
output-document-groups = состав групп
output-document-certificates = сертификаты
output-document-list = список коворкингов
output-document-other = этот документ
output-not-offered = -o { $path }: { $document } нельзя записать как .{ $extension }, можно только как { $formats }
output-no-extension = -o { $path }: по имени файла не видно, в каком формате его записать (нет расширения); { $document } можно записать как { $formats }
output-extension-hint = дайте файлу одно из этих расширений, например -o { $example }
output-no-extension-hint = дайте файлу одно из этих расширений, например -o { $example }, или назовите формат: --format { $format }
output-conflict = --format { $format } и -o { $path } противоречат друг другу: расширение .{ $extension } означает другой формат
output-conflict-hint = назовите файл по формату (-o { $example }) или уберите --format, тогда формат будет { $format }, как говорит расширение
print-no-browser = не найден браузер, чтобы сделать PDF: нужен Chromium, Google Chrome или Microsoft Edge
print-no-browser-hint = укажите браузер: --browser ПУТЬ или browser = "…" в cowork.toml (в Windows обычно C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe); или сохраните документ как HTML (-o { $html }), откройте его в браузере и выберите «Печать» → «Сохранить как PDF»
print-browser-missing = браузер { $browser } (--browser) не найден
print-browser-missing-config = браузер { $browser } из cowork.toml не найден
print-browser-missing-hint = проверьте путь к браузеру (в Windows обычно C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe) или уберите его, тогда cowork найдёт установленный сам; или сохраните документ как HTML (-o { $html }), откройте его в браузере и выберите «Печать» → «Сохранить как PDF»
print-browser-missing-variable = браузер { $browser } из переменной COWORK_BROWSER не найден
print-start-failed = не удалось запустить браузер { $browser }: { $reason }; ничего не записано
print-failed = браузер { $browser } не смог напечатать документ (код выхода { $code }); ничего не записано
print-timeout = браузер { $browser } не напечатал документ за { $seconds } с и был остановлен; ничего не записано
print-not-pdf = браузер { $browser } вернул не PDF (или PDF не целиком); ничего не записано
print-temp-failed = не удалось подготовить временную папку для печати: { $reason }; ничего не записано
print-failed-hint = сохраните документ как HTML (-o { $html }), откройте его в браузере и выберите «Печать» → «Сохранить как PDF»
check-expect-program = имя программы или путь к ней в прямых кавычках, например "{ $key }"
cli-browser = Браузер семейства Chromium, который печатает --format pdf [по умолчанию: `browser` из cowork.toml, иначе Chromium, Chrome или Edge, установленные на компьютере]
cli-agenda-format-pdf = PDF, напечатанный из HTML браузером (Chromium, Chrome или Edge)
cli-attendance-format-pdf = { cli-agenda-format-pdf }
cli-groups-format-pdf = { cli-agenda-format-pdf }
cli-summary-format-pdf = { cli-agenda-format-pdf }
cli-report-format-pdf = { cli-agenda-format-pdf }
cli-certificates-format-pdf = { cli-agenda-format-pdf }
cli-report-format-docx = { cli-doc-docx }
cli-certificates-format-docx = { cli-doc-docx }
archive-pdf-skipped = PDF ({ $files }) в архив не добавлены: { $reason }

## calendar — the production calendar: holidays, days off, working days (src/calendar, plan, new, check)

calendar-holiday-new-year = Новогодние каникулы
calendar-holiday-christmas = Рождество Христово
calendar-holiday-defender = День защитника Отечества
calendar-holiday-women = Международный женский день
calendar-holiday-spring = Праздник Весны и Труда
calendar-holiday-victory = День Победы
calendar-holiday-russia = День России
calendar-holiday-unity = День народного единства
calendar-reason-weekend = выходной день
calendar-reason-holiday = праздничный день
calendar-reason-moved = перенесённый выходной день
calendar-reason-listed = нерабочий день по cowork.toml
calendar-law = по статье 112 Трудового кодекса
calendar-day-weekend = { $date } — { $weekday }, выходной день
calendar-day-holiday = { $date } — нерабочий праздничный день: { $name }
calendar-day-moved = { $date } — выходной день, перенесённый с { $from } ({ $source })
calendar-day-listed = { $date } — нерабочий день по календарю в cowork.toml ([calendar] holidays)
calendar-day-hint = если коворкинг и правда проходит в этот день, ничего менять не нужно; ближайший рабочий день — { $next }
calendar-day-hint-none = если коворкинг и правда проходит в этот день, ничего менять не нужно
check-calendar-expect-day = дата (2026-12-28) или промежуток дат («2026-12-28..2027-01-08»)
check-calendar-reversed = промежуток дат «{ $range }» идёт назад: первый день позже последнего
check-calendar-reversed-hint = пишите от первого дня к последнему: "{ $range }"
series-not-toml = { $file } не читается как TOML, и решения из него не переносятся в эту серию; проверьте его: cowork check { $file }
table-plan-exists = уже есть
prompt-plan-dry-run-existing = { $count ->
    [one] Пробный запуск: файлы не записаны; { $count } файл плана уже есть.
    [few] Пробный запуск: файлы не записаны; { $count } файла плана уже есть.
   *[many] Пробный запуск: файлы не записаны; { $count } файлов плана уже есть.
}
## room (cowork serve)
cli-serve-about = Комната в день коворкинга: веб-страница для входа, телефонов участников и экрана
cli-serve-file = { cli-doc-file }
cli-serve-lan = Принимать подключения из локальной сети (Wi-Fi площадки), а не только с этого компьютера
cli-serve-port = Порт [по умолчанию: 8765; 0 — любой свободный]
cli-serve-json = Вывести одну строку JSON с адресами и ключами доступа вместо текста
room-started = Комната коворкинга открыта: { $file }
room-participants = Для участников (покажите QR-код или продиктуйте адрес):
room-methodist = Для методиста — вход, отметка пришедших (никому не показывайте):
room-board = Для экрана — плюсы и минусы в реальном времени:
room-local-only = Сейчас страницы открываются только на этом компьютере. Чтобы подключились телефоны, запустите с параметром --lan.
room-how-to-stop = Чтобы закрыть комнату, нажмите Ctrl+C.
room-stopped = Комната закрыта. Всё, что было принято, уже записано в файл.
room-port-busy = Порт { $port } уже занят другой программой.
room-port-busy-hint = Закройте другую копию «cowork serve» или укажите другой порт, например --port 0 (любой свободный).
room-cannot-listen = Не удалось открыть порт { $port }: { $reason }
room-failed-start = Не удалось запустить комнату: { $reason }
room-no-randomness = Не удалось получить случайные числа для ключей доступа: { $reason }
room-forbidden = Нет доступа: откройте страницу по ссылке или QR-коду из «cowork serve».
room-methodist-only = Это может делать только методист.
room-too-many = Слишком много запросов подряд. Подождите немного и попробуйте снова.
room-text-empty = Напишите текст: пустое замечание не записывается.
room-text-long = Слишком длинный текст: не больше { $max } знаков, в одну строку.
room-bad-request = Непонятный запрос: { $reason }
room-failed = Не удалось выполнить запрос; попробуйте ещё раз.
room-no-point = Замечания № { $n } нет в файле.
room-no-participant = Участник «{ $reference }» не найден в файле.
room-no-day = Дня { $day } нет: { $days ->
    [one] у коворкинга { $days } день
    [few] у коворкинга { $days } дня
   *[many] у коворкинга { $days } дней
}.
room-no-activity = Мероприятия «{ $title }» нет в программе.
room-guest-exists = Участник «{ $name }» уже есть в списке: отметьте его, а не регистрируйте заново.
room-too-large = Слишком большой запрос: текст замечания — не больше 500 знаков.
room-page-participants-title = Плюсы, минусы и «интересно»
room-page-door-title = Регистрация у входа
room-page-board-title = Итоги обсуждения
room-page-error-title = Не получилось
room-page-add-point = Ваше замечание
room-page-kind = Что вы хотите отметить
room-page-plus = Плюс
room-page-minus = Минус
room-page-interesting = Интересно
room-page-pluses = Плюсы
room-page-minuses = Минусы
room-page-interestings = Интересно
room-page-text = Текст
room-page-activity = О каком мероприятии (если о конкретном)
room-page-no-activity = — о коворкинге в целом —
room-page-send = Отправить
room-page-points = Все замечания
room-page-no-points = Пока ничего нет — будьте первыми.
room-page-vote = Согласен
room-page-votes = Голоса
room-page-voted = Ваш голос учтён
room-page-day = День
room-page-day-n = День { $n }
room-page-show = Показать
room-page-search = Поиск по фамилии
room-page-search-hint = Первые буквы фамилии
room-page-find = Найти
room-page-nobody-found = Никого не нашлось. Если человека нет в списке, зарегистрируйте его ниже.
room-page-present = Присутствует
room-page-excused = Уважительная причина
room-page-absent = Нет отметки
room-page-mark-present = Пришёл
room-page-mark-excused = Уважительная причина
room-page-mark-absent = Нет
room-page-walk-in = Гость без регистрации
room-page-name = Фамилия, имя, отчество
room-page-position = Должность
room-page-organization = Организация
room-page-register = Зарегистрировать
room-page-totals = Итого за день
room-page-total-present = Пришли
room-page-total-excused = По уважительной причине
room-page-total-guests = Гости
room-page-total-registered = Зарегистрировано
room-page-join = Наведите камеру телефона, чтобы оставить плюс, минус или «интересно»:
room-page-present-now = Сейчас в зале:
room-page-back = Вернуться
room-page-no-script = Страница работает и без JavaScript.
