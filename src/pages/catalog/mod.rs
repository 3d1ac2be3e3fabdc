//! The catalog: product specifications with their offerings and prices, searchable and filterable.
//! One view (`view.rs`, on the DOM), shown by the customer's catalog stage (`stage.rs`, the page's
//! first download) and, at `/`, by the apps ([`Catalog`]).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use send_wrapper::SendWrapper;

use crate::nav::use_nav;
use crate::state::use_app;

mod card;
mod entry;
mod query;
pub mod stage;
mod view;

pub use entry::{load, matches, Entry};
pub use view::CatalogView;

/// The catalog at `/` in the apps: the catalog's view in an element of the page, following the
/// router's URL (a link to `/` clears the search) and navigating through it.
#[component]
pub fn Catalog() -> impl IntoView {
    let app = use_app();
    let nav = use_nav();
    let host = NodeRef::<leptos::html::Div>::new();
    let shown = StoredValue::new(None::<SendWrapper<CatalogView>>);
    let search = use_location().search;
    Effect::new(move |_| {
        search.track();
        let Some(host) = host.get() else { return };
        if let Some(view) = shown.read_value().as_ref() {
            view.follow_url();
            return;
        }
        let nav = nav.clone();
        let go = std::rc::Rc::new(move |href: &str| nav.go(href));
        match CatalogView::render(&host, app.client(), go) {
            Ok(view) => shown.set_value(Some(SendWrapper::new(view))),
            Err(e) => web_sys::console::warn_2(&"catalog:".into(), &e),
        }
    });
    view! { <div node_ref=host></div> }
}
