//! The customer's app: the catalog, product pages, the order builder and the status page. The boot
//! script loads it for any path but `/`, and from the catalog stage (`src/dom/bin/catalog.rs`) when the
//! customer follows a link into it; then it calls [`mount_app`]. The agent portal (`src/bin/agent.rs`)
//! and the shops' widget (`src/dom/bin/widget.rs`, `src/bin/widget_flow.rs`) are binaries of their own, so
//! no audience downloads another's code.

use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

/// Mounts the app on `<body>`, at the page's address.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app() {
    hostway_order::mount();
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_order::i18n::install(tag, strings);
}
