//! The seeded product specifications with their offerings and prices, the add-ons, promotion codes,
//! and the fixed lists and example entities the documentation names.

use super::{Offering, ProductSpec, Promotion};

pub const PRODUCT_SPECS: &[ProductSpec] = &[
    ProductSpec {
        id: "core.plan.dnr.only",
        name: "Domain registration",
        description: "Register or transfer .com, .net and .us domains.",
        category: "Domains",
        offerings: &[
            Offering {
                currency: "USD",
                billing_period: 12,
                default: true,
                setup_cents: 0,
                recurring_cents: 0,
            },
            Offering {
                currency: "EUR",
                billing_period: 12,
                default: false,
                setup_cents: 0,
                recurring_cents: 0,
            },
        ],
        service_specs: &["core.dnr.com", "core.dnr.net", "core.dnr.us"],
    },
    ProductSpec {
        id: "core.plan.www.basic",
        name: "Web hosting Basic",
        description: "Linux web hosting for one site on your own domain.",
        category: "Web Hosting",
        offerings: &[
            Offering {
                currency: "USD",
                billing_period: 1,
                default: false,
                setup_cents: 1000,
                recurring_cents: 795,
            },
            Offering {
                currency: "USD",
                billing_period: 12,
                default: true,
                setup_cents: 0,
                recurring_cents: 7900,
            },
            Offering {
                currency: "USD",
                billing_period: 24,
                default: false,
                setup_cents: 0,
                recurring_cents: 14800,
            },
            Offering {
                currency: "EUR",
                billing_period: 12,
                default: false,
                setup_cents: 0,
                recurring_cents: 7400,
            },
        ],
        service_specs: &["core.www", "core.dnr.com", "core.dnr.net"],
    },
    ProductSpec {
        id: "core.plan.email.business",
        name: "Business email",
        description: "Email on your domain, with domain aliases.",
        category: "Email",
        offerings: &[
            Offering {
                currency: "USD",
                billing_period: 1,
                default: false,
                setup_cents: 500,
                recurring_cents: 499,
            },
            Offering {
                currency: "USD",
                billing_period: 12,
                default: true,
                setup_cents: 0,
                recurring_cents: 4999,
            },
        ],
        service_specs: &["core.email.domain", "core.email.alias"],
    },
    ProductSpec {
        id: "core.plan.email.exchange2010",
        name: "Hosted Exchange 2010",
        description: "Microsoft Exchange mailboxes on your domain.",
        category: "Exchange",
        offerings: &[
            Offering {
                currency: "USD",
                billing_period: 1,
                default: true,
                setup_cents: 0,
                recurring_cents: 518,
            },
            Offering {
                currency: "USD",
                billing_period: 12,
                default: false,
                setup_cents: 0,
                recurring_cents: 5500,
            },
        ],
        service_specs: &["core.exchange.domain", "core.exchange.mailbox"],
    },
];

/// Add-ons of an existing service, ordered through their shortcut only (SiteBuilder on a web hosting
/// domain): answered by `GET /productSpecifications/{id}` and priced in quotes, not in the product list.
pub const ADD_ON_SPECS: &[ProductSpec] = &[ProductSpec {
    id: "core.plan.sitebuilder",
    name: "SiteBuilder",
    description: "Build and edit the web site of a hosted domain in the browser.",
    category: "Web Hosting",
    offerings: &[
        Offering {
            currency: "USD",
            billing_period: 12,
            default: true,
            setup_cents: 0,
            recurring_cents: 4800,
        },
        Offering {
            currency: "EUR",
            billing_period: 12,
            default: false,
            setup_cents: 0,
            recurring_cents: 4400,
        },
    ],
    service_specs: &["core.sitebuilder"],
}];

pub const PROMOTIONS: &[Promotion] = &[
    Promotion {
        code: "WELCOME10",
        name: "10% off recurring fees",
        recurring_percent_off: 10,
        waives_setup: false,
        public: true,
    },
    Promotion {
        code: "FREESETUP",
        name: "No setup fee",
        recurring_percent_off: 0,
        waives_setup: true,
        public: true,
    },
    // Applied by the Exchange mailbox shortcut to a mailbox the plan still includes (the "free" case).
    Promotion {
        code: INCLUDED_MAILBOX,
        name: "Mailbox included in the plan",
        recurring_percent_off: 100,
        waives_setup: true,
        public: false,
    },
];

pub const INCLUDED_MAILBOX: &str = "INCLUDED-MAILBOX";

pub const SALUTATIONS: &[&str] = &["Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof."];
pub const CURRENCIES: &[&str] = &["USD", "EUR"];
pub const LANGUAGES: &[&str] = &["en-US", "en-GB", "de-DE", "fr-FR", "es-ES"];

/// `.us` registry parameters and their allowed values.
pub const US_NEXUS: &[&str] = &["C11", "C12", "C21", "C31", "C32"];
pub const US_PURPOSE: &[&str] = &["P1", "P2", "P3", "P4", "P5"];

/// Domains that exist elsewhere, to provoke the documented 409s.
pub const DOMAINS_OF_OTHER_ACCOUNTS: &[&str] =
    &["ng-test-hwus-petre-140718a.com", "taken-example.com"];
pub const BLACKLISTED_DOMAINS: &[&str] = &["blacklisted-example.com", "phishing-example.net"];
pub const RESTRICTED_WORDS: &[&str] = &["restricted", "forbiddenword"];
pub const TRANSFERS_IN_PROGRESS: &[&str] = &["transferring-example.com"];
