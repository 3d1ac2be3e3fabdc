//! Events for the page that embeds the widget: `CustomEvent`s dispatched on the host element (they
//! bubble and cross the shadow boundary). Dispatched by both of the widget's stages; the Leptos apps
//! emit through `hostway_order::state::events::emit`, which does nothing where there is no host.
//!
//! | name                 | when                                   | `detail`                                           |
//! |----------------------|----------------------------------------|----------------------------------------------------|
//! | `hostway:ready`      | the widget is mounted                  | `{product, offering, billingCycle, apiBase}`        |
//! | `hostway:quote`      | the order's quote total or hash changes | `{orderId, total, totalMinor, currency, quoteHash}` |
//! | `hostway:submitted`  | the order was accepted for provisioning | `{orderId}`                                        |
//! | `hostway:completed`  | provisioning finished                   | `{orderId, status: "Completed"}`                  |
//! | `hostway:error`      | an error the customer is shown          | `{message, status, orderId}` (`status`: HTTP or `null`) |

use serde_json::{json, Value};

use crate::api::model::quote::Quote;
use crate::api::ApiError;

pub const READY: &str = "hostway:ready";
pub const QUOTE: &str = "hostway:quote";
pub const SUBMITTED: &str = "hostway:submitted";
pub const COMPLETED: &str = "hostway:completed";
pub const ERROR: &str = "hostway:error";

pub fn dispatch(target: &web_sys::HtmlElement, name: &str, detail: &Value) {
    if let Ok(detail) = js_sys::JSON::parse(&detail.to_string()) {
        dispatch_js(target, name, &detail);
    }
}

/// Dispatches `name` with `detail` pairs (string values; `None` is `null`), built without JSON: the
/// widget's first stage carries no JSON writer.
pub fn dispatch_pairs(target: &web_sys::HtmlElement, name: &str, pairs: &[(&str, Option<&str>)]) {
    let detail = js_sys::Object::new();
    for (key, value) in pairs {
        let value = value.map_or(wasm_bindgen::JsValue::NULL, Into::into);
        let _ = js_sys::Reflect::set(&detail, &(*key).into(), &value);
    }
    dispatch_js(target, name, &detail);
}

fn dispatch_js(target: &web_sys::HtmlElement, name: &str, detail: &wasm_bindgen::JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

pub fn quote_detail(order_id: &str, quote: &Quote) -> Value {
    json!({
        "orderId": order_id,
        "total": quote.total.decimal(),
        "totalMinor": quote.total.minor,
        "currency": quote.currency,
        "quoteHash": quote.hash,
    })
}

pub fn error_detail(error: &ApiError, order_id: Option<&str>) -> Value {
    json!({
        "message": error.to_string(),
        "status": error.status(),
        "orderId": order_id,
    })
}
