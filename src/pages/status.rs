//! An order's status as a timeline, watched until it is final. The URL holds the order id, so a reload
//! continues watching.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::model::OrderStatus;
use crate::components::StatusTimeline;
use crate::state::watch::watch;
use crate::state::{events, use_app};
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
    let app = use_app();
    let w = watch(app.client(), id.clone());
    let status = Signal::derive(move || {
        w.order
            .with(|o| o.as_ref().map(|o| o.status.clone()))
            .unwrap_or(OrderStatus::New)
    });
    let reason =
        Signal::derive(move || w.order.with(|o| o.as_ref().and_then(|o| o.reason.clone())));
    {
        let id = id.clone();
        Effect::new(move |prev: Option<OrderStatus>| {
            let now = status.get();
            if prev.as_ref() == Some(&now) {
                return now;
            }
            match &now {
                OrderStatus::Completed => events::emit(
                    events::COMPLETED,
                    json!({ "orderId": id, "status": "Completed" }),
                ),
                OrderStatus::Failed => events::emit(
                    events::ERROR,
                    json!({
                        "message": format!("Provisioning failed. {}", reason.get_untracked().unwrap_or_default()).trim(),
                        "status": null,
                        "orderId": id,
                    }),
                ),
                _ => {}
            }
            now
        });
    }
    view! {
        <h1>"Order status"</h1>
        <p>"Order " <code class="hw-order-id" data-testid="status-order-id">{id.clone()}</code></p>
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
    }
}
