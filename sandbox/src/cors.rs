//! Credentialed CORS for the browser app: an origin allowlist, the origin echoed, credentials allowed,
//! `Content-Type` and `Authorization` accepted, `Location` exposed. Other origins get no grant at all.
//!
//! The documentation advertises `Access-Control-Allow-Origin: *` on `OPTIONS /orders/{id}/action`, which a
//! browser refuses for credentialed requests, and the order's identity is a cookie. The sandbox therefore
//! answers as a deployment that serves browsers must (see the README, "CORS vs cookie identity").
//! Only real preflights (`OPTIONS` with `Access-Control-Request-Method`) are answered here; a plain
//! `OPTIONS` reaches the routes, so the documented `OPTIONS …/action` (200 or 404) still works.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub const ALLOW_METHODS: &str = "GET, POST, PUT, DELETE, OPTIONS";
pub const ALLOW_HEADERS: &str = "Content-Type, Authorization";

/// The allowed origins, normalised (no trailing slash; `*` is ignored: it cannot carry credentials).
/// `as_documented`: no grant at all, whatever the list (see `--as-documented`).
#[derive(Clone, Debug, Default)]
pub struct Origins(Arc<Vec<String>>, bool);

impl Origins {
    pub fn new(list: &[String]) -> Self {
        Self(
            Arc::new(
                list.iter()
                    .map(|o| o.trim().trim_end_matches('/').to_string())
                    .filter(|o| !o.is_empty() && o != "*")
                    .collect(),
            ),
            false,
        )
    }

    /// CORS as the documentation shows it: nothing but the documented `OPTIONS …/action` answer.
    pub fn as_documented() -> Self {
        Self(Arc::default(), true)
    }

    /// The request's `Origin` when it is allowed.
    fn granted(&self, headers: &HeaderMap) -> Option<HeaderValue> {
        let origin = headers.get(header::ORIGIN)?;
        let text = origin.to_str().ok()?;
        self.0.iter().any(|o| o == text).then(|| origin.clone())
    }
}

fn grant(headers: &mut HeaderMap, origin: HeaderValue) {
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
        HeaderValue::from_static("true"),
    );
}

pub async fn middleware(State(origins): State<Origins>, request: Request, next: Next) -> Response {
    if origins.1 {
        // The routes answer everything, preflights included: the documented `OPTIONS …/action` with its
        // `*`, other `OPTIONS` with 405. No answer carries a credentials grant or exposed headers.
        return next.run(request).await;
    }
    let granted = origins.granted(request.headers());
    let preflight = request.method() == Method::OPTIONS
        && request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = if preflight {
        // No grant for other origins: the browser then refuses the actual request.
        let mut r = StatusCode::NO_CONTENT.into_response();
        if granted.is_some() {
            let h = r.headers_mut();
            h.insert(
                header::ACCESS_CONTROL_ALLOW_METHODS,
                HeaderValue::from_static(ALLOW_METHODS),
            );
            h.insert(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static(ALLOW_HEADERS),
            );
            h.insert(
                header::ACCESS_CONTROL_MAX_AGE,
                HeaderValue::from_static("600"),
            );
        }
        r
    } else {
        let mut r = next.run(request).await;
        if granted.is_some() {
            r.headers_mut().insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static("Location"),
            );
        }
        r
    };
    if let Some(origin) = granted {
        grant(response.headers_mut(), origin);
    }
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("Origin"));
    response
}
