//! When a request may be sent again: the API's own safety rules for repeats, the backoff between
//! attempts, and the browser's online state (offline, nothing is sent).

use gloo_net::http::Method;
use serde_json::Value;

/// Resolves when the browser is online: at once, or at its next `online` event (a one-shot listener, no
/// timer, so nothing runs while the browser stays offline).
pub(super) async fn until_online() {
    #[cfg(target_arch = "wasm32")]
    while !online() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let Some(w) = web_sys::window() else {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                return;
            };
            if w.navigator().on_line() {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                return;
            }
            let once = web_sys::AddEventListenerOptions::new();
            once.set_once(true);
            let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
                "online", &resolve, &once,
            );
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// `navigator.onLine`: false only when the browser knows it has no network at all.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Waits between attempts of a repeatable request.
pub(super) const RETRY_DELAYS_MS: [u32; 7] = [250, 500, 1000, 2000, 3000, 3000, 3000];

/// Whether the API makes repeating a request safe when its answer was lost:
/// - reads (`GET`), `PUT` (it replaces a sub-resource: account, user, contact, payment, attributes,
///   promotion) and `DELETE`;
/// - the `validate` action (it changes nothing);
/// - creating an order (`POST /orders`): a repeat gets the documented 409 for the open order, which the
///   app resumes.
///
/// Adding a product or a service, submitting, and the agents' shortcuts are not repeated: a 502 may hide a
/// success, and a repeat would duplicate it. The user is told, and the form keeps what they typed.
pub fn safe_to_repeat(method: &Method, path: &str, body: Option<&Value>) -> bool {
    match *method {
        Method::GET | Method::PUT | Method::DELETE => true,
        Method::POST => {
            path == "/orders"
                || (path.ends_with("/action")
                    && body.and_then(|b| b.get("action")).and_then(Value::as_str)
                        == Some("validate"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_requests_the_api_makes_safe_are_repeated() {
        use serde_json::json;
        assert!(safe_to_repeat(&Method::GET, "/orders/1/quote", None));
        assert!(safe_to_repeat(
            &Method::PUT,
            "/orders/1/account",
            Some(&json!({}))
        ));
        assert!(safe_to_repeat(
            &Method::DELETE,
            "/orders/1/account/products/2",
            None
        ));
        assert!(safe_to_repeat(&Method::POST, "/orders", Some(&json!({}))));
        let validate = json!({"action": "validate"});
        assert!(safe_to_repeat(
            &Method::POST,
            "/orders/1/action",
            Some(&validate)
        ));
        let submit = json!({"action": "submit", "quoteHash": "h"});
        assert!(!safe_to_repeat(
            &Method::POST,
            "/orders/1/action",
            Some(&submit)
        ));
        assert!(!safe_to_repeat(
            &Method::POST,
            "/orders/1/account/products",
            Some(&json!({}))
        ));
        assert!(!safe_to_repeat(
            &Method::POST,
            "/accounts/a/services",
            Some(&json!({}))
        ));
    }
}
