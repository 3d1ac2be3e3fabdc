//! `GET /orders/{id}/quote` and the shortcuts' quote bodies. The hash is accepted as `Hash`, `quoteHash`
//! or `quotehash`.

use serde::Deserialize;

use super::money::{amount, Money, MoneyPair};
use super::Links;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct QuoteEnvelope {
    pub quote: Quote,
    #[serde(default)]
    pub links: Links,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Quote {
    #[serde(alias = "quoteHash", alias = "quotehash", alias = "hash")]
    pub hash: String,
    pub currency: String,
    pub products: Vec<QuoteProduct>,
    #[serde(deserialize_with = "amount")]
    pub total: Money,
    #[serde(deserialize_with = "amount")]
    pub sub_total: Money,
    #[serde(deserialize_with = "amount")]
    pub one_time_fee_amount: Money,
    #[serde(deserialize_with = "amount")]
    pub tax_total: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QuoteProduct {
    #[serde(default)]
    pub plan_number: String,
    #[serde(default)]
    pub promotion_code: String,
    /// Optional in the documentation.
    #[serde(default)]
    pub promotion_name: String,
    pub fees: Vec<Fee>,
    /// Documented as `[]`; its items' shape is the sandbox's decision (a service's own fees).
    pub services: Vec<QuoteService>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QuoteService {
    #[serde(default)]
    pub service_id: String,
    #[serde(default)]
    pub name: String,
    pub fees: Vec<Fee>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Fee {
    /// `setup_fee` or `recurring`.
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(default)]
    pub description: String,
    #[serde(deserialize_with = "amount")]
    pub amount: Money,
    #[serde(default)]
    pub currency: Option<String>,
    /// Months per charge.
    pub monthly_cycle: String,
    /// `"-1"`: open-ended.
    #[serde(default)]
    pub num_charges: Option<String>,
}

impl Fee {
    pub fn is_setup(&self) -> bool {
        self.kind.eq_ignore_ascii_case("setup_fee")
    }

    pub fn cycle_months(&self) -> Option<u32> {
        self.monthly_cycle.trim().parse().ok()
    }
}

/// The paid Exchange mailbox shortcut's `202` body.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ShortcutQuote {
    pub total: MoneyPair,
    pub subtotal: MoneyPair,
    #[serde(default, rename = "deferredTotal")]
    pub deferred_total: MoneyPair,
    #[serde(default, rename = "deferredSubtotal")]
    pub deferred_subtotal: MoneyPair,
    #[serde(alias = "quoteHash", alias = "Hash")]
    pub quotehash: String,
    /// The `related` link names the order to submit.
    pub links: Links,
}

impl ShortcutQuote {
    /// The order id from the `related` link (`…/orders/{id}/action`).
    pub fn order_id(&self) -> Option<String> {
        let href = self.links.rel("related")?;
        let trimmed = href.trim_end_matches('/').trim_end_matches("/action");
        super::id_from_href(trimmed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quote example of the reference (Orders-orderId-quote:GET).
    const REFERENCE_QUOTE: &str = r#"{"quote": {"Hash": "42fc00d6f1", "Currency": "USD",
      "Products": [{"PlanNumber": "p1", "PromotionCode": "promo_1234", "PromotionName": "Spring",
        "Services": [], "ChildProduct": [],
        "Fees": [{"Type": "setup_fee", "Description": "Setup", "Amount": "100.00", "BaseAmount": "100.00",
          "UnitAmount": "100.00", "ProratedUnitAmount": "100.00", "Quantity": "1", "Currency": "USD",
          "StartDate": "2012-09-11", "EndDate": "", "MonthlyCycle": "1", "NumCharges": "1", "NumCharged": "0",
          "Prorated": "0", "ProrationAllowed": "0", "Deferred": "0"},
          {"Type": "recurring", "Description": "Monthly", "Amount": "239.00", "Currency": "USD",
          "MonthlyCycle": "12", "NumCharges": "-1"}]}],
      "Total": "339.00", "SubTotal": "339.00", "OneTimeFeeAmount": "100.00", "TaxTotal": "0"},
     "links": [{"href": "https://api.hostway.com/orders/x/quote/", "rel": "self"}]}"#;

    #[test]
    fn decodes_the_reference_quote() {
        let q: QuoteEnvelope = serde_json::from_str(REFERENCE_QUOTE).unwrap();
        assert_eq!(q.quote.hash, "42fc00d6f1");
        assert_eq!(q.quote.total.minor, 33900);
        assert_eq!(q.quote.tax_total.minor, 0);
        let fees = &q.quote.products[0].fees;
        assert!(fees[0].is_setup());
        assert_eq!(fees[1].cycle_months(), Some(12));
        assert_eq!(q.quote.products[0].promotion_code, "promo_1234");
    }

    #[test]
    fn decodes_the_seed_shortcut_quote() {
        let q: ShortcutQuote = serde_json::from_str(include_str!(
            "../../../../tests/fixtures/exchange-mailbox-paid-202.json"
        ))
        .unwrap();
        assert_eq!(q.total.0.as_ref().unwrap().decimal(), "5.18");
        assert_eq!(
            q.subtotal.0.as_ref().unwrap().currency.as_deref(),
            Some("USD")
        );
        assert_eq!(q.deferred_total.0, None);
        assert_eq!(q.quotehash, "0dd6b20d1ce3ae0e44882f3db11124d03f60ba53");
        assert_eq!(
            q.order_id().as_deref(),
            Some("00000145ff82ec6bf27d6421007f000000010001")
        );
    }

    #[test]
    fn hash_under_any_documented_name() {
        for key in ["Hash", "quoteHash", "quotehash"] {
            let body = format!(
                r#"{{"{key}": "h", "Currency": "USD", "Products": [], "Total": "1.00", "SubTotal": "1.00", "OneTimeFeeAmount": "0", "TaxTotal": "0"}}"#
            );
            assert_eq!(serde_json::from_str::<Quote>(&body).unwrap().hash, "h");
        }
    }
}
