//! The skeleton of a new session file: valid at once, and commented so it teaches the format.

use chrono::NaiveDate;

use crate::i18n::lang;
use crate::session::model::{Language, Phase};
use crate::session::zones;

/// Everything a new session file is made from.
#[derive(Debug, Clone)]
pub struct Draft {
    pub language: Language,
    pub title: String,
    pub goal: String,
    pub tasks: Vec<String>,
    pub organization: Option<String>,
    /// The responsible methodist as the user wrote it, e.g. "Соколова М. В., методист".
    pub organizer: Option<String>,
    pub series: Option<String>,
    pub dates: Vec<NaiveDate>,
    /// Built-in zone ids to declare and use, in built-in order.
    pub zones: Vec<&'static str>,
}

/// The goal a session gets when nobody wrote one.
pub fn default_goal(language: Language, title: &str) -> String {
    match language {
        Language::Ru => format!(
            "Повышение профессиональной компетентности педагогов по теме {} через обмен опытом и совместную разработку методических материалов",
            lang::quote(language, title)
        ),
        Language::En => format!(
            "Raising teachers' professional competence on {} through sharing experience and developing methodical materials together",
            lang::quote(language, title)
        ),
    }
}

/// The goal of a planned session whose theme is not chosen yet.
pub fn generic_goal(language: Language) -> String {
    match language {
        Language::Ru => "Повышение профессиональной компетентности педагогов через обмен опытом и совместную разработку методических материалов",
        Language::En => "Raising teachers' professional competence through sharing experience and developing methodical materials together",
    }
    .to_string()
}

/// The tasks a session gets when nobody wrote any.
pub fn default_tasks(language: Language) -> Vec<String> {
    let tasks: [&str; 3] = match language {
        Language::Ru => [
            "Познакомить педагогов с современными подходами и нормативной базой по теме коворкинга",
            "Представить и обсудить эффективный педагогический опыт",
            "Адаптировать представленные методики к условиям своей образовательной организации",
        ],
        Language::En => [
            "Introduce teachers to current approaches and regulations on the theme",
            "Present and discuss effective teaching experience",
            "Adapt the methods presented to the conditions of one's own organization",
        ],
    };
    tasks.map(String::from).to_vec()
}

/// A TOML basic string: always double quotes, escapes where TOML needs them.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One activity of the skeleton programme.
struct Item {
    phase: Phase,
    title: &'static str,
    format: &'static str,
    /// The zone it belongs in when that zone is chosen.
    zone: &'static str,
    duration: u32,
    description: &'static str,
    output: Option<&'static str>,
    /// A break after it, in minutes.
    pause: u32,
}

fn programme(language: Language) -> [Item; 4] {
    let ru = language == Language::Ru;
    let pick = |r: &'static str, e: &'static str| if ru { r } else { e };
    [
        Item {
            phase: Phase::Immersion,
            title: pick(
                "Открытие коворкинга. Актуальные подходы и нормативная база",
                "Opening of the coworking: current approaches and regulations",
            ),
            format: pick("Методическая оперативка", "Briefing"),
            zone: "interactive",
            duration: 30,
            description: pick(
                "Цели и задачи коворкинга, знакомство с коворкинг-зонами и маршрутами участников.",
                "Goals and tasks of the coworking; the zones and the participants' routes.",
            ),
            output: None,
            pause: 0,
        },
        Item {
            phase: Phase::Presentation,
            title: pick("Из опыта работы", "From our practice"),
            format: pick("Мастер-класс", "Master class"),
            zone: "presentation",
            duration: 60,
            description: pick(
                "Педагоги показывают приёмы и методики, проверенные в собственной практике.",
                "Teachers show techniques and methods proven in their own work.",
            ),
            output: None,
            pause: 15,
        },
        Item {
            phase: Phase::GroupWork,
            title: pick(
                "Методическая копилка: адаптируем и применяем",
                "Methodical piggy bank: adapt and apply",
            ),
            format: pick("Работа в группах", "Group work"),
            zone: "media-hub",
            duration: 90,
            description: pick(
                "Участники адаптируют представленные методики к условиям своей группы и оформляют их в методический продукт.",
                "Participants adapt the methods presented to their own groups and turn them into a methodical product.",
            ),
            output: Some(pick(
                "Электронный сборник методических материалов",
                "An e-collection of methodical materials",
            )),
            pause: 15,
        },
        Item {
            phase: Phase::Discussion,
            title: pick("Плюсы и минусы", "Pluses and minuses"),
            format: pick("Обсуждение методики", "Discussion of the method"),
            // The closing discussion gathers everybody: a plenary item.
            zone: "",
            duration: 45,
            description: pick(
                "Подведение итогов: что из представленных методик взять в работу, что доработать.",
                "Summing up: what to take into work, what to improve.",
            ),
            output: None,
            pause: 0,
        },
    ]
}

/// On which day (1-based) each of the four items goes, for a session of `days` days.
fn day_of(index: usize, days: usize) -> usize {
    let plan: [usize; 4] = match days {
        0 | 1 => [1, 1, 1, 1],
        2 => [1, 1, 2, 2],
        _ => [1, 1, 2, 3],
    };
    plan[index].min(days.max(1))
}

/// Room names the skeleton fills in for the built-in zones.
fn room(language: Language, zone: &str) -> &'static str {
    match (language, zone) {
        (Language::Ru, "interactive") => "конференц-зал",
        (Language::Ru, "presentation") => "творческая мастерская",
        (Language::Ru, _) => "методический кабинет",
        (Language::En, "interactive") => "conference hall",
        (Language::En, "presentation") => "creative workshop",
        (Language::En, _) => "methodical room",
    }
}

/// The organizer's participant entry: name (before a comma), position (after it), id.
fn organizer_entry(language: Language, organizer: Option<&str>) -> (String, String, String) {
    let default_position = match language {
        Language::Ru => "методист",
        Language::En => "methodist",
    };
    let Some(text) = organizer.map(str::trim).filter(|t| !t.is_empty()) else {
        let name = match language {
            Language::Ru => "Ответственный методист",
            Language::En => "Responsible methodist",
        };
        let id = match language {
            Language::Ru => "metodist",
            Language::En => "methodist",
        };
        return (name.into(), default_position.into(), id.into());
    };
    let (name, position) = match text.split_once(',') {
        Some((name, position)) if !position.trim().is_empty() => (name.trim(), position.trim()),
        _ => (text.trim_end_matches(',').trim(), default_position),
    };
    let surname = name.split_whitespace().next().unwrap_or(name);
    let id = slug::slugify(surname);
    let id = if id.is_empty() {
        "metodist".to_string()
    } else {
        id
    };
    (name.to_string(), position.to_string(), id)
}

/// Collects lines; comments and keys in the two languages.
struct Out {
    text: String,
    ru: bool,
}

impl Out {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// A comment line in the file's language.
    fn note(&mut self, ru: &str, en: &str) {
        self.line(&format!("# {}", if self.ru { ru } else { en }));
    }

    fn key(&mut self, key: &str, value: &str) {
        self.line(&format!("{key} = {value}"));
    }

    /// A section rule: `# ── Программа ─────…`.
    fn section(&mut self, ru: &str, en: &str) {
        let title = if self.ru { ru } else { en };
        let rule = "─".repeat(72usize.saturating_sub(title.chars().count() + 6));
        self.line(&format!("# ── {title} {rule}"));
    }
}

/// The whole file. `path` is shown in the comment that says how to check it, and its
/// first name makes the file's `uid` (`session::identity::for_file`).
pub fn render(draft: &Draft, path: &str) -> String {
    let language = draft.language;
    let mut o = Out {
        text: String::new(),
        ru: language == Language::Ru,
    };
    header(&mut o, draft, path);
    session(&mut o, draft, path);
    zones_block(&mut o, draft);
    let moderator = participants(&mut o, draft);
    activities(&mut o, draft, &moderator);
    after_session(&mut o, &moderator);
    o.text
}

fn header(o: &mut Out, draft: &Draft, path: &str) {
    let title = lang::quote(draft.language, &draft.title);
    o.note(
        &format!("Методический коворкинг {title}"),
        &format!("Methodical coworking {title}"),
    );
    o.line("#");
    o.note(
        "Файл создан программой cowork: замените примерные значения своими.",
        "Written by cowork: replace the sample values with your own.",
    );
    o.note(
        "Ключи — английские слова, значения — на языке документов. Строка после # — комментарий.",
        "Keys are English words, values are in the documents' language. After # comes a comment.",
    );
    o.note(
        &format!("Проверить файл:   cowork check {path}"),
        &format!("Check the file:   cowork check {path}"),
    );
    o.note(
        &format!("Напечатать план:  cowork agenda {path} --format html -o plan.html"),
        &format!("Print the plan:   cowork agenda {path} --format html -o plan.html"),
    );
    o.blank();
    o.note(
        "Версия формата файла; пока всегда 1.",
        "Version of the file format; always 1 for now.",
    );
    o.key("schema", "1");
    o.blank();
}

fn session(o: &mut Out, draft: &Draft, path: &str) {
    o.line("[session]");
    o.note("Тема коворкинга.", "The theme of the coworking.");
    o.key("title", &quoted(&draft.title));
    o.note(
        "Цель: печатается в плане и в аналитической справке под темой.",
        "The goal: printed under the theme in the plan and the report.",
    );
    o.key("goal", &quoted(&draft.goal));
    o.note(
        "Задачи — по одной строке в кавычках, через запятую.",
        "The tasks: one quoted line each, separated by commas.",
    );
    o.line("tasks = [");
    for task in &draft.tasks {
        o.line(&format!("  {},", quoted(task)));
    }
    o.line("]");
    o.note(
        "Образовательная организация (ОО, ДОО, УДО).",
        "The educational organization.",
    );
    match &draft.organization {
        Some(org) => o.key("organization", &quoted(org)),
        None => o.note(
            "organization = \"МБДОУ «Детский сад № 1»\"",
            "organization = \"Kindergarten No. 1\"",
        ),
    }
    o.note(
        "Место проведения: адрес или здание.",
        "The venue: an address or a building.",
    );
    o.note(
        "venue = \"ул. Школьная, 12\"",
        "venue = \"12 School Street\"",
    );
    o.note("Ответственный методист.", "The responsible methodist.");
    match &draft.organizer {
        Some(organizer) => o.key("organizer", &quoted(organizer)),
        None => o.note(
            "organizer = \"Соколова Марина Викторовна, методист\"",
            "organizer = \"Marina Sokolova, methodist\"",
        ),
    }
    o.note("Для кого коворкинг.", "Whom the coworking is for.");
    o.note(
        "audience = \"педагоги ДОО\"",
        "audience = \"preschool teachers\"",
    );
    o.note(
        "Серия, в которую входит коворкинг (серию на год составляет `cowork plan`).",
        "The series the coworking belongs to (`cowork plan` lays out a year's series).",
    );
    match &draft.series {
        Some(series) => o.key("series", &quoted(series)),
        None => o.note(
            "series = \"Методические коворкинги 2026/2027\"",
            "series = \"Methodical coworkings 2026/2027\"",
        ),
    }
    o.note(
        "Дни проведения: от одного до трёх, по возрастанию, в виде год-месяц-день.",
        "The days: one to three, in order, written year-month-day.",
    );
    let dates: Vec<String> = draft
        .dates
        .iter()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect();
    o.key("dates", &format!("[{}]", dates.join(", ")));
    o.note(
        "Во сколько начинается день, если у первого мероприятия не указано `start`.",
        "When a day begins if its first activity gives no `start`.",
    );
    o.key("day_start", "09:30");
    o.note(
        "Язык документов: \"ru\" — русский, \"en\" — английский.",
        "The documents' language: \"ru\" Russian, \"en\" English.",
    );
    o.key("language", &quoted(draft.language.code()));
    o.note(
        "Часовой пояс времени программы (по базе IANA); без него — из cowork.toml, иначе московское.",
        "The time zone of the programme's times (an IANA name); without it, cowork.toml's, else Moscow's.",
    );
    o.note(
        "timezone = \"Asia/Novosibirsk\"",
        "timezone = \"Europe/London\"",
    );
    o.note(
        "Постоянный номер коворкинга для календарей: по нему календарь узнаёт коворкинг",
        "The coworking's lasting identity for calendars: by it a calendar knows the coworking",
    );
    o.note(
        "и после переноса даты или смены темы. Не меняйте его.",
        "after its date or theme is changed. Never change it.",
    );
    let uid = crate::session::identity::for_file(
        draft.organization.as_deref(),
        std::path::Path::new(path),
    );
    o.key("uid", &quoted(&uid));
    o.blank();
}

fn zones_block(o: &mut Out, draft: &Draft) {
    let language = draft.language;
    o.section("Коворкинг-зоны", "Coworking zones");
    o.note(
        "Три зоны встроены и работают без описания: interactive — «Интерактивная»",
        "Three zones are built in and work without a table: interactive (conference",
    );
    o.note(
        "(конференц-зал: практикумы, семинары), presentation — «Презентационная» (творческая",
        "hall: practicums, seminars), presentation (creative workshop, master classes)",
    );
    o.note(
        "мастерская, мастер-классы), media-hub — «Медиа-хаб» (методическая продукция,",
        "and media-hub (methodical products, the online platform). A table gives a",
    );
    o.note(
        "онлайн-платформа). Таблица зоны задаёт помещение (room), назначение (purpose) и",
        "zone its room, purpose and online link. Your own zone: [zones.sport-planet]",
    );
    o.note(
        "ссылку на онлайн-площадку (online). Своя зона: [zones.sport-planet] и name = \"…\".",
        "with name = \"…\".",
    );
    for (i, &zone) in draft.zones.iter().enumerate() {
        o.blank();
        o.line(&format!("[zones.{zone}]"));
        if i == 0 {
            o.note("Помещение.", "The room.");
        }
        o.key("room", &quoted(room(language, zone)));
        if i == 0 {
            let purpose = zones::BUILTIN
                .iter()
                .find(|b| b.0 == zone)
                .map_or("", |b| if o.ru { b.3 } else { b.4 });
            o.note(
                "Назначение; без него — встроенное описание зоны:",
                "Purpose; without it the built-in description is used:",
            );
            o.note(
                &format!("purpose = {}", quoted(purpose)),
                &format!("purpose = {}", quoted(purpose)),
            );
        }
        if zone == "media-hub" {
            o.note(
                "Ссылка на онлайн-площадку или группу.",
                "A link to the online platform or group.",
            );
            o.note(
                "online = \"https://vk.com/metodcowork\"",
                "online = \"https://example.org/coworking\"",
            );
        }
    }
    o.blank();
}

/// Writes the organizer's entry and a commented example; returns the id to reference.
fn participants(o: &mut Out, draft: &Draft) -> String {
    let (name, position, id) = organizer_entry(draft.language, draft.organizer.as_deref());
    o.section("Участники", "Participants");
    o.note(
        "name — ФИО (обязательно, без повторов); id — короткое имя для ссылок из программы",
        "name: full name (required, unique); id: a short handle for references from the",
    );
    o.note(
        "и листов регистрации; position — должность; organization — если не та, что в",
        "programme and sign-in sheets; position; organization, when not the one of",
    );
    o.note(
        "[session]; experience — педагогический стаж, лет; role — participant (участник),",
        "[session]; experience: years of teaching; role: participant, moderator, mentor,",
    );
    o.note(
        "moderator (модератор), mentor (наставник), guest (гость) или organizer (организатор).",
        "guest or organizer.",
    );
    o.blank();
    o.line("[[participants]]");
    o.key("name", &quoted(&name));
    o.key("id", &quoted(&id));
    o.key("position", &quoted(&position));
    o.key("role", "\"organizer\"");
    o.blank();
    o.note(
        "Так добавляется участник:",
        "Another participant is added like this:",
    );
    o.line("# [[participants]]");
    if o.ru {
        o.line("# name = \"Иванова Анна Петровна\"");
        o.line("# id = \"ivanova\"");
        o.line("# position = \"воспитатель\"");
        o.line("# organization = \"МБДОУ «Детский сад № 7»\"");
    } else {
        o.line("# name = \"Anna Ivanova\"");
        o.line("# id = \"ivanova\"");
        o.line("# position = \"preschool teacher\"");
        o.line("# organization = \"Kindergarten No. 7\"");
    }
    o.line("# experience = 12");
    o.line("# role = \"moderator\"");
    o.blank();
    id
}

fn activities(o: &mut Out, draft: &Draft, moderator: &str) {
    let language = draft.language;
    o.section("Программа", "Programme");
    o.note(
        "Модель коворкинга — четыре этапа (phase): immersion — информационное погружение;",
        "The coworking model has four phases: immersion (information immersion);",
    );
    o.note(
        "presentation — презентация профессионального опыта; group-work — работа в группах",
        "presentation (presenting professional experience); group-work (applying and",
    );
    o.note(
        "по применению и адаптации методики; discussion — обсуждение методики в формате",
        "adapting the method in groups); discussion (the “pluses and minuses” talk that",
    );
    o.note(
        "«плюсы» и «минусы», которым коворкинг завершается.",
        "closes the coworking).",
    );
    let days = draft.dates.len().max(1);
    let day_start = 9 * 60 + 30;
    let mut clock = day_start;
    let mut current_day = 0;
    for (index, item) in programme(language).iter().enumerate() {
        let day = day_of(index, days);
        if day != current_day {
            current_day = day;
            clock = day_start;
            o.blank();
            let date = draft
                .dates
                .get(day - 1)
                .map(|d| format!(" — {}", lang::date(language, *d)))
                .unwrap_or_default();
            o.note(&format!("День {day}{date}"), &format!("Day {day}{date}"));
        }
        let zone = if draft.zones.contains(&item.zone) {
            Some(item.zone)
        } else if item.zone.is_empty() {
            None
        } else {
            draft.zones.first().copied()
        };
        let first = index == 0;
        o.blank();
        o.line(&format!(
            "# {} {}. {}",
            if o.ru { "Этап" } else { "Phase" },
            index + 1,
            lang::phase_name(language, item.phase)
        ));
        o.line("[[activities]]");
        if first {
            o.note("Название.", "The title.");
        }
        o.key("title", &quoted(item.title));
        if first {
            o.note(
                "Форма: мастер-класс, деловая игра, круглый стол, мозговой штурм…",
                "The format: master class, business game, round table, brainstorm…",
            );
        }
        o.key("format", &quoted(item.format));
        if first {
            o.note(
                "Этап модели: immersion, presentation, group-work или discussion.",
                "The phase: immersion, presentation, group-work or discussion.",
            );
        }
        o.key("phase", &quoted(item.phase.id()));
        if first {
            o.note(
                "Зона: interactive, presentation, media-hub или своя; без zone — общее",
                "The zone: interactive, presentation, media-hub or your own; without zone",
            );
            o.note(
                "мероприятие для всех зон сразу.",
                "the activity is plenary, in every zone at once.",
            );
        }
        match zone {
            Some(zone) => o.key("zone", &quoted(zone)),
            None => o.note(
                "Без zone: общее мероприятие для всех зон.",
                "No zone: a plenary activity for all zones.",
            ),
        }
        if first {
            o.note(
                "День по порядку в dates: 1 — первый.",
                "The day, counting the dates: 1 is the first.",
            );
        }
        o.key("day", &day.to_string());
        if first {
            o.note(
                "Начало; без start — сразу после мероприятия выше в той же зоне.",
                "The start; without it, right after the activity above in the same zone.",
            );
        }
        o.key("start", &format!("{:02}:{:02}", clock / 60, clock % 60));
        if first {
            o.note(
                "Продолжительность в минутах (или время окончания: end = 10:00).",
                "The length in minutes (or the end time: end = 10:00).",
            );
        }
        o.key("duration", &item.duration.to_string());
        if first {
            o.note(
                "Модераторы и выступающие: id или ФИО из [[participants]].",
                "Moderators and speakers: an id or full name from [[participants]].",
            );
        }
        o.key("moderators", &format!("[{}]", quoted(moderator)));
        if first {
            o.note(
                "Содержание: печатается в плане под названием.",
                "The description: printed under the title in the plan.",
            );
        }
        o.key("description", &quoted(item.description));
        match item.output {
            Some(output) => o.key("outputs", &format!("[{}]", quoted(output))),
            None if first => {
                o.note(
                    "Ожидаемые продукты (необязательно):",
                    "Expected outputs (optional):",
                );
                o.note(
                    "outputs = [\"Банк методических находок\"]",
                    "outputs = [\"A bank of methodical finds\"]",
                );
            }
            None => {}
        }
        clock += item.duration + item.pause;
    }
    o.blank();
}

fn after_session(o: &mut Out, moderator: &str) {
    o.section("После коворкинга", "After the session");
    o.note(
        "Эти разделы заполняют после проведения (или командами cowork checkin и",
        "These tables are filled in afterwards (or by cowork checkin and cowork",
    );
    o.note(
        "cowork feedback); по ним строятся итоги и аналитическая справка.",
        "feedback); the summary and the report are built from them.",
    );
    o.line("#");
    let lines: Vec<String> = if o.ru {
        vec![
            "[[attendance]]              # кто пришёл, по дням".into(),
            "day = 1".into(),
            format!("present = [{}]", quoted(moderator)),
            "guests = 0                  # пришедшие без регистрации".into(),
            String::new(),
            "[[feedback]]                # обсуждение «плюсы» и «минусы»".into(),
            "kind = \"plus\"               # plus, minus или interesting".into(),
            "text = \"Практическая направленность мастер-классов\"".into(),
            "votes = 5                   # сколько участников согласны".into(),
            String::new(),
            "[[decisions]]               # решения и ответственные".into(),
            "text = \"Подготовить электронный сборник материалов\"".into(),
            format!("owner = {}", quoted(moderator)),
            "due = 2027-01-20".into(),
            "done = false".into(),
            String::new(),
            "[[products]]                # методические продукты (медиа-хаб)".into(),
            "title = \"Электронный сборник методических материалов\"".into(),
            "link = \"https://example.org/sbornik\"".into(),
            format!("authors = [{}]", quoted(moderator)),
            String::new(),
            "[[indicators]]              # показатели для справки".into(),
            "name = \"Педагогов, представивших опыт\"".into(),
            "value = 5".into(),
            "unit = \"чел.\"".into(),
            String::new(),
            "[report]".into(),
            "summary = \"Выводы по итогам коворкинга.\"".into(),
        ]
    } else {
        vec![
            "[[attendance]]              # who came, per day".into(),
            "day = 1".into(),
            format!("present = [{}]", quoted(moderator)),
            "guests = 0                  # people who came unregistered".into(),
            String::new(),
            "[[feedback]]                # the pluses and minuses discussion".into(),
            "kind = \"plus\"               # plus, minus or interesting".into(),
            "text = \"Hands-on master classes\"".into(),
            "votes = 5                   # how many agreed".into(),
            String::new(),
            "[[decisions]]               # decisions and their owners".into(),
            "text = \"Prepare an e-collection of the materials\"".into(),
            format!("owner = {}", quoted(moderator)),
            "due = 2027-01-20".into(),
            "done = false".into(),
            String::new(),
            "[[products]]                # methodical products (media hub)".into(),
            "title = \"An e-collection of methodical materials\"".into(),
            "link = \"https://example.org/collection\"".into(),
            format!("authors = [{}]", quoted(moderator)),
            String::new(),
            "[[indicators]]              # figures for the report".into(),
            "name = \"Teachers who presented their experience\"".into(),
            "value = 5".into(),
            "unit = \"people\"".into(),
            String::new(),
            "[report]".into(),
            "summary = \"Conclusions of the coworking.\"".into(),
        ]
    };
    for line in lines {
        if line.is_empty() {
            o.line("#");
        } else {
            o.line(&format!("# {line}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_toml() {
        assert_eq!(quoted("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
        assert_eq!(quoted("«Тема»"), "\"«Тема»\"");
    }

    #[test]
    fn organizer_name_and_position() {
        assert_eq!(
            organizer_entry(
                Language::Ru,
                Some("Соколова Марина Викторовна, старший воспитатель")
            ),
            (
                "Соколова Марина Викторовна".to_string(),
                "старший воспитатель".to_string(),
                "sokolova".to_string()
            )
        );
        assert_eq!(organizer_entry(Language::Ru, None).2, "metodist");
    }
}
