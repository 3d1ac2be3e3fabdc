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

use components::fresh::{Fresh, IntoFresh};
use components::{Footer, Header};
use nav::{use_nav, Nav};
use pages::{
    AgentAccount, AgentHome, Catalog, NotFound, OnBehalfBanner, OrderPage, Product, Status,
};
use state::open_order::resume;
use state::order::OrderCtx;
use state::{AppContext, Audience};

/// The app's context for `audience`: config, API client, the open order, the address bar.
fn provide_app(audience: Audience) {
    let app = AppContext::new(config::Config::from_document());
    let order = OrderCtx::new();
    resume(&app, order);
    provide_context(app);
    provide_context(order);
    provide_context(audience);
    provide_context(Nav::page());
}

/// The pages of the apps, by path. A page stays mounted while only its own part of the path changes
/// (the order's step, the product): it follows [`Nav`] itself.
#[derive(Clone, PartialEq)]
enum Route {
    Catalog,
    Product,
    Order,
    Status(String),
    AgentHome,
    AgentAccount(String),
    NotFound,
}

/// The page at `path`; the agent's own pages only in the portal (`agent`).
fn route(path: &str, agent: bool) -> Route {
    let path = path.trim_end_matches('/');
    let under = |prefix: &str| nav::segment_after(path, prefix).map(str::to_string);
    match path {
        "" => Route::Catalog,
        "/order" => Route::Order,
        "/agent" if agent => Route::AgentHome,
        _ if under("/products/").is_some() => Route::Product,
        _ if under("/order/").is_some() => Route::Order,
        _ => match (
            under("/orders/"),
            under("/agent/accounts/").filter(|_| agent),
        ) {
            (Some(id), _) => Route::Status(id),
            (_, Some(number)) => Route::AgentAccount(number),
            _ => Route::NotFound,
        },
    }
}

/// The agent's own pages, named by the portal only (so the customer's app does not carry them).
fn agent_pages(route: &Route) -> Fresh {
    match route {
        Route::AgentHome => view! { <AgentHome/> }.fresh(),
        _ => view! { <AgentAccount/> }.fresh(),
    }
}

/// The page the address bar shows; a bare `/order` is its first step. `agent`: the agent's own pages.
#[component]
fn Pages(#[prop(optional)] agent: Option<fn(&Route) -> Fresh>) -> impl IntoView {
    let nav = use_nav();
    if untrack(|| nav.path()) == "/order" {
        nav.replace("/order/items");
    }
    let here = {
        let nav = nav.clone();
        Memo::new(move |_| route(&nav.path(), agent.is_some()))
    };
    move || match here.get() {
        Route::Catalog => view! { <Catalog/> }.fresh(),
        Route::Product => view! { <Product/> }.fresh(),
        Route::Order => view! { <OrderPage/> }.fresh(),
        Route::Status(_) => view! { <Status/> }.fresh(),
        r @ (Route::AgentHome | Route::AgentAccount(_)) => match agent {
            Some(pages) => pages(&r),
            None => view! { <NotFound/> }.fresh(),
        },
        Route::NotFound => view! { <NotFound/> }.fresh(),
    }
}

/// Header, main and footer around the pages. After a change of page the focus moves to the new
/// page's heading.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let main = NodeRef::<leptos::html::Main>::new();
    let nav = use_nav();
    components::page::focus_on_arrival(move || nav.path(), move || main.get_untracked());
    view! {
        <div class="hw-app">
            <Header/>
            <main class="hw-main" id="main" tabindex="-1" node_ref=main>{children()}</main>
            <Footer/>
        </div>
    }
}

/// The customer's app: context, frame and pages. Each app names only its own pages, so the linker
/// leaves the other audience's views out of each binary.
#[component]
pub fn App() -> impl IntoView {
    provide_app(Audience::Customer);
    view! { <Frame><Pages/></Frame> }
}

/// The agent portal: context, frame and pages (its own, and the customer's views it orders through,
/// reached without leaving the page, since the agent's credentials live in its memory); signed in with
/// `signed_in` (user, password) when the sign-in stage handed over accepted credentials.
#[component]
pub fn AgentApp(signed_in: Option<(String, String)>) -> impl IntoView {
    provide_app(Audience::Agent);
    if let Some((user, password)) = signed_in {
        let app = expect_context::<AppContext>();
        let session = state::agent::AgentSession::accepted(&app.client(), &user, &password);
        app.agent.set(Some(session));
    }
    view! { <Frame><OnBehalfBanner/><Pages agent=agent_pages/></Frame> }
}

/// Mounts the customer's app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

/// Mounts the agent portal on `<body>`, signed in when given accepted credentials.
pub fn mount_agent(signed_in: Option<(String, String)>) {
    leptos::mount::mount_to_body(move || view! { <AgentApp signed_in/> });
}
