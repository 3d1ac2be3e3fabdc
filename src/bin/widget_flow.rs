//! The shops' widget, ordering flow (the product form and the cart): `widget.js` loads this module
//! when a customer presses the first stage's "Order now" (or ahead, when they point at or focus a
//! widget) and mounts it in the first stage's place. No router, no catalog page, no agent code; the
//! steps after the cart are `widget_checkout.rs`'s.

use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

/// A widget mounted by `widget.js`; `unmount()` removes it and stops everything it started.
#[wasm_bindgen]
pub struct Widget {
    mounted: Option<hostway_order::widget::Mounted>,
}

#[wasm_bindgen]
impl Widget {
    pub fn unmount(&mut self) {
        self.mounted.take();
    }
}

/// Mounts the ordering flow into `host` (a `[data-hostway-order]` element). `app_base` is the URL the
/// app is served from (the directory of `widget.js`); `chosen`, the first stage's choices as a query
/// (or the place to open, `at=/order/items`); `away`, a place the checkout draws (see `widget.js`).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: web_sys::HtmlElement,
    app_base: String,
    chosen: Option<String>,
    away: js_sys::Function,
) -> Result<Widget, JsValue> {
    let parts = (hostway_order::widget::FLOW, away);
    Ok(Widget {
        mounted: Some(hostway_order::widget::mount(
            host, &app_base, chosen, parts,
        )?),
    })
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_order::i18n::install(tag, strings);
}
