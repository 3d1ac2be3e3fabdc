//! The customer's catalog stage: what `index.html` downloads first for `/` (its own small module,
//! `src/dom/bin/catalog.rs`): the page's frame (`crate::stage`) around the catalog's view. A product's
//! "Choose" and the header's "Your order" hand over to the whole app; "Catalog" shows the catalog
//! unfiltered. No router here: the stage owns the address through the history API (the search replaces
//! the entry, "Catalog" pushes one, Back and Forward are followed).

use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::query::replace_with_history;
use super::view::Address;
use super::CatalogView;
use crate::dom::Listeners;
use crate::i18n::{catalog, page};
use crate::stage::{self, Content, Stage};

/// Mounts the catalog stage on `<body>`; see [`stage::mount`] for `handover` and `usable`.
pub fn mount(
    handover: js_sys::Function,
    usable: Option<js_sys::Function>,
) -> Result<Stage, JsValue> {
    // The page's name in its language (the static page's is English), as the app's catalog names it.
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!(
            "{} — {}",
            catalog::TITLE.text(),
            page::BRAND.text()
        ));
    }
    stage::mount(handover, usable, |main, client, handover| {
        let address = Address {
            go: Rc::new({
                let handover = handover.clone();
                move |href| handover.to(href)
            }),
            replace: Rc::new(replace_with_history),
        };
        let catalog = CatalogView::render(main, client, address)?;
        catalog.when_settled(move || handover.usable());
        let window = web_sys::window().ok_or("no window")?;
        let mut listeners = Listeners::default();
        listeners.on(&window, "popstate", {
            let catalog = catalog.clone();
            move |_| catalog.follow_url()
        })?;
        let home = catalog.clone();
        Ok(Content {
            keep: Box::new((catalog, listeners)),
            home: Some(Rc::new(move || {
                // The whole catalog, in an entry of its own: Back returns to the search.
                let here = window.location();
                let search = here.search().unwrap_or_default();
                if here.pathname().ok().as_deref() != Some("/") || !search.is_empty() {
                    if let Ok(history) = window.history() {
                        let _ = history.push_state_with_url(&JsValue::NULL, "", Some("/"));
                    }
                }
                home.follow_url();
            })),
        })
    })
}
