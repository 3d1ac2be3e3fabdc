//! What the host element asks for: its `data-*` attributes, read and checked before anything mounts.

use crate::config::Config;
use crate::prefill::Prefill;

/// What the host element asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// `data-api`: the API's base URL.
    pub api_base: String,
    /// `data-product`: the product specification to sell.
    pub product: String,
    /// `data-offering`: the product offering (e.g. `USD-12`); the product's default when absent.
    pub offering: String,
    /// `data-billing-cycle`: the service billing cycle in months; the service's default when absent.
    pub billing_cycle: String,
    /// `data-service`: the service specification; the product's first when absent.
    pub service: String,
    /// `data-locale`: a BCP 47 tag for numbers and money; the browser's when absent.
    pub locale: String,
}

impl Settings {
    /// Reads and checks the host's `data-*` attributes; the error names the attribute and the rule.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let text = |name: &str| get(name).map(|v| v.trim().to_string()).unwrap_or_default();
        let api = text("data-api");
        if !(api.starts_with("https://") || api.starts_with("http://")) {
            return Err(format!(
                "data-api must be the ordering API's absolute http(s) URL (got \"{api}\")."
            ));
        }
        let product = text("data-product");
        if product.is_empty() {
            return Err(
                "data-product must name a product specification, for example core.plan.www.basic."
                    .into(),
            );
        }
        let billing_cycle = text("data-billing-cycle");
        if !billing_cycle.is_empty() && billing_cycle.parse::<u32>().map_or(true, |n| n == 0) {
            return Err(format!(
                "data-billing-cycle must be a whole number of months (got \"{billing_cycle}\")."
            ));
        }
        let locale = text("data-locale");
        if !locale.is_empty() && !is_language_tag(&locale) {
            return Err(format!(
                "data-locale must be a language tag such as en-US or de-DE (got \"{locale}\")."
            ));
        }
        Ok(Self {
            api_base: Config::from_meta(Some(&api)).api_base,
            product,
            offering: text("data-offering"),
            billing_cycle,
            service: text("data-service"),
            locale,
        })
    }

    pub fn prefill(&self) -> Prefill {
        Prefill(vec![
            ("offering".into(), self.offering.clone()),
            ("cycle".into(), self.billing_cycle.clone()),
            ("service".into(), self.service.clone()),
        ])
    }
}

/// `en`, `en-US`, `zh-Hant-TW`: a language subtag then alphanumeric subtags (what `Intl` accepts, checked
/// before it can throw).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=8).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn host_attributes_are_read_and_checked() {
        let s = Settings::from_attributes(attrs(&[
            ("data-api", " http://localhost:8081/ "),
            ("data-product", "core.plan.www.basic"),
            ("data-offering", "USD-12"),
            ("data-billing-cycle", "12"),
            ("data-locale", "de-DE"),
        ]))
        .unwrap();
        assert_eq!(s.api_base, "http://localhost:8081");
        assert_eq!(s.offering, "USD-12");
        assert_eq!(s.prefill().query(), "offering=USD-12&cycle=12");

        let missing_api = Settings::from_attributes(attrs(&[("data-product", "x")])).unwrap_err();
        assert!(missing_api.contains("data-api"), "{missing_api}");
        let script_api = Settings::from_attributes(attrs(&[
            ("data-api", "javascript:alert(1)"),
            ("data-product", "x"),
        ]))
        .unwrap_err();
        assert!(script_api.contains("data-api"), "{script_api}");
        let no_product =
            Settings::from_attributes(attrs(&[("data-api", "https://api.example")])).unwrap_err();
        assert!(no_product.contains("data-product"), "{no_product}");
        let bad_cycle = Settings::from_attributes(attrs(&[
            ("data-api", "https://api.example"),
            ("data-product", "x"),
            ("data-billing-cycle", "yearly"),
        ]))
        .unwrap_err();
        assert!(bad_cycle.contains("data-billing-cycle"), "{bad_cycle}");
        let bad_locale = Settings::from_attributes(attrs(&[
            ("data-api", "https://api.example"),
            ("data-product", "x"),
            ("data-locale", "en_US<script>"),
        ]))
        .unwrap_err();
        assert!(bad_locale.contains("data-locale"), "{bad_locale}");
    }
}
