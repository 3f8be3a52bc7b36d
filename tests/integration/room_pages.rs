//! `cowork serve`: the three HTML pages (participants, door, board), their forms without
//! JavaScript, the live events, the QR code on the board, and an escaping corpus through
//! every page — over real HTTP on a random loopback port.

use std::path::Path;
use std::time::Duration;

use crate::common::room::{Answer, Server, comments_kept, encode, room, room_with, valid};
use crate::common::{assert_snapshot, cowork_in};

/// The names of the commented fixture's participants: never on the phones' pages.
const NAMES: [&str; 5] = ["Кузнецова", "Петров", "Ёлкина", "Лебедева", "Зайцева"];

fn read(file: &Path) -> String {
    std::fs::read_to_string(file).unwrap()
}

/// A refusal page: its status, HTML, the message in it.
fn refused(a: &Answer, status: u16, message: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    assert!(
        a.header("content-type")
            .is_some_and(|t| t.starts_with("text/html")),
        "{}",
        a.headers
    );
    assert!(a.body.contains("id=\"refusal\""), "{}", a.body);
    assert!(a.body.contains(message), "{message} not in {}", a.body);
}

#[test]
fn every_page_needs_its_token() {
    let (dir, _) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let (p, m) = (s.participant.clone(), s.methodist.clone());
    for target in [
        format!("/?t={p}"),
        format!("/board?t={p}"),
        format!("/board?t={m}"),
    ] {
        let a = s.page(&target);
        assert_eq!(a.status, 200, "{target}: {}", a.body);
        assert!(a.header("content-type").unwrap().starts_with("text/html"));
        assert!(a.body.contains("<meta name=\"viewport\""), "{target}");
    }
    assert_eq!(s.page(&format!("/door?t={m}")).status, 200);
    let wrong = "0123456789abcdef0123456789abcdef";
    for target in [
        "/".to_string(),
        format!("/?t={wrong}"),
        "/board".to_string(),
        format!("/board?t={wrong}"),
        "/door".to_string(),
        format!("/door?t={wrong}"),
    ] {
        refused(&s.page(&target), 403, "Нет доступа");
    }
    // The participants' token does not open the door.
    refused(&s.page(&format!("/door?t={p}")), 403, "только методист");
    assert_eq!(s.page("/api/events").status, 403);
    assert_eq!(s.page(&format!("/api/events?t={wrong}")).status, 403);
    // The script is a file of the server (the CSP allows no inline script).
    let js = s.page("/room.js");
    assert_eq!(js.status, 200);
    assert!(js.header("content-type").unwrap().contains("javascript"));
    assert!(js.body.contains("EventSource"));
    let csp = s.page(&format!("/?t={p}"));
    assert!(
        csp.header("content-security-policy")
            .unwrap()
            .contains("script-src 'self'")
    );
}

#[test]
fn names_are_only_on_the_door() {
    let (dir, _) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let (p, m) = (s.participant.clone(), s.methodist.clone());
    let mut events = s.events(&p);
    let first = events.next(Duration::from_secs(5)).expect("a first event");
    let (_, state) = s.request("GET", "/api/state", Some(&m), "");
    for text in [
        s.page(&format!("/?t={p}")).body,
        s.page(&format!("/?t={m}")).body,
        s.page(&format!("/board?t={p}")).body,
        s.page(&format!("/board?t={m}")).body,
        state,
        first,
    ] {
        for name in NAMES {
            assert!(!text.contains(name), "{name} in:\n{text}");
        }
    }
    let door = s.page(&format!("/door?t={m}")).body;
    for name in NAMES {
        assert!(door.contains(name), "{name} not at the door");
    }
}

#[test]
fn the_first_visit_gets_a_cookie_and_a_vote_counts_once_per_phone() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let p = s.participant.clone();
    let first = s.page(&format!("/?t={p}"));
    let cookie = first
        .header("set-cookie")
        .expect("a cookie on the first visit");
    for part in ["cowork_client=", "HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    let client = cookie.split(';').next().unwrap().trim().to_string();
    assert!(client.len() > "cowork_client=".len() + 16, "{client}");
    let again = s.raw(
        "GET",
        &format!("/?t={p}"),
        &format!("Cookie: {client}\r\n"),
        "",
    );
    assert!(again.header("set-cookie").is_none(), "{}", again.headers);

    let vote = s.form("/feedback/1/vote", &[("t", &p)], Some(&client));
    assert_eq!(vote.status, 303, "{}", vote.body);
    assert!(
        vote.header("location")
            .unwrap()
            .starts_with(&format!("/?t={p}")),
        "{}",
        vote.headers
    );
    assert!(read(&file).contains("votes = 5"), "{}", read(&file));
    assert_eq!(
        s.form("/feedback/1/vote", &[("t", &p)], Some(&client))
            .status,
        303
    );
    assert!(read(&file).contains("votes = 5"), "a second vote counted");
    let page = s.raw(
        "GET",
        &format!("/?t={p}"),
        &format!("Cookie: {client}\r\n"),
        "",
    );
    assert!(page.body.contains("class=\"point voted\""), "{}", page.body);
    let other = s.form(
        "/feedback/1/vote",
        &[("t", &p), ("back", "board")],
        Some("cowork_client=another"),
    );
    assert_eq!(other.status, 303);
    assert!(other.header("location").unwrap().starts_with("/board?t="));
    assert!(read(&file).contains("votes = 6"), "{}", read(&file));
    comments_kept(&read(&file), &[]);
    valid(dir.path());
}

#[test]
fn each_form_lands_in_the_file_and_goes_back_to_its_page() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let (p, m) = (s.participant.clone(), s.methodist.clone());

    let a = s.form(
        "/feedback",
        &[
            ("t", &p),
            ("kind", "interesting"),
            ("text", "Квест  по\r\nгороду"),
            ("activity", "мастер-класс"),
        ],
        Some("cowork_client=phone1"),
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert_eq!(a.header("location").unwrap(), format!("/?t={p}"));
    let text = read(&file);
    assert!(text.contains("kind = \"interesting\""), "{text}");
    assert!(text.contains("text = \"Квест по городу\""), "{text}");
    assert!(text.contains("activity = \"Мастер-класс\""), "{text}");
    // An empty activity is none.
    let a = s.form(
        "/feedback",
        &[
            ("t", &p),
            ("kind", "plus"),
            ("text", "Чай"),
            ("activity", ""),
        ],
        None,
    );
    assert_eq!(a.status, 303, "{}", a.body);
    // The author's own vote is counted: voting again from the same phone does not add.
    s.form(
        "/feedback/3/vote",
        &[("t", &p)],
        Some("cowork_client=phone1"),
    );
    assert_eq!(s.state()["points"][2]["votes"], 1);

    let a = s.form(
        "/checkin",
        &[
            ("t", &m),
            ("day", "2"),
            ("participant", "yolkina"),
            ("status", "excused"),
            ("q", "ёлк"),
        ],
        None,
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert_eq!(
        a.header("location").unwrap(),
        format!("/door?t={m}&day=2&q={}", encode("ёлк"))
    );
    let text = read(&file);
    assert!(text.contains("excused = [\"yolkina\"]"), "{text}");
    let door = s
        .page(&format!("/door?t={m}&day=2&q={}", encode("ЕЛК")))
        .body;
    let yolkina = door
        .split("<li class=\"person")
        .find(|li| li.contains("data-ref=\"yolkina\""))
        .unwrap();
    assert!(
        yolkina.contains("<span class=\"person-status\">Уважительная причина</span>"),
        "{yolkina}"
    );
    assert!(!yolkina.contains(" hidden>"), "{yolkina}");
    assert_eq!(
        door.matches(" hidden>\n<span class=\"person-name\"")
            .count(),
        4,
        "{door}"
    );

    let a = s.form(
        "/guests",
        &[
            ("t", &m),
            ("day", "1"),
            ("name", "Новикова Анна Сергеевна"),
            ("position", "воспитатель"),
            ("organization", ""),
        ],
        None,
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert_eq!(a.header("location").unwrap(), format!("/door?t={m}&day=1"));
    let text = read(&file);
    assert!(
        text.contains("name = \"Новикова Анна Сергеевна\""),
        "{text}"
    );
    assert!(text.contains("role = \"guest\""), "{text}");
    assert!(!text.contains("organization = \"\""), "{text}");
    let door = s.page(&format!("/door?t={m}&day=1")).body;
    assert!(door.contains("<dd id=\"total-present\">3</dd>"), "{door}");
    assert!(door.contains("<dd id=\"total-guests\">1</dd>"), "{door}");
    comments_kept(&text, &[]);
    valid(dir.path());
}

#[test]
fn a_refused_form_is_a_page_with_its_status_and_changes_nothing() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", Some("1"));
    let (p, m) = (s.participant.clone(), s.methodist.clone());
    let before = read(&file);
    let a = s.form(
        "/feedback",
        &[("t", &p), ("kind", "plus"), ("text", "  ")],
        None,
    );
    refused(&a, 400, "Напишите текст");
    assert!(a.body.contains(&format!("href=\"/?t={p}\"")), "{}", a.body);
    refused(
        &s.form("/feedback", &[("kind", "plus"), ("text", "x")], None),
        403,
        "Нет доступа",
    );
    refused(
        &s.form(
            "/checkin",
            &[
                ("t", &p),
                ("day", "1"),
                ("participant", "petrov"),
                ("status", "present"),
            ],
            None,
        ),
        403,
        "только методист",
    );
    refused(
        &s.form(
            "/guests",
            &[("t", &p), ("day", "1"), ("name", "Гость")],
            None,
        ),
        403,
        "только методист",
    );
    let long = "я".repeat(9000);
    refused(
        &s.form(
            "/feedback",
            &[("t", &p), ("kind", "plus"), ("text", &long)],
            None,
        ),
        413,
        "Слишком большой запрос",
    );
    assert_eq!(read(&file), before);
    // The limit: a burst of five changes a minute at this rate, then 429.
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(
            s.form(
                "/checkin",
                &[
                    ("t", &m),
                    ("day", "9"),
                    ("participant", "petrov"),
                    ("status", "present"),
                ],
                None,
            )
            .status,
        );
    }
    assert!(statuses.contains(&400), "{statuses:?}");
    let last = s.form(
        "/checkin",
        &[
            ("t", &m),
            ("day", "1"),
            ("participant", "petrov"),
            ("status", "present"),
        ],
        None,
    );
    refused(&last, 429, "Слишком много запросов");
    assert_eq!(read(&file), before);
}

#[test]
fn a_refusal_from_the_edit_is_in_the_sessions_language() {
    let (dir, file) = room();
    let english = read(&file).replace("[session]\n", "[session]\nlanguage = \"en\"\n");
    std::fs::write(&file, english).unwrap();
    let s = Server::start(dir.path(), "s.toml", None);
    let m = s.methodist.clone();
    let a = s.form(
        "/checkin",
        &[
            ("t", &m),
            ("day", "7"),
            ("participant", "petrov"),
            ("status", "present"),
        ],
        None,
    );
    assert_eq!(a.status, 400);
    assert!(a.body.contains("<html lang=\"en\">"), "{}", a.body);
    assert!(a.body.contains("Go back"), "{}", a.body);
    assert!(!a.body.contains("Дня 7"), "{}", a.body);
    let (status, body) = s.request(
        "POST",
        "/api/checkin",
        Some(&m),
        r#"{"day": 1, "participant": "Никто", "status": "present"}"#,
    );
    assert_eq!(status, 400);
    assert!(!body.contains("не найден"), "{body}");
}

#[test]
fn get_never_changes_anything() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let (p, m) = (s.participant.clone(), s.methodist.clone());
    let before = read(&file);
    for target in [
        format!("/feedback?t={p}&kind=plus&text=x"),
        format!("/feedback/1/vote?t={p}"),
        format!("/checkin?t={m}&day=1&participant=petrov&status=absent"),
        format!("/guests?t={m}&day=1&name=x"),
    ] {
        assert_eq!(s.page(&target).status, 405, "{target}");
    }
    let door = s.page(&format!(
        "/door?t={m}&day=1&participant=petrov&status=absent"
    ));
    assert_eq!(door.status, 200);
    assert_eq!(read(&file), before);
}

#[test]
fn the_board_is_sorted_by_votes_with_the_qr_code_and_the_count_present() {
    let (dir, _) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let p = s.participant.clone();
    for text in ["Мало перерывов", "Нет обеда"] {
        s.post(
            "/api/feedback",
            &p,
            serde_json::json!({"kind": "minus", "text": text}),
        );
    }
    s.post(
        "/api/feedback/4/vote",
        &p,
        serde_json::json!({"client": "a"}),
    );
    let board = s.page(&format!("/board?t={p}")).body;
    let minus = board
        .split("<section id=\"minus\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    let order: Vec<&str> = minus
        .split("data-n=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(order, ["4", "2", "3"], "{minus}");
    for id in ["<section id=\"plus\"", "<section id=\"interesting\""] {
        assert!(board.contains(id), "{id}");
    }
    let figure = board
        .split("<figure id=\"join-qr\">")
        .nth(1)
        .expect("the join figure");
    assert!(figure.trim_start().starts_with("<svg"), "{figure}");
    assert!(figure.contains("</svg>"));
    let join = s.json["participant_url"].as_str().unwrap();
    assert!(figure.contains(join), "the join address under the code");
    assert!(board.contains("<span id=\"present\">2</span>"), "{board}");
}

#[test]
fn the_events_follow_every_change_here_and_from_outside() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let p = s.participant.clone();
    let mut events = s.events(&p);
    let first = events
        .next(Duration::from_secs(5))
        .expect("the state at once");
    assert!(first.contains("Практическая направленность"), "{first}");
    assert!(events.seen.contains("text/event-stream"), "{}", events.seen);
    let a = s.form(
        "/feedback",
        &[("t", &p), ("kind", "plus"), ("text", "Живая доска")],
        None,
    );
    assert_eq!(a.status, 303);
    let next = events
        .next(Duration::from_secs(5))
        .expect("an event after a point");
    assert!(next.contains("Живая доска"), "{next}");
    let state: serde_json::Value = serde_json::from_str(&next).unwrap();
    assert_eq!(state["points"].as_array().unwrap().len(), 3);

    let mut text = read(&file);
    text.push_str("\n[[feedback]]\nkind = \"interesting\"\ntext = \"Правка из редактора\"\n");
    std::fs::write(&file, text).unwrap();
    let outside = events
        .next(Duration::from_secs(5))
        .expect("an event after an edit from outside");
    assert!(outside.contains("Правка из редактора"), "{outside}");
    for name in NAMES {
        assert!(!events.seen.contains(name), "{name} in the events");
    }
}

/// The escaping corpus: a session whose every shown value is hostile.
const HOSTILE: [&str; 2] = ["<script>alert", "<img"];

fn assert_escaped(page: &str, html: &str) {
    for raw in HOSTILE {
        assert!(!html.contains(raw), "{page}: raw {raw} in\n{html}");
    }
    assert!(
        !html.contains("onerror=alert(1)>"),
        "{page}: an attribute broke out"
    );
    assert!(html.contains("&lt;script&gt;alert("), "{page}: {html}");
    assert!(
        html.contains("{{ 7*7 }}"),
        "{page}: the template syntax ran"
    );
    assert!(!html.contains("49 "), "{page}: 7*7 was computed");
    assert!(html.contains("&amp;amp;"), "{page}: & not escaped");
    assert!(
        html.contains('\u{202e}'),
        "{page}: the text itself is shown"
    );
}

#[test]
fn every_page_escapes_everything_from_the_file_and_the_requests() {
    let (dir, file) = room_with("room/hostile.toml");
    let s = Server::start(dir.path(), "s.toml", None);
    let (p, m) = (s.participant.clone(), s.methodist.clone());
    let participants = s.page(&format!("/?t={p}")).body;
    assert_escaped("participants", &participants);
    assert!(
        participants.contains("&quot;&gt;&lt;img src=x"),
        "{participants}"
    );
    assert!(participants.contains("{% raw %}"));
    assert_escaped("board", &s.page(&format!("/board?t={p}")).body);
    let door = s
        .page(&format!("/door?t={m}&q={}", encode("<script>")))
        .body;
    assert_escaped("door", &door);
    assert!(
        door.contains("value=\"&lt;script&gt;\""),
        "the search is escaped"
    );
    // A point sent with a hostile text, then a refusal that repeats a hostile name.
    let a = s.form(
        "/feedback",
        &[
            ("t", &p),
            ("kind", "minus"),
            ("text", "<script>alert(2)</script> {{ 7*7 }} &amp;"),
        ],
        None,
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert!(read(&file).contains("<script>alert(2)</script>"));
    let participants = s.page(&format!("/?t={p}")).body;
    assert!(
        participants.contains("&lt;script&gt;alert(2)"),
        "{participants}"
    );
    assert_escaped("participants after a point", &participants);
    let refusal = s.form(
        "/guests",
        &[
            ("t", &m),
            ("day", "1"),
            ("name", "Скриптов <script>alert('name')</script>"),
        ],
        None,
    );
    assert_eq!(refusal.status, 400, "{}", refusal.body);
    assert!(!refusal.body.contains("<script>alert"), "{}", refusal.body);
    assert!(
        refusal.body.contains("&lt;script&gt;alert("),
        "{}",
        refusal.body
    );
    let (status, body) = s.request("GET", "/api/state", Some(&p), "");
    assert_eq!(status, 200);
    assert!(!body.contains("Скриптов"), "{body}");
    // The file's texts are isolated, so an override of direction cannot turn the page.
    assert!(participants.contains("unicode-bidi: isolate"));
}

/// A page with what changes from run to run (the tokens, the port, the QR code) put aside.
fn stable(s: &Server, html: &str) -> String {
    let mut html = html
        .replace(&s.participant, "PARTICIPANT-TOKEN")
        .replace(&s.methodist, "METHODIST-TOKEN")
        .replace(&format!(":{}/", s.port), ":PORT/");
    if let Some(start) = html.find("<svg")
        && let Some(end) = html.find("</svg>")
    {
        html.replace_range(start..end + "</svg>".len(), "<svg>QR</svg>");
    }
    // The style is the built-in file's; the snapshots are of the markup.
    if let Some(start) = html.find("<style>")
        && let Some(end) = html.find("</style>")
    {
        html.replace_range(start..end + "</style>".len(), "<style>…</style>");
    }
    html
}

#[test]
fn the_pages_as_they_are() {
    let (dir, _) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let (p, m) = (s.participant.clone(), s.methodist.clone());
    assert_snapshot(
        "participants",
        &stable(&s, &s.page(&format!("/?t={p}")).body),
    );
    assert_snapshot("board", &stable(&s, &s.page(&format!("/board?t={p}")).body));
    assert_snapshot(
        "door",
        &stable(&s, &s.page(&format!("/door?t={m}&day=1")).body),
    );
    let refusal = s.form(
        "/feedback",
        &[("t", &p), ("kind", "plus"), ("text", "")],
        None,
    );
    assert_snapshot("refusal", &stable(&s, &refusal.body));
}

#[test]
fn an_english_session_has_english_pages() {
    let (dir, file) = room();
    let english = read(&file).replace("[session]\n", "[session]\nlanguage = \"en\"\n");
    std::fs::write(&file, english).unwrap();
    let s = Server::start(dir.path(), "s.toml", None);
    let (p, m) = (s.participant.clone(), s.methodist.clone());
    let participants = s.page(&format!("/?t={p}")).body;
    assert!(participants.contains("<html lang=\"en\">"));
    for word in ["Plus", "Minus", "Interesting", "Send", "Agree"] {
        assert!(participants.contains(word), "{word}");
    }
    assert!(!participants.contains("Отправить"));
    let board = s.page(&format!("/board?t={p}")).body;
    assert!(
        board.contains("Pluses") && board.contains("In the room now"),
        "{board}"
    );
    let door = s.page(&format!("/door?t={m}")).body;
    assert!(
        door.contains("Check-in at the door") && door.contains("3\u{a0}December\u{a0}2026"),
        "{door}"
    );
    refused(&s.page("/board"), 403, "");
}

#[test]
fn a_board_of_the_users_templates_folder_is_used() {
    let (dir, _) = room();
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/room-board.html"),
        "{% extends \"builtin/room-board.html\" %}\
         {% block title %}Наш экран{% endblock title %}",
    )
    .unwrap();
    let s = Server::start(dir.path(), "s.toml", None);
    let board = s.page(&format!("/board?t={}", s.participant)).body;
    assert!(board.contains("<title>Наш экран</title>"), "{board}");
    assert!(board.contains("<section id=\"plus\""), "{board}");
    let out = cowork_in(dir.path()).arg("templates").output().unwrap();
    let listed = String::from_utf8_lossy(&out.stdout);
    for name in [
        "room-participants.html",
        "room-door.html",
        "room-board.html",
        "room.js",
    ] {
        assert!(listed.contains(name), "{name} not listed:\n{listed}");
    }
}

/// Ctrl-C stops the server even with a board listening (its event stream ends).
#[cfg(unix)]
#[test]
fn ctrl_c_ends_the_open_event_streams() {
    let (dir, _) = room();
    let mut s = Server::start(dir.path(), "s.toml", None);
    let mut events = s.events(&s.participant.clone());
    assert!(events.next(Duration::from_secs(5)).is_some());
    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &s.child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        if let Some(status) = s.child.try_wait().unwrap() {
            assert!(status.success(), "{status}");
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the server did not stop on Ctrl-C with an event stream open");
}
