//! Is the API usable from this page? A credentialed CORS read of the catalog, and when that fails, an
//! opaque probe to tell "down" from "this origin is not allowed".

use super::retry::online;
use super::{ApiError, Client};

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
    /// The API answered with an error status.
    Failing(u16),
}

impl Health {
    /// `ok`, `warn` or `error`: drives the indicator's colour.
    pub fn level(&self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Checking => "pending",
            Self::CookiesRefused | Self::Failing(_) => "warn",
            Self::Offline | Self::Down | Self::OriginNotAllowed => "error",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Self::Checking => "Checking the connection to the ordering API…".into(),
            Self::Ok => "Connected to the ordering API.".into(),
            Self::Offline => "You are offline. Your order is kept; reconnect to continue.".into(),
            Self::Down => "The ordering API is not reachable: it may be down, or the configured address is wrong.".into(),
            Self::OriginNotAllowed => "The ordering API refuses requests from this site (origin not allowed by its CORS policy).".into(),
            Self::CookiesRefused => "This browser does not keep the API's order cookie (cookies refused or third-party cookies blocked), so orders cannot be continued here.".into(),
            Self::Failing(status) => format!("The ordering API answered with an error ({status})."),
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
        Ok(_) => Health::Ok,
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
        Err(e) => Health::Failing(e.status().unwrap_or(0)),
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
