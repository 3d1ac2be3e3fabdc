//! Fault injection for tests and demos: latency per request, a share of 502s, provisioning failure.
//! Set at start from the command line and changed at run time through the loopback-only admin route.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
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
        let faults = Self::default();
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

    fn should_fail(&self) -> bool {
        let ppm = self.fail_rate_ppm.load(Ordering::Relaxed);
        let fail = ppm > 0 && rand::random_range(0..1_000_000) < ppm;
        if fail {
            self.injected.fetch_add(1, Ordering::Relaxed);
        }
        fail
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
    if state.faults.should_fail() {
        return ApiError::BadGateway("Unexpected backend response".into()).into_response();
    }
    next.run(request).await
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
        assert!(f.should_fail());
        f.apply(&FaultSettings {
            fail_rate: Some(0.0),
            ..Default::default()
        });
        assert!(!f.should_fail());
    }
}
