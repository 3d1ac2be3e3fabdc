//! A static host for the built app (Trunk's `dist/`), used by `cargo xtask dev` and the browser tests:
//! serves files, falls back to `index.html` for client-side routes, writes the configured API base into
//! `<meta name="hostway-api-base">`, and can send a Content-Security-Policy header.

use std::path::PathBuf;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

pub const API_BASE_META: &str = "hostway-api-base";

#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// The folder Trunk built (holds index.html).
    pub dist: PathBuf,
    /// Written into the API base meta tag of every index.html served; `None` keeps the built value.
    pub api_base: Option<String>,
    /// A Content-Security-Policy header for every response.
    pub csp: Option<String>,
}

/// Replaces the `content` of `<meta name="hostway-api-base" content="…">`, HTML-escaping the value.
/// Returns the input unchanged when the tag is absent.
pub fn set_api_base(html: &str, base: &str) -> String {
    let needle = format!("name=\"{API_BASE_META}\"");
    let Some(at) = html.find(&needle) else {
        return html.to_string();
    };
    let tag_start = html[..at].rfind('<').unwrap_or(at);
    let tag_end = at + html[at..].find('>').unwrap_or(html.len() - at);
    let tag = &html[tag_start..tag_end];
    let Some(c) = tag.find("content=\"") else {
        return html.to_string();
    };
    let value_start = tag_start + c + "content=\"".len();
    let Some(len) = html[value_start..tag_end].find('"') else {
        return html.to_string();
    };
    let escaped = base
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "{}{}{}",
        &html[..value_start],
        escaped,
        &html[value_start + len..]
    )
}

/// The router serving `config.dist`.
pub fn router(config: &SiteConfig) -> std::io::Result<Router> {
    let raw = std::fs::read_to_string(config.dist.join("index.html"))?;
    let index = match &config.api_base {
        Some(base) => set_api_base(&raw, base),
        None => raw,
    };
    let page = move || {
        let index = index.clone();
        async move {
            (
                StatusCode::OK,
                [(header::CACHE_CONTROL, "no-cache")],
                Html(index),
            )
                .into_response()
        }
    };
    let files = ServeDir::new(&config.dist).fallback(get(page.clone()));
    let mut router = Router::new()
        .route("/", get(page.clone()))
        .route("/index.html", get(page))
        .fallback_service(files);
    if let Some(csp) = &config.csp {
        let value = HeaderValue::from_str(csp)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        router = router.layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            value,
        ));
    }
    Ok(router)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_only_the_meta_content() {
        let html = r#"<head><meta charset="utf-8"><meta name="hostway-api-base" content="http://localhost:8081"></head>"#;
        let out = set_api_base(html, "https://api.example.com/v1?a=\"x\"");
        assert_eq!(
            out,
            r#"<head><meta charset="utf-8"><meta name="hostway-api-base" content="https://api.example.com/v1?a=&quot;x&quot;"></head>"#
        );
        assert_eq!(set_api_base("<p>no tag</p>", "x"), "<p>no tag</p>");
    }
}
