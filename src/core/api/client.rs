//! The one place requests are made: base URL + path, credentialed (`credentials: include`, so the browser
//! sends and stores `OwnerId`), JSON with the documented content type, Basic credentials for agents, and
//! reads aborted when the view that asked for them is cleaned up. Credentials only ever go to the
//! configured API: callers pass paths, never URLs.

use std::sync::atomic::Ordering;

use gloo_net::http::{Method, RequestBuilder};
use serde_json::Value;
use web_sys::{RequestCredentials, RequestMode};

use super::error::ApiError;
use super::observe::REQUESTS;
pub use super::observe::{request_clock, Observer, Refusal};
use super::retry::{online, safe_to_repeat, until_online, worth_retrying, Backoff};

pub const JSON_CONTENT_TYPE: &str = "application/json; charset=UTF-8";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    base: String,
    /// `Basic …` for a signed-in agent; held in memory only.
    authorization: Option<String>,
    observer: Option<Observer>,
    refusal: Refusal,
    backoff: Backoff,
}

/// A response that succeeded (2xx).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    /// `Location`, when the API exposed it (it needs `Access-Control-Expose-Headers`).
    pub location: Option<String>,
    pub body: String,
    /// The client's observer, told when the body turns out unreadable, and the request's number.
    observer: Option<(Observer, u64)>,
}

impl Reply {
    /// The body as the documentation describes it. An answer that is not (not JSON, a required field
    /// missing or of another type) is an [`ApiError::Decode`]: logged to the console with the decoder's
    /// text, and told to the observer, since the page will show a failure.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, ApiError> {
        decode(&self.body).map_err(|e| {
            let e = match e {
                ApiError::Decode { detail, .. } => ApiError::Decode {
                    status: Some(self.status),
                    detail,
                },
                other => other,
            };
            e.log("an answer could not be read");
            if let Some((observer, started)) = &self.observer {
                observer.tell(*started, &Err(e.clone()));
            }
            e
        })
    }
}

/// A body as the wire type `T`; anything else is an [`ApiError::Decode`] (never a panic, never a
/// default standing in for a required field: see `model`'s rule).
pub fn decode<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    serde_json::from_str(body).map_err(|e| ApiError::decode(e.to_string()))
}

impl Client {
    pub fn new(base: impl Into<String>) -> Self {
        Self {
            base: base.into().trim_end_matches('/').to_string(),
            authorization: None,
            observer: None,
            refusal: Refusal::default(),
            backoff: Backoff::default(),
        }
    }

    /// The same client, waiting `backoff` between the repeats of a repeatable request.
    pub fn with_backoff(self, backoff: Backoff) -> Self {
        Self { backoff, ..self }
    }

    /// The flag the health check sets when the API refuses this origin (shared by this client's clones).
    pub fn refusal(&self) -> &Refusal {
        &self.refusal
    }

    /// The same client, telling `observer` the outcome of each request.
    pub fn observed(self, observer: Observer) -> Self {
        Self {
            observer: Some(observer),
            ..self
        }
    }

    /// The same client, sending HTTP Basic credentials.
    pub fn with_basic(&self, user: &str, password: &str) -> Self {
        Self {
            base: self.base.clone(),
            authorization: Some(format!(
                "Basic {}",
                super::base64::encode(format!("{user}:{password}").as_bytes())
            )),
            observer: self.observer.clone(),
            refusal: self.refusal.clone(),
            backoff: self.backoff,
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn has_credentials(&self) -> bool {
        self.authorization.is_some()
    }

    /// The URL for an API path. Paths are absolute (`/orders/…`) and never protocol-relative.
    pub fn url(&self, path: &str) -> String {
        debug_assert!(
            path.starts_with('/') && !path.starts_with("//"),
            "API paths only: {path}"
        );
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> Result<Reply, ApiError> {
        self.send(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Result<Reply, ApiError> {
        self.send(Method::POST, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: &Value) -> Result<Reply, ApiError> {
        self.send(Method::PUT, path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Result<Reply, ApiError> {
        self.send(Method::DELETE, path, None).await
    }

    /// One request without repeating it: for probes that must answer at once (the health check).
    pub async fn get_once(&self, path: &str) -> Result<Reply, ApiError> {
        self.send_once(Method::GET, path, None, 0).await
    }

    /// Sends a request; a transient failure (network, 502–504) of a request the API makes safe to
    /// repeat ([`safe_to_repeat`]) is retried with the configured [`Backoff`] (in production 7 repeats,
    /// 12.75 s in all).
    ///
    /// Offline (`navigator.onLine` false), nothing is sent: a read waits until the browser is back
    /// online, then goes on; a write fails at once with [`ApiError::Offline`], so the person is told and
    /// sends it again themselves (their input stays in the form).
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Reply, ApiError> {
        let repeat = safe_to_repeat(&method, path, body);
        let started = REQUESTS.fetch_add(1, Ordering::Relaxed) + 1;
        let mut attempt = 0;
        loop {
            if !online() {
                if method != Method::GET {
                    return Err(ApiError::Offline);
                }
                until_online().await;
            }
            match self.send_once(method.clone(), path, body, started).await {
                // Went offline while it was under way: a read waits above; a write says so.
                Err(ApiError::Network(_)) if !online() && method == Method::GET => {}
                // The API refuses this origin: no retry can help, and the cause is known.
                Err(ApiError::Network(_)) if self.refusal.is_set() => {
                    let e = ApiError::OriginRefused;
                    if let Some(observer) = &self.observer {
                        observer.tell(started, &Err(e.clone()));
                    }
                    return Err(e);
                }
                Err(e)
                    if repeat
                        && worth_retrying(path, &e)
                        && self.backoff.wait_ms(attempt).is_some() =>
                {
                    crate::timer::sleep(self.backoff.wait_ms(attempt).unwrap_or_default()).await;
                    attempt += 1;
                }
                other => {
                    if let Some(observer) = &self.observer {
                        observer.tell(started, &other.as_ref().map(|_| ()).map_err(Clone::clone));
                    }
                    if let Err(e) = &other {
                        if e.is_service_fault() || matches!(e, ApiError::Network(_)) {
                            e.log(&format!("{method:?} {path}"));
                        }
                    }
                    return other;
                }
            }
        }
    }

    async fn send_once(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        started: u64,
    ) -> Result<Reply, ApiError> {
        let abort = if method == Method::GET {
            abort_on_cleanup()
        } else {
            None
        };
        let mut request = RequestBuilder::new(&self.url(path))
            .method(method)
            .credentials(RequestCredentials::Include)
            .abort_signal(abort.as_ref());
        if let Some(auth) = &self.authorization {
            request = request.header("Authorization", auth);
        }
        let request = match body {
            Some(body) => request
                .header("Content-Type", JSON_CONTENT_TYPE)
                .body(body.to_string())
                .map_err(|e| ApiError::decode(e.to_string()))?,
            None => request
                .build()
                .map_err(|e| ApiError::decode(e.to_string()))?,
        };
        let response = request.send().await.map_err(|e| {
            if abort.as_ref().is_some_and(web_sys::AbortSignal::aborted) {
                ApiError::Aborted
            } else {
                ApiError::Network(e.to_string())
            }
        })?;
        let status = response.status();
        let location = response.headers().get("Location");
        let body = response
            .text()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        if (200..300).contains(&status) {
            Ok(Reply {
                status,
                location,
                body,
                observer: self.observer.clone().map(|o| (o, started)),
            })
        } else {
            Err(ApiError::from_response(status, &body))
        }
    }

    /// Whether anything answers at `path` when CORS is not asked for (an opaque `no-cors` fetch, no
    /// credentials). Tells "API down" apart from "API up but this origin is not allowed".
    pub async fn reachable_without_cors(&self, path: &str) -> bool {
        RequestBuilder::new(&self.url(path))
            .mode(RequestMode::NoCors)
            .credentials(RequestCredentials::Omit)
            .send()
            .await
            .is_ok()
    }
}

/// An abort signal tied to the view that asked (see [`crate::scope`]): when it is cleaned up, the read
/// stops.
fn abort_on_cleanup() -> Option<web_sys::AbortSignal> {
    #[cfg(target_arch = "wasm32")]
    {
        let controller = web_sys::AbortController::new().ok()?;
        let signal = controller.signal();
        crate::scope::on_cleanup(move || controller.abort());
        Some(signal)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_built_on_the_configured_base_only() {
        let c = Client::new("https://api.example.com/");
        assert_eq!(c.url("/orders"), "https://api.example.com/orders");
        assert!(!c.has_credentials());
        assert!(c.with_basic("u", "p").has_credentials());
    }
}
