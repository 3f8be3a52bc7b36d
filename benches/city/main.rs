//! City-scale benchmark: `check`, the agenda (md, html), the plus/minus summary and the
//! report (md, html) at 1×, 2× and 4×, in-process; then the real binary end to end at every
//! scale, for its time and its peak memory (`ru_maxrss` of each run, through `wait4`).
//! Run with `cargo bench`; without `--bench` (as `cargo test --all-targets` runs it) it
//! only makes one quick pass as a smoke test. A series scenario (`series.rs`) times agenda
//! and report beside six city-sized siblings. It ends with the targets, met or missed.

mod generate;
mod series;

use std::process::Command;
use std::time::{Duration, Instant};

use cowork::render::{Renderer, TemplateSource};
use cowork::session::file::{self as session_file, Checked};
use cowork::view::{agenda, report, summary};

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
            checked.render(cowork::session::diagnostic::Style::Plain)
        ),
        Err(failure) => panic!("the generated file does not parse: {failure}"),
    }
}

fn renderer() -> Renderer {
    Renderer::new(&TemplateSource::default())
}

fn render_agenda(checked: &Checked, template: &str) -> String {
    let view = agenda::build(&checked.session, &checked.schedule, None, Vec::new());
    renderer()
        .render(template, &view)
        .expect("the agenda renders")
}

fn render_summary(checked: &Checked) -> String {
    let view = summary::build(&checked.session, &checked.schedule, false);
    renderer()
        .render("summary.md", &view)
        .expect("the summary renders")
}

fn render_report(checked: &Checked, template: &str) -> String {
    let view = report::build(&checked.session, &checked.schedule, false, Vec::new());
    renderer()
        .render(template, &view)
        .expect("the report renders")
}

/// One run of the binary: wall-clock time and peak resident memory in KiB.
///
/// Linux counts in a child's `ru_maxrss` the peak of the process it was started from (the
/// memory is shared until `exec`), and this benchmark holds every city file in memory; so
/// the run is started by a fresh copy of this program (`--measure-child`), which is small.
fn run_binary(args: &[&str]) -> (Duration, u64) {
    let output = Command::new(std::env::current_exe().expect("the benchmark's path"))
        .arg("--measure-child")
        .args(args)
        .output()
        .expect("the benchmark runs itself");
    let text = String::from_utf8_lossy(&output.stdout);
    let mut fields = text.split_whitespace().map(|f| f.parse::<u64>().ok());
    match (output.status.success(), fields.next(), fields.next()) {
        (true, Some(Some(nanos)), Some(Some(peak))) => (Duration::from_nanos(nanos), peak),
        _ => panic!(
            "cowork {args:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// The `--measure-child` side: runs cowork once and prints its time (ns) and peak (KiB),
/// from `wait4` on that very child.
// The child is reaped by `wait4` itself, which also gives its resource usage.
#[allow(clippy::zombie_processes)]
fn measure_child(args: &[String]) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_cowork"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
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
    println!("{} {}", wall.as_nanos(), usage.ru_maxrss);
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

const OPERATIONS: [&str; 6] = [
    "check",
    "agenda md",
    "agenda html",
    "summary md",
    "report md",
    "report html",
];

/// The binary's commands measured end to end, on a file alone in its folder (so no
/// earlier session of a series is read beside it).
const COMMANDS: [(&str, &[&str]); 5] = [
    ("check", &["check"]),
    ("agenda html", &["agenda", "--format", "html"]),
    ("summary md", &["summary", "--format", "md"]),
    ("report md", &["report", "--format", "md"]),
    ("report html", &["report", "--format", "html"]),
];

/// Targets of the city-scale requirement.
const MAX_MS_AT_1X: f64 = 100.0;
const MAX_GROWTH: f64 = 2.2;
const MAX_MEMORY_TIMES_FILE: f64 = 10.0;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--measure-child") {
        measure_child(&args[at + 1..]);
        return;
    }
    let quick = !args.iter().any(|a| a == "--bench");
    let scales: &[usize] = if quick { &SCALES[..1] } else { &SCALES };
    let texts: Vec<String> = scales.iter().map(|&s| generate::city_session(s)).collect();
    let checked: Vec<Checked> = texts.iter().map(|t| check(t)).collect();

    // In-process, through the library: per scale, check then each document.
    let mut tasks: Vec<Box<dyn FnMut() + '_>> = Vec::new();
    for (text, checked) in texts.iter().zip(&checked) {
        tasks.push(Box::new(move || {
            std::hint::black_box(check(text));
        }));
        tasks.push(Box::new(move || {
            std::hint::black_box(render_agenda(checked, "agenda.md"));
        }));
        tasks.push(Box::new(move || {
            std::hint::black_box(render_agenda(checked, "agenda.html"));
        }));
        tasks.push(Box::new(move || {
            std::hint::black_box(render_summary(checked));
        }));
        tasks.push(Box::new(move || {
            std::hint::black_box(render_report(checked, "report.md"));
        }));
        tasks.push(Box::new(move || {
            std::hint::black_box(render_report(checked, "report.html"));
        }));
    }
    let library = rounds(quick, &mut tasks);
    drop(tasks);

    // The real binary at every scale, each file in a folder of its own; and an empty
    // session, for the memory any run takes whatever the file.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut paths = Vec::new();
    for (scale, text) in scales.iter().zip(&texts) {
        let folder = dir.path().join(format!("{scale}x"));
        std::fs::create_dir(&folder).expect("a folder");
        let file = folder.join("city.toml");
        std::fs::write(&file, text).expect("the city file is written");
        paths.push(file.to_string_lossy().into_owned());
    }
    let tiny = dir.path().join("tiny.toml");
    std::fs::write(
        &tiny,
        "[session]\ntitle = \"T\"\ngoal = \"G\"\ndates = [2026-12-03]\n\
         [[activities]]\ntitle = \"A\"\nduration = 30\n",
    )
    .expect("the empty session is written");
    let tiny = tiny.to_string_lossy().into_owned();
    let runs = if quick { 1 } else { 5 };
    let measure = |file: &str, args: &[&str]| -> (Duration, u64) {
        let mut argv: Vec<&str> = args.to_vec();
        argv.insert(1, file);
        let mut walls = Vec::new();
        let mut peaks = Vec::new();
        for _ in 0..runs {
            let (wall, peak) = run_binary(&argv);
            walls.push(wall);
            peaks.push(peak);
        }
        walls.sort_unstable();
        peaks.sort_unstable();
        (walls[walls.len() / 2], peaks[peaks.len() / 2])
    };
    let baseline: Vec<(Duration, u64)> = COMMANDS.iter().map(|(_, a)| measure(&tiny, a)).collect();
    let binary: Vec<Vec<(Duration, u64)>> = paths
        .iter()
        .map(|p| COMMANDS.iter().map(|(_, a)| measure(p, a)).collect())
        .collect();
    let series_runs = if quick { 1 } else { 11 };
    let series = series::measure(&texts[0], dir.path(), series_runs);
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
    println!("|---|---|{}", "---|".repeat(OPERATIONS.len()));
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
        "\nThe binary end to end (median of {runs} runs): wall clock, peak memory (ru_maxrss), \
         and the peak over the file size, less what the same command takes on an empty session:\n"
    );
    let names: Vec<&str> = COMMANDS.iter().map(|(n, _)| *n).collect();
    println!("| scale | file | {} |", names.join(" | "));
    println!("|---|---|{}", "---|".repeat(COMMANDS.len()));
    let mib = |kib: u64| kib as f64 / 1024.0;
    let cell = |(wall, peak): (Duration, u64)| {
        format!(
            "{:.0} ms, {:.1} MiB",
            wall.as_secs_f64() * 1000.0,
            mib(peak)
        )
    };
    println!(
        "| empty | 0 KiB | {} |",
        baseline
            .iter()
            .map(|&m| cell(m))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let mut worst_memory: f64 = 0.0;
    for (i, scale) in scales.iter().enumerate() {
        let file_kib = texts[i].len() as f64 / 1024.0;
        let cells: Vec<String> = binary[i]
            .iter()
            .zip(&baseline)
            .map(|(&m, &(_, base))| {
                let over = m.1.saturating_sub(base) as f64 / file_kib;
                worst_memory = worst_memory.max(over);
                format!("{} ({over:.1}×)", cell(m))
            })
            .collect();
        println!(
            "| {scale}× | {} KiB | {} |",
            texts[i].len() / 1024,
            cells.join(" | ")
        );
    }

    series::print(&series, series_runs);

    // The targets.
    let slowest_1x = (0..OPERATIONS.len())
        .map(|op| at(0, op).wall.as_secs_f64() * 1000.0)
        .fold(0.0, f64::max);
    let growth = (1..scales.len())
        .flat_map(|i| (0..OPERATIONS.len()).map(move |op| (i, op)))
        .map(|(i, op)| at(i, op).cpu.as_secs_f64() / at(i - 1, op).cpu.as_secs_f64().max(1e-9))
        .fold(0.0, f64::max);
    // Growth is taken on the memory beyond the bare program's (an empty `check`): the
    // templates a rendering command compiles reuse memory the parser freed, which would
    // make a per-command subtraction look superlinear at small sizes.
    let bare = baseline.iter().map(|b| b.1).min().unwrap_or(0);
    let memory_growth = (1..scales.len())
        .flat_map(|i| (0..COMMANDS.len()).map(move |c| (i, c)))
        .map(|(i, c)| {
            let grown = |s: usize| binary[s][c].1.saturating_sub(bare).max(1) as f64;
            grown(i) / grown(i - 1)
        })
        .fold(0.0, f64::max);
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!("\nTargets:");
    println!(
        "- every operation under {MAX_MS_AT_1X:.0} ms at 1×: slowest {slowest_1x:.1} ms — {}",
        verdict(slowest_1x < MAX_MS_AT_1X)
    );
    println!(
        "- at most {MAX_GROWTH}× per doubling (CPU time): largest {growth:.2}× — {}",
        verdict(growth <= MAX_GROWTH)
    );
    println!(
        "- memory (beyond the bare program's) at most {MAX_GROWTH}× per doubling: largest \
         {memory_growth:.2}× — {}",
        verdict(memory_growth <= MAX_GROWTH)
    );
    println!(
        "- peak memory under {MAX_MEMORY_TIMES_FILE:.0}× the file size (beyond an empty \
         session's): largest {worst_memory:.1}× — {}",
        verdict(worst_memory < MAX_MEMORY_TIMES_FILE)
    );
    println!("{}", series::verdict(&series));
}
