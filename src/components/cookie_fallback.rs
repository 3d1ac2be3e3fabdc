//! The widget's way out when the browser will not keep the API's cookie on the shop's page: the plain
//! reason and a link that continues on the app's own origin, with what was chosen carried over.

use hostway_core::i18n::widget;
use leptos::prelude::*;

use crate::nav::use_nav;
use crate::state::use_app;
use hostway_core::api::health::Health;

/// When the browser will not keep the API's cookie here: the plain reason and a link that continues on
/// the app's own origin (a top-level window, where the cookie is first-party) with the form carried over.
#[component]
pub fn CookieFallback(#[prop(into)] href: Signal<String>) -> impl IntoView {
    let app = use_app();
    let nav = use_nav();
    move || {
        (nav.is_widget() && app.health.get() == Health::CookiesRefused).then(|| {
            view! {
                <div class="hw-notice hw-fallback" role="alert" data-testid="cookie-fallback">
                    <p>{widget::COOKIES_BLOCKED.text()}</p>
                    <p><a class="hw-button" href=move || href.get() target="_blank" rel="noopener"
                        data-testid="cookie-fallback-link">{widget::CONTINUE_AT.text()}</a>
                        {format!(" {}", widget::OPENS_NEW.text())}</p>
                </div>
            }
        })
    }
}
