//! What a billing choice says: its period, and the price the customer will pay for it.

use crate::api::model::catalog::Offering;
use crate::components::money::{cycle_text, format_in};

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
    let mut label = format!("{} · {}", o.currency, cycle_text(o.billing_period));
    match (recurring, cheapest_service) {
        (Some(r), _) => label.push_str(&format!(" — {}", format(&r.amount, &o.currency))),
        (None, Some(s)) => label.push_str(&format!(" — from {}", format(&s.amount, &o.currency))),
        (None, None) => {}
    }
    if let Some(s) = setup {
        label.push_str(&format!(" + {} setup", format(&s.amount, &o.currency)));
    }
    label
}
