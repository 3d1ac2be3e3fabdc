//! The customer's catalog stage: what `index.html` downloads first for `/` (its own small module,
//! `src/bin/catalog.rs`): the page's frame (`components::stage`) around the catalog's view. A product's
//! "Choose" and the header's "Your order" hand over to the whole app; "Catalog" shows the catalog
//! unfiltered.

use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::CatalogView;
use crate::components::stage::{self, Content, Stage};

/// Mounts the catalog stage on `<body>`; see [`stage::mount`] for `handover`.
pub fn mount(handover: js_sys::Function) -> Result<Stage, JsValue> {
    stage::mount(handover, |main, client, handover| {
        let catalog = CatalogView::render(main, client, Rc::new(move |href| handover.to(href)))?;
        let home = catalog.clone();
        Ok(Content {
            keep: Box::new(catalog),
            home: Some(Rc::new(move || {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("/"));
                }
                home.follow_url();
            })),
        })
    })
}
