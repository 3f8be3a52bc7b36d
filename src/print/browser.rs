//! Where a Chromium-family browser is: the program `--browser` or `cowork.toml` names, else the first of the usual ones found on this machine.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The family of operating system the usual places are those of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Windows,
    Mac,
    /// Linux and the other Unix systems: the browsers are programs on `PATH`.
    Other,
}

impl Os {
    /// The system this program runs on.
    pub const CURRENT: Os = if cfg!(windows) {
        Os::Windows
    } else if cfg!(target_os = "macos") {
        Os::Mac
    } else {
        Os::Other
    };
}

/// The programs looked for on `PATH`, in order (on Windows with `.exe`).
pub const ON_PATH: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
];

/// Where Windows installs Microsoft Edge and Google Chrome, under which folder variable;
/// Edge first, since every Windows 10 and 11 has it.
pub const WINDOWS_INSTALLS: &[(&str, &str)] = &[
    (
        "ProgramFiles(x86)",
        r"Microsoft\Edge\Application\msedge.exe",
    ),
    ("ProgramFiles", r"Microsoft\Edge\Application\msedge.exe"),
    ("LocalAppData", r"Microsoft\Edge\Application\msedge.exe"),
    ("ProgramFiles", r"Google\Chrome\Application\chrome.exe"),
    ("ProgramFiles(x86)", r"Google\Chrome\Application\chrome.exe"),
    ("LocalAppData", r"Google\Chrome\Application\chrome.exe"),
];

/// Where macOS keeps them.
pub const MACOS_APPS: &[&str] = &[
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/// Every place a browser may be, in the order they are tried, on `os` with the
/// environment `var` gives (`PATH`, `ProgramFiles`…). Nothing is looked at on disk here.
pub fn candidates(os: Os, var: &dyn Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if os == Os::Windows {
        for (folder, program) in WINDOWS_INSTALLS {
            if let Some(base) = var(folder).filter(|b| !b.is_empty()) {
                found.push(windows_join(&base, program));
            }
        }
        for name in ["msedge", "chrome", "chromium"] {
            found.extend(on_path(name, os, var));
        }
        return found;
    }
    if os == Os::Mac {
        found.extend(MACOS_APPS.iter().map(PathBuf::from));
    }
    for name in ON_PATH {
        found.extend(on_path(name, os, var));
    }
    found
}

/// The places the program `named` may be: a bare name (`chromium`, `msedge`) is looked for
/// on `PATH`; a path is itself.
pub fn named(named: &Path, os: Os, var: &dyn Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    let bare = named.components().count() == 1 && !named.is_absolute();
    if bare && let Some(name) = named.to_str() {
        let mut found = on_path(name, os, var);
        found.push(named.to_path_buf());
        return found;
    }
    vec![named.to_path_buf()]
}

/// `name` in each folder of `PATH` (with `.exe` on Windows when it has no extension).
fn on_path(name: &str, os: Os, var: &dyn Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    let Some(path) = var("PATH") else {
        return Vec::new();
    };
    let file = if os == Os::Windows && Path::new(name).extension().is_none() {
        format!("{name}.exe")
    } else {
        name.to_string()
    };
    std::env::split_paths(&path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(&file))
        .collect()
}

/// `base\program` with Windows separators, whatever system this runs on (so it is tested
/// everywhere).
fn windows_join(base: &OsString, program: &str) -> PathBuf {
    let mut path = base.clone();
    if !base.to_string_lossy().ends_with('\\') {
        path.push("\\");
    }
    path.push(program);
    PathBuf::from(path)
}

/// The first of `places` that is a file.
pub fn first_file(places: Vec<PathBuf>) -> Option<PathBuf> {
    places.into_iter().find(|p| p.is_file())
}

/// This process's environment, for [`candidates`] and [`named`].
pub fn environment(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn windows_looks_in_the_install_folders_edge_first() {
        let var = env(&[
            ("ProgramFiles(x86)", r"C:\Program Files (x86)"),
            ("ProgramFiles", r"C:\Program Files"),
            ("LocalAppData", r"C:\Users\Мария\AppData\Local\"),
        ]);
        let places: Vec<String> = candidates(Os::Windows, &var)
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            places,
            [
                r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
                r"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
                r"C:\Users\Мария\AppData\Local\Microsoft\Edge\Application\msedge.exe",
                r"C:\Program Files\Google\Chrome\Application\chrome.exe",
                r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
                r"C:\Users\Мария\AppData\Local\Google\Chrome\Application\chrome.exe",
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn linux_looks_on_path_in_order() {
        let var = env(&[("PATH", "/usr/local/bin:/usr/bin")]);
        let places = candidates(Os::Other, &var);
        assert_eq!(places[0], PathBuf::from("/usr/local/bin/chromium"));
        assert_eq!(places[1], PathBuf::from("/usr/bin/chromium"));
        assert_eq!(places[2], PathBuf::from("/usr/local/bin/chromium-browser"));
        assert_eq!(places.len(), 2 * ON_PATH.len());
        let mac = candidates(Os::Mac, &var);
        assert_eq!(mac[0], PathBuf::from(MACOS_APPS[0]));
        assert!(candidates(Os::Other, &env(&[])).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_bare_name_is_looked_for_on_path_and_a_path_is_itself() {
        let var = env(&[("PATH", "/opt/bin")]);
        assert_eq!(
            named(Path::new("chromium"), Os::Other, &var),
            [
                PathBuf::from("/opt/bin/chromium"),
                PathBuf::from("chromium")
            ]
        );
        assert_eq!(
            named(Path::new("./chromium"), Os::Other, &var),
            [PathBuf::from("./chromium")]
        );
        assert_eq!(
            named(Path::new("msedge"), Os::Windows, &var),
            [
                PathBuf::from("/opt/bin/msedge.exe"),
                PathBuf::from("msedge")
            ]
        );
    }
}
