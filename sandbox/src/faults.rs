//! Fault injection for tests and demos: latency per request, a share of 502s, provisioning failure.
//! Set at start from the command line and changed at run time through the loopback-only admin route.
//! Which requests fail follows a seed (`--fault-seed`): the same seed fails the same requests on every
//! run, whatever the order in which requests to different paths arrive.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::error::ApiError;
use crate::AppState;

/// Paths under this prefix (the admin routes) are never delayed or failed.
pub const ADMIN_PREFIX: &str = "/__sandbox";

#[derive(Debug, Default)]
pub struct Faults {
    latency_ms: AtomicU64,
    /// The 502 rate in millionths.
    fail_rate_ppm: AtomicU64,
    provision_ms: AtomicU64,
    fail_provisioning: AtomicBool,
    /// 502s answered so far.
    injected: AtomicU64,
    seed: u64,
    /// Requests seen so far per method and path shape (see [`shape`]).
    seen: Mutex<HashMap<String, u64>>,
}

/// The fault settings as the admin route shows and accepts them (every field optional on PUT).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FaultSettings {
    pub latency_ms: Option<u64>,
    pub fail_rate: Option<f64>,
    pub provision_ms: Option<u64>,
    pub fail_provisioning: Option<bool>,
}

impl Faults {
    pub fn from_config(config: &Config) -> Self {
        let faults = Self {
            seed: config.fault_seed.unwrap_or_else(rand::random),
            ..Self::default()
        };
        faults.apply(&FaultSettings {
            latency_ms: Some(config.latency_ms),
            fail_rate: Some(config.fail_rate),
            provision_ms: Some(config.provision_ms),
            fail_provisioning: Some(config.fail_provisioning),
        });
        faults
    }

    pub fn apply(&self, s: &FaultSettings) {
        if let Some(v) = s.latency_ms {
            self.latency_ms.store(v, Ordering::Relaxed);
        }
        if let Some(v) = s.fail_rate {
            let ppm = (v.clamp(0.0, 1.0) * 1_000_000.0).round() as u64;
            self.fail_rate_ppm.store(ppm, Ordering::Relaxed);
        }
        if let Some(v) = s.provision_ms {
            self.provision_ms.store(v, Ordering::Relaxed);
        }
        if let Some(v) = s.fail_provisioning {
            self.fail_provisioning.store(v, Ordering::Relaxed);
        }
    }

    pub fn settings(&self) -> FaultSettings {
        FaultSettings {
            latency_ms: Some(self.latency_ms.load(Ordering::Relaxed)),
            fail_rate: Some(self.fail_rate_ppm.load(Ordering::Relaxed) as f64 / 1_000_000.0),
            provision_ms: Some(self.provision_ms()),
            fail_provisioning: Some(self.fail_provisioning()),
        }
    }

    pub fn provision_ms(&self) -> u64 {
        self.provision_ms.load(Ordering::Relaxed)
    }

    pub fn fail_provisioning(&self) -> bool {
        self.fail_provisioning.load(Ordering::Relaxed)
    }

    /// The seed deciding which requests fail.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Whether this request (the nth of `method` to `path`'s shape) is answered with a 502: a draw from
    /// the seed, the method, the shape and n, so runs with one seed fail the same requests.
    fn should_fail(&self, method: &str, path: &str) -> bool {
        let ppm = self.fail_rate_ppm.load(Ordering::Relaxed);
        if ppm == 0 {
            return false;
        }
        let key = format!("{method} {}", shape(path));
        let n = {
            let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            *n
        };
        let mut draw = DefaultHasher::new();
        (self.seed, key, n).hash(&mut draw);
        let fail = draw.finish() % 1_000_000 < ppm;
        if fail {
            self.injected.fetch_add(1, Ordering::Relaxed);
        }
        fail
    }

    /// How many `method` requests to `path`'s shape (ids left out) met the injector while it was
    /// failing requests: a test's count of the app's attempts.
    pub fn seen(&self, method: &str, path: &str) -> u64 {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.get(&format!("{method} {}", shape(path)))
            .copied()
            .unwrap_or(0)
    }

    /// How many 502s have been injected since start.
    pub fn injected(&self) -> u64 {
        self.injected.load(Ordering::Relaxed)
    }
}

/// Middleware: delay, then maybe answer 502 before the request touches any state.
pub async fn inject(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.uri().path().starts_with(ADMIN_PREFIX) {
        return next.run(request).await;
    }
    let latency = state.faults.latency_ms.load(Ordering::Relaxed);
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if state
        .faults
        .should_fail(request.method().as_str(), request.uri().path())
    {
        return ApiError::BadGateway("Unexpected backend response".into()).into_response();
    }
    next.run(request).await
}

/// A path with its ids left out (`/orders/{id}/quote`): order ids and account numbers are new on every
/// run, so the draw must not depend on them. A segment holding a digit is taken for an id.
fn shape(path: &str) -> String {
    path.trim_end_matches('/')
        .split('/')
        .map(|s| {
            if s.bytes().any(|b| b.is_ascii_digit()) {
                "{id}"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_is_clamped_and_round_trips() {
        let f = Faults::default();
        f.apply(&FaultSettings {
            fail_rate: Some(1.5),
            ..Default::default()
        });
        assert_eq!(f.settings().fail_rate, Some(1.0));
        assert!(f.should_fail("GET", "/orders"));
        f.apply(&FaultSettings {
            fail_rate: Some(0.0),
            ..Default::default()
        });
        assert!(!f.should_fail("GET", "/orders"));
    }

    /// Which of 200 requests fail, for a seed: the same on every run; ids do not change the draw.
    fn failures(seed: u64, ids: &str) -> Vec<bool> {
        let f = Faults {
            seed,
            ..Faults::default()
        };
        f.apply(&FaultSettings {
            fail_rate: Some(0.3),
            ..Default::default()
        });
        (0..200)
            .map(|i| match i % 3 {
                0 => f.should_fail("GET", &format!("/orders/{ids}/quote")),
                1 => f.should_fail("POST", "/orders"),
                _ => f.should_fail("GET", &format!("/accounts/acct{ids}/")),
            })
            .collect()
    }

    #[test]
    fn a_seed_fails_the_same_requests_every_run() {
        let first = failures(27, "0a1b");
        assert_eq!(first, failures(27, "9f9f"), "same seed, other ids");
        assert_ne!(first, failures(28, "0a1b"), "another seed");
        let share = first.iter().filter(|f| **f).count();
        assert!((30..=90).contains(&share), "about 30 %: {share} of 200");
        assert_eq!(shape("/orders/0a1b/quote/"), "/orders/{id}/quote");
    }
}
