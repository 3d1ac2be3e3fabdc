//! The customer's catalog stage: what `index.html` loads first for `/` (see
//! `hostway_dom::catalog::stage`). The rest of the app (`src/main.rs`) is loaded by the boot
//! script when the customer follows a link into it.

use wasm_bindgen::prelude::*;

fn main() {}

/// The mounted stage; `unmount()` removes it from the page.
#[wasm_bindgen]
pub struct CatalogStage {
    stage: Option<hostway_dom::stage::Stage>,
}

#[wasm_bindgen]
impl CatalogStage {
    pub fn unmount(&mut self) {
        self.stage.take();
    }
}

/// Mounts the catalog stage on `<body>`. `handover(href)` loads the app and mounts it at `href` in the
/// stage's place; its promise rejects when the app could not be loaded. `usable()` is called once the
/// catalog is shown (the boot script then fetches the app ahead).
#[wasm_bindgen(js_name = mountStage)]
pub fn mount_catalog(
    handover: js_sys::Function,
    usable: Option<js_sys::Function>,
) -> Result<CatalogStage, JsValue> {
    Ok(CatalogStage {
        stage: Some(hostway_dom::catalog::stage::mount(handover, usable)?),
    })
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_dom::i18n::install(tag, strings);
}
