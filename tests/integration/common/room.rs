//! A running `cowork serve --port 0 --json` driven over raw HTTP/1.1, for the room's tests
//! (the JSON API in `room.rs`, the pages in `room_pages.rs`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::Duration;

use super::{cowork_bin, cowork_in, fixture_text};

/// A session folder with `fixture` copied in as `s.toml`.
pub fn room_with(fixture: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.toml");
    std::fs::write(&file, fixture_text(fixture)).unwrap();
    (dir, file)
}

/// The commented fixture's folder: the one the room's tests change.
pub fn room() -> (tempfile::TempDir, PathBuf) {
    room_with("commented.toml")
}

/// `cowork check s.toml` passes in `dir`.
pub fn valid(dir: &Path) {
    let out = cowork_in(dir).args(["check", "s.toml"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The commented fixture's comments that every change keeps (`extra`: more of them).
pub fn comments_kept(text: &str, extra: &[&str]) {
    for c in [
        "# наставник",
        "# первый день",
        "# пришла первой",
        "# конец файла",
    ]
    .iter()
    .chain(extra)
    {
        assert!(text.contains(c), "comment {c} lost:\n{text}");
    }
}

/// A running `cowork serve --port 0 --json` and what it printed.
pub struct Server {
    pub child: Child,
    pub port: u16,
    pub participant: String,
    pub methodist: String,
    pub json: serde_json::Value,
}

/// An answer: the status, the headers (names in lower case) and the body.
pub struct Answer {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Answer {
    /// The value of header `name` (lower case), if there is one.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

impl Server {
    pub fn start(dir: &Path, file: &str, rate: Option<&str>) -> Server {
        Self::start_with(dir, file, rate, super::TODAY)
    }

    /// Started with `COWORK_TODAY` set to `today`.
    pub fn start_with(dir: &Path, file: &str, rate: Option<&str>, today: &str) -> Server {
        let mut cmd = std::process::Command::new(cowork_bin());
        cmd.current_dir(dir)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("COWORK_TODAY", today)
            .env("NO_COLOR", "1")
            .args(["serve", file, "--port", "0", "--json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .env("COWORK_ROOM_RATE", rate.unwrap_or("100000"));
        let mut child = cmd.spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let json: serde_json::Value = serde_json::from_str(&line).expect(&line);
        let url = json["url"].as_str().unwrap();
        let port = url
            .trim_end_matches('/')
            .rsplit(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        Server {
            child,
            port,
            participant: json["participant_token"].as_str().unwrap().to_string(),
            methodist: json["methodist_token"].as_str().unwrap().to_string(),
            json,
        }
    }

    /// One HTTP/1.1 request with extra header lines (each ending in `\r\n`).
    pub fn raw(&self, method: &str, target: &str, extra: &str, body: &str) -> Answer {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "{method} {target} HTTP/1.1\r\nHost: localhost\r\n{extra}\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let status = answer[9..12].parse().unwrap();
        let (headers, body) = answer
            .split_once("\r\n\r\n")
            .map_or((answer.as_str(), ""), |(h, b)| (h, b));
        Answer {
            status,
            headers: headers.to_string(),
            body: body.to_string(),
        }
    }

    /// One HTTP/1.1 JSON request; the status and the body.
    pub fn request(
        &self,
        method: &str,
        target: &str,
        token: Option<&str>,
        body: &str,
    ) -> (u16, String) {
        let auth = token.map_or(String::new(), |t| format!("Authorization: Bearer {t}\r\n"));
        let a = self.raw(
            method,
            target,
            &format!("{auth}Content-Type: application/json\r\n"),
            body,
        );
        (a.status, a.body)
    }

    /// A form as a browser sends it (fields percent-encoded), with a cookie if given.
    pub fn form(&self, target: &str, fields: &[(&str, &str)], cookie: Option<&str>) -> Answer {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let cookie = cookie.map_or(String::new(), |c| format!("Cookie: {c}\r\n"));
        self.raw(
            "POST",
            target,
            &format!("{cookie}Content-Type: application/x-www-form-urlencoded\r\n"),
            &body,
        )
    }

    /// A page, as a browser asks for it.
    pub fn page(&self, target: &str) -> Answer {
        self.raw("GET", target, "", "")
    }

    pub fn post(
        &self,
        target: &str,
        token: &str,
        body: serde_json::Value,
    ) -> (u16, serde_json::Value) {
        let (status, body) = self.request("POST", target, Some(token), &body.to_string());
        (
            status,
            serde_json::from_str(&body).unwrap_or(serde_json::Value::Null),
        )
    }

    pub fn state(&self) -> serde_json::Value {
        let (status, body) = self.request("GET", "/api/state", Some(&self.participant), "");
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).unwrap()
    }

    /// Opens `GET /api/events?t=TOKEN`; read its events with [`Events::next`].
    pub fn events(&self, token: &str) -> Events {
        let stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let mut writer = stream.try_clone().unwrap();
        write!(
            writer,
            "GET /api/events?t={token} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        Events {
            reader: BufReader::new(stream),
            seen: String::new(),
        }
    }
}

/// The open event stream of a [`Server::events`].
pub struct Events {
    reader: BufReader<TcpStream>,
    /// Everything read so far (headers, keep-alive comments, events).
    pub seen: String,
}

impl Events {
    /// The data of the next `state` event within `within`, or None.
    pub fn next(&mut self, within: Duration) -> Option<String> {
        let deadline = std::time::Instant::now() + within;
        let mut event = String::new();
        while std::time::Instant::now() < deadline {
            let mut line = String::new();
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) => {
                    self.seen.push_str(&line);
                    // Chunked encoding puts sizes on lines of their own; they are not
                    // `field: value` lines and are skipped with everything else unknown.
                    if let Some(data) = line.strip_prefix("data:") {
                        event.push_str(data.trim());
                    } else if line.trim().is_empty() && !event.is_empty() {
                        return Some(event);
                    }
                }
                Err(_) => {} // the read timeout: look at the clock again
            }
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A value for a form or a query, percent-encoded.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
