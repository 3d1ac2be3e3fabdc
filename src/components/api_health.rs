//! The status area: whether the ordering API can be used from this page, said to customers only when it
//! cannot (with the likely cause and what to do), and the configured address with "Check again" folded in
//! a "Connection details" disclosure of the page's footer (not in a shop's widget).

use crate::components::fresh::IntoFresh;
use leptos::ev;
use leptos::prelude::*;

use crate::state::use_app;
use hostway_core::api::health::{level, message, said_to_customers, Health};
use hostway_core::i18n::health;

/// `embedded`: inside the widget, where several may share a page, the area is not a named landmark
/// (landmarks must be unique, and the shop's page owns its landmarks).
#[component]
pub fn ApiHealth(#[prop(optional)] embedded: bool) -> impl IntoView {
    let ctx = use_app();
    let health = ctx.health;
    ctx.recheck();
    {
        let ctx = ctx.clone();
        let online = window_event_listener(ev::online, move |_| ctx.recheck());
        on_cleanup(move || online.remove());
    }
    {
        let ctx = ctx.clone();
        let offline = window_event_listener(ev::offline, move |_| ctx.recheck());
        on_cleanup(move || offline.remove());
    }
    let base = ctx.config.api_base.clone();
    let recheck = Callback::new(move |_| ctx.recheck());
    view! { <HealthStatus health=health.into() base embedded recheck/> }
}

/// The status area for a given state (what `ApiHealth` draws, and what a component test compares with
/// the first stages' footer): `base` the configured address, `recheck` what "Check again" does.
#[component]
pub fn HealthStatus(
    health: Signal<Health>,
    base: String,
    #[prop(optional)] embedded: bool,
    recheck: Callback<()>,
) -> impl IntoView {
    let level = move || health.with(level);
    // Customers hear of the API only when something is wrong; the address and "Check again" are for
    // whoever looks into a problem: in a disclosure of the page's footer, never in a shop's widget.
    let wrong = move || health.with(|h| said_to_customers(h, embedded));
    view! {
        <section
            class=move || format!("hw-health hw-health--{}", level())
            aria-label=(!embedded).then(|| health::LABEL.text())
            data-testid="api-health"
            data-state=move || health.with(|h| format!("{h:?}"))
        >
            <p class="hw-health__message" role="status" data-testid="api-health-message">
                {move || (wrong().then(|| view! {
                    <span class="hw-health__dot" aria-hidden="true"></span>
                    {health.with(message)}
                })).fresh()}
            </p>
            {(!embedded).then(|| view! {
                <details class="hw-health__details" data-testid="api-diagnostics">
                    <summary>{health::DETAILS.text()}</summary>
                    <p>{health::API.text()} " " <code class="hw-health__base" data-testid="api-base">{base}</code></p>
                    <p>{move || health.with(message)}</p>
                    <button type="button" class="hw-health__retry" on:click=move |_| recheck.run(())>{health::CHECK_AGAIN.text()}</button>
                </details>
            })}
        </section>
    }
}
