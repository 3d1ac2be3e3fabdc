//! The customer's checkout: the order's steps after the cart (account, contacts, payment, review) and
//! the order's status page. The boot script loads it for those paths, or when the shop
//! (`src/main.rs`) hands over to it (the customer goes on from the cart), fetched ahead on a sign of
//! intent; then it calls [`mount_app`].

use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

/// Mounts the checkout on `<body>`, at the page's address; `away` hands the page back to the shop.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app(away: js_sys::Function) -> hostway_order::Mounted {
    hostway_order::mount_checkout(away)
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_order::i18n::install(tag, strings);
}
