//! The quote of an order (`GET /orders/{id}/quote`): per-product and per-service fees from the catalog,
//! promotions applied, totals as strings, and a `Hash` that changes whenever any of it changes.

use serde_json::{json, Value};

use crate::catalog::{self, money};
use crate::model::{Order, Product, Service};

/// Money totals of a quote, in cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub total: i64,
    pub one_time: i64,
    pub tax: i64,
}

/// The quote body without `links`, its hash and its totals.
pub fn compute(order: &Order, today: &str) -> (Value, String, Totals) {
    let currency = order
        .account
        .as_ref()
        .map_or("USD".to_string(), |a| a.currency.clone());
    let mut totals = Totals::default();
    let products: Vec<Value> = order
        .account
        .iter()
        .flat_map(|a| a.products.iter())
        .map(|p| product_quote(p, &currency, today, &mut totals))
        .collect();
    let mut quote = json!({
        "Currency": currency,
        "Products": products,
        "Total": money(totals.total + totals.tax),
        "SubTotal": money(totals.total),
        "OneTimeFeeAmount": money(totals.one_time),
        "TaxTotal": money(totals.tax),
    });
    let hash = sha1_smol::Sha1::from(quote.to_string())
        .digest()
        .to_string();
    quote["Hash"] = Value::String(hash.clone());
    (quote, hash, totals)
}

/// The current quote hash of an order, as submit checks it.
pub fn hash(order: &Order) -> String {
    compute(order, &today()).1
}

fn product_quote(p: &Product, currency: &str, today: &str, totals: &mut Totals) -> Value {
    let promo = p.promo_code.as_deref().and_then(catalog::applied_promotion);
    let mut fees = Vec::new();
    if let Some((_, offering)) = catalog::offering_from_href(&p.offering) {
        let setup = if promo.is_some_and(|pr| pr.waives_setup) {
            0
        } else {
            offering.setup_cents
        };
        if offering.setup_cents > 0 {
            fees.push(fee(
                "setup_fee",
                "Setup fee",
                setup,
                offering.setup_cents,
                1,
                "1",
                currency,
                today,
            ));
            totals.one_time += setup;
            totals.total += setup;
        }
        let recurring = discounted(offering.recurring_cents, promo);
        fees.push(fee(
            "recurring",
            "Recurring fee",
            recurring,
            offering.recurring_cents,
            p.billing_cycle,
            "-1",
            currency,
            today,
        ));
        totals.total += recurring;
    }
    let services: Vec<Value> = p
        .services
        .iter()
        .map(|s| service_quote(s, promo, currency, today, totals))
        .collect();
    json!({
        "PlanNumber": p.id,
        "PromotionCode": p.promo_code.clone().unwrap_or_default(),
        "PromotionName": promo.map_or("", |pr| pr.name),
        "Services": services,
        "ChildProduct": [],
        "Fees": fees,
    })
}

fn service_quote(
    s: &Service,
    product_promo: Option<&catalog::Promotion>,
    currency: &str,
    today: &str,
    totals: &mut Totals,
) -> Value {
    let promo = s
        .promo_code
        .as_deref()
        .and_then(catalog::promotion)
        .or(product_promo);
    let yearly = catalog::service_spec(&s.spec).map_or(0, |spec| spec.yearly_cents);
    let base = yearly * i64::from(s.billing_cycle) / 12;
    let mut fees = Vec::new();
    if base > 0 {
        let amount = discounted(base, promo);
        totals.total += amount;
        fees.push(fee(
            "recurring",
            "Service fee",
            amount,
            base,
            s.billing_cycle,
            "-1",
            currency,
            today,
        ));
    }
    json!({
        "ServiceId": s.id,
        "Name": s.name,
        "ServiceSpecification": s.spec,
        "PromotionCode": s.promo_code.clone().unwrap_or_default(),
        "Fees": fees,
    })
}

fn discounted(cents: i64, promo: Option<&catalog::Promotion>) -> i64 {
    let off = promo.map_or(0, |p| p.recurring_percent_off);
    cents - cents * off / 100
}

#[allow(clippy::too_many_arguments)]
fn fee(
    kind: &str,
    description: &str,
    amount: i64,
    base: i64,
    cycle: u32,
    num_charges: &str,
    currency: &str,
    today: &str,
) -> Value {
    json!({
        "Type": kind,
        "Description": description,
        "Amount": money(amount),
        "BaseAmount": money(base),
        "UnitAmount": money(amount),
        "ProratedUnitAmount": money(amount),
        "Quantity": "1",
        "Currency": currency,
        "StartDate": today,
        "EndDate": "",
        "MonthlyCycle": cycle.to_string(),
        "NumCharges": num_charges,
        "NumCharged": "0",
        "Prorated": "0",
        "ProrationAllowed": "0",
        "Deferred": "0",
    })
}

/// Today's date as `YYYY-MM-DD` (UTC), without a date library.
pub fn today() -> String {
    let days = (crate::model::now_ms() / 86_400_000) as i64;
    civil_date(days)
}

/// Days since 1970-01-01 → `YYYY-MM-DD` (Howard Hinnant's civil-from-days).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Account;

    fn order_with(offering: &str, promo: Option<&str>) -> Order {
        Order {
            id: "o".into(),
            account: Some(Account {
                currency: "USD".into(),
                products: vec![Product {
                    id: "p1".into(),
                    offering: offering.into(),
                    billing_cycle: 1,
                    promo_code: promo.map(str::to_string),
                    services: vec![Service {
                        id: "s1".into(),
                        spec: "core.dnr.com".into(),
                        billing_cycle: 24,
                        ..Default::default()
                    }],
                    ..Default::default()
                }],
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn totals_add_setup_recurring_and_services() {
        let (q, hash, totals) = compute(
            &order_with(
                "/productSpecifications/core.plan.www.basic/offerings/USD-1",
                None,
            ),
            "2026-01-01",
        );
        // setup 10.00 + recurring 7.95 + .com for 24 months 25.98
        assert_eq!(q["Total"], "43.93");
        assert_eq!(q["OneTimeFeeAmount"], "10.00");
        assert_eq!(totals.one_time, 1000);
        assert_eq!(hash.len(), 40);
    }

    #[test]
    fn promotions_change_fees_and_hash() {
        let plain = compute(
            &order_with(
                "/productSpecifications/core.plan.www.basic/offerings/USD-1",
                None,
            ),
            "d",
        );
        let promo = compute(
            &order_with(
                "/productSpecifications/core.plan.www.basic/offerings/USD-1",
                Some("FREESETUP"),
            ),
            "d",
        );
        assert_eq!(promo.0["OneTimeFeeAmount"], "0.00");
        assert_eq!(promo.0["Products"][0]["PromotionName"], "No setup fee");
        assert_ne!(plain.1, promo.1);
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_454), "2026-01-01");
    }
}
