//! The room's HTML pages and their forms, which work without JavaScript: each form is a thin
//! adapter over the same change as the JSON API, answering 303 back to its page, or a
//! refusal as a page with the same status.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, Form, Path as UrlPath, Query, State as AppState};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

use super::api::{self, Kind, Need, Refusal, Room, Who};
use super::changes::Status;
use super::{pages, state, tokens};

type Shared = AppState<Arc<Room>>;
type Fields = HashMap<String, String>;

/// The cookie that tells one phone from another for the votes.
pub const CLIENT_COOKIE: &str = "cowork_client";

/// A page rendered from template `name`, or the failure of the template as plain text
/// (a user's template that does not render must still say why).
fn page(room: &Room, status: StatusCode, name: &str, view: &impl Serialize) -> Response {
    match room.renderer.render(name, view) {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            e.to_string(),
        )
            .into_response(),
    }
}

/// A refusal as a page in the session's language, with a link back when there is a page
/// to go back to.
fn refused(room: &Room, refusal: Refusal, back: Option<String>) -> Response {
    let Refusal(status, message) = refusal;
    let view = pages::refusal(room.language, status.as_u16(), &message, back);
    let mut response = page(room, status, pages::REFUSAL, &view);
    if response.status() == StatusCode::INTERNAL_SERVER_ERROR {
        *response.status_mut() = status;
    }
    response
}

/// The phone's id from its cookie, if it has one worth keeping.
fn client_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == CLIENT_COOKIE)
        .map(|(_, value)| value.trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Who voted, for a form: the cookie, else the phone's address (a browser without cookies).
fn voter(headers: &HeaderMap, client: SocketAddr) -> String {
    client_cookie(headers).unwrap_or_else(|| format!("ip-{}", client.ip()))
}

/// A value for a URL's query, percent-encoded but for the unreserved characters.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The pages a form sends the browser back to.
#[derive(Debug, Clone, Copy)]
enum Back {
    Participants,
    Board,
    Door { day: usize },
}

impl Back {
    /// The page's address with the token (and the door's day and search kept).
    fn url(self, token: &str, q: Option<&str>) -> String {
        match self {
            Back::Participants => format!("/?t={token}"),
            Back::Board => format!("/board?t={token}"),
            Back::Door { day } => {
                let mut url = format!("/door?t={token}&day={day}");
                if let Some(q) = q.filter(|q| !q.trim().is_empty()) {
                    url.push_str("&q=");
                    url.push_str(&encode(q.trim()));
                }
                url
            }
        }
    }
}

fn see_other(url: String) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, url)]).into_response()
}

/// Lets a page's request in (the methodist's token only, for hers) and reads the session.
async fn opened(
    room: &Arc<Room>,
    headers: &HeaderMap,
    q: &Fields,
    methodist: bool,
) -> Result<crate::session::file::Checked, Refusal> {
    let who = room.who(headers, q, None)?;
    if methodist {
        room.methodist_only(who)?;
    }
    room.checked().await
}

/// `GET /?t=TOKEN`: the participants' page. Sets the phone's cookie on its first visit.
pub async fn participants(
    AppState(room): Shared,
    headers: HeaderMap,
    Query(q): Query<Fields>,
) -> Response {
    let checked = match opened(&room, &headers, &q, false).await {
        Ok(c) => c,
        Err(r) => return refused(&room, r, None),
    };
    let token = q.get("t").map_or("", String::as_str);
    let (client, fresh) = match client_cookie(&headers) {
        Some(c) => (c, false),
        None => (tokens::fresh().unwrap_or_default(), true),
    };
    let view = {
        let voters = room.voters.lock().ok();
        pages::participants(&checked, token, |key| {
            voters
                .as_ref()
                .is_some_and(|v| v.contains(&(client.clone(), key.to_string())))
        })
    };
    let mut response = page(&room, StatusCode::OK, pages::PARTICIPANTS, &view);
    if fresh
        && !client.is_empty()
        && let Ok(cookie) = HeaderValue::from_str(&format!(
            "{CLIENT_COOKIE}={client}; HttpOnly; SameSite=Strict; Path=/"
        ))
    {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}

/// `GET /board?t=TOKEN`: the board for the projector (either token).
pub async fn board(
    AppState(room): Shared,
    headers: HeaderMap,
    Query(q): Query<Fields>,
) -> Response {
    let checked = match opened(&room, &headers, &q, false).await {
        Ok(c) => c,
        Err(r) => return refused(&room, r, None),
    };
    let token = q.get("t").map_or("", String::as_str);
    let day = state::today(&checked, crate::clock::today());
    let view = pages::board(&checked, token, day, &room.participant_url);
    page(&room, StatusCode::OK, pages::BOARD, &view)
}

/// `GET /door?t=METHODIST_TOKEN[&day=N][&q=PREFIX]`: the door (the methodist's only).
pub async fn door(AppState(room): Shared, headers: HeaderMap, Query(q): Query<Fields>) -> Response {
    let checked = match opened(&room, &headers, &q, true).await {
        Ok(c) => c,
        Err(r) => return refused(&room, r, None),
    };
    let days = checked.session.info.dates.len().max(1);
    let day = q
        .get("day")
        .and_then(|d| d.trim().parse::<usize>().ok())
        .filter(|d| (1..=days).contains(d))
        .unwrap_or_else(|| state::today(&checked, crate::clock::today()));
    let search = q.get("q").map_or("", String::as_str);
    let view = pages::door(&checked, &room.methodist_token, day, search);
    page(&room, StatusCode::OK, pages::DOOR, &view)
}

/// `GET /room.js`: the script that adds the live updates and the search as you type.
pub async fn script(AppState(room): Shared) -> Response {
    match room.renderer.render(pages::SCRIPT, &serde_json::json!({})) {
        Ok(js) => (
            [(
                header::CONTENT_TYPE,
                "application/javascript; charset=utf-8",
            )],
            js,
        )
            .into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// A form's fields, or the refusal of a body that is not one (413 over the limit).
fn fields(room: &Room, form: Result<Form<Fields>, FormRejection>) -> Result<Fields, Refusal> {
    match form {
        Ok(Form(fields)) => Ok(fields),
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(Refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            crate::tr_in!(room.language, "room-too-large"),
        )),
        Err(rejection) => Err(room.bad_request(&rejection.body_text())),
    }
}

/// Lets a form in: its fields, who sent it and the token to go back with.
fn admit_form(
    room: &Room,
    headers: &HeaderMap,
    client: SocketAddr,
    form: Result<Form<Fields>, FormRejection>,
    need: Need,
) -> Result<(Fields, Who), Refusal> {
    let fields = fields(room, form)?;
    let token = fields.get("t").map_or("", String::as_str);
    let who = room.admit(headers, &HashMap::new(), Some(token), client, need)?;
    Ok((fields, who))
}

fn field<'f>(fields: &'f Fields, name: &str) -> Option<&'f str> {
    fields.get(name).map(String::as_str)
}

fn day_field(room: &Room, fields: &Fields) -> Result<usize, Refusal> {
    field(fields, "day")
        .and_then(|d| d.trim().parse().ok())
        .ok_or_else(|| room.bad_request("day"))
}

/// Where a form about points goes back to: the board if it says so, else the phones' page.
fn points_back(fields: &Fields) -> Back {
    match field(fields, "back") {
        Some("board") => Back::Board,
        _ => Back::Participants,
    }
}

/// Answers a form: 303 to `done` (its page), or the refusal as a page with a link `back`.
fn answer<T>(room: &Room, result: Result<T, Refusal>, done: String, back: String) -> Response {
    match result {
        Ok(_) => see_other(done),
        Err(refusal) => refused(room, refusal, Some(back)),
    }
}

/// `POST /feedback`: a point from the participants' form.
pub async fn feedback(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let (fields, who) = match admit_form(&room, &headers, client, form, Need::Anyone) {
        Ok(f) => f,
        Err(r) => return refused(&room, r, None),
    };
    let back = points_back(&fields).url(room.token_of(who), None);
    let result = async {
        let kind = field(&fields, "kind")
            .and_then(Kind::parse)
            .ok_or_else(|| room.bad_request("kind"))?;
        let point = api::NewPoint {
            kind,
            text: field(&fields, "text").unwrap_or_default().to_string(),
            activity: field(&fields, "activity").map(str::to_string),
            client: Some(voter(&headers, client)),
        };
        api::add_point(&room, point).await
    }
    .await;
    answer(&room, result, back.clone(), back)
}

/// `POST /feedback/{n}/vote`: a vote from a point's button; the phone is its cookie.
pub async fn vote(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    UrlPath(n): UrlPath<usize>,
    headers: HeaderMap,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let (fields, who) = match admit_form(&room, &headers, client, form, Need::Anyone) {
        Ok(f) => f,
        Err(r) => return refused(&room, r, None),
    };
    let back = points_back(&fields).url(room.token_of(who), None);
    let result = api::vote(&room, n, &voter(&headers, client)).await;
    answer(&room, result, format!("{back}#point-{n}"), back)
}

/// `POST /checkin`: a button of the door («пришёл», «уважительная причина», «нет»).
pub async fn checkin(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let (fields, who) = match admit_form(&room, &headers, client, form, Need::Methodist) {
        Ok(f) => f,
        Err(r) => return refused(&room, r, None),
    };
    let q = field(&fields, "q");
    let token = room.token_of(who);
    let day = field(&fields, "day")
        .and_then(|d| d.trim().parse().ok())
        .unwrap_or(1);
    let back = Back::Door { day }.url(token, q);
    let result = async {
        let day = day_field(&room, &fields)?;
        let status = match field(&fields, "status") {
            Some("present") => Status::Present,
            Some("excused") => Status::Excused,
            Some("absent") => Status::Absent,
            _ => return Err(room.bad_request("status")),
        };
        let participant = field(&fields, "participant")
            .unwrap_or_default()
            .to_string();
        api::check_in(
            &room,
            api::CheckIn {
                day,
                participant,
                status,
            },
        )
        .await
    }
    .await;
    answer(&room, result, back.clone(), back)
}

/// `POST /guests`: the walk-in form of the door.
pub async fn guests(
    AppState(room): Shared,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let (fields, who) = match admit_form(&room, &headers, client, form, Need::Methodist) {
        Ok(f) => f,
        Err(r) => return refused(&room, r, None),
    };
    let token = room.token_of(who);
    let day = field(&fields, "day")
        .and_then(|d| d.trim().parse().ok())
        .unwrap_or(1);
    let back = Back::Door { day }.url(token, field(&fields, "q"));
    let result = async {
        let day = day_field(&room, &fields)?;
        let guest = api::Guest {
            day,
            name: field(&fields, "name").unwrap_or_default().to_string(),
            position: field(&fields, "position").map(str::to_string),
            organization: field(&fields, "organization").map(str::to_string),
        };
        api::add_guest(&room, guest).await
    }
    .await;
    answer(&room, result, back.clone(), back)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_door_keeps_its_day_and_search_encoded() {
        let url = Back::Door { day: 2 }.url("abc", Some(" Ёлк&x=1 "));
        assert_eq!(url, "/door?t=abc&day=2&q=%D0%81%D0%BB%D0%BA%26x%3D1");
        assert_eq!(
            Back::Door { day: 1 }.url("abc", Some("")),
            "/door?t=abc&day=1"
        );
    }

    #[test]
    fn only_a_plain_cookie_is_a_client() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; cowork_client=abc123"),
        );
        assert_eq!(client_cookie(&headers).as_deref(), Some("abc123"));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("cowork_client=<script>"),
        );
        assert_eq!(client_cookie(&headers), None);
    }
}
