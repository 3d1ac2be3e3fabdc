//! The seeded catalog: product specifications with their offerings (currency × billing period) and
//! prices, service specifications with billing cycles and attribute schemas, promotion codes, and the
//! documentation's own example entities. Amounts are integer cents here; on the wire they are strings.

pub struct ProductSpec {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub category: &'static str,
    pub offerings: &'static [Offering],
    pub service_specs: &'static [&'static str],
}

pub struct Offering {
    pub currency: &'static str,
    /// Months.
    pub billing_period: u32,
    pub default: bool,
    pub setup_cents: i64,
    pub recurring_cents: i64,
}

impl Offering {
    pub fn id(&self) -> String {
        format!("{}-{}", self.currency, self.billing_period)
    }
}

pub struct ServiceSpec {
    pub id: &'static str,
    pub name: &'static str,
    pub category: &'static str,
    pub ranking: u32,
    /// Allowed billing cycles in months; the first is the default.
    pub billing_cycles: &'static [u32],
    /// Price per 12 months of service, in cents of the order's currency.
    pub yearly_cents: i64,
    pub attributes: &'static [AttributeDef],
}

pub struct AttributeDef {
    pub name: &'static str,
    pub kind: &'static str,
    pub required: bool,
    pub description: &'static str,
}

pub struct Promotion {
    pub code: &'static str,
    pub name: &'static str,
    /// Percentage off recurring fees.
    pub recurring_percent_off: i64,
    /// Setup fees waived.
    pub waives_setup: bool,
    /// Customers may enter it; internal ones are applied by the sandbox itself.
    pub public: bool,
}

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

/// Generated specifications beyond the seeded ones (`--catalog-size`, for benchmarks).
static GENERATED: std::sync::OnceLock<Vec<ProductSpec>> = std::sync::OnceLock::new();

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Grows the catalog to `size` specifications with copies of the seeded ones under new ids
/// (`bench.plan.0001`…), each with its model's offerings and services. Once per process: later calls
/// change nothing.
pub fn grow_to(size: usize) {
    let extra = size.saturating_sub(PRODUCT_SPECS.len());
    if extra == 0 {
        return;
    }
    let _ = GENERATED.set(
        (0..extra)
            .map(|i| {
                let model = &PRODUCT_SPECS[i % PRODUCT_SPECS.len()];
                ProductSpec {
                    id: leak(format!("bench.plan.{:04}", i + 1)),
                    name: leak(format!("{} no. {}", model.name, i + 1)),
                    description: model.description,
                    category: model.category,
                    offerings: model.offerings,
                    service_specs: model.service_specs,
                }
            })
            .collect(),
    );
}

/// Every product specification: the seeded ones, then any generated.
pub fn product_specs() -> impl Iterator<Item = &'static ProductSpec> {
    PRODUCT_SPECS
        .iter()
        .chain(GENERATED.get().into_iter().flatten())
}

pub fn product_spec(id: &str) -> Option<&'static ProductSpec> {
    product_specs()
        .chain(ADD_ON_SPECS.iter())
        .find(|p| p.id == id)
}

pub fn service_spec(id: &str) -> Option<&'static ServiceSpec> {
    SERVICE_SPECS.iter().find(|s| s.id == id)
}

pub fn promotion(code: &str) -> Option<&'static Promotion> {
    PROMOTIONS
        .iter()
        .find(|p| p.public && p.code.eq_ignore_ascii_case(code))
}

/// Any promotion, internal ones included (what the quote applies).
pub fn applied_promotion(code: &str) -> Option<&'static Promotion> {
    PROMOTIONS
        .iter()
        .find(|p| p.code.eq_ignore_ascii_case(code))
}

impl ProductSpec {
    pub fn offering(&self, offering_id: &str) -> Option<&Offering> {
        self.offerings.iter().find(|o| o.id() == offering_id)
    }
}

/// Resolves an offering href (`…/productSpecifications/{spec}/offerings/{id}`, absolute or relative).
pub fn offering_from_href(href: &str) -> Option<(&'static ProductSpec, &'static Offering)> {
    let parts: Vec<&str> = href.trim_end_matches('/').split('/').collect();
    let n = parts.len();
    if n < 4 || !parts[n - 2].eq_ignore_ascii_case("offerings") {
        return None;
    }
    let spec = product_spec(parts[n - 3])?;
    let offering = spec.offerings.iter().find(|o| o.id() == parts[n - 1])?;
    Some((spec, offering))
}

/// Formats cents as the API's decimal string ("5.18", "-1.30").
pub fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offering_hrefs_resolve() {
        let (spec, offering) = offering_from_href(
            "https://api.hostway.com/productSpecifications/core.plan.email.exchange2010/offerings/USD-1",
        )
        .unwrap();
        assert_eq!(spec.id, "core.plan.email.exchange2010");
        assert_eq!(offering.recurring_cents, 518);
        assert!(offering_from_href("/productSpecifications/nope/offerings/USD-1").is_none());
    }

    #[test]
    fn a_grown_catalog_has_the_size_asked_and_its_copies_resolve() {
        grow_to(40);
        assert_eq!(product_specs().count(), 40);
        let copy = product_spec("bench.plan.0001").expect("generated spec");
        assert_eq!(copy.offerings.len(), PRODUCT_SPECS[0].offerings.len());
        grow_to(10);
        assert_eq!(product_specs().count(), 40, "once per process");
    }

    #[test]
    fn every_product_names_existing_service_specs() {
        for p in PRODUCT_SPECS {
            for s in p.service_specs {
                assert!(service_spec(s).is_some(), "{} names {s}", p.id);
            }
            assert_eq!(
                p.offerings.iter().filter(|o| o.default).count(),
                1,
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn money_is_a_decimal_string() {
        assert_eq!(money(518), "5.18");
        assert_eq!(money(0), "0.00");
        assert_eq!(money(-130), "-1.30");
    }
}
