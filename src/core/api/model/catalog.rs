//! Catalog wire types. The documentation shows few catalog bodies; ids come from an `id` field when
//! present, else from the `self` link, so either shape works.

use serde::de::Visitor;
use serde::{Deserialize, Deserializer};

use super::money::{amount, Money};
use super::{id_from_href, Links};

/// `{"list": [...], "links": [...]}`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct List<T> {
    pub list: Vec<T>,
    #[serde(default)]
    pub links: Links,
}

fn id_or_self(id: &Option<String>, links: &Links) -> String {
    id.clone()
        .or_else(|| links.rel("self").and_then(id_from_href))
        .unwrap_or_default()
}

/// `0`/`1`, `true`/`false` (read by a visitor: serde's untagged enums buffer the value first, code each
/// module would carry).
fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    struct Flag;
    impl Visitor<'_> for Flag {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a flag")
        }
        fn visit_bool<E>(self, b: bool) -> Result<bool, E> {
            Ok(b)
        }
        fn visit_i64<E>(self, n: i64) -> Result<bool, E> {
            Ok(n != 0)
        }
        fn visit_u64<E>(self, n: u64) -> Result<bool, E> {
            Ok(n != 0)
        }
        fn visit_str<E>(self, s: &str) -> Result<bool, E> {
            Ok(s == "1" || s.eq_ignore_ascii_case("true"))
        }
    }
    // Not through `Option`: a missing required flag must be an error, not `false`.
    d.deserialize_any(Flag)
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ProductSpec {
    #[serde(default)]
    id: Option<String>,
    pub name: String,
    /// Decoration: a product may go without one.
    #[serde(default)]
    pub description: String,
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
    #[serde(deserialize_with = "flag")]
    pub default: bool,
    /// Inlined by `?details=1`, which the client always asks for: the page shows these prices.
    #[serde(rename = "priceList")]
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
    #[serde(rename = "type")]
    pub kind: String,
    /// `"1"` once, `"-1"` every period.
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
    pub name: String,
    pub category: String,
    /// Only orders lists; nothing is lost without it.
    #[serde(default)]
    pub ranking: u32,
    #[serde(rename = "billingCycles")]
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
    #[serde(deserialize_with = "flag")]
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
        // Offering page example: {"billingPeriod": 3, "currency": "USD", "default": 0, "prices": link},
        // with the `priceList` that `?details=1` inlines (the client always asks for it).
        let o: Offering = serde_json::from_str(include_str!(
            "../../../../tests/fixtures/offering-get-200.json"
        ))
        .unwrap();
        // Without `?details=1` there are no prices to show: that answer is not enough for the page.
        let mut bare: serde_json::Value = serde_json::from_str(include_str!(
            "../../../../tests/fixtures/offering-get-200.json"
        ))
        .unwrap();
        bare.as_object_mut().unwrap().remove("priceList");
        assert!(serde_json::from_value::<Offering>(bare).is_err());
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
