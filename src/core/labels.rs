//! What a billing choice says: its period, and the price the customer will pay for it.

use crate::api::model::catalog::Offering;

use crate::api::model::id_from_href;
use crate::format::{cycle_text, format_in};
use crate::i18n::product;

/// "USD · per year — $79.00 + $10.00 setup", or "… — from $8.99" for a plan paid through its service;
/// money in `locale` (the browser's when empty).
pub fn offering_label(o: &Offering, locale: &str) -> String {
    let format = |money, currency: &str| format_in(money, currency, locale);
    let recurring = o
        .price_list
        .iter()
        .find(|p| !p.is_one_time() && p.related_service_specification.is_empty())
        .filter(|p| p.amount.minor > 0);
    // A plan that costs nothing itself is paid through its service (a domain): its price is the
    // cheapest service's, never "$0.00".
    let cheapest_service = o
        .price_list
        .iter()
        .filter(|p| !p.is_one_time() && !p.related_service_specification.is_empty())
        .min_by_key(|p| p.amount.minor);
    let setup = o
        .price_list
        .iter()
        .find(|p| p.is_one_time())
        .filter(|p| p.amount.minor > 0);
    let period = cycle_text(o.billing_period);
    let said = |key: crate::i18n::Text, price: &str| {
        key.fill(&[
            ("currency", &o.currency),
            ("period", &period),
            ("price", price),
        ])
    };
    let label = match (recurring, cheapest_service) {
        (Some(r), _) => said(product::OFFERING_PRICE, &format(&r.amount, &o.currency)),
        (None, Some(s)) => said(product::OFFERING_FROM, &format(&s.amount, &o.currency)),
        (None, None) => said(product::OFFERING, ""),
    };
    match setup {
        Some(s) => product::OFFERING_SETUP.fill(&[
            ("offering", &label),
            ("price", &format(&s.amount, &o.currency)),
        ]),
        None => label,
    }
}

/// ".com Domain, $12.99 a year" (short enough for a phone's select): a service choice with its own
/// price in the offering `o`, when the price list has one (a service whose price is the plan's says
/// only its name). The documentation does not show a price list: a service's price is read as
/// yearly, which is how registries sell domains and how the quote bills it (a 2-year registration is
/// charged twice that, every 2 years).
pub fn service_label(name: &str, service_id: &str, o: Option<&Offering>, locale: &str) -> String {
    let price = o.and_then(|o| {
        o.price_list
            .iter()
            .find(|p| {
                !p.is_one_time()
                    && p.amount.minor > 0
                    && id_from_href(&p.related_service_specification).as_deref() == Some(service_id)
            })
            .map(|p| format_in(&p.amount, &o.currency, locale))
    });
    match price {
        Some(p) => product::SERVICE_PRICE.fill(&[("name", name), ("price", &p)]),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offering() -> Offering {
        serde_json::from_value(serde_json::json!({
            "billingPeriod": 12, "currency": "USD", "default": 1,
            "priceList": [
                {"name": "Plan", "type": "fee", "recurrences": "-1", "amount": "0.00", "currency": "USD", "relatedServiceSpecification": ""},
                {"name": ".com Domain per year", "type": "fee", "recurrences": "-1", "amount": "12.99", "currency": "USD", "relatedServiceSpecification": "core.dnr.com"}
            ]
        }))
        .unwrap()
    }

    #[test]
    fn a_service_choice_says_its_own_price_and_period() {
        let o = offering();
        // Money is formatted by the browser's Intl in the app; natively its fallback says "12.99 USD".
        let com = service_label(".com Domain", "core.dnr.com", Some(&o), "en-US");
        assert!(
            com.starts_with(".com Domain, ") && com.contains("12.99") && com.ends_with(" a year"),
            "{com}"
        );
        // No price of its own (paid through the plan), or no offering chosen: the name alone.
        assert_eq!(
            service_label(".net Domain", "core.dnr.net", Some(&o), "en-US"),
            ".net Domain"
        );
        assert_eq!(
            service_label(".com Domain", "core.dnr.com", None, "en-US"),
            ".com Domain"
        );
    }
}
