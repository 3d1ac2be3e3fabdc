//! The shops' widget, first stage: `widget.js` calls [`mount_first`] for each host element on a shop's
//! page. It shows the product, its choices and their prices, and "Order now"; the ordering flow is the
//! module of `src/bin/widget_flow.rs`, loaded when the customer starts ordering.

use wasm_bindgen::prelude::*;

fn main() {}

/// A mounted first stage; `unmount()` removes it.
#[wasm_bindgen]
pub struct FirstStage {
    mounted: Option<hostway_dom::widget::Mounted>,
}

#[wasm_bindgen]
impl FirstStage {
    pub fn unmount(&mut self) {
        self.mounted.take();
    }
}

/// Mounts the first stage into `host` (a `[data-hostway-order]` element). `start(chosen)` is called
/// when the customer presses "Order now"; it returns a promise that settles once the flow is mounted.
/// `usable()` is called once the choices are shown (`widget.js` then fetches the flow ahead).
#[wasm_bindgen(js_name = mountFirst)]
pub fn mount_first(
    host: web_sys::HtmlElement,
    start: js_sys::Function,
    usable: Option<js_sys::Function>,
) -> Result<FirstStage, JsValue> {
    Ok(FirstStage {
        mounted: Some(hostway_dom::widget::first::mount(host, start, usable)?),
    })
}

/// Installs the page's language and its strings (`src/handover.js`'s `loadLocale`), before mounting.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(tag: &str, strings: JsValue) {
    hostway_dom::i18n::install(tag, strings);
}
