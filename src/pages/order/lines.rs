//! The cart's lines in the customer's words: the product's and each service's name from the catalog, and
//! the price of the line from the order's quote (recurring and setup, with its promotion). No catalog or
//! offering id is shown; ids stay in attributes.

use std::collections::BTreeMap;

use crate::api::model::quote::{Fee, Quote, QuoteProduct};
use crate::api::model::Money;
use crate::api::{catalog, Client};

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
    /// Reads the names of `specs` not known yet (each product and its services at once), keeping those
    /// already known; a name that cannot be read is left out (the line then says "Product").
    pub async fn with(mut self, client: &Client, specs: &[String]) -> Self {
        let missing: Vec<&String> = specs
            .iter()
            .filter(|s| !self.products.contains_key(*s))
            .collect();
        let read = futures::future::join_all(missing.iter().map(|spec| async move {
            futures::join!(
                catalog::product_specification(client, spec),
                catalog::service_specifications(client, spec),
                catalog::offerings(client, spec)
            )
        }))
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

/// What a line costs, from the quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinePrice {
    pub currency: String,
    /// Recurring, per `months`.
    pub recurring: Money,
    pub months: Option<u32>,
    /// Once, at the start.
    pub setup: Money,
    /// The promotion applied, in words, when there is one.
    pub promotion: Option<String>,
}

/// The quote's product of the cart's `product_id` (its `PlanNumber`), else the one at `index` (the quote
/// lists the products in the cart's order).
fn quoted<'a>(quote: &'a Quote, product_id: &str, index: usize) -> Option<&'a QuoteProduct> {
    quote
        .products
        .iter()
        .find(|p| p.plan_number == product_id)
        .or_else(|| quote.products.get(index))
}

/// The price of one line: its product's fees and its services', recurring apart from setup.
pub fn line_price(quote: &Quote, product_id: &str, index: usize) -> Option<LinePrice> {
    let product = quoted(quote, product_id, index)?;
    let fees: Vec<&Fee> = product
        .fees
        .iter()
        .chain(product.services.iter().flat_map(|s| s.fees.iter()))
        .collect();
    let sum = |setup: bool| Money {
        minor: fees
            .iter()
            .filter(|f| f.is_setup() == setup)
            .map(|f| f.amount.minor)
            .sum(),
        currency: None,
    };
    let promotion = match (product.promotion_name.trim(), product.promotion_code.trim()) {
        ("", "") => None,
        ("", code) => Some(format!("Promotion {code} applied")),
        (name, _) => Some(format!("Promotion applied: {name}")),
    };
    Some(LinePrice {
        currency: quote.currency.clone(),
        recurring: sum(false),
        months: fees
            .iter()
            .find(|f| !f.is_setup())
            .and_then(|f| f.cycle_months()),
        setup: sum(true),
        promotion,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::model::quote::QuoteEnvelope;

    #[test]
    fn a_line_costs_its_product_and_its_services() {
        let q: QuoteEnvelope =
            serde_json::from_str(include_str!("../../../tests/fixtures/quote-get-200.json"))
                .unwrap();
        let p = line_price(&q.quote, "p1", 0).unwrap();
        assert_eq!((p.recurring.minor, p.setup.minor), (23900, 10000));
        assert_eq!(p.months, Some(12));
        assert_eq!(p.promotion.as_deref(), Some("Promotion applied: Spring"));
        // A product the quote does not name is found by its place.
        assert_eq!(line_price(&q.quote, "unknown", 0), Some(p));
        assert_eq!(line_price(&q.quote, "unknown", 3), None);
    }
}
