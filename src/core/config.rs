//! Where the API is, and how long a repeatable request is retried. Read from
//! `<meta name="hostway-api-base" content="…">` and `<meta name="hostway-retry" content="…">` in the
//! served page, so one build can be pointed at any API by editing those tags. Never from the query string:
//! a link must not be able to send an agent's credentials to another host.

use crate::api::retry::Backoff;

/// The default when the page has no usable tag (the sandbox's default address).
pub const DEFAULT_API_BASE: &str = "http://localhost:8081";
pub const API_BASE_META: &str = "hostway-api-base";
/// The waits in milliseconds before each repeat of a failed repeatable request (`"250 500 1000"`).
pub const RETRY_META: &str = "hostway-retry";
// The tags' selectors written out: no formatting code in the first stages for them.
const API_BASE_SELECTOR: &str = "meta[name=\"hostway-api-base\"]";
const RETRY_SELECTOR: &str = "meta[name=\"hostway-retry\"]";

/// The `content` of the document's first element matching `selector`.
fn meta(selector: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()??
        .get_attribute("content")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The API's base URL without a trailing slash, e.g. `https://api.hostway.com`.
    pub api_base: String,
    /// The waits between repeats of a request the API makes safe to repeat.
    pub retry: Backoff,
}

impl Config {
    /// Reads the meta tag of the current document.
    pub fn from_document() -> Self {
        let origin = web_sys::window().and_then(|w| w.location().origin().ok());
        Self::from_meta_at(meta(API_BASE_SELECTOR).as_deref(), origin.as_deref())
            .retrying(meta(RETRY_SELECTOR).as_deref())
    }

    /// The same configuration with the waits of `retry` (the tag's content), when it reads as [`Backoff`].
    pub fn retrying(self, retry: Option<&str>) -> Self {
        Self {
            retry: retry.and_then(Backoff::parse).unwrap_or_default(),
            ..self
        }
    }

    /// Accepts only absolute http(s) URLs; anything else falls back to the default.
    pub fn from_meta(content: Option<&str>) -> Self {
        Self::from_meta_at(content, None)
    }

    /// Like [`Config::from_meta`], and a path (`/api`) is the API under the page's own `origin`: the
    /// one-origin deployment, where a reverse proxy serves the API beside the app (no CORS, and the
    /// `OwnerId` cookie is first-party). Protocol-relative `//host` is refused like any other host.
    pub fn from_meta_at(content: Option<&str>, origin: Option<&str>) -> Self {
        let content = content.map(str::trim);
        let same_origin = content
            .filter(|c| c.starts_with('/') && !c.starts_with("//") && !c.contains(['\\', '?', '#']))
            .zip(origin.filter(|o| o.starts_with("https://") || o.starts_with("http://")))
            .map(|(path, origin)| format!("{origin}{path}"));
        let api_base = same_origin
            .as_deref()
            .or(content)
            .filter(|c| c.starts_with("https://") || c.starts_with("http://"))
            .map(|c| c.trim_end_matches('/').to_string())
            .filter(|c| c.len() > "https://".len())
            .unwrap_or_else(|| DEFAULT_API_BASE.to_string());
        Self {
            api_base,
            retry: Backoff::default(),
        }
    }

    /// The API's origin (`scheme://host[:port]`), the only place credentials may be sent.
    pub fn api_origin(&self) -> &str {
        let after_scheme = self.api_base.find("://").map_or(0, |i| i + 3);
        match self.api_base[after_scheme..].find('/') {
            Some(i) => &self.api_base[..after_scheme + i],
            None => &self.api_base,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_content_is_trimmed_and_checked() {
        assert_eq!(
            Config::from_meta(Some(" https://api.example.com/ ")).api_base,
            "https://api.example.com"
        );
        assert_eq!(
            Config::from_meta(Some("javascript:alert(1)")).api_base,
            DEFAULT_API_BASE
        );
        assert_eq!(Config::from_meta(Some("")).api_base, DEFAULT_API_BASE);
        assert_eq!(Config::from_meta(None).api_base, DEFAULT_API_BASE);
    }

    #[test]
    fn a_path_is_the_api_under_the_pages_own_origin() {
        let at = |c: &str| Config::from_meta_at(Some(c), Some("https://shop.example")).api_base;
        assert_eq!(at("/api/"), "https://shop.example/api");
        assert_eq!(at("https://api.example.com"), "https://api.example.com");
        assert_eq!(at("//evil.example/api"), DEFAULT_API_BASE);
        assert_eq!(at("api"), DEFAULT_API_BASE);
        assert_eq!(
            Config::from_meta_at(Some("/api"), Some("https://shop.example")).api_origin(),
            "https://shop.example"
        );
        assert_eq!(
            Config::from_meta_at(Some("/api"), None).api_base,
            DEFAULT_API_BASE
        );
    }

    #[test]
    fn retry_waits_come_from_their_tag_or_stay_the_production_ones() {
        let c = Config::from_meta(Some("https://api.example.com"));
        assert_eq!(c.retry, Backoff::default());
        assert_eq!(c.clone().retrying(Some("10 20")).retry.wait_ms(1), Some(20));
        assert_eq!(c.clone().retrying(Some("soon")).retry, Backoff::default());
        assert_eq!(c.retrying(None).retry, Backoff::default());
    }

    #[test]
    fn the_selectors_name_the_tags() {
        assert_eq!(API_BASE_SELECTOR, format!("meta[name=\"{API_BASE_META}\"]"));
        assert_eq!(RETRY_SELECTOR, format!("meta[name=\"{RETRY_META}\"]"));
    }

    #[test]
    fn origin_drops_the_path() {
        let c = Config::from_meta(Some("https://api.example.com:8443/v1/"));
        assert_eq!(c.api_origin(), "https://api.example.com:8443");
        assert_eq!(
            Config::from_meta(Some("http://localhost:8081")).api_origin(),
            "http://localhost:8081"
        );
    }
}
