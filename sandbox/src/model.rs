//! The sandbox's own picture of an order, stored as one JSON document per order.
//! Wire shapes are built by the route handlers from these types.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Order statuses. The documentation shows `new`, `Processing` and `Completed` and names no failure;
/// the sandbox uses `Failed` for a provisioning failure (see the README's decisions).
pub mod status {
    pub const NEW: &str = "new";
    pub const PROCESSING: &str = "Processing";
    pub const COMPLETED: &str = "Completed";
    pub const FAILED: &str = "Failed";
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Order {
    pub id: String,
    pub owner_id: String,
    pub status: String,
    /// The agent (Basic user) that created the order or submitted it; it may follow the order.
    pub agent: Option<String>,
    pub client_ip: Option<String>,
    pub account: Option<Account>,
    /// Why provisioning failed, when it did.
    pub failure: Option<String>,
    /// Milliseconds since the epoch.
    pub created_ms: u64,
    pub submitted_ms: Option<u64>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Account {
    /// Set for an existing account (`{"accountNumber"}`), or once a new account is provisioned.
    pub number: Option<String>,
    pub existing: bool,
    pub currency: String,
    pub language: String,
    pub user: Option<User>,
    pub attributes: Vec<NameValue>,
    pub contacts: BTreeMap<String, Value>,
    pub payment: Option<Value>,
    pub products: Vec<Product>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct User {
    pub user_name: String,
    pub password: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct NameValue {
    pub name: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Product {
    pub id: String,
    pub spec: String,
    pub offering: String,
    pub billing_cycle: u32,
    pub promo_code: Option<String>,
    pub display_name: Option<String>,
    pub partner_id: Option<String>,
    pub services: Vec<Service>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub spec: String,
    pub billing_cycle: u32,
    /// Ids of the order's services this one is related to.
    pub related_to: Vec<String>,
    pub attributes: serde_json::Map<String, Value>,
    pub notes: Vec<String>,
    pub promo_code: Option<String>,
}

impl Order {
    pub fn is_open(&self) -> bool {
        self.status == status::NEW
    }

    pub fn product(&self, product_id: &str) -> Option<&Product> {
        self.account
            .as_ref()?
            .products
            .iter()
            .find(|p| p.id == product_id)
    }

    pub fn product_mut(&mut self, product_id: &str) -> Option<&mut Product> {
        self.account
            .as_mut()?
            .products
            .iter_mut()
            .find(|p| p.id == product_id)
    }

    /// Every service of the order with the product it belongs to.
    pub fn services(&self) -> impl Iterator<Item = (&Product, &Service)> {
        self.account
            .iter()
            .flat_map(|a| a.products.iter())
            .flat_map(|p| p.services.iter().map(move |s| (p, s)))
    }
}

impl Product {
    pub fn service(&self, service_id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == service_id)
    }

    pub fn service_mut(&mut self, service_id: &str) -> Option<&mut Service> {
        self.services.iter_mut().find(|s| s.id == service_id)
    }
}

/// A 40-hex id, the shape the documentation shows for orders, products and services.
pub fn new_id() -> String {
    let bytes: [u8; 20] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_40_hex() {
        let id = new_id();
        assert_eq!(id.len(), 40);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(id, new_id());
    }
}
