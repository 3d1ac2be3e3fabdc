//! A catalog entry: a product specification with its offerings, its headline price, and the text the
//! search looks in.

use crate::api::all::{all, boxed};
use crate::api::model::catalog::{Offering, ProductSpec};
use crate::api::{catalog, ApiError, Client};

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub spec: ProductSpec,
    pub offerings: Vec<Offering>,
    /// The lowercased text the search looks in (name, description, category, id), made once.
    haystack: String,
}

impl Entry {
    pub fn new(spec: ProductSpec, offerings: Vec<Offering>) -> Self {
        let haystack = format!(
            "{} {} {} {}",
            spec.name,
            spec.description,
            spec.category,
            spec.id()
        );
        let haystack = crate::format::lower(&haystack);
        Self {
            spec,
            offerings,
            haystack,
        }
    }

    /// The headline price: the default offering's recurring price, or, when the plan itself is free
    /// (domain registration), its cheapest service per year. `(amount, currency, months)`.
    pub fn from_price(&self) -> Option<(crate::api::model::Money, String, u32)> {
        let offering = self
            .offerings
            .iter()
            .find(|o| o.default)
            .or(self.offerings.first())?;
        let recurring =
            |p: &&crate::api::model::catalog::Price| !p.is_one_time() && p.amount.minor > 0;
        if let Some(p) = offering
            .price_list
            .iter()
            .filter(recurring)
            .find(|p| p.related_service_specification.is_empty())
        {
            return Some((
                p.amount.clone(),
                offering.currency.clone(),
                offering.billing_period,
            ));
        }
        offering
            .price_list
            .iter()
            .filter(recurring)
            .min_by_key(|p| p.amount.minor)
            .map(|p| (p.amount.clone(), offering.currency.clone(), 12))
    }
}

/// Whether an entry matches the search words (all of them, in name, description or category; `words`
/// lowercased) and the category (exact, or any when empty).
pub fn matches(entry: &Entry, words: &[&str], category: &str) -> bool {
    (category.is_empty() || entry.spec.category == category)
        && words.iter().all(|w| entry.haystack.contains(w))
}

pub async fn load(client: &Client) -> Result<Vec<Entry>, ApiError> {
    let specs = catalog::product_specifications(client).await?;
    let offerings = all(specs
        .iter()
        .map(|s| {
            let id = s.id();
            boxed(async move { catalog::offerings(client, &id).await })
        })
        .collect())
    .await;
    specs
        .into_iter()
        .zip(offerings)
        .map(|(spec, offerings)| Ok(Entry::new(spec, offerings?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, name: &str, category: &str) -> Entry {
        let spec: ProductSpec = serde_json::from_value(serde_json::json!({
            "id": id, "name": name, "description": "Register .com domains", "category": category
        }))
        .unwrap();
        Entry::new(spec, vec![])
    }

    #[test]
    fn headline_price_is_the_default_offering_or_the_cheapest_service() {
        let offering = |default: u8, period: u32, prices: serde_json::Value| {
            serde_json::json!({
                "id": format!("USD-{period}"), "billingPeriod": period, "currency": "USD", "default": default, "priceList": prices
            })
        };
        let plan = |amount: &str| serde_json::json!({"name": "plan", "type": "fee", "recurrences": "-1", "amount": amount, "currency": "USD", "relatedServiceSpecification": ""});
        let service = |amount: &str, spec: &str| serde_json::json!({"name": spec, "type": "fee", "recurrences": "-1", "amount": amount, "currency": "USD", "relatedServiceSpecification": spec});
        let mut hosting = entry("core.plan.www.basic", "Web hosting", "Web Hosting");
        hosting.offerings = serde_json::from_value(serde_json::json!([
            offering(0, 1, serde_json::json!([plan("7.95")])),
            offering(1, 12, serde_json::json!([plan("79.00")])),
            offering(0, 24, serde_json::json!([plan("148.00")]))
        ]))
        .unwrap();
        let (m, cur, months) = hosting.from_price().unwrap();
        assert_eq!(
            (m.decimal(), cur.as_str(), months),
            ("79.00".to_string(), "USD", 12)
        );
        let mut domains = entry("core.plan.dnr.only", "Domain registration", "Domains");
        domains.offerings = serde_json::from_value(serde_json::json!([offering(
            1,
            12,
            serde_json::json!([
                plan("0.00"),
                service("12.99", "core.dnr.com"),
                service("8.99", "core.dnr.us")
            ])
        )]))
        .unwrap();
        assert_eq!(domains.from_price().unwrap().0.decimal(), "8.99");
    }

    #[test]
    fn search_words_and_category_filter() {
        let e = entry("core.plan.dnr.only", "Domain registration", "Domains");
        let m = |q: &str, c: &str| {
            let q = q.to_lowercase();
            matches(&e, &q.split_whitespace().collect::<Vec<_>>(), c)
        };
        assert!(m("", ""));
        assert!(m("domain .com", "Domains"));
        assert!(m("DOMAIN", ""));
        assert!(!m("hosting", ""));
        assert!(!m("", "Email"));
    }
}
