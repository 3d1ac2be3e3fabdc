//! An order's status, polled with backoff (fast at first, slower later, paused while the tab is
//! hidden), shown as a timeline, until it reaches a final state. The URL holds the order id, so a reload
//! continues watching.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::model::OrderStatus;
use crate::api::{orders, ApiError};
use crate::components::StatusTimeline;
use crate::state::timer::{backoff, hidden, sleep};
use crate::state::use_app;

#[component]
pub fn Status() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let status = RwSignal::new(None::<OrderStatus>);
    let reason = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<ApiError>);
    let polls = RwSignal::new(0u32);
    let alive = Arc::new(AtomicBool::new(true));
    {
        let alive = alive.clone();
        on_cleanup(move || alive.store(false, Ordering::Relaxed));
    }
    {
        let (client, id) = (app.client.clone(), id.clone());
        leptos::task::spawn_local(async move {
            let mut attempt = 0;
            while alive.load(Ordering::Relaxed) {
                if hidden() {
                    sleep(1000).await;
                    continue;
                }
                match orders::get(&client, &id).await {
                    Ok(state) => {
                        error.set(None);
                        reason.set(state.order.reason.clone());
                        let done = state.order.status.is_final();
                        status.set(Some(state.order.status));
                        polls.update(|n| *n += 1);
                        if done {
                            break;
                        }
                    }
                    Err(e) if e.is_transient() => error.set(Some(e)),
                    Err(e) => {
                        error.set(Some(e));
                        break;
                    }
                }
                sleep(backoff(attempt)).await;
                attempt += 1;
            }
        });
    }
    view! {
        <h1>"Order status"</h1>
        <p>"Order " <code data-testid="status-order-id">{id.clone()}</code></p>
        {move || match status.get() {
            None => view! { <p aria-busy="true">"Checking the status…"</p> }.into_any(),
            Some(s) => view! {
                <StatusTimeline status=Signal::derive(move || status.get().unwrap_or(OrderStatus::New)) reason=reason/>
                <p role="status" data-testid="status-text">{match s {
                    OrderStatus::Completed => "Everything is provisioned.".to_string(),
                    OrderStatus::Failed => "Provisioning failed.".to_string(),
                    other => format!("{}…", other.label()),
                }}</p>
            }.into_any(),
        }}
        {move || error.get().map(|e| view! {
            <p class="hw-notice hw-notice--error" role="alert" data-testid="status-error">
                {if e.is_transient() { format!("{e} Still trying…") } else { e.to_string() }}
            </p>
        })}
        <p class="hw-muted" data-testid="status-polls" data-polls=move || polls.get().to_string()></p>
    }
}
