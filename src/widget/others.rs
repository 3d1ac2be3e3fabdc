//! Widgets of one page in different modules of the flow (one in its checkout, another at its product
//! form) share the order at the API, not in memory. What one changes, the others hear from the events
//! it gives the shop's page (which bubble out of its host): `hostway:quote` (the order's quote changed:
//! its cart and quote are read again) and `hostway:submitted` (it was placed: the next product starts a
//! new order).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::state::events;
use crate::state::order::OrderCtx;

/// `key` of an event's detail, as text.
fn detail(event: &web_sys::Event, key: &str) -> Option<String> {
    let detail = event.dyn_ref::<web_sys::CustomEvent>()?.detail();
    js_sys::Reflect::get(&detail, &key.into()).ok()?.as_string()
}

/// Follows the events of the page's other widgets for `order` (this module's order, for the page's
/// life, like the order itself).
pub fn follow(order: OrderCtx) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let heard = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let ours = order.id.get_untracked();
        if ours.is_none() || detail(&event, "orderId") != ours {
            return;
        }
        if event.type_() == events::SUBMITTED {
            order.id.set(None);
            order.seen.set(None);
            order.touch_cart();
        } else if detail(&event, "quoteHash") != order.latest_quote_hash() {
            order.touch_cart();
        }
    });
    for name in [events::QUOTE, events::SUBMITTED] {
        let _ = document.add_event_listener_with_callback(name, heard.as_ref().unchecked_ref());
    }
    heard.forget();
}
