//! A quote as a table: per-product fees (setup vs recurring with its cycle), subtotal, tax, total. Shared
//! by the review step and the agents' shortcuts.

use leptos::prelude::*;

use super::money::{cycle_text, format};
pub use crate::state::receipts::Lines;
use hostway_core::api::model::quote::Quote;
use hostway_core::api::model::Money;
use hostway_core::i18n::quote;

/// What recurs after today's charge: the recurring fees of every product and service, summed per
/// cycle (months), shortest cycle first.
pub fn recurring(quote: &Quote) -> Vec<(u32, Money)> {
    let mut per_cycle = std::collections::BTreeMap::<u32, i64>::new();
    let fees = quote
        .products
        .iter()
        .flat_map(|p| p.fees.iter().chain(p.services.iter().flat_map(|s| &s.fees)));
    for fee in fees.filter(|f| !f.is_setup() && f.amount.minor > 0) {
        if let Some(months) = fee.cycle_months() {
            *per_cycle.entry(months).or_default() += fee.amount.minor;
        }
    }
    per_cycle
        .into_iter()
        .map(|(months, minor)| {
            (
                months,
                Money {
                    minor,
                    currency: None,
                },
            )
        })
        .collect()
}

/// What recurs, in words: "Then $79.00 per year and $5.18 per month", with the date of each next
/// charge when `dated` ("… per year (next on 4 December 2027)"); `None` when nothing recurs.
pub fn then_words(q: &Quote, dated: bool) -> Option<String> {
    let then: Vec<String> = recurring(q)
        .into_iter()
        .map(|(months, money)| {
            let next = if dated {
                super::date::months_from_today(months)
            } else {
                String::new()
            };
            let (price, period) = (format(&money, &q.currency), cycle_text(months));
            let key = if next.is_empty() {
                quote::RECURRING
            } else {
                quote::RECURRING_NEXT
            };
            key.fill(&[("price", &price), ("period", &period), ("date", &next)])
        })
        .collect();
    let and = format!(" {} ", quote::AND.text());
    (!then.is_empty()).then(|| quote::THEN.fill(&[("charges", &then.join(&and))]))
}

/// "You pay $91.99 today. Then $79.00 per year (next on 4 December 2027) and $5.18 per month (next on
/// 4 January 2027)."
pub fn charges_words(q: &Quote) -> String {
    let today = quote::TODAY.fill(&[("price", &format(&q.total, &q.currency))]);
    match then_words(q, true) {
        Some(then) => format!("{today} {then}."),
        None => today,
    }
}

/// Per-product fees (setup vs recurring with its cycle), subtotal, tax, total. `titles` names the
/// quote's products in order (the catalog's names): then each line says what it is for in the cart's
/// words ("Business email", "Business email: ana-bakery.net", "Web hosting: setup fee"), else in
/// the API's (its fee's description). A product's own $0.00 fee is left out when its services carry
/// the price.
pub fn lines(quote: &Quote, titles: &[String]) -> Lines {
    let cur = &quote.currency;
    let rows = quote.products.iter().enumerate().flat_map(|(i, p)| {
        let title = titles.get(i).map_or("", String::as_str);
        let promo = if p.promotion_name.is_empty() {
            String::new()
        } else {
            format!(" ({})", p.promotion_name)
        };
        let services_priced = p.services.iter().any(|s| !s.fees.is_empty());
        let product_fees = p
            .fees
            .iter()
            .filter(move |f| !(services_priced && f.amount.minor == 0))
            .map(move |f| {
                let label = match title {
                    "" => format!("{}{promo}", f.description),
                    t if f.is_setup() => format!("{t}: {}{promo}", quote::SETUP_FEE.text()),
                    t => format!("{t}{promo}"),
                };
                (label, f)
            });
        let service_fees = p.services.iter().flat_map(move |s| {
            s.fees.iter().map(move |f| {
                let label = match title {
                    "" => format!(
                        "{}: {}",
                        s.name,
                        hostway_core::format::lower(&f.description)
                    ),
                    t if f.is_setup() => format!("{t}: {}, {}", s.name, quote::SETUP_FEE.text()),
                    t => format!("{t}: {}", s.name),
                };
                (label, f)
            })
        });
        product_fees.chain(service_fees).collect::<Vec<_>>()
    });
    Lines {
        rows: rows
            .map(|(label, f)| {
                let when = if f.is_setup() {
                    quote::ONCE.text()
                } else {
                    f.cycle_months().map(cycle_text).unwrap_or_default()
                };
                let currency = f.currency.as_deref().unwrap_or(cur);
                (label, when, format(&f.amount, currency))
            })
            .collect(),
        subtotal: format(&quote.sub_total, cur),
        tax: format(&quote.tax_total, cur),
        total: format(&quote.total, cur),
        total_amount: quote.total.decimal(),
    }
}

/// A quote as a table, from the API's quote.
#[component]
pub fn QuoteView(quote: Quote, #[prop(optional)] titles: Vec<String>) -> impl IntoView {
    view! { <LinesTable lines=lines(&quote, &titles) hash=quote.hash/> }
}

/// A quote's lines as a table (the review's, the receipt's).
#[component]
pub fn LinesTable(lines: Lines, #[prop(optional, into)] hash: String) -> impl IntoView {
    let rows = lines.rows.into_iter().map(|(label, when, amount)| {
        // On a phone the period joins the label (its column is left out to give the label room).
        view! { <tr data-testid="quote-fee"><th scope="row">{label}<span class="hw-quote__when-inline">{format!(", {when}")}</span></th><td class="hw-quote__when">{when}</td><td class="hw-num">{amount}</td></tr> }
    }).collect_view();
    view! {
        <table class="hw-quote" data-testid="quote" data-hash=hash>
            <thead><tr><th scope="col">{quote::ITEM.text()}</th><th scope="col" class="hw-quote__when">{quote::CHARGED.text()}</th><th scope="col" class="hw-num">{quote::AMOUNT.text()}</th></tr></thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr><th scope="row">{quote::SUBTOTAL.text()}</th><td class="hw-quote__when"></td><td class="hw-num" data-testid="quote-subtotal">{lines.subtotal}</td></tr>
                <tr><th scope="row">{quote::TAX.text()}</th><td class="hw-quote__when"></td><td class="hw-num" data-testid="quote-tax">{lines.tax}</td></tr>
                <tr class="hw-quote__total"><th scope="row">{quote::TOTAL.text()}</th><td class="hw-quote__when"></td>
                    <td class="hw-num" data-testid="quote-total" data-amount=lines.total_amount>{lines.total}</td></tr>
            </tfoot>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(fees: &str) -> Quote {
        serde_json::from_str(&format!(
            r#"{{"Hash": "h", "Currency": "USD", "Total": "17.95", "SubTotal": "17.95", "OneTimeFeeAmount": "10.00", "TaxTotal": "0",
              "Products": [{{"PlanNumber": "p1", "Services": [], "ChildProduct": [], "Fees": [{fees}]}}]}}"#
        ))
        .unwrap()
    }

    /// Today's charge and what recurs are said apart, each recurring amount with its own period: a
    /// monthly plan is never summed with a yearly service. (Natively money reads "7.95 USD"; in the
    /// browser `Intl` says "$7.95".)
    #[test]
    fn what_is_paid_today_is_said_apart_from_what_recurs() {
        let q = quote(
            r#"{"Type": "setup_fee", "Amount": "10.00", "Currency": "USD", "MonthlyCycle": "1", "NumCharges": "1"},
               {"Type": "recurring", "Amount": "7.95", "Currency": "USD", "MonthlyCycle": "1", "NumCharges": "-1"},
               {"Type": "recurring", "Amount": "12.99", "Currency": "USD", "MonthlyCycle": "12", "NumCharges": "-1"}"#,
        );
        assert_eq!(
            then_words(&q, false).as_deref(),
            Some("Then 7.95 USD per month and 12.99 USD per year")
        );
        assert_eq!(
            charges_words(&q),
            "You pay 17.95 USD today. Then 7.95 USD per month and 12.99 USD per year."
        );
        let once = quote(
            r#"{"Type": "setup_fee", "Amount": "10.00", "Currency": "USD", "MonthlyCycle": "1", "NumCharges": "1"}"#,
        );
        assert_eq!(then_words(&once, false), None);
        assert_eq!(charges_words(&once), "You pay 17.95 USD today.");
    }
}
