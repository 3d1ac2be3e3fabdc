//! The start page: begin (or resume) an order and confirm that this browser is recognised as its owner.

use leptos::prelude::*;

use crate::state::session::{start_order, Started};
use crate::state::use_app;

#[component]
pub fn Home() -> impl IntoView {
    let ctx = use_app();
    let start = Action::new_local(move |_: &()| {
        let ctx = ctx.clone();
        async move { start_order(&ctx).await }
    });
    let pending = start.pending();
    let outcome = move || {
        start.value().get().map(|result| match result {
            Ok(Started { order_id, resumed }) => view! {
                <p class="hw-notice hw-notice--ok" data-testid="order-session" data-order-id=order_id.clone()>
                    {if resumed { "Your open order was resumed: " } else { "Your order was created: " }}
                    <code>{order_id.clone()}</code>
                    ". The ordering API recognises this browser as its owner."
                </p>
            }
            .into_any(),
            Err(e) => view! {
                <p class="hw-notice hw-notice--error" role="alert" data-testid="order-session-error">
                    {e.to_string()}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <h1>"Order hosting services"</h1>
        <section class="hw-card" aria-labelledby="start-heading">
            <h2 id="start-heading">"Start an order"</h2>
            <p>"Domains, web hosting, email and Exchange mailboxes. Your order is kept by this browser while you build it."</p>
            <button
                type="button"
                class="hw-button"
                data-testid="start-order"
                aria-disabled=move || pending.get().to_string()
                on:click=move |_| {
                    if !pending.get_untracked() {
                        start.dispatch(());
                    }
                }
            >
                {move || if pending.get() { "Starting…" } else { "Start an order" }}
            </button>
            <div aria-live="polite">{outcome}</div>
        </section>
    }
}
