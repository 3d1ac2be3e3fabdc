//! What a service is, from its specification id (`core.dnr.com`, `core.www`, …): the one place the app
//! knows product kinds. What the customer types for it, the attributes it becomes, and its words all
//! follow from the variant, so adding a kind is a compile error at every `match` still to do.

use serde_json::{json, Map, Value};

/// A service's kind, parsed from its specification id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceKind {
    /// `core.dnr.{tld}`: registering or transferring a domain.
    Domain { tld: String },
    /// `core.www`: web hosting on a domain.
    WebHosting,
    /// `core.sitebuilder`: SiteBuilder on a web hosting domain (an add-on ordered by its shortcut).
    SiteBuilder,
    /// `core.email.domain`: email on a domain, with aliases and forwarders.
    EmailDomain,
    /// `core.email.alias`: another domain whose mail arrives at an email domain.
    EmailAlias,
    /// `core.exchange.domain`: Exchange on a domain.
    ExchangeDomain,
    /// `core.exchange.mailbox`: one Exchange mailbox (ordered by its shortcut; named by a user name).
    ExchangeMailbox,
    /// A specification this app does not know: named by whatever the customer types.
    Other(String),
}

/// What the name a customer types for a service is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameIs {
    /// A bare domain name (`my-shop.com`).
    Domain,
    /// Any non-empty name (a user name, a label).
    Text,
}

impl ServiceKind {
    pub fn of(spec_id: &str) -> Self {
        match spec_id {
            "core.www" => Self::WebHosting,
            "core.sitebuilder" => Self::SiteBuilder,
            "core.email.domain" => Self::EmailDomain,
            "core.email.alias" => Self::EmailAlias,
            "core.exchange.domain" => Self::ExchangeDomain,
            "core.exchange.mailbox" => Self::ExchangeMailbox,
            other => match other.strip_prefix("core.dnr.") {
                Some(tld) if !tld.is_empty() => Self::Domain {
                    tld: tld.to_ascii_lowercase(),
                },
                _ => Self::Other(other.to_string()),
            },
        }
    }

    /// The specification id again.
    pub fn spec_id(&self) -> String {
        match self {
            Self::Domain { tld } => format!("core.dnr.{tld}"),
            Self::WebHosting => "core.www".into(),
            Self::SiteBuilder => "core.sitebuilder".into(),
            Self::EmailDomain => "core.email.domain".into(),
            Self::EmailAlias => "core.email.alias".into(),
            Self::ExchangeDomain => "core.exchange.domain".into(),
            Self::ExchangeMailbox => "core.exchange.mailbox".into(),
            Self::Other(id) => id.clone(),
        }
    }

    pub fn name_is(&self) -> NameIs {
        match self {
            Self::Domain { .. }
            | Self::WebHosting
            | Self::SiteBuilder
            | Self::EmailDomain
            | Self::EmailAlias
            | Self::ExchangeDomain => NameIs::Domain,
            Self::ExchangeMailbox | Self::Other(_) => NameIs::Text,
        }
    }

    /// A registration's top-level domain.
    pub fn tld(&self) -> Option<&str> {
        match self {
            Self::Domain { tld } => Some(tld),
            _ => None,
        }
    }

    /// Whether it is a domain registration (register or transfer, name servers).
    pub fn is_registration(&self) -> bool {
        matches!(self, Self::Domain { .. })
    }

    /// Whether the registry needs the `.us` nexus and purpose.
    pub fn needs_us_parameters(&self) -> bool {
        self.tld() == Some("us")
    }

    /// Whether aliases and forwarders can be added to it in the cart.
    pub fn takes_aliases_and_forwarders(&self) -> bool {
        matches!(self, Self::EmailDomain)
    }

    /// The attribute that carries the domain it is about: `domainName` (registrations) or `domain`.
    pub fn domain_attribute(&self) -> Option<&'static str> {
        match self {
            Self::Domain { .. } => Some("domainName"),
            Self::WebHosting
            | Self::SiteBuilder
            | Self::EmailDomain
            | Self::EmailAlias
            | Self::ExchangeDomain => Some("domain"),
            Self::ExchangeMailbox | Self::Other(_) => None,
        }
    }

    /// The attributes a service of this kind named `name` starts with (a registration's other
    /// attributes, operation, name servers and registry parameters, are added by its form).
    pub fn base_attributes(&self, name: &str) -> Map<String, Value> {
        let mut a = Map::new();
        if let Some(key) = self.domain_attribute() {
            a.insert(key.into(), json!(name.trim().to_ascii_lowercase()));
        }
        a
    }

    /// The product form's fields that mean something for this kind, by their deep-link key (every kind
    /// has the offering, the cycle, the promotion, the service and the name).
    pub fn prefill_keys(&self) -> &'static [&'static str] {
        // One list, widening: what every kind has, then a registration's, then the .us parameters.
        const ALL: &[&str] = &crate::prefill::KEYS;
        const COMMON: &[&str] = ALL.split_at(5).0;
        const REGISTRATION: &[&str] = ALL.split_at(7).0;
        const US: &[&str] = ALL;
        match self {
            Self::Domain { .. } if self.needs_us_parameters() => US,
            Self::Domain { .. } => REGISTRATION,
            Self::WebHosting
            | Self::SiteBuilder
            | Self::EmailDomain
            | Self::EmailAlias
            | Self::ExchangeDomain
            | Self::ExchangeMailbox
            | Self::Other(_) => COMMON,
        }
    }

    /// Its name in words, for customers: "Domain registration (.com)", "Web hosting".
    pub fn display_name(&self) -> String {
        use crate::i18n::kind;
        match self {
            Self::Domain { tld } => kind::SHOWN_DOMAIN.fill(&[("tld", tld)]),
            Self::WebHosting => kind::SHOWN_HOSTING.text(),
            // Product names, the same in every language.
            Self::SiteBuilder => "SiteBuilder".into(),
            Self::ExchangeDomain => "Exchange".into(),
            Self::EmailDomain => kind::SHOWN_EMAIL.text(),
            Self::EmailAlias => kind::SHOWN_ALIAS.text(),
            Self::ExchangeMailbox => kind::SHOWN_MAILBOX.text(),
            Self::Other(_) => kind::SHOWN_OTHER.text(),
        }
    }

    /// The label of the name field on the product form.
    pub fn name_label(&self) -> String {
        use crate::i18n::kind;
        match self {
            Self::Domain { .. } => kind::DOMAIN,
            Self::WebHosting | Self::SiteBuilder => kind::HOSTING,
            Self::EmailDomain => kind::EMAIL_DOMAIN,
            Self::EmailAlias => kind::ALIAS,
            Self::ExchangeDomain => kind::EXCHANGE_DOMAIN,
            Self::ExchangeMailbox => kind::MAILBOX,
            Self::Other(_) => kind::OTHER,
        }
        .text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_spec_round_trips() {
        for id in [
            "core.dnr.com",
            "core.dnr.us",
            "core.www",
            "core.sitebuilder",
            "core.email.domain",
            "core.email.alias",
            "core.exchange.domain",
            "core.exchange.mailbox",
            "partner.thing",
        ] {
            assert_eq!(ServiceKind::of(id).spec_id(), id);
        }
        assert_eq!(
            ServiceKind::of("core.dnr."),
            ServiceKind::Other("core.dnr.".into())
        );
    }

    #[test]
    fn what_each_kind_needs() {
        let us = ServiceKind::of("core.dnr.us");
        assert!(us.is_registration() && us.needs_us_parameters());
        assert!(!ServiceKind::of("core.dnr.com").needs_us_parameters());
        assert_eq!(ServiceKind::of("core.www").name_is(), NameIs::Domain);
        assert_eq!(
            ServiceKind::of("core.exchange.mailbox").name_is(),
            NameIs::Text
        );
        assert_eq!(
            ServiceKind::of("core.www").base_attributes(" Shop.com ")["domain"],
            "shop.com"
        );
        assert_eq!(
            ServiceKind::of("core.dnr.net").base_attributes("a.net")["domainName"],
            "a.net"
        );
        assert!(ServiceKind::of("x").base_attributes("x").is_empty());
        assert!(ServiceKind::of("core.email.domain").takes_aliases_and_forwarders());
        assert!(ServiceKind::of("core.dnr.us")
            .prefill_keys()
            .contains(&"us_nexus"));
        assert!(!ServiceKind::of("core.dnr.com")
            .prefill_keys()
            .contains(&"us_nexus"));
        assert!(!ServiceKind::of("core.www")
            .prefill_keys()
            .contains(&"operation"));
    }
}
