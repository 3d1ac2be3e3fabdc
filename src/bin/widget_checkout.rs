//! The shops' widget, checkout (the steps after the cart, the order's status): `widget.js` loads
//! this module when the flow (`widget_flow.rs`) asks for one of those places (or ahead, when the
//! customer points at or focuses a link to one) and mounts it in the flow's place.

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

/// Mounts the checkout into `host` (a `[data-hostway-order]` element). `app_base` is the URL the
/// app is served from (the directory of `widget.js`); `chosen`, the first stage's choices as a query
/// (here the place to open, `at=/order/account`); `away`, a place the flow draws (see `widget.js`).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: web_sys::HtmlElement,
    app_base: String,
    chosen: Option<String>,
    away: js_sys::Function,
) -> Result<Widget, JsValue> {
    let parts = (hostway_order::widget::CHECKOUT, away);
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
