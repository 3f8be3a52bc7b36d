//! `cowork serve`: the room — a small web server for one session on the day (the door,
//! the phones, the board), whose only state is the session file.

mod api;
mod changes;
mod events;
mod limit;
mod pages;
mod state;
mod tokens;
mod web;

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use tokio::sync::watch;

use crate::error::{Error, Result};

/// The port the room listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 8765;

/// The largest request body accepted, in bytes (a point is at most 500 characters).
pub const BODY_LIMIT: usize = 8 * 1024;

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    pub file: PathBuf,
    /// Listen on the local network, not only on this computer.
    pub lan: bool,
    /// 0: any free port (the one taken is printed).
    pub port: u16,
    /// One JSON line instead of the text and the QR code.
    pub json: bool,
    /// The pages' templates: the built-in ones and the workspace's overrides.
    pub templates: crate::render::TemplateSource,
}

/// Serves the room until Ctrl-C.
pub fn serve(options: &Options) -> Result<()> {
    // The file must be good before anyone is invited to write into it.
    let checked = state::read(&options.file)?;
    crate::session::file::refuse_errors(&checked, &options.file)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Error::input(
                crate::tr!("room-failed-start", reason = e.to_string()),
                None,
            )
        })?;
    runtime.block_on(run(options, checked.session.info.language))
}

async fn run(options: &Options, language: crate::session::model::Language) -> Result<()> {
    let bind: IpAddr = if options.lan {
        Ipv4Addr::UNSPECIFIED.into()
    } else {
        Ipv4Addr::LOCALHOST.into()
    };
    let listener = tokio::net::TcpListener::bind(SocketAddr::new(bind, options.port))
        .await
        .map_err(|e| bind_failure(options.port, &e))?;
    let port = listener
        .local_addr()
        .map_err(|e| bind_failure(options.port, &e))?
        .port();
    let host = if options.lan {
        lan_address().unwrap_or(Ipv4Addr::LOCALHOST.into())
    } else {
        Ipv4Addr::LOCALHOST.into()
    };
    let url = format!("http://{host}:{port}/");
    let participant_token = tokens::fresh()?;
    let methodist_token = tokens::fresh()?;
    let participant_url = format!("{url}?t={participant_token}");
    let methodist_url = format!("{url}door?t={methodist_token}");
    let board_url = format!("{url}board?t={participant_token}");
    let (changed, _) = watch::channel(0);
    let room = Arc::new(api::Room {
        path: options.file.clone(),
        participant_token: participant_token.clone(),
        methodist_token: methodist_token.clone(),
        language,
        edits: Mutex::new(()),
        voters: Mutex::new(Default::default()),
        limit: limit::RateLimit::from_env(),
        changed,
        last_state: Mutex::new(None),
        participant_url: participant_url.clone(),
        renderer: crate::render::Renderer::new(&options.templates),
        closing: watch::channel(false).0,
    });
    let mut out = std::io::stdout().lock();
    if options.json {
        let line = serde_json::json!({
            "url": url,
            "participant_url": participant_url,
            "methodist_url": methodist_url,
            "board_url": board_url,
            "participant_token": participant_token,
            "methodist_token": methodist_token,
        });
        let _ = writeln!(out, "{line}");
    } else {
        let _ = writeln!(
            out,
            "{}",
            crate::tr!("room-started", file = options.file.display().to_string())
        );
        let _ = writeln!(
            out,
            "\n{}\n  {participant_url}",
            crate::tr!("room-participants")
        );
        if let Some(qr) = terminal_qr(&participant_url) {
            let _ = writeln!(out, "{qr}");
        }
        let _ = writeln!(out, "{}\n  {methodist_url}", crate::tr!("room-methodist"));
        let _ = writeln!(out, "{}\n  {board_url}", crate::tr!("room-board"));
        if !options.lan {
            let _ = writeln!(out, "\n{}", crate::tr!("room-local-only"));
        }
        let _ = writeln!(out, "\n{}", crate::tr!("room-how-to-stop"));
    }
    let _ = out.flush();
    drop(out);
    let app = router(Arc::clone(&room));
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        let _ = tokio::signal::ctrl_c().await;
        room.closing.send_replace(true);
    })
    .await
    .map_err(|e| {
        Error::input(
            crate::tr!("room-failed-start", reason = e.to_string()),
            None,
        )
    })?;
    if !options.json {
        eprintln!("{}", crate::tr!("room-stopped"));
    }
    Ok(())
}

fn router(room: Arc<api::Room>) -> Router {
    Router::new()
        .route("/", get(web::participants))
        .route("/door", get(web::door))
        .route("/board", get(web::board))
        .route("/room.js", get(web::script))
        .route("/feedback", post(web::feedback))
        .route("/feedback/{n}/vote", post(web::vote))
        .route("/checkin", post(web::checkin))
        .route("/guests", post(web::guests))
        .route("/api/events", get(events::events))
        .route("/api/state", get(api::get_state))
        .route("/api/feedback", post(api::post_feedback))
        .route("/api/feedback/{n}/vote", post(api::post_vote))
        .route("/api/checkin", post(api::post_checkin))
        .route("/api/guests", post(api::post_guests))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::map_response(secure_headers))
        .with_state(room)
}

/// Every answer forbids loading anything from elsewhere, framing and sniffing.
async fn secure_headers(mut response: axum::response::Response) -> axum::response::Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
             img-src 'self' data:; connect-src 'self'; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn bind_failure(port: u16, e: &std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::AddrInUse {
        Error::input(
            crate::tr!("room-port-busy", port = port),
            Some(&crate::tr!("room-port-busy-hint")),
        )
    } else {
        Error::input(
            crate::tr!("room-cannot-listen", port = port, reason = e.to_string()),
            None,
        )
    }
}

/// This computer's address on the local network: the one a packet to elsewhere would leave
/// from (a UDP "connection" sends nothing).
fn lan_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:80").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

/// The QR code of `url` drawn with half blocks (two rows of modules per line).
fn terminal_qr(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::unicode::Dense1x2>()
            .dark_color(qrcode::render::unicode::Dense1x2::Light)
            .light_color(qrcode::render::unicode::Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}
