//! What the customer has agreed to in the open order, as the API holds it: the account and its login
//! user, the contacts, the card. Read at once (four reads in one round trip) for the review, which
//! shows it and says what is still missing, and for the step list, which ticks what is done after a
//! reload or in a new tab.

use hostway_core::i18n::review;
use std::collections::BTreeMap;

use serde_json::Value;

use hostway_core::api::model::account::Contact;
use hostway_core::api::{account, ApiError, Client};

/// The order's account as the API has it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Account {
    /// An existing account's number (an agent ordering on its behalf): its details are on file.
    pub existing: Option<String>,
    pub currency: String,
    pub language: String,
    /// The login user the customer chose; `None` while it is the API's generated one.
    pub user_name: Option<String>,
}

/// What the order holds besides its products.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Agreed {
    pub account: Option<Account>,
    /// The contacts set, by type (`regular`, `billing`, `administrator`, `technical`).
    pub contacts: BTreeMap<String, Contact>,
    /// The card as the API shows it (masked number, brand, expiry).
    pub card: Option<Value>,
}

/// A step still to be done before the order can be submitted, in the customer's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The builder's step (`items`, `account`, `contacts`, `payment`).
    pub step: &'static str,
    pub words: hostway_core::i18n::Text,
}

impl Agreed {
    /// The steps done, of `account`, `contacts` and `payment` (the cart's is its products).
    pub fn done(&self) -> Vec<&'static str> {
        let existing = self.account.as_ref().is_some_and(|a| a.existing.is_some());
        let mut done = Vec::new();
        if existing || self.account.as_ref().is_some_and(|a| a.user_name.is_some()) {
            done.push("account");
        }
        if existing || self.contacts.contains_key("regular") {
            done.push("contacts");
        }
        if existing || self.card.is_some() {
            done.push("payment");
        }
        done
    }

    /// What the order still needs before it can be submitted, in the steps' order; `has_products`:
    /// the cart holds a product.
    pub fn missing(&self, has_products: bool) -> Vec<Missing> {
        let done = self.done();
        [
            (has_products, "items", review::MISSING_PRODUCT),
            (
                done.contains(&"account"),
                "account",
                review::MISSING_ACCOUNT,
            ),
            (
                done.contains(&"contacts"),
                "contacts",
                review::MISSING_CONTACTS,
            ),
            (done.contains(&"payment"), "payment", review::MISSING_CARD),
        ]
        .into_iter()
        .filter(|(done, _, _)| !done)
        .map(|(_, step, words)| Missing { step, words })
        .collect()
    }
}

/// Reads what the order holds, four reads at once. A part the API does not have yet (404) is absent;
/// any other failure is the answer's.
pub async fn read(client: &Client, order_id: &str) -> Result<Agreed, ApiError> {
    let (account, user, contacts, card) = futures::future::join4(
        account::get(client, order_id),
        account::user_name(client, order_id),
        account::contacts(client, order_id),
        account::payment(client, order_id),
    )
    .await;
    let absent = |e: &ApiError| e.status() == Some(404);
    let account = match account {
        Ok(a) => Some(Account {
            existing: a.number,
            currency: a.currency,
            language: a.language,
            // The API gives a new account a generated user ("user…"): not the customer's choice.
            user_name: match user {
                Ok(u) => Some(u).filter(|u| !u.is_empty() && !u.starts_with("user")),
                Err(e) if absent(&e) => None,
                Err(e) => return Err(e),
            },
        }),
        Err(e) if absent(&e) => None,
        Err(e) => return Err(e),
    };
    let contacts = match contacts {
        Ok(c) => c,
        Err(e) if absent(&e) => BTreeMap::new(),
        Err(e) => return Err(e),
    };
    Ok(Agreed {
        account,
        contacts,
        card: card?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_missing_is_said_in_the_steps_order() {
        let nothing = Agreed::default();
        let steps: Vec<_> = nothing.missing(false).iter().map(|m| m.step).collect();
        assert_eq!(steps, ["items", "account", "contacts", "payment"]);
        let all = Agreed {
            account: Some(Account {
                user_name: Some("shop.owner".into()),
                ..Default::default()
            }),
            contacts: BTreeMap::from([("regular".to_string(), Contact::default())]),
            card: Some(serde_json::json!({"accountNumber": "************1111"})),
        };
        assert!(all.missing(true).is_empty());
        assert_eq!(all.done(), ["account", "contacts", "payment"]);
        // A generated user is not a chosen one.
        let generated = Agreed {
            account: Some(Account::default()),
            ..all.clone()
        };
        assert_eq!(generated.missing(true)[0].step, "account");
        // An existing account has its details on file.
        let existing = Agreed {
            account: Some(Account {
                existing: Some("acct100001".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert!(existing.missing(true).is_empty());
    }
}
