//! Build script: links the `cowork` program on Linux as a position-dependent executable.
//!
//! A position-independent executable is relocated by the dynamic loader at every start:
//! for this program some 44,000 pointers in 1.2 MiB of tables (vtables, panic locations,
//! string tables), which the loader writes page by page before `main` runs. That was half
//! of all the page faults of a seed-sized `cowork agenda` and about a millisecond of its
//! start. Linked with `-no-pie` the linker fills those pointers in once, and the pages are
//! read from the file only when used. The code stays position-independent (only the link
//! changes); shared libraries, the heap and the stack are still placed at random, only the
//! program's own addresses are fixed.
//!
//! Left as it is: Windows, macOS, musl, a static build (`-C target-feature=+crt-static`,
//! which rustc links as a static PIE, and `-no-pie` would break), and any build with
//! `COWORK_PIE` set (for a distribution that wants every program PIE, or a C compiler older
//! than GCC 6, which does not know `-no-pie`).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=COWORK_PIE");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let static_build = var("CARGO_CFG_TARGET_FEATURE")
        .split(',')
        .any(|f| f == "crt-static");
    if var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && !static_build
        && std::env::var_os("COWORK_PIE").is_none()
    {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
