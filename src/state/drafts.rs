//! What the customer typed but has not saved yet, kept in `sessionStorage` so a reload or a failed save
//! loses nothing. Never credentials, passwords or card numbers: callers pass only safe fields, and
//! [`save`] refuses keys that name them.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::stored::{self, Keep};
use super::tasks::watch;
const PREFIX: &str = "hostway.draft.";
const FORBIDDEN: &[&str] = &[
    "password",
    "card",
    "cvv",
    "verification",
    "authorization",
    "secret",
];

/// Whether a draft key may be stored (no secret-looking names).
pub fn allowed(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    !FORBIDDEN.iter().any(|f| k.contains(f))
}

pub fn save<T: Serialize>(key: &str, value: &T) {
    if !allowed(key) {
        return;
    }
    stored::write(Keep::ForTheTab, &format!("{PREFIX}{key}"), value);
}

/// Keeps the draft `value` under `key` as it is typed: written again whenever a signal it reads
/// changes (the outside world, so the one Effect every form's draft shares).
pub fn keep<T: Serialize>(key: String, value: impl Fn() -> T + Send + Sync + 'static) {
    watch(move || save(&key, &value()));
}

pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    stored::read(Keep::ForTheTab, &format!("{PREFIX}{key}"))
}

pub fn clear(key: &str) {
    stored::remove(Keep::ForTheTab, &format!("{PREFIX}{key}"));
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
