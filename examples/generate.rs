//! Writes a city-scale session file to stdout, the one the benchmark measures:
//! `cargo run --release --example generate -- --scale 1 > city.toml`.

#[path = "../benches/city/generate.rs"]
mod generate;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: generate [--scale N]   (N ≥ 1; 1 = 1,000 participants, 600 activities)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scale = match args.as_slice() {
        [] => 1,
        [flag, n] if flag == "--scale" => match n.parse::<usize>() {
            Ok(n) if n >= 1 => n,
            _ => {
                eprintln!("error: --scale takes a whole number from 1 up, not {n:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = generate::city_session(scale);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the file: {e}");
            ExitCode::from(1)
        }
    }
}
