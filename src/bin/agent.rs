//! The agent portal (`agent/index.html`): accounts and shortcuts. Orders on behalf go through the
//! customers' catalog, builder and checkout, in the portal's two other modules (`on_behalf.rs`,
//! `on_behalf_checkout.rs`), handed over in the page with the credentials. The page's boot
//! script loads it once the sign-in stage (`src/dom/bin/sign_in.rs`) has had the credentials
//! accepted, and calls [`mount_app`] with them.

use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

/// Mounts the portal on `<body>` at the page's address, signed in with `user` and `password` (in
/// memory only) when both are given; `away` hands the page over to the portal's shop (catalog, cart)
/// or checkout with them.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app(
    away: js_sys::Function,
    user: Option<String>,
    password: Option<String>,
) -> hostway_order::Mounted {
    hostway_order::mount_agent(away, user.zip(password))
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_order::i18n::install(tag, strings);
}
