//! The catalog's search and category in the page's URL (`?q=…&category=…`), read with `URLSearchParams`
//! and replaced, not pushed: Back leaves the catalog instead of undoing keystrokes.

use wasm_bindgen::JsValue;

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

/// The search and the category in the page's URL.
pub(super) fn from_url() -> (String, String) {
    let search = window().location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let get = |k: &str| params.as_ref().and_then(|p| p.get(k)).unwrap_or_default();
    (get("q"), get("category"))
}

/// Puts `search` and `category` in the URL's query (empty ones left out), replacing the history entry.
pub(super) fn replace(search: &str, category: &str) {
    let location = window().location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return;
    };
    for (key, value) in [("q", search), ("category", category)] {
        if value.is_empty() {
            params.delete(key);
        } else {
            params.set(key, value);
        }
    }
    let query = String::from(params.to_string());
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
