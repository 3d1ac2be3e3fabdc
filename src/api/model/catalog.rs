//! Catalog wire types. The documentation shows few catalog bodies; ids come from an `id` field when
//! present, else from the `self` link, so either shape works.

use serde::{Deserialize, Deserializer};

use super::money::{amount, Money};
use super::{id_from_href, Links};

/// `{"list": [...], "links": [...]}`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct List<T> {
    #[serde(default = "Vec::new")]
    pub list: Vec<T>,
    #[serde(default)]
    pub links: Links,
}

fn id_or_self(id: &Option<String>, links: &Links) -> String {
    id.clone()
        .or_else(|| links.rel("self").and_then(id_from_href))
        .unwrap_or_default()
}

/// `0`/`1`, `true`/`false`.
fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum F {
        B(bool),
        N(i64),
        S(String),
    }
    Ok(match Option::<F>::deserialize(d)? {
        Some(F::B(b)) => b,
        Some(F::N(n)) => n != 0,
        Some(F::S(s)) => s == "1" || s.eq_ignore_ascii_case("true"),
        None => false,
    })
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ProductSpec {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub links: Links,
}

impl ProductSpec {
    pub fn id(&self) -> String {
        id_or_self(&self.id, &self.links)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Offering {
    #[serde(default)]
    id: Option<String>,
    /// Months.
    #[serde(rename = "billingPeriod")]
    pub billing_period: u32,
    pub currency: String,
    #[serde(default, deserialize_with = "flag")]
    pub default: bool,
    #[serde(default, rename = "priceList")]
    pub price_list: Vec<Price>,
    #[serde(default)]
    pub links: Links,
}

impl Offering {
    /// `USD-12` style id.
    pub fn id(&self) -> String {
        let id = id_or_self(&self.id, &self.links);
        if id.is_empty() {
            format!("{}-{}", self.currency, self.billing_period)
        } else {
            id
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Price {
    #[serde(default)]
    pub name: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    /// `"1"` once, `"-1"` every period.
    #[serde(default)]
    pub recurrences: String,
    #[serde(deserialize_with = "amount")]
    pub amount: Money,
    #[serde(default)]
    pub currency: String,
    #[serde(default, rename = "relatedServiceSpecification")]
    pub related_service_specification: String,
}

impl Price {
    pub fn is_one_time(&self) -> bool {
        self.recurrences == "1"
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ServiceSpec {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub ranking: u32,
    #[serde(default, rename = "billingCycles")]
    pub billing_cycles: Vec<BillingCycle>,
    #[serde(default)]
    pub links: Links,
}

impl ServiceSpec {
    pub fn id(&self) -> String {
        id_or_self(&self.id, &self.links)
    }

    /// The default billing cycle (months), else the first.
    pub fn default_cycle(&self) -> Option<u32> {
        self.billing_cycles
            .iter()
            .find(|c| c.default)
            .or(self.billing_cycles.first())
            .map(|c| c.billing_cycle)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct BillingCycle {
    #[serde(default, deserialize_with = "flag")]
    pub default: bool,
    #[serde(rename = "billingCycle")]
    pub billing_cycle: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct AttributeDef {
    pub name: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub description: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_offering_and_service_specification() {
        // Offering page example: {"billingPeriod": 3, "currency": "USD", "default": 0, "prices": link}
        let o: Offering = serde_json::from_str(
            r#"{"billingPeriod": 3, "currency": "USD", "default": 0, "prices": "https://api.hostway.com/productSpecifications/p/offerings/USD-3/prices", "links": [{"href": "https://api.hostway.com/productSpecifications/p/offerings/USD-3", "rel": "self"}]}"#,
        )
        .unwrap();
        assert_eq!(
            (o.id(), o.billing_period, o.default),
            ("USD-3".to_string(), 3, false)
        );
        let s: ServiceSpec = serde_json::from_str(
            r#"{"name": ".com Domain", "category": "Domain Registration", "ranking": 12, "attributes": "x", "billingCycles": [{"default": 0, "billingCycle": 1}, {"default": 1, "billingCycle": 12}], "links": [{"href": "https://api.hostway.com/serviceSpecifications/core.dnr.com", "rel": "self"}]}"#,
        )
        .unwrap();
        assert_eq!(s.id(), "core.dnr.com");
        assert_eq!(s.default_cycle(), Some(12));
    }
}
