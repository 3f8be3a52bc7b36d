//! A per-client rate limit for changes: a token bucket per IP address, in memory.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// Buckets of every client seen; each holds up to `burst` changes and refills `per_second`.
pub struct RateLimit {
    burst: f64,
    per_second: f64,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimit {
    /// `COWORK_ROOM_RATE` (changes per minute per address) overrides the default of 120,
    /// with a burst of a quarter minute's worth (at least 5).
    pub fn from_env() -> Self {
        let per_minute = std::env::var("COWORK_ROOM_RATE")
            .ok()
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|v| *v > 0.0)
            .unwrap_or(120.0);
        Self {
            burst: (per_minute / 4.0).max(5.0),
            per_second: per_minute / 60.0,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one change from the client's bucket; false when it is empty.
    pub fn allow(&self, client: IpAddr) -> bool {
        let now = Instant::now();
        let Ok(mut buckets) = self.buckets.lock() else {
            return true;
        };
        if buckets.len() > 10_000 {
            // A flood of addresses: forget the full buckets rather than grow without bound.
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * self.per_second < self.burst
            });
        }
        let (tokens, at) = buckets.entry(client).or_insert((self.burst, now));
        *tokens =
            (*tokens + now.duration_since(*at).as_secs_f64() * self.per_second).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}
