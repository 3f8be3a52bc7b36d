//! The seed-sized scenario: `agenda --format html` on each shipped example session, end to
//! end, against a hello-world process — the floor any program pays to start, load and
//! exit on this machine. The hello-world is compiled at bench time with the `rustc` that
//! builds the benchmark (`$RUSTC`, else the one on `PATH`), optimised, into the bench's
//! temporary folder: nothing to keep in step in the repository, and the same toolchain.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// The most the seed-sized agenda may take: this many hello-world processes.
pub const TARGET: f64 = 2.5;

/// The shipped example sessions, each measured alone in a folder of its own.
const EXAMPLES: [&str; 3] = [
    "grazhdansko-patrioticheskoe.toml",
    "detskij-sad-my-vmeste.toml",
    "english-game-based-learning.toml",
];

const ARGS: [&str; 3] = ["agenda", "--format", "html"];

/// One program's medians.
pub struct Measured {
    pub name: String,
    pub size: usize,
    pub run: super::Run,
}

/// Compiles the hello-world into `dir`; returns its path.
fn hello_world(dir: &Path) -> String {
    let source = dir.join("hello.rs");
    std::fs::write(
        &source,
        "fn main() {\n    println!(\"Hello, world!\");\n}\n",
    )
    .expect("the hello-world source is written");
    let exe = dir.join("hello");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(&rustc)
        .args(["--edition", "2021", "-C", "opt-level=3", "-o"])
        .arg(&exe)
        .arg(&source)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{} cannot run to build the hello-world: {e}",
                rustc.display()
            )
        });
    assert!(
        out.status.success(),
        "the hello-world does not compile:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    exe.to_string_lossy().into_owned()
}

/// The hello-world first, then each example; all alternating, `runs` times, medians.
pub fn measure(dir: &Path, runs: usize) -> Vec<Measured> {
    let dir = dir.join("seed");
    std::fs::create_dir(&dir).expect("a folder");
    let hello = hello_world(&dir);
    let mut programs: Vec<(String, usize, Vec<String>)> =
        vec![("hello-world".to_string(), 0, vec![hello])];
    for name in EXAMPLES {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples")
                .join(name),
        )
        .expect("a shipped example session");
        let folder = dir.join(name.trim_end_matches(".toml"));
        std::fs::create_dir(&folder).expect("a folder");
        let file = folder.join(name);
        std::fs::write(&file, &text).expect("the example is written");
        let mut argv = vec![super::COWORK.to_string(), ARGS[0].to_string()];
        argv.push(file.to_string_lossy().into_owned());
        argv.extend(ARGS[1..].iter().map(|a| a.to_string()));
        programs.push((format!("`{name}`"), text.len(), argv));
    }
    let mut samples: Vec<Vec<super::Run>> = vec![Vec::new(); programs.len()];
    for run in 0..runs + 1 {
        for ((_, _, argv), out) in programs.iter().zip(&mut samples) {
            let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
            let measured = super::run_binary(&dir, &argv);
            if run > 0 {
                // the first round only warms the page cache
                out.push(measured);
            }
        }
    }
    programs
        .into_iter()
        .zip(samples)
        .map(|((name, size, _), runs)| Measured {
            name,
            size,
            run: super::medians(&runs),
        })
        .collect()
}

/// Each example over the hello-world: wall clock, CPU time.
fn ratio(hello: &Measured, m: &Measured) -> (f64, f64) {
    let times = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-9);
    (
        times(hello.run.wall, m.run.wall),
        times(hello.run.cpu, m.run.cpu),
    )
}

/// The table of the scenario.
pub fn print(measured: &[Measured], runs: usize) {
    println!(
        "\nSeed-sized: `cowork agenda FILE --format html` on each shipped example, alone in its \
         folder, against a hello-world process (median of {runs} runs, alternating):\n"
    );
    println!("| program | file | wall clock (CPU) | peak memory | × hello-world (CPU) |");
    println!("|---|---|---|---|---|");
    let hello = &measured[0];
    for m in measured {
        println!(
            "| {} | {} | {:.1} ms ({:.1}) | {:.1} MiB | {:.2}× ({:.2}×) |",
            m.name,
            if m.size == 0 {
                String::new()
            } else {
                format!("{:.0} KiB", m.size as f64 / 1024.0)
            },
            m.run.wall.as_secs_f64() * 1000.0,
            m.run.cpu.as_secs_f64() * 1000.0,
            m.run.peak as f64 / 1024.0,
            ratio(hello, m).0,
            ratio(hello, m).1
        );
    }
}

/// The target line, for the list of targets.
pub fn verdict(measured: &[Measured]) -> String {
    let hello = &measured[0];
    let worst = measured[1..]
        .iter()
        .map(|m| ratio(hello, m).0)
        .fold(0.0, f64::max);
    format!(
        "- seed-sized `agenda --format html` at most {TARGET}× a hello-world process (wall \
         clock, the largest of the shipped examples): {worst:.2}× ({:.1} ms against {:.1} ms) — {}",
        measured[1..]
            .iter()
            .map(|m| m.run.wall)
            .max()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0,
        hello.run.wall.as_secs_f64() * 1000.0,
        if worst <= TARGET { "met" } else { "MISSED" }
    )
}
