//! The widget's events for the shop's page (see `hostway_dom::events`), emitted from the Leptos views:
//! on the host element the widget was mounted in, and nowhere in the full-page app, which has none.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde_json::Value;

pub use hostway_dom::events::*;

/// The element the widget is mounted in.
#[derive(Clone)]
pub struct Host(pub SendWrapper<web_sys::HtmlElement>);

/// Dispatches `name` with `detail` on the host element, when there is one.
pub fn emit(name: &str, detail: Value) {
    if let Some(host) = use_context::<Host>() {
        dispatch(&host.0, name, &detail);
    }
}
