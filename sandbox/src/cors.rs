//! Credentialed CORS for the browser app: an origin allowlist, the origin echoed, credentials allowed,
//! `Content-Type` and `Authorization` accepted, `Location` exposed. Other origins get no grant at all.
//!
//! The documentation advertises `Access-Control-Allow-Origin: *` on `OPTIONS /orders/{id}/action`, which a
//! browser refuses for credentialed requests, and the order's identity is a cookie. The sandbox therefore
//! answers as a deployment that serves browsers must (see the README, "CORS vs cookie identity").

use std::time::Duration;

use axum::http::{header, HeaderValue, Method};
use tower_http::cors::{AllowOrigin, CorsLayer};

pub fn layer(origins: &[String]) -> CorsLayer {
    let allowed: Vec<HeaderValue> = origins
        .iter()
        .map(|o| o.trim().trim_end_matches('/'))
        // `*` cannot carry credentials; it is ignored rather than turned into a wildcard grant.
        .filter(|o| !o.is_empty() && *o != "*")
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(allowed))
        .allow_credentials(true)
        .allow_methods([
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::DELETE,
            Method::OPTIONS,
        ])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
        .expose_headers([header::LOCATION])
        .max_age(Duration::from_secs(600))
}
