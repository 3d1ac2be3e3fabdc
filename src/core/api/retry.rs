//! When a request may be sent again: the API's own safety rules for repeats, the backoff between
//! attempts, and the browser's online state (offline, nothing is sent).

use gloo_net::http::Method;
use serde_json::Value;

use super::ApiError;

/// Resolves when the browser is online: at once, or at its next `online` event (a one-shot listener, no
/// timer, so nothing runs while the browser stays offline).
pub async fn until_online() {
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

/// The production waits between attempts of a repeatable request: 7 repeats, 12.75 s in all.
pub const RETRY_DELAYS_MS: [u32; 7] = [250, 500, 1000, 2000, 3000, 3000, 3000];

/// The waits before each repeat of a repeatable request (as many repeats as waits), from the page's
/// configuration (`<meta name="hostway-retry">`, the widget's `data-retry`); [`RETRY_DELAYS_MS`] when
/// absent or unreadable. Tests run the app with short waits, so "retries, then says so" is quick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff(&'static [u32]);

impl Default for Backoff {
    fn default() -> Self {
        Self(&RETRY_DELAYS_MS)
    }
}

impl Backoff {
    /// At most this many repeats, each wait at most a minute: a typo cannot make a page retry forever.
    const MAX_REPEATS: usize = 20;
    const MAX_WAIT_MS: u32 = 60_000;

    /// `"250 500 1000"`: the waits in milliseconds. `None` when the text is empty or any part is not a
    /// whole number within the limits. Read once per page (kept for the page's life).
    pub fn parse(text: &str) -> Option<Self> {
        // A fixed array, no `Vec`: what a first stage carries stays small.
        let mut waits = [0u32; Self::MAX_REPEATS];
        let mut n = 0;
        for wait in text.split_ascii_whitespace() {
            // Digits only, summed by hand: `str::parse` would add its machinery to the first stages.
            let ms = wait.bytes().try_fold(0u32, |ms, b| {
                let ms = ms * 10 + u32::from(b.wrapping_sub(b'0'));
                (b.is_ascii_digit() && ms <= Self::MAX_WAIT_MS).then_some(ms)
            })?;
            *waits.get_mut(n)? = ms;
            n += 1;
        }
        (n > 0).then(|| Self(&Box::leak(Box::new(waits))[..n]))
    }

    /// The wait before repeat number `attempt` (from 0), or `None` when no repeat is left.
    pub fn wait_ms(&self, attempt: usize) -> Option<u32> {
        self.0.get(attempt).copied()
    }
}

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
    fn backoff_is_read_from_configuration_or_stays_the_production_one() {
        let production = Backoff::default();
        assert_eq!(production.wait_ms(0), Some(250));
        assert_eq!(production.wait_ms(6), Some(3000));
        assert_eq!(production.wait_ms(7), None, "7 repeats");
        assert_eq!(RETRY_DELAYS_MS.iter().sum::<u32>(), 12_750);
        let quick = Backoff::parse(" 20 40\t80 ").unwrap();
        assert_eq!(
            (quick.wait_ms(0), quick.wait_ms(2), quick.wait_ms(3)),
            (Some(20), Some(80), None)
        );
        for bad in [
            "",
            " ",
            "fast",
            "-1",
            "1.5",
            "20,40",
            "70000",
            &"1 ".repeat(21),
        ] {
            assert_eq!(Backoff::parse(bad), None, "{bad:?}");
        }
    }

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
