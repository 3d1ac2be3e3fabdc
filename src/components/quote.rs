//! A quote as a table: per-product fees (setup vs recurring with its cycle), subtotal, tax, total. Shared
//! by the review step and the agents' shortcuts.

use leptos::prelude::*;

use super::money::{cycle_text, format};
use crate::api::model::quote::Quote;

/// Per-product fees (setup vs recurring with its cycle), subtotal, tax, total. `titles` names the
/// quote's products in order (the catalog's names); a product's own $0.00 fee is left out when its
/// services carry the price.
#[component]
pub fn QuoteView(quote: Quote, #[prop(optional)] titles: Vec<String>) -> impl IntoView {
    let cur = quote.currency.clone();
    let fee_rows = quote.products.iter().enumerate().flat_map(|(i, p)| {
        let title = titles.get(i).cloned().unwrap_or_default();
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
                let label = match title.as_str() {
                    "" => format!("{}{promo}", f.description),
                    t => format!("{t}: {}{promo}", f.description.to_lowercase()),
                };
                (label, f.clone())
            });
        let service_fees = p.services.iter().flat_map(|s| {
            s.fees.iter().map(move |f| {
                (
                    format!("{}: {}", s.name, f.description.to_lowercase()),
                    f.clone(),
                )
            })
        });
        product_fees.chain(service_fees).collect::<Vec<_>>()
    });
    let rows = fee_rows.map(|(label, f)| {
        let when = if f.is_setup() { "once".to_string() } else { f.cycle_months().map(cycle_text).unwrap_or_default() };
        let currency = f.currency.clone().unwrap_or_else(|| cur.clone());
        // On a phone the period joins the label (its column is left out to give the label room).
        view! { <tr data-testid="quote-fee"><th scope="row">{label}<span class="hw-quote__when-inline">{format!(", {when}")}</span></th><td class="hw-quote__when">{when}</td><td class="hw-num">{format(&f.amount, &currency)}</td></tr> }
    }).collect_view();
    view! {
        <table class="hw-quote" data-testid="quote" data-hash=quote.hash.clone()>
            <thead><tr><th scope="col">"Item"</th><th scope="col" class="hw-quote__when">"Charged"</th><th scope="col" class="hw-num">"Amount"</th></tr></thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr><th scope="row">"Subtotal"</th><td class="hw-quote__when"></td><td class="hw-num" data-testid="quote-subtotal">{format(&quote.sub_total, &quote.currency)}</td></tr>
                <tr><th scope="row">"Tax"</th><td class="hw-quote__when"></td><td class="hw-num" data-testid="quote-tax">{format(&quote.tax_total, &quote.currency)}</td></tr>
                <tr class="hw-quote__total"><th scope="row">"Total"</th><td class="hw-quote__when"></td>
                    <td class="hw-num" data-testid="quote-total" data-amount=quote.total.decimal()>{format(&quote.total, &quote.currency)}</td></tr>
            </tfoot>
        </table>
    }
}
