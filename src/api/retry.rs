//! When a request may be sent again: the API's own safety rules for repeats, the backoff between
//! attempts, and the browser's online state (offline, nothing is sent).

use gloo_net::http::Method;
use serde_json::Value;

use super::ApiError;

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

/// The messages the documentation gives as an endpoint's own refusal, sent with a 5xx status: they are
/// the API's answer, not a passing fault, so they are shown at once and never retried.
pub const DOCUMENTED_REFUSALS: &[(&str, &str)] = &[
    // PUT …/products|services/{id}/promotion: an unknown or inapplicable code.
    ("/promotion", "Cannot apply promotion code."),
    // DELETE …/promotion.
    ("/promotion", "Cannot delete promotion code."),
    // PUT …/account/user before the account exists.
    ("/account/user", "Account hasn't been added"),
];

/// Whether `e` is one of the [`DOCUMENTED_REFUSALS`] of the endpoint at `path`.
pub fn is_documented_refusal(path: &str, e: &ApiError) -> bool {
    let path = path.split('?').next().unwrap_or(path).trim_end_matches('/');
    e.fault().is_some_and(|f| {
        DOCUMENTED_REFUSALS
            .iter()
            .any(|(end, message)| path.ends_with(end) && f.message == *message)
    })
}

/// Whether a failed attempt of a repeatable request is worth another one: a transient failure that is
/// not the endpoint's documented answer.
pub fn worth_retrying(path: &str, e: &ApiError) -> bool {
    e.is_transient() && !is_documented_refusal(path, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_documented_refusal_is_an_answer_not_a_fault() {
        let refused = ApiError::from_response(
            502,
            r#"{"computeFault": {"message": "Cannot apply promotion code.", "code": 502, "details": ""}}"#,
        );
        let backend = ApiError::from_response(
            502,
            r#"{"computeFault": {"message": "Unexpected backend response", "code": 502, "details": ""}}"#,
        );
        let promo = "/orders/1/account/products/2/promotion";
        assert!(!worth_retrying(promo, &refused));
        assert!(
            worth_retrying(promo, &backend),
            "the generic 502 stays a passing fault"
        );
        assert!(worth_retrying("/orders/1/quote", &backend));
        assert!(worth_retrying(
            promo,
            &ApiError::from_response(502, "<html>Bad Gateway</html>")
        ));
        assert!(!worth_retrying(
            "/orders/1/account/user",
            &ApiError::from_response(
                502,
                r#"{"computeFault": {"message": "Account hasn't been added", "code": 502}}"#
            )
        ));
    }

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
