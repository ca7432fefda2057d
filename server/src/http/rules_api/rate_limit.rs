//! A per-client token bucket for the public rules API (no login, so no account to throttle).
//!
//! Clients are told apart by their address. Behind a reverse proxy every request comes from the
//! proxy: put the limit there too (documented in the README). Buckets of clients that have been
//! quiet long enough to be full again are dropped, so the map cannot grow without bound.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

#[derive(Clone)]
pub struct RateLimiter {
    inner: Arc<Mutex<Inner>>,
    capacity: f64,
    per_second: f64,
}

struct Inner {
    buckets: HashMap<IpAddr, (f64, Instant)>,
    last_sweep: Instant,
}

impl RateLimiter {
    /// `per_minute` requests a minute on average, in bursts of up to the same number.
    pub fn new(per_minute: u32) -> Self {
        let capacity = f64::from(per_minute.max(1));
        RateLimiter {
            inner: Arc::new(Mutex::new(Inner {
                buckets: HashMap::new(),
                last_sweep: Instant::now(),
            })),
            capacity,
            per_second: capacity / 60.0,
        }
    }

    /// `Ok` to go ahead, or `Err(wait)` until the next token.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        self.check_at(client, Instant::now())
    }

    fn check_at(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        let mut inner = match self.inner.lock() {
            Ok(guard) => guard,
            // A panic while holding the lock cannot leave the map inconsistent (plain values).
            Err(poisoned) => poisoned.into_inner(),
        };
        let refill_time = Duration::from_secs_f64(self.capacity / self.per_second);
        if now.duration_since(inner.last_sweep) > refill_time {
            inner.buckets.retain(|_, (_, seen)| now.duration_since(*seen) < refill_time);
            inner.last_sweep = now;
        }
        let (capacity, rate) = (self.capacity, self.per_second);
        let (tokens, seen) = inner.buckets.entry(client).or_insert((capacity, now));
        *tokens = (*tokens + now.duration_since(*seen).as_secs_f64() * rate).min(capacity);
        *seen = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - *tokens) / rate))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_its_burst_then_waits_while_others_are_unaffected() {
        let limiter = RateLimiter::new(3);
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at(a, t0).is_ok());
        }
        let wait = limiter.check_at(a, t0).unwrap_err();
        assert!(wait > Duration::from_secs(19) && wait <= Duration::from_secs(20), "{wait:?}");
        assert!(limiter.check_at(b, t0).is_ok());
        assert!(limiter.check_at(a, t0 + Duration::from_secs(20)).is_ok());
    }
}
