//! The page frame: skip link, header with navigation, footer with the API status.

use leptos::prelude::*;
use leptos_router::components::A;

use super::ApiHealth;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="hw-skip-link" href="#main">"Skip to main content"</a>
        <header class="hw-header">
            <div class="hw-header__inner">
                <A href="/" attr:class="hw-header__brand">"Hostway"</A>
                <nav class="hw-header__nav" aria-label="Main">
                    <A href="/">"Catalog"</A>
                    <A href="/order/items" attr:data-testid="nav-order">"Your order"</A>
                    // The agent portal is its own page: from the customer's app a plain link loads it.
                    {match use_context::<crate::state::Audience>() {
                        Some(crate::state::Audience::Agent) => view! { <A href="/agent" attr:data-testid="nav-agent">"Agents"</A> }.into_any(),
                        _ => view! { <a href="/agent" rel="external" data-testid="nav-agent">"Agents"</a> }.into_any(),
                    }}
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="hw-footer">
            <div class="hw-footer__inner">
                <ApiHealth/>
            </div>
        </footer>
    }
}
