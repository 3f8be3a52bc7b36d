//! A phone's HTTP/1.1 client over one keep-alive `TcpStream` (connecting again when the
//! server closes it): JSON in, status and JSON out, and how long the answer took.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub struct Client {
    port: u16,
    token: String,
    stream: Option<BufReader<TcpStream>>,
}

impl Client {
    pub fn new(port: u16, token: &str) -> Client {
        Client {
            port,
            token: token.to_string(),
            stream: None,
        }
    }

    /// `POST target` with a JSON body: the status, the JSON answer and the time from the
    /// first byte sent to the last byte received (a new connection, when one is needed,
    /// included — a phone pays for it too).
    pub fn post(&mut self, target: &str, body: &str) -> (u16, serde_json::Value, Duration) {
        let started = Instant::now();
        let request = format!(
            "POST {target} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nAuthorization: Bearer {}\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.port,
            self.token,
            body.len()
        );
        // A kept-alive connection the server has closed fails at once: try one fresh one.
        let answer = match self.exchange(&request) {
            Ok(answer) => answer,
            Err(_) => {
                self.stream = None;
                self.exchange(&request)
                    .unwrap_or_else(|e| panic!("POST {target} failed: {e}"))
            }
        };
        let took = started.elapsed();
        let json = serde_json::from_slice(&answer.1).unwrap_or(serde_json::Value::Null);
        (answer.0, json, took)
    }

    fn exchange(&mut self, request: &str) -> std::io::Result<(u16, Vec<u8>)> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(("127.0.0.1", self.port))?;
            stream.set_nodelay(true)?;
            stream.set_read_timeout(Some(Duration::from_secs(30)))?;
            self.stream = Some(BufReader::new(stream));
        }
        let Some(reader) = self.stream.as_mut() else {
            return Err(std::io::ErrorKind::NotConnected.into());
        };
        reader.get_mut().write_all(request.as_bytes())?;
        let mut status_line = String::new();
        if reader.read_line(&mut status_line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let status = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or(std::io::ErrorKind::InvalidData)?;
        let mut length = 0;
        let mut close = false;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                let value = value.trim();
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.parse().map_err(|_| std::io::ErrorKind::InvalidData)?;
                } else if name.eq_ignore_ascii_case("connection") {
                    close = value.eq_ignore_ascii_case("close");
                }
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        if close {
            self.stream = None;
        }
        Ok((status, body))
    }
}

/// A page open on the live stream (`GET /api/events`) until `done`: counts the state events.
pub fn listen(port: u16, token: &str, done: &AtomicBool, events: &AtomicUsize) {
    let Ok(stream) = TcpStream::connect(("127.0.0.1", port)) else {
        panic!("the live stream does not connect");
    };
    let _ = stream.set_read_timeout(Some(Duration::from_millis(100)));
    let mut writer = stream.try_clone().expect("a second handle of the stream");
    write!(
        writer,
        "GET /api/events?t={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: \
         text/event-stream\r\n\r\n"
    )
    .expect("the live stream is asked for");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    while !done.load(Ordering::Relaxed) {
        match reader.read_line(&mut line) {
            Ok(0) => return,
            Ok(_) => {
                if line.starts_with("event: state") || line.starts_with("event:state") {
                    events.fetch_add(1, Ordering::Relaxed);
                }
                line.clear();
            }
            // The read timeout: look at `done` again (a partial line stays in `line`).
            Err(_) => {}
        }
    }
}
