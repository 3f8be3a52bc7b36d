//! City-scale benchmark: `check` and the agenda (md, html) at 1×, 2× and 4×, in-process,
//! plus the real binary end to end at 1×. Run with `cargo bench`; without `--bench`
//! (as `cargo test --all-targets` runs it) it only makes one quick pass as a smoke test.

mod generate;

use std::process::Command;
use std::time::{Duration, Instant};

use cowork::render::{Renderer, TemplateSource};
use cowork::session_file::{self, Checked};
use cowork::view::agenda;

const SCALES: [usize; 3] = [1, 2, 4];
/// Rounds of measurement: at least the minimum, then more while the budget lasts.
const MIN_ROUNDS: usize = 11;
const MAX_ROUNDS: usize = 41;
const BUDGET: Duration = Duration::from_secs(15);

/// One timed run: wall-clock time, and the CPU time the work itself took, which stays
/// meaningful when other programs share the machine's cores.
#[derive(Clone, Copy, Default)]
struct Sample {
    wall: Duration,
    cpu: Duration,
}

fn timespec(ts: &libc::timespec) -> Duration {
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn timeval(tv: &libc::timeval) -> Duration {
    Duration::new(tv.tv_sec as u64, tv.tv_usec as u32 * 1000)
}

/// CPU time of this thread plus that of every finished child process (the binary runs).
fn cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: both calls only write into the properly sized structs passed to them.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe {
        libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts);
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
    }
    timespec(&ts) + timeval(&usage.ru_utime) + timeval(&usage.ru_stime)
}

fn time(f: &mut dyn FnMut()) -> Sample {
    let (wall, cpu) = (Instant::now(), cpu_time());
    f();
    Sample {
        cpu: cpu_time().saturating_sub(cpu),
        wall: wall.elapsed(),
    }
}

/// Medians of the samples of one measurement.
fn median(samples: &[Sample]) -> Sample {
    let mid = |mut v: Vec<Duration>| {
        v.sort_unstable();
        v.get(v.len() / 2).copied().unwrap_or_default()
    };
    Sample {
        wall: mid(samples.iter().map(|s| s.wall).collect()),
        cpu: mid(samples.iter().map(|s| s.cpu).collect()),
    }
}

/// Runs every task once per round, round after round, so that whatever else the machine
/// does at the time weighs on all of them alike; returns each task's samples.
fn rounds(quick: bool, tasks: &mut [Box<dyn FnMut() + '_>]) -> Vec<Vec<Sample>> {
    for task in tasks.iter_mut() {
        task(); // warm-up
    }
    let mut samples = vec![Vec::new(); tasks.len()];
    if quick {
        return samples;
    }
    let started = Instant::now();
    for round in 0..MAX_ROUNDS {
        if round >= MIN_ROUNDS && started.elapsed() > BUDGET {
            break;
        }
        for (task, out) in tasks.iter_mut().zip(&mut samples) {
            out.push(time(task.as_mut()));
        }
    }
    samples
}

fn check(text: &str) -> Checked {
    match session_file::check_text("city.toml", text.to_string()) {
        Ok(checked) if checked.errors() == 0 => checked,
        Ok(checked) => panic!(
            "the generated file has errors:\n{}",
            checked.render(cowork::diagnostic::Style::Plain)
        ),
        Err(failure) => panic!("the generated file does not parse: {failure}"),
    }
}

fn render(checked: &Checked, template: &str) -> String {
    let view = agenda::build(&checked.session, &checked.schedule, None);
    let renderer = Renderer::new(&TemplateSource::default()).expect("built-in templates");
    renderer
        .render(template, &view)
        .expect("the agenda renders")
}

fn run_binary(args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_cowork"))
        .args(args)
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::null())
        .status()
        .expect("the cowork binary runs");
    assert!(status.success(), "cowork {args:?} failed: {status}");
}

fn ms(s: Sample) -> String {
    format!(
        "{:.1} ms (CPU {:.1})",
        s.wall.as_secs_f64() * 1000.0,
        s.cpu.as_secs_f64() * 1000.0
    )
}

/// How many times longer `b` takes than `a`.
fn ratio(a: Sample, b: Sample) -> String {
    let times = |x: Duration, y: Duration| y.as_secs_f64() / x.as_secs_f64().max(1e-9);
    format!(
        "{:.2}× (CPU {:.2}×)",
        times(a.wall, b.wall),
        times(a.cpu, b.cpu)
    )
}

const OPERATIONS: [&str; 3] = ["check", "agenda md", "agenda html"];

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let scales: &[usize] = if quick { &SCALES[..1] } else { &SCALES };
    let texts: Vec<String> = scales.iter().map(|&s| generate::city_session(s)).collect();
    let checked: Vec<Checked> = texts.iter().map(|t| check(t)).collect();

    // In-process, through the library: per scale, check then the two renderings.
    let mut tasks: Vec<Box<dyn FnMut() + '_>> = Vec::new();
    for (text, checked) in texts.iter().zip(&checked) {
        tasks.push(Box::new(move || {
            std::hint::black_box(check(text));
        }));
        tasks.push(Box::new(move || {
            std::hint::black_box(render(checked, "agenda.md"));
        }));
        tasks.push(Box::new(move || {
            std::hint::black_box(render(checked, "agenda.html"));
        }));
    }
    let library = rounds(quick, &mut tasks);
    drop(tasks);

    // The real binary at 1×, from process start to exit.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("city.toml");
    std::fs::write(&file, &texts[0]).expect("the city file is written");
    let path = file.to_string_lossy().into_owned();
    let html = dir
        .path()
        .join("agenda.html")
        .to_string_lossy()
        .into_owned();
    let binary = rounds(
        quick,
        &mut [
            Box::new(|| run_binary(&["check", &path])),
            Box::new(|| run_binary(&["agenda", &path, "--format", "html", "-o", &html])),
        ],
    );
    if quick {
        println!("city benchmark: smoke run passed (run `cargo bench` to measure)");
        return;
    }

    let medians: Vec<Sample> = library.iter().map(|s| median(s)).collect();
    let at = |scale: usize, op: usize| medians[scale * OPERATIONS.len() + op];
    println!(
        "\nMedians of {} rounds, in-process through the library; wall clock (CPU time):\n",
        library[0].len()
    );
    println!("| scale | file | {} |", OPERATIONS.join(" | "));
    println!("|---|---|---|---|---|");
    for (i, scale) in scales.iter().enumerate() {
        let cells: Vec<String> = (0..OPERATIONS.len()).map(|op| ms(at(i, op))).collect();
        println!(
            "| {scale}× | {} KiB | {} |",
            texts[i].len() / 1024,
            cells.join(" | ")
        );
    }
    for i in 1..scales.len() {
        let cells: Vec<String> = (0..OPERATIONS.len())
            .map(|op| ratio(at(i - 1, op), at(i, op)))
            .collect();
        println!(
            "| {}×/{}× | | {} |",
            scales[i],
            scales[i - 1],
            cells.join(" | ")
        );
    }
    println!(
        "\nThe binary end to end at 1× (median of {} runs): `cowork check` {}, \
         `cowork agenda --format html -o FILE` {}",
        binary[0].len(),
        ms(median(&binary[0])),
        ms(median(&binary[1]))
    );
}
