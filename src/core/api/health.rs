//! Is the API usable from this page? A credentialed CORS read of the catalog, and when that fails, an
//! opaque probe to tell "down" from "this origin is not allowed".

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::client::{request_clock, Observer};
use super::retry::online;
use super::{ApiError, Client};
use crate::i18n::health;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    Checking,
    /// A credentialed cross-origin request succeeded.
    Ok,
    /// The browser says it is offline.
    Offline,
    /// Nothing answers at the API base.
    Down,
    /// The API answers, but not to credentialed requests from this origin (CORS).
    OriginNotAllowed,
    /// The browser does not keep or send the API's `OwnerId` cookie.
    CookiesRefused,
    /// The API answers, but its last answer to this page (a real request, or the check) was a server
    /// error or could not be read.
    Troubled(Trouble),
}

/// What was wrong with the API's last answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// A 5xx, with its status.
    ServerError(u16),
    /// An answer that is not what the documentation describes.
    Unreadable,
}

impl Trouble {
    /// The trouble `e` shows, if it is one of the API's own (not the network, not the customer's input).
    pub fn of(e: &ApiError) -> Option<Self> {
        match (e, e.status()) {
            (_, Some(status @ 500..)) => Some(Self::ServerError(status)),
            (ApiError::Decode { .. }, _) => Some(Self::Unreadable),
            _ => None,
        }
    }
}

/// Classifies the API's availability from this page.
pub async fn check(client: &Client) -> Health {
    if !online() {
        return Health::Offline;
    }
    if !cookies_enabled() {
        return Health::CookiesRefused;
    }
    match client.get_once("/salutations").await {
        // The answer must be what the documentation describes, not just any 200.
        Ok(reply) => match reply.json::<super::model::catalog::List<String>>() {
            Ok(_) => Health::Ok,
            Err(_) => Health::Troubled(Trouble::Unreadable),
        },
        Err(ApiError::Network(_)) => {
            if client.reachable_without_cors("/salutations").await {
                Health::OriginNotAllowed
            } else if online() {
                Health::Down
            } else {
                Health::Offline
            }
        }
        Err(ApiError::Aborted) => Health::Checking,
        // 4xx: the API answers (the catalog needs no credentials, so this is not expected).
        Err(e) => Trouble::of(&e).map_or(Health::Ok, Health::Troubled),
    }
}

fn cookies_enabled() -> bool {
    // `navigator.cookieEnabled` is not in web-sys; read the property directly.
    web_sys::window().is_none_or(|w| {
        js_sys::Reflect::get(&w.navigator(), &"cookieEnabled".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true)
    })
}

/// The indicator after a real request's outcome: a server error or an unreadable answer turns it amber
/// (the page shows that failure, so the indicator must not say "connected"). An answer to a request that
/// started after that (`fresh`) clears it: one that was in flight with the failed request proves nothing.
/// An answer also clears "down" or "origin not allowed", which it disproves. A network failure asks for a
/// check, which tells "down" from "origin not allowed" and "offline". Cookie and offline states are left
/// to their own checks.
pub fn after_request(current: &Health, outcome: &Result<(), ApiError>, fresh: bool) -> Next {
    match outcome {
        Ok(()) => match current {
            Health::Troubled(_) if !fresh => Next::Keep,
            Health::Troubled(_) | Health::Down | Health::OriginNotAllowed | Health::Checking => {
                Next::Set(Health::Ok)
            }
            _ => Next::Keep,
        },
        Err(ApiError::Network(_)) => Next::Recheck,
        Err(e) => match (Trouble::of(e), current) {
            (Some(t), Health::Ok | Health::Checking | Health::Troubled(_)) => {
                Next::Set(Health::Troubled(t))
            }
            _ => Next::Keep,
        },
    }
}

/// Where the indicator's state is kept and shown: a signal in the apps, a cell and its element in the
/// customer's catalog stage (which has no reactive runtime).
pub trait Indicator: Clone + Send + Sync + 'static {
    fn get(&self) -> Health;
    fn set(&self, health: Health);
}

/// `base`, telling `indicator` the outcome of each request ([`after_request`]).
pub fn observed(base: Client, indicator: impl Indicator) -> Client {
    let client = base.clone();
    // The request clock when the indicator last turned amber.
    let troubled_at = Arc::new(AtomicU64::new(0));
    base.observed(Observer::new(move |started, outcome| {
        let fresh = started > troubled_at.load(Ordering::Relaxed);
        match after_request(&indicator.get(), outcome, fresh) {
            Next::Keep => {}
            Next::Set(h) => {
                if matches!(h, Health::Troubled(_)) {
                    troubled_at.store(request_clock(), Ordering::Relaxed);
                }
                indicator.set(h);
            }
            Next::Recheck => recheck(&client, indicator.clone()),
        }
    }))
}

/// The health check, in the background. Its "connected" does not replace what the pages met: a cookie
/// problem found by the order flow, or a real request's server error or unreadable answer, stays until
/// a real request is answered.
pub fn recheck(client: &Client, indicator: impl Indicator) {
    let client = client.clone();
    let kept = |h: &Health| matches!(h, Health::CookiesRefused | Health::Troubled(_));
    if !kept(&indicator.get()) {
        indicator.set(Health::Checking);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = check(&client).await;
        // Requests stop retrying what the origin's refusal explains (and start again once it is gone).
        if result != Health::Checking {
            client.refusal().set(result == Health::OriginNotAllowed);
        }
        if !(result == Health::Ok && kept(&indicator.get())) {
            indicator.set(result);
        }
    });
}

/// What [`after_request`] asks of the indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    Keep,
    Set(Health),
    Recheck,
}

/// Whether customers are told (beside the footer's details): only when something is wrong. In a shop's
/// widget (`embedded`) a refused cookie is said by the cookie fallback instead, with the way on. Both
/// renderers ask this.
pub fn said_to_customers(health: &Health, embedded: bool) -> bool {
    let fine = matches!(health, Health::Ok | Health::Checking);
    let said_elsewhere = embedded && *health == Health::CookiesRefused;
    !(fine || said_elsewhere)
}

/// `ok`, `pending`, `warn` or `error`: the indicator's BEM modifier (its colour).
pub fn level(health: &Health) -> &'static str {
    match health {
        Health::Ok => "ok",
        Health::Checking => "pending",
        Health::CookiesRefused | Health::Troubled(_) => "warn",
        Health::Offline | Health::Down | Health::OriginNotAllowed => "error",
    }
}

/// What the indicator says, in words, with what to do.
pub fn message(health: &Health) -> String {
    match health {
        Health::Checking => health::CHECKING.text(),
        Health::Ok => health::OK.text(),
        Health::Offline => health::OFFLINE.text(),
        Health::Down => health::DOWN.text(),
        Health::OriginNotAllowed => health::ORIGIN_NOT_ALLOWED.text(),
        Health::CookiesRefused => health::COOKIES_REFUSED.text(),
        Health::Troubled(Trouble::ServerError(status)) => {
            health::SERVER_ERROR.fill(&[("status", &status.to_string())])
        }
        Health::Troubled(Trouble::Unreadable) => health::UNREADABLE.text(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_indicator_never_says_connected_over_a_failed_request() {
        let failed = Err(ApiError::from_response(
            500,
            "{\"computeFault\": {\"guid\": \"x",
        ));
        assert_eq!(
            after_request(&Health::Ok, &failed, true),
            Next::Set(Health::Troubled(Trouble::ServerError(500)))
        );
        let unreadable = Err(ApiError::decode("missing field `list`"));
        let next = after_request(&Health::Ok, &unreadable, true);
        assert_eq!(next, Next::Set(Health::Troubled(Trouble::Unreadable)));
        // The customer's own input refused is not the API's trouble.
        let refused = Err(ApiError::from_response(
            400,
            r#"{"badRequest": {"message": "POST data error", "code": 400}}"#,
        ));
        assert_eq!(after_request(&Health::Ok, &refused, true), Next::Keep);
        // An answer clears it; a network failure asks for a check.
        assert_eq!(
            after_request(&Health::Troubled(Trouble::Unreadable), &Ok(()), true),
            Next::Set(Health::Ok)
        );
        assert_eq!(
            after_request(&Health::Troubled(Trouble::Unreadable), &Ok(()), false),
            Next::Keep,
            "a request in flight with the failed one proves nothing"
        );
        assert_eq!(
            after_request(
                &Health::Ok,
                &Err(ApiError::Network("TypeError".into())),
                true
            ),
            Next::Recheck
        );
        assert_eq!(
            after_request(&Health::CookiesRefused, &Ok(()), true),
            Next::Keep,
            "a refused cookie is not disproved by a catalog read"
        );
    }

    #[test]
    fn a_troubled_api_is_amber_and_never_connected() {
        for h in [
            Health::Troubled(Trouble::Unreadable),
            Health::Troubled(Trouble::ServerError(500)),
        ] {
            assert_eq!(level(&h), "warn");
            assert!(!message(&h).contains("Connected") && !message(&h).contains("list"));
        }
        assert!(message(&Health::OriginNotAllowed).contains("Deploying against the real API"));
    }
}
