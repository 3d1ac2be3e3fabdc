//! Hostway ordering: a Leptos single-page app that orders hosting services through the Hostway ordering
//! API directly from the browser (credentialed CORS; the browser keeps the `OwnerId` cookie).
//!
//! Layers, each importing only those below it: `timer`, `config`, `rules` (leaves) → `api` (typed client)
//! → `state` (what outlives a view) → `nav`, `components` (shared views) → `pages` (routed views) →
//! the entry points: `App` here (the page) and `widget` (the shops' embed).

pub mod components;
mod exports;
pub mod nav;
pub mod pages;
pub mod state;
pub mod widget;

pub use hostway_core::{api, config, i18n, rules, timer};

use leptos::prelude::*;

use components::fresh::{Fresh, IntoFresh};
use components::page::Elsewhere;
use components::{Footer, Header};
use nav::{use_nav, Nav};
use pages::{
    AgentAccount, AgentHome, Catalog, NotFound, OnBehalfBanner, OrderPage, Product, Status,
};
use state::open_order::resume;
use state::order::OrderCtx;
use state::{AppContext, Audience};
use wasm_bindgen::prelude::wasm_bindgen;

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

/// The pages one module of an app draws, by route; `None` for another module's (the page hands over
/// to it, see [`Elsewhere`]). Each module names only its own, so the linker leaves the others out.
type Parts = fn(&Route) -> Option<Fresh>;

/// The customer's shop: the catalog, the products and the cart (the catalog stage hands over to it).
fn shop(route: &Route) -> Option<Fresh> {
    Some(match route {
        Route::Catalog => view! { <Catalog/> }.fresh(),
        Route::Product => view! { <Product/> }.fresh(),
        Route::Order => view! { <OrderPage steps=pages::order::cart/> }.fresh(),
        Route::NotFound => view! { <NotFound/> }.fresh(),
        _ => return None,
    })
}

/// The customer's checkout: the order's steps after the cart, and the order's status (its receipt).
fn checkout(route: &Route) -> Option<Fresh> {
    Some(match route {
        Route::Order => view! { <OrderPage steps=pages::order::checkout/> }.fresh(),
        Route::Status(_) => view! { <Status/> }.fresh(),
        Route::NotFound => view! { <NotFound/> }.fresh(),
        _ => return None,
    })
}

/// The agent portal's own pages (the accounts, the shortcuts); the catalog, products and cart of the
/// orders it places on behalf are [`shop`]'s module for agents, their checkout [`checkout`]'s.
fn portal(route: &Route) -> Option<Fresh> {
    Some(match route {
        Route::AgentHome => view! { <AgentHome/> }.fresh(),
        Route::AgentAccount(_) => view! { <AgentAccount/> }.fresh(),
        Route::NotFound => view! { <NotFound/> }.fresh(),
        _ => return None,
    })
}

/// The page the address bar shows, of those `parts` draws; a bare `/order` is its first step.
#[component]
fn Pages(parts: Parts, agent: bool) -> impl IntoView {
    let nav = use_nav();
    if untrack(|| nav.path()) == "/order" {
        nav.replace("/order/items");
    }
    let here = Memo::new(move |_| route(&nav.path(), agent));
    move || parts(&here.get()).unwrap_or_else(|| view! { <Elsewhere/> }.fresh())
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

/// The app for `audience`: context, frame and the pages of `parts`; signed in with `signed_in` (an
/// agent's accepted user and password).
fn app(audience: Audience, parts: Parts, signed_in: Option<(String, String)>) -> impl IntoView {
    provide_app(audience);
    if let Some((user, password)) = signed_in {
        let app = expect_context::<AppContext>();
        let session = state::agent::AgentSession::accepted(&app.client(), &user, &password);
        app.agent.set(Some(session));
        // Whom the agent orders for, as the module that handed over (or the tab before a reload) said.
        app.on_behalf_of.set(state::placed::for_whom());
    }
    let agent = audience == Audience::Agent;
    view! { <Frame>{agent.then(|| view! { <OnBehalfBanner/> })}<Pages parts agent/></Frame> }
}

/// The customer's shop, for a host of its own (the component tests'); it hands over to nothing.
#[component]
pub fn App() -> impl IntoView {
    app(Audience::Customer, shop, None)
}

/// An app mounted on `<body>`; `unmount()` removes it and stops everything it started (the page hands
/// over to another of the app's modules).
#[wasm_bindgen]
pub struct Mounted(Option<Box<dyn std::any::Any>>);

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        self.0.take();
    }
}

/// Mounts the app for `audience` on `<body>`: context, frame and the pages of `parts`; `away` hands
/// the page over to another of the app's modules, `signed_in` signs the agent in (see [`mount_agent`]).
fn mount(
    audience: Audience,
    parts: Parts,
    away: js_sys::Function,
    signed_in: Option<(String, String)>,
) -> Mounted {
    let body = document().body().expect("a page has a body");
    let handle = leptos::mount::mount_to(body, move || {
        provide_context(nav::Away(send_wrapper::SendWrapper::new(away)));
        app(audience, parts, signed_in)
    });
    Mounted(Some(Box::new(handle)))
}

/// Mounts the customer's shop (catalog, products, cart) at the page's address.
pub fn mount_shop(away: js_sys::Function) -> Mounted {
    mount(Audience::Customer, shop, away, None)
}

/// Mounts the customer's checkout (the steps after the cart, the order's status).
pub fn mount_checkout(away: js_sys::Function) -> Mounted {
    mount(Audience::Customer, checkout, away, None)
}

/// Mounts the agent portal's own pages (the catalog and the cart are [`mount_agent_shop`]'s, the
/// checkout [`mount_agent_checkout`]'s, reached without leaving the page, since the agent's credentials
/// live in memory), signed in when the sign-in stage or another module handed over accepted
/// credentials (user, password).
pub fn mount_agent(away: js_sys::Function, signed_in: Option<(String, String)>) -> Mounted {
    mount(Audience::Agent, portal, away, signed_in)
}

/// Mounts the shop the agent orders on behalf through (catalog, products, cart), signed in with the
/// credentials the portal handed over.
pub fn mount_agent_shop(away: js_sys::Function, signed_in: Option<(String, String)>) -> Mounted {
    mount(Audience::Agent, shop, away, signed_in)
}

/// Mounts the checkout of the agent's orders on behalf, signed in with the credentials handed over.
pub fn mount_agent_checkout(
    away: js_sys::Function,
    signed_in: Option<(String, String)>,
) -> Mounted {
    mount(Audience::Agent, checkout, away, signed_in)
}
