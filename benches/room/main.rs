//! The room under load (issue 16): 60 phones at once adding points and voting through the
//! real `cowork serve` on loopback; every request's latency, a watcher proving the file is
//! never invalid, and at the end every accepted point in the file with its votes.
//!
//! Run with `cargo bench --bench room`; without `--bench` (as `cargo test --all-targets`
//! runs it) it makes one small pass as a smoke test.

mod client;

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use client::Client;

/// The binary under measurement (the bench profile's build of it under `cargo bench`).
const COWORK: &str = env!("CARGO_BIN_EXE_cowork");

/// The seed-sized session the room serves: the largest shipped example, with points of its own.
const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/detskij-sad-my-vmeste.toml"
);

/// An activity of that programme, named by some of the points.
const ACTIVITY: &str = "Защита сценариев";

/// How often the watcher reads and checks the file: often enough to catch a bad moment,
/// seldom enough not to take a core from the server it watches.
const WATCH_EVERY: Duration = Duration::from_millis(25);

/// The target of issue 16.
const MAX_P99_MS: f64 = 100.0;

/// How hard the phones push.
#[derive(Clone, Copy)]
struct Load {
    name: &'static str,
    phones: usize,
    points: usize,
    votes: usize,
    /// Before each request a phone waits a random time up to this (zero: none at all).
    pause: Duration,
    /// Open live streams (`GET /api/events`) meanwhile: the phones' pages and the board.
    listeners: usize,
}

/// Every phone sends its next request the moment the last one is answered: the worst case,
/// 60 changes always waiting.
const BURST: Load = Load {
    name: "burst: no pause between requests",
    phones: 60,
    points: 10,
    votes: 20,
    pause: Duration::ZERO,
    listeners: 0,
};

/// Phones in people's hands: a pause of up to 2 s (1 s on average) before each request —
/// still far busier than a room of people typing their points — and, as in the room, every
/// phone's page and the board open on the live stream.
const PACED: Load = Load {
    name: "paced: a pause of 0–2 s before each request",
    phones: 60,
    points: 3,
    votes: 6,
    pause: Duration::from_secs(2),
    listeners: 61,
};

const QUICK: Load = Load {
    name: "smoke",
    phones: 6,
    points: 2,
    votes: 4,
    pause: Duration::from_millis(5),
    listeners: 2,
};

/// What one request was, for the latency table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    Point,
    Vote,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Point => "POST /api/feedback",
            Kind::Vote => "POST /api/feedback/{n}/vote",
        }
    }
}

/// A point as the phones know it: its text and the votes it must have in the file.
struct Expected {
    text: String,
    votes: i64,
}

/// Everything the phones share: the points they know of, what came back, the latencies.
#[derive(Default)]
struct Tally {
    points: HashMap<usize, Expected>,
    /// Point numbers to vote for, in the order they became known.
    known: Vec<usize>,
    latencies: Vec<(Kind, Duration)>,
    /// Answers other than 201 for a point and 200 for a vote: (status, body).
    refused: Vec<(u16, String)>,
    accepted_points: usize,
    counted_votes: usize,
    repeated_votes: usize,
}

/// A running `cowork serve FILE --port 0 --json`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    token: String,
}

impl Server {
    fn start(dir: &Path, file: &str) -> Server {
        let mut child = Command::new(COWORK)
            .current_dir(dir)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("NO_COLOR", "1")
            // 60 phones behind one loopback address: the per-address limit out of the way.
            .env("COWORK_ROOM_RATE", "1000000")
            .args(["serve", file, "--port", "0", "--json"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("cowork serve starts");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("the server's stdout");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the server prints its addresses");
        let json: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("not the JSON line of `serve --json` ({e}): {line}"));
        let url = json["url"].as_str().expect("url");
        let port = url
            .trim_end_matches('/')
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("a port in the url");
        Server {
            child,
            port,
            token: json["participant_token"]
                .as_str()
                .expect("participant_token")
                .to_string(),
        }
    }

    /// The CPU time the server has used so far (user + system, from `/proc`; zero where
    /// there is none), which stays meaningful when other programs share the cores.
    fn cpu(&self) -> Duration {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap_or_default();
        // The fields after the command's name in brackets: utime and stime are the 12th and
        // 13th, in clock ticks (100 a second on Linux).
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let ticks: u64 = after
            .split_whitespace()
            .skip(11)
            .take(2)
            .filter_map(|f| f.parse::<u64>().ok())
            .sum();
        Duration::from_millis(ticks * 10)
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A small deterministic generator, so that every run votes alike.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

/// The session as the library reads it, or why it is not valid.
fn check(path: &Path) -> Result<cowork::session::file::Checked, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    match cowork::session::file::check_text("s.toml", text.clone()) {
        Ok(checked) if checked.errors() == 0 => Ok(checked),
        Ok(checked) => Err(format!(
            "{}\n{text}",
            checked.render(cowork::session::diagnostic::Style::Plain)
        )),
        Err(e) => Err(format!("{e}\n{text}")),
    }
}

/// One phone: its points and votes, each point followed by its share of the votes.
fn phone(server: &Server, phone: usize, load: &Load, tally: &Mutex<Tally>) {
    let mut client = Client::new(server.port, &server.token);
    let mut random = Lcg(phone as u64 + 1);
    let id = format!("phone-{phone}");
    let kinds = ["plus", "minus", "interesting"];
    let mut votes_left = load.votes;
    for i in 0..load.points {
        let text =
            format!("Телефон {phone}, мысль {i}: «ёлочки» и кавычки, запятые, всё по-настоящему");
        let mut body = serde_json::json!({
            "kind": kinds[(phone + i) % 3],
            "text": text,
            "client": id,
        });
        if i % 4 == 0 {
            body["activity"] = ACTIVITY.into();
        }
        pause(&mut random, load.pause);
        let (status, answer, took) = client.post("/api/feedback", &body.to_string());
        {
            let mut t = lock(tally);
            t.latencies.push((Kind::Point, took));
            let n = (status == 201)
                .then(|| answer["n"].as_u64())
                .flatten()
                .map(|n| n as usize);
            match n {
                Some(n) => {
                    let fresh = t.points.insert(n, Expected { text, votes: 1 }).is_none();
                    assert!(fresh, "two points got number {n}");
                    t.known.push(n);
                    t.accepted_points += 1;
                }
                None => t.refused.push((status, answer.to_string())),
            }
        }
        let share = votes_left / (load.points - i);
        votes_left -= share;
        for _ in 0..share {
            let n = {
                let t = lock(tally);
                t.known[random.next(t.known.len())]
            };
            let body = serde_json::json!({ "client": id }).to_string();
            pause(&mut random, load.pause);
            let (status, answer, took) = client.post(&format!("/api/feedback/{n}/vote"), &body);
            let mut t = lock(tally);
            t.latencies.push((Kind::Vote, took));
            match (status, answer["counted"].as_bool()) {
                (200, Some(true)) => {
                    if let Some(point) = t.points.get_mut(&n) {
                        point.votes += 1;
                    }
                    t.counted_votes += 1;
                }
                (200, Some(false)) => t.repeated_votes += 1,
                _ => t.refused.push((status, answer.to_string())),
            }
        }
    }
}

/// A random wait up to `most`, like a person between two taps.
fn pause(random: &mut Lcg, most: Duration) {
    if !most.is_zero() {
        let ms = most.as_millis().max(1) as usize;
        std::thread::sleep(Duration::from_millis(random.next(ms) as u64));
    }
}

fn lock(tally: &Mutex<Tally>) -> std::sync::MutexGuard<'_, Tally> {
    tally.lock().unwrap_or_else(|p| p.into_inner())
}

/// The `p`-th percentile (0 < p ≤ 1) of sorted durations, in milliseconds.
fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1000.0
}

/// What one scenario measured.
struct Outcome {
    load: Load,
    tally: Tally,
    elapsed: Duration,
    reads: usize,
    /// State events the listeners received.
    events: usize,
    /// The server's CPU time over the whole run.
    server_cpu: Duration,
    start_kib: u64,
    end_kib: u64,
}

/// Runs one scenario on a fresh copy of the example; panics if anything is lost or the file
/// was ever invalid.
fn run(load: Load) -> Outcome {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file: PathBuf = dir.path().join("s.toml");
    std::fs::copy(EXAMPLE, &file).expect("the example is copied");
    let before = check(&file).unwrap_or_else(|e| panic!("the example is not valid: {e}"));
    let initial = before.session.feedback.len();
    let start_kib = std::fs::metadata(&file).map_or(0, |m| m.len()) / 1024;

    let mut tally = Tally::default();
    for (i, point) in before.session.feedback.iter().enumerate() {
        tally.points.insert(
            i + 1,
            Expected {
                text: point
                    .text
                    .as_ref()
                    .map_or(String::new(), |t| t.value.clone()),
                votes: point.votes.as_ref().map_or(1, |v| v.value),
            },
        );
        tally.known.push(i + 1);
    }
    let tally = Mutex::new(tally);
    let mut server = Server::start(dir.path(), "s.toml");

    // The watcher reads the file as it is at every moment and checks it, all through the load.
    let done = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let watcher = {
        let (done, reads, file) = (Arc::clone(&done), Arc::clone(&reads), file.clone());
        std::thread::spawn(move || -> Option<String> {
            while !done.load(Ordering::Relaxed) {
                if let Err(why) = check(&file) {
                    return Some(why);
                }
                reads.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(WATCH_EVERY);
            }
            None
        })
    };

    let events = Arc::new(AtomicUsize::new(0));
    let listeners: Vec<_> = (0..load.listeners)
        .map(|_| {
            let (done, events) = (Arc::clone(&done), Arc::clone(&events));
            let (port, token) = (server.port, server.token.clone());
            std::thread::spawn(move || client::listen(port, &token, &done, &events))
        })
        .collect();
    let started = Instant::now();
    std::thread::scope(|scope| {
        for p in 0..load.phones {
            let (server, load, tally) = (&server, &load, &tally);
            scope.spawn(move || phone(server, p, load, tally));
        }
    });
    let elapsed = started.elapsed();
    done.store(true, Ordering::Relaxed);
    let server_cpu = server.cpu();
    let invalid = watcher.join().expect("the watcher finishes");
    for listener in listeners {
        listener.join().expect("a listener finishes");
    }
    server.stop();

    // Nothing lost: every 201 is a point in the file, with its text and every counted vote.
    let tally = tally.into_inner().unwrap_or_else(|p| p.into_inner());
    if let Some(why) = &invalid {
        panic!("the file was invalid at some moment during the load:\n{why}");
    }
    let after = check(&file).unwrap_or_else(|e| panic!("the file is not valid after: {e}"));
    let feedback = &after.session.feedback;
    assert_eq!(
        feedback.len(),
        initial + tally.accepted_points,
        "the file has {} points, {initial} at the start and {} accepted",
        feedback.len(),
        tally.accepted_points
    );
    for (n, expected) in &tally.points {
        let point = &feedback[n - 1];
        let text = point.text.as_ref().map_or("", |t| t.value.as_str());
        let votes = point.votes.as_ref().map_or(1, |v| v.value);
        assert_eq!(text, expected.text, "point {n} is not the one accepted");
        assert_eq!(votes, expected.votes, "point {n} lost votes");
    }
    Outcome {
        load,
        tally,
        elapsed,
        reads: reads.load(Ordering::Relaxed),
        events: events.load(Ordering::Relaxed),
        server_cpu,
        start_kib,
        end_kib: std::fs::metadata(&file).map_or(0, |m| m.len()) / 1024,
    }
}

fn sorted(latencies: impl Iterator<Item = Duration>) -> Vec<Duration> {
    let mut all: Vec<Duration> = latencies.collect();
    all.sort_unstable();
    all
}

/// The latency table and the counts of one scenario.
fn print(o: &Outcome) {
    let load = &o.load;
    println!(
        "\nThe room under load, {}: {} phones at once on loopback, each {} points and {} votes \
         over one keep-alive connection, {} live streams open (they received {} events), on \
         `{}` ({} KiB at the start, {} KiB at the end); a watcher read and checked the file {} \
         times meanwhile.\n",
        load.name,
        load.phones,
        load.points,
        load.votes,
        load.listeners,
        o.events,
        Path::new(EXAMPLE)
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned()),
        o.start_kib,
        o.end_kib,
        o.reads,
    );
    println!("| request | count | p50 | p90 | p99 | max |");
    println!("|---|---|---|---|---|---|");
    let row = |name: &str, sorted: &[Duration]| {
        println!(
            "| {name} | {} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms |",
            sorted.len(),
            percentile(sorted, 0.50),
            percentile(sorted, 0.90),
            percentile(sorted, 0.99),
            percentile(sorted, 1.0),
        );
    };
    for kind in [Kind::Point, Kind::Vote] {
        let these = sorted(
            o.tally
                .latencies
                .iter()
                .filter(|l| l.0 == kind)
                .map(|l| l.1),
        );
        row(kind.name(), &these);
    }
    row(
        "every request",
        &sorted(o.tally.latencies.iter().map(|l| l.1)),
    );
    let requests = o.tally.latencies.len();
    println!(
        "\n{requests} requests in {:.2} s: {:.0} requests a second; the server's CPU time {:.1} \
         ms a request; {} points accepted, {} votes counted, {} repeated votes not counted, {} \
         refused.",
        o.elapsed.as_secs_f64(),
        requests as f64 / o.elapsed.as_secs_f64().max(1e-9),
        o.server_cpu.as_secs_f64() * 1000.0 / requests.max(1) as f64,
        o.tally.accepted_points,
        o.tally.counted_votes,
        o.tally.repeated_votes,
        o.tally.refused.len(),
    );
    for (status, body) in o.tally.refused.iter().take(5) {
        println!("  refused: {status} {body}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--bench") {
        let o = run(QUICK);
        assert!(o.tally.refused.is_empty(), "refused: {:?}", o.tally.refused);
        println!(
            "room benchmark: smoke run passed ({} requests; run `cargo bench --bench room` to \
             measure)",
            o.tally.latencies.len()
        );
        return;
    }
    // `cargo bench --bench room -- --phones 1` and the like, to look closer at the burst.
    let number = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|at| args.get(at + 1))
            .and_then(|v| v.parse::<usize>().ok())
    };
    let mut burst = BURST;
    burst.phones = number("--phones").unwrap_or(burst.phones);
    burst.points = number("--points").unwrap_or(burst.points).max(1);
    burst.votes = number("--votes").unwrap_or(burst.votes);
    let mut paced = PACED;
    paced.listeners = number("--listeners").unwrap_or(paced.listeners);
    let outcomes = [run(paced), run(burst)];
    for o in &outcomes {
        print(o);
    }

    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!("\nTargets:");
    for o in &outcomes {
        let p99 = percentile(&sorted(o.tally.latencies.iter().map(|l| l.1)), 0.99);
        println!("- {}:", o.load.name);
        println!(
            "  - nothing lost: every 201 a point in the file with its votes, the file valid at \
             each of {} reads — met",
            o.reads
        );
        println!(
            "  - every request accepted (201 or 200): {} refused — {}",
            o.tally.refused.len(),
            verdict(o.tally.refused.is_empty())
        );
        println!(
            "  - p99 ≤ {MAX_P99_MS:.0} ms over every request: {p99:.1} ms — {}",
            verdict(p99 <= MAX_P99_MS)
        );
    }
}
