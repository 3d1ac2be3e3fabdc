//! JSON kept in the browser, for the tab (`sessionStorage`: drafts, the agent's placed orders) or for
//! the browser (`localStorage`: receipts). Never a secret: the callers keep only words, amounts and
//! references. A storage the browser refuses (private mode, a sandboxed frame) keeps nothing.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Which storage: the tab's, or the browser's.
#[derive(Clone, Copy)]
pub enum Keep {
    ForTheTab,
    ForTheBrowser,
}

fn storage(keep: Keep) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match keep {
        Keep::ForTheTab => window.session_storage(),
        Keep::ForTheBrowser => window.local_storage(),
    }
    .ok()
    .flatten()
}

/// What is kept under `key`, when it is there and still reads as a `T`.
pub fn read<T: DeserializeOwned>(keep: Keep, key: &str) -> Option<T> {
    let text = storage(keep)?.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn write<T: Serialize + ?Sized>(keep: Keep, key: &str, value: &T) {
    if let (Some(s), Ok(text)) = (storage(keep), serde_json::to_string(value)) {
        let _ = s.set_item(key, &text);
    }
}

pub fn remove(keep: Keep, key: &str) {
    if let Some(s) = storage(keep) {
        let _ = s.remove_item(key);
    }
}
