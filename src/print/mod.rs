//! Printing to PDF, an output stage: a document's HTML is handed to a headless Chromium-family browser, with a time limit, and what comes back is checked to be a PDF.
//!
//! The renderers stay pure: they make the HTML in memory; this module writes it to a fresh
//! temporary folder (with the browser's own fresh profile beside it), runs the browser,
//! reads its PDF back and removes the folder. Writing the result is `write`'s.

pub mod browser;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How long one print may take before the browser is stopped.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The smallest file taken for a PDF of a document: Chromium's PDF of one empty page is
/// already larger.
const SMALLEST_PDF: usize = 600;

/// A browser that prints HTML to PDF.
#[derive(Debug, Clone)]
pub struct Printer {
    browser: PathBuf,
    timeout: Duration,
    /// Shown in hints: the HTML file to print by hand instead, e.g. `plan.html`.
    html_example: String,
}

/// Which browser is asked for, and by whom.
#[derive(Debug, Clone, Copy)]
pub enum Named<'a> {
    /// `--browser PATH`.
    Flag(&'a Path),
    /// `COWORK_BROWSER`.
    Variable(&'a Path),
    /// `browser = "…"` in `cowork.toml`.
    Config(&'a Path),
    /// `COWORK_BROWSER=none`: no printing at all.
    Off,
    /// None: the first of the usual ones found.
    None,
}

impl Printer {
    /// The browser `named` names (which must exist), else the first found on this machine;
    /// none is an error that says how to print the HTML from any browser instead.
    /// `COWORK_PRINT_TIMEOUT` (seconds) changes the time limit.
    pub fn find(named: Named<'_>, html_example: &str) -> Result<Printer> {
        let var = browser::environment;
        let found = match named {
            Named::Off => None,
            Named::Flag(path) | Named::Variable(path) | Named::Config(path) => {
                browser::first_file(browser::named(path, browser::Os::CURRENT, &var))
            }
            Named::None => browser::first_file(browser::candidates(browser::Os::CURRENT, &var)),
        };
        let Some(browser) = found else {
            let hint = crate::tr!("print-browser-missing-hint", html = html_example);
            return Err(match named {
                Named::Flag(path) => Error::input(
                    crate::tr!("print-browser-missing", browser = shown(path)),
                    Some(&hint),
                ),
                Named::Config(path) => Error::input(
                    crate::tr!("print-browser-missing-config", browser = shown(path)),
                    Some(&hint),
                ),
                Named::Variable(path) => Error::input(
                    crate::tr!("print-browser-missing-variable", browser = shown(path)),
                    Some(&hint),
                ),
                Named::None | Named::Off => Error::input(
                    crate::tr!("print-no-browser"),
                    Some(&crate::tr!("print-no-browser-hint", html = html_example)),
                ),
            });
        };
        let timeout = std::env::var("COWORK_PRINT_TIMEOUT")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map_or(TIMEOUT, Duration::from_secs);
        Ok(Printer {
            browser,
            timeout,
            html_example: html_example.to_string(),
        })
    }

    /// The browser this printer runs.
    pub fn browser(&self) -> &Path {
        &self.browser
    }

    /// `html` printed to PDF: its bytes, checked to be a PDF. The browser is stopped at the
    /// time limit; its temporary folder is removed whatever happens.
    pub fn print(&self, html: &str) -> Result<Vec<u8>> {
        let work = tempfile::Builder::new()
            .prefix("cowork-print-")
            .tempdir()
            .map_err(|e| self.failed(crate::tr!("print-temp-failed", reason = e.to_string())))?;
        let page = work.path().join("document.html");
        let pdf = work.path().join("document.pdf");
        let profile = work.path().join("profile");
        std::fs::write(&page, html)
            .map_err(|e| self.failed(crate::tr!("print-temp-failed", reason = e.to_string())))?;
        let mut command = Command::new(&self.browser);
        command
            .args(arguments(&profile, &pdf, &page, running_as_root()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = command.spawn().map_err(|e| {
            self.failed(crate::tr!(
                "print-start-failed",
                browser = shown(&self.browser),
                reason = crate::io_failure::cause(&e).reason
            ))
        })?;
        let deadline = Instant::now() + self.timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Ok(None) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(self.failed(crate::tr!(
                        "print-timeout",
                        browser = shown(&self.browser),
                        seconds = self.timeout.as_secs()
                    )));
                }
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(self.failed(crate::tr!(
                        "print-start-failed",
                        browser = shown(&self.browser),
                        reason = crate::io_failure::cause(&e).reason
                    )));
                }
            }
        };
        if !status.success() {
            let code = status
                .code()
                .map_or_else(|| "?".to_string(), |c| c.to_string());
            return Err(self.failed(crate::tr!(
                "print-failed",
                browser = shown(&self.browser),
                code = code
            )));
        }
        let bytes = std::fs::read(&pdf).unwrap_or_default();
        if !is_pdf(&bytes) {
            return Err(self.failed(crate::tr!("print-not-pdf", browser = shown(&self.browser))));
        }
        Ok(bytes)
    }

    fn failed(&self, message: String) -> Error {
        Error::input(
            message,
            Some(&crate::tr!(
                "print-failed-hint",
                html = self.html_example.as_str()
            )),
        )
    }
}

/// The browser's command line: headless, nothing fetched, synced or remembered, a fresh
/// profile, no header or footer on the pages; `--no-sandbox` only for root, whom Chromium
/// refuses to sandbox.
fn arguments(profile: &Path, pdf: &Path, page: &Path, root: bool) -> Vec<String> {
    let mut args: Vec<String> = [
        "--headless",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-pdf-header-footer",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    if root {
        args.push("--no-sandbox".to_string());
    }
    args.push(format!("--user-data-dir={}", profile.display()));
    args.push(format!("--print-to-pdf={}", pdf.display()));
    args.push(file_url(page));
    args
}

/// Whether this process runs as root (Linux), where Chromium's sandbox cannot start.
fn running_as_root() -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

/// Sets the creation and modification dates a browser writes into a PDF to `date`
/// (`YYYYMMDD`, midnight), in place and at the same length, so the same document prints to
/// the same bytes (the archive commits nothing when nothing changed).
pub fn settle_dates(pdf: &mut [u8], date: chrono::NaiveDate) {
    let stamp = format!("{}000000", date.format("%Y%m%d"));
    for key in [&b"/CreationDate (D:"[..], &b"/ModDate (D:"[..]] {
        let mut from = 0;
        while let Some(at) = find(&pdf[from..], key).map(|i| from + i + key.len()) {
            let digits = pdf[at..]
                .iter()
                .take(14)
                .take_while(|b| b.is_ascii_digit())
                .count();
            if digits == 14 {
                pdf[at..at + 14].copy_from_slice(stamp.as_bytes());
            }
            from = at;
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Whether `bytes` look like a whole PDF: the `%PDF-` header, more than a trivial size,
/// and `%%EOF` near the end (a cut-off file has none).
pub fn is_pdf(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    bytes.starts_with(b"%PDF-")
        && bytes.len() >= SMALLEST_PDF
        && tail.windows(5).any(|w| w == b"%%EOF")
}

/// The `file://` URL of an absolute path of this system.
pub fn file_url(path: &Path) -> String {
    file_url_of(&path.to_string_lossy(), cfg!(windows))
}

/// The `file://` URL of an absolute path written as `path` (with Windows' rules when
/// `windows`): `C:\Users\Мария\a b.html` → `file:///C:/Users/%D0%9C…/a%20b.html`; a UNC
/// path `\\server\share\x` → `file://server/share/x`; `\\?\` prefixes dropped. Every byte
/// but the unreserved characters and `/` is percent-encoded, UTF-8 first.
pub fn file_url_of(path: &str, windows: bool) -> String {
    let mut rest = path.to_string();
    if windows {
        rest = rest.replace('\\', "/");
        if let Some(unc) = rest.strip_prefix("//?/UNC/") {
            rest = format!("//{unc}");
        } else if let Some(local) = rest.strip_prefix("//?/") {
            rest = local.to_string();
        }
        if let Some(unc) = rest.strip_prefix("//") {
            let (server, tail) = unc.split_once('/').unwrap_or((unc, ""));
            return format!("file://{}/{}", encode(server, false), encode(tail, true));
        }
        if !rest.starts_with('/') {
            rest.insert(0, '/');
        }
    } else if !rest.starts_with('/') {
        rest.insert(0, '/');
    }
    format!("file://{}", encode(&rest, true))
}

/// Percent-encoding of a URL path; `:` is kept (a drive letter).
fn encode(text: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let plain = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~' | b':')
            || (keep_slash && byte == b'/');
        if plain {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn shown(path: &Path) -> String {
    crate::render::terminal_text::inline(&path.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_of_unix_and_windows_paths() {
        for (path, windows, url) in [
            (
                "/tmp/cowork-print-1/document.html",
                false,
                "file:///tmp/cowork-print-1/document.html",
            ),
            ("/tmp/a b#?%.html", false, "file:///tmp/a%20b%23%3F%25.html"),
            (
                r"C:\Users\Мария\AppData\Local\Temp\d.html",
                true,
                "file:///C:/Users/%D0%9C%D0%B0%D1%80%D0%B8%D1%8F/AppData/Local/Temp/d.html",
            ),
            (r"\\?\C:\Temp\d.html", true, "file:///C:/Temp/d.html"),
            (r"\\server\share\d.html", true, "file://server/share/d.html"),
            (
                r"\\?\UNC\server\share\d.html",
                true,
                "file://server/share/d.html",
            ),
        ] {
            assert_eq!(file_url_of(path, windows), url, "{path}");
        }
    }

    #[test]
    fn the_dates_of_a_pdf_are_settled_in_place() {
        let mut pdf =
            b"<</CreationDate (D:20261202171415+00'00')\n/ModDate (D:20261202171415+00'00')>>"
                .to_vec();
        let length = pdf.len();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date");
        settle_dates(&mut pdf, date);
        assert_eq!(pdf.len(), length);
        assert_eq!(
            String::from_utf8_lossy(&pdf),
            "<</CreationDate (D:20261203000000+00'00')\n/ModDate (D:20261203000000+00'00')>>"
        );
    }

    #[test]
    fn only_a_whole_pdf_is_a_pdf() {
        let mut whole = b"%PDF-1.4\n".to_vec();
        whole.extend(std::iter::repeat_n(b'x', 2000));
        whole.extend(b"\n%%EOF\n");
        assert!(is_pdf(&whole));
        assert!(!is_pdf(&whole[..whole.len() - 7]), "cut off");
        assert!(!is_pdf(b"%PDF-1.4\n%%EOF\n"), "too small");
        let mut html = b"<html>".to_vec();
        html.extend(&whole[6..]);
        assert!(!is_pdf(&html), "no header");
    }

    #[test]
    fn the_sandbox_is_left_on_except_for_root() {
        let args = |root| {
            arguments(
                Path::new("p"),
                Path::new("o.pdf"),
                Path::new("/d.html"),
                root,
            )
        };
        assert!(!args(false).iter().any(|a| a == "--no-sandbox"));
        assert!(args(true).iter().any(|a| a == "--no-sandbox"));
        let all = args(false);
        assert!(all.contains(&"--headless".to_string()));
        assert!(all.contains(&"--print-to-pdf=o.pdf".to_string()));
        assert_eq!(all.last().map(String::as_str), Some("file:///d.html"));
    }
}
