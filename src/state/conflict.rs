//! An order-level conflict (`409` on validate or submit) and the cart lines it concerns. Some of the
//! API's documented conflicts name their domain ("Domain x.com is associated with another account");
//! others do not ("A domain in the order contains a restricted word"). Those are found among the
//! order's own domains: the one domain of the right kind if there is one, else every candidate, said
//! as "one of".

use super::cart::CartProduct;
use hostway_core::api::model::{NameIs, ServiceKind};
use hostway_core::api::ApiError;
use hostway_core::i18n::{self, conflict, Text};

/// Which of the order's domains a conflict that names none may be about.
#[derive(Clone, Copy)]
enum Candidates {
    Any,
    Registrations,
    Aliases,
}

/// The API's documented `409`s about the order's domains (lowercase), where to look when the message
/// names no domain, and what another language says for it (English shows the API's own words).
const DOMAIN_CONFLICTS: [(&str, Candidates, Text); 6] = [
    (
        "contains a restricted word",
        Candidates::Any,
        conflict::RESTRICTED,
    ),
    ("blacklisted domain", Candidates::Any, conflict::BLACKLISTED),
    (
        "transfer is already in progress",
        Candidates::Registrations,
        conflict::TRANSFER,
    ),
    (
        "is associated with another account",
        Candidates::Registrations,
        conflict::OTHER_ACCOUNT,
    ),
    (
        "has circular forwards to alias",
        Candidates::Aliases,
        conflict::CIRCULAR,
    ),
    (
        "domain alias to the same domain",
        Candidates::Aliases,
        conflict::ALIAS_ITSELF,
    ),
];

/// A conflict the API reported, in the customer's words, with the domains at fault. Kept for the tab
/// with its order (`OrderCtx::report`), so the cart says it too when the review's module handed over.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Conflict {
    /// What to tell the customer: the API's message and the domain(s) it concerns.
    pub message: String,
    /// The domains (service names) at fault, or that may be.
    pub domains: Vec<String>,
    /// The order's change count when it was reported: a later change of the order clears it (in
    /// another module of the app, kept for the tab, it counts from 0).
    #[serde(skip)]
    pub changed: u64,
}

impl Conflict {
    /// The conflict `e` reports on the order whose cart is `cart`, if it is one.
    pub fn of(e: &ApiError, cart: &[CartProduct], changed: u64) -> Option<Self> {
        let fault = e.fault().filter(|_| e.status() == Some(409))?;
        let message = fault.message.trim_end_matches('.');
        let lower = message.to_ascii_lowercase();
        // Only the documented conflicts about the order's domains (not "the quote has changed").
        let (_, which, sentence) = DOMAIN_CONFLICTS.iter().find(|(m, ..)| lower.contains(m))?;
        let (which, sentence) = (*which, *sentence);
        let english = i18n::choice::language(&i18n::locale()) == "en";
        let services = cart.iter().flat_map(|p| p.services.iter());
        let domains = |of: Candidates| -> Vec<String> {
            let mut d: Vec<String> = services
                .clone()
                .filter(|s| {
                    let kind = s.kind();
                    kind.name_is() == NameIs::Domain
                        && match of {
                            Candidates::Any => true,
                            Candidates::Registrations => kind.is_registration(),
                            Candidates::Aliases => kind == ServiceKind::EmailAlias,
                        }
                })
                .map(|s| s.name.to_ascii_lowercase())
                .collect();
            d.dedup();
            d
        };
        // The domains the message names, as whole words.
        let words: Vec<&str> = lower.split([' ', '"', '\'', ',']).collect();
        let named: Vec<String> = domains(Candidates::Any)
            .into_iter()
            .filter(|d| words.contains(&d.as_str()))
            .collect();
        let (domains, text) = if !named.is_empty() && english {
            (named, format!("{message}."))
        } else {
            // Another language's sentence names no domain: the domains follow it.
            let said = if english {
                message.to_string()
            } else {
                sentence.text()
            };
            let candidates = if named.is_empty() {
                domains(which)
            } else {
                named
            };
            let text = match candidates.as_slice() {
                [] => format!("{said}."),
                [one] => format!("{said}: {one}."),
                many => format!(
                    "{said}: {}.",
                    conflict::ONE_OF.fill(&[("domains", &many.join(", "))])
                ),
            };
            (candidates, text)
        };
        let what_to_do = if domains.len() > 1 {
            conflict::REMOVE_WHICH
        } else {
            conflict::REMOVE_ONE
        };
        Some(Self {
            message: format!("{text} {}", what_to_do.text()),
            domains,
            changed,
        })
    }

    /// Whether the line holding `services` is (or may be) at fault.
    pub fn concerns(&self, service_names: &[String]) -> bool {
        service_names
            .iter()
            .any(|n| self.domains.contains(&n.to_ascii_lowercase()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hostway_core::api::model::account::{OrderProduct, OrderService};

    fn line(services: &[(&str, &str)]) -> CartProduct {
        CartProduct {
            product: serde_json::from_value::<OrderProduct>(serde_json::json!({
                "offering": "https://api/catalog/productSpecifications/x/offerings/USD-12",
                "links": [{"rel": "self", "href": "https://api/orders/o/products/p1"}]
            }))
            .unwrap(),
            services: services
                .iter()
                .map(|(spec, name)| {
                    serde_json::from_value::<OrderService>(serde_json::json!({
                        "name": name,
                        "billingCycle": 12,
                        "serviceSpecification": format!("https://api/catalog/serviceSpecifications/{spec}"),
                        "links": [{"rel": "self", "href": "https://api/orders/o/products/p1/services/s1"}]
                    }))
                    .unwrap()
                })
                .collect(),
        }
    }

    fn conflict(message: &str) -> ApiError {
        ApiError::from_response(
            409,
            &format!(r#"{{"conflict": {{"message": "{message}", "code": 409, "details": ""}}}}"#),
        )
    }

    #[test]
    fn an_unnamed_conflict_is_found_among_the_orders_domains() {
        let one = [line(&[("core.dnr.com", "my-restricted-site.com")])];
        let c = Conflict::of(
            &conflict("A domain in the order contains a restricted word"),
            &one,
            3,
        )
        .unwrap();
        assert_eq!(c.domains, ["my-restricted-site.com"]);
        assert!(c.message.starts_with(
            "A domain in the order contains a restricted word: my-restricted-site.com."
        ));
        assert_eq!(c.changed, 3);

        let two = [
            line(&[("core.dnr.com", "a.com")]),
            line(&[("core.www", "b.com")]),
        ];
        let c = Conflict::of(&conflict("Contains a blacklisted domain"), &two, 0).unwrap();
        assert_eq!(c.domains, ["a.com", "b.com"]);
        assert!(c.message.contains("one of a.com, b.com"));
        assert!(c.concerns(&["B.com".into()]));
        assert!(!c.concerns(&["c.com".into()]));
    }

    #[test]
    fn a_named_domain_is_the_one_at_fault() {
        let cart = [
            line(&[("core.dnr.com", "taken.com")]),
            line(&[("core.dnr.com", "free.com")]),
        ];
        let c = Conflict::of(
            &conflict("Domain taken.com is associated with another account"),
            &cart,
            0,
        )
        .unwrap();
        assert_eq!(c.domains, ["taken.com"]);
        // A transfer conflict concerns registrations only.
        let cart = [
            line(&[("core.dnr.com", "moving.com")]),
            line(&[("core.www", "site.com")]),
        ];
        let c = Conflict::of(
            &conflict("Transfer is already in progress for this domain"),
            &cart,
            0,
        )
        .unwrap();
        assert_eq!(c.domains, ["moving.com"]);
    }

    #[test]
    fn a_changed_quote_is_no_domain_conflict() {
        let cart = [line(&[("core.dnr.com", "a.com")])];
        let e = conflict(
            "The quote has changed since it was obtained. Get a new quote and submit again.",
        );
        assert_eq!(Conflict::of(&e, &cart, 0), None);
        // An alias on its own domain: the aliases are the candidates.
        let cart = [line(&[
            ("core.email.domain", "shop.com"),
            ("core.email.alias", "shop.com"),
        ])];
        let c = Conflict::of(
            &conflict("Cannot create domain alias to the same domain name."),
            &cart,
            0,
        )
        .unwrap();
        assert_eq!(c.domains, ["shop.com"]);
    }

    #[test]
    fn only_conflicts_are_conflicts() {
        let e = ApiError::from_response(
            400,
            r#"{"computeFault": {"message": "Account has not been set", "code": 400, "details": ""}}"#,
        );
        assert_eq!(Conflict::of(&e, &[], 0), None);
    }
}
