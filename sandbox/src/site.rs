//! A static host for the built app (Trunk's `dist/`), used by `cargo xtask dev` and the browser tests:
//! serves files, falls back to `index.html` for client-side routes, writes the configured API base into
//! `<meta name="hostway-api-base">`, can send a Content-Security-Policy header, and lets any origin load
//! the files (the embedded widget runs on shops' pages).

use std::path::PathBuf;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

pub const API_BASE_META: &str = "hostway-api-base";
pub const RETRY_META: &str = "hostway-retry";

#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// The folder Trunk built (holds index.html).
    pub dist: PathBuf,
    /// Written into the API base meta tag of every index.html served; `None` keeps the built value.
    pub api_base: Option<String>,
    /// A Content-Security-Policy header for every response.
    pub csp: Option<String>,
    /// Written into `<meta name="hostway-retry">` (the app's waits between repeats, `"20 20 20"`);
    /// `None` keeps the app's production waits.
    pub retry: Option<String>,
    /// `cargo xtask dev --watch`: pages read again on each request (a rebuild renames the modules)
    /// and reloading themselves after a rebuild (see [`crate::live`]).
    pub live: Option<crate::live::Version>,
}

/// Replaces `<meta name="hostway-api-base" content="…">` (attributes in any order, quoted or not) with
/// one carrying `base`, HTML-escaped. Returns the input unchanged when there is no such tag.
pub fn set_api_base(html: &str, base: &str) -> String {
    match find_meta(html, API_BASE_META) {
        Some((start, end)) => format!(
            "{}{}{}",
            &html[..start],
            meta(API_BASE_META, base),
            &html[end..]
        ),
        None => html.to_string(),
    }
}

/// Adds `<meta name="hostway-retry" content="…">` (the app's waits between repeats of a failed request)
/// after the API base tag, replacing one already there. Unchanged when there is no API base tag.
pub fn set_retry(html: &str, waits: &str) -> String {
    let html = match find_meta(html, RETRY_META) {
        Some((start, end)) => format!("{}{}", &html[..start], &html[end..]),
        None => html.to_string(),
    };
    match find_meta(&html, API_BASE_META) {
        Some((_, end)) => format!(
            "{}{}{}",
            &html[..end],
            meta(RETRY_META, waits),
            &html[end..]
        ),
        None => html,
    }
}

/// Where the `<meta name="{name}" …>` tag is: its start and the index after its `>`.
fn find_meta(html: &str, name: &str) -> Option<(usize, usize)> {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<meta") {
        let start = from + i;
        let end = start + lower[start..].find('>')? + 1;
        if meta_name(&html[start..end]).as_deref() == Some(name) {
            return Some((start, end));
        }
        from = end;
    }
    None
}

/// `<meta name="{name}" content="{content}">`, the content HTML-escaped.
fn meta(name: &str, content: &str) -> String {
    let escaped = content
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<meta name=\"{name}\" content=\"{escaped}\">")
}

/// The `name` attribute of one `<meta …>` tag, quoted or not.
fn meta_name(tag: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut search = 0;
    while let Some(i) = lower[search..].find("name=") {
        let at = search + i;
        search = at + 5;
        let boundary = lower[..at].chars().last().is_some_and(char::is_whitespace);
        if !boundary {
            continue;
        }
        let rest = &tag[at + 5..];
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next(),
            _ => rest
                .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .next(),
        };
        return value.map(str::to_string);
    }
    None
}

/// The strict policy the app is served with by `cargo xtask dev` and the browser tests: nothing inline,
/// no eval but wasm's, requests only to the API and to the page's own origin. (`'self'` in `connect-src`
/// is needed: browsers load a wasm module with `fetch`, which `connect-src` governs.)
pub fn strict_csp(api_base: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         connect-src 'self' {api_base}; img-src 'self'; base-uri 'none'; form-action 'self'"
    )
}

/// A built page with the configured API base (and retry waits) written into its tags.
fn page_with_base(path: &std::path::Path, config: &SiteConfig) -> std::io::Result<String> {
    let raw = std::fs::read_to_string(path)?;
    let page = match &config.api_base {
        Some(base) => {
            let rewritten = set_api_base(&raw, base);
            if rewritten == raw && !raw.contains(base.as_str()) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("{} has no <meta name=\"{API_BASE_META}\">", path.display()),
                ));
            }
            rewritten
        }
        None => raw,
    };
    Ok(match &config.retry {
        Some(waits) => set_retry(&page, waits),
        None => page,
    })
}

/// A handler answering `html`, never cached stale.
fn html_page(html: String) -> axum::routing::MethodRouter {
    get(move || {
        let html = html.clone();
        async move { no_cache(html) }
    })
}

fn no_cache(html: String) -> axum::response::Response {
    (
        StatusCode::OK,
        [(header::CACHE_CONTROL, "no-cache")],
        Html(html),
    )
        .into_response()
}

/// A handler answering the page at `path` as it is on disk now, with the reload script (live site).
fn live_page(path: PathBuf, config: SiteConfig) -> axum::routing::MethodRouter {
    get(move || {
        let (path, config) = (path.clone(), config.clone());
        async move {
            match page_with_base(&path, &config) {
                Ok(html) => no_cache(crate::live::with_script(&html)),
                Err(e) => {
                    (StatusCode::SERVICE_UNAVAILABLE, format!("{e}: rebuilding?")).into_response()
                }
            }
        }
    })
}

/// The router serving `config.dist`: the customer's app at the root (its client-side routes answer
/// `index.html`), the agent portal under `/agent` (answering `agent/index.html`).
pub fn router(config: &SiteConfig) -> std::io::Result<Router> {
    let index_path = config.dist.join("index.html");
    let index = page_with_base(&index_path, config)?;
    let agent_path = config.dist.join("agent/index.html");
    let agent = if agent_path.exists() {
        page_with_base(&agent_path, config)?
    } else {
        index.clone()
    };
    let (page, agent_page) = match &config.live {
        Some(_) => (
            live_page(index_path, config.clone()),
            live_page(agent_path, config.clone()),
        ),
        None => (html_page(index), html_page(agent)),
    };
    let agent_files = ServeDir::new(config.dist.join("agent"))
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(agent_page);
    // The brotli and gzip -9 copies `cargo xtask build` writes beside each asset are sent as they are,
    // as a CDN would.
    let files = ServeDir::new(&config.dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(page.clone());
    // Shops load `widget.js`, the bindings and the wasm module from their own pages: module scripts and
    // `fetch` are CORS requests, and these files are public.
    let mut router = Router::new()
        .route("/", page.clone())
        .route("/index.html", page)
        .nest_service("/agent", agent_files)
        .fallback_service(files)
        .layer(SetResponseHeaderLayer::overriding(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ))
        // Shops' pages may measure what the widget costs them (Resource Timing's sizes and times).
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("timing-allow-origin"),
            HeaderValue::from_static("*"),
        ));
    if let Some(version) = &config.live {
        router = router.merge(crate::live::routes(version.clone()));
    }
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
    fn retry_waits_are_written_after_the_api_base() {
        let html = r#"<head><meta name="hostway-api-base" content="http://a"><title>"#;
        let once = set_retry(html, "20 20");
        assert_eq!(
            once,
            r#"<head><meta name="hostway-api-base" content="http://a"><meta name="hostway-retry" content="20 20"><title>"#
        );
        assert_eq!(set_retry(&once, "5"), set_retry(html, "5"), "replaced");
        assert_eq!(set_retry("<head>", "5"), "<head>");
    }

    #[test]
    fn rewrites_only_the_meta_content() {
        let html = r#"<head><meta charset="utf-8"><meta name="hostway-api-base" content="http://localhost:8081"></head>"#;
        let out = set_api_base(html, "https://api.example.com/v1?a=\"x\"");
        assert_eq!(
            out,
            r#"<head><meta charset="utf-8"><meta name="hostway-api-base" content="https://api.example.com/v1?a=&quot;x&quot;"></head>"#
        );
        assert_eq!(set_api_base("<p>no tag</p>", "x"), "<p>no tag</p>");
        // Minified by a tool: unquoted, attributes reordered.
        let minified =
            "<meta charset=utf-8><meta content=http://localhost:8081 name=hostway-api-base><title>";
        assert_eq!(
            set_api_base(minified, "http://localhost:9"),
            "<meta charset=utf-8><meta name=\"hostway-api-base\" content=\"http://localhost:9\"><title>"
        );
    }
}
