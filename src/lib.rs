//! Hostway ordering: a Leptos single-page app that orders hosting services through the Hostway ordering
//! API directly from the browser (credentialed CORS; the browser keeps the `OwnerId` cookie).
//!
//! Layers: `api` (typed client) → `state` (what outlives a view) → `pages`/`components` (views).

pub mod api;
pub mod components;
pub mod config;
pub mod pages;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::{Footer, Header};
use pages::{Home, NotFound};
use state::AppContext;

/// The whole app: context, frame and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_context(AppContext::new(config::Config::from_document()));
    view! {
        <Router>
            <div class="hw-app">
                <Header/>
                <main class="hw-main" id="main" tabindex="-1">
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=Home/>
                    </Routes>
                </main>
                <Footer/>
            </div>
        </Router>
    }
}

/// Mounts the full-page app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
