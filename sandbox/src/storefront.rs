//! The demo storefront: a shop's page on its own origin that embeds the ordering widget with one script
//! tag, as the README tells shops to. Served by `cargo xtask dev` and by the browser tests, with a strict
//! Content-Security-Policy that allows only the app (scripts, wasm) and the API (requests).
//!
//! `{{APP}}` and `{{API}}` in the HTML files become the app's and the API's base URLs.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;

/// The demo storefront shipped in the repository.
pub fn demo_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/storefront"))
}

#[derive(Clone, Debug)]
pub struct StorefrontConfig {
    /// Folders served, each under a path prefix (`""` for the root).
    pub folders: Vec<(String, PathBuf)>,
    /// Where the app (and its `widget.js`) is served, without a trailing slash.
    pub app: String,
    /// The ordering API's base URL.
    pub api: String,
}

/// The policy a shop needs for the widget: nothing inline, scripts and wasm from the app, requests to
/// the API (and the app, which serves the wasm module).
pub fn csp(app: &str, api: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {app} 'wasm-unsafe-eval'; style-src 'self'; \
         connect-src 'self' {app} {api}; img-src 'self'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

pub fn router(config: StorefrontConfig) -> Router {
    Router::new().fallback(serve).with_state(Arc::new(config))
}

fn within(prefix: &str, path: &str) -> Option<String> {
    let rest = path.strip_prefix(prefix)?;
    (prefix.is_empty() || rest.is_empty() || rest.starts_with('/')).then(|| rest.to_string())
}

async fn serve(State(config): State<Arc<StorefrontConfig>>, uri: Uri) -> Response {
    let path = uri.path();
    let found = config
        .folders
        .iter()
        .filter_map(|(prefix, dir)| within(prefix, path).map(|rest| (prefix.len(), dir, rest)))
        .max_by_key(|(len, _, _)| *len);
    let Some((_, dir, rest)) = found else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let relative = Path::new(rest.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut file = dir.join(relative);
    if rest.is_empty() || rest.ends_with('/') {
        file = file.join("index.html");
    }
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let Ok(mut body) = std::fs::read_to_string(&file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if kind.starts_with("text/html") {
        body = body
            .replace("{{APP}}", &attribute(&config.app))
            .replace("{{API}}", &attribute(&config.api));
    }
    let policy = HeaderValue::from_str(&csp(&config.app, &config.api))
        .unwrap_or(HeaderValue::from_static("default-src 'self'"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (header::CONTENT_SECURITY_POLICY, policy),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_their_folder() {
        assert_eq!(within("", "/index.html").as_deref(), Some("/index.html"));
        assert_eq!(
            within("/test", "/test/hostile.html").as_deref(),
            Some("/hostile.html")
        );
        assert_eq!(within("/test", "/testing"), None);
    }

    #[test]
    fn the_policy_allows_only_the_app_and_the_api() {
        let p = csp("http://localhost:8080", "http://localhost:8081");
        assert!(p.contains("script-src 'self' http://localhost:8080 'wasm-unsafe-eval';"));
        assert!(p.contains("style-src 'self';"));
        assert!(!p.contains("unsafe-inline"));
    }
}
