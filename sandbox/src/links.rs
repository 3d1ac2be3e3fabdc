//! Absolute hrefs, as the documentation's hypermedia uses them (`{"href": "https://…/orders/", "rel": "self"}`).

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};
use serde_json::{json, Value};

/// The API's own base URL (`http://host:port`), taken from the request's `Host`.
#[derive(Clone, Debug)]
pub struct Base(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Base {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let host = parts
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            })
            .unwrap_or("localhost");
        Ok(Base(format!("http://{host}")))
    }
}

impl Base {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.0, path)
    }

    pub fn link(&self, path: &str, rel: &str) -> Value {
        json!({"href": self.url(path), "rel": rel})
    }

    pub fn order(&self, order_id: &str) -> String {
        self.url(&format!("/orders/{order_id}"))
    }
}

/// The last path segment of a URL or path, ignoring a trailing slash: the id in an href.
pub fn last_segment(href: &str) -> &str {
    href.trim_end_matches('/').rsplit('/').next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    #[test]
    fn last_segment_ignores_trailing_slash() {
        assert_eq!(super::last_segment("https://a/b/services/abc/"), "abc");
        assert_eq!(super::last_segment("core.dnr.com"), "core.dnr.com");
    }
}
