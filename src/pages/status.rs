//! An order's status as a timeline, watched until it is final. The URL holds the order id, so a reload
//! continues watching.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::model::OrderStatus;
use crate::components::StatusTimeline;
use crate::state::use_app;
use crate::state::watch::watch;

#[component]
pub fn Status() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let w = watch(app.client(), id.clone());
    let status = Signal::derive(move || {
        w.order
            .with(|o| o.as_ref().map(|o| o.status.clone()))
            .unwrap_or(OrderStatus::New)
    });
    let reason =
        Signal::derive(move || w.order.with(|o| o.as_ref().and_then(|o| o.reason.clone())));
    view! {
        <h1>"Order status"</h1>
        <p>"Order " <code data-testid="status-order-id">{id.clone()}</code></p>
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
                {if e.is_transient() { format!("{e} Still trying…") } else { crate::pages::agent::reason(&e) }}
            </p>
        })}
        <p class="hw-muted" data-testid="status-polls" data-polls=move || w.polls.get().to_string()></p>
    }
}
