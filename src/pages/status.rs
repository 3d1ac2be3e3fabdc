//! An order's status as a timeline, watched until it is final. The URL holds the order id, so a reload
//! continues watching.

use crate::components::fresh::IntoFresh;
use hostway_core::i18n::{page, status};
use leptos::prelude::*;

use crate::components::quote::LinesTable;
use crate::components::StatusTimeline;
use crate::nav::Link;
use crate::state::watch::watch;
use crate::state::{events, receipts, use_app};
use hostway_core::api::model::OrderStatus;
use serde_json::json;

/// The routed status page: the order id from the path.
#[component]
pub fn Status() -> impl IntoView {
    let id = untrack(|| crate::nav::use_nav().param("/orders/").unwrap_or_default());
    view! { <StatusView id/> }
}

/// An order's status for any host: the routed page or the widget.
#[component]
pub fn StatusView(id: String) -> impl IntoView {
    crate::components::page::title(|| status::TITLE.text());
    let app = use_app();
    // The host element hears when the order is completed or failed (the widget's shop listens).
    let w = watch(app.client(), id.clone(), {
        let id = id.clone();
        move |_, now| match &now.status {
            OrderStatus::Completed => events::emit(
                events::COMPLETED,
                json!({ "orderId": id, "status": "Completed" }),
            ),
            OrderStatus::Failed => events::emit(
                events::ERROR,
                json!({
                    "message": format!("Provisioning failed. {}", now.reason.clone().unwrap_or_default()).trim(),
                    "status": null,
                    "orderId": id,
                }),
            ),
            _ => {}
        }
    });
    let status = Signal::derive(move || {
        w.order
            .with(|o| o.as_ref().map(|o| o.status.clone()))
            .unwrap_or(OrderStatus::New)
    });
    let reason =
        Signal::derive(move || w.order.with(|o| o.as_ref().and_then(|o| o.reason.clone())));
    // Placed in this browser: the receipt of what was agreed to, beside the live status.
    let receipt = receipts::find(&id);
    let thanked = receipt.is_some();
    crate::components::page::title(move || {
        if thanked {
            status::RECEIPT_TITLE.text()
        } else {
            status::TITLE.text()
        }
    });
    let live = view! {
        {move || match w.order.get() {
            // Patched, not redrawn, at each answer: the status line is a live region, which is read
            // out when its words change.
            None => view! { <p aria-busy="true">{status::CHECKING.text()}</p> }.into_any(),
            Some(o) => view! {
                <StatusTimeline status=status reason=reason/>
                <p role="status" data-testid="status-text">{match &o.status {
                    OrderStatus::Completed => status::ALL_DONE.text(),
                    OrderStatus::Failed => status::FAILED_SHORT.text(),
                    OrderStatus::New => format!("{}…", status::OPEN.text()),
                    OrderStatus::Processing => format!("{}…", status::PROCESSING.text()),
                    other => format!("{}…", other.label()),
                }}</p>
                {o.agent.clone().map(|a| view! { <p data-testid="status-agent">{status::AGENT.text()} " " <strong>{a}</strong></p> })}
            }.into_any(),
        }}
        {move || (w.error.get().map(|e| view! {
            <p class="hw-notice hw-notice--error" role="alert" data-testid="status-error">
                {if e.is_transient() { format!("{e} {}", status::STILL_TRYING.text()) } else { e.reason() }}
            </p>
        })).fresh()}
        <p class="hw-muted" data-testid="status-polls" data-polls=move || w.polls.get().to_string()></p>
    };
    let Some(r) = receipt else {
        return view! {
            <h1>{status::TITLE.text()}</h1>
            <p>{status::ORDER.text()} " " <code class="hw-order-id" data-testid="status-order-id">{id}</code></p>
            {live}
        }
        .fresh();
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <h1>{status::THANKS.text()}</h1>
        <div class="hw-receipt">
            <section class="hw-card" data-testid="receipt" aria-labelledby="receipt-title">
                <h2 id="receipt-title">{status::RECEIPT.text()}</h2>
                <dl class="hw-receipt__facts">
                    <dt>{status::PLACED_ON.text()}</dt><dd data-testid="receipt-placed">{r.placed}</dd>
                    <dt>{status::REFERENCE.text()}</dt><dd><code class="hw-order-id" data-testid="status-order-id">{id}</code></dd>
                </dl>
                <p data-testid="receipt-what">{r.what}</p>
                <LinesTable lines=r.lines/>
                <p data-testid="receipt-charges"><strong>{r.charges}</strong></p>
                <button type="button" class="hw-button hw-button--secondary hw-no-print" data-testid="receipt-print"
                    on:click=print>{status::PRINT.text()}</button>
            </section>
            <section class="hw-card" aria-labelledby="next-title" data-testid="receipt-next">
                <h2 id="next-title">{status::NEXT.text()}</h2>
                <p>{status::NEXT_TEXT.text()}</p>
                {live}
                <p class="hw-muted hw-no-print">{status::KEPT_HERE.text()} " " <Link href="/order/items">{page::YOUR_ORDER.text()}</Link> "."</p>
            </section>
        </div>
    }
    .fresh()
}
