//! The page frame: skip link, header with navigation, footer with the API status.

use crate::components::fresh::IntoFresh;
use crate::nav::{use_nav, Link};
use leptos::prelude::*;

use super::ApiHealth;
use hostway_core::i18n::{self, choice, page};
use hostway_core::site;

#[component]
pub fn Header() -> impl IntoView {
    // The link to the page shown is marked as such (as the first stages' header does), and the link
    // to the part of the site it is in as that: the catalog's for a product, the order's for each step.
    let nav = use_nav();
    let current = move |place: site::Place| {
        let nav = nav.clone();
        move || site::current(&nav.path(), place)
    };
    view! {
        <a class="hw-skip-link" href="#main">{page::SKIP.text()}</a>
        <header class="hw-header">
            <div class="hw-header__inner">
                <Link href="/" attr:class="hw-header__brand" attr:aria-current=current(site::HOME)>{page::BRAND.text()}</Link>
                <nav class="hw-header__nav" aria-label=page::MAIN_NAV.text()>
                    <Link href="/" attr:aria-current=current(site::CATALOG)>{page::CATALOG.text()}</Link>
                    <Link href="/order/items" attr:data-testid="nav-order" attr:aria-current=current(site::ORDER)>{page::YOUR_ORDER.text()}</Link>
                    // The agent portal is its own page: from the customer's app a plain link loads it.
                    {match use_context::<crate::state::Audience>() {
                        Some(crate::state::Audience::Agent) => view! { <Link href="/agent" attr:data-testid="nav-agent" attr:aria-current=current(site::AGENTS)>{page::AGENTS.text()}</Link> }.fresh(),
                        _ => view! { <a href="/agent" rel="external" data-testid="nav-agent" aria-current=current(site::AGENTS)>{page::AGENTS.text()}</a> }.fresh(),
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
                <Language/>
            </div>
        </footer>
    }
}

/// The footer's language switcher (as the first stages' footer draws it): the languages spoken, each
/// in its own words; choosing one remembers it and shows the page again in it.
#[component]
pub fn Language() -> impl IntoView {
    let here = choice::language(&i18n::locale());
    i18n::installed().then(|| view! {
        <div class="hw-footer__language">
            <label for="hw-language">{page::LANGUAGE.text()}</label>
            <select id="hw-language" data-testid="language" on:change=|ev| choice::choose(&event_target_value(&ev))>
                {choice::SPOKEN.iter().map(|(lang, name)| view! {
                    <option value=*lang lang=*lang selected=*lang == here>{*name}</option>
                }).collect_view()}
            </select>
        </div>
    })
}
