//! The JSON API of the room (`docs/room.md`): who may do what, the refusals, and each change
//! through the one safe edit, on disk before the answer.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, Path as UrlPath, Query, State as AppState};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::watch;

use crate::error::Error;
use crate::session::model::{FeedbackKind, Language};

use super::changes::{self, Status};
use super::limit::RateLimit;
use super::{state, tokens};

/// The longest text of a point, a name, a position or an organisation, in characters.
pub const MAX_TEXT: usize = 500;

/// Everything the handlers share.
pub struct Room {
    pub path: PathBuf,
    pub participant_token: String,
    pub methodist_token: String,
    /// The session's language, for the refusals (as the file had it at the start).
    pub language: Language,
    /// One change at a time in this process (the file lock guards against the others).
    pub edits: Mutex<()>,
    /// Who voted for which point (client, point key): in memory only (see `docs/room.md`).
    pub voters: Mutex<HashSet<(String, String)>>,
    pub limit: RateLimit,
    /// Bumped after every change, for the live board.
    pub changed: watch::Sender<u64>,
    /// The state last built and what it was built for (see [`Room::state`]).
    pub last_state: Mutex<Option<(StateKey, state::State)>>,
    /// The participants' address with their token (the board's QR code).
    pub participant_url: String,
    /// The pages' templates: the built-in ones and the workspace's overrides.
    pub renderer: crate::render::Renderer,
    /// Set when the server stops, so the open event streams end (a graceful shutdown waits
    /// for every connection).
    pub closing: watch::Sender<bool>,
}

/// What a state was built for: the file (its time of change and length), the count of
/// changes made here, the day.
pub type StateKey = (super::events::Stamp, u64, chrono::NaiveDate);

/// Who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Participant,
    Methodist,
}

/// Whose token a change needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Either token: a point, a vote.
    Anyone,
    /// The methodist's: a check-in, a walk-in.
    Methodist,
}

/// A refusal or a failure, as JSON `{"error": …}`.
pub struct Refusal(pub StatusCode, pub String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, axum::Json(json!({ "error": self.1 }))).into_response()
    }
}

impl Room {
    fn refuse(&self, status: StatusCode, message: String) -> Refusal {
        Refusal(status, message)
    }

    /// The token of a request (`Authorization: Bearer …`, else `?t=…`), or 403.
    pub fn who(
        &self,
        headers: &HeaderMap,
        query: &HashMap<String, String>,
        form: Option<&str>,
    ) -> Result<Who, Refusal> {
        let bearer = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        let given = bearer
            .or(form)
            .or(query.get("t").map(String::as_str))
            .unwrap_or("");
        if tokens::matches(given, &self.methodist_token) {
            Ok(Who::Methodist)
        } else if tokens::matches(given, &self.participant_token) {
            Ok(Who::Participant)
        } else {
            Err(self.refuse(
                StatusCode::FORBIDDEN,
                crate::tr_in!(self.language, "room-forbidden"),
            ))
        }
    }

    pub fn methodist_only(&self, who: Who) -> Result<(), Refusal> {
        if who == Who::Methodist {
            Ok(())
        } else {
            Err(self.refuse(
                StatusCode::FORBIDDEN,
                crate::tr_in!(self.language, "room-methodist-only"),
            ))
        }
    }

    /// Lets a change in or refuses it, for the JSON API and the forms alike: a token (403),
    /// the methodist's if the change needs it (403), the client's rate (429).
    pub fn admit(
        &self,
        headers: &HeaderMap,
        query: &HashMap<String, String>,
        form: Option<&str>,
        client: SocketAddr,
        need: Need,
    ) -> Result<Who, Refusal> {
        let who = self.who(headers, query, form)?;
        if need == Need::Methodist {
            self.methodist_only(who)?;
        }
        self.rate(client)?;
        Ok(who)
    }

    /// The token of `who` (to send a browser back to its page).
    pub fn token_of(&self, who: Who) -> &str {
        match who {
            Who::Participant => &self.participant_token,
            Who::Methodist => &self.methodist_token,
        }
    }

    pub fn rate(&self, client: SocketAddr) -> Result<(), Refusal> {
        if self.limit.allow(client.ip()) {
            Ok(())
        } else {
            Err(self.refuse(
                StatusCode::TOO_MANY_REQUESTS,
                crate::tr_in!(self.language, "room-too-many"),
            ))
        }
    }

    /// A text from a request on one line: refused empty or longer than [`MAX_TEXT`].
    pub fn text(&self, text: &str) -> Result<String, Refusal> {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Err(self.refuse(
                StatusCode::BAD_REQUEST,
                crate::tr_in!(self.language, "room-text-empty"),
            ));
        }
        if text.chars().count() > MAX_TEXT || text.chars().any(char::is_control) {
            return Err(self.refuse(
                StatusCode::BAD_REQUEST,
                crate::tr_in!(self.language, "room-text-long", max = MAX_TEXT),
            ));
        }
        Ok(text)
    }

    /// An optional text: absent or blank is none.
    pub fn optional(&self, text: Option<&str>) -> Result<Option<String>, Refusal> {
        match text.map(str::trim).filter(|t| !t.is_empty()) {
            None => Ok(None),
            Some(t) => self.text(t).map(Some),
        }
    }

    fn bad_json(&self, e: &serde_json::Error) -> Refusal {
        self.bad_request(&e.to_string())
    }

    /// 400: a request that is not understood, with the reason.
    pub fn bad_request(&self, reason: &str) -> Refusal {
        self.refuse(
            StatusCode::BAD_REQUEST,
            crate::tr_in!(self.language, "room-bad-request", reason = reason),
        )
    }

    /// Runs a change of the file off the async threads, one at a time, and tells the board.
    pub async fn change<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Room) -> crate::error::Result<T> + Send + 'static,
    ) -> Result<T, Refusal> {
        let room = Arc::clone(self);
        let done = tokio::task::spawn_blocking(move || {
            let _one = room.edits.lock().unwrap_or_else(|p| p.into_inner());
            f(&room)
        })
        .await;
        let value = self.settled(done)?;
        self.changed.send_modify(|n| *n += 1);
        Ok(value)
    }

    /// What a job run off the async threads came to: its own failure is the request's
    /// (see [`Room::failure`]), a job that panicked a 500.
    fn settled<T>(
        &self,
        joined: Result<crate::error::Result<T>, tokio::task::JoinError>,
    ) -> Result<T, Refusal> {
        match joined {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(self.failure(&e)),
            Err(_) => Err(self.refuse(
                StatusCode::INTERNAL_SERVER_ERROR,
                crate::tr_in!(self.language, "room-failed"),
            )),
        }
    }

    /// What a failed edit answers: the file's problems are the request's (400, or 404 for a
    /// point that is not there); a lock or a disk that fails is the server's (503).
    pub fn failure(&self, e: &Error) -> Refusal {
        let status = match e {
            Error::Io { .. } | Error::Locked { .. } | Error::ReadOnly { .. } => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Error::Diagnostics(_) => StatusCode::CONFLICT,
            _ => StatusCode::BAD_REQUEST,
        };
        let text = crate::render::terminal_text::inline(&e.to_string()).into_owned();
        self.refuse(status, text)
    }

    /// The state as the file has it now.
    ///
    /// After a change every open page (the board, each phone) asks for it at once: the first
    /// reads the file, the others wait for it and take the same state, as long as the file,
    /// the count of changes made here and the day are those it was built for.
    pub async fn state(self: &Arc<Self>) -> Result<state::State, Refusal> {
        let room = Arc::clone(self);
        let built = tokio::task::spawn_blocking(move || {
            let mut last = room.last_state.lock().unwrap_or_else(|p| p.into_inner());
            let today = crate::clock::today();
            let key = (
                super::events::stamp(&room.path),
                *room.changed.borrow(),
                today,
            );
            if let Some((built_for, state)) = last.as_ref()
                && *built_for == key
            {
                return Ok(state.clone());
            }
            let checked = state::read(&room.path)?;
            let state = state::build(&checked, state::today(&checked, today));
            *last = Some((key, state.clone()));
            Ok(state)
        })
        .await;
        self.settled(built)
    }

    /// The session file as it is now, read and checked off the async threads.
    pub async fn checked(self: &Arc<Self>) -> Result<crate::session::file::Checked, Refusal> {
        let room = Arc::clone(self);
        let read = tokio::task::spawn_blocking(move || state::read(&room.path)).await;
        self.settled(read)
    }
}

type Shared = AppState<Arc<Room>>;
type Tokens = Query<HashMap<String, String>>;

pub async fn get_state(AppState(room): Shared, headers: HeaderMap, Query(q): Tokens) -> Response {
    let result = async {
        room.who(&headers, &q, None)?;
        room.state().await
    }
    .await;
    match result {
        Ok(s) => axum::Json(s).into_response(),
        Err(r) => r.into_response(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewPoint {
    pub kind: Kind,
    pub text: String,
    #[serde(default)]
    pub activity: Option<String>,
    #[serde(default)]
    pub client: Option<String>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Plus,
    Minus,
    Interesting,
}

impl Kind {
    /// The kind as the API and the forms name it.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "plus" => Some(Self::Plus),
            "minus" => Some(Self::Minus),
            "interesting" => Some(Self::Interesting),
            _ => None,
        }
    }
}

impl From<Kind> for FeedbackKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Plus => FeedbackKind::Plus,
            Kind::Minus => FeedbackKind::Minus,
            Kind::Interesting => FeedbackKind::Interesting,
        }
    }
}

/// A JSON request's body read as `T`; a body over the limit is a 413 in JSON like every
/// other refusal (axum's own answer would be plain text).
fn parse<T: serde::de::DeserializeOwned>(
    room: &Room,
    body: Result<Bytes, BytesRejection>,
) -> Result<T, Refusal> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Refusal(
                StatusCode::PAYLOAD_TOO_LARGE,
                crate::tr_in!(room.language, "room-too-large"),
            )
        } else {
            room.bad_request(&rejection.body_text())
        }
    })?;
    serde_json::from_slice(&body).map_err(|e| room.bad_json(&e))
}

fn respond(result: Result<(StatusCode, serde_json::Value), Refusal>) -> Response {
    match result {
        Ok((status, body)) => (status, axum::Json(body)).into_response(),
        Err(r) => r.into_response(),
    }
}

/// Adds a point; both tokens may.
pub async fn add_point(room: &Arc<Room>, point: NewPoint) -> Result<usize, Refusal> {
    let text = room.text(&point.text)?;
    let activity = room.optional(point.activity.as_deref())?;
    let client = room.optional(point.client.as_deref())?;
    let kind = FeedbackKind::from(point.kind);
    let n = room
        .change(move |r| {
            let n = changes::add_point(&r.path, kind, &text, activity.as_deref())?;
            if let Some(client) = client
                && let Ok(mut voters) = r.voters.lock()
            {
                voters.insert((client, format!("{}\u{1f}{}", kind.id(), text)));
            }
            Ok(n)
        })
        .await?;
    Ok(n)
}

pub async fn post_feedback(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Tokens,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    respond(
        async {
            room.admit(&headers, &q, None, client, Need::Anyone)?;
            let point: NewPoint = parse(&room, body)?;
            let n = add_point(&room, point).await?;
            Ok((StatusCode::CREATED, json!({ "n": n })))
        }
        .await,
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    pub client: String,
}

/// Adds a client's vote to point `n`; a second vote of the same client does not count.
pub async fn vote(room: &Arc<Room>, n: usize, client: &str) -> Result<(i64, bool), Refusal> {
    let client = room.text(client)?;
    room.change(move |r| {
        let voted = |key: &str| {
            r.voters
                .lock()
                .map(|v| v.contains(&(client.clone(), key.to_string())))
                .unwrap_or(false)
        };
        let (votes, counted) = changes::vote(&r.path, n, voted)?;
        if let Some(key) = &counted
            && let Ok(mut voters) = r.voters.lock()
        {
            voters.insert((client.clone(), key.clone()));
        }
        Ok((votes, counted.is_some()))
    })
    .await
}

pub async fn post_vote(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    UrlPath(n): UrlPath<usize>,
    headers: HeaderMap,
    Query(q): Tokens,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    respond(
        async {
            room.admit(&headers, &q, None, client, Need::Anyone)?;
            let v: Vote = parse(&room, body)?;
            let (votes, counted) = vote(&room, n, &v.client).await?;
            Ok((
                StatusCode::OK,
                json!({ "n": n, "votes": votes, "counted": counted }),
            ))
        }
        .await,
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub day: usize,
    pub participant: String,
    pub status: Status,
}

pub async fn check_in(room: &Arc<Room>, c: CheckIn) -> Result<String, Refusal> {
    let who = room.text(&c.participant)?;
    room.change(move |r| changes::check_in(&r.path, c.day, &who, c.status))
        .await
}

pub async fn post_checkin(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Tokens,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    respond(
        async {
            room.admit(&headers, &q, None, client, Need::Methodist)?;
            let c: CheckIn = parse(&room, body)?;
            let status = c.status;
            let day = c.day;
            let reference = check_in(&room, c).await?;
            Ok((
                StatusCode::OK,
                json!({ "day": day, "participant": reference, "status": status }),
            ))
        }
        .await,
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guest {
    pub day: usize,
    pub name: String,
    #[serde(default)]
    pub position: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
}

pub async fn add_guest(room: &Arc<Room>, g: Guest) -> Result<String, Refusal> {
    let name = room.text(&g.name)?;
    let position = room.optional(g.position.as_deref())?;
    let organization = room.optional(g.organization.as_deref())?;
    let day = g.day;
    let written = name.clone();
    room.change(move |r| {
        changes::add_guest(
            &r.path,
            day,
            &name,
            position.as_deref(),
            organization.as_deref(),
        )
    })
    .await?;
    Ok(written)
}

pub async fn post_guests(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Tokens,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    respond(
        async {
            room.admit(&headers, &q, None, client, Need::Methodist)?;
            let g: Guest = parse(&room, body)?;
            let day = g.day;
            let name = add_guest(&room, g).await?;
            Ok((StatusCode::CREATED, json!({ "day": day, "name": name })))
        }
        .await,
    )
}
