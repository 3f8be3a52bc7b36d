//! Printing proven in a real browser: an HTML file printed to A4 PDF by headless Chromium and read back page by page with poppler.
//!
//! ```ignore
//! let Some(printed) = Printed::of(&html) else { return }; // skipped, loudly
//! assert_eq!(printed.pages.len(), 2);
//! assert!(printed.begins_page("День 2"));
//! printed.assert_no_page_ends_in_a_heading();
//! ```
//!
//! The programs: Chromium (`chromium`, `chromium-browser` or `google-chrome` on `PATH`, or
//! the one `COWORK_TEST_CHROMIUM` names) and poppler's `pdfinfo` and `pdftotext` (Debian:
//! `apt-get install chromium poppler-utils`). When one is missing, [`Printed::of`] says so
//! loudly on stderr and returns `None`, so the test passes without proving anything — unless
//! `COWORK_REQUIRE_PRINT=1` is set (as `.ci/run` does), which makes a missing program a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Chromium is killed when one print takes longer than this.
const PRINT_TIMEOUT: Duration = Duration::from_secs(60);

/// Where the printable area of an A4 page ends on the right, in points: 210 mm less the
/// 10 mm right margin of `style.css` (566.9 pt), and a point for rounding.
pub const RIGHT_EDGE: u32 = 568;

/// The programs a print needs, found once per test run.
struct Tools {
    chromium: PathBuf,
    pdfinfo: PathBuf,
    pdftotext: PathBuf,
}

/// The first of `names` that is a file in one of the `PATH` folders.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// The tools, or the name of the first one missing.
fn find_tools() -> Result<Tools, String> {
    let chromium = match std::env::var_os("COWORK_TEST_CHROMIUM") {
        Some(named) => {
            let named = PathBuf::from(named);
            if named.is_file() {
                Some(named)
            } else {
                on_path(&[&named.to_string_lossy()])
            }
        }
        None => on_path(&["chromium", "chromium-browser", "google-chrome"]),
    }
    .ok_or("chromium")?;
    let pdfinfo = on_path(&["pdfinfo"]).ok_or("pdfinfo")?;
    let pdftotext = on_path(&["pdftotext"]).ok_or("pdftotext")?;
    Ok(Tools {
        chromium,
        pdfinfo,
        pdftotext,
    })
}

fn tools() -> Option<&'static Tools> {
    static TOOLS: OnceLock<Result<Tools, String>> = OnceLock::new();
    match TOOLS.get_or_init(find_tools) {
        Ok(tools) => Some(tools),
        Err(missing) => {
            let message = format!(
                "PRINT TESTS SKIPPED: {missing} not found (apt-get install chromium poppler-utils)"
            );
            if std::env::var_os("COWORK_REQUIRE_PRINT").is_some_and(|v| v == "1") {
                panic!("{message}, and COWORK_REQUIRE_PRINT=1 requires them");
            }
            eprintln!("\n*** {message} ***\n");
            None
        }
    }
}

/// Runs `command` to its end, killing it after [`PRINT_TIMEOUT`]; its stdout.
fn run(mut command: Command, what: &str) -> String {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    // Read the pipes on threads, so a talkative program cannot block on a full pipe.
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out = std::thread::spawn(move || {
        let mut text = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut text).ok();
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut text).ok();
        text
    });
    let deadline = Instant::now() + PRINT_TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                child.kill().ok();
                child.wait().ok();
                panic!("{what} took longer than {PRINT_TIMEOUT:?} and was killed");
            }
            Err(e) => panic!("cannot wait for {what}: {e}"),
        }
    };
    let out = out.join().unwrap_or_default();
    let err = err.join().unwrap_or_default();
    if !status.success() {
        panic!(
            "{what} failed ({status}):\n{}",
            String::from_utf8_lossy(&err)
        );
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Text compared as a reader sees it: every run of whitespace (the non-breaking space
/// included) one space, trimmed.
pub fn normalize(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An HTML document as printed: its pages' text and the headings it has.
pub struct Printed {
    /// The text of each page as `pdftotext -layout` gives it (columns side by side).
    pub pages: Vec<String>,
    /// The text of each page in reading order (`pdftotext` without `-layout`): a table
    /// cell's lines follow one another, so text wrapped inside a cell can be found whole.
    /// Only what lies left of the right margin ([`RIGHT_EDGE`]) is read: text that ran off
    /// the page, or into its right margin, is missing here.
    pub flow: Vec<String>,
    /// The text of every `<h1>`–`<h3>` of the HTML, normalised.
    pub headings: Vec<String>,
    /// Which file this is, for messages.
    pub name: String,
}

/// The Chromium the print tests use, or `None` after the loud skip (see [`Printed::of`]).
pub fn chromium() -> Option<PathBuf> {
    tools().map(|t| t.chromium.clone())
}

/// The text of each page of a PDF file (`pdftotext -layout`), or `None` after the loud skip.
pub fn pdf_pages(pdf: &Path) -> Option<Vec<String>> {
    let tools = tools()?;
    let mut info = Command::new(&tools.pdfinfo);
    info.arg(pdf);
    let info = run(info, "pdfinfo");
    let count: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gave no page count:\n{info}"));
    let pages = (1..=count)
        .map(|n| {
            let mut cmd = Command::new(&tools.pdftotext);
            cmd.args([
                "-layout",
                "-enc",
                "UTF-8",
                "-f",
                &n.to_string(),
                "-l",
                &n.to_string(),
            ])
            .arg(pdf)
            .arg("-");
            run(cmd, "pdftotext")
        })
        .collect();
    Some(pages)
}

impl Printed {
    /// Prints `html` to PDF in headless Chromium and reads it back; `None` (after a loud
    /// message) when the programs are missing and not required.
    pub fn of(html: &Path) -> Option<Printed> {
        let tools = tools()?;
        let html = html
            .canonicalize()
            .unwrap_or_else(|e| panic!("cannot find {}: {e}", html.display()));
        let work = tempfile::Builder::new()
            .prefix("cowork-print-")
            .tempdir()
            .expect("cannot create a temporary directory");
        let pdf = work.path().join("out.pdf");
        let profile = work.path().join("profile");
        let mut chromium = Command::new(&tools.chromium);
        chromium
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(file_url(&html))
            .env("HOME", work.path());
        run(chromium, "chromium");
        assert!(
            pdf.is_file(),
            "chromium wrote no PDF for {}",
            html.display()
        );

        let mut info = Command::new(&tools.pdfinfo);
        info.arg(&pdf);
        let info = run(info, "pdfinfo");
        let count: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("pdfinfo gave no page count:\n{info}"));
        let page_text = |n: usize, layout: bool| {
            let mut cmd = Command::new(&tools.pdftotext);
            if layout {
                cmd.arg("-layout");
            } else {
                cmd.args([
                    "-x",
                    "0",
                    "-y",
                    "0",
                    "-W",
                    &RIGHT_EDGE.to_string(),
                    "-H",
                    "842",
                ]);
            }
            cmd.args(["-enc", "UTF-8", "-f", &n.to_string(), "-l", &n.to_string()])
                .arg(&pdf)
                .arg("-");
            run(cmd, "pdftotext")
        };
        let pages = (1..=count).map(|n| page_text(n, true)).collect();
        let flow = (1..=count).map(|n| page_text(n, false)).collect();
        let source = std::fs::read_to_string(&html)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", html.display()));
        Some(Printed {
            pages,
            flow,
            headings: headings(&source),
            name: html
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        })
    }

    /// The number of the first page (from 1) whose text holds `text`, compared normalised.
    pub fn page_of(&self, text: &str) -> Option<usize> {
        let want = normalize(text);
        self.pages
            .iter()
            .zip(&self.flow)
            .position(|(layout, flow)| {
                normalize(layout).contains(&want) || normalize(flow).contains(&want)
            })
            .map(|i| i + 1)
    }

    /// Whether `text` is the start of a page: the first non-empty line of some page.
    pub fn begins_page(&self, text: &str) -> bool {
        let want = normalize(text);
        self.pages
            .iter()
            .any(|page| first_line(page).is_some_and(|l| normalize(l).starts_with(&want)))
    }

    /// The pages (from 1) whose last non-empty line is (the end of) a heading of the document.
    pub fn pages_ending_in_a_heading(&self) -> Vec<(usize, String)> {
        self.pages
            .iter()
            .enumerate()
            .filter_map(|(i, page)| {
                let last = normalize(last_line(page)?);
                self.headings
                    .iter()
                    .any(|h| *h == last || (h.ends_with(&last) && last.chars().count() >= 8))
                    .then_some((i + 1, last))
            })
            .collect()
    }

    /// Fails when a page ends in a heading.
    #[track_caller]
    pub fn assert_no_page_ends_in_a_heading(&self) {
        let orphans = self.pages_ending_in_a_heading();
        assert!(
            orphans.is_empty(),
            "{}: pages ending in a heading: {orphans:?}\n{}",
            self.name,
            self.dump()
        );
    }

    /// Whether `text` is on the pages left of the right margin, whitespace, line breaks and
    /// hyphens inside it ignored: text wrapped in a narrow table cell (`pdftotext` takes a
    /// hyphen at the end of a line for a word's hyphenation and drops it).
    pub fn contains_unbroken(&self, text: &str) -> bool {
        let squeeze = |s: &str| {
            s.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect::<String>()
        };
        let want = squeeze(text);
        self.flow.iter().any(|page| squeeze(page).contains(&want))
    }

    /// Every page's text, for failure messages.
    pub fn dump(&self) -> String {
        self.pages
            .iter()
            .enumerate()
            .map(|(i, p)| format!("──── page {} ────\n{p}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The first non-empty line of a page's text.
pub fn first_line(page: &str) -> Option<&str> {
    page.lines().map(str::trim).find(|l| !l.is_empty())
}

/// The last non-empty line of a page's text (a form feed is no text).
pub fn last_line(page: &str) -> Option<&str> {
    page.lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}'))
        .rfind(|l| !l.is_empty())
}

/// `file://` URL of an absolute path.
fn file_url(path: &Path) -> String {
    let shown = path.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !shown.starts_with('/') {
        url.push('/');
    }
    for c in shown.chars() {
        match c {
            ' ' => url.push_str("%20"),
            '#' => url.push_str("%23"),
            '?' => url.push_str("%3F"),
            '%' => url.push_str("%25"),
            c => url.push(c),
        }
    }
    url
}

/// The text of every `<h1>`, `<h2>` and `<h3>` of an HTML text: tags dropped, entities
/// decoded, whitespace normalised.
pub fn headings(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut at = 0;
    while let Some(open) = lower[at..].find("<h").map(|i| at + i) {
        let level = lower.as_bytes().get(open + 2).copied();
        let after = lower.as_bytes().get(open + 3).copied();
        at = open + 2;
        if !matches!(level, Some(b'1'..=b'3')) || !matches!(after, Some(b'>' | b' ')) {
            continue;
        }
        let close_tag = format!("</h{}", level.map(char::from).unwrap_or('1'));
        let Some(start) = lower[open..].find('>').map(|i| open + i + 1) else {
            break;
        };
        let Some(end) = lower[start..].find(&close_tag).map(|i| start + i) else {
            break;
        };
        found.push(normalize(&decode(&strip_tags(&html[start..end]))));
        at = end;
    }
    found
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The entities tera's escaping writes, and numeric ones.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn headings_are_read_from_html() {
    let html = "<h1>План</h1><p>x</p><h2 class=\"d\">День 1 &#x2F; 3&nbsp;декабря <span>x</span></h2><h4>no</h4><header>";
    assert_eq!(headings(html), vec!["План", "День 1 / 3 декабря x"]);
    assert_eq!(last_line("a\n  b  \n\n\u{c}"), Some("b"));
}
