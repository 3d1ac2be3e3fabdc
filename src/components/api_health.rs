//! The status area: the configured API base and a live indicator of whether a credentialed CORS request
//! to it succeeds, with the likely cause when it does not.

use leptos::ev;
use leptos::prelude::*;

use crate::state::use_app;

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
    let recheck = move |_| ctx.recheck();
    let level = move || health.with(|h| h.level());
    view! {
        <section
            class=move || format!("hw-health hw-health--{}", level())
            aria-label=(!embedded).then_some("Ordering API status")
            data-testid="api-health"
            data-state=move || health.with(|h| format!("{h:?}"))
        >
            <span class="hw-health__dot" aria-hidden="true"></span>
            <span>"API "</span>
            <span class="hw-health__base" data-testid="api-base">{base}</span>
            <span class="hw-health__message" role="status" data-testid="api-health-message">
                {move || health.with(|h| h.message())}
            </span>
            <button type="button" class="hw-health__retry" on:click=recheck>"Check again"</button>
        </section>
    }
}
