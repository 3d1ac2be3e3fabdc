//! What an existing account holds: its demo products, then the products of its orders that were
//! provisioned (`Completed`). The documentation says an order is `Completed` once "everything
//! provisioned successfully" and that account lookups list the account's products and services, but not
//! that the one follows from the other: the sandbox decides it does (see the README's decisions), so an
//! agent's shortcut or on-behalf order shows up on the account it was placed for.

use serde_json::Value;

use crate::demo::ExistingAccount;
use crate::error::ApiResult;
use crate::model::{status, Order};
use crate::AppState;

#[derive(Clone, Debug, PartialEq)]
pub struct HeldProduct {
    pub id: String,
    pub spec: String,
    pub services: Vec<HeldService>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeldService {
    pub id: String,
    pub spec: String,
    /// The service's name: a domain, or a mailbox's user name.
    pub name: String,
    /// How the account lists it: the domain, or `user@domain` for a mailbox.
    pub display_name: String,
    pub billing_cycle: u32,
    /// For Exchange domains: mailboxes the plan still includes for free (see `demo::DemoService`).
    pub free_mailboxes: Option<u32>,
    pub disabled: bool,
}

/// The account's products: the demo ones first, then each completed order's, in the order placed.
pub fn products(state: &AppState, a: &ExistingAccount) -> ApiResult<Vec<HeldProduct>> {
    let demo = a.products.iter().map(|p| HeldProduct {
        id: p.id.into(),
        spec: p.spec.into(),
        services: p
            .services
            .iter()
            .map(|s| HeldService {
                id: s.id.into(),
                spec: s.spec.into(),
                name: s.domain.into(),
                display_name: s.domain.into(),
                billing_cycle: s.billing_cycle,
                free_mailboxes: s.free_mailboxes,
                disabled: s.disabled,
            })
            .collect(),
    });
    let mut completed: Vec<Order> = state
        .store
        .all()?
        .into_iter()
        .filter(|o| o.status == status::COMPLETED && is_for(o, a))
        .collect();
    completed.sort_by_key(|o| o.submitted_ms);
    let ordered = completed
        .into_iter()
        .flat_map(|o| o.account.map(|a| a.products).unwrap_or_default())
        .map(|p| HeldProduct {
            id: p.id,
            spec: p.spec,
            services: p.services.into_iter().map(ordered_service).collect(),
        });
    Ok(demo.chain(ordered).collect())
}

/// The account's service of `spec` named `domain` (any case), if it holds one.
pub fn service(
    state: &AppState,
    a: &ExistingAccount,
    spec: &str,
    domain: &str,
) -> ApiResult<Option<HeldService>> {
    Ok(products(state, a)?
        .into_iter()
        .flat_map(|p| p.services)
        .find(|s| s.spec == spec && s.name.eq_ignore_ascii_case(domain)))
}

fn is_for(o: &Order, a: &ExistingAccount) -> bool {
    o.account
        .as_ref()
        .is_some_and(|acc| acc.existing && acc.number.as_deref() == Some(a.number))
}

fn ordered_service(s: crate::model::Service) -> HeldService {
    let domain = s.attributes.get("domain").and_then(Value::as_str);
    let display_name = match (s.spec.as_str(), domain) {
        ("core.exchange.mailbox", Some(d)) => format!("{}@{d}", s.name),
        _ => s.name.clone(),
    };
    HeldService {
        id: s.id,
        spec: s.spec,
        name: s.name,
        display_name,
        billing_cycle: s.billing_cycle,
        // A newly ordered Exchange domain includes no free mailbox in the sandbox's catalog.
        free_mailboxes: None,
        disabled: false,
    }
}
