//! City-scale benchmark: `check`, the agenda (md, html), the plus/minus summary and the
//! report (md, html) at 1×, 2× and 4×, in-process; then the real binary end to end at every
//! scale, the edits (`checkin`, `feedback`, `groups --write`) included, for its time and its
//! peak memory (`ru_maxrss` of each run, through `wait4`). Two scenarios follow: the shipped
//! examples' agenda against a hello-world process (`seed.rs`), and agenda and report beside
//! six city-sized siblings (`series.rs`). It ends with the targets, met or missed.
//! Run with `cargo bench`; without `--bench` (as `cargo test --all-targets` runs it) it
//! only makes one quick pass as a smoke test.

mod generate;
mod seed;
mod series;

use std::path::Path;
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
    let view = agenda::build(
        &checked.session,
        &checked.schedule,
        None,
        Vec::new(),
        &Default::default(),
    );
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
    // A fixed "today" after the generated session: the report of a session held.
    let options = report::Options {
        anonymize: false,
        today: chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("a real date"),
        draft: false,
    };
    let view = report::build(&checked.session, &checked.schedule, &options, Vec::new());
    renderer()
        .render(template, &view)
        .expect("the report renders")
}

/// The binary under measurement.
const COWORK: &str = env!("CARGO_BIN_EXE_cowork");

/// The day every run of the binary takes for today (`COWORK_TODAY`): after every generated
/// session, so that `report` writes the report of a session held, not a refusal to write one
/// of a session still ahead.
const TODAY: &str = "2030-01-01";

/// One run of a program: wall-clock time, CPU time (user + system) and peak resident
/// memory in KiB.
#[derive(Clone, Copy, Default)]
struct Run {
    wall: Duration,
    cpu: Duration,
    peak: u64,
}

/// One run of a program (`argv[0]`, with the rest as its arguments) in the folder `cwd`.
///
/// Linux counts in a child's `ru_maxrss` the peak of the process it was started from (the
/// memory is shared until `exec`), and this benchmark holds every city file in memory; so
/// the run is started by a fresh copy of this program (`--measure-child`), which is small.
/// It runs in `cwd`, a folder of the benchmark's own: from the repository's root, `cowork`
/// would take the repository's `templates/` for the user's templates folder.
fn run_binary(cwd: &Path, argv: &[&str]) -> Run {
    let output = Command::new(std::env::current_exe().expect("the benchmark's path"))
        .arg("--measure-child")
        .args(argv)
        .current_dir(cwd)
        .output()
        .expect("the benchmark runs itself");
    let text = String::from_utf8_lossy(&output.stdout);
    let fields: Vec<Option<u64>> = text.split_whitespace().map(|f| f.parse().ok()).collect();
    match (output.status.success(), fields.as_slice()) {
        (true, &[Some(wall), Some(cpu), Some(peak)]) => Run {
            wall: Duration::from_nanos(wall),
            cpu: Duration::from_nanos(cpu),
            peak,
        },
        _ => panic!(
            "{argv:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// The `--measure-child` side: runs the program once and prints its wall-clock and CPU
/// time (ns) and its peak (KiB), from `wait4` on that very child.
// The child is reaped by `wait4` itself, which also gives its resource usage.
#[allow(clippy::zombie_processes)]
fn measure_child(argv: &[String]) {
    let started = Instant::now();
    let child = Command::new(&argv[0])
        .args(&argv[1..])
        .env("NO_COLOR", "1")
        .env("COWORK_TODAY", TODAY)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the program runs");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `usage` is a properly sized struct that wait4 only writes into; the child is
    // ours and not waited for anywhere else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    assert_eq!(waited, pid, "wait4 failed for {argv:?}");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{argv:?} failed: {status}"
    );
    let cpu = timeval(&usage.ru_utime) + timeval(&usage.ru_stime);
    println!("{} {} {}", wall.as_nanos(), cpu.as_nanos(), usage.ru_maxrss);
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
/// earlier session of a series is read beside it); the file goes after the first word.
/// An edit (`true`) runs on a fresh copy of the file each time, so that it does not grow,
/// and must change it.
const COMMANDS: [(&str, &[&str], bool); 8] = [
    ("check", &["check"], false),
    ("agenda html", &["agenda", "--format", "html"], false),
    ("summary md", &["summary", "--format", "md"], false),
    ("report md", &["report", "--format", "md"], false),
    ("report html", &["report", "--format", "html"], false),
    (
        "checkin",
        &[
            "checkin",
            "--day",
            "1",
            "--present",
            ABSENT_ON_DAY_ONE,
            "--no-input",
        ],
        true,
    ),
    (
        "feedback",
        &[
            "feedback",
            "--plus",
            "Понравилась работа в группах",
            "--votes",
            "3",
            "--no-input",
        ],
        true,
    ),
    (
        "groups --write",
        &["groups", "--count", "10", "--write"],
        true,
    ),
];

/// Someone the generated file records absent on day 1 (every tenth participant is, from
/// the first), so that `checkin` changes the file; the tiny session has them too.
const ABSENT_ON_DAY_ONE: &str = "p00010";

/// A session with almost nothing in it, for what any run takes whatever the file: one
/// activity, and twelve participants for the edits to work on.
fn tiny_session() -> String {
    let mut text = "[session]\ntitle = \"T\"\ngoal = \"G\"\ndates = [2026-12-03]\n\n\
                    [[activities]]\ntitle = \"A\"\nduration = 30\n"
        .to_string();
    for i in 0..12 {
        text.push_str(&format!(
            "\n[[participants]]\nname = \"Участник {i}\"\nid = \"p{i:05}\"\n"
        ));
    }
    text
}

/// Every command of `COMMANDS` on `text`, round after round (`runs` rounds after one to
/// warm up): the medians of each. `folder` holds the file
/// as `city.toml`, and an edit's fresh copy as `edit/city.toml`.
fn measure_commands(folder: &Path, text: &str, runs: usize) -> Vec<Run> {
    let file = folder.join("city.toml");
    std::fs::write(&file, text).expect("the session file is written");
    std::fs::create_dir(folder.join("edit")).expect("a folder");
    let copy = folder.join("edit").join("city.toml");
    let (file, copy_name) = (file.to_string_lossy(), copy.to_string_lossy());
    let mut samples: Vec<Vec<Run>> = vec![Vec::new(); COMMANDS.len()];
    for run in 0..runs + 1 {
        for (&(name, args, edit), out) in COMMANDS.iter().zip(&mut samples) {
            let mut argv: Vec<&str> = vec![COWORK];
            argv.extend_from_slice(args);
            if edit {
                std::fs::write(&copy, text).expect("the fresh copy is written");
                argv.insert(2, &copy_name);
            } else {
                argv.insert(2, &file);
            }
            let measured = run_binary(folder, &argv);
            if edit && run == 0 {
                let after = std::fs::read_to_string(&copy).expect("the edited copy");
                assert!(after != text, "{name} did not change the file");
            }
            if run > 0 {
                out.push(measured);
            }
        }
    }
    samples.iter().map(|s| medians(s)).collect()
}

/// The median of each measure of the runs, taken apart.
fn medians(runs: &[Run]) -> Run {
    fn mid<T: Ord + Copy + Default>(mut v: Vec<T>) -> T {
        v.sort_unstable();
        v.get(v.len() / 2).copied().unwrap_or_default()
    }
    Run {
        wall: mid(runs.iter().map(|r| r.wall).collect()),
        cpu: mid(runs.iter().map(|r| r.cpu).collect()),
        peak: mid(runs.iter().map(|r| r.peak).collect()),
    }
}

/// Targets of the city-scale requirement.
const MAX_MS_AT_1X: f64 = 100.0;
const MAX_GROWTH: f64 = 2.2;
const MAX_MIB_AT_1X: f64 = 40.0;
const MAX_EDIT_OVER_CHECK: f64 = 1.5;

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

    // The real binary at every scale, each file in a folder of its own; and a tiny
    // session, for the memory any run takes whatever the file.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let runs = if quick { 1 } else { 9 };
    let folder = |name: &str| {
        let folder = dir.path().join(name);
        std::fs::create_dir(&folder).expect("a folder");
        folder
    };
    let baseline = measure_commands(&folder("tiny"), &tiny_session(), runs);
    let binary: Vec<Vec<Run>> = scales
        .iter()
        .zip(&texts)
        .map(|(scale, text)| measure_commands(&folder(&format!("{scale}x")), text, runs))
        .collect();
    let seed_runs = if quick { 1 } else { 21 };
    let seed = seed::measure(dir.path(), seed_runs);
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
        "\nThe binary end to end (median of {runs} runs, the commands in turn; an edit on a \
         fresh copy each time): wall clock, peak memory (ru_maxrss), and the peak over the file \
         size, less what the same command takes on a tiny session:\n"
    );
    let names: Vec<&str> = COMMANDS.iter().map(|(n, _, _)| *n).collect();
    println!("| scale | file | {} |", names.join(" | "));
    println!("|---|---|{}", "---|".repeat(COMMANDS.len()));
    let mib = |kib: u64| kib as f64 / 1024.0;
    let cell = |r: Run| {
        format!(
            "{:.0} ms (CPU {:.0}), {:.1} MiB",
            r.wall.as_secs_f64() * 1000.0,
            r.cpu.as_secs_f64() * 1000.0,
            mib(r.peak)
        )
    };
    println!(
        "| tiny | 0 KiB | {} |",
        baseline
            .iter()
            .map(|&m| cell(m))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    for (i, scale) in scales.iter().enumerate() {
        let file_kib = texts[i].len() as f64 / 1024.0;
        let cells: Vec<String> = binary[i]
            .iter()
            .zip(&baseline)
            .map(|(&m, base)| {
                let over = m.peak.saturating_sub(base.peak) as f64 / file_kib;
                format!("{} ({over:.1}×)", cell(m))
            })
            .collect();
        println!(
            "| {scale}× | {} KiB | {} |",
            texts[i].len() / 1024,
            cells.join(" | ")
        );
    }

    // The edits against `check` on the same file, in the same rounds.
    let edits: Vec<usize> = (0..COMMANDS.len()).filter(|&c| COMMANDS[c].2).collect();
    let over_check = |i: usize, c: usize| {
        let times = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-9);
        let (check, edit) = (binary[i][0], binary[i][c]);
        (times(check.cpu, edit.cpu), times(check.wall, edit.wall))
    };
    println!(
        "\nThe edits over `check` on the same file (the medians above; CPU time, wall clock):\n"
    );
    println!(
        "| scale | {} |",
        edits
            .iter()
            .map(|&c| COMMANDS[c].0)
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|{}", "---|".repeat(edits.len()));
    for (i, scale) in scales.iter().enumerate() {
        let cells: Vec<String> = edits
            .iter()
            .map(|&c| {
                let (cpu, wall) = over_check(i, c);
                format!("{cpu:.2}× (wall {wall:.2}×)")
            })
            .collect();
        println!("| {scale}× | {} |", cells.join(" | "));
    }

    seed::print(&seed, seed_runs);
    series::print(&series, series_runs);

    // The targets.
    let slowest_1x = (0..OPERATIONS.len())
        .map(|op| at(0, op).wall.as_secs_f64() * 1000.0)
        .fold(0.0, f64::max);
    let growth = (1..scales.len())
        .flat_map(|i| (0..OPERATIONS.len()).map(move |op| (i, op)))
        .map(|(i, op)| at(i, op).cpu.as_secs_f64() / at(i - 1, op).cpu.as_secs_f64().max(1e-9))
        .fold(0.0, f64::max);
    // Memory grows linearly when each doubling of the file adds twice what the doubling
    // before it added (the file itself grew by twice as much): whatever does not grow with
    // the file — the program, its messages, templates compiled into memory the parser
    // freed — drops out of the differences, however large it is on a given machine.
    let memory_growth = (2..scales.len())
        .flat_map(|i| (0..COMMANDS.len()).map(move |c| (i, c)))
        .map(|(i, c)| {
            let peak = |s: usize| binary[s][c].peak as f64;
            (peak(i) - peak(i - 1)).max(1.0) / (peak(i - 1) - peak(i - 2)).max(1.0)
        })
        .fold(0.0, f64::max);
    let (slowest_edit, worst_edit) = edits
        .iter()
        .map(|&c| (COMMANDS[c].0, over_check(0, c).0))
        .fold(("", 0.0), |a, b| if b.1 > a.1 { b } else { a });
    let (largest_peak, peak_1x) = COMMANDS
        .iter()
        .zip(&binary[0])
        .map(|(&(name, _, _), r)| (name, mib(r.peak)))
        .fold(("", 0.0), |a, b| if b.1 > a.1 { b } else { a });
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
        "- memory at most {MAX_GROWTH}× per doubling (what a doubling adds over what the one \
         before added): largest {memory_growth:.2}× — {}",
        verdict(memory_growth <= MAX_GROWTH)
    );
    println!(
        "- peak memory of every command at 1× at most {MAX_MIB_AT_1X:.0} MiB: largest \
         {peak_1x:.1} MiB ({largest_peak}) — {}",
        verdict(peak_1x <= MAX_MIB_AT_1X)
    );
    println!(
        "- edits at 1× at most {MAX_EDIT_OVER_CHECK}× `check` on the same file (CPU time): \
         largest {worst_edit:.2}× ({slowest_edit}) — {}",
        verdict(worst_edit <= MAX_EDIT_OVER_CHECK)
    );
    println!("{}", seed::verdict(&seed));
    println!("{}", series::verdict(&series));
}
