//! City-scale session files for the benchmark: valid, no clashes, every table filled.
//!
//! Scale 1 is a city-wide coworking: 1,000 participants, 600 activities over 3 days in
//! 5 zones, 500 feedback points, attendance for every day, decisions, products and
//! indicators. Scale N multiplies everything by N but the days: the zones (and so the
//! activities a day) grow instead, which keeps every table, attendance included, linear.

use std::fmt::Write;

/// Zones past the three built-in ones, named after a kindergarten's coworking centre.
const CUSTOM_ZONES: [&str; 7] = [
    "«Я познаю мир»",
    "«Игра»",
    "«Спортивная планета»",
    "Театральная",
    "«Твори добро»",
    "«Развитие речи»",
    "Творческая",
];
const BUILTIN_ZONES: [&str; 3] = ["interactive", "presentation", "media-hub"];
/// Zones at scale 1; scale N has N times as many.
const ZONES_PER_SCALE: usize = 5;
const SURNAMES: [&str; 40] = [
    "Иванова",
    "Петрова",
    "Сидорова",
    "Смирнова",
    "Кузнецова",
    "Попова",
    "Васильева",
    "Соколова",
    "Михайлова",
    "Новикова",
    "Фёдорова",
    "Морозова",
    "Волкова",
    "Алексеева",
    "Лебедева",
    "Семёнова",
    "Егорова",
    "Павлова",
    "Козлова",
    "Степанова",
    "Николаева",
    "Орлова",
    "Андреева",
    "Макарова",
    "Никитина",
    "Захарова",
    "Зайцева",
    "Соловьёва",
    "Борисова",
    "Яковлева",
    "Григорьева",
    "Романова",
    "Воробьёва",
    "Сергеева",
    "Кузьмина",
    "Фролова",
    "Александрова",
    "Дмитриева",
    "Королёва",
    "Гусева",
];
const NAMES: [&str; 30] = [
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Татьяна",
    "Наталья",
    "Ирина",
    "Светлана",
    "Екатерина",
    "Юлия",
    "Анастасия",
    "Дарья",
    "Людмила",
    "Галина",
    "Марина",
    "Надежда",
    "Валентина",
    "Оксана",
    "Виктория",
    "Ксения",
    "Алина",
    "Полина",
    "Вера",
    "Любовь",
    "Лариса",
    "Нина",
    "Евгения",
    "Кристина",
    "Алёна",
    "Софья",
];
const PATRONYMICS: [&str; 20] = [
    "Александровна",
    "Сергеевна",
    "Владимировна",
    "Андреевна",
    "Николаевна",
    "Петровна",
    "Викторовна",
    "Ивановна",
    "Михайловна",
    "Юрьевна",
    "Игоревна",
    "Олеговна",
    "Дмитриевна",
    "Васильевна",
    "Алексеевна",
    "Геннадьевна",
    "Анатольевна",
    "Евгеньевна",
    "Павловна",
    "Борисовна",
];
const POSITIONS: [&str; 6] = [
    "воспитатель",
    "старший воспитатель",
    "музыкальный руководитель",
    "инструктор по физической культуре",
    "учитель-логопед",
    "педагог-психолог",
];
const FORMATS: [&str; 6] = [
    "Мастер-класс",
    "Практикум",
    "Круглый стол",
    "Деловая игра",
    "Мозговой штурм",
    "Презентация опыта",
];
const TOPICS: [&str; 8] = [
    "Игровые технологии в работе с дошкольниками",
    "Детско-родительские сообщества",
    "Развивающая предметно-пространственная среда",
    "Познавательно-исследовательская деятельность",
    "Здоровьесберегающие технологии",
    "Театрализованная деятельность",
    "Экологическое воспитание",
    "Наставничество: педагог-наставник – молодой педагог",
];
/// Durations of the rows of a day, in minutes, in turn; every zone of a row gets the same.
const ROW_MINUTES: [u32; 4] = [20, 15, 25, 20];
const DAY_START: u32 = 8 * 60;
const ROWS_PER_DAY: usize = 40;
/// A day has two plenary activities (opening, closing) and rows of zone activities; the
/// last row leaves two zones free, so a day holds 200 activities per scale unit.
const PLENARY_PER_DAY: usize = 2;

/// The built-in zones, then custom ones up to `ZONES_PER_SCALE * scale`.
fn zone_ids(scale: usize) -> Vec<String> {
    (0..ZONES_PER_SCALE * scale)
        .map(|k| match BUILTIN_ZONES.get(k) {
            Some(id) => (*id).to_string(),
            None => format!("zone-{}", k + 1),
        })
        .collect()
}

fn full_name(i: usize) -> String {
    format!(
        "{} {} {}",
        SURNAMES[i % SURNAMES.len()],
        NAMES[(i / SURNAMES.len()) % NAMES.len()],
        PATRONYMICS[(i / (SURNAMES.len() * NAMES.len())) % PATRONYMICS.len()]
    )
}

fn id(i: usize) -> String {
    format!("p{i:05}")
}

/// A participant reference, by id or by full name in turn, as methodists write both.
fn reference(i: usize) -> String {
    if i.is_multiple_of(2) {
        id(i)
    } else {
        full_name(i)
    }
}

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn date(day: usize) -> String {
    let first = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).expect("a valid date");
    (first + chrono::Days::new(day as u64))
        .format("%Y-%m-%d")
        .to_string()
}

fn list(items: impl IntoIterator<Item = String>) -> String {
    let quoted: Vec<String> = items.into_iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// The text of a city-scale session file; `scale` ≥ 1 multiplies every table.
pub fn city_session(scale: usize) -> String {
    assert!(scale >= 1, "scale starts at 1");
    let participants = 1000 * scale;
    let days = 3;
    let zones = zone_ids(scale);
    // Participants 1..=moderators lead the zone activities; 0 is the organizer.
    let moderators = 100 * scale;
    let mut out = String::with_capacity(400_000 * scale);
    let w = &mut out;

    let _ = writeln!(
        w,
        "# Generated by `cargo run --release --example generate -- --scale {scale}`."
    );
    let _ = writeln!(w, "schema = 1\n\n[session]");
    let _ = writeln!(
        w,
        "title = \"Городской методический коворкинг педагогов ДОО\"\n\
         goal = \"Обмен профессиональным опытом педагогов дошкольных образовательных организаций города\"\n\
         tasks = [\"Представить опыт\", \"Адаптировать методики в группах\", \"Обсудить «плюсы» и «минусы»\"]\n\
         organization = \"Управление образования, информационно-методический центр\"\n\
         venue = \"Городской дворец творчества\"\n\
         organizer = \"{}\"\n\
         audience = \"педагоги ДОО города\"\n\
         series = \"Городские методические коворкинги 2026/2027\"",
        full_name(0)
    );
    let dates: Vec<String> = (0..days).map(date).collect();
    let _ = writeln!(
        w,
        "dates = [{}]\nday_start = {}\n",
        dates.join(", "),
        hhmm(DAY_START)
    );

    for (k, zone) in zones.iter().enumerate() {
        let _ = writeln!(w, "[zones.{zone}]");
        if k >= BUILTIN_ZONES.len() {
            let n = k - BUILTIN_ZONES.len();
            let name = CUSTOM_ZONES[n % CUSTOM_ZONES.len()];
            match n / CUSTOM_ZONES.len() {
                0 => {
                    let _ = writeln!(w, "name = \"{name}\"");
                }
                round => {
                    let _ = writeln!(w, "name = \"{name} ({})\"", round + 1);
                }
            }
        }
        let _ = writeln!(w, "room = \"аудитория {}\"\n", 101 + k);
    }

    for i in 0..participants {
        let role = match i {
            0 => "organizer",
            i if i <= moderators && i.is_multiple_of(3) => "mentor",
            i if i <= moderators => "moderator",
            i if i.is_multiple_of(97) => "guest",
            _ => "participant",
        };
        let _ = writeln!(
            w,
            "[[participants]]\nname = \"{}\"\nid = \"{}\"\nposition = \"{}\"\n\
             organization = \"МБДОУ «Детский сад № {}»\"\nexperience = {}\nrole = \"{role}\"\ngroup = {}\n",
            full_name(i),
            id(i),
            POSITIONS[i % POSITIONS.len()],
            1 + i % 120,
            i % 35,
            1 + i % 12
        );
    }

    let mut titles = Vec::with_capacity(600 * scale);
    let mut pool = 0usize;
    for day in 0..days {
        let mut now = DAY_START;
        let opening = format!("Открытие дня {}: задачи и маршруты участников", day + 1);
        let _ = writeln!(
            w,
            "[[activities]]\ntitle = \"{opening}\"\nformat = \"Информационное погружение\"\n\
             phase = \"immersion\"\nday = {}\nduration = 30\nmoderators = [\"{}\"]\n",
            day + 1,
            id(0)
        );
        titles.push(opening);
        now += 30;
        for row in 0..ROWS_PER_DAY {
            let minutes = ROW_MINUTES[row % ROW_MINUTES.len()];
            let used = if row + 1 == ROWS_PER_DAY {
                zones.len() - PLENARY_PER_DAY
            } else {
                zones.len()
            };
            for (z, zone) in zones.iter().enumerate().take(used) {
                let n = titles.len();
                let title = format!("{}. Часть {n}", TOPICS[n % TOPICS.len()]);
                let phase = if row < ROWS_PER_DAY / 2 {
                    "presentation"
                } else {
                    "group-work"
                };
                let _ = writeln!(
                    w,
                    "[[activities]]\ntitle = \"{title}\"\nformat = \"{}\"\nphase = \"{phase}\"\n\
                     zone = \"{zone}\"\nday = {}",
                    FORMATS[n % FORMATS.len()],
                    day + 1
                );
                // Most starts are left to the chaining rule; some are written out.
                if row.is_multiple_of(4) {
                    let _ = writeln!(w, "start = {}", hhmm(now));
                }
                if n.is_multiple_of(3) {
                    let _ = writeln!(w, "end = {}", hhmm(now + minutes));
                } else {
                    let _ = writeln!(w, "duration = {minutes}");
                }
                // Two moderators, distinct across the zones of one row.
                let first = 1 + (pool + 2 * z) % moderators;
                let second = 1 + (pool + 2 * z + 1) % moderators;
                let _ = writeln!(
                    w,
                    "moderators = {}",
                    list([reference(first), reference(second)])
                );
                if n.is_multiple_of(2) {
                    let _ = writeln!(
                        w,
                        "description = \"Опыт работы, практические приёмы и обсуждение их применения в группе детского сада.\""
                    );
                }
                if phase == "group-work" {
                    let _ = writeln!(w, "outputs = [\"Методические рекомендации {n}\"]");
                }
                w.push('\n');
                titles.push(title);
            }
            pool += 2 * zones.len();
            now += minutes;
        }
        let closing = format!("Плюсы и минусы дня {}", day + 1);
        let _ = writeln!(
            w,
            "[[activities]]\ntitle = \"{closing}\"\nformat = \"Обсуждение методики\"\n\
             phase = \"discussion\"\nday = {}\nduration = 20\nmoderators = [\"{}\"]\n",
            day + 1,
            full_name(0)
        );
        titles.push(closing);
    }

    for day in 0..days {
        let present = (0..participants)
            .filter(|i| !(i + day).is_multiple_of(10))
            .map(reference);
        let _ = writeln!(
            w,
            "[[attendance]]\nday = {}\npresent = {}\nguests = {}\n",
            day + 1,
            list(present),
            day % 5
        );
    }

    let kinds = ["plus", "minus", "interesting"];
    for i in 0..500 * scale {
        let _ = writeln!(
            w,
            "[[feedback]]\nkind = \"{}\"\ntext = \"Замечание участника № {i}: {}\"\nvotes = {}",
            kinds[i % kinds.len()],
            TOPICS[i % TOPICS.len()].to_lowercase(),
            1 + i % 12
        );
        if i.is_multiple_of(2) {
            let _ = writeln!(w, "activity = \"{}\"", titles[(i * 7) % titles.len()]);
        }
        w.push('\n');
    }

    for i in 0..50 * scale {
        let owner = if i.is_multiple_of(2) {
            reference(1 + i % moderators)
        } else {
            "информационно-методический центр".to_string()
        };
        let _ = writeln!(
            w,
            "[[decisions]]\ntext = \"Решение № {}: распространить опыт в ДОО города\"\nowner = \"{owner}\"\n\
             due = 2027-{:02}-{:02}\ndone = {}\n",
            i + 1,
            4 + i % 6,
            1 + i % 28,
            i.is_multiple_of(3)
        );
    }

    for i in 0..50 * scale {
        let authors = (0..3).map(|k| reference(1 + (i * 3 + k) % participants));
        let _ = writeln!(
            w,
            "[[products]]\ntitle = \"Методический продукт № {}\"\nkind = \"сборник\"\n\
             link = \"https://example.org/products/{}\"\nauthors = {}\n",
            i + 1,
            i + 1,
            list(authors)
        );
    }

    for i in 0..20 * scale {
        let _ = writeln!(
            w,
            "[[indicators]]\nname = \"Показатель № {}\"\nvalue = {}\nunit = \"чел.\"\n",
            i + 1,
            10 * (i + 1)
        );
    }

    let _ = writeln!(
        w,
        "[report]\nsummary = \"Коворкинг прошёл по плану; участники отметили практическую направленность.\""
    );
    out
}
