//! What a product deep link (or the widget's host element) fills in, and the query string that carries
//! it to the app's product page.

use crate::api::catalog::segment;

/// The product form's fields a deep link (or the widget's host element) may prefill, by query key, in
/// the form's order (the form pairs each with its field: `hostway_order::pages::product::PREFILL`),
/// widening: what every kind has, then a registration's, then the .us parameters (`ServiceKind::prefill_keys`).
pub const KEYS: [&str; 9] = [
    "offering",
    "cycle",
    "promo",
    "service",
    "name",
    "operation",
    "nameservers",
    "us_nexus",
    "us_purpose",
];

/// What a deep link (or the widget's host element) fills in; keys are those of
/// [`PREFILL`](super::form::PREFILL).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prefill(pub Vec<(String, String)>);

impl Prefill {
    pub fn get(&self, key: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.clone())
    }

    /// What a query made by [`Prefill::query`] carries (read by the platform's `URLSearchParams`); keys
    /// other than the form's are left out.
    pub fn from_query(query: &str) -> Self {
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
            return Self::default();
        };
        Self(
            KEYS.iter()
                .filter_map(|k| params.get(k).map(|v| (k.to_string(), v)))
                .collect(),
        )
    }

    /// These values, with `newer`'s non-empty ones in their place.
    pub fn over(mut self, newer: Option<Prefill>) -> Self {
        for (k, v) in newer.into_iter().flat_map(|n| n.0) {
            if v.is_empty() {
                continue;
            }
            match self.0.iter_mut().find(|(key, _)| *key == k) {
                Some(slot) => slot.1 = v,
                None => self.0.push((k, v)),
            }
        }
        self
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

#[cfg(test)]
mod tests {
    use super::Prefill;

    #[test]
    fn newer_values_win_and_empty_ones_do_not_erase() {
        let host = Prefill(vec![
            ("offering".into(), "USD-12".into()),
            ("cycle".into(), "12".into()),
        ]);
        let chosen = Prefill(vec![
            ("offering".into(), "USD-1".into()),
            ("cycle".into(), String::new()),
            ("service".into(), "core.dnr.com".into()),
        ]);
        assert_eq!(
            host.over(Some(chosen)).query(),
            "offering=USD-1&cycle=12&service=core.dnr.com"
        );
    }
}
