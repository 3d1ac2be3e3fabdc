//! What a product deep link (or the widget's host element) fills in, and the query string that carries
//! it to the app's product page.

use crate::api::catalog::segment;

/// What a deep link (or the widget's host element) fills in; keys are those of
/// [`PREFILL`](super::form::PREFILL).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prefill(pub Vec<(String, String)>);

impl Prefill {
    pub(super) fn get(&self, key: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.clone())
    }

    /// The query string of a deep link to the product page carrying the same values.
    pub fn query(&self) -> String {
        self.0
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", segment(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}
