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
mod tests {
    use super::*;
    use crate::model::{Account, Product};
    use serde_json::json;

    fn service(id: &str, spec: &str, attrs: Value, related: &[&str]) -> Service {
        Service {
            id: id.into(),
            name: id.into(),
            spec: spec.into(),
            billing_cycle: 12,
            related_to: related.iter().map(|s| s.to_string()).collect(),
            attributes: attrs.as_object().cloned().unwrap_or_default(),
            ..Default::default()
        }
    }

    fn order(services: Vec<Service>) -> Order {
        let mut account = Account {
            currency: "USD".into(),
            products: vec![Product {
                id: "p".into(),
                services,
                ..Default::default()
            }],
            ..Default::default()
        };
        account.contacts.insert("regular".into(), json!({}));
        Order {
            account: Some(account),
            ..Default::default()
        }
    }

    fn message(r: ApiResult<()>) -> String {
        r.unwrap_err().message().to_string()
    }

    #[test]
    fn documented_order_of_checks() {
        assert_eq!(
            message(check(&Order::default(), false, &[])),
            "Account has not been set"
        );
        assert_eq!(
            message(check(&Order::default(), true, &[])),
            "Cannot add test attribute because account has not been set."
        );
        let mut no_contact = order(vec![]);
        no_contact.account.as_mut().unwrap().contacts.clear();
        assert_eq!(
            message(check(&no_contact, false, &[])),
            "Contact info type \"regular\" is not set"
        );
        assert_eq!(
            message(check(&order(vec![]), false, &["partner_account_id".into()])),
            "No partner_account_id attribute set."
        );
        assert_eq!(
            message(check(&order(vec![]), false, &[])),
            "All plans in the order must contain at least one product."
        );
        assert_eq!(
            message(check(
                &order(vec![service("w", "core.www", json!({}), &[])]),
                false,
                &[]
            )),
            "Missing plugin data for service type(s): set([u'core.www'])"
        );
        assert_eq!(
            check(
                &order(vec![service(
                    "w",
                    "core.www",
                    json!({"domain": "ok.com"}),
                    &[]
                )]),
                false,
                &[]
            ),
            Ok(())
        );
    }

    #[test]
    fn domain_conflicts_are_409() {
        let dnr = |d: &str, op: &str| {
            service(
                "d",
                "core.dnr.com",
                json!({"domainName": d, "operation": op}),
                &[],
            )
        };
        let cases = [
            (
                dnr("taken-example.com", "register"),
                "Domain taken-example.com is associated with another account",
            ),
            (
                dnr("my-restricted-site.com", "register"),
                "A domain in the order contains a restricted word",
            ),
            (
                dnr("blacklisted-example.com", "register"),
                "Contains a blacklisted domain",
            ),
            (
                dnr("transferring-example.com", "transfer"),
                "Transfer is already in progress for this domain",
            ),
        ];
        for (s, expected) in cases {
            let err = check(&order(vec![s]), false, &[]).unwrap_err();
            assert_eq!((err.status().as_u16(), err.message()), (409, expected));
        }
    }

    #[test]
    fn alias_rules() {
        let email = |fw: Value| {
            service(
                "e",
                "core.email.domain",
                json!({"domain": "shop.com", "forwarders": fw}),
                &[],
            )
        };
        let alias = |d: &str| service("a", "core.email.alias", json!({"domain": d}), &["e"]);
        assert_eq!(
            message(check(
                &order(vec![email(json!([])), alias("shop.com")]),
                false,
                &[]
            )),
            "Cannot create domain alias to the same domain name."
        );
        assert_eq!(
            message(check(
                &order(vec![
                    email(json!([{"from": "info", "to": "info@shop.net"}])),
                    alias("shop.net")
                ]),
                false,
                &[]
            )),
            "Domain shop.com has circular forwards to alias shop.net"
        );
        assert_eq!(
            check(
                &order(vec![email(json!([])), alias("shop.net")]),
                false,
                &[]
            ),
            Ok(())
        );
    }
}
