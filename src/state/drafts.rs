//! What the customer typed but has not saved yet, kept in `sessionStorage` so a reload or a failed save
//! loses nothing. Never credentials, passwords or card numbers: callers pass only safe fields, and
//! [`save`] refuses keys that name them.

use serde::de::DeserializeOwned;
use serde::Serialize;

const PREFIX: &str = "hostway.draft.";
const FORBIDDEN: &[&str] = &[
    "password",
    "card",
    "cvv",
    "verification",
    "authorization",
    "secret",
];

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether a draft key may be stored (no secret-looking names).
pub fn allowed(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    !FORBIDDEN.iter().any(|f| k.contains(f))
}

pub fn save<T: Serialize>(key: &str, value: &T) {
    if !allowed(key) {
        return;
    }
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(value)) {
        let _ = s.set_item(&format!("{PREFIX}{key}"), &text);
    }
}

pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(&format!("{PREFIX}{key}")).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn clear(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&format!("{PREFIX}{key}"));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn secrets_are_never_draft_keys() {
        assert!(super::allowed("contact.regular"));
        assert!(!super::allowed("account.password"));
        assert!(!super::allowed("payment.cardNumber"));
        assert!(!super::allowed("agent.Authorization"));
    }
}
