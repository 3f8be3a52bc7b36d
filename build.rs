//! Build script: links the `cowork` program on Linux as a position-dependent executable.
//!
//! A position-independent executable is relocated by the dynamic loader at every start:
//! for this program some 44,000 pointers in 1.2 MiB of tables (vtables, panic locations,
//! string tables), which the loader writes page by page before `main` runs. That was half
//! of all the page faults of a seed-sized `cowork agenda` and about a millisecond of its
//! start. Linked with `-no-pie` the linker fills those pointers in once, and the pages are
//! read from the file only when used. The code stays position-independent (only the link
//! changes), shared libraries, the heap and the stack are still placed at random; only the
//! program's own addresses are fixed. Windows and macOS are left as they are.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os == "linux" && target_env == "gnu" {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
