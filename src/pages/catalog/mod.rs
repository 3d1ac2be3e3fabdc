//! The catalog at `/` in the apps: the DOM view of `hostway_dom::catalog` (the customer's first stage
//! shows the same view), placed and addressed by the router.

use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::nav::use_nav;
use crate::state::use_app;

pub use hostway_dom::catalog::{load, matches, Address, CatalogView, Entry};

/// The catalog at `/` in the apps: the catalog's view in an element of the page. The router owns the
/// address: the view navigates and writes its search through it, and follows the router's URL (a link
/// to `/` clears the search; Back and Forward restore one).
#[component]
pub fn Catalog() -> impl IntoView {
    crate::components::page::title(|| hostway_core::i18n::catalog::TITLE.text());
    let app = use_app();
    let nav = use_nav();
    let host = NodeRef::<leptos::html::Div>::new();
    let shown = StoredValue::new(None::<SendWrapper<CatalogView>>);
    Effect::new(move |_| {
        // Read, not only tracked: a memo nobody reads is never compared, so its changes went unseen.
        let query = nav.search();
        let Some(host) = host.get() else { return };
        if let Some(view) = shown.read_value().as_ref() {
            view.follow(&query);
            return;
        }
        let (to, replace) = (nav.clone(), nav.clone());
        let address = Address {
            go: Rc::new(move |href: &str| to.go(href)),
            replace: Rc::new(move |href: &str| replace.replace(href)),
        };
        match CatalogView::render(&host, app.client(), address) {
            Ok(view) => shown.set_value(Some(SendWrapper::new(view))),
            Err(e) => web_sys::console::warn_2(&"catalog:".into(), &e),
        }
    });
    view! { <div node_ref=host></div> }
}
