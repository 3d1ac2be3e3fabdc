//! The orders an agent placed in this tab: order id, account, what, when and by whom. No secret is among
//! them (the credentials stay in memory only), so the list is kept in `sessionStorage`: a reload, which
//! forgets the credentials, does not forget the list, and after signing in again the agent sees each
//! order with its live status. It lives as long as the tab; signing out clears it, and an agent sees only
//! the orders they placed.

use serde::{Deserialize, Serialize};

use super::stored::{self, Keep};
use hostway_core::agent::OnBehalf;

const KEY: &str = "hostway.agent.placed";
/// Whom the agent orders for (see [`for_whom`]).
const FOR_WHOM: &str = "hostway.agent.for";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacedOrder {
    pub id: String,
    /// The agent's user name.
    pub agent: String,
    /// The account the order is for; empty when not known.
    pub account: String,
    /// What was ordered, in words: "SiteBuilder on lopez-bakery.com".
    pub what: String,
    /// When, in milliseconds since the epoch.
    pub at_ms: f64,
}

impl PlacedOrder {
    pub fn now(id: &str, agent: &str, account: &str, what: impl Into<String>) -> Self {
        Self {
            id: id.to_string(),
            agent: agent.to_string(),
            account: account.to_string(),
            what: what.into(),
            at_ms: js_sys::Date::now(),
        }
    }

    /// The time it was placed, in the browser's locale ("14:02").
    pub fn when(&self) -> String {
        let date = js_sys::Date::new(&self.at_ms.into());
        date.to_locale_time_string("default").into()
    }
}

pub fn load() -> Vec<PlacedOrder> {
    stored::read(Keep::ForTheTab, KEY).unwrap_or_default()
}

pub fn save(list: &[PlacedOrder]) {
    stored::write(Keep::ForTheTab, KEY, list);
}

pub fn clear() {
    stored::remove(Keep::ForTheTab, KEY);
    stored::remove(Keep::ForTheTab, FOR_WHOM);
}

/// The account the agent orders for in this tab, and the order: an account number, its holder's name
/// and an order id, no secret. Kept for the tab so that the portal's other modules, handed the page
/// (the shop, the checkout, the portal's own pages), and a reload say it too.
pub fn for_whom() -> Option<OnBehalf> {
    stored::read(Keep::ForTheTab, FOR_WHOM)
}

pub fn keep_for_whom(on_behalf: Option<&OnBehalf>) {
    match on_behalf {
        Some(on_behalf) => stored::write(Keep::ForTheTab, FOR_WHOM, on_behalf),
        None => stored::remove(Keep::ForTheTab, FOR_WHOM),
    }
}

/// `list` with `order` added once (a repeat of an id changes nothing).
pub fn with(mut list: Vec<PlacedOrder>, order: PlacedOrder) -> Vec<PlacedOrder> {
    if !list.iter().any(|o| o.id == order.id) {
        list.push(order);
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_order_is_listed_once_and_holds_no_secret() {
        let o = PlacedOrder {
            id: "o1".into(),
            agent: "qwe@partner".into(),
            account: "acct100001".into(),
            what: "SiteBuilder on lopez-bakery.com".into(),
            at_ms: 0.0,
        };
        let list = with(with(Vec::new(), o.clone()), o);
        assert_eq!(list.len(), 1);
        let stored = serde_json::to_string(&list).unwrap().to_ascii_lowercase();
        for secret in ["password", "authorization", "basic "] {
            assert!(!stored.contains(secret), "{stored}");
        }
    }
}
