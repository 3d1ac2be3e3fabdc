//! Watching an order's status: `GET /orders/{id}` polled with backoff (fast at first, slower later,
//! paused while the tab is hidden) until a final state; stops when its view is cleaned up.

use leptos::prelude::*;

use hostway_core::api::model::orders::{OrderBody, OrderStatus};
use hostway_core::api::{orders, ApiError, Client};
use hostway_core::timer::{backoff, sleep, until_visible};

/// What the watcher has seen so far.
#[derive(Clone, Copy)]
pub struct Watched {
    pub order: RwSignal<Option<OrderBody>>,
    pub error: RwSignal<Option<ApiError>>,
    /// Requests sent so far.
    pub polls: RwSignal<u32>,
}

/// Starts watching `order_id`; polling ends at a final status, a permanent error, or cleanup.
/// `on_change` hears each new status as it is read, with the one read before it (`None` on the first
/// read): what the view tells others (its host element, a list that must be re-read) follows the reads,
/// not a signal.
pub fn watch(
    client: Client,
    order_id: String,
    on_change: impl Fn(Option<&OrderStatus>, &OrderBody) + 'static,
) -> Watched {
    let w = Watched {
        order: RwSignal::new(None),
        error: RwSignal::new(None),
        polls: RwSignal::new(0),
    };
    // Scoped and cancelled with its view: cleanup aborts the loop, its read and its timer.
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let (mut attempt, mut last) = (0, None::<OrderStatus>);
        loop {
            // A hidden tab is not polled: the loop waits for the page to be shown again.
            until_visible().await;
            let result = orders::get(&client, &order_id).await;
            w.polls.update(|n| *n += 1);
            match result {
                Ok(state) => {
                    w.error.set(None);
                    let done = state.order.status.is_final();
                    if last.as_ref() != Some(&state.order.status) {
                        on_change(last.as_ref(), &state.order);
                        last = Some(state.order.status.clone());
                    }
                    w.order.set(Some(state.order));
                    if done {
                        break;
                    }
                }
                Err(e) if e.is_transient() => w.error.set(Some(e)),
                Err(e) => {
                    w.error.set(Some(e));
                    break;
                }
            }
            sleep(backoff(attempt)).await;
            attempt += 1;
        }
    });
    w
}
