//! What `validate` and `submit` check, in the order the documentation lists the errors:
//! account → required account attributes → regular contact → a service in every product →
//! plugin data (domains) → the domain-dependent 409s.

use serde_json::Value;

use super::messages as m;
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::model::{Order, Service};

/// Whether an agent login belongs to a test partner (the documentation's "test partner agents"):
/// the sandbox treats partners whose id contains `developer` or `test` as test partners.
pub fn is_test_partner(agent_user: &str) -> bool {
    let partner = agent_user.split_once('@').map_or("", |(_, p)| p);
    partner.contains("developer") || partner.contains("test")
}

pub fn check(order: &Order, test_agent: bool, required_attributes: &[String]) -> ApiResult<()> {
    let Some(account) = &order.account else {
        return Err(ApiError::compute(if test_agent {
            m::TEST_ACCOUNT_NOT_SET
        } else {
            m::ACCOUNT_NOT_SET
        }));
    };
    if !account.existing {
        for name in required_attributes {
            if !account
                .attributes
                .iter()
                .any(|a| &a.name == name && !a.value.is_empty())
            {
                return Err(ApiError::compute(m::no_attribute(name)));
            }
        }
        if !account.contacts.contains_key("regular") {
            return Err(ApiError::compute(m::contact_not_set("regular")));
        }
    }
    if account.products.iter().any(|p| p.services.is_empty()) {
        return Err(ApiError::compute(m::NO_PRODUCT_SERVICE));
    }
    let missing: Vec<&str> = order
        .services()
        .filter(|(_, s)| s.spec == "core.www" && domain_of(s).is_none())
        .map(|(_, s)| s.spec.as_str())
        .collect();
    if !missing.is_empty() {
        let mut types = missing;
        types.dedup();
        return Err(ApiError::compute(m::missing_plugin_data(&types)));
    }
    domain_conflicts(order)
}

/// The domain a service is about: `domainName` (registration), `domain` (hosting, email, alias),
/// or, for registrations without attributes yet, the service's name.
pub fn domain_of(s: &Service) -> Option<String> {
    let attr = |k: &str| {
        s.attributes
            .get(k)
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase)
    };
    let from_name = s
        .spec
        .starts_with("core.dnr.")
        .then(|| s.name.to_ascii_lowercase());
    attr("domainName")
        .or_else(|| attr("domain"))
        .or(from_name)
        .filter(|d| !d.is_empty())
}

fn forwarders(s: &Service) -> Vec<(String, String)> {
    s.attributes
        .get("forwarders")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| {
            Some((
                f.get("from")?.as_str()?.to_string(),
                f.get("to")?.as_str()?.to_string(),
            ))
        })
        .collect()
}

/// A forwarder `from@source → to` whose target is `from@target`: a delivery loop through the alias.
fn loops(source: &Service, target_domain: &str) -> bool {
    forwarders(source).iter().any(|(from, to)| {
        to.split_once('@').is_some_and(|(user, dom)| {
            user.eq_ignore_ascii_case(from) && dom.eq_ignore_ascii_case(target_domain)
        })
    })
}

fn domain_conflicts(order: &Order) -> ApiResult<()> {
    for (_, s) in order.services() {
        let Some(domain) = domain_of(s) else { continue };
        if s.spec == "core.email.alias" {
            for target in s
                .related_to
                .iter()
                .filter_map(|id| order.services().find(|(_, t)| &t.id == id))
            {
                let Some(target_domain) = domain_of(target.1) else {
                    continue;
                };
                if target_domain == domain {
                    return Err(ApiError::conflict(m::ALIAS_SAME_DOMAIN));
                }
                if loops(target.1, &domain) || loops(s, &target_domain) {
                    return Err(ApiError::conflict(m::circular_forwards(
                        &target_domain,
                        &domain,
                    )));
                }
            }
        }
        if catalog::RESTRICTED_WORDS.iter().any(|w| domain.contains(w)) {
            return Err(ApiError::conflict(m::RESTRICTED_WORD));
        }
        if catalog::BLACKLISTED_DOMAINS.contains(&domain.as_str()) {
            return Err(ApiError::conflict(m::BLACKLISTED));
        }
        if s.spec.starts_with("core.dnr.") {
            let transfer =
                s.attributes.get("operation").and_then(Value::as_str) == Some("transfer");
            if transfer && catalog::TRANSFERS_IN_PROGRESS.contains(&domain.as_str()) {
                return Err(ApiError::conflict(m::TRANSFER_IN_PROGRESS));
            }
            if catalog::DOMAINS_OF_OTHER_ACCOUNTS.contains(&domain.as_str()) {
                return Err(ApiError::conflict(m::domain_of_other_account(&domain)));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "order_tests.rs"]
mod tests;
