//! What a client tells the page about its requests, and what the page tells it back: every request's
//! outcome goes to an [`Observer`] (the health indicator listens), and a [`Refusal`] set by the health
//! check stops the retries an origin refusal would make pointless.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use super::error::ApiError;

/// Whether the API is known to refuse this page's origin (its CORS policy), shared by every clone of a
/// client. Set by the health check; while it holds, a request that gets no readable answer fails at once
/// with [`ApiError::OriginRefused`] instead of being retried for seconds as if the network had failed.
#[derive(Clone, Default)]
pub struct Refusal(Arc<AtomicBool>);

impl Refusal {
    pub fn set(&self, refused: bool) {
        self.0.store(refused, Ordering::Relaxed);
    }

    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

impl PartialEq for Refusal {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Refusal {}

impl std::fmt::Debug for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Refusal({})", self.is_set())
    }
}

/// Told the outcome of every request made with [`Client::send`], once its retries are over, so that the
/// health indicator reflects what the pages really met (it never says "connected" over a failure).
#[derive(Clone)]
pub struct Observer(Arc<OutcomeFn>);

/// What an [`Observer`] calls: the request's number ([`request_clock`] when it started) and `Ok` for an
/// answer, or the request's error.
type OutcomeFn = dyn Fn(u64, &Result<(), ApiError>) + Send + Sync;

pub(super) static REQUESTS: AtomicU64 = AtomicU64::new(0);

/// The number of requests started so far: an outcome of a request numbered above a moment's clock
/// started after that moment (requests in flight together finish in any order).
pub fn request_clock() -> u64 {
    REQUESTS.load(Ordering::Relaxed)
}

impl Observer {
    /// Tells the observer the outcome of the request numbered `started`.
    pub(super) fn tell(&self, started: u64, outcome: &Result<(), ApiError>) {
        (self.0)(started, outcome);
    }

    pub fn new(f: impl Fn(u64, &Result<(), ApiError>) + Send + Sync + 'static) -> Self {
        Self(Arc::new(f))
    }
}

impl PartialEq for Observer {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Observer {}

impl std::fmt::Debug for Observer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Observer")
    }
}
