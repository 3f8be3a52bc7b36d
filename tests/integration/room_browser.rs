//! The room's pages in a real browser: headless Chromium driven through WebDriver
//! (`chromedriver`) adds a point from the phones' page, votes, sees the board follow without
//! a reload, filters the door's list as it is typed and checks someone in; and, with
//! JavaScript turned off, the phones' form still adds a point.
//!
//! Without `chromedriver` and Chromium these tests pass after a loud "BROWSER TESTS SKIPPED"
//! on stderr; `.ci/run` installs both (`apt-get install chromium chromium-driver`) and sets
//! `COWORK_REQUIRE_BROWSER=1`, under which a missing program fails them.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::common::fixture_text;
use crate::common::room::Server;

/// How long anything the browser is waiting for may take (the live board's promise is 5 s).
const WITHIN: Duration = Duration::from_secs(5);

/// The first of `names` that is a file in one of the `PATH` folders.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Chromium and its WebDriver, or `None` after saying loudly that the tests are skipped
/// (a failure under `COWORK_REQUIRE_BROWSER=1`).
fn tools() -> Option<(PathBuf, PathBuf)> {
    let chromium = std::env::var_os("COWORK_TEST_CHROMIUM")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| on_path(&["chromium", "chromium-browser", "google-chrome"]));
    let driver = on_path(&["chromedriver"]);
    match (chromium, driver) {
        (Some(chromium), Some(driver)) => Some((chromium, driver)),
        (chromium, _) => {
            let missing = if chromium.is_none() {
                "chromium"
            } else {
                "chromedriver"
            };
            let message = format!(
                "BROWSER TESTS SKIPPED: {missing} not found (apt-get install chromium \
                 chromium-driver)"
            );
            if std::env::var_os("COWORK_REQUIRE_BROWSER").is_some_and(|v| v == "1") {
                panic!("{message}, and COWORK_REQUIRE_BROWSER=1 requires them");
            }
            eprintln!("\n{}\n{message}\n{}\n", "=".repeat(72), "=".repeat(72));
            None
        }
    }
}

/// A running `chromedriver` on a free loopback port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
    chromium: PathBuf,
}

impl Driver {
    fn start() -> Option<Driver> {
        let (chromium, driver) = tools()?;
        let port = TcpListener::bind(("127.0.0.1", 0))
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let driver = Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            chromium,
        };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not listen on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(driver)
    }

    /// A new headless browser; `javascript: false` turns scripts off in it.
    async fn browser(&self, javascript: bool) -> Client {
        let mut options = json!({
            "binary": self.chromium,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=800,1000",
            ],
        });
        if !javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("a browser session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The fixture served from a folder of its own.
fn room() -> (tempfile::TempDir, PathBuf, Server) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.toml");
    std::fs::write(&file, fixture_text("commented.toml")).unwrap();
    let server = Server::start(dir.path(), "s.toml", None);
    (dir, file, server)
}

fn url(server: &Server, path: &str, token: &str) -> String {
    format!("http://127.0.0.1:{}{path}?t={token}", server.port)
}

/// Runs an async test body to its end on a runtime of its own.
fn block_on(test: impl std::future::Future<Output = ()>) {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(test);
}

/// Waits until `ready` holds (it is asked again every 100 ms), failing with `what` after
/// [`WITHIN`].
async fn eventually<F, Fut>(what: &str, mut ready: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<bool, String>>,
{
    let started = Instant::now();
    let mut last = String::new();
    loop {
        match ready().await {
            Ok(true) => return,
            Ok(false) => {}
            Err(e) => last = e,
        }
        assert!(
            started.elapsed() < WITHIN,
            "{what}: not within {WITHIN:?} {last}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The text of the first element `css` finds, if any.
async fn text_of(browser: &Client, css: &str) -> Result<String, String> {
    let element = browser
        .find(Locator::Css(css))
        .await
        .map_err(|e| format!("{css}: {e}"))?;
    element.text().await.map_err(|e| format!("{css}: {e}"))
}

/// The votes shown for the point whose text is `text` in the list `list` (a CSS selector).
async fn votes_of(browser: &Client, list: &str, text: &str) -> Result<Option<String>, String> {
    let failed = |e: fantoccini::error::CmdError| e.to_string();
    let points = browser
        .find_all(Locator::Css(&format!("{list} li.point")))
        .await
        .map_err(failed)?;
    for point in points {
        let shown = point
            .find(Locator::Css(".point-text"))
            .await
            .map_err(failed)?;
        if shown.text().await.map_err(failed)? == text {
            let votes = point
                .find(Locator::Css(".point-votes"))
                .await
                .map_err(failed)?;
            return votes.text().await.map(Some).map_err(failed);
        }
    }
    Ok(None)
}

/// The `data-ref` of every `li.person` the door shows.
async fn people_shown(browser: &Client) -> Result<Vec<String>, String> {
    let failed = |e: fantoccini::error::CmdError| e.to_string();
    let mut shown = Vec::new();
    for person in browser
        .find_all(Locator::Css("li.person"))
        .await
        .map_err(failed)?
    {
        if person.is_displayed().await.map_err(failed)? {
            shown.push(
                person
                    .attr("data-ref")
                    .await
                    .map_err(failed)?
                    .unwrap_or_default(),
            );
        }
    }
    Ok(shown)
}

/// Adds a point of `kind` from the phones' page open in `browser`, through its form.
async fn add_point(browser: &Client, kind: &str, text: &str) {
    browser
        .find(Locator::Css(&format!("input[name=kind][value={kind}]")))
        .await
        .expect("the kind's radio button")
        .click()
        .await
        .unwrap();
    browser
        .find(Locator::Id("point-text"))
        .await
        .expect("#point-text")
        .send_keys(text)
        .await
        .unwrap();
    browser
        .find(Locator::Id("add-point-submit"))
        .await
        .expect("#add-point-submit")
        .click()
        .await
        .unwrap();
}

/// Clicks the vote button of the point `text` on the phones' page.
async fn vote_for(browser: &Client, text: &str) {
    let points = browser
        .find_all(Locator::Css("#points li.point"))
        .await
        .unwrap();
    for point in points {
        let shown = point
            .find(Locator::Css(".point-text"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if shown == text {
            point
                .find(Locator::Css("button.vote-button"))
                .await
                .expect("the point's vote button")
                .click()
                .await
                .unwrap();
            return;
        }
    }
    panic!("no point {text:?} on the phones' page");
}

/// The `present` list of day `day` in the file.
fn present_on(file: &Path, day: i64) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let doc: toml::Value = toml::from_str(&text).unwrap();
    doc["attendance"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["day"].as_integer() == Some(day))
        .flat_map(|a| a["present"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_phone_adds_and_votes_the_board_follows_the_door_checks_in() {
    let Some(driver) = Driver::start() else {
        return;
    };
    let (_dir, file, s) = room();
    block_on(async {
        let browser = driver.browser(true).await;
        let point = "Мало времени на «обмен опытом» & <вопросы>";

        // Window 1: the board on the projector.
        browser
            .goto(&url(&s, "/board", &s.participant))
            .await
            .unwrap();
        browser
            .find(Locator::Css("#join-qr svg"))
            .await
            .expect("the QR code on the board");
        let board = browser.window().await.unwrap();

        // Window 2: a phone adds a minus; the page comes back with it, the author's vote counted.
        let phone = browser.new_window(true).await.unwrap().handle;
        browser.switch_to_window(phone.clone()).await.unwrap();
        browser.goto(&url(&s, "/", &s.participant)).await.unwrap();
        add_point(&browser, "minus", point).await;
        eventually("the new point on the phones' page with 1 vote", || async {
            Ok(votes_of(&browser, "#points", point).await? == Some("1".into()))
        })
        .await;
        // The phone's own vote does not count twice…
        vote_for(&browser, point).await;
        eventually("the phone's second vote not counted", || async {
            Ok(votes_of(&browser, "#points", point).await? == Some("1".into()))
        })
        .await;
        // …another phone's does (a browser without the first one's cookie).
        browser.delete_all_cookies().await.unwrap();
        browser.goto(&url(&s, "/", &s.participant)).await.unwrap();
        vote_for(&browser, point).await;
        eventually("the other phone's vote counted: 2 votes", || async {
            Ok(votes_of(&browser, "#points", point).await? == Some("2".into()))
        })
        .await;
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.contains(
                "kind = \"minus\"\ntext = \"Мало времени на «обмен опытом» & <вопросы>\"\nvotes = 2"
            ),
            "{text}"
        );

        // Back to the board, never reloaded: the point is in the minuses with its 2 votes.
        browser.switch_to_window(board).await.unwrap();
        eventually(
            "the board shows the point in #minus with 2 votes",
            || async { Ok(votes_of(&browser, "#minus", point).await? == Some("2".into())) },
        )
        .await;
        assert_eq!(votes_of(&browser, "#plus", point).await.unwrap(), None);

        // The door: the list filtered as the surname is typed (ё as е, any case).
        browser.goto(&url(&s, "/door", &s.methodist)).await.unwrap();
        let before: i64 = text_of(&browser, "#total-present")
            .await
            .unwrap()
            .trim()
            .parse()
            .expect("a number in #total-present");
        browser
            .find(Locator::Id("search-q"))
            .await
            .expect("#search-q")
            .send_keys("ЕЛК")
            .await
            .unwrap();
        eventually("only Ёлкина shown", || async {
            Ok(people_shown(&browser).await? == ["yolkina"])
        })
        .await;
        assert!(!present_on(&file, 1).contains(&"yolkina".to_string()));
        browser
            .find(Locator::Css("li.person[data-ref=yolkina] button.present"))
            .await
            .expect("Ёлкина's «пришла» button")
            .click()
            .await
            .unwrap();
        eventually("#total-present grown by one", || async {
            let now = text_of(&browser, "#total-present").await?;
            Ok(now.trim() == (before + 1).to_string())
        })
        .await;
        assert!(
            present_on(&file, 1).contains(&"yolkina".to_string()),
            "{:?}",
            present_on(&file, 1)
        );
        let status = text_of(&browser, "li.person[data-ref=yolkina] .person-status")
            .await
            .unwrap();
        assert!(!status.trim().is_empty());
        browser.close().await.unwrap();
    });
    let out = crate::common::cowork_in(file.parent().unwrap())
        .args(["check", "s.toml"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn without_javascript_the_phones_form_still_adds_a_point() {
    let Some(driver) = Driver::start() else {
        return;
    };
    let (_dir, file, s) = room();
    block_on(async {
        let browser = driver.browser(false).await;
        browser.goto(&url(&s, "/", &s.participant)).await.unwrap();
        let point = "Без скриптов тоже работает";
        add_point(&browser, "interesting", point).await;
        eventually("the point on the page the form came back to", || async {
            Ok(votes_of(&browser, "#points", point).await? == Some("1".into()))
        })
        .await;
        // Scripts are really off: typing filters nothing until the search is sent.
        browser.goto(&url(&s, "/door", &s.methodist)).await.unwrap();
        let everyone = people_shown(&browser).await.unwrap();
        assert!(everyone.len() > 1, "{everyone:?}");
        let search = browser.find(Locator::Id("search-q")).await.unwrap();
        search.send_keys("ёлк").await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(people_shown(&browser).await.unwrap(), everyone);
        browser
            .find(Locator::Css("#search button[type=submit]"))
            .await
            .expect("the search form's button")
            .click()
            .await
            .unwrap();
        eventually("the server's search shows only Ёлкина", || async {
            Ok(people_shown(&browser).await? == ["yolkina"])
        })
        .await;
        browser.close().await.unwrap();
    });
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("kind = \"interesting\"\ntext = \"Без скриптов тоже работает\"\nvotes = 1"),
        "{text}"
    );
}
