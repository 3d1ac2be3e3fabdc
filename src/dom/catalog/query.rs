//! The catalog's search and category in the page's URL (`?q=…&category=…`), read with `URLSearchParams`
//! and replaced, not pushed: Back leaves the catalog instead of undoing keystrokes. The address's owner
//! writes it (`view::Address`).

use wasm_bindgen::JsValue;

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

/// The search and the category in the page's URL.
pub(super) fn from_url() -> (String, String) {
    from_query(&window().location().search().unwrap_or_default())
}

/// The search and the category in a query string (`q=…&category=…`, with or without its `?`).
pub(super) fn from_query(query: &str) -> (String, String) {
    let params = web_sys::UrlSearchParams::new_with_str(query).ok();
    let get = |k: &str| params.as_ref().and_then(|p| p.get(k)).unwrap_or_default();
    (get("q"), get("category"))
}

/// The page's address with `search` and `category` in its query (empty ones left out), the rest of
/// its query kept.
pub(super) fn with(search: &str, category: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return path;
    };
    for (key, value) in [("q", search), ("category", category)] {
        if value.is_empty() {
            params.delete(key);
        } else {
            params.set(key, value);
        }
    }
    let query = String::from(params.to_string());
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// Replaces the page's address with `url` through the history API (where no router owns it).
pub fn replace_with_history(url: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}
