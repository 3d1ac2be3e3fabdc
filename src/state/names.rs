//! The catalog's words for what is in the order: each product's and service's name, and the billing
//! periods each product offers. Read once per product kind and kept for the session, so the cart, the
//! order summary and the review name their lines without asking again.

use std::collections::BTreeMap;

use hostway_core::api::all::{all, boxed};
use hostway_core::api::{catalog, Client};

/// Catalog names by specification id: products and their services.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    pub products: BTreeMap<String, String>,
    pub services: BTreeMap<String, String>,
    /// The billing periods (months) each product offers, by currency: the only choices the API takes.
    pub periods: BTreeMap<String, Vec<(String, u32)>>,
}

impl Names {
    /// The billing periods `spec` offers in `currency`, shortest first.
    pub fn periods_of(&self, spec: &str, currency: &str) -> Vec<u32> {
        let mut months: Vec<u32> = self
            .periods
            .get(spec)
            .into_iter()
            .flatten()
            .filter(|(c, _)| c == currency)
            .map(|(_, m)| *m)
            .collect();
        months.sort_unstable();
        months.dedup();
        months
    }
}

impl Names {
    /// Adds what `other` knows.
    pub fn merge(&mut self, other: Names) {
        self.products.extend(other.products);
        self.services.extend(other.services);
        self.periods.extend(other.periods);
    }

    /// Reads the names of `specs` not known yet (each product and its services at once), keeping those
    /// already known; a name that cannot be read is left out (the line then says "Product").
    pub async fn with(mut self, client: &Client, specs: &[String]) -> Self {
        let missing: Vec<&String> = specs
            .iter()
            .filter(|s| !self.products.contains_key(*s))
            .collect();
        let read = all(missing
            .iter()
            .map(|spec| {
                boxed(async move {
                    futures::join!(
                        catalog::product_specification(client, spec),
                        catalog::service_specifications(client, spec),
                        catalog::offerings(client, spec)
                    )
                })
            })
            .collect())
        .await;
        for (spec, (product, services, offerings)) in missing.into_iter().zip(read) {
            if let Ok(offerings) = offerings {
                self.periods.insert(
                    spec.clone(),
                    offerings
                        .iter()
                        .map(|o| (o.currency.clone(), o.billing_period))
                        .collect(),
                );
            }
            if let Ok(p) = product {
                self.products.insert(spec.clone(), p.name);
            }
            for s in services.unwrap_or_default() {
                self.services.insert(s.id(), s.name);
            }
        }
        self
    }
}
