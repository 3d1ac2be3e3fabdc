//! The agent portal's checkout (`agent/index.html`): the steps after the cart and the order's status,
//! the same views as customers'. The shop (`on_behalf.rs`) hands over to it, and it back to the shop
//! or the portal (`agent.rs`), with the agent's accepted credentials (in memory).

use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

/// Mounts the checkout on `<body>` at the page's address, signed in with `user` and `password` (in memory
/// only) when both are given; `away` hands the page over to the shop or the portal with them.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app(
    away: js_sys::Function,
    user: Option<String>,
    password: Option<String>,
) -> hostway_order::Mounted {
    hostway_order::mount_agent_checkout(away, user.zip(password))
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_order::i18n::install(tag, strings);
}
