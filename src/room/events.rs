//! `GET /api/events`: server-sent events for the live board — the state (no names) at once,
//! then again after every change made here and every change of the file from outside.

use std::collections::HashMap;
use std::convert::Infallible;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use axum::extract::{Query, State as AppState};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use tokio::sync::watch;

use super::api::Room;

/// How often the file is looked at for changes made from outside.
const POLL: Duration = Duration::from_secs(1);

/// The shortest time between two events of one stream: while sixty phones write, every page
/// gets the latest state a few times a second rather than every change (each event is the
/// whole state), and the first change after a quiet spell is sent at once.
const GAP: Duration = Duration::from_millis(250);

/// What tells a changed file from the same one: its time of change and its length.
pub(super) type Stamp = Option<(Option<SystemTime>, u64)>;

pub(super) fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok(), meta.len()))
}

/// Where one stream is: the room, its subscription, the file as last sent, whether the
/// first event is still to send.
struct Watching {
    room: Arc<Room>,
    changed: watch::Receiver<u64>,
    closing: watch::Receiver<bool>,
    seen: Stamp,
    first: bool,
    /// When the last event was sent.
    sent: Option<Instant>,
}

impl Watching {
    /// Waits for the next change, here or from outside; false when the room closes.
    async fn next_change(&mut self) -> bool {
        loop {
            if *self.closing.borrow() {
                return false;
            }
            tokio::select! {
                r = self.changed.changed() => return r.is_ok(),
                _ = self.closing.changed() => return false,
                () = tokio::time::sleep(POLL) => {
                    if stamp(&self.room.path) != self.seen {
                        return true;
                    }
                }
            }
        }
    }

    /// The event of the state now: the same JSON as `GET /api/state`; `error` with the
    /// message when the file cannot be read (edited into a broken state, say).
    async fn event(&mut self) -> Event {
        if let Some(sent) = self.sent {
            tokio::time::sleep_until((sent + GAP).into()).await;
        }
        // The changes made while waiting are in the state read now.
        self.changed.borrow_and_update();
        self.sent = Some(Instant::now());
        self.seen = stamp(&self.room.path);
        match self.room.state().await {
            Ok(state) => Event::default()
                .event("state")
                .json_data(&state)
                .unwrap_or_else(|_| Event::default().event("error")),
            Err(refusal) => Event::default().event("error").data(refusal.1),
        }
    }
}

pub async fn events(
    AppState(room): AppState<Arc<Room>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(refusal) = room.who(&headers, &q, None) {
        return refusal.into_response();
    }
    let watching = Watching {
        changed: room.changed.subscribe(),
        closing: room.closing.subscribe(),
        seen: stamp(&room.path),
        room,
        first: true,
        sent: None,
    };
    let stream = futures_util::stream::unfold(watching, |mut w| async move {
        if !w.first && !w.next_change().await {
            return None;
        }
        w.first = false;
        let event = w.event().await;
        Some((Ok::<Event, Infallible>(event), w))
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}
