//! The account inside an order, its contacts, and its products and services.

use serde::{Deserialize, Serialize};

use super::{id_from_href, Links};

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct OrderAccount {
    #[serde(default)]
    pub status: String,
    /// Absent until the account is provisioned (our reading).
    #[serde(default)]
    pub number: Option<String>,
    /// The account step shows these as chosen: a missing one must not silently read as the default.
    pub currency: String,
    pub language: String,
}

/// The contact types besides `regular` (the one every order needs): optional, each may copy it.
pub const OTHER_CONTACT_TYPES: &[&str] = &["billing", "administrator", "technical"];

/// An order contact (`…/account/contactInfo/{type}`), as sent and received.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    #[serde(default)]
    pub name: ContactName,
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub contact_media: ContactMedia,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactName {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub salutation: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub middle_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub company: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(default)]
    pub street1: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub street2: String,
    #[serde(default)]
    pub city: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub state_or_province: String,
    #[serde(default)]
    pub postal_code: String,
    #[serde(default)]
    pub country_code: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactMedia {
    #[serde(default)]
    pub phone1: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone2: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fax: String,
    #[serde(default)]
    pub email1: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email1_format: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email2: String,
}

/// `{"contactInfo": {...}}` (one) — the list form maps type → contact.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ContactEnvelope<T> {
    #[serde(rename = "contactInfo")]
    pub contact_info: T,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct OrderProduct {
    #[serde(default)]
    pub status: String,
    pub offering: String,
    #[serde(default, rename = "billingCycle")]
    pub billing_cycle: Option<u32>,
    #[serde(default, rename = "promoCode")]
    pub promo_code: Option<String>,
    #[serde(default, rename = "displayName")]
    pub display_name: Option<String>,
    /// The product's id is its `self` link.
    pub links: Links,
}

impl OrderProduct {
    pub fn id(&self) -> String {
        self.links
            .rel("self")
            .and_then(id_from_href)
            .unwrap_or_default()
    }

    /// `(product specification id, offering id)` from the offering link.
    pub fn offering_ids(&self) -> Option<(String, String)> {
        let parts: Vec<&str> = self
            .offering
            .trim_end_matches('/')
            .rsplit('/')
            .take(3)
            .collect();
        match parts.as_slice() {
            [offering, "offerings", spec] => Some(((*spec).to_string(), (*offering).to_string())),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct OrderService {
    #[serde(default)]
    pub status: String,
    pub name: String,
    #[serde(rename = "serviceSpecification")]
    pub service_specification: String,
    #[serde(rename = "billingCycle")]
    pub billing_cycle: u32,
    #[serde(default, rename = "relatedTo")]
    pub related_to: Vec<String>,
    #[serde(default, rename = "promoCode")]
    pub promo_code: Option<String>,
    /// The service's id is its `self` link.
    pub links: Links,
}

impl OrderService {
    pub fn id(&self) -> String {
        self.links
            .rel("self")
            .and_then(id_from_href)
            .unwrap_or_default()
    }

    pub fn spec_id(&self) -> String {
        id_from_href(&self.service_specification).unwrap_or_default()
    }

    pub fn kind(&self) -> super::ServiceKind {
        super::ServiceKind::of(&self.spec_id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_round_trip_uses_documented_names() {
        let c = Contact {
            name: ContactName {
                first_name: "John".into(),
                last_name: "Smith".into(),
                ..Default::default()
            },
            address: Address {
                postal_code: "60001".into(),
                country_code: "US".into(),
                ..Default::default()
            },
            contact_media: ContactMedia {
                email1: "j@example.com".into(),
                ..Default::default()
            },
        };
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v["name"]["firstName"], "John");
        assert_eq!(v["address"]["postalCode"], "60001");
        assert_eq!(v["contactMedia"]["email1"], "j@example.com");
        assert!(
            v["name"].get("middleName").is_none(),
            "empty optional fields are not sent"
        );
    }

    #[test]
    fn product_ids_from_links() {
        let p: OrderProduct = serde_json::from_str(
            r#"{"status": "new", "offering": "https://api.hostway.com/productSpecifications/core.plan.dnr.only/offerings/USD-12", "links": [{"href": "https://api.hostway.com/orders/o/account/products/p1", "rel": "self"}]}"#,
        )
        .unwrap();
        assert_eq!(p.id(), "p1");
        assert_eq!(
            p.offering_ids(),
            Some(("core.plan.dnr.only".into(), "USD-12".into()))
        );
    }
}
