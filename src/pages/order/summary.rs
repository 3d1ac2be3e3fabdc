//! The order summary beside every builder step (above it, folded, on a phone): each line by its
//! catalog name with its domains and price, the promotion applied, and the total — the review's total,
//! from the same shared quote. A line the API reported a conflict on is marked.

use crate::components::fresh::IntoFresh;
use hostway_core::i18n::{order, page};
use leptos::prelude::*;

use super::lines::{line_price, price_text};
use crate::components::money::format;
use crate::components::quote::then_words;
use crate::state::cart::CartProduct;
use crate::state::names::Names;
use crate::state::order::use_order;
use crate::state::use_app;
use hostway_core::api::model::quote::Quote;

/// Whether the page is as narrow as a phone: the summary starts folded there.
fn narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 640.0)
}

/// "Total $12.99 (tax $1.00 included)".
pub fn total_text(q: &Quote) -> String {
    let mut t = format(&q.total, &q.currency);
    if q.tax_total.minor > 0 {
        t.push_str(&format!(
            " (tax {} included)",
            format(&q.tax_total, &q.currency)
        ));
    }
    t
}

/// A cart line's title: its product's catalog name.
pub fn product_name(p: &CartProduct, names: &Names) -> String {
    p.product
        .offering_ids()
        .and_then(|(spec, _)| names.products.get(&spec).cloned())
        .or_else(|| p.product.display_name.clone().filter(|n| !n.is_empty()))
        .unwrap_or_else(|| order::PRODUCT.text())
}

#[component]
pub fn OrderSummary() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let cart = order.use_cart(app.client());
    let cart = Signal::derive(move || cart.get().or_else(|| order.latest_cart()));
    let quote = order.use_quote(app.client());
    let quote = Signal::derive(move || quote.get().and_then(Result::ok));
    let total = move || quote.with(|q| q.as_ref().map(total_text));
    view! {
        <aside class="hw-summary" aria-labelledby="summary-title" data-testid="order-summary">
            <details class="hw-card" open=!narrow()>
                <summary>
                    <span id="summary-title" class="hw-summary__title">{order::SUMMARY.text()}</span>
                    <span class="hw-summary__total" data-testid="summary-total-folded">{total}</span>
                </summary>
                {move || match cart.get() {
                    None => view! { <p aria-busy="true">{page::LOADING.text()}</p> }.fresh(),
                    Some(Err(_)) => view! { <p>{order::CART_UNREAD.text()}</p> }.fresh(),
                    Some(Ok(lines)) if lines.is_empty() => view! { <p>{order::CART_EMPTY.text()}</p> }.fresh(),
                    Some(Ok(lines)) => view! {
                        <ul class="hw-summary__lines">
                            {lines.into_iter().enumerate().map(|(i, line)| view! { <SummaryLine line index=i quote/> }).collect_view()}
                        </ul>
                    }.fresh(),
                }}
                // What the customer pays today (the quote's total: the first period and any setup),
                // then what recurs and how often: never one sum of monthly and yearly amounts.
                <p class="hw-summary__sum">{order::DUE_TODAY.text()} " " <strong data-testid="summary-total">{total}</strong></p>
                {move || (quote.with(|q| q.as_ref().and_then(|q| then_words(q, false))).map(|then| view! {
                    <p class="hw-summary__then hw-muted" data-testid="summary-then">{then}</p>
                })).fresh()}
            </details>
        </aside>
    }
}

#[component]
fn SummaryLine(line: CartProduct, index: usize, quote: Signal<Option<Quote>>) -> impl IntoView {
    let order = use_order();
    let id = line.product.id();
    let domains: Vec<String> = line.services.iter().map(|s| s.name.clone()).collect();
    let fault = {
        let domains = domains.clone();
        Memo::new(move |_| order.conflict_now().filter(|c| c.concerns(&domains)))
    };
    let name = {
        let line = line.clone();
        move || order.names.with(|n| product_name(&line, n))
    };
    let price =
        Memo::new(move |_| quote.with(|q| q.as_ref().and_then(|q| line_price(q, &id, index))));
    view! {
        <li class="hw-summary__line" class:hw-summary__line--fault=move || fault.get().is_some() data-testid="summary-line">
            <span class="hw-summary__name">{name}</span>
            <span class="hw-summary__price">{move || price.get().map(|p| price_text(&p))}</span>
            <span class="hw-summary__what">{domains.join(", ")}</span>
            {move || (price.get().and_then(|p| p.promotion).map(|p| view! { <span class="hw-summary__what">{p}</span> })).fresh()}
            {move || (fault.get().map(|_| view! { <strong class="hw-summary__fault" data-testid="summary-fault">{order::CHECK_DOMAIN.text()}</strong> })).fresh()}
        </li>
    }
}
