//! The order's lines in the customer's words: the price of a line from the order's quote (recurring and
//! setup, with its promotion). No catalog or offering id is shown; ids stay in attributes.

use crate::components::money::{cycle_text, format};
use hostway_core::api::model::quote::{Fee, Quote, QuoteProduct};
use hostway_core::api::model::Money;
use hostway_core::i18n::order;

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
        ("", code) => Some(order::PROMO_CODE_APPLIED.fill(&[("code", code)])),
        (name, _) => Some(order::PROMO_APPLIED.fill(&[("name", name)])),
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

/// "$12.99 per year + $10.00 setup", for one line.
pub fn price_text(p: &LinePrice) -> String {
    let mut text = format!(
        "{}{}",
        format(&p.recurring, &p.currency),
        p.months
            .map(|m| format!(" {}", cycle_text(m)))
            .unwrap_or_default()
    );
    if p.setup.minor > 0 {
        text.push_str(&format!(" + {} setup", format(&p.setup, &p.currency)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use hostway_core::api::model::quote::QuoteEnvelope;

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
