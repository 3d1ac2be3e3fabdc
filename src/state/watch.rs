//! Watching an order's status: `GET /orders/{id}` polled with backoff (fast at first, slower later,
//! paused while the tab is hidden) until a final state; stops when its view is cleaned up.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::api::model::orders::OrderBody;
use crate::api::{orders, ApiError, Client};
use crate::timer::{backoff, hidden, sleep};

/// What the watcher has seen so far.
#[derive(Clone, Copy)]
pub struct Watched {
    pub order: RwSignal<Option<OrderBody>>,
    pub error: RwSignal<Option<ApiError>>,
    /// Requests sent so far.
    pub polls: RwSignal<u32>,
}

/// Starts watching `order_id`; polling ends at a final status, a permanent error, or cleanup.
pub fn watch(client: Client, order_id: String) -> Watched {
    let w = Watched {
        order: RwSignal::new(None),
        error: RwSignal::new(None),
        polls: RwSignal::new(0),
    };
    let alive = Arc::new(AtomicBool::new(true));
    {
        let alive = alive.clone();
        on_cleanup(move || alive.store(false, Ordering::Relaxed));
    }
    // Scoped: the loop's reads and sleeps belong to the view, so its cleanup aborts and wakes them.
    leptos::task::spawn_local_scoped(async move {
        let mut attempt = 0;
        while alive.load(Ordering::Relaxed) {
            if hidden() {
                sleep(1000).await;
                continue;
            }
            let result = orders::get(&client, &order_id).await;
            if !alive.load(Ordering::Relaxed) {
                break;
            }
            w.polls.update(|n| *n += 1);
            match result {
                Ok(state) => {
                    w.error.set(None);
                    let done = state.order.status.is_final();
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
