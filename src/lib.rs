//! Hostway ordering: a Leptos single-page app that orders hosting services through the Hostway ordering
//! API directly from the browser (credentialed CORS; the browser keeps the `OwnerId` cookie).
//!
//! Layers, each importing only those below it: `timer`, `config`, `rules` (leaves) → `api` (typed client)
//! → `state` (what outlives a view) → `nav`, `components` (shared views) → `pages` (routed views) →
//! the entry points: `App` here (the page) and `widget` (the shops' embed).

pub mod components;
pub mod nav;
pub mod pages;
pub mod state;
pub mod widget;

pub use hostway_core::{api, config, i18n, rules, timer};

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::{path, MatchNestedRoutes};

use components::{Footer, Header};
use pages::{
    AgentAccount, AgentHome, Catalog, NotFound, OnBehalfBanner, OrderPage, Product, Status,
};
use state::open_order::resume;
use state::order::OrderCtx;
use state::{AppContext, Audience};

/// The app's context for `audience`: config, API client, the open order.
fn provide_app(audience: Audience) {
    let app = AppContext::new(config::Config::from_document());
    let order = OrderCtx::new();
    resume(&app, order);
    provide_context(app);
    provide_context(order);
    provide_context(audience);
}

/// The customer's routes: the customer's app, and the agent portal that orders through the same views.
#[component(transparent)]
fn CustomerRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/") view=Catalog/>
        <Route path=path!("/products/:spec") view=Product/>
        <Route path=path!("/order") view=|| view! { <Redirect path="/order/items"/> }/>
        <Route path=path!("/order/:step") view=OrderPage/>
        <Route path=path!("/orders/:id") view=Status/>
    }
    .into_inner()
}

/// The customer's page frame and routes; inside `<Router>` so that navigation can be provided.
#[component]
fn CustomerShell() -> impl IntoView {
    provide_context(nav::Nav::page());
    view! {
        <Frame>
            <Routes fallback=|| view! { <NotFound/> }>
                <CustomerRoutes/>
            </Routes>
        </Frame>
    }
}

/// The agent portal's frame and routes: its own, and the customer's views it orders through (reached
/// without leaving the page, since the agent's credentials live in its memory).
#[component]
fn AgentShell() -> impl IntoView {
    provide_context(nav::Nav::page());
    view! {
        <Frame>
            <OnBehalfBanner/>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/agent") view=AgentHome/>
                <Route path=path!("/agent/accounts/:acct") view=AgentAccount/>
                <CustomerRoutes/>
            </Routes>
        </Frame>
    }
}

/// Header, main and footer around the routes. After a route change the focus moves to the new page's
/// heading.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let main = NodeRef::<leptos::html::Main>::new();
    let location = leptos_router::hooks::use_location();
    components::page::focus_on_arrival(
        move || location.pathname.get(),
        move || main.get_untracked(),
    );
    view! {
        <div class="hw-app">
            <Header/>
            <main class="hw-main" id="main" tabindex="-1" node_ref=main>{children()}</main>
            <Footer/>
        </div>
    }
}

/// The customer's app: context, frame and routes. Each app names only its own shell, so the linker
/// leaves the other audience's views out of each binary.
#[component]
pub fn App() -> impl IntoView {
    provide_app(Audience::Customer);
    view! { <Router><CustomerShell/></Router> }
}

/// The agent portal: context, frame and routes; signed in with `signed_in` (user, password) when the
/// sign-in stage handed over accepted credentials.
#[component]
pub fn AgentApp(signed_in: Option<(String, String)>) -> impl IntoView {
    provide_app(Audience::Agent);
    if let Some((user, password)) = signed_in {
        let app = expect_context::<AppContext>();
        let session = state::agent::AgentSession::accepted(&app.client(), &user, &password);
        app.agent.set(Some(session));
    }
    view! { <Router><AgentShell/></Router> }
}

/// Mounts the customer's app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

/// Mounts the agent portal on `<body>`, signed in when given accepted credentials.
pub fn mount_agent(signed_in: Option<(String, String)>) {
    leptos::mount::mount_to_body(move || view! { <AgentApp signed_in/> });
}
