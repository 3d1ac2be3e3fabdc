//! Hostway ordering: a Leptos single-page app that orders hosting services through the Hostway ordering
//! API directly from the browser (credentialed CORS; the browser keeps the `OwnerId` cookie).
//!
//! Layers, each importing only those below it: `timer`, `config`, `rules` (leaves) → `api` (typed client)
//! → `state` (what outlives a view) → `nav`, `components` (shared views) → `pages` (routed views) →
//! the entry points: `App` here (the page) and `widget` (the shops' embed).

pub mod api;
pub mod components;
pub mod config;
pub mod nav;
pub mod pages;
pub mod rules;
pub mod state;
pub mod timer;
pub mod widget;

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;

use components::{Footer, Header};
use pages::{AgentAccount, AgentHome, Catalog, NotFound, OrderPage, Product, Status};
use state::order::{resume, OrderCtx};
use state::AppContext;

/// The whole app: context, frame and routes.
#[component]
pub fn App() -> impl IntoView {
    let app = AppContext::new(config::Config::from_document());
    let order = OrderCtx::new();
    resume(&app, order);
    provide_context(app);
    provide_context(order);
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// The page frame and the routes; inside `<Router>` so that navigation can be provided.
#[component]
fn Shell() -> impl IntoView {
    provide_context(nav::Nav::page());
    view! {
            <div class="hw-app">
                <Header/>
                <main class="hw-main" id="main" tabindex="-1">
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=Catalog/>
                        <Route path=path!("/products/:spec") view=Product/>
                        <Route path=path!("/order") view=|| view! { <Redirect path="/order/items"/> }/>
                        <Route path=path!("/order/:step") view=OrderPage/>
                        <Route path=path!("/orders/:id") view=Status/>
                        <Route path=path!("/agent") view=AgentHome/>
                        <Route path=path!("/agent/accounts/:acct") view=AgentAccount/>
                    </Routes>
                </main>
                <Footer/>
            </div>
    }
}

/// Mounts the full-page app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
