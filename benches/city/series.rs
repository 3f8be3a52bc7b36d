//! The series scenario: the 1× city file alone in its folder, then with six city-sized
//! siblings beside it, none of which is an earlier session of its series — three later
//! sessions of the series, two earlier sessions of other series, an earlier session of the
//! same series name by another organisation. Their `[session]` tables rule them all out, so
//! `agenda` and `report` should cost about what they cost on the lone file.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The most the siblings may add: agenda and report at most this many times the lone file.
pub const TARGET: f64 = 1.3;

/// The commands measured, each on both folders.
const COMMANDS: [(&str, &[&str]); 2] = [
    ("agenda md", &["agenda", "--format", "md"]),
    ("report md", &["report", "--format", "md"]),
];

/// The header lines of the generated city file that the siblings change.
const ORGANIZATION: &str =
    "organization = \"Управление образования, информационно-методический центр\"";
const SERIES: &str = "series = \"Городские методические коворкинги 2026/2027\"";
const DATES: &str = "dates = [2027-03-01, 2027-03-02, 2027-03-03]";

/// `text` with its header lines replaced; panics when the generator no longer writes them.
fn with_header(text: &str, organization: &str, series: &str, dates: &str) -> String {
    let mut out = text.to_string();
    for (old, new) in [
        (ORGANIZATION, organization),
        (SERIES, series),
        (DATES, dates),
    ] {
        assert!(out.contains(old), "the city file no longer has `{old}`");
        out = out.replacen(old, new, 1);
    }
    out
}

/// The six siblings of the city file: (file name, text).
fn siblings(city: &str) -> Vec<(String, String)> {
    let other_series = "series = \"Областные методические коворкинги 2026/2027\"";
    let other_organization = "organization = \"Управление образования соседнего района\"";
    let later = |month: u32| {
        (
            format!("2027-{month:02}-05-later.toml"),
            with_header(
                city,
                ORGANIZATION,
                SERIES,
                &format!("dates = [2027-{month:02}-05, 2027-{month:02}-06, 2027-{month:02}-07]"),
            ),
        )
    };
    vec![
        later(4),
        later(5),
        later(6),
        (
            "2026-11-10-other-series.toml".to_string(),
            with_header(
                city,
                ORGANIZATION,
                other_series,
                "dates = [2026-11-10, 2026-11-11]",
            ),
        ),
        (
            "2026-12-08-other-series.toml".to_string(),
            with_header(city, ORGANIZATION, other_series, "dates = [2026-12-08]"),
        ),
        (
            "2027-01-19-other-organization.toml".to_string(),
            with_header(city, other_organization, SERIES, "dates = [2027-01-19]"),
        ),
    ]
}

/// Wall-clock and CPU time (user + system) of one run of the binary, from `wait4` on it.
// The child is reaped by `wait4` itself, which also gives its resource usage.
#[allow(clippy::zombie_processes)]
fn run(cwd: &Path, args: &[&str]) -> (Duration, Duration) {
    let started = Instant::now();
    let child = Command::new(super::COWORK)
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("COWORK_TODAY", super::TODAY)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the cowork binary runs");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `usage` is a properly sized struct that wait4 only writes into; the child is
    // ours and not waited for anywhere else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    assert_eq!(waited, pid, "wait4 failed for cowork {args:?}");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "cowork {args:?} failed: {status}"
    );
    (
        wall,
        super::timeval(&usage.ru_utime) + super::timeval(&usage.ru_stime),
    )
}

/// The output of a run, to compare the two folders.
fn output(cwd: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(super::COWORK)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .env("NO_COLOR", "1")
        .env("COWORK_TODAY", super::TODAY)
        .output()
        .expect("the cowork binary runs");
    assert!(out.status.success(), "cowork {args:?} failed");
    out
}

/// One command's medians on the lone file and beside the siblings: (wall, CPU) each.
pub struct Measured {
    pub name: &'static str,
    pub lone: (Duration, Duration),
    pub beside: (Duration, Duration),
}

impl Measured {
    /// Beside the siblings over alone, on CPU time (steadier on a shared machine) and wall.
    pub fn ratios(&self) -> (f64, f64) {
        let over = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-9);
        (
            over(self.lone.1, self.beside.1),
            over(self.lone.0, self.beside.0),
        )
    }
}

/// Writes both folders under `dir`, checks that the siblings change no output, and times
/// each command on both, alternating, `runs` times.
pub fn measure(city: &str, dir: &Path, runs: usize) -> Vec<Measured> {
    let lone = dir.join("series-lone");
    let beside = dir.join("series-beside");
    for folder in [&lone, &beside] {
        std::fs::create_dir(folder).expect("a folder");
        std::fs::write(folder.join("2027-03-01-city.toml"), city).expect("the city file");
    }
    for (name, text) in siblings(city) {
        std::fs::write(beside.join(name), text).expect("a sibling");
    }
    let lone = lone
        .join("2027-03-01-city.toml")
        .to_string_lossy()
        .into_owned();
    let beside = beside
        .join("2027-03-01-city.toml")
        .to_string_lossy()
        .into_owned();
    let argv = |file: &str, args: &[&'static str]| -> Vec<String> {
        let mut argv: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        argv.insert(1, file.to_string());
        argv
    };
    COMMANDS
        .iter()
        .map(|&(name, args)| {
            let (a, b) = (argv(&lone, args), argv(&beside, args));
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let b: Vec<&str> = b.iter().map(String::as_str).collect();
            let (alone, with) = (output(dir, &a), output(dir, &b));
            assert!(
                alone.stdout == with.stdout && with.stderr.is_empty(),
                "{name}: the siblings changed the output"
            );
            let mut samples: (Vec<_>, Vec<_>) = (Vec::new(), Vec::new());
            for _ in 0..runs {
                samples.0.push(run(dir, &a));
                samples.1.push(run(dir, &b));
            }
            Measured {
                name,
                lone: medians(samples.0),
                beside: medians(samples.1),
            }
        })
        .collect()
}

fn medians(samples: Vec<(Duration, Duration)>) -> (Duration, Duration) {
    let mid = |mut v: Vec<Duration>| {
        v.sort_unstable();
        v.get(v.len() / 2).copied().unwrap_or_default()
    };
    (
        mid(samples.iter().map(|s| s.0).collect()),
        mid(samples.iter().map(|s| s.1).collect()),
    )
}

/// The table of the scenario and its target line.
pub fn print(measured: &[Measured], runs: usize) {
    println!(
        "\nA series folder: the 1× file alone, and beside six city-sized siblings that are no \
         earlier session of its series (median of {runs} runs; CPU time, wall clock):\n"
    );
    println!("| command | alone | beside six siblings | ratio (CPU) | ratio (wall) |");
    println!("|---|---|---|---|---|");
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for m in measured {
        let (cpu, wall) = m.ratios();
        println!(
            "| {} | {:.1} ms ({:.0} ms wall) | {:.1} ms ({:.0} ms wall) | {cpu:.2}× | {wall:.2}× |",
            m.name,
            ms(m.lone.1),
            ms(m.lone.0),
            ms(m.beside.1),
            ms(m.beside.0)
        );
    }
}

/// The target line, for the list of targets.
pub fn verdict(measured: &[Measured]) -> String {
    let worst = measured.iter().map(|m| m.ratios().0).fold(0.0, f64::max);
    format!(
        "- agenda and report beside six city-sized siblings at most {TARGET}× the lone file \
         (CPU time): largest {worst:.2}× — {}",
        if worst <= TARGET { "met" } else { "MISSED" }
    )
}
