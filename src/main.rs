//! The customer's shop: the catalog, the product pages and the cart. The boot script loads it for those
//! paths, and from the catalog stage (`src/dom/bin/catalog.rs`) when the customer follows a link into
//! it; then it calls [`mount_app`]. The checkout (the steps after the cart, the order's status) is
//! `src/bin/checkout.rs`, which the boot script loads when the customer goes on; the agent portal
//! (`src/bin/agent.rs`) and the shops' widget (`src/dom/bin/widget.rs`, `src/bin/widget_flow.rs`) are
//! binaries of their own, so no audience downloads another's code.

use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

/// Mounts the shop on `<body>`, at the page's address; `away` hands the page over to the checkout.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app(away: js_sys::Function) -> hostway_order::Mounted {
    hostway_order::mount_shop(away)
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_order::i18n::install(tag, strings);
}
