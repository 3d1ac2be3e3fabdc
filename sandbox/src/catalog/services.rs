//! The seeded service specifications: billing cycles and attribute schemas.

use super::{AttributeDef, ServiceSpec};

const DNR_ATTRS: &[AttributeDef] = &[
    AttributeDef {
        name: "domainName",
        kind: "string",
        required: true,
        description: "The domain, e.g. example.com",
    },
    AttributeDef {
        name: "operation",
        kind: "string",
        required: true,
        description: "register or transfer",
    },
    AttributeDef {
        name: "term",
        kind: "integer",
        required: false,
        description: "Years",
    },
    AttributeDef {
        name: "authInfo",
        kind: "string",
        required: false,
        description: "Transfer authorization code",
    },
    AttributeDef {
        name: "nameservers",
        kind: "list",
        required: false,
        description: "Name servers",
    },
    AttributeDef {
        name: "extraParams",
        kind: "list",
        required: false,
        description: "Registry parameters",
    },
    AttributeDef {
        name: "contactInfo",
        kind: "object",
        required: false,
        description: "Registrant and other contacts",
    },
];
const DOMAIN_ATTR: &[AttributeDef] = &[AttributeDef {
    name: "domain",
    kind: "string",
    required: true,
    description: "The domain the service runs on",
}];
const EMAIL_DOMAIN_ATTRS: &[AttributeDef] = &[
    AttributeDef {
        name: "domain",
        kind: "string",
        required: true,
        description: "The email domain",
    },
    AttributeDef {
        name: "forwarders",
        kind: "list",
        required: false,
        description: "[{from, to}] forwarders",
    },
];

pub const SERVICE_SPECS: &[ServiceSpec] = &[
    ServiceSpec {
        id: "core.dnr.com",
        name: ".com Domain",
        category: "Domain Registration",
        ranking: 12,
        billing_cycles: &[12, 24, 36, 60, 120],
        yearly_cents: 1299,
        attributes: DNR_ATTRS,
    },
    ServiceSpec {
        id: "core.dnr.net",
        name: ".net Domain",
        category: "Domain Registration",
        ranking: 13,
        billing_cycles: &[12, 24, 36, 60, 120],
        yearly_cents: 1499,
        attributes: DNR_ATTRS,
    },
    ServiceSpec {
        id: "core.dnr.us",
        name: ".us Domain",
        category: "Domain Registration",
        ranking: 14,
        billing_cycles: &[12, 24, 60],
        yearly_cents: 899,
        attributes: DNR_ATTRS,
    },
    ServiceSpec {
        id: "core.www",
        name: "Web hosting",
        category: "Web Hosting",
        ranking: 20,
        billing_cycles: &[1, 12, 24],
        yearly_cents: 0,
        attributes: DOMAIN_ATTR,
    },
    ServiceSpec {
        id: "core.email.domain",
        name: "Email domain",
        category: "Email",
        ranking: 30,
        billing_cycles: &[1, 12],
        yearly_cents: 0,
        attributes: EMAIL_DOMAIN_ATTRS,
    },
    ServiceSpec {
        id: "core.email.alias",
        name: "Email domain alias",
        category: "Email",
        ranking: 31,
        billing_cycles: &[1, 12],
        yearly_cents: 1200,
        attributes: DOMAIN_ATTR,
    },
    ServiceSpec {
        id: "core.exchange.domain",
        name: "Exchange domain",
        category: "Exchange",
        ranking: 40,
        billing_cycles: &[1, 12],
        yearly_cents: 0,
        attributes: DOMAIN_ATTR,
    },
    ServiceSpec {
        id: "core.sitebuilder",
        name: "SiteBuilder",
        category: "Web Hosting",
        ranking: 21,
        billing_cycles: &[12],
        yearly_cents: 0,
        attributes: DOMAIN_ATTR,
    },
    ServiceSpec {
        id: "core.exchange.mailbox",
        name: "Exchange 2010 mailbox",
        category: "Exchange",
        ranking: 41,
        billing_cycles: &[1, 12],
        yearly_cents: 0,
        attributes: &[],
    },
];
