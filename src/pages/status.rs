//! An order's status as a timeline, watched until it is final. The URL holds the order id, so a reload
//! continues watching.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

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
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    view! { <StatusView id/> }
}

/// An order's status for any host: the routed page or the widget.
#[component]
pub fn StatusView(id: String) -> impl IntoView {
    crate::components::page::title(|| "Order status".into());
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
            "Receipt — Order placed"
        } else {
            "Order status"
        }
        .into()
    });
    let live = view! {
        {move || match w.order.get() {
            None => view! { <p aria-busy="true">"Checking the status…"</p> }.into_any(),
            Some(o) => view! {
                <StatusTimeline status=status reason=reason/>
                <p role="status" data-testid="status-text">{match &o.status {
                    OrderStatus::Completed => "Everything is provisioned.".to_string(),
                    OrderStatus::Failed => "Provisioning failed.".to_string(),
                    other => format!("{}…", other.label()),
                }}</p>
                {o.agent.clone().map(|a| view! { <p data-testid="status-agent">"Assigned to agent " <strong>{a}</strong></p> })}
            }.into_any(),
        }}
        {move || w.error.get().map(|e| view! {
            <p class="hw-notice hw-notice--error" role="alert" data-testid="status-error">
                {if e.is_transient() { format!("{e} Still trying…") } else { e.reason() }}
            </p>
        })}
        <p class="hw-muted" data-testid="status-polls" data-polls=move || w.polls.get().to_string()></p>
    };
    let Some(r) = receipt else {
        return view! {
            <h1>"Order status"</h1>
            <p>"Order " <code class="hw-order-id" data-testid="status-order-id">{id}</code></p>
            {live}
        }
        .into_any();
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <h1>"Thank you for your order"</h1>
        <div class="hw-receipt">
            <section class="hw-card" data-testid="receipt" aria-labelledby="receipt-title">
                <h2 id="receipt-title">"Receipt"</h2>
                <dl class="hw-receipt__facts">
                    <dt>"Placed on"</dt><dd data-testid="receipt-placed">{r.placed}</dd>
                    <dt>"Order reference"</dt><dd><code class="hw-order-id" data-testid="status-order-id">{id}</code></dd>
                </dl>
                <p data-testid="receipt-what">{r.what}</p>
                <LinesTable lines=r.lines/>
                <p data-testid="receipt-charges"><strong>{r.charges}</strong></p>
                <button type="button" class="hw-button hw-button--secondary hw-no-print" data-testid="receipt-print"
                    on:click=print>"Print the receipt"</button>
            </section>
            <section class="hw-card" aria-labelledby="next-title" data-testid="receipt-next">
                <h2 id="next-title">"What happens next"</h2>
                <p>"Your services are being set up now. This page follows each step as it happens; you can close it, the set-up goes on without it."</p>
                {live}
                <p class="hw-muted hw-no-print">"This receipt stays in this browser: find it again under " <Link href="/order/items">"Your order"</Link> "."</p>
            </section>
        </div>
    }
    .into_any()
}
