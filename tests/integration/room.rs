//! `cowork serve`: the room's JSON API over real HTTP on a random loopback port — every
//! endpoint and refusal, the file after each change, parallel clients, a restart after kill.

use std::io::{Read, Write};
use std::net::TcpStream;

use crate::common::cowork_in;
use crate::common::room::{Server, comments_kept, room, valid};

#[test]
fn json_line_names_every_address_and_token() {
    let (dir, _) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    for key in [
        "url",
        "participant_url",
        "methodist_url",
        "board_url",
        "participant_token",
        "methodist_token",
    ] {
        assert!(s.json[key].is_string(), "{key} missing: {}", s.json);
    }
    assert_eq!(s.participant.len(), 32);
    assert_ne!(s.participant, s.methodist);
    assert!(
        s.json["url"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
}

#[test]
fn state_needs_a_token_and_shows_no_names() {
    let (dir, _) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    assert_eq!(s.request("GET", "/api/state", None, "").0, 403);
    assert_eq!(
        s.request(
            "GET",
            "/api/state",
            Some("0123456789abcdef0123456789abcdef"),
            ""
        )
        .0,
        403
    );
    let (status, body) = s.request("GET", &format!("/api/state?t={}", s.methodist), None, "");
    assert_eq!(status, 200);
    assert!(!body.contains("Кузнецова"), "{body}");
    let state = s.state();
    assert_eq!(state["points"][0]["text"], "Практическая направленность");
    assert_eq!(state["points"][0]["votes"], 4);
    assert_eq!(state["attendance"]["present"], 2);
    let (_, headers) = {
        let mut stream = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
        write!(
            stream,
            "GET /api/state HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut a = String::new();
        stream.read_to_string(&mut a).unwrap();
        ((), a)
    };
    assert!(
        headers.contains("content-security-policy: default-src 'none'"),
        "{headers}"
    );
}

#[test]
fn a_point_and_votes_land_in_the_file_with_comments_kept() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let (status, body) = s.post(
        "/api/feedback",
        &s.participant,
        serde_json::json!({"kind": "interesting", "text": "  Квест\nпо   городу ", "client": "phone-1"}),
    );
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["n"], 3);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("kind = \"interesting\"\ntext = \"Квест по городу\"\nvotes = 1"),
        "{text}"
    );
    comments_kept(&text, &["# в следующий раз больше"]);
    valid(dir.path());
    // The author's own vote is counted already; another phone's counts once.
    let (status, v) = s.post(
        "/api/feedback/3/vote",
        &s.participant,
        serde_json::json!({"client": "phone-1"}),
    );
    assert_eq!(
        (status, v["votes"].clone(), v["counted"].clone()),
        (200, 1.into(), false.into())
    );
    let (_, v) = s.post(
        "/api/feedback/3/vote",
        &s.participant,
        serde_json::json!({"client": "phone-2"}),
    );
    assert_eq!(v["votes"], 2);
    let (_, v) = s.post(
        "/api/feedback/3/vote",
        &s.methodist,
        serde_json::json!({"client": "phone-2"}),
    );
    assert_eq!(
        (v["votes"].clone(), v["counted"].clone()),
        (2.into(), false.into())
    );
    let (_, v) = s.post(
        "/api/feedback/1/vote",
        &s.participant,
        serde_json::json!({"client": "phone-2"}),
    );
    assert_eq!(v["votes"], 5);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("text = \"Квест по городу\"\nvotes = 2"),
        "{text}"
    );
    assert!(
        text.contains("text = \"Практическая направленность\"\nvotes = 5"),
        "{text}"
    );
    comments_kept(&text, &["# в следующий раз больше"]);
    valid(dir.path());
    assert_eq!(s.state()["points"][2]["votes"], 2);
    let (status, _) = s.post(
        "/api/feedback/99/vote",
        &s.participant,
        serde_json::json!({"client": "x"}),
    );
    assert_eq!(status, 400);
}

#[test]
fn check_in_and_walk_ins_are_the_methodists() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let before = std::fs::read_to_string(&file).unwrap();
    let checkin = serde_json::json!({"day": 1, "participant": "Ёлкина", "status": "present"});
    assert_eq!(
        s.post("/api/checkin", &s.participant, checkin.clone()).0,
        403
    );
    let guest =
        serde_json::json!({"day": 1, "name": "Гостева Анна Петровна", "position": "воспитатель"});
    assert_eq!(s.post("/api/guests", &s.participant, guest.clone()).0, 403);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        before,
        "a refusal changed the file"
    );
    let (status, body) = s.post("/api/checkin", &s.methodist, checkin);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["participant"], "yolkina");
    assert_eq!(s.state()["attendance"]["present"], 3);
    let (status, _) = s.post(
        "/api/checkin",
        &s.methodist,
        serde_json::json!({"day": 1, "participant": "petrov", "status": "excused"}),
    );
    assert_eq!(status, 200);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("excused = [\"petrov\"]"), "{text}");
    let (status, _) = s.post(
        "/api/checkin",
        &s.methodist,
        serde_json::json!({"day": 1, "participant": "petrov", "status": "absent"}),
    );
    assert_eq!(status, 200);
    let (status, body) = s.post("/api/guests", &s.methodist, guest.clone());
    assert_eq!(status, 201, "{body}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains(
            "name = \"Гостева Анна Петровна\"\nposition = \"воспитатель\"\nrole = \"guest\""
        ),
        "{text}"
    );
    assert!(
        !text.contains("\"petrov\",") && !text.contains("excused"),
        "{text}"
    );
    comments_kept(&text, &["# в следующий раз больше"]);
    valid(dir.path());
    let state = s.state();
    assert_eq!(state["attendance"]["present"], 3);
    // The same walk-in twice, a day that is not there, someone unknown: 400, nothing written.
    let now = std::fs::read_to_string(&file).unwrap();
    assert_eq!(s.post("/api/guests", &s.methodist, guest).0, 400);
    assert_eq!(
        s.post(
            "/api/checkin",
            &s.methodist,
            serde_json::json!({"day": 9, "participant": "petrov", "status": "present"})
        )
        .0,
        400
    );
    let (status, body) = s.post(
        "/api/checkin",
        &s.methodist,
        serde_json::json!({"day": 1, "participant": "Никто", "status": "present"}),
    );
    assert_eq!(status, 400);
    assert!(
        body["error"].as_str().unwrap().contains("не найден"),
        "{body}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), now);
}

#[test]
fn refusals_change_nothing() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", Some("60"));
    let before = std::fs::read_to_string(&file).unwrap();
    let point = serde_json::json!({"kind": "plus", "text": "Хорошо"});
    assert_eq!(
        s.request("POST", "/api/feedback", None, &point.to_string())
            .0,
        403
    );
    assert_eq!(
        s.request(
            "POST",
            &format!("/api/feedback?t={}x", s.participant),
            None,
            &point.to_string()
        )
        .0,
        403
    );
    let (status, body) = s.post(
        "/api/feedback",
        &s.participant,
        serde_json::json!({"kind": "plus", "text": "   "}),
    );
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("пустое"), "{body}");
    let long = "а".repeat(501);
    assert_eq!(
        s.post(
            "/api/feedback",
            &s.participant,
            serde_json::json!({"kind": "plus", "text": long})
        )
        .0,
        400
    );
    assert_eq!(
        s.post(
            "/api/feedback",
            &s.participant,
            serde_json::json!({"kind": "great", "text": "x"})
        )
        .0,
        400
    );
    assert_eq!(
        s.request("POST", "/api/feedback", Some(&s.participant), "{not json")
            .0,
        400
    );
    let huge = format!("{{\"kind\":\"plus\",\"text\":\"{}\"}}", "a".repeat(20_000));
    let (status, body) = s.request("POST", "/api/feedback", Some(&s.participant), &huge);
    assert_eq!(status, 413);
    // Like every refusal of the API: JSON with the reason in the session's language.
    let refusal: serde_json::Value = serde_json::from_str(&body).expect("a JSON refusal");
    assert!(
        refusal["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{body}"
    );
    // A change by GET is not a route.
    assert_ne!(
        s.request(
            "GET",
            &format!("/api/feedback?t={}", s.participant),
            None,
            ""
        )
        .0,
        200
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    // 60 a minute is a burst of 15: the rest is 429 and not written.
    let statuses: Vec<u16> = (0..30)
        .map(|i| {
            s.post(
                "/api/feedback",
                &s.participant,
                serde_json::json!({"kind": "plus", "text": format!("т{i}")}),
            )
            .0
        })
        .collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    let accepted = statuses.iter().filter(|&&c| c == 201).count();
    assert_eq!(s.state()["points"].as_array().unwrap().len(), 2 + accepted);
    valid(dir.path());
}

#[test]
fn external_edits_are_seen() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let out = cowork_in(dir.path())
        .args([
            "feedback",
            "s.toml",
            "--minus",
            "Душно в зале",
            "--no-input",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(s.state()["points"][2]["text"], "Душно в зале");
    let (_, v) = s.post(
        "/api/feedback/3/vote",
        &s.participant,
        serde_json::json!({"client": "a"}),
    );
    assert_eq!(v["votes"], 2);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Душно в зале")
    );
}

#[test]
fn a_busy_port_is_a_clear_error() {
    let (dir, _) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let out = cowork_in(dir.path())
        .args(["serve", "s.toml", "--port", &s.port.to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("Порт {} уже занят", s.port)), "{err}");
}

#[test]
fn sixty_parallel_clients_lose_nothing_and_survive_kill() {
    let (dir, file) = room();
    let s = Server::start(dir.path(), "s.toml", None);
    let accepted: Vec<(u64, u64)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..60)
            .map(|c| {
                let s = &s;
                scope.spawn(move || {
                    let (status, body) = s.post(
                        "/api/feedback",
                        &s.participant,
                        serde_json::json!({"kind": "plus", "text": format!("точка {c}"), "client": format!("c{c}")}),
                    );
                    assert_eq!(status, 201, "{body}");
                    let (status, _) = s.post("/api/feedback/1/vote", &s.participant, serde_json::json!({"client": format!("c{c}")}));
                    assert_eq!(status, 200);
                    (c, body["n"].as_u64().unwrap())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut numbers: Vec<u64> = accepted.iter().map(|a| a.1).collect();
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers.len(), 60, "two points got one number");
    valid(dir.path());
    let mut s = s;
    s.child.kill().unwrap();
    s.child.wait().unwrap();
    drop(s);
    let text = std::fs::read_to_string(&file).unwrap();
    for c in 0..60 {
        assert!(
            text.contains(&format!("text = \"точка {c}\"")),
            "point {c} lost"
        );
    }
    assert!(
        text.contains("text = \"Практическая направленность\"\nvotes = 64"),
        "votes lost"
    );
    comments_kept(&text, &["# в следующий раз больше"]);
    valid(dir.path());
    let again = Server::start(dir.path(), "s.toml", None);
    assert_eq!(again.state()["points"].as_array().unwrap().len(), 62);
    assert!(!dir.path().join(".s.toml.cowork-lock").exists());
}
